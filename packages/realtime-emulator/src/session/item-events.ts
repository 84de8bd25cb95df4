import { samplesFromBytes } from '../audio/pcm';
import { bytesPerMs, bytesPerSample } from '../protocol/audio-format';
import { ProtocolError, invalidValue, missingParameter } from '../protocol/errors';
import { audioText } from './brain-context';
import { itemText, itemToWire, parseClientItem } from './items';
import type { RealtimeSession } from './realtime-session';
import { startTranscription } from './transcription';

function requireString(event: Record<string, unknown>, field: string): string {
  const value = event[field];
  if (value === undefined) throw missingParameter(field);
  if (typeof value !== 'string') throw invalidValue(field, value);
  return value;
}

/** `conversation.item.create` / `.retrieve` / `.delete` / `.truncate`. */
export function handleItemEvent(session: RealtimeSession, event: Record<string, unknown>, type: string): void {
  switch (type) {
    case 'conversation.item.create':
      return createItem(session, event);
    case 'conversation.item.retrieve': {
      const item = session.conversation.require(requireString(event, 'item_id'));
      const audio = session.conversation.audio(item.id);
      session.emit('conversation.item.retrieved', {
        item: itemToWire(item, session.dialect, audio?.bytes ?? new Uint8Array(0)),
      });
      return;
    }
    case 'conversation.item.delete': {
      const itemId = requireString(event, 'item_id');
      session.conversation.delete(itemId);
      session.emit('conversation.item.deleted', { item_id: itemId });
      return;
    }
    default:
      return truncateItem(session, event);
  }
}

function createItem(session: RealtimeSession, event: Record<string, unknown>): void {
  if (event.item === undefined) throw missingParameter('item');
  const { item, audio } = parseClientItem(event.item);
  if (session.conversation.get(item.id)) {
    throw new ProtocolError(`Item with id '${item.id}' already exists.`, { code: 'invalid_value', param: 'item.id' });
  }
  if (item.type === 'function_call_output') {
    const known = session.conversation.items.some(
      (entry) => entry.type === 'function_call' && entry.call_id === item.call_id,
    );
    if (!known) {
      throw new ProtocolError(`No function call with call_id '${item.call_id}' found in the conversation.`, {
        code: 'invalid_value',
        param: 'item.call_id',
      });
    }
  }
  const previousId = event.previous_item_id;
  if (previousId !== undefined && previousId !== null && typeof previousId !== 'string') {
    throw invalidValue('previous_item_id', previousId);
  }
  const previous = session.conversation.insert(item, previousId);
  if (audio) {
    const format = session.config.inputFormat;
    if (audio.length % bytesPerSample(format) !== 0) {
      session.conversation.delete(item.id);
      throw new ProtocolError('Audio must be a whole number of samples.', {
        code: 'invalid_value',
        param: 'item.content',
      });
    }
    session.conversation.setAudio(item.id, { bytes: audio, format });
  }
  // Recorded before the item events so observers of those events find the entry.
  if (item.type === 'function_call_output') {
    session.record({ itemId: item.id, role: 'tool', kind: 'function_call_output', text: item.output ?? '' });
  } else if (item.type === 'function_call') {
    session.record({
      itemId: item.id,
      role: 'assistant',
      kind: 'function_call',
      text: `${item.name}(${item.arguments})`,
    });
  } else if (item.role) {
    const stored = session.conversation.audio(item.id);
    const spoken = stored ? startTranscription(session, item, samplesFromBytes(stored.bytes, stored.format)) : '';
    session.record({
      itemId: item.id,
      role: item.role,
      kind: 'message',
      text: itemText(item) || spoken,
      via: stored ? 'audio' : 'text',
    });
  }
  session.announceItem(item, previous);
}

function truncateItem(session: RealtimeSession, event: Record<string, unknown>): void {
  const itemId = requireString(event, 'item_id');
  if (event.content_index === undefined) throw missingParameter('content_index');
  if (event.audio_end_ms === undefined) throw missingParameter('audio_end_ms');
  const endMs = event.audio_end_ms;
  if (typeof endMs !== 'number' || !Number.isInteger(endMs) || endMs < 0) throw invalidValue('audio_end_ms', endMs);
  const item = session.conversation.require(itemId);
  const part = item.content?.[typeof event.content_index === 'number' ? event.content_index : -1];
  if (item.type !== 'message' || item.role !== 'assistant' || part?.type !== 'output_audio') {
    throw new ProtocolError('Only model output audio messages can be truncated', {
      code: 'unsupported_content_type',
      param: 'item_id',
    });
  }
  const audio = session.conversation.audio(itemId) ?? { bytes: new Uint8Array(0), format: session.config.outputFormat };
  const perMs = bytesPerMs(audio.format);
  const durationMs = Math.floor(audio.bytes.length / perMs);
  if (endMs > durationMs) {
    throw new ProtocolError(`Audio content of ${durationMs}ms is already shorter than ${endMs}ms`, {
      code: 'invalid_value',
      param: 'audio_end_ms',
      echoEventId: false,
    });
  }
  const kept = audio.bytes.slice(0, endMs * perMs);
  session.conversation.setAudio(itemId, { bytes: kept, format: audio.format });
  session.conversation.truncated.add(itemId);
  part.transcript = '';
  const heard = audioText({ bytes: kept, format: audio.format });
  for (const entry of session.transcript) {
    if (entry.itemId !== itemId) continue;
    entry.truncated = true;
    entry.heard = heard;
    entry.audioEndMs = endMs;
  }
  session.emit('conversation.item.truncated', {
    item_id: itemId,
    content_index: event.content_index,
    audio_end_ms: endMs,
  });
}
