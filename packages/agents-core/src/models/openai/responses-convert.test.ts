import { describe, expect, it } from 'vitest';
import type { ModelRequest } from '../model';
import { fromResponsesOutputItem, fromResponsesResponse } from './responses-output';
import { buildResponsesBody, toResponsesInputItem } from './responses-request';

const baseRequest: ModelRequest = { input: 'hi', modelSettings: {}, tools: [], handoffs: [], outputType: 'text' };

describe('Responses API conversion', () => {
  it('maps every input item kind to the wire shape', () => {
    expect(
      toResponsesInputItem({
        role: 'user',
        content: [
          { type: 'input_text', text: 'look' },
          { type: 'input_image', image: 'data:image/png;base64,AA', detail: 'low' },
        ],
      }),
    ).toEqual({
      type: 'message',
      role: 'user',
      content: [
        { type: 'input_text', text: 'look' },
        { type: 'input_image', image_url: 'data:image/png;base64,AA', detail: 'low' },
      ],
    });
    expect(toResponsesInputItem({ role: 'system', content: 'rules' })).toEqual({
      type: 'message',
      role: 'system',
      content: 'rules',
    });
    expect(
      toResponsesInputItem({
        role: 'assistant',
        id: 'msg_1',
        status: 'completed',
        content: [{ type: 'refusal', refusal: 'no' }],
      }),
    ).toEqual({
      type: 'message',
      role: 'assistant',
      id: 'msg_1',
      status: 'completed',
      content: [{ type: 'refusal', refusal: 'no' }],
    });
    expect(
      toResponsesInputItem({
        type: 'reasoning',
        id: 'rs_1',
        content: [{ type: 'input_text', text: 'thinking' }],
        providerData: { encrypted_content: 'x' },
      }),
    ).toEqual({
      type: 'reasoning',
      id: 'rs_1',
      encrypted_content: 'x',
      summary: [{ type: 'summary_text', text: 'thinking' }],
    });
    expect(toResponsesInputItem({ type: 'unknown', providerData: { type: 'item_reference', id: 'msg_9' } })).toEqual({
      type: 'item_reference',
      id: 'msg_9',
    });
  });

  it('reads reasoning, refusals and unknown output items, keeping unknown ones verbatim', () => {
    const reasoning = {
      type: 'reasoning',
      id: 'rs_1',
      summary: [{ type: 'summary_text', text: 'plan' }],
      encrypted_content: 'x',
    };
    expect(fromResponsesOutputItem(reasoning)).toEqual({
      type: 'reasoning',
      id: 'rs_1',
      content: [{ type: 'input_text', text: 'plan' }],
      providerData: { type: 'reasoning', encrypted_content: 'x' },
    });
    expect(
      fromResponsesOutputItem({
        type: 'message',
        id: 'm',
        status: 'completed',
        content: [{ type: 'refusal', refusal: 'cannot' }],
      }),
    ).toEqual({
      type: 'message',
      role: 'assistant',
      id: 'm',
      status: 'completed',
      content: [{ type: 'refusal', refusal: 'cannot' }],
    });
    const search = { type: 'web_search_call', id: 'ws_1', status: 'completed' as const };
    expect(fromResponsesOutputItem(search)).toEqual({ type: 'unknown', id: 'ws_1', providerData: search });
    expect(fromResponsesResponse({ id: 'resp_1', output: [], usage: null }).usage).toEqual({
      requests: 1,
      inputTokens: 0,
      outputTokens: 0,
      totalTokens: 0,
    });
  });

  it('sends settings, prompt, handoffs and provider data, leaving unset fields out', () => {
    const body = buildResponsesBody(
      'gpt-5',
      {
        ...baseRequest,
        prompt: { promptId: 'pmpt_1', version: '2', variables: { city: 'Oslo' } },
        previousResponseId: 'resp_0',
        handoffs: [
          {
            toolName: 'transfer_to_b',
            toolDescription: 'B',
            inputJsonSchema: { type: 'object', properties: {}, required: [], additionalProperties: false },
            strictJsonSchema: true,
          },
        ],
        modelSettings: {
          reasoning: { effort: 'low' },
          text: { verbosity: 'low' },
          maxTokens: 100,
          store: true,
          parallelToolCalls: false,
          truncation: 'auto',
          providerData: { metadata: { a: '1' } },
        },
      },
      false,
    );
    expect(body).toEqual({
      model: 'gpt-5',
      input: 'hi',
      previous_response_id: 'resp_0',
      tools: [
        {
          type: 'function',
          name: 'transfer_to_b',
          description: 'B',
          parameters: { type: 'object', properties: {}, required: [], additionalProperties: false },
          strict: true,
        },
      ],
      parallel_tool_calls: false,
      truncation: 'auto',
      max_output_tokens: 100,
      store: true,
      reasoning: { effort: 'low' },
      text: { verbosity: 'low' },
      prompt: { id: 'pmpt_1', version: '2', variables: { city: 'Oslo' } },
      metadata: { a: '1' },
    });
    expect(buildResponsesBody('m', baseRequest, true)).toEqual({ model: 'm', input: 'hi', stream: true });
  });
});
