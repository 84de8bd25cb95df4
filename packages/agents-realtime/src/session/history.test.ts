import { describe, expect, it } from 'vitest';
import type { RealtimeItem } from '../protocol/items';
import { reduceHistory } from './history';
import { cutTranscript } from './transcript-cut';

const assistant = (itemId: string, transcript: string | null, previousItemId?: string | null): RealtimeItem => ({
  itemId,
  ...(previousItemId === undefined ? {} : { previousItemId }),
  type: 'message',
  role: 'assistant',
  status: 'completed',
  content: [{ type: 'output_audio', transcript }],
});

describe('reduceHistory', () => {
  it('appends, inserts after previousItemId, and puts root/null first', () => {
    let history = reduceHistory([], { type: 'upsert', item: assistant('a', 'one') });
    history = reduceHistory(history, { type: 'upsert', item: assistant('c', 'three', 'a') });
    history = reduceHistory(history, { type: 'upsert', item: assistant('b', 'two', 'a') });
    history = reduceHistory(history, { type: 'upsert', item: assistant('z', 'zero', null) });
    expect(history.map((item) => item.itemId)).toEqual(['z', 'a', 'b', 'c']);
  });

  it('merges updates without losing a known transcript or a tool output, and ignores identical repeats', () => {
    const first = reduceHistory([], { type: 'upsert', item: assistant('a', 'said') });
    const merged = reduceHistory(first, { type: 'upsert', item: assistant('a', null) });
    expect(merged).toBe(first);
    let history = reduceHistory([], {
      type: 'upsert',
      item: { itemId: 'f', type: 'function_call', status: 'in_progress', name: 'x', arguments: '', output: null },
    });
    history = reduceHistory(history, { type: 'tool_output', itemId: 'f', output: 'ok' });
    history = reduceHistory(history, {
      type: 'upsert',
      item: { itemId: 'f', type: 'function_call', status: 'completed', name: 'x', arguments: '{}', output: null },
    });
    expect(history[0]).toMatchObject({ output: 'ok', arguments: '{}', status: 'completed' });
  });

  it('deletes, sets transcripts and ignores unknown ids', () => {
    const history = reduceHistory([], { type: 'upsert', item: assistant('a', 'long answer') });
    expect(reduceHistory(history, { type: 'delete', itemId: 'nope' })).toBe(history);
    expect(reduceHistory(history, { type: 'assistant_transcript', itemId: 'nope', transcript: 'x' })).toBe(history);
    expect(reduceHistory(history, { type: 'assistant_transcript', itemId: 'a', transcript: 'long' })[0]).toMatchObject({
      content: [{ transcript: 'long' }],
    });
    expect(reduceHistory(history, { type: 'delete', itemId: 'a' })).toEqual([]);
  });
});

describe('cutTranscript', () => {
  it('keeps the words fully heard', () => {
    // 20 characters over 2000 ms: 100 ms per character.
    expect(cutTranscript('hello world, friends', 2000, 850)).toBe('hello');
    expect(cutTranscript('hello world, friends', 2000, 1150)).toBe('hello');
    expect(cutTranscript('hello world, friends', 2000, 1250)).toBe('hello world,');
    expect(cutTranscript('hello world, friends', 2000, 500)).toBe('hello');
    expect(cutTranscript('hello world, friends', 2000, 2000)).toBe('hello world, friends');
    expect(cutTranscript('hello world, friends', 2000, 300)).toBe('');
    expect(cutTranscript('anything', 0, 100)).toBe('');
  });
});
