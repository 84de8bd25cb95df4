import { describe, expect, it } from 'vitest';
import { CallRequestError, readCallRequest } from './call-request';

const offer = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n';

function multipart(parts: { name: string; type: string; body: string }[], boundary = 'xyz'): Buffer {
  const text = parts
    .map(
      (part) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\nContent-Type: ${part.type}\r\n\r\n${part.body}\r\n`,
    )
    .join('');
  return Buffer.from(`${text}--${boundary}--\r\n`);
}

describe('readCallRequest', () => {
  it('reads a raw SDP offer', () => {
    expect(readCallRequest('application/sdp', Buffer.from(offer))).toEqual({ offerSdp: offer, session: undefined });
  });

  it('reads the sdp and session parts of a multipart body', () => {
    const body = multipart([
      { name: 'sdp', type: 'application/sdp', body: offer },
      { name: 'session', type: 'application/json', body: '{"type":"realtime","instructions":"Hi"}' },
    ]);
    const request = readCallRequest('multipart/form-data; boundary=xyz', body);
    expect(request.offerSdp).toBe(offer);
    expect(request.session).toEqual({ type: 'realtime', instructions: 'Hi' });
  });

  it('refuses a body that is not SDP', () => {
    expect(() => readCallRequest('application/sdp', Buffer.from('hello'))).toThrow(CallRequestError);
  });

  it('refuses a multipart body without an sdp part', () => {
    const body = multipart([{ name: 'session', type: 'application/json', body: '{}' }]);
    const error = (() => {
      try {
        readCallRequest('multipart/form-data; boundary=xyz', body);
      } catch (caught) {
        return caught as CallRequestError;
      }
      return undefined;
    })();
    expect(error?.status).toBe(400);
    expect(error?.toBody().error).toMatchObject({ code: 'missing_required_parameter', param: 'sdp' });
  });

  it('refuses a session part that is not JSON', () => {
    const body = multipart([
      { name: 'sdp', type: 'application/sdp', body: offer },
      { name: 'session', type: 'application/json', body: '{nope' },
    ]);
    expect(() => readCallRequest('multipart/form-data; boundary=xyz', body)).toThrow(/not valid JSON/);
  });

  it('refuses a multipart body without a boundary and an unknown content type', () => {
    expect(() => readCallRequest('multipart/form-data', Buffer.from(offer))).toThrow(/boundary/);
    expect(() => readCallRequest('application/json', Buffer.from('{}'))).toThrow(/Unsupported content type/);
  });
});
