import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The package must bundle for browsers: no static `node:` imports (AsyncLocalStorage and
// node:stream are looked up at runtime through process.getBuiltinModule instead).
describe('browser bundle', () => {
  it.each(['../src/index.ts', '../src/testing/index.ts'])(
    '%s bundles for the browser without Node built-ins',
    async (entry) => {
      const result = await build({
        entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
        bundle: true,
        platform: 'browser',
        format: 'esm',
        write: false,
        logLevel: 'silent',
        external: ['zod'],
      });
      const code = result.outputFiles[0]?.text ?? '';
      expect(code.length).toBeGreaterThan(1000);
      expect(code).not.toMatch(
        /(?:from|require\()\s*["'](?:node:)?(?:fs|stream|async_hooks|crypto|http|events|util|tty)["']/,
      );
    },
  );
});
