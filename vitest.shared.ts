import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = (path: string) => `${root}packages/${path}`;

/**
 * Maps each workspace package (and its subpaths) to its TypeScript source, so tests run
 * against `src/` directly. Longer specifiers come first: aliases match by prefix.
 */
export const workspaceAliases = [
  { find: /^@parley\/agents-core\/testing$/, replacement: src('agents-core/src/testing/index.ts') },
  { find: /^@parley\/agents-core$/, replacement: src('agents-core/src/index.ts') },
  { find: /^@parley\/agents-realtime\/testing$/, replacement: src('agents-realtime/src/testing/index.ts') },
  { find: /^@parley\/agents-realtime$/, replacement: src('agents-realtime/src/index.node.ts') },
  { find: /^@parley\/agents-extensions$/, replacement: src('agents-extensions/src/index.ts') },
  { find: /^@parley\/agents\/realtime$/, replacement: src('agents/src/realtime.ts') },
  { find: /^@parley\/agents$/, replacement: src('agents/src/index.ts') },
  { find: /^@parley\/realtime-emulator\/twilio$/, replacement: src('realtime-emulator/src/telephony/index.ts') },
  { find: /^@parley\/realtime-emulator\/webrtc$/, replacement: src('realtime-emulator/src/webrtc/index.ts') },
  { find: /^@parley\/realtime-emulator\/modem$/, replacement: src('realtime-emulator/src/modem/index.ts') },
  { find: /^@parley\/realtime-emulator$/, replacement: src('realtime-emulator/src/index.ts') },
];
