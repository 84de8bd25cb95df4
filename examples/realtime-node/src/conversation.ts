import { OpenAIProvider, setDefaultModelProvider } from '@parley/agents';
import { RealtimeSession, type RealtimeItem } from '@parley/agents/realtime';
import { startEmulator } from '@parley/realtime-emulator';
import { encodeModem } from '@parley/realtime-emulator/modem';
import { frontDesk, noSecrets } from './voice-agents';
import { scriptedModel } from './scripted-model';

function textOf(item: RealtimeItem): string {
  if (item.type !== 'message') return '';
  return item.content
    .map((part) => ('text' in part ? part.text : 'transcript' in part ? (part.transcript ?? '') : ''))
    .join('');
}

/**
 * Runs a scripted call against an embedded emulator and prints it line by line. Resolves with
 * the printed lines; rejects when a step does not complete.
 */
export async function runConversation(print: (line: string) => void = console.log): Promise<string[]> {
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    print(line);
  };
  const emulator = await startEmulator({ port: 0, brain: scriptedModel });
  // The back-end agent's text model is the emulator's Responses API too.
  setDefaultModelProvider(new OpenAIProvider({ apiKey: 'sk-offline', baseURL: emulator.httpUrl }));
  const session = new RealtimeSession(frontDesk, {
    transport: 'websocket',
    outputGuardrails: [noSecrets],
    outputGuardrailSettings: { debounceTextLength: 20 },
    config: { turnDetection: { type: 'server_vad', silenceDurationMs: 200 } },
  });
  session.on('agent_tool_start', (_context, _agent, tool, details) =>
    say(`  [tool] ${tool.name}(${details.toolCall.arguments})`),
  );
  session.on('agent_tool_end', (_context, _agent, tool, result) => say(`  [tool] ${tool.name} -> ${result}`));
  session.on('agent_handoff', (_context, from, to) => say(`  [handoff] ${from.name} -> ${to.name}`));
  session.on('tool_approval_requested', (_context, _agent, request) => {
    say(`  [approval] ${request.tool.name}(${request.approvalItem.arguments}) approved by the caller`);
    session.approve(request.approvalItem);
  });
  session.on('guardrail_tripped', (_context, _agent, error) =>
    say(`  [guardrail] "${error.result.guardrail.name}" stopped the answer`),
  );
  session.on('error', (event) => say(`  [error] ${String((event.error as Error)?.message ?? event.error)}`));

  const turn = async (input: string | Int16Array, label: string, responses = 1) => {
    say(`Caller: ${label}`);
    for (let index = 0; index < responses; index++) {
      const output = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No answer to "${label}"`)), 10_000);
        session.once('agent_end', (_context, agent, text) => {
          clearTimeout(timer);
          resolve(text ? `${agent.name}: ${text}` : '');
        });
        if (index > 0) return;
        if (typeof input === 'string') session.sendMessage(input);
        else {
          const padded = new Int16Array(input.length + 24000 * 0.5);
          padded.set(input);
          session.sendAudio(padded.buffer);
        }
      });
      if (output) say(output);
    }
  };

  try {
    await session.connect({ apiKey: 'sk-offline', url: emulator.url });
    say(`Connected to the embedded emulator as ${session.currentAgent.name}.`);
    await turn(encodeModem('What is the weather in Oslo?', 24000), '(speaking) What is the weather in Oslo?', 2);
    await turn('I have a billing question.', 'I have a billing question.', 2);
    await turn('Please cancel order A17.', 'Please cancel order A17.', 2);
    await turn('I want a refund, the kettle arrived damaged.', 'I want a refund, the kettle arrived damaged.', 2);
    await turn('What is the admin login?', 'What is the admin login?', 2);
    const { turns, endOfInputToFirstAudioMs } = session.metrics;
    const spoken = session.history.find((item) => item.type === 'message' && item.role === 'user');
    say(
      `History: ${session.history.length} items; first caller turn as transcribed: "${spoken ? textOf(spoken) : ''}"`,
    );
    say(
      `Turns: ${turns.length}; end of input → first audio p50 ${endOfInputToFirstAudioMs.p50} ms, p95 ${endOfInputToFirstAudioMs.p95} ms`,
    );
    return lines;
  } finally {
    session.close();
    await emulator.close();
  }
}
