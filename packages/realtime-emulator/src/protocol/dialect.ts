/** `ga` = the current protocol; `beta` = the `OpenAI-Beta: realtime=v1` dialect. */
export type Dialect = 'ga' | 'beta';

// Server events whose beta names differ from the GA ones.
const BETA_NAMES: Record<string, string> = {
  'response.output_text.delta': 'response.text.delta',
  'response.output_text.done': 'response.text.done',
  'response.output_audio.delta': 'response.audio.delta',
  'response.output_audio.done': 'response.audio.done',
  'response.output_audio_transcript.delta': 'response.audio_transcript.delta',
  'response.output_audio_transcript.done': 'response.audio_transcript.done',
  'conversation.item.added': 'conversation.item.created',
};

/** The wire name of a server event (given by its GA name) in a dialect. */
export function serverEventName(dialect: Dialect, gaName: string): string {
  return dialect === 'beta' ? (BETA_NAMES[gaName] ?? gaName) : gaName;
}

/** Client event types the emulator accepts. */
export const CLIENT_EVENT_TYPES = [
  'session.update',
  'transcription_session.update',
  'input_audio_buffer.append',
  'input_audio_buffer.commit',
  'input_audio_buffer.clear',
  'conversation.item.create',
  'conversation.item.retrieve',
  'conversation.item.truncate',
  'conversation.item.delete',
  'response.create',
  'response.cancel',
  'output_audio_buffer.clear',
] as const;

/** A client event type the emulator accepts. */
export type ClientEventType = (typeof CLIENT_EVENT_TYPES)[number];
