import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../index';
import { decodeModem } from '../modem/decoder';
import { base64ToPcm } from '../../test/helpers/audio';
import { connect } from '../../test/helpers/client';
import { concat, userText } from '../../test/helpers/events';
import { readWav } from './espeak';

const installed = spawnSync('espeak-ng', ['--version']).status === 0;

function wav(samples: number[], sampleRate: number, dataSize: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(0x7fffffff, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataSize, 40);
  return Buffer.concat([header, Buffer.from(new Int16Array(samples).buffer)]);
}

describe('espeak-ng speech', () => {
  it('reads streamed WAVs whose data size is a placeholder, and rejects other bytes', () => {
    expect(readWav(wav([1, -2, 3], 22050, 0x7ffffff0))).toEqual({
      samples: new Int16Array([1, -2, 3]),
      sampleRate: 22050,
    });
    expect(readWav(wav([1, -2, 3], 16000, 4))?.samples).toEqual(new Int16Array([1, -2]));
    expect(readWav(Buffer.from('not a wav file at all, clearly not one at all'))).toBeUndefined();
  });

  it(`answers in ${installed ? 'a human voice' : 'the modem voice (espeak-ng is not installed)'} with the same transcript`, async () => {
    await using emulator = await startEmulator({ speech: 'espeak' });
    const client = await connect(emulator.url);
    client.send(userText('say good morning'));
    client.send({ type: 'response.create' });
    await client.next('response.done');
    const audio = concat(
      client.events
        .filter((event) => event.type === 'response.output_audio.delta')
        .map((event) => base64ToPcm(event.delta as string)),
    );
    const transcript = client.events.find((event) => event.type === 'response.output_audio_transcript.done');
    expect(transcript?.transcript).toBe('good morning');
    if (installed) {
      expect(decodeModem(audio)).toBe('');
      expect(audio.some((sample) => Math.abs(sample) > 1000)).toBe(true);
    } else {
      expect(decodeModem(audio)).toBe('good morning');
    }
    client.close();
  });
});
