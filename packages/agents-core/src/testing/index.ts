// Test utilities for users of @parley/agents-core (fake models and friends).
export {};
