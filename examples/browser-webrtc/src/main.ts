import { OpenAIRealtimeWebRTC, RealtimeSession } from '@parley/agents/realtime';
import { agent } from './agent';
import { showInputLevel } from './level-meter';
import { renderTranscript } from './transcript-view';

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const connectButton = element<HTMLButtonElement>('connect');
const muteButton = element<HTMLButtonElement>('mute');
const interruptButton = element<HTMLButtonElement>('interrupt');
const status = element<HTMLSpanElement>('status');
const approval = element<HTMLElement>('approval');
const toolList = element<HTMLOListElement>('tools');

let session: RealtimeSession | undefined;
let stopMeter: (() => void) | undefined;

/** Asks the back end for an ephemeral key (and where to use it). */
async function fetchToken(): Promise<{ value: string; baseUrl: string }> {
  const response = await fetch('/token', { method: 'POST' });
  if (!response.ok) throw new Error(`The back end refused a key: HTTP ${response.status}`);
  return (await response.json()) as { value: string; baseUrl: string };
}

function setStatus(text: string): void {
  status.textContent = text;
  status.dataset['status'] = text;
}

function logTool(text: string, state: string): void {
  const row = document.createElement('li');
  row.dataset['state'] = state;
  row.textContent = text;
  toolList.append(row);
}

async function connect(): Promise<void> {
  connectButton.disabled = true;
  element('error').textContent = '';
  const token = await fetchToken();
  const microphone = await navigator.mediaDevices.getUserMedia({ audio: true });
  stopMeter = showInputLevel(microphone, element('level'));
  const transport = new OpenAIRealtimeWebRTC({
    baseUrl: new URL(token.baseUrl, location.href).href.replace(/\/$/, ''),
    mediaStream: microphone,
  });
  session = new RealtimeSession(agent, { transport });
  session.on('history_updated', (history) => renderTranscript(element('transcript'), history));
  session.on('agent_tool_start', (_context, _agent, tool, { toolCall }) =>
    logTool(`${tool.name}(${toolCall.arguments})`, 'running'),
  );
  session.on('agent_tool_end', (_context, _agent, tool, result) => logTool(`${tool.name} → ${result}`, 'done'));
  session.on('tool_approval_requested', (_context, _agent, request) => {
    element('approval-text').textContent = `Allow ${request.tool.name}(${request.approvalItem.rawItem.arguments})?`;
    approval.hidden = false;
    const decide = (approved: boolean) => () => {
      approval.hidden = true;
      logTool(`${request.tool.name} ${approved ? 'approved' : 'rejected'}`, approved ? 'approved' : 'rejected');
      void (approved ? session?.approve(request.approvalItem) : session?.reject(request.approvalItem));
    };
    element('approve').onclick = decide(true);
    element('reject').onclick = decide(false);
  });
  session.on('error', (error) => {
    element('error').textContent = String((error.error as Error)?.message ?? error.error);
  });
  transport.on('connection_change', (state) => {
    setStatus(state);
    if (state === 'disconnected') disconnected();
  });
  await session.connect({ apiKey: token.value });
  muteButton.disabled = false;
  interruptButton.disabled = false;
  connectButton.textContent = 'Disconnect';
  connectButton.disabled = false;
}

function disconnected(): void {
  stopMeter?.();
  stopMeter = undefined;
  muteButton.disabled = true;
  muteButton.setAttribute('aria-pressed', 'false');
  interruptButton.disabled = true;
  connectButton.textContent = 'Connect';
  connectButton.disabled = false;
  session = undefined;
}

connectButton.addEventListener('click', () => {
  if (session) {
    session.close();
    return;
  }
  connect().catch((error: unknown) => {
    element('error').textContent = error instanceof Error ? error.message : String(error);
    setStatus('disconnected');
    disconnected();
  });
});

muteButton.addEventListener('click', () => {
  if (!session) return;
  const muted = !session.muted;
  session.mute(muted);
  muteButton.setAttribute('aria-pressed', String(muted));
  muteButton.textContent = muted ? 'Unmute' : 'Mute';
});

interruptButton.addEventListener('click', () => session?.interrupt());
