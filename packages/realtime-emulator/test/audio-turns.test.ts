import { describe, expect, it } from 'vitest';
import { encodeAlaw, encodeMulaw, startEmulator } from '../src/index';
import { decodeModem, encodeModem } from '../src/modem/index';
import { base64ToPcm, pcmToBase64 } from './helpers/audio';
import { type TestClient, connect } from './helpers/client';
import { concat, silence } from './helpers/events';

type Format = 'pcm' | 'pcmu' | 'pcma';

/** Wire bytes (base64) of modem speech followed by silence, in a format. */
function speech(text: string, format: Format, trailingSilenceMs = 700): string[] {
  const rate = format === 'pcm' ? 24000 : 8000;
  const samples = concat([silence(200, rate), encodeModem(text, rate), silence(trailingSilenceMs, rate)]);
  const chunkSamples = rate / 10;
  const chunks: string[] = [];
  for (let offset = 0; offset < samples.length; offset += chunkSamples) {
    const chunk = samples.subarray(offset, offset + chunkSamples);
    const bytes =
      format === 'pcm'
        ? Buffer.from(pcmToBase64(chunk), 'base64')
        : format === 'pcmu'
          ? encodeMulaw(chunk)
          : encodeAlaw(chunk);
    chunks.push(Buffer.from(bytes).toString('base64'));
  }
  return chunks;
}

function appendAll(client: TestClient, chunks: string[]): void {
  for (const audio of chunks) client.send({ type: 'input_audio_buffer.append', audio });
}

const FORMAT_OBJECTS: Record<Format, Record<string, unknown>> = {
  pcm: { type: 'audio/pcm', rate: 24000 },
  pcmu: { type: 'audio/pcmu' },
  pcma: { type: 'audio/pcma' },
};

describe('audio turns with server VAD', () => {
  for (const format of ['pcm', 'pcmu', 'pcma'] as const) {
    it(`detects a spoken turn, transcribes it and answers (${format})`, async () => {
      await using emulator = await startEmulator();
      const client = await connect(emulator.url);
      client.send({
        type: 'session.update',
        session: {
          type: 'realtime',
          audio: {
            input: {
              format: FORMAT_OBJECTS[format],
              transcription: { model: 'gpt-4o-transcribe' },
              turn_detection: { type: 'server_vad', silence_duration_ms: 400 },
            },
            output: { format: FORMAT_OBJECTS[format] },
          },
        },
      });
      await client.next('session.updated');
      appendAll(client, speech('say got it', format));
      const started = await client.next('input_audio_buffer.speech_started');
      const stopped = await client.next('input_audio_buffer.speech_stopped');
      const committed = await client.next('input_audio_buffer.committed');
      expect(stopped.item_id).toBe(started.item_id);
      expect(committed.item_id).toBe(started.item_id);
      // 200 ms of leading silence, less the 300 ms prefix padding, clamps at 0; the speech ends 700 ms later.
      expect(started.audio_start_ms).toBe(0);
      expect(stopped.audio_end_ms as number).toBeGreaterThanOrEqual(800);
      expect(stopped.audio_end_ms as number).toBeLessThanOrEqual(920);
      const added = await client.next('conversation.item.added');
      expect(added.item).toMatchObject({
        id: started.item_id,
        role: 'user',
        content: [{ type: 'input_audio', transcript: null }],
      });
      const completed = await client.next('conversation.item.input_audio_transcription.completed');
      expect(completed).toMatchObject({ item_id: started.item_id, transcript: 'say got it' });
      const done = await client.next('response.done');
      expect(
        (done.response as { output: Array<{ content: Array<{ transcript: string }> }> }).output[0]?.content[0]
          ?.transcript,
      ).toBe('got it');
      client.send({ type: 'conversation.item.retrieve', item_id: started.item_id });
      const retrieved = await client.next('conversation.item.retrieved');
      expect(retrieved.item).toMatchObject({ content: [{ type: 'input_audio', transcript: 'say got it' }] });
      client.close();
    });
  }

  it('maps semantic_vad onto the same detector and honours create_response: false', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send({
      type: 'session.update',
      session: {
        type: 'realtime',
        audio: { input: { turn_detection: { type: 'semantic_vad', eagerness: 'high', create_response: false } } },
      },
    });
    const updated = await client.next('session.updated');
    expect(
      (updated.session as { audio: { input: { turn_detection: unknown } } }).audio.input.turn_detection,
    ).toMatchObject({
      type: 'semantic_vad',
      eagerness: 'high',
      create_response: false,
      interrupt_response: true,
    });
    appendAll(client, speech('say nothing', 'pcm'));
    await client.next('input_audio_buffer.committed');
    await client.next('conversation.item.done');
    expect(client.events.some((event) => event.type === 'response.created')).toBe(false);
    expect(emulator.connections[0]?.transcript[0]).toMatchObject({ role: 'user', text: 'say nothing', via: 'audio' });
    client.close();
  });

  it('keeps only the recent past of a long silence between turns', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    for (let second = 0; second < 10; second++)
      client.send({ type: 'input_audio_buffer.append', audio: pcmToBase64(silence(1000)) });
    client.send({ type: 'input_audio_buffer.commit' });
    const committed = await client.next('input_audio_buffer.committed');
    client.send({ type: 'conversation.item.retrieve', item_id: committed.item_id });
    const retrieved = await client.next('conversation.item.retrieved');
    const audio = (retrieved.item as { content: Array<{ audio: string }> }).content[0]?.audio ?? '';
    // 300 ms of prefix padding plus 2 s of margin, not 10 s.
    expect(Buffer.from(audio, 'base64').length).toBe(2300 * 48);
    client.close();
  });

  it('ignores quiet noise under the threshold', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    const quiet = new Int16Array(24000).map((_, n) => 300 * Math.sin(n / 3));
    client.send({ type: 'input_audio_buffer.append', audio: pcmToBase64(quiet) });
    client.send({ type: 'input_audio_buffer.clear' });
    await client.next('input_audio_buffer.cleared');
    expect(client.events.some((event) => event.type === 'input_audio_buffer.speech_started')).toBe(false);
    client.close();
  });
});

describe('manual turns', () => {
  it('commits (≥ 100 ms), clears, and never answers on its own', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send({ type: 'session.update', session: { type: 'realtime', audio: { input: { turn_detection: null } } } });
    await client.next('session.updated');
    client.send({ type: 'input_audio_buffer.append', audio: pcmToBase64(silence(50)) });
    client.send({ type: 'input_audio_buffer.commit', event_id: 'short' });
    const error = await client.next('error');
    expect(error.error).toMatchObject({ code: 'input_audio_buffer_commit_empty', event_id: 'short' });
    expect((error.error as { message: string }).message).toContain('buffer only has 50.00ms');
    client.send({
      type: 'input_audio_buffer.append',
      audio: pcmToBase64(concat([encodeModem('say manual'), silence(100)])),
    });
    client.send({ type: 'input_audio_buffer.commit' });
    const committed = await client.next('input_audio_buffer.committed');
    await client.next('conversation.item.done');
    expect(client.events.some((event) => event.type === 'response.created')).toBe(false);
    client.send({ type: 'response.create' });
    const done = await client.next('response.done');
    expect(
      (done.response as { output: Array<{ content: Array<{ transcript: string }> }> }).output[0]?.content[0]
        ?.transcript,
    ).toBe('manual');
    client.send({ type: 'input_audio_buffer.append', audio: pcmToBase64(silence(200)) });
    client.send({ type: 'input_audio_buffer.clear' });
    await client.next('input_audio_buffer.cleared');
    client.send({ type: 'input_audio_buffer.commit' });
    expect((await client.next('error')).error).toMatchObject({ code: 'input_audio_buffer_commit_empty' });
    expect(committed.item_id).toMatch(/^item_/);
    client.close();
  });

  it('rejects audio that is not whole samples or not base64 text', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send({
      type: 'input_audio_buffer.append',
      event_id: 'odd',
      audio: Buffer.from([1, 2, 3]).toString('base64'),
    });
    expect((await client.next('error')).error).toMatchObject({
      code: 'invalid_value',
      param: 'audio',
      event_id: 'odd',
    });
    client.send({ type: 'input_audio_buffer.append', event_id: 'num', audio: 42 });
    expect((await client.next('error')).error).toMatchObject({
      code: 'invalid_value',
      param: 'audio',
      event_id: 'num',
    });
    client.close();
  });
});

describe('barge-in and truncation', () => {
  it('cancels a playing response on speech, then truncates exactly what was heard', async () => {
    await using emulator = await startEmulator({ pacing: { speed: 4 } });
    const client = await connect(emulator.url);
    client.send({
      type: 'session.update',
      session: {
        type: 'realtime',
        audio: { input: { turn_detection: { type: 'server_vad', silence_duration_ms: 300 } } },
      },
    });
    await client.next('session.updated');
    const sentence = 'say the quick brown fox jumps over the lazy dog again and again and again';
    client.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: sentence }] },
    });
    client.send({ type: 'response.create' });
    await client.next('response.output_audio.delta');
    await client.next('response.output_audio.delta');
    appendAll(client, speech('say stop', 'pcm'));
    await client.next('input_audio_buffer.speech_started');
    const cancelled = await client.next('response.done');
    expect(cancelled.response).toMatchObject({ status: 'cancelled', status_details: { reason: 'turn_detected' } });
    const assistant = (cancelled.response as { output: Array<{ id: string; status: string }> }).output[0];
    expect(assistant?.status).toBe('incomplete');
    const received = concat(
      client.events
        .filter((event) => event.type === 'response.output_audio.delta' && event.item_id === assistant?.id)
        .map((event) => base64ToPcm(event.delta as string)),
    );
    const receivedMs = Math.floor(received.length / 24);
    expect(receivedMs).toBeGreaterThan(140);

    client.send({
      type: 'conversation.item.truncate',
      event_id: 'too-far',
      item_id: assistant?.id,
      content_index: 0,
      audio_end_ms: receivedMs + 500,
    });
    const tooFar = await client.next('error');
    expect(tooFar.error).toMatchObject({ event_id: null, type: 'invalid_request_error' });
    expect((tooFar.error as { message: string }).message).toBe(
      `Audio content of ${receivedMs}ms is already shorter than ${receivedMs + 500}ms`,
    );

    const playedMs = 140;
    client.send({
      type: 'conversation.item.truncate',
      item_id: assistant?.id,
      content_index: 0,
      audio_end_ms: playedMs,
    });
    const truncated = await client.next('conversation.item.truncated');
    expect(truncated).toMatchObject({ item_id: assistant?.id, content_index: 0, audio_end_ms: playedMs });
    const clientHeard = decodeModem(received.subarray(0, playedMs * 24));
    const entry = emulator.connections[0]?.transcript.find((candidate) => candidate.itemId === assistant?.id);
    expect(entry).toMatchObject({ truncated: true, heard: clientHeard, audioEndMs: playedMs });
    expect(clientHeard).toBe('th');

    client.send({ type: 'conversation.item.retrieve', item_id: assistant?.id });
    const retrieved = await client.next('conversation.item.retrieved');
    const part = (retrieved.item as { content: Array<{ transcript: string; audio: string }> }).content[0];
    expect(part?.transcript).toBe('');
    expect(Buffer.from(part?.audio ?? '', 'base64').length).toBe(playedMs * 48);
    // The next turn (the user's "say stop") is answered after the interruption.
    const next = await client.next((event) => event.type === 'response.done' && event !== cancelled);
    expect((next.response as { status: string }).status).toBe('completed');
    client.close();
  });

  it('truncates an item that is still being generated, and keeps nothing generated after', async () => {
    await using emulator = await startEmulator({ pacing: { speed: 4 } });
    const client = await connect(emulator.url);
    client.send({
      type: 'session.update',
      session: {
        type: 'realtime',
        audio: { input: { turn_detection: { type: 'server_vad', interrupt_response: false } } },
      },
    });
    await client.next('session.updated');
    client.send({
      type: 'conversation.item.create',
      item: {
        type: 'message',
        role: 'user',
        content: [{ type: 'input_text', text: `say ${'words go on '.repeat(6)}` }],
      },
    });
    client.send({ type: 'response.create' });
    const first = await client.next('response.output_audio.delta');
    await client.next('response.output_audio.delta');
    client.send({ type: 'conversation.item.truncate', item_id: first.item_id, content_index: 0, audio_end_ms: 100 });
    await client.next('conversation.item.truncated');
    client.send({ type: 'response.cancel' });
    const done = await client.next('response.done');
    expect(done.response).toMatchObject({ status: 'cancelled', status_details: { reason: 'client_cancelled' } });
    client.send({ type: 'conversation.item.retrieve', item_id: first.item_id });
    const retrieved = await client.next('conversation.item.retrieved');
    const part = (retrieved.item as { content: Array<{ transcript: string; audio: string }> }).content[0];
    expect(part?.transcript).toBe('');
    expect(Buffer.from(part?.audio ?? '', 'base64').length).toBe(100 * 48);
    expect(emulator.connections[0]?.transcript.find((entry) => entry.itemId === first.item_id)).toMatchObject({
      truncated: true,
      heard: 'wo',
    });
    client.close();
  });

  it('only truncates assistant audio', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send({
      type: 'conversation.item.create',
      item: { id: 'item_user', type: 'message', role: 'user', content: [{ type: 'input_text', text: 'x' }] },
    });
    await client.next('conversation.item.done');
    client.send({ type: 'conversation.item.truncate', item_id: 'item_user', content_index: 0, audio_end_ms: 0 });
    expect((await client.next('error')).error).toMatchObject({
      code: 'unsupported_content_type',
      message: 'Only model output audio messages can be truncated',
    });
    client.send({ type: 'conversation.item.truncate', item_id: 'item_none', content_index: 0, audio_end_ms: 0 });
    expect((await client.next('error')).error).toMatchObject({ code: 'item_not_found' });
    client.send({ type: 'conversation.item.truncate', item_id: 'item_user', content_index: 0 });
    expect((await client.next('error')).error).toMatchObject({
      code: 'missing_required_parameter',
      param: 'audio_end_ms',
    });
    client.close();
  });
});
