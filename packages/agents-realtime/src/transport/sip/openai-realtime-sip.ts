import { RunContext, UserError } from '@parley/agents-core';
import type { RealtimeAgent } from '../../agent/realtime-agent';
import type { RealtimeContextData } from '../../agent/realtime-context';
import type { RealtimeSessionConfig } from '../../protocol/session-config';
import { normalizeAudioConfig, toWireSessionConfig, withSessionDefaults } from '../../protocol/session-config-mapping';
import type { RealtimeServerEvent } from '../../protocol/server-events';
import { agentToolDefinitions, tracingConfig } from '../../session/session-config-builder';
import type { RealtimeSessionOptions } from '../../session/session-options';
import type { RealtimeTransportLayerConnectOptions } from '../transport-layer';
import { OpenAIRealtimeWebSocket, type OpenAIRealtimeWebSocketOptions } from '../websocket/openai-realtime-websocket';

/** Turn-detection keys the calls API rejects for SIP sessions (protocol doc §3.4). */
const SIP_FORBIDDEN_TURN_DETECTION = [
  'threshold',
  'prefixPaddingMs',
  'prefix_padding_ms',
  'silenceDurationMs',
  'silence_duration_ms',
];

/**
 * Controls an accepted SIP call over a sideband WebSocket (`?call_id=`). The audio stays on the
 * phone leg, so `sendAudio` is refused; interrupting clears the server's output buffer (the
 * server knows what the caller heard, so nothing is truncated client-side).
 *
 * @example
 * const payload = await OpenAIRealtimeSIP.buildInitialConfig(agent, { model: 'gpt-realtime' });
 * await fetch(`https://api.openai.com/v1/realtime/calls/${callId}/accept`, { method: 'POST', body: JSON.stringify(payload), ... });
 * const session = new RealtimeSession(agent, { transport: new OpenAIRealtimeSIP() });
 * await session.connect({ apiKey, callId });
 */
export class OpenAIRealtimeSIP extends OpenAIRealtimeWebSocket {
  #url: string | undefined;

  constructor(options: OpenAIRealtimeWebSocketOptions = {}) {
    super(options);
    this.#url = options.url;
  }

  /**
   * Builds the body of `POST /v1/realtime/calls/{call_id}/accept` for an agent: the same session
   * object the session would send (instructions, tools, handoffs, audio, tracing), GA layout.
   */
  static async buildInitialConfig(
    agent: RealtimeAgent<any>,
    options: Partial<RealtimeSessionOptions<any>> = {},
    overrides: Partial<RealtimeSessionConfig> = {},
  ): Promise<Record<string, unknown>> {
    const config: Partial<RealtimeSessionConfig> = { ...(options.config ?? {}), ...overrides };
    const turnDetection = normalizeAudioConfig(config).turnDetection;
    for (const key of SIP_FORBIDDEN_TURN_DETECTION) {
      if (turnDetection && (turnDetection as Record<string, unknown>)[key] !== undefined) {
        throw new UserError(`turnDetection.${key} is not accepted for SIP calls`);
      }
    }
    const context = new RunContext({ ...(options.context ?? {}), history: [] }) as RunContext<RealtimeContextData>;
    const voice = normalizeAudioConfig(config).voice ?? agent.voice;
    const full = withSessionDefaults({
      ...config,
      model: config.model ?? options.model ?? 'gpt-realtime',
      instructions: (await agent.getSystemPrompt(context)) ?? '',
      tools: await agentToolDefinitions(agent, context),
      tracing: tracingConfig(options),
      ...(voice ? { voice } : {}),
    });
    return toWireSessionConfig(full, 'ga');
  }

  protected override _endpointUrl(options: RealtimeTransportLayerConnectOptions): string {
    if (!options.callId) throw new UserError('OpenAIRealtimeSIP.connect needs the callId of an accepted call');
    const base = options.url ?? this.#url ?? 'wss://api.openai.com/v1/realtime';
    const url = new URL(base);
    url.searchParams.delete('model');
    url.searchParams.set('call_id', options.callId);
    return url.toString();
  }

  /** Audio travels on the phone line, not on this socket. */
  override sendAudio(): void {
    throw new UserError('OpenAIRealtimeSIP does not send audio: the caller’s audio reaches the model over SIP');
  }

  override interrupt(): void {
    this.#clearOutput(true);
  }

  protected override _onSpeechStarted(_event: RealtimeServerEvent): void {
    // With interrupt_response the server cancels and clears on its own.
    if (!this._serverInterruptsResponse() && this.responseActive) this.#clearOutput(true);
  }

  #clearOutput(cancel: boolean): void {
    if (cancel && this.responseActive) this.sendEvent({ type: 'response.cancel' });
    this.sendEvent({ type: 'output_audio_buffer.clear' });
    this.playback.reset();
    this.emit('audio_interrupted');
  }
}
