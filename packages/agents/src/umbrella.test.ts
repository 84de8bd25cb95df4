import { describe, expect, it } from 'vitest';
import * as core from '@parley/agents-core';
import * as realtime from '@parley/agents-realtime';
import * as umbrella from './index';
import * as umbrellaRealtime from './realtime';

describe('@parley/agents', () => {
  it('re-exports every public name of the core package, as the same objects', () => {
    for (const name of Object.keys(core))
      expect(umbrella[name as keyof typeof umbrella]).toBe(core[name as keyof typeof core]);
  });

  it('re-exports every public name of the realtime package under ./realtime', () => {
    for (const name of Object.keys(realtime))
      expect(umbrellaRealtime[name as keyof typeof umbrellaRealtime]).toBe(realtime[name as keyof typeof realtime]);
  });
});
