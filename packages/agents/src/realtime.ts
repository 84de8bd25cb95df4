export * from '@parley/agents-realtime';
