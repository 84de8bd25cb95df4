// Test utilities for code built on @parley/agents-realtime.
export { FakeTransport, type FakeTransportCall } from './fake-transport';
