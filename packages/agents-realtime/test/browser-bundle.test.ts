import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const coreEntry = fileURLToPath(new URL('../../agents-core/src/index.ts', import.meta.url));

/** Bundles the browser entry the way a web app's bundler would, without Node polyfills. */
export async function bundleBrowserEntry() {
  const result = await build({
    entryPoints: [`${packageDir}src/index.ts`],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
    metafile: true,
    alias: { '@parley/agents-core': coreEntry },
    // zod is an optional peer dependency that the app brings.
    external: ['zod'],
  });
  const code = result.outputFiles[0]!.text;
  return { code, gzipBytes: gzipSync(code).length, inputs: Object.keys(result.metafile.inputs) };
}

describe('browser build', () => {
  it('bundles src/index.ts for the browser with no Node built-ins, ws or Buffer', async () => {
    const { code, gzipBytes, inputs } = await bundleBrowserEntry();
    expect(inputs.some((input) => input.includes('node_modules/ws/'))).toBe(false);
    expect(inputs.some((input) => input.startsWith('node:'))).toBe(false);
    expect(code).not.toMatch(/\bBuffer\.(from|alloc|concat)\b/);
    expect(code).not.toMatch(/from\s*"node:|require\("node:|from\s*"(fs|net|http|https|crypto|stream|zlib|ws)"/);
    expect(gzipBytes).toBeGreaterThan(1000);
  });
});
