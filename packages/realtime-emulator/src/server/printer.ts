import type { EmulatorConnection } from './connection';

/**
 * Prints a connection's conversation in a readable form as it happens: who said what, tool calls
 * and their results, truncations (with the words the user actually heard), errors.
 */
export function createPrinter(write: (line: string) => void): (connection: EmulatorConnection) => void {
  return (connection) => {
    const { session } = connection;
    const tag = `[${connection.id}]`;
    write(`${tag} connected (${session.transport}, ${session.dialect})`);
    session.addSink((event) => {
      const type = event.type as string;
      if (type === 'conversation.item.done' || type === 'conversation.item.created') {
        const item = event.item as {
          type: string;
          role?: string;
          name?: string;
          arguments?: string;
          output?: string;
          content?: Array<Record<string, unknown>>;
        };
        if (item.role === 'assistant' && item.type === 'message') return;
        if (item.type === 'function_call') write(`${tag} tool call  ${item.name ?? ''}(${item.arguments ?? ''})`);
        else if (item.type === 'function_call_output') write(`${tag} tool result ${item.output ?? ''}`);
        else if (item.role === 'user' || item.role === 'system') {
          const text = (item.content ?? [])
            .map((part) => part.text ?? '')
            .join(' ')
            .trim();
          const entry = session.transcript.findLast((candidate) => candidate.itemId === (item as { id?: string }).id);
          write(
            `${tag} ${item.role.padEnd(9)} ${text || (entry?.via === 'audio' ? `(audio) ${entry.text}` : '(audio)')}`,
          );
        }
      } else if (type === 'response.done') {
        const response = event.response as { status: string; output: Array<Record<string, unknown>> };
        for (const item of response.output) {
          if (item.type !== 'message') continue;
          const part = (item.content as Array<{ text?: string; transcript?: string }> | undefined)?.[0];
          write(`${tag} assistant ${part?.transcript ?? part?.text ?? ''}`);
        }
        if (response.status !== 'completed') write(`${tag} response ${response.status}`);
      } else if (type === 'conversation.item.truncated') {
        const entry = session.transcript.find((candidate) => candidate.itemId === event.item_id);
        write(`${tag} truncated at ${String(event.audio_end_ms)} ms; heard: "${entry?.heard ?? ''}"`);
      } else if (type === 'error') {
        const error = event.error as { code?: string; message: string };
        write(`${tag} error ${error.code ?? ''}: ${error.message}`);
      }
    });
    void connection.closed.then(() => write(`${tag} closed`));
  };
}
