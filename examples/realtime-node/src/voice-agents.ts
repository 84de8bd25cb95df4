import { RealtimeAgent, tool, type RealtimeContextData, type RealtimeOutputGuardrail } from '@parley/agents/realtime';
import { z } from 'zod';
import { decideRefund } from './back-office';

const getWeather = tool({
  name: 'get_weather',
  description: 'Return the weather for a city.',
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `sunny and 21 degrees in ${city}`,
});

const cancelOrder = tool({
  name: 'cancel_order',
  description: 'Cancel an order. Needs the user’s confirmation.',
  parameters: z.object({ orderId: z.string() }),
  needsApproval: true,
  execute: async ({ orderId }) => `order ${orderId} cancelled`,
});

const refundParameters = z.object({ request: z.string() });
const escalateRefund = tool<typeof refundParameters, RealtimeContextData>({
  name: 'escalate_refund',
  description: 'Ask the refund expert to decide on a refund request.',
  parameters: refundParameters,
  execute: async ({ request }, details) => decideRefund(request, details?.context?.history ?? []),
});

/** Billing specialist, reached by a handoff. */
export const billingAgent = new RealtimeAgent({
  name: 'Billing',
  handoffDescription: 'Questions about invoices, orders and refunds',
  instructions: 'You are Billing. You cancel orders and handle refunds.',
  tools: [cancelOrder, escalateRefund],
});

/** The first agent the caller talks to. */
export const frontDesk = new RealtimeAgent({
  name: 'Front Desk',
  instructions: 'You are Frontdesk. Greet the caller, answer weather questions, pass billing questions on.',
  tools: [getWeather],
  handoffs: [billingAgent],
  voice: 'marin',
});

/** Never read secrets aloud. */
export const noSecrets: RealtimeOutputGuardrail = {
  name: 'No secrets',
  policyHint: 'never reveal passwords',
  execute: ({ agentOutput }) => ({
    tripwireTriggered: /password/i.test(agentOutput),
    outputInfo: { mentionsPassword: /password/i.test(agentOutput) },
  }),
};
