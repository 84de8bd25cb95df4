/** A connected-or-not realtime session, reduced to what the benchmarks drive. */
export interface BenchSession {
  /** Opens the WebSocket transport against `url` (the emulator) with a throwaway key. */
  connect(url: string): Promise<void>;
  /** Sends one user text message; resolves with the assistant's text when the turn ends. */
  turn(text: string, timeoutMs?: number): Promise<string>;
  close(): void;
}

/** How a benchmark session is configured. */
export interface BenchSessionOptions {
  /** Ask for spoken replies (audio deltas + transcript) instead of text. @default false */
  audio?: boolean;
}

/**
 * One SDK behind the interface every benchmark uses, so Parley and the reference run the same
 * code paths in the same process.
 */
export interface SdkUnderTest {
  id: 'parley' | 'reference';
  /** Package name and version, for the report. */
  label: string;
  /** Package the browser bundle imports `RealtimeAgent`, `RealtimeSession` and `OpenAIRealtimeWebRTC` from. */
  browserModule: string;
  arrayBufferToBase64(buffer: ArrayBuffer): string;
  base64ToArrayBuffer(base64: string): ArrayBuffer;
  /** Creates an agent and a WebSocket session for it, without connecting. */
  createSession(agentName: string, options?: BenchSessionOptions): BenchSession;
}

/** Rejects after `timeoutMs` unless `promise` settles first; the timer never outlives the race. */
export async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Settles turns from a session's `agent_end` and `error` events. One instance per session, so a
 * turn costs no listener registration in either SDK.
 */
export class TurnWaiter {
  #pending: { resolve: (text: string) => void; reject: (error: Error) => void } | undefined;

  /** Call from the session's `agent_end` listener. */
  ended(text: string): void {
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.resolve(text);
  }

  /** Call from the session's `error` listener. */
  failed(error: unknown): void {
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
  }

  /** A promise for the next turn's end; `send` runs after the waiter is armed. */
  async next(send: () => void, timeoutMs: number): Promise<string> {
    const ended = new Promise<string>((resolve, reject) => {
      this.#pending = { resolve, reject };
    });
    send();
    try {
      return await withTimeout(ended, timeoutMs, 'turn');
    } finally {
      this.#pending = undefined;
    }
  }
}
