import type { WebSocket } from 'ws';
import type { FaultOptions } from '../faults/faults';
import { ProtocolError } from '../protocol/errors';
import type { LogEntry, TranscriptEntry } from '../session/event-log';
import type { RealtimeSession, SessionTransport } from '../session/realtime-session';

let counter = 0;

/** One session on the emulator: a WebSocket connection, a sideband socket's call, or an attached transport. */
export class EmulatorConnection {
  /** `conn_1`, `conn_2`, … in order of arrival. */
  readonly id = `conn_${++counter}`;
  readonly session: RealtimeSession;
  readonly transport: SessionTransport;
  /** Resolves when the connection has closed. */
  readonly closed: Promise<void>;
  #resolveClosed!: () => void;
  #closeTransport: ((code: number, reason: string) => void) | undefined;
  #isClosed = false;

  constructor(session: RealtimeSession, closeTransport?: (code: number, reason: string) => void) {
    this.session = session;
    this.transport = session.transport;
    this.#closeTransport = closeTransport;
    this.closed = new Promise((resolve) => (this.#resolveClosed = resolve));
  }

  /** Every client and server event of the session, in order. */
  get log(): LogEntry[] {
    return this.session.log;
  }

  /** Who said and heard what. */
  get transcript(): TranscriptEntry[] {
    return this.session.transcript;
  }

  /** Server (or client) events of one type, in order. */
  events(type: string, direction: 'client' | 'server' = 'server'): Array<Record<string, unknown>> {
    return this.log
      .filter((entry) => entry.direction === direction && entry.event.type === type)
      .map((entry) => entry.event);
  }

  /**
   * Resolves with the next event of `type` (server events unless `direction` says otherwise) logged
   * after this call, optionally one that also satisfies `match`.
   *
   * @example
   * const done = await connection.waitForEvent('response.done');
   */
  waitForEvent(
    type: string,
    options: { direction?: 'client' | 'server'; match?: (event: Record<string, unknown>) => boolean } = {},
  ): Promise<Record<string, unknown>> {
    const direction = options.direction ?? 'server';
    return new Promise((resolve) => {
      const stop = this.session.onLog((entry) => {
        if (entry.direction !== direction || entry.event.type !== type) return;
        if (options.match && !options.match(entry.event)) return;
        stop();
        resolve(entry.event);
      });
    });
  }

  /** Closes the transport and the session. */
  close(code = 1000, reason = ''): void {
    if (this.#isClosed) return;
    this.#closeTransport?.(code, reason);
    this.markClosed();
  }

  /** Called when the transport went away. */
  markClosed(): void {
    if (this.#isClosed) return;
    this.#isClosed = true;
    this.session.close();
    this.#resolveClosed();
  }
}

/** A sender for server events over a socket, with the faults that were set when it connected. */
export function faultySender(socket: WebSocket, faults: FaultOptions): (event: Record<string, unknown>) => void {
  let sent = 0;
  let queue = Promise.resolve();
  const deliver = (event: Record<string, unknown>) => {
    if (socket.readyState !== socket.OPEN) return;
    socket.send(JSON.stringify(event));
    sent++;
    if (faults.malformedAfterEvents !== undefined && sent === faults.malformedAfterEvents)
      socket.send('{"type": "response.output_text.delta", ');
    if (faults.dropAfterEvents !== undefined && sent >= faults.dropAfterEvents) socket.terminate();
  };
  return (event) => {
    if (!faults.delayMs) return deliver(event);
    queue = queue.then(() => new Promise((resolve) => setTimeout(resolve, faults.delayMs))).then(() => deliver(event));
  };
}

/** Wraps client frames with the rate-limit fault: responses beyond the allowance fail. */
export function rateLimitedReceiver(session: RealtimeSession, faults: FaultOptions): (frame: string) => void {
  let responses = 0;
  return (frame) => {
    const limit = faults.rateLimitAfterResponses;
    if (limit !== undefined && frame.includes('"response.create"')) {
      let eventId: string | undefined;
      try {
        const parsed = JSON.parse(frame) as { type?: unknown; event_id?: unknown };
        if (parsed.type === 'response.create') {
          responses++;
          eventId = typeof parsed.event_id === 'string' ? parsed.event_id : undefined;
          if (responses > limit) {
            session.sendError(
              new ProtocolError('Rate limit reached for requests. Please try again later.', {
                type: 'rate_limit_error',
                code: 'rate_limit_exceeded',
              }),
              eventId,
            );
            return;
          }
        }
      } catch {
        // Not JSON: the session reports it.
      }
    }
    session.receive(frame);
  };
}
