// Bundles a Node entry point of a workspace package (run in that package's folder) into one ESM file
// for plain Node 20:  node ../../scripts/bundle-node.mjs src/main.ts dist/main.js
// Workspace packages (@hall/*, TypeScript sources) are bundled in; registry packages stay external
// (native addons among them) and resolve from the package's node_modules, so the package lists every
// one of them among its own dependencies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const [entry, outfile] = process.argv.slice(2);
if (!entry || !outfile) {
  console.error('usage: node bundle-node.mjs <entry.ts> <out.js>   (run in the package folder)');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).filter((name) => !name.startsWith('@hall/'));

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
console.log(`built ${pkg.name} → ${outfile}`);
