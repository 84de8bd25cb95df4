import type { AgentInputItem, AgentOutputItem, AssistantMessageItem, FunctionCallResultItem } from './protocol';

/** Turns a string input into a one-item list; copies a list. */
export function toInputItems(input: string | AgentInputItem[]): AgentInputItem[] {
  return typeof input === 'string' ? [{ type: 'message', role: 'user', content: input }] : [...input];
}

/** The text of an assistant message (refusals excluded). */
export function getMessageText(message: AssistantMessageItem): string {
  return message.content.map((part) => (part.type === 'output_text' ? part.text : '')).join('');
}

/** The text of the last assistant message in a model output, or undefined when there is none. */
export function getLastTextOutput(output: AgentOutputItem[]): string | undefined {
  for (let index = output.length - 1; index >= 0; index--) {
    const item = output[index];
    if (item && item.type !== 'function_call' && item.type !== 'reasoning' && item.type !== 'unknown') {
      return getMessageText(item);
    }
  }
  return undefined;
}

/** Builds the result item for a function call. */
export function functionCallResult(callId: string, name: string, text: string): FunctionCallResultItem {
  return { type: 'function_call_result', callId, name, status: 'completed', output: { type: 'text', text } };
}
