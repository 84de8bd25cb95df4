import { samplesFromBytes } from '../audio/pcm';
import type { BrainItem } from '../brain/types';
import { sampleRateOf } from '../protocol/audio-format';
import { decodeModem } from '../modem/decoder';
import type { ItemAudio } from './conversation';
import type { ConversationItem } from './items';

/** What the modem voice in a piece of item audio says. */
export function audioText(audio: ItemAudio): string {
  return decodeModem(samplesFromBytes(audio.bytes, audio.format), sampleRateOf(audio.format));
}

/**
 * The conversation as a brain sees it. User audio without a transcript is heard through the modem
 * decoder; assistant audio counts only by its transcript, which truncation clears, so the model's
 * context holds nothing the user did not hear.
 */
export function brainItems(items: ConversationItem[], audioOf: (id: string) => ItemAudio | undefined): BrainItem[] {
  const result: BrainItem[] = [];
  for (const item of items) {
    if (item.type === 'function_call') {
      result.push({
        type: 'function_call',
        name: item.name ?? '',
        arguments: item.arguments ?? '',
        callId: item.call_id ?? '',
        id: item.id,
      });
    } else if (item.type === 'function_call_output') {
      result.push({ type: 'function_call_output', callId: item.call_id ?? '', output: item.output ?? '', id: item.id });
    } else if (item.type === 'message' && item.role) {
      const parts = (item.content ?? []).map((part) => {
        if (part.type === 'input_audio') {
          if (part.transcript) return part.transcript;
          const audio = audioOf(item.id);
          return audio ? audioText(audio) : '';
        }
        return part.text ?? part.transcript ?? '';
      });
      result.push({ type: 'message', role: item.role, text: parts.filter(Boolean).join(' '), id: item.id });
    }
  }
  return result;
}
