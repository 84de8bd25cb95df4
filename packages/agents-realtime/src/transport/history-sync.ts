import { UserError } from '@parley/agents-core';
import { toWireMessageItem } from '../protocol/item-mapping';
import type { RealtimeItem } from '../protocol/items';
import type { RealtimeProtocolDialect } from '../protocol/session-config';
import type { RealtimeClientMessage } from './transport-layer';

let counter = 0;

function same(a: RealtimeItem, b: RealtimeItem): boolean {
  const strip = (item: RealtimeItem) => ({ ...item, previousItemId: undefined, status: undefined });
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

/**
 * The minimal client events that turn the server's conversation `oldHistory` into `newHistory`:
 * deletes for items removed or changed, creates (with explicit id and position) for items added or
 * changed. Only messages can be (re)created; throws a UserError for anything else.
 */
export function resetHistoryEvents(
  oldHistory: RealtimeItem[],
  newHistory: RealtimeItem[],
  dialect: RealtimeProtocolDialect = 'ga',
): RealtimeClientMessage[] {
  const oldById = new Map(oldHistory.map((item) => [item.itemId, item]));
  const newIds = new Set(newHistory.map((item) => item.itemId));
  const toCreate = newHistory.filter((item) => {
    const previous = oldById.get(item.itemId);
    return !previous || !same(previous, item);
  });
  for (const item of toCreate) {
    if (item.type !== 'message') {
      throw new UserError(`History item '${item.itemId}' of type '${item.type}' cannot be added or changed`);
    }
  }
  const events: RealtimeClientMessage[] = [];
  for (const item of oldHistory) {
    const changed = newIds.has(item.itemId) && toCreate.some((created) => created.itemId === item.itemId);
    if (!newIds.has(item.itemId) || changed) {
      events.push({ type: 'conversation.item.delete', item_id: item.itemId, event_id: `parley_delete_${++counter}` });
    }
  }
  newHistory.forEach((item, index) => {
    if (!toCreate.includes(item) || item.type !== 'message') return;
    events.push({
      type: 'conversation.item.create',
      event_id: `parley_create_${++counter}`,
      previous_item_id: index === 0 ? 'root' : newHistory[index - 1]!.itemId,
      item: toWireMessageItem(item, dialect),
    });
  });
  return events;
}
