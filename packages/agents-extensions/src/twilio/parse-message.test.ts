import { describe, expect, it } from 'vitest';
import { parseTwilioMessage } from './parse-message';
import { TwilioMessageError } from './twilio-message-error';
import { createClearMessage, createMarkMessage, createMediaMessage } from './messages';

const SID = `MZ${'0'.repeat(32)}`;
const START = {
  event: 'start',
  sequenceNumber: '1',
  streamSid: SID,
  start: {
    streamSid: SID,
    accountSid: `AC${'0'.repeat(32)}`,
    callSid: `CA${'0'.repeat(32)}`,
    tracks: ['inbound'],
    customParameters: { tenant: 'demo' },
    mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
  },
};

describe('parseTwilioMessage', () => {
  it.each([
    { event: 'connected', protocol: 'Call', version: '1.0.0' },
    START,
    {
      event: 'media',
      sequenceNumber: '2',
      streamSid: SID,
      media: { track: 'inbound', chunk: '1', timestamp: '0', payload: '//5+gAA=' },
    },
    { event: 'dtmf', sequenceNumber: '9', streamSid: SID, dtmf: { track: 'inbound_track', digit: '7' } },
    { event: 'mark', sequenceNumber: '12', streamSid: SID, mark: { name: 'g1:item_a:480' } },
    { event: 'stop', sequenceNumber: '40', streamSid: SID, stop: { accountSid: 'AC1', callSid: 'CA1' } },
  ])('accepts $event', (message) => {
    const result = parseTwilioMessage(JSON.stringify(message));
    expect(result).toEqual({ success: true, message });
  });

  it('accepts bytes as a ws socket delivers them', () => {
    const result = parseTwilioMessage(Buffer.from(JSON.stringify(START)));
    expect(result.success && result.message.event).toBe('start');
  });

  it('fills in missing custom parameters and drops non-string ones', () => {
    const { customParameters: _ignored, ...startWithout } = START.start;
    const missing = parseTwilioMessage(JSON.stringify({ ...START, start: startWithout }));
    expect(missing.success && missing.message.event === 'start' && missing.message.start.customParameters).toEqual({});
    const mixed = parseTwilioMessage(
      JSON.stringify({ ...START, start: { ...START.start, customParameters: { a: 'x', b: 1 } } }),
    );
    expect(mixed.success && mixed.message.event === 'start' && mixed.message.start.customParameters).toEqual({
      a: 'x',
    });
  });

  it.each([
    ['not JSON', '{nope', ''],
    ['an array', '[1]', ''],
    ['an unknown event', JSON.stringify({ event: 'hello' }), 'event'],
    ['a missing event', JSON.stringify({ streamSid: SID }), 'event'],
    [
      'a numeric chunk',
      JSON.stringify({
        event: 'media',
        sequenceNumber: '2',
        streamSid: SID,
        media: { track: 'inbound', chunk: 1, timestamp: '0', payload: '' },
      }),
      'media.chunk',
    ],
    ['a missing media object', JSON.stringify({ event: 'media', sequenceNumber: '2', streamSid: SID }), 'media'],
    [
      'a mark without name',
      JSON.stringify({ event: 'mark', sequenceNumber: '2', streamSid: SID, mark: {} }),
      'mark.name',
    ],
    [
      'a start with a string sampleRate',
      JSON.stringify({
        ...START,
        start: { ...START.start, mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: '8000', channels: 1 } },
      }),
      'start.mediaFormat.sampleRate',
    ],
    [
      'a stop without streamSid',
      JSON.stringify({ event: 'stop', sequenceNumber: '3', stop: { accountSid: 'a', callSid: 'c' } }),
      'streamSid',
    ],
  ])('rejects %s with a typed error', (_name, raw, path) => {
    const result = parseTwilioMessage(raw);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(TwilioMessageError);
    expect(result.error.code).toBe('twilio_message_invalid');
    expect(result.error.raw).toBe(raw);
    expect(result.error.path).toBe(path);
  });

  it('rejects values that are not frames', () => {
    const result = parseTwilioMessage(42);
    expect(result.success).toBe(false);
  });
});

describe('outgoing messages', () => {
  it('have exactly the documented fields', () => {
    expect(createMediaMessage(SID, '//8=')).toEqual({ event: 'media', streamSid: SID, media: { payload: '//8=' } });
    expect(createMarkMessage(SID, 'm1')).toEqual({ event: 'mark', streamSid: SID, mark: { name: 'm1' } });
    expect(createClearMessage(SID)).toEqual({ event: 'clear', streamSid: SID });
  });
});
