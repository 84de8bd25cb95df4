import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const packages = fileURLToPath(new URL('../../packages/', import.meta.url));

// In the workspace the page uses the SDK's sources, so it runs without building the packages.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@parley\/agents\/realtime$/, replacement: `${packages}agents/src/realtime.ts` },
      { find: /^@parley\/agents-realtime$/, replacement: `${packages}agents-realtime/src/index.ts` },
      { find: /^@parley\/agents-core$/, replacement: `${packages}agents-core/src/index.ts` },
    ],
  },
  logLevel: 'warn',
  clearScreen: false,
});
