import { WebRTCSdpExchangeError } from './webrtc-errors';

/** What the calls endpoint returned for an offer. */
export interface SdpAnswer {
  /** The SDP answer. */
  sdp: string;
  /** The call id, the last segment of the `Location` header, when the server sent one. */
  callId: string | undefined;
}

/** Parameters of {@link exchangeSdp}. */
export interface SdpExchangeRequest {
  url: string;
  apiKey: string;
  offerSdp: string;
  fetch: typeof globalThis.fetch;
  signal?: AbortSignal;
}

/** POSTs the raw SDP offer to the calls endpoint and returns the answer. */
export async function exchangeSdp(request: SdpExchangeRequest): Promise<SdpAnswer> {
  let response: Response;
  try {
    response = await request.fetch(request.url, {
      method: 'POST',
      body: request.offerSdp,
      headers: {
        'Content-Type': 'application/sdp',
        Accept: 'application/sdp',
        Authorization: `Bearer ${request.apiKey}`,
      },
      signal: request.signal,
    });
  } catch (error) {
    throw new WebRTCSdpExchangeError(`Could not reach the calls endpoint at ${request.url}`, { cause: error });
  }
  const body = await response.text().catch(() => '');
  if (!response.ok) {
    throw new WebRTCSdpExchangeError(
      `The calls endpoint refused the offer (HTTP ${response.status}): ${errorMessageOf(body)}`,
      { status: response.status },
    );
  }
  if (!body.startsWith('v=')) {
    throw new WebRTCSdpExchangeError('The calls endpoint did not answer with SDP', { status: response.status });
  }
  const location = response.headers.get('Location') ?? '';
  const callId = location.split('/').filter(Boolean).pop();
  return { sdp: body, callId };
}

/** The `error.message` of an OpenAI-style JSON error body, else the body itself (shortened). */
function errorMessageOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } };
    if (typeof parsed.error?.message === 'string') return parsed.error.message;
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return body.slice(0, 200) || 'no details';
}
