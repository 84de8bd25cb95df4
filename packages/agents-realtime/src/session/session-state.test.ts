import { describe, expect, it } from 'vitest';
import { initialSessionState, reduceSessionState, type SessionInput, type SessionState } from './session-state';

function run(inputs: SessionInput[], state: SessionState = initialSessionState) {
  const effects: string[] = [];
  for (const input of inputs) {
    const result = reduceSessionState(state, input);
    state = result.state;
    effects.push(...result.effects);
  }
  return { state, effects };
}

describe('reduceSessionState', () => {
  it('emits agent_start, one audio_start per response, audio_stopped and agent_end in a turn', () => {
    const { state, effects } = run([
      { type: 'connection', status: 'connecting' },
      { type: 'connection', status: 'connected' },
      { type: 'turn_started', responseId: 'r1' },
      { type: 'audio', responseId: 'r1' },
      { type: 'audio', responseId: 'r1' },
      { type: 'audio_done' },
      { type: 'turn_done' },
      { type: 'turn_started', responseId: 'r2' },
      { type: 'audio', responseId: 'r2' },
    ]);
    expect(effects).toEqual(['agent_start', 'audio_start', 'audio_stopped', 'agent_end', 'agent_start', 'audio_start']);
    expect(state).toEqual({ connection: 'connected', responseId: 'r2', audioStarted: true });
  });

  it('reports a lost connection once and forgets the response', () => {
    const { state, effects } = run([
      { type: 'connection', status: 'connected' },
      { type: 'turn_started', responseId: 'r1' },
      { type: 'audio_interrupted' },
      { type: 'connection', status: 'disconnected' },
      { type: 'connection', status: 'disconnected' },
    ]);
    expect(effects).toEqual(['agent_start', 'audio_interrupted', 'connection_lost']);
    expect(state).toEqual(initialSessionState);
  });
});
