// Test utilities for users of @parley/agents-core: a scripted model and item builders.
export { FakeModel, FakeModelProvider, fakeMessage, fakeResponse, fakeToolCall } from './fake-model';
export type { FakeModelOptions, FakeModelTurn } from './fake-model';
