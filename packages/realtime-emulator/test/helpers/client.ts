import WebSocket from 'ws';

/** A server event as received. */
export type ServerEvent = Record<string, unknown> & { type: string };

/** A plain `ws` client that records every server event and can wait for one. */
export class TestClient {
  readonly socket: WebSocket;
  readonly events: ServerEvent[] = [];
  readonly raw: string[] = [];
  readonly #waiters: Array<{
    match: (event: ServerEvent) => boolean;
    from: number;
    resolve: (event: ServerEvent) => void;
  }> = [];
  #cursor = 0;
  readonly closed: Promise<{ code: number; reason: string }>;

  constructor(url: string, options: { key?: string | null; beta?: boolean; protocols?: string[] } = {}) {
    const headers: Record<string, string> = {};
    if (options.key !== null) headers.Authorization = `Bearer ${options.key ?? 'sk-test'}`;
    if (options.beta) headers['OpenAI-Beta'] = 'realtime=v1';
    this.socket = new WebSocket(url, options.protocols ?? [], { headers });
    this.socket.on('message', (data) => {
      const text = (data as Buffer).toString('utf8');
      this.raw.push(text);
      let event: ServerEvent;
      try {
        event = JSON.parse(text) as ServerEvent;
      } catch {
        return;
      }
      this.events.push(event);
      for (const waiter of [...this.#waiters]) {
        if (this.events.length - 1 >= waiter.from && waiter.match(event)) {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
          waiter.resolve(event);
        }
      }
    });
    this.closed = new Promise((resolve) =>
      this.socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  /** Resolves when the socket is open. */
  opened(): Promise<void> {
    if (this.socket.readyState === WebSocket.OPEN) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
  }

  /** Sends a client event (an object is JSON-encoded; a string is sent as is). */
  send(event: Record<string, unknown> | string): void {
    this.socket.send(typeof event === 'string' ? event : JSON.stringify(event));
  }

  /** The next event (after the previous `next`) of this type or matching the predicate. */
  next(match: string | ((event: ServerEvent) => boolean)): Promise<ServerEvent> {
    const predicate = typeof match === 'string' ? (event: ServerEvent) => event.type === match : match;
    for (let index = this.#cursor; index < this.events.length; index++) {
      const event = this.events[index];
      if (event && predicate(event)) {
        this.#cursor = index + 1;
        return Promise.resolve(event);
      }
    }
    return new Promise((resolve) => {
      this.#waiters.push({
        match: predicate,
        from: this.#cursor,
        resolve: (event) => {
          this.#cursor = this.events.indexOf(event) + 1;
          resolve(event);
        },
      });
    });
  }

  /** Types of events received since `from` (index), in order. */
  typesSince(from: number): string[] {
    return this.events.slice(from).map((event) => event.type);
  }

  close(): void {
    this.socket.close();
  }
}

/** Opens a client and waits for `session.created`. */
export async function connect(url: string, options?: ConstructorParameters<typeof TestClient>[1]): Promise<TestClient> {
  const client = new TestClient(url, options);
  await client.opened();
  await client.next('session.created');
  return client;
}
