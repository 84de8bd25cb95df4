import { ModelBehaviorError } from '../errors/model-behavior-error';
import type { AgentOutputItem } from '../items/protocol';
import { getLastTextOutput } from '../items/helpers';
import type { Model, ModelProvider, ModelRequest, ModelResponse, StreamEvent } from '../models/model';
import type { UsageInit } from '../run/usage';

/** One scripted model answer: a full response, output items, or an error to throw. */
export type FakeModelTurn =
  | ModelResponse
  | AgentOutputItem[]
  | Error
  | ((request: ModelRequest) => ModelResponse | Promise<ModelResponse>);

/** Options of `FakeModel`. */
export interface FakeModelOptions {
  /**
   * Split streamed text into deltas of this many characters. @default 4
   */
  chunkSize?: number;
  /** Resolved before each streamed delta; lets tests pause a stream. */
  beforeDelta?: () => Promise<void> | void;
}

let responseCounter = 0;

function toResponse(turn: ModelResponse | AgentOutputItem[]): ModelResponse {
  if (Array.isArray(turn)) {
    return {
      output: turn,
      usage: { requests: 1, inputTokens: 1, outputTokens: 1, totalTokens: 2 },
      responseId: `resp_fake_${++responseCounter}`,
    };
  }
  return turn;
}

/**
 * A scripted model for tests: each call takes the next turn from the script and every request is
 * recorded in `requests`. Streaming splits message text into `output_text_delta` events.
 *
 * @example
 * const model = new FakeModel([[fakeMessage('Hello!')]]);
 * const agent = new Agent({ name: 'Test', model });
 */
export class FakeModel implements Model {
  /** Every request the model received, in order. */
  readonly requests: ModelRequest[] = [];
  #turns: FakeModelTurn[];
  readonly #options: FakeModelOptions;

  constructor(turns: FakeModelTurn[] = [], options: FakeModelOptions = {}) {
    this.#turns = [...turns];
    this.#options = options;
  }

  /** Appends turns to the script. */
  addTurns(...turns: FakeModelTurn[]): void {
    this.#turns.push(...turns);
  }

  /** How many scripted turns are left. */
  get remainingTurns(): number {
    return this.#turns.length;
  }

  async #next(request: ModelRequest): Promise<ModelResponse> {
    this.requests.push(request);
    if (request.signal?.aborted) throw request.signal.reason;
    const turn = this.#turns.shift();
    if (turn === undefined) throw new ModelBehaviorError('FakeModel: no scripted turn left.');
    if (turn instanceof Error) throw turn;
    if (typeof turn === 'function') return turn(request);
    return toResponse(turn);
  }

  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    return this.#next(request);
  }

  async *getStreamedResponse(request: ModelRequest): AsyncIterable<StreamEvent> {
    const response = await this.#next(request);
    yield { type: 'response_started' };
    const text = getLastTextOutput(response.output) ?? '';
    const size = this.#options.chunkSize ?? 4;
    for (let index = 0; index < text.length; index += size) {
      await this.#options.beforeDelta?.();
      if (request.signal?.aborted) throw request.signal.reason;
      yield { type: 'output_text_delta', delta: text.slice(index, index + size) };
    }
    yield { type: 'response_done', response };
  }
}

/** A provider that hands out the given model for every name, recording the names asked for. */
export class FakeModelProvider implements ModelProvider {
  readonly requestedNames: Array<string | undefined> = [];
  constructor(readonly model: Model) {}
  getModel(modelName?: string): Model {
    this.requestedNames.push(modelName);
    return this.model;
  }
}

/** An assistant message item with the given text. */
export function fakeMessage(text: string, id?: string): AgentOutputItem {
  return {
    type: 'message',
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'output_text', text }],
    ...(id ? { id } : {}),
  };
}

let callCounter = 0;

/** A function call item; arguments given as an object are JSON-encoded. */
export function fakeToolCall(name: string, args: unknown = {}, callId = `call_fake_${++callCounter}`): AgentOutputItem {
  return {
    type: 'function_call',
    callId,
    name,
    arguments: typeof args === 'string' ? args : JSON.stringify(args),
    status: 'completed',
  };
}

/** A response with explicit usage. */
export function fakeResponse(output: AgentOutputItem[], usage: UsageInit = {}, responseId?: string): ModelResponse {
  return { output, usage, responseId: responseId ?? `resp_fake_${++responseCounter}` };
}
