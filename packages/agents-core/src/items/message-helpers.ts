import type { AssistantMessageItem, InputImage, InputText, SystemMessageItem, UserMessageItem } from './protocol';

/**
 * A user message item.
 *
 * @example
 * await run(agent, [user('Hi'), assistant('Hello!'), user('What did I just say?')]);
 */
export function user(content: string | Array<InputText | InputImage>): UserMessageItem {
  return { type: 'message', role: 'user', content };
}

/** An assistant message item (completed) with the given text. */
export function assistant(text: string): AssistantMessageItem {
  return { type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text }] };
}

/** A system message item. */
export function system(content: string): SystemMessageItem {
  return { type: 'message', role: 'system', content };
}
