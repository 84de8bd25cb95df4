import { describe, expect, it } from 'vitest';
import { runConversation } from '../src/conversation';

describe('examples/realtime-node', () => {
  it('runs the scripted call offline: audio turn, tool, handoff, approval, delegation and guardrail', async () => {
    const lines = await runConversation(() => {});
    const text = lines.join('\n');
    expect(text).toContain('[tool] get_weather({"city":"Oslo"})');
    expect(text).toContain('Front Desk: Done: sunny and 21 degrees in Oslo.');
    expect(text).toContain('[handoff] Front Desk -> Billing');
    expect(text).toContain('[approval] cancel_order({"orderId":"A17"}) approved by the caller');
    expect(text).toContain('Billing: Done: order A17 cancelled.');
    expect(text).toContain('[tool] escalate_refund -> {"reasoning":');
    expect(text).toContain('Billing: Good news: your refund is approved.');
    expect(text).toContain('[guardrail] "No secrets" stopped the answer');
    expect(text).toContain('Billing: Sorry, I cannot share that.');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('[error]');
  });
});
