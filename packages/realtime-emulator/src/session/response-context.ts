import type { BrainItem } from '../brain/types';
import { bytesPerMs } from '../protocol/audio-format';
import { invalidValue } from '../protocol/errors';
import { brainItems } from './brain-context';
import type { Conversation, ItemAudio } from './conversation';
import type { ConversationItem } from './items';
import type { ResponseRequest } from './response-request';
import type { SessionConfig } from './session-config';
import { audioTokens, textTokens } from './usage';

/** What a response is generated from: the brain's view of its context and the input token count. */
export interface ResponseContext {
  context: BrainItem[];
  inputTokens: { text: number; audio: number };
}

/**
 * The context of a response: the whole conversation, or the response's own `input` (inline items
 * and references to any item seen in the session) for out-of-band responses.
 */
export function responseContext(
  conversation: Conversation,
  config: SessionConfig,
  request: ResponseRequest,
): ResponseContext {
  const items: ConversationItem[] = request.input
    ? request.input.map((entry) => {
        if ('item' in entry) return entry.item;
        const seen = conversation.seen(entry.reference);
        if (!seen) throw invalidValue('response.input', entry.reference);
        return seen;
      })
    : conversation.items;
  const inline = new Map<string, Uint8Array>();
  for (const entry of request.input ?? []) if ('item' in entry && entry.audio) inline.set(entry.item.id, entry.audio);
  const audioOf = (id: string): ItemAudio | undefined => {
    const bytes = inline.get(id);
    return bytes ? { bytes, format: config.inputFormat } : conversation.audio(id);
  };
  const context = brainItems(items, audioOf);
  let audioMs = 0;
  for (const item of items) {
    const audio = audioOf(item.id);
    if (audio) audioMs += audio.bytes.length / bytesPerMs(audio.format);
  }
  const textLength = context.reduce((sum, item) => sum + JSON.stringify(item).length, request.instructions.length);
  return { context, inputTokens: { text: textTokens(' '.repeat(textLength)), audio: audioTokens(audioMs) } };
}
