import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { encodeModem } from '../src/modem/index';
import { pcmToBase64 } from './helpers/audio';
import { connect } from './helpers/client';
import { concat, silence, userText } from './helpers/events';

describe('readable conversation log', () => {
  it('prints who said what, tool calls, results, truncations and errors', async () => {
    const lines: string[] = [];
    await using emulator = await startEmulator({ log: (line) => lines.push(line) });
    const client = await connect(emulator.url);
    client.send({ type: 'session.update', session: { type: 'realtime', audio: { input: { turn_detection: null } } } });
    client.send(userText('call lookup {"q":1}'));
    client.send({ type: 'response.create' });
    const done = await client.next('response.done');
    const callId = (done.response as { output: Array<{ call_id: string }> }).output[0]?.call_id;
    client.send({
      type: 'conversation.item.create',
      item: { type: 'function_call_output', call_id: callId, output: '42' },
    });
    client.send({ type: 'response.create' });
    const answer = await client.next('response.done');
    const itemId = (answer.response as { output: Array<{ id: string }> }).output[0]?.id;
    client.send({ type: 'conversation.item.truncate', item_id: itemId, content_index: 0, audio_end_ms: 350 });
    await client.next('conversation.item.truncated');
    client.send({
      type: 'input_audio_buffer.append',
      audio: pcmToBase64(concat([encodeModem('say hi'), silence(100)])),
    });
    client.send({ type: 'input_audio_buffer.commit' });
    await client.next('conversation.item.done');
    client.send({ type: 'nope' });
    await client.next('error');
    client.close();
    await emulator.connections[0]?.closed;
    const text = lines.map((line) => line.replace(/^\[conn_\d+\] /, ''));
    expect(text).toEqual([
      expect.stringMatching(/^connected \(websocket, ga\)$/) as unknown,
      'user      call lookup {"q":1}',
      'tool call  lookup({"q":1})',
      'tool result 42',
      'assistant The result of lookup is 42.',
      'truncated at 350 ms; heard: "The r"',
      'user      (audio) say hi',
      "error invalid_value: Invalid value: 'nope'. Supported values are: 'session.update', 'transcription_session.update', 'input_audio_buffer.append', 'input_audio_buffer.commit', 'input_audio_buffer.clear', 'conversation.item.create', 'conversation.item.retrieve', 'conversation.item.truncate', 'conversation.item.delete', 'response.create', 'response.cancel', 'output_audio_buffer.clear'.",
      'closed',
    ]);
  });
});
