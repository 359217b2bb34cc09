import type { HallConfigInput } from '@hall/protocol';
import { normalised } from './config-edit.ts';

/** An exported file's document (the export is the bare document), or null when it is not one. */
export function configOfFileText(text: string): HallConfigInput | null {
  try {
    const parsed = JSON.parse(text) as unknown;
    // A file saved from the API's version view carries the document under `config`.
    const doc =
      typeof parsed === 'object' && parsed !== null && 'config' in parsed
        ? (parsed as { config: unknown }).config
        : parsed;
    return normalised(doc as HallConfigInput);
  } catch {
    return null;
  }
}

export async function readConfigFile(file: Blob): Promise<HallConfigInput | null> {
  return configOfFileText(await file.text());
}

/** Offers a JSON document as a file download. */
export function downloadJson(name: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
