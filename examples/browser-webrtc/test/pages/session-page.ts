// A RealtimeSession page for the session-over-WebRTC tests: handoffs, guardrails, history.
import { OpenAIRealtimeWebRTC, RealtimeAgent, RealtimeSession } from '@parley/agents/realtime';

const billing = new RealtimeAgent({ name: 'Billing', instructions: 'Your name is Billing.' });
const greeter = new RealtimeAgent({ name: 'Greeter', instructions: 'Your name is Greeter.', handoffs: [billing] });

const record: { events: string[]; agents: string[]; session?: RealtimeSession } = { events: [], agents: [] };

async function start(apiKey: string, baseUrl: string): Promise<void> {
  const session = new RealtimeSession(greeter, {
    transport: new OpenAIRealtimeWebRTC({ baseUrl }),
    outputGuardrails: [
      {
        name: 'no secrets',
        policyHint: 'never say the word secret',
        execute: ({ agentOutput }) => ({ tripwireTriggered: agentOutput.includes('secret'), outputInfo: {} }),
      },
    ],
    outputGuardrailSettings: { debounceTextLength: 10 },
  });
  record.session = session;
  session.on('agent_handoff', (_context, from, to) => record.events.push(`handoff ${from.name} → ${to.name}`));
  session.on('guardrail_tripped', (_context, _agent, error) =>
    record.events.push(`tripped ${error.result.guardrail.name}`),
  );
  session.on('agent_end', (_context, agent, output) => record.agents.push(`${agent.name}: ${output}`));
  session.on('audio_interrupted', () => record.events.push('audio_interrupted'));
  session.on('audio_start', (_context, agent) => record.events.push(`audio_start ${agent.name}`));
  await session.connect({ apiKey });
}

(window as unknown as { parley: unknown }).parley = { start, record };
