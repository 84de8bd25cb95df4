import { describe, expect, it } from 'vitest';
import type { RealtimeItem } from '../protocol/items';
import { resetHistoryEvents } from './history-sync';

const user = (itemId: string, text: string): RealtimeItem => ({
  itemId,
  type: 'message',
  role: 'user',
  status: 'completed',
  content: [{ type: 'input_text', text }],
});

describe('resetHistoryEvents', () => {
  it('sends nothing when nothing changed', () => {
    const history = [user('a', '1'), user('b', '2')];
    expect(resetHistoryEvents(history, [...history])).toEqual([]);
  });

  it('deletes removed items, re-creates changed ones and creates new ones in position', () => {
    const events = resetHistoryEvents(
      [user('a', '1'), user('b', '2'), user('c', '3')],
      [user('n', 'new first'), user('a', '1'), user('c', 'changed')],
    );
    expect(events.map((event) => [event.type, event.item_id ?? event.item?.id, event.previous_item_id])).toEqual([
      ['conversation.item.delete', 'b', undefined],
      ['conversation.item.delete', 'c', undefined],
      ['conversation.item.create', 'n', 'root'],
      ['conversation.item.create', 'c', 'a'],
    ]);
  });

  it('refuses to create function calls', () => {
    const call: RealtimeItem = {
      itemId: 'f',
      type: 'function_call',
      status: 'completed',
      name: 'x',
      arguments: '{}',
      output: null,
    };
    expect(() => resetHistoryEvents([], [call])).toThrow(/cannot be added/);
  });
});
