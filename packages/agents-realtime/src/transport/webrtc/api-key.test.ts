import { UserError } from '@parley/agents-core';
import { describe, expect, it } from 'vitest';
import { resolveBrowserApiKey } from './api-key';

describe('resolveBrowserApiKey', () => {
  it('accepts an ephemeral key, given as a string or returned by an async function', async () => {
    expect(await resolveBrowserApiKey('ek_123', false)).toBe('ek_123');
    expect(await resolveBrowserApiKey(async () => 'ek_456', false)).toBe('ek_456');
  });

  it('refuses a long-lived key unless useInsecureApiKey is set', async () => {
    await expect(resolveBrowserApiKey('sk-live', false)).rejects.toBeInstanceOf(UserError);
    await expect(resolveBrowserApiKey('sk-live', false)).rejects.toThrow(/useInsecureApiKey/);
    expect(await resolveBrowserApiKey('sk-live', true)).toBe('sk-live');
  });

  it('refuses a missing key and a function that returns none', async () => {
    await expect(resolveBrowserApiKey(undefined, false)).rejects.toThrow(/apiKey is required/);
    await expect(resolveBrowserApiKey(async () => '', true)).rejects.toThrow(/returned no key/);
  });

  it('lets the error of a failing key function through', async () => {
    await expect(resolveBrowserApiKey(() => Promise.reject(new Error('back end down')), false)).rejects.toThrow(
      'back end down',
    );
  });
});
