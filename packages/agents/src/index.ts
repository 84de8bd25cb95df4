// Everything from @parley/agents-core; voice agents live under @parley/agents/realtime.
export * from '@parley/agents-core';
