import { ModelHttpError } from '../../errors/model-http-error';
import { UserError } from '../../errors/user-error';
import { getLogger } from '../../logging/logger';

const log = getLogger('parley:core:openai');

/** The fetch function the client uses (the global one by default). */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** Options of `OpenAIClient`. */
export interface OpenAIClientOptions {
  /** @default `OPENAI_API_KEY` from the environment, or the key set with `setDefaultOpenAIKey` */
  apiKey?: string;
  /** @default `OPENAI_BASE_URL` from the environment, or `https://api.openai.com/v1` */
  baseURL?: string;
  /** @default `globalThis.fetch` */
  fetch?: FetchFunction;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  organization?: string;
  project?: string;
  /** Retries of a request that failed with 408, 409, 429, 5xx or a network error. @default 2 */
  maxRetries?: number;
  /** The first retry delay; it doubles on each retry (a `retry-after` header wins). @default 500 */
  retryBaseDelayMs?: number;
}

const RETRYABLE_STATUS = new Set([408, 409, 429]);

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  const seconds = header === null ? Number.NaN : Number(header);
  // Capped so a misbehaving server cannot park a run for long.
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, 60_000) : undefined;
}

/** The default API base URL. */
export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** Reads an environment variable where there is an environment (Node, Deno, Bun). */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === undefined || value === '' ? undefined : value;
}

/**
 * A small HTTP client for the OpenAI API over `fetch`: JSON requests, typed HTTP errors and
 * streamed bodies. It works wherever `fetch` does, browsers included.
 */
export class OpenAIClient {
  readonly #options: OpenAIClientOptions;

  constructor(options: OpenAIClientOptions = {}) {
    this.#options = options;
  }

  /** The base URL requests go to (without a trailing slash). */
  get baseURL(): string {
    return (this.#options.baseURL ?? readEnv('OPENAI_BASE_URL') ?? DEFAULT_OPENAI_BASE_URL).replace(/\/+$/, '');
  }

  #apiKey(): string {
    const key = this.#options.apiKey ?? readEnv('OPENAI_API_KEY');
    if (!key) throw new UserError('No OpenAI API key: set OPENAI_API_KEY, call setDefaultOpenAIKey(), or pass apiKey.');
    return key;
  }

  /** Posts JSON to `path` and returns the raw response once its status is OK. */
  async post(path: string, body: unknown, options: { signal?: AbortSignal; stream?: boolean } = {}): Promise<Response> {
    const fetchFunction = this.#options.fetch ?? (globalThis.fetch as FetchFunction | undefined);
    if (!fetchFunction) throw new UserError('No fetch function available: pass `fetch` to the OpenAI client.');
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: `Bearer ${this.#apiKey()}`,
      accept: options.stream ? 'text/event-stream' : 'application/json',
      ...(this.#options.organization ? { 'openai-organization': this.#options.organization } : {}),
      ...(this.#options.project ? { 'openai-project': this.#options.project } : {}),
      ...this.#options.headers,
    };
    const url = `${this.baseURL}${path}`;
    const maxRetries = this.#options.maxRetries ?? 2;
    const baseDelay = this.#options.retryBaseDelayMs ?? 500;
    const init: RequestInit = {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      ...(options.signal ? { signal: options.signal } : {}),
    };
    for (let attempt = 0; ; attempt++) {
      log.debug('POST %s%s (attempt %d)', url, options.stream ? ' (stream)' : '', attempt + 1);
      let response: Response;
      try {
        response = await fetchFunction(url, init);
      } catch (error) {
        if (options.signal?.aborted || attempt >= maxRetries) throw error;
        log.debug('network error, retrying: %s', error instanceof Error ? error.message : String(error));
        await sleep(baseDelay * 2 ** attempt, options.signal);
        continue;
      }
      if (response.ok) return response;
      const retryable = RETRYABLE_STATUS.has(response.status) || response.status >= 500;
      if (!retryable || attempt >= maxRetries) throw await toHttpError(response);
      const delay = retryAfterMs(response) ?? baseDelay * 2 ** attempt;
      await response.body?.cancel().catch(() => undefined);
      log.debug('HTTP %d, retrying in %d ms', response.status, delay);
      await sleep(delay, options.signal);
    }
  }

  /** Posts JSON and parses the JSON answer. */
  async postJson<T>(path: string, body: unknown, options: { signal?: AbortSignal } = {}): Promise<T> {
    const response = await this.post(path, body, options);
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new ModelHttpError(`The API answered ${path} with a body that is not JSON.`, {
        cause: error,
        status: response.status,
      });
    }
  }
}

async function toHttpError(response: Response): Promise<ModelHttpError> {
  const text = await response.text().catch(() => '');
  let message = text.slice(0, 500);
  let apiCode: string | undefined;
  try {
    const parsed = JSON.parse(text) as { error?: { message?: string; code?: string | null; type?: string } };
    if (parsed.error?.message) message = parsed.error.message;
    apiCode = parsed.error?.code ?? parsed.error?.type ?? undefined;
  } catch {
    // Not JSON: keep the start of the text.
  }
  return new ModelHttpError(`OpenAI API error ${response.status}: ${message}`, {
    status: response.status,
    ...(apiCode ? { apiCode } : {}),
  });
}
