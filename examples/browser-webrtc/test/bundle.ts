import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Workspace packages resolved to their browser sources, as an app bundler would see them once built. */
export const browserAliases: Record<string, string> = {
  '@parley/agents-core': `${root}packages/agents-core/src/index.ts`,
  '@parley/agents-realtime': `${root}packages/agents-realtime/src/index.ts`,
  '@parley/agents/realtime': `${root}packages/agents/src/realtime.ts`,
};

/** Bundles a browser entry into one ES module, the way a page would ship it. */
export async function bundleForBrowser(entry: string, options: { minify?: boolean } = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? false,
    alias: browserAliases,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  return output.text;
}
