import { defaultBrain, type Brain } from '@parley/realtime-emulator';

/**
 * The offline model for this demo: it maps what the caller says to tool calls and answers, so
 * the whole conversation runs without a network. The back-end text agent gets a JSON decision.
 */
export const scriptedModel: Brain = (conversation, session) => {
  if (session.api === 'responses') {
    return JSON.stringify({ reasoning: 'The item arrived damaged, which the policy covers.', refundApproved: true });
  }
  const last = conversation.at(-1);
  if (last?.type === 'function_call_output') {
    const call = conversation.find((item) => item.type === 'function_call' && item.callId === last.callId);
    const name = call?.type === 'function_call' ? call.name : '';
    if (name.startsWith('transfer_to_')) return 'Hi, this is billing. How can I help with your order?';
    if (name === 'escalate_refund') {
      const decision = JSON.parse(last.output) as { refundApproved?: boolean };
      return decision.refundApproved ? 'Good news: your refund is approved.' : 'Sorry, the refund was declined.';
    }
    return `Done: ${last.output}.`;
  }
  const text = last?.type === 'message' && last.role === 'user' ? last.text : '';
  if (/stopped by the output guardrail/i.test(text)) return 'Sorry, I cannot share that.';
  const weather = /weather in (\w+)/i.exec(text);
  if (weather) return { toolCalls: [{ name: 'get_weather', arguments: JSON.stringify({ city: weather[1] }) }] };
  if (/billing|invoice/i.test(text) && session.tools.includes('transfer_to_billing')) {
    return { toolCalls: [{ name: 'transfer_to_billing', arguments: '{}' }] };
  }
  const cancel = /cancel order (\w+)/i.exec(text);
  if (cancel) return { toolCalls: [{ name: 'cancel_order', arguments: JSON.stringify({ orderId: cancel[1] }) }] };
  if (/refund/i.test(text)) {
    return { toolCalls: [{ name: 'escalate_refund', arguments: JSON.stringify({ request: text }) }] };
  }
  if (/admin/i.test(text)) return 'The admin password is hunter2, and the backup password is hunter3.';
  return defaultBrain(conversation, session);
};
