// Node entry: everything from the browser-safe entry, plus Node defaults (the `ws` WebSocket).
export * from './index';
