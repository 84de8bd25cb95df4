import type { RealtimeServerError } from '../errors/realtime-server-error';

type Pending = { response: Record<string, any> | undefined };

/**
 * Serialises `response.create`: only one response may write to the conversation at a time, so
 * requests made while one is active wait for its `response.done`. Parameterless requests
 * coalesce (two tool outputs finishing together ask for one response, not two).
 */
export class ResponseCreateQueue {
  #send: (event: Record<string, any>) => void;
  #active = false;
  #pending: Pending[] = [];
  #counter = 0;
  #awaitingEventId: string | undefined;
  #inFlight: Pending | undefined;

  constructor(send: (event: Record<string, any>) => void) {
    this.#send = send;
  }

  /** Whether a response is active or requested and not yet finished. */
  get active(): boolean {
    return this.#active;
  }

  /** Asks for a response now, or after the active one finishes. */
  request(response?: Record<string, any>): void {
    if (this.#active) {
      if (response === undefined && this.#pending.some((entry) => entry.response === undefined)) return;
      this.#pending.push({ response });
      return;
    }
    this.#sendNow({ response });
  }

  #sendNow(entry: Pending): void {
    this.#active = true;
    this.#inFlight = entry;
    this.#awaitingEventId = `parley_response_create_${++this.#counter}`;
    this.#send({
      type: 'response.create',
      event_id: this.#awaitingEventId,
      ...(entry.response ? { response: entry.response } : {}),
    });
  }

  /** A response started (ours, or one the server created on its own after VAD). */
  onResponseCreated(): void {
    this.#active = true;
    this.#awaitingEventId = undefined;
    this.#inFlight = undefined;
  }

  /** The active response finished: send the next queued request, if any. */
  onResponseDone(): void {
    this.#active = false;
    const next = this.#pending.shift();
    if (next) this.#sendNow(next);
  }

  /**
   * Looks at a server error; when it rejects our pending `response.create`, either keeps the
   * request queued (the server already had a response running) or releases the queue.
   * Returns whether the error concerned the queue.
   */
  onError(error: RealtimeServerError): boolean {
    if (this.#awaitingEventId === undefined) return false;
    const matches =
      error.clientEventId === this.#awaitingEventId ||
      (error.serverCode ?? '').includes('response_create') ||
      (error.serverCode ?? '') === 'conversation_already_has_active_response' ||
      (error.message ?? '').includes('response.create');
    if (!matches) return false;
    const entry = this.#inFlight;
    this.#awaitingEventId = undefined;
    this.#inFlight = undefined;
    if (error.serverCode === 'conversation_already_has_active_response' && entry) {
      // The server is busy with a response of its own; ours goes first once that one is done.
      this.#pending.unshift(entry);
      this.#active = true;
      return true;
    }
    this.#active = false;
    const next = this.#pending.shift();
    if (next) this.#sendNow(next);
    return true;
  }

  /** Forgets everything (on disconnect). */
  reset(): void {
    this.#active = false;
    this.#pending = [];
    this.#awaitingEventId = undefined;
    this.#inFlight = undefined;
  }
}
