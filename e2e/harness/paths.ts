import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so tests run the same from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const HUB_DIR = `${REPO_ROOT}apps/hub`;
export const HUB_BUNDLE = `${HUB_DIR}/dist/main.js`;

export const KIOSK_DIR = `${REPO_ROOT}apps/kiosk`;

export const COUNTER_DIR = `${REPO_ROOT}apps/counter`;

export const DISPLAY_DIR = `${REPO_ROOT}apps/display`;

export const BOOK_DIR = `${REPO_ROOT}apps/book`;

export const CITIZEN_DIR = `${REPO_ROOT}apps/citizen`;

export const ADMIN_DIR = `${REPO_ROOT}apps/admin`;
export const GUIDE_DIR = `${REPO_ROOT}apps/guide`;
