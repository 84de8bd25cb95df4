import { ModelHttpError } from '../../errors/model-http-error';
import { ModelBehaviorError } from '../../errors/model-behavior-error';
import type { Model, ModelRequest, ModelResponse, StreamEvent } from '../model';
import type { OpenAIClient } from './openai-client';
import { buildResponsesBody } from './responses-request';
import { fromResponsesResponse } from './responses-output';
import type { ResponsesResponse, ResponsesStreamEvent } from './responses-wire';
import { readServerSentEvents } from './sse';

function failure(response: ResponsesResponse): ModelHttpError {
  const message = response.error?.message ?? 'the response failed';
  return new ModelHttpError(`Model response ${response.id} failed: ${message}`, {
    ...(response.error?.code ? { apiCode: response.error.code } : {}),
  });
}

/** A model served by the OpenAI Responses API (`POST /v1/responses`), plain or streamed (SSE). */
export class OpenAIResponsesModel implements Model {
  readonly #client: OpenAIClient;
  readonly model: string;

  constructor(client: OpenAIClient, model: string) {
    this.#client = client;
    this.model = model;
  }

  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    const body = buildResponsesBody(this.model, request, false);
    const response = await this.#client.postJson<ResponsesResponse>('/responses', body, {
      ...(request.signal ? { signal: request.signal } : {}),
    });
    if (response.status === 'failed') throw failure(response);
    return fromResponsesResponse(response);
  }

  async *getStreamedResponse(request: ModelRequest): AsyncIterable<StreamEvent> {
    const body = buildResponsesBody(this.model, request, true);
    const response = await this.#client.post('/responses', body, {
      stream: true,
      ...(request.signal ? { signal: request.signal } : {}),
    });
    if (!response.body) throw new ModelBehaviorError('The streamed response has no body.');
    let finished = false;
    for await (const message of readServerSentEvents(response.body)) {
      let event: ResponsesStreamEvent;
      try {
        event = JSON.parse(message.data) as ResponsesStreamEvent;
      } catch (error) {
        throw new ModelBehaviorError(`Malformed stream event: ${message.data.slice(0, 200)}`, { cause: error });
      }
      yield { type: 'model', event };
      switch (event.type) {
        case 'response.created':
          yield { type: 'response_started' };
          break;
        case 'response.output_text.delta':
          yield { type: 'output_text_delta', delta: event.delta ?? '' };
          break;
        case 'response.completed':
        case 'response.incomplete':
          if (!event.response) throw new ModelBehaviorError(`${event.type} without a response object.`);
          finished = true;
          yield { type: 'response_done', response: fromResponsesResponse(event.response) };
          break;
        case 'response.failed':
          throw event.response ? failure(event.response) : new ModelHttpError('The streamed response failed.', {});
        case 'error':
          throw new ModelHttpError(`Stream error: ${event.message ?? 'unknown error'}`, {
            ...(event.code ? { apiCode: event.code } : {}),
          });
        default:
          break;
      }
      if (finished) return;
    }
    if (!finished) throw new ModelBehaviorError('The response stream ended before response.completed.');
  }
}
