import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, run, tool } from '@parley/agents-core';
import { FakeModel, fakeMessage, fakeToolCall } from '@parley/agents-core/testing';

// The guide's "delegation through tools": a front agent's tool runs a back-end agent with a
// structured output type and returns its result as text.
describe('delegation through tools', () => {
  it('runs a structured back-end agent from a tool and hands its JSON back', async () => {
    const expertModel = new FakeModel([[fakeMessage('{"reasong":"bought 3 days ago","refundApproved":true}')]]);
    const refundExpert = new Agent({
      name: 'Refund Expert',
      instructions: 'You are a refund expert.',
      model: expertModel,
      outputType: z.object({ reasong: z.string(), refundApproved: z.boolean() }),
    });

    async function handleRefundRequest(request: string, history: unknown[]) {
      const input = `The user has requested a refund.\n\nThe request is: ${request}\n\nCurrent conversation history:\n${JSON.stringify(history, null, 2)}`;
      const result = await run(refundExpert, input);
      return JSON.stringify(result.finalOutput, null, 2);
    }

    const parameters = z.object({ request: z.string() });
    const refundSupervisor = tool<typeof parameters, { history: unknown[] }>({
      name: 'escalateToRefundSupervisor',
      description: 'Escalate a refund request to the refund supervisor',
      parameters,
      execute: async ({ request }, details) => handleRefundRequest(request, details?.context?.history ?? []),
    });

    const frontModel = new FakeModel([
      [fakeToolCall('escalateToRefundSupervisor', { request: 'refund order 42' })],
      [fakeMessage('Your refund is approved.')],
    ]);
    const support = new Agent<{ history: unknown[] }>({
      name: 'Customer Support',
      model: frontModel,
      tools: [refundSupervisor],
    });
    const result = await run(support, 'I want a refund', { context: { history: ['user: I want a refund'] } });

    expect(result.finalOutput).toBe('Your refund is approved.');
    expect(expertModel.requests[0]?.input).toEqual([
      { type: 'message', role: 'user', content: expect.stringContaining('"user: I want a refund"') },
    ]);
    const toolOutput = result.newItems.find((item) => item.type === 'tool_call_output_item');
    expect(JSON.parse(String(toolOutput?.type === 'tool_call_output_item' ? toolOutput.output : ''))).toEqual({
      reasong: 'bought 3 days ago',
      refundApproved: true,
    });
  });
});
