import { describe, expect, it } from 'vitest';
import { InvalidServerEventError } from '../errors/invalid-server-event-error';
import { fromWireItem, toWireMessageItem } from './item-mapping';
import { parseServerEvent } from './server-events';

describe('parseServerEvent', () => {
  it('accepts a known event and maps beta names to GA names in the beta dialect', () => {
    const ga = parseServerEvent('{"type":"response.output_audio.delta","item_id":"i","delta":"AAA="}');
    expect(ga.ok && ga.event.type).toBe('response.output_audio.delta');
    const beta = parseServerEvent({ type: 'response.audio.delta', item_id: 'i', delta: 'AAA=' }, 'beta');
    expect(beta.ok && beta.event.type).toBe('response.output_audio.delta');
  });

  it('reports malformed JSON, non-events, unknown types and bad shapes with the raw frame', () => {
    const cases: Array<[unknown, InvalidServerEventError['reason']]> = [
      ['{not json', 'invalid_json'],
      ['[1,2]', 'not_an_event'],
      ['{"type":5}', 'not_an_event'],
      ['{"type":"response.teleport"}', 'unknown_type'],
      ['{"type":"response.output_audio.delta","item_id":"i"}', 'invalid_shape'],
      ['{"type":"input_audio_buffer.speech_started","item_id":"i"}', 'invalid_shape'],
    ];
    for (const [frame, reason] of cases) {
      const result = parseServerEvent(frame);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error).toBeInstanceOf(InvalidServerEventError);
      expect(result.error.reason).toBe(reason);
      expect(result.error.raw).toBe(frame);
      expect(result.error.code).toBe('invalid_server_event');
    }
  });

  it('does not map beta names in the GA dialect (they are unknown there)', () => {
    expect(parseServerEvent({ type: 'response.audio.delta', item_id: 'i', delta: '' }).ok).toBe(false);
  });
});

describe('item mapping', () => {
  it('maps wire messages, function calls and MCP items to history items', () => {
    expect(
      fromWireItem(
        {
          id: 'item_1',
          type: 'message',
          role: 'assistant',
          status: 'completed',
          content: [
            { type: 'output_audio', transcript: 'hi', audio: 'AAAA' },
            { type: 'text', text: 'x' },
          ],
        },
        'item_0',
      ),
    ).toEqual({
      itemId: 'item_1',
      previousItemId: 'item_0',
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [
        { type: 'output_audio', transcript: 'hi' },
        { type: 'output_text', text: 'x' },
      ],
    });
    expect(
      fromWireItem({ id: 'f', type: 'function_call', status: 'completed', name: 'n', call_id: 'c', arguments: '{}' }),
    ).toMatchObject({ itemId: 'f', type: 'function_call', callId: 'c', output: null });
    expect(fromWireItem({ id: 'a', type: 'mcp_approval_request', arguments: '{bad' })).toMatchObject({
      arguments: { raw: '{bad' },
    });
    expect(fromWireItem({ id: 'o', type: 'function_call_output' })).toBeUndefined();
  });

  it('keeps input audio bytes only when asked', () => {
    const wire = { id: 'u', type: 'message', role: 'user', content: [{ type: 'input_audio', audio: 'QQ==' }] };
    expect(fromWireItem(wire)).toMatchObject({ content: [{ type: 'input_audio', transcript: null }] });
    expect(fromWireItem(wire, null, { keepAudio: true })).toMatchObject({ content: [{ audio: 'QQ==' }] });
  });

  it('turns assistant audio into text when re-creating a message', () => {
    expect(
      toWireMessageItem({
        itemId: 'a',
        type: 'message',
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_audio', transcript: 'said' }],
      }),
    ).toEqual({ id: 'a', type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'said' }] });
  });
});
