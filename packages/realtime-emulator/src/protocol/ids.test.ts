import { describe, expect, it } from 'vitest';
import { createId } from './ids';

describe('createId', () => {
  it('makes unique ids with the prefix and an alphanumeric body', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createId('item')));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^item_[A-Za-z0-9]{21}$/);
  });
});
