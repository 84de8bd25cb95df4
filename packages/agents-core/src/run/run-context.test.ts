import { describe, expect, it } from 'vitest';
import { Agent } from '../agent/agent';
import { RunToolApprovalItem } from '../items/run-items';
import { RunContext } from './run-context';
import { Usage } from './usage';

const agent = new Agent({ name: 'A' });
const item = (callId: string, name = 'delete_file') =>
  new RunToolApprovalItem({ type: 'function_call', callId, name, arguments: '{}' }, agent);

describe('RunContext', () => {
  it('tracks per-call approvals and rejections', () => {
    const context = new RunContext({ user: 'u1' });
    expect(context.context).toEqual({ user: 'u1' });
    expect(context.isToolApproved({ toolName: 'delete_file', callId: 'c1' })).toBeUndefined();
    context.approveTool(item('c1'));
    context.rejectTool(item('c2'));
    expect(context.isToolApproved({ toolName: 'delete_file', callId: 'c1' })).toBe(true);
    expect(context.isToolApproved({ toolName: 'delete_file', callId: 'c2' })).toBe(false);
    expect(context.isToolApproved({ toolName: 'delete_file', callId: 'c3' })).toBeUndefined();
  });

  it('always-approve and always-reject cover later calls and survive a JSON round trip', () => {
    const context = new RunContext();
    context.approveTool(item('c1'), { alwaysApprove: true });
    context.rejectTool(item('c9', 'send_email'), { alwaysReject: true });
    expect(context.isToolApproved({ toolName: 'delete_file', callId: 'other' })).toBe(true);
    expect(context.isToolApproved({ toolName: 'send_email', callId: 'x' })).toBe(false);
    const restored = new RunContext();
    restored.rebuildApprovals(JSON.parse(JSON.stringify(context.toJSON())).approvals);
    expect(restored.isToolApproved({ toolName: 'delete_file', callId: 'other' })).toBe(true);
    expect(restored.isToolApproved({ toolName: 'send_email', callId: 'x' })).toBe(false);
  });
});

describe('Usage', () => {
  it('starts at zero and adds other usage', () => {
    const usage = new Usage();
    expect(usage.requests).toBe(0);
    usage.add(new Usage({ inputTokens: 10, outputTokens: 5 }));
    usage.add({ requests: 1, inputTokens: 1, outputTokens: 1, totalTokens: 2 });
    expect(usage.toJSON()).toEqual({ requests: 2, inputTokens: 11, outputTokens: 6, totalTokens: 17 });
  });
});
