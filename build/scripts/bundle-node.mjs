// Bundles the Node-side entry points. better-sqlite3 (native) and electron stay external.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './native-paths.mjs';

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
  define: { __TANDEM_VERSION__: JSON.stringify(version) },
};
const out = (name) => join(root, 'dist', 'electron', name);

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'electron/app/main.ts')], outfile: out('main.cjs') }),
  // A sandboxed preload may only require 'electron': everything else is bundled in.
  build({ ...common, platform: 'browser', entryPoints: [join(root, 'electron/preload/preload.ts')], outfile: out('preload.cjs') }),
  build({ ...common, entryPoints: [join(root, 'electron/web/main.ts')], outfile: out('web.cjs') }),
]);
