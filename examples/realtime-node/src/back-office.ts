import { Agent, run } from '@parley/agents';
import type { RealtimeItem } from '@parley/agents/realtime';
import { z } from 'zod';

/** The back-end agent the voice agent delegates refund decisions to (a text model, run with `run()`). */
const refundExpert = new Agent({
  name: 'Refund Expert',
  instructions: 'Decide whether a refund request is valid. Answer with your reasoning and a decision.',
  model: 'gpt-4.1',
  outputType: z.object({ reasoning: z.string(), refundApproved: z.boolean() }),
});

/** Runs the refund expert on the request and the voice conversation so far. */
export async function decideRefund(request: string, history: RealtimeItem[]): Promise<string> {
  const turns = history.filter((item) => item.type === 'message').length;
  const result = await run(refundExpert, `Refund request: ${request}\nConversation so far: ${turns} messages.`);
  return JSON.stringify(result.finalOutput);
}
