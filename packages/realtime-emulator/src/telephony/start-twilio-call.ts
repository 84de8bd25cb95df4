import WebSocket from 'ws';
import { streamSignature } from './signature';
import { TwilioCall, type TwilioCallOptions } from './twilio-call';

/**
 * Places a simulated Twilio call to a media-stream WebSocket: connects (signed when given an
 * auth token), sends `connected` and `start`, and starts the clock.
 *
 * @example
 * const call = await startTwilioCall({ url: 'ws://127.0.0.1:5050/media-stream', speed: 4 });
 * await call.say('say hello');
 * await call.waitForHeard('hello');
 * await call.hangUp();
 */
export async function startTwilioCall(options: TwilioCallOptions): Promise<TwilioCall> {
  const headers: Record<string, string> = {};
  if (options.signatureOverride !== undefined) headers['X-Twilio-Signature'] = options.signatureOverride;
  else if (options.authToken) {
    headers['X-Twilio-Signature'] = streamSignature(options.authToken, options.signatureUrl ?? options.url);
  }
  const socket = new WebSocket(options.url, { headers });
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    socket.on('error', onError);
    socket.once('open', () => {
      socket.off('error', onError);
      resolve();
    });
    socket.once('unexpected-response', (_request, response) => {
      reject(new Error(`media-stream upgrade refused with HTTP ${response.statusCode}`));
      socket.terminate();
    });
  });
  const call = new TwilioCall(socket, options);
  if (!options.manualStart) call.begin();
  return call;
}
