import { describe, expect, it } from 'vitest';
import { getTwilioSignature, twilioSignaturePayload } from './compute-signature';
import { validateTwilioRequest, validateTwilioRequestWithBody } from './validate-request';
import { validateTwilioWebSocketRequest } from './validate-websocket';

const TOKEN = '0123456789abcdef0123456789abcdef';
const ZEROS = '0'.repeat(32);
const V1_PARAMS = {
  AccountSid: `AC${ZEROS}`,
  ApiVersion: '2010-04-01',
  CallSid: `CA${ZEROS}`,
  CallStatus: 'ringing',
  Direction: 'inbound',
  From: '+15005550006',
  To: '+15005550001',
};
const V1_URL = 'https://voice.example.com/incoming-call';
const V3_URL =
  'https://voice.example.com/events?bodySHA256=d4bc1a032de1a9172c458eac0e060db438c1aae9f50c71140d5731642e937ff3';

describe('getTwilioSignature (documented vectors)', () => {
  it('builds the signed string with sorted name+value pairs', () => {
    expect(twilioSignaturePayload(V1_URL, V1_PARAMS)).toBe(
      `${V1_URL}AccountSidAC${ZEROS}ApiVersion2010-04-01CallSidCA${ZEROS}CallStatusringingDirectioninboundFrom+15005550006To+15005550001`,
    );
  });

  it.each([
    ['V1', V1_URL, V1_PARAMS, 'lTuCdqTp1sNKkBsZsDfyPRkSjQI='],
    ['V1q', `${V1_URL}?tenant=a1`, V1_PARAMS, 'OyEbxaYhHc2/PL1mxCU/61lU+Ao='],
    ['V2', 'wss://voice.example.com/media-stream', {}, 'G86prWdDZmq3Wv1bDweiNi2fKh4='],
    ['V3', V3_URL, {}, 'lvEJEidqY5+BPUS36iCywd18qAw='],
    ['V4', 'https://voice.example.com:443/incoming-call', V1_PARAMS, 'RTBt8Xu0vCIJEnzbgCFltN3qDz8='],
    [
      'V5',
      'https://voice.example.com/gather',
      { To: '+15005550001', Digits: ['2', '1'] },
      'UqNTqMODHZ2C11yljd5jssyeY5w=',
    ],
  ])('%s', (_name, url, params, expected) => {
    expect(getTwilioSignature(TOKEN, url, params)).toBe(expected);
  });
});

describe('validateTwilioRequest', () => {
  it('accepts V1 and rejects a changed parameter, the http URL, a wrong token and a missing header', () => {
    expect(validateTwilioRequest(TOKEN, 'lTuCdqTp1sNKkBsZsDfyPRkSjQI=', V1_URL, V1_PARAMS)).toBe(true);
    expect(validateTwilioRequest(TOKEN, 'lTuCdqTp1sNKkBsZsDfyPRkSjQI=', V1_URL, { ...V1_PARAMS, To: '+1' })).toBe(
      false,
    );
    expect(
      validateTwilioRequest(TOKEN, 'lTuCdqTp1sNKkBsZsDfyPRkSjQI=', V1_URL.replace('https', 'http'), V1_PARAMS),
    ).toBe(false);
    expect(validateTwilioRequest(TOKEN.toUpperCase(), 'lTuCdqTp1sNKkBsZsDfyPRkSjQI=', V1_URL, V1_PARAMS)).toBe(false);
    expect(validateTwilioRequest(TOKEN, undefined, V1_URL, V1_PARAMS)).toBe(false);
    expect(validateTwilioRequest(TOKEN, 'short', V1_URL, V1_PARAMS)).toBe(false);
  });

  it('tolerates the default port being present or absent', () => {
    expect(validateTwilioRequest(TOKEN, 'RTBt8Xu0vCIJEnzbgCFltN3qDz8=', V1_URL, V1_PARAMS)).toBe(true);
    expect(
      validateTwilioRequest(
        TOKEN,
        'lTuCdqTp1sNKkBsZsDfyPRkSjQI=',
        'https://voice.example.com:443/incoming-call',
        V1_PARAMS,
      ),
    ).toBe(true);
    expect(
      validateTwilioRequest(
        TOKEN,
        'lTuCdqTp1sNKkBsZsDfyPRkSjQI=',
        'https://voice.example.com:8443/incoming-call',
        V1_PARAMS,
      ),
    ).toBe(false);
  });

  it('accepts repeated names given as an array (V5)', () => {
    const url = 'https://voice.example.com/gather';
    expect(
      validateTwilioRequest(TOKEN, 'UqNTqMODHZ2C11yljd5jssyeY5w=', url, { To: '+15005550001', Digits: ['1', '2'] }),
    ).toBe(true);
  });
});

describe('validateTwilioRequestWithBody', () => {
  it('checks the signature and the body hash (V3)', () => {
    expect(validateTwilioRequestWithBody(TOKEN, 'lvEJEidqY5+BPUS36iCywd18qAw=', V3_URL, '{"event":"example"}')).toBe(
      true,
    );
    expect(validateTwilioRequestWithBody(TOKEN, 'lvEJEidqY5+BPUS36iCywd18qAw=', V3_URL, '{"event": "example"}')).toBe(
      false,
    );
    expect(validateTwilioRequestWithBody(TOKEN, 'lvEJEidqY5+BPUS36iCywd18qAw=', V1_URL, '{"event":"example"}')).toBe(
      false,
    );
    expect(validateTwilioRequestWithBody(TOKEN, 'lvEJEidqY5+BPUS36iCywd18qAw=', 'not a url', '')).toBe(false);
  });
});

describe('validateTwilioWebSocketRequest (V2)', () => {
  const streamUrl = 'wss://voice.example.com/media-stream';
  const headers = { 'x-twilio-signature': 'G86prWdDZmq3Wv1bDweiNi2fKh4=' };

  it('accepts the wss URL and its trailing-slash variant', () => {
    expect(
      validateTwilioWebSocketRequest({ authToken: TOKEN, streamUrl, headers, requestTarget: '/media-stream' }),
    ).toBe(true);
    expect(validateTwilioWebSocketRequest({ authToken: TOKEN, streamUrl: `${streamUrl}/`, headers })).toBe(true);
  });

  it('rejects https, a query string, a missing header and a wrong token', () => {
    const https = 'https://voice.example.com/media-stream';
    expect(validateTwilioWebSocketRequest({ authToken: TOKEN, streamUrl: https, headers })).toBe(false);
    expect(
      validateTwilioWebSocketRequest({ authToken: TOKEN, streamUrl, headers, requestTarget: '/media-stream?x=1' }),
    ).toBe(false);
    expect(validateTwilioWebSocketRequest({ authToken: TOKEN, streamUrl, headers: {} })).toBe(false);
    expect(validateTwilioWebSocketRequest({ authToken: 'other', streamUrl, headers })).toBe(false);
  });
});
