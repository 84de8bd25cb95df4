// Shared module the guide's snippets import as './agent' (not part of the guide itself).
import { RealtimeAgent, RealtimeSession, tool } from '@parley/agents/realtime';
import { z } from 'zod';

export const deleteAccount = tool({
  name: 'delete_account',
  description: 'Delete the user account',
  parameters: z.object({ user: z.string() }),
  needsApproval: true,
  execute: async ({ user }) => `account ${user} deleted`,
});

export const agent = new RealtimeAgent({
  name: 'Greeter',
  instructions: 'You are Greeter.',
  tools: [deleteAccount],
});

export const session = new RealtimeSession(agent, { transport: 'websocket' });
