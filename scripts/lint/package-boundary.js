// @ts-check
/**
 * ESLint rule `hall/no-relative-import-outside-package`: a relative import may not leave the package its
 * file belongs to (the nearest folder with a package.json). `../../../../hub/config/demo-hall.json` from a
 * kiosk test, or `../apps/kiosk/src/shared/x.ts` from e2e, reach into another package's files; they must
 * import the package by its name and through its `exports`, which say what it offers.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/** @type {Map<string, string | null>} */
const rootOfDir = new Map();

/** The folder of the nearest package.json at or above `dir`, or null. */
function packageRoot(dir) {
  const cached = rootOfDir.get(dir);
  if (cached !== undefined) return cached;
  const parent = dirname(dir);
  const root = existsSync(resolve(dir, 'package.json')) ? dir : parent === dir ? null : packageRoot(parent);
  rootOfDir.set(dir, root);
  return root;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noRelativeImportOutsidePackage = {
  meta: {
    type: 'problem',
    docs: { description: 'relative imports stay inside their own package' },
    messages: {
      outside:
        '"{{source}}" leaves this package ({{from}}) for {{to}}: import that package by its name (and an export it offers), not by a relative path',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const fromRoot = packageRoot(dirname(file));
    /** @param {import('estree').Node | null | undefined} node */
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string' || !node.value.startsWith('.')) return;
      const target = resolve(dirname(file), node.value);
      const toRoot = packageRoot(target);
      if (toRoot === fromRoot) return;
      const name = (/** @type {string | null} */ root) =>
        root === null
          ? '(no package)'
          : root === context.cwd
            ? 'the root package'
            : root.replace(context.cwd + sep, '');
      context.report({
        node,
        messageId: 'outside',
        data: { source: node.value, from: name(fromRoot), to: name(toRoot) },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'no-relative-import-outside-package': noRelativeImportOutsidePackage } };
