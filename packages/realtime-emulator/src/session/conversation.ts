import type { AudioFormatName } from '../protocol/audio-format';
import { itemNotFound } from '../protocol/errors';
import type { ConversationItem } from './items';

/** Audio bytes of an item as they went over the wire, in their wire format. */
export interface ItemAudio {
  bytes: Uint8Array;
  format: AudioFormatName;
}

/** The default conversation: ordered items plus the audio each audio item carries. */
export class Conversation {
  readonly items: ConversationItem[] = [];
  readonly #audio = new Map<string, ItemAudio>();
  /** Items the client truncated: audio still being generated for them is no longer kept. */
  readonly truncated = new Set<string>();
  /** Every item ever seen, for `item_reference` in out-of-band inputs (also deleted ones). */
  readonly #seen = new Map<string, ConversationItem>();

  /** Inserts an item after `previousItemId` (`undefined` = at the end, `'root'` = at the start). Returns the previous item id. */
  insert(item: ConversationItem, previousItemId?: string | null): string | null {
    let index = this.items.length;
    if (previousItemId === 'root') index = 0;
    else if (previousItemId !== undefined && previousItemId !== null) {
      const at = this.items.findIndex((entry) => entry.id === previousItemId);
      if (at < 0) throw itemNotFound('previous_item_id', previousItemId);
      index = at + 1;
    }
    this.items.splice(index, 0, item);
    this.#seen.set(item.id, item);
    return index === 0 ? null : (this.items[index - 1]?.id ?? null);
  }

  /** The item with this id, if it is in the conversation. */
  get(id: string): ConversationItem | undefined {
    return this.items.find((item) => item.id === id);
  }

  /** Any item seen in this session, deleted ones included. */
  seen(id: string): ConversationItem | undefined {
    return this.#seen.get(id);
  }

  /** The item with this id, or a protocol error naming `param`. */
  require(id: string, param = 'item_id'): ConversationItem {
    const item = this.get(id);
    if (!item) throw itemNotFound(param, id);
    return item;
  }

  /** Removes an item and its audio. */
  delete(id: string): void {
    this.require(id);
    this.items.splice(
      this.items.findIndex((item) => item.id === id),
      1,
    );
    this.#audio.delete(id);
  }

  /** The id of the last item, or null when the conversation is empty. */
  lastId(): string | null {
    return this.items.at(-1)?.id ?? null;
  }

  /** Records audio bytes for an item (replacing what was there). */
  setAudio(id: string, audio: ItemAudio): void {
    this.#audio.set(id, audio);
  }

  /** Appends audio bytes to an item (streamed output). */
  appendAudio(id: string, bytes: Uint8Array, format: AudioFormatName): void {
    if (this.truncated.has(id)) return;
    const current = this.#audio.get(id);
    if (!current) {
      this.#audio.set(id, { bytes, format });
      return;
    }
    const joined = new Uint8Array(current.bytes.length + bytes.length);
    joined.set(current.bytes);
    joined.set(bytes, current.bytes.length);
    current.bytes = joined;
  }

  /** The audio stored for an item. */
  audio(id: string): ItemAudio | undefined {
    return this.#audio.get(id);
  }
}
