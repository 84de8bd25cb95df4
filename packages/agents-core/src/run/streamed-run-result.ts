import type { Readable } from 'node:stream';
import type { Agent } from '../agent/agent';
import { RunResultBase } from './run-result';
import type { RunStreamEvent } from './stream-events';
import type { RunState } from './run-state';

type AnyAgent = Agent<any, any>;

/** Options of `toTextStream()`. */
export interface TextStreamOptions {
  /** Return a Node.js `Readable` instead of a web `ReadableStream` (Node only). @default false */
  compatibleWithNodeStreams?: boolean;
}

/**
 * The result of `run(agent, input, { stream: true })`: iterate it for events while the run goes
 * on; `completed` settles when it ends. Every iterator sees every event, from the start.
 */
export class StreamedRunResult<TContext, TAgent extends AnyAgent>
  extends RunResultBase<TContext, TAgent>
  implements AsyncIterable<RunStreamEvent>
{
  /** Resolves when the run ends; rejects with the run's error. */
  readonly completed: Promise<void>;
  /** The error that ended the run, if any. */
  error: unknown = undefined;
  #events: RunStreamEvent[] = [];
  #done = false;
  #waiters: Array<() => void> = [];
  #resolve!: () => void;
  #reject!: (error: unknown) => void;

  constructor(state: RunState<TContext, TAgent>) {
    super(state);
    this.completed = new Promise<void>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    // A caller that only iterates should not get an unhandled rejection from `completed`.
    this.completed.catch(() => undefined);
  }

  /** Whether the run has ended. */
  get isComplete(): boolean {
    return this.#done;
  }

  /** @internal Adds an event for every reader. */
  pushEvent(event: RunStreamEvent): void {
    if (this.#done) return;
    this.#events.push(event);
    this.#wake();
  }

  /** @internal Ends the stream, with the run's error if it failed. */
  finish(error?: unknown): void {
    if (this.#done) return;
    this.#done = true;
    if (error !== undefined) {
      this.error = error;
      this.#reject(error);
    } else {
      this.#resolve();
    }
    this.#wake();
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RunStreamEvent> {
    let index = 0;
    while (true) {
      if (index < this.#events.length) {
        yield this.#events[index++] as RunStreamEvent;
        continue;
      }
      if (this.#done) {
        if (this.error !== undefined) throw this.error;
        return;
      }
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  /** Every event as a web `ReadableStream` (errors the stream if the run fails). */
  toStream(): ReadableStream<RunStreamEvent> {
    return toReadableStream(this[Symbol.asyncIterator]());
  }

  async *#textDeltas(): AsyncGenerator<string> {
    for await (const event of this) {
      if (event.type === 'raw_model_stream_event' && event.data.type === 'output_text_delta') yield event.data.delta;
    }
  }

  /** The model's text as a stream of deltas: a web `ReadableStream`, or a Node `Readable` on request. */
  toTextStream(): ReadableStream<string>;
  toTextStream(options: { compatibleWithNodeStreams: true }): Readable;
  toTextStream(options?: TextStreamOptions): ReadableStream<string> | Readable;
  toTextStream(options: TextStreamOptions = {}): ReadableStream<string> | Readable {
    if (options.compatibleWithNodeStreams) {
      // getBuiltinModule keeps `node:stream` out of browser bundles (no static import).
      const nodeProcess = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
      const stream = nodeProcess?.getBuiltinModule?.('node:stream') as { Readable: typeof Readable } | undefined;
      if (!stream) throw new Error('compatibleWithNodeStreams needs Node.js 20.16 or later.');
      return stream.Readable.from(this.#textDeltas());
    }
    return toReadableStream(this.#textDeltas());
  }
}

function toReadableStream<T>(iterator: AsyncIterator<T>): ReadableStream<T> {
  return new ReadableStream<T>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
