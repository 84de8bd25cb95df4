import type { Brain, BrainItem, BrainReply, BrainSession } from './types';

const SAY = /^\s*say\s+([\s\S]*?)\s*$/i;
const CALL = /^\s*call\s+([A-Za-z0-9_.-]+)\s*([\s\S]*?)\s*$/i;

/**
 * The default brain. Looking at the last item of the conversation:
 * - a `function_call_output` → "The result of NAME is OUTPUT.";
 * - a user message `say TEXT` → exactly TEXT;
 * - a user message `call TOOL_NAME {json}` → a call of TOOL_NAME with that JSON (`{}` when omitted),
 *   unless `tool_choice` is `none` (then it is echoed like any other message);
 * - any other user message → "NAME: You said: TEXT" where NAME comes from the instructions
 *   ("You are NAME" / "Your name is NAME"), or "You said: TEXT" when they name nobody;
 * - nothing from the user yet → a greeting.
 */
export const defaultBrain: Brain = (conversation, session) => reply(conversation, session);

function reply(conversation: BrainItem[], session: BrainSession): BrainReply {
  const last = conversation.at(-1);
  const prefix = agentName(session.instructions);
  if (last?.type === 'function_call_output') {
    const call = conversation.find((item) => item.type === 'function_call' && item.callId === last.callId);
    const name = call?.type === 'function_call' ? call.name : 'the tool';
    return { text: `${prefix ? `${prefix}: ` : ''}The result of ${name} is ${last.output}.` };
  }
  const user = [...conversation].reverse().find((item) => item.type === 'message' && item.role === 'user');
  const text = user?.type === 'message' ? user.text.trim() : '';
  if (!text) return { text: `${prefix ? `${prefix}: ` : ''}Hello! How can I help?` };
  const say = SAY.exec(text);
  if (say) return { text: say[1] ?? '' };
  const call = session.toolChoice === 'none' ? null : CALL.exec(text);
  if (call?.[1]) return { toolCalls: [{ name: call[1], arguments: normaliseArguments(call[2] ?? '') }] };
  return { text: `${prefix ? `${prefix}: ` : ''}You said: ${text}` };
}

/** The JSON text exactly as given when it parses, else `{}`. */
function normaliseArguments(raw: string): string {
  if (!raw) return '{}';
  try {
    JSON.parse(raw);
    return raw;
  } catch {
    return '{}';
  }
}

/** The agent name stated in instructions, so replies of different agents can be told apart. */
export function agentName(instructions: string): string | undefined {
  const match = /\b(?:[Yy]our name is|[Yy]ou are(?: called| named)?)\s+([A-Z][\w-]*)/.exec(instructions);
  return match?.[1];
}
