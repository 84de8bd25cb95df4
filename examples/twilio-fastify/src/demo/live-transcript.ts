import type { RealtimeSession } from '@parley/agents/realtime';
import type { TwilioRealtimeTransportLayer } from '@parley/agents-extensions';
import type { TwilioCall } from '@parley/realtime-emulator/twilio';
import type { TranscriptPrinter } from './transcript-printer';

/** Time the decoder needs after the last symbol of a reply before its text is complete. */
const DECODE_SETTLE_MS = 150;

/**
 * Prints the call as it happens: what the caller says, tool calls, what the caller actually hears
 * of the agent (decoded from the played audio), and each interruption with its truncation point.
 */
export class LiveTranscript {
  readonly #printer: TranscriptPrinter;
  #call: TwilioCall | undefined;
  #heardIndex = 0;
  #agentStartMs: number | undefined;
  #callerSpeaking = false;
  readonly #deferred: (() => void)[] = [];
  readonly interruptions: { itemId: string; audioEndMs: number; heard: string }[] = [];
  readonly toolCalls: string[] = [];

  constructor(printer: TranscriptPrinter) {
    this.#printer = printer;
  }

  #now(): number {
    return this.#call?.nowMs ?? 0;
  }

  /** Follows the simulated caller: their words, and the agent's words as heard. */
  attachCall(call: TwilioCall): void {
    this.#call = call;
    call.on('heard', () => (this.#agentStartMs ??= call.nowMs));
    call.on('echo', (name) => {
      if (name.startsWith('done:')) this.#flushAgentAfterSettle('');
    });
  }

  /**
   * Runs one caller utterance. Its line is printed when it ends (stamped with its start), so an
   * agent line it cut short comes first; an interruption it caused is printed right after it.
   */
  async callerSays(text: string): Promise<void> {
    const call = this.#call;
    if (!call) return;
    this.#callerSpeaking = true;
    const utterance = await call.say(text);
    this.#callerSpeaking = false;
    this.#printer.line('caller', utterance.startMs, text);
    for (const print of this.#deferred.splice(0)) print();
  }

  /** Follows one call's session on the server: tools and interruptions. */
  attachSession(session: RealtimeSession, transport: TwilioRealtimeTransportLayer): void {
    session.on('agent_tool_start', (_context, _agent, tool, details) => {
      this.toolCalls.push(tool.name);
      this.#printer.line('tool', this.#now(), `${tool.name}(${details.toolCall.arguments})`);
    });
    session.on('agent_tool_end', (_context, _agent, tool, result) => {
      this.#printer.line('tool', this.#now(), `${tool.name} → ${JSON.stringify(result)}`);
    });
    transport.on('item_truncated', ({ itemId, audioEndMs }) => {
      const atMs = this.#now();
      this.#flushAgentAfterSettle(' …', (heard) => {
        this.interruptions.push({ itemId, audioEndMs, heard });
        const print = () =>
          this.#printer.line(
            'twilio',
            atMs,
            `✂ barge-in: clear sent, ${itemId} truncated at ${audioEndMs} ms (the caller heard ${JSON.stringify(heard)})`,
          );
        if (this.#callerSpeaking) this.#deferred.push(print);
        else print();
      });
    });
  }

  #flushAgentAfterSettle(suffix: string, after?: (heard: string) => void): void {
    const call = this.#call;
    if (!call) return;
    void call.waitUntil(call.nowMs + DECODE_SETTLE_MS).then(() => {
      const text = call.heardText.slice(this.#heardIndex);
      this.#heardIndex = call.heardText.length;
      if (text.trim()) this.#printer.line('agent', this.#agentStartMs ?? call.nowMs, text.trim() + suffix);
      this.#agentStartMs = undefined;
      after?.(text.trim());
    });
  }
}
