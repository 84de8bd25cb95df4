import { sampleRateOf } from '../protocol/audio-format';
import { decodeModem } from '../modem/decoder';
import type { ConversationItem } from './items';
import type { RealtimeSession } from './realtime-session';

/**
 * Hears a user audio item through the modem decoder. When the session has input transcription on,
 * the transcript events follow asynchronously (as on the hosted service) and the item's transcript
 * is filled in, so a later retrieve shows it. Returns the decoded text either way.
 */
export function startTranscription(session: RealtimeSession, item: ConversationItem, samples: Int16Array): string {
  const format = session.config.inputFormat;
  const rate = sampleRateOf(format);
  const text = decodeModem(samples, rate);
  if (!session.config.transcription) return text;
  const seconds = samples.length / rate;
  setImmediate(() => {
    if (session.closed) return;
    const words = text.match(/\s*\S+/g) ?? [];
    for (const delta of words) {
      session.emit('conversation.item.input_audio_transcription.delta', { item_id: item.id, content_index: 0, delta });
    }
    const part = item.content?.find((entry) => entry.type === 'input_audio');
    if (part) part.transcript = text;
    session.emit('conversation.item.input_audio_transcription.completed', {
      item_id: item.id,
      content_index: 0,
      transcript: text,
      usage: { type: 'duration', seconds: Math.round(seconds * 1000) / 1000 },
    });
  });
  return text;
}
