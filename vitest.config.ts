import { defineConfig } from 'vitest/config';
import { workspaceAliases } from './vitest.shared';

// One run over every package and example. Workspace packages resolve to their `src/`
// (see vitest.shared.ts) so the suite never waits for a build.
export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
