import type { IncomingMessage, ServerResponse } from 'node:http';
import { ProtocolError } from '../protocol/errors';
import { defaultSessionConfig } from '../session/session-config';
import { applyBetaUpdate, applyGaUpdate } from '../session/session-update';
import { betaSessionObject, gaSessionObject } from '../session/session-view';
import type { Emulator } from './emulator';
import { bearerToken, readJson, sendError, sendJson } from './http-utils';

/** `POST /v1/realtime/client_secrets` (GA) and `/v1/realtime/sessions`, `/transcription_sessions` (beta). */
export async function handleClientSecrets(
  emulator: Emulator,
  path: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const key = bearerToken(request);
  if (!key || key.startsWith('ek_') || !emulator.isAuthorized(key)) {
    sendError(response, 401, 'Incorrect API key provided.', { code: 'invalid_api_key' });
    return;
  }
  let body: Record<string, unknown>;
  try {
    body = ((await readJson(request)) ?? {}) as Record<string, unknown>;
  } catch {
    sendError(response, 400, 'We could not parse the JSON body of your request.', { code: 'invalid_json' });
    return;
  }
  try {
    if (path === '/v1/realtime/client_secrets') {
      const expires = (body.expires_after ?? {}) as { seconds?: unknown };
      const seconds = expires.seconds ?? 600;
      if (typeof seconds !== 'number' || seconds < 10 || seconds > 7200) {
        sendError(response, 400, `Invalid 'expires_after.seconds': ${String(seconds)}. Expected 10 to 7200.`, {
          code: 'invalid_value',
          param: 'expires_after.seconds',
        });
        return;
      }
      const session = (body.session ?? { type: 'realtime' }) as Record<string, unknown>;
      const config = applyGaUpdate(defaultSessionConfig(), session, 'session');
      const secret = emulator.clientSecrets.issue(config, seconds, 'ga');
      sendJson(response, 200, { value: secret.value, expires_at: secret.expiresAt, session: gaSessionObject(config) });
      return;
    }
    const { client_secret: clientSecret, ...session } = body as {
      client_secret?: { expires_after?: { seconds?: number } };
    };
    const config = applyBetaUpdate(defaultSessionConfig(), session, 'session');
    if (path.endsWith('transcription_sessions')) config.type = 'transcription';
    const secret = emulator.clientSecrets.issue(config, clientSecret?.expires_after?.seconds ?? 60, 'beta');
    sendJson(response, 200, {
      ...betaSessionObject(config),
      client_secret: { value: secret.value, expires_at: secret.expiresAt },
    });
  } catch (error) {
    if (!(error instanceof ProtocolError)) throw error;
    sendError(response, 400, error.message, { code: error.code, param: error.param });
  }
}
