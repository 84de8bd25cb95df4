import type { Options } from 'tsup';

/**
 * The one build preset every package uses: ESM + CJS, each with its own declarations
 * (`.d.ts` / `.d.cts`), so the exports map type-checks in both module systems.
 */
export function parleyTsup(entry: Options['entry'], overrides: Options = {}): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    splitting: false,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
    ...overrides,
  };
}
