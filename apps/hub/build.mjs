// Bundles the hub and the workspace packages it uses into dist/main.js, to run with plain Node.
// Registry packages stay external (better-sqlite3 is native) and resolve from node_modules, so
// the hub lists every one of them among its own dependencies.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@hall/'));

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
console.log('built apps/hub/dist/main.js');
