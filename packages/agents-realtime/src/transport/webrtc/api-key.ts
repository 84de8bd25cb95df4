import { UserError } from '@parley/agents-core';

/** An API key, or a function returning one (typically fetching an ephemeral key from the app's back end). */
export type ApiKey = string | (() => string | Promise<string>);

/**
 * Resolves `apiKey` and refuses long-lived keys: in a browser a standard key would be visible to
 * every visitor, so only ephemeral `ek_` keys are accepted unless the caller opts in.
 */
export async function resolveBrowserApiKey(apiKey: ApiKey | undefined, useInsecureApiKey: boolean): Promise<string> {
  if (apiKey === undefined) {
    throw new UserError('An apiKey is required to connect: pass an ephemeral key or a function that fetches one');
  }
  const key = typeof apiKey === 'function' ? await apiKey() : apiKey;
  if (typeof key !== 'string' || key.length === 0) {
    throw new UserError('The apiKey function returned no key');
  }
  if (!key.startsWith('ek_') && !useInsecureApiKey) {
    throw new UserError(
      'Refusing a non-ephemeral API key in the browser. Mint an ephemeral key on your server ' +
        '(POST /v1/realtime/client_secrets) or set useInsecureApiKey: true if you know the key is safe to expose.',
    );
  }
  return key;
}
