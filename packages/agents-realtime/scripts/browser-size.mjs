// Prints the minified and gzipped size of the browser entry (src/index.ts bundled for browsers).
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const result = await build({
  entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  minify: true,
  write: false,
  logLevel: 'silent',
  alias: { '@parley/agents-core': fileURLToPath(new URL('../../agents-core/src/index.ts', import.meta.url)) },
  external: ['zod'],
});
const code = result.outputFiles[0].text;
console.log(
  `browser entry: ${(code.length / 1024).toFixed(1)} KiB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KiB gzipped`,
);
