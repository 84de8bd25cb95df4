import type { RealtimeTransportLayerStatus } from '../transport/transport-events';

/** What the session knows about the conversation's progress. */
export interface SessionState {
  connection: RealtimeTransportLayerStatus;
  /** The response being generated, if any. */
  responseId: string | undefined;
  /** Whether the current response has started speaking (audio_start was emitted). */
  audioStarted: boolean;
}

/** Transport happenings the session reacts to. */
export type SessionInput =
  | { type: 'connection'; status: RealtimeTransportLayerStatus }
  | { type: 'turn_started'; responseId: string }
  | { type: 'audio'; responseId: string }
  | { type: 'audio_done' }
  | { type: 'audio_interrupted' }
  | { type: 'turn_done' };

/** What the session must do as a result (emit an event, fail pending work). */
export type SessionEffect =
  | 'agent_start'
  | 'agent_end'
  | 'audio_start'
  | 'audio_stopped'
  | 'audio_interrupted'
  | 'connection_lost';

export const initialSessionState: SessionState = {
  connection: 'disconnected',
  responseId: undefined,
  audioStarted: false,
};

/**
 * The session's state machine: state + input → next state + effects. Pure, so its rules are
 * testable without sockets; the session runs the effects.
 */
export function reduceSessionState(
  state: SessionState,
  input: SessionInput,
): { state: SessionState; effects: SessionEffect[] } {
  switch (input.type) {
    case 'connection': {
      const lost = input.status === 'disconnected' && state.connection !== 'disconnected';
      const next = lost
        ? { connection: input.status, responseId: undefined, audioStarted: false }
        : { ...state, connection: input.status };
      return { state: next, effects: lost ? ['connection_lost'] : [] };
    }
    case 'turn_started':
      return { state: { ...state, responseId: input.responseId, audioStarted: false }, effects: ['agent_start'] };
    case 'audio':
      // A response speaks once: audio_start fires on its first chunk only.
      if (state.audioStarted && state.responseId === input.responseId) return { state, effects: [] };
      return { state: { ...state, responseId: input.responseId, audioStarted: true }, effects: ['audio_start'] };
    case 'audio_done':
      return { state, effects: ['audio_stopped'] };
    case 'audio_interrupted':
      return { state, effects: ['audio_interrupted'] };
    case 'turn_done':
      return { state: { ...state, responseId: undefined, audioStarted: false }, effects: ['agent_end'] };
    default:
      return { state, effects: [] };
  }
}
