import type { IncomingMessage, ServerResponse } from 'node:http';
import { ProtocolError } from '../protocol/errors';
import { createId } from '../protocol/ids';
import { resample } from '../audio/resample';
import { decodeModem } from '../modem/decoder';
import { defaultSessionConfig } from '../session/session-config';
import { applyGaUpdate } from '../session/session-update';
import type { EmulatorConnection } from '../server/connection';
import type { Emulator } from '../server/emulator';
import { bearerToken, readJson, sendError } from '../server/http-utils';
import { hexId, signWebhook } from './webhook-signature';

/** State of a simulated SIP call. */
export type SipCallStatus = 'ringing' | 'accepted' | 'rejected' | 'referred' | 'ended';

/** A simulated inbound SIP call. */
export interface SipCall {
  callId: string;
  status: SipCallStatus;
  sipHeaders: Array<{ name: string; value: string }>;
  /** Set when rejected. */
  rejectStatusCode?: number;
  /** Set when referred. */
  referTarget?: string;
  /** The running session once accepted. */
  connection?: EmulatorConnection;
  /** Model audio played to the caller (PCM16 at 24 kHz), concatenated. */
  playedAudio: Int16Array[];
  /** The caller speaks: PCM16 mono at `sampleRate` goes into the session's VAD. */
  speak(samples: Int16Array, sampleRate?: number): void;
  /** What the caller heard so far, through the modem decoder. */
  heard(): string;
  /** The caller presses a key: `input_audio_buffer.dtmf_event_received` on the session. */
  pressDigit(key: string): void;
}

/** Options of {@link SipCalls.simulateIncomingCall}. */
export interface IncomingCallOptions {
  /** Where to post the webhook. @default the emulator's `webhook.url` */
  webhookUrl?: string;
  /** Secret to sign with. @default the emulator's `webhook.secret` */
  secret?: string;
  from?: string;
  to?: string;
  mediaSecurity?: 'rtp' | 'srtp';
}

/** The SIP side of the emulator: incoming calls, their webhooks and call-control endpoints. */
export class SipCalls {
  readonly calls = new Map<string, SipCall>();
  readonly #emulator: Emulator;

  constructor(emulator: Emulator) {
    this.#emulator = emulator;
  }

  /**
   * Simulates an incoming call: registers it as ringing and posts a signed `realtime.call.incoming`
   * webhook. Resolves with the call once the webhook receiver answered (its status is in `webhookStatus`).
   */
  async simulateIncomingCall(options: IncomingCallOptions = {}): Promise<SipCall & { webhookStatus: number }> {
    const url = options.webhookUrl ?? this.#emulator.options.webhook?.url;
    const secret = options.secret ?? this.#emulator.options.webhook?.secret;
    if (!url || !secret)
      throw new Error('simulateIncomingCall needs a webhook url and secret (options or startEmulator({ webhook })).');
    const callId = createId('rtc', 32);
    const sipHeaders = [
      { name: 'From', value: `sip:${options.from ?? '+15550100'}@trunk.example.net` },
      { name: 'To', value: `sip:${options.to ?? '+15550199'}@trunk.example.net` },
      { name: 'Call-ID', value: callId },
    ];
    const call = this.#newCall(callId, sipHeaders);
    const createdAt = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({
      object: 'event',
      id: hexId('evt'),
      type: 'realtime.call.incoming',
      created_at: createdAt,
      data: { call_id: callId, sip_headers: sipHeaders, sip_media_security: options.mediaSecurity ?? 'srtp' },
    });
    const webhookId = hexId('wh');
    const result = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'OpenAI/1.0 (+https://platform.openai.com/docs/webhooks)',
        'webhook-id': webhookId,
        'webhook-timestamp': String(createdAt),
        'webhook-signature': signWebhook(secret, webhookId, createdAt, body),
      },
      body,
    });
    await result.arrayBuffer();
    return Object.assign(call, { webhookStatus: result.status });
  }

  #newCall(callId: string, sipHeaders: SipCall['sipHeaders']): SipCall {
    const call: SipCall = {
      callId,
      status: 'ringing',
      sipHeaders,
      playedAudio: [],
      speak: (samples, sampleRate = 24000) => call.connection?.session.appendInputAudio(samples, sampleRate),
      pressDigit: (key) => {
        if (!/^[0-9*#A-D]$/.test(key)) throw new Error(`Not a DTMF key: ${key}`);
        // The published type of this SIP-only event has no event_id.
        call.connection?.session.emitRaw({
          type: 'input_audio_buffer.dtmf_event_received',
          event: key,
          received_at: Math.floor(Date.now() / 1000),
        });
      },
      heard: () => {
        const total = call.playedAudio.reduce((sum, chunk) => sum + chunk.length, 0);
        const all = new Int16Array(total);
        let offset = 0;
        for (const chunk of call.playedAudio) {
          all.set(chunk, offset);
          offset += chunk.length;
        }
        return decodeModem(all, 24000);
      },
    };
    this.calls.set(callId, call);
    return call;
  }

  /** `POST /v1/realtime/calls/{id}/accept|reject|refer|hangup`. */
  async control(
    callId: string,
    action: 'accept' | 'reject' | 'refer' | 'hangup',
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const key = bearerToken(request);
    if (!key || !this.#emulator.isAuthorized(key))
      return sendError(response, 401, 'Incorrect API key provided.', { code: 'invalid_api_key' });
    const call = this.calls.get(callId);
    if (!call) return sendError(response, 404, `Call ${callId} not found.`, { code: 'call_not_found' });
    let body: Record<string, unknown>;
    try {
      body = ((await readJson(request)) ?? {}) as Record<string, unknown>;
    } catch {
      return sendError(response, 400, 'We could not parse the JSON body of your request.', { code: 'invalid_json' });
    }
    const expected: Record<typeof action, SipCallStatus[]> = {
      accept: ['ringing'],
      reject: ['ringing'],
      refer: ['accepted'],
      hangup: ['accepted', 'ringing'],
    };
    if (!expected[action].includes(call.status)) {
      return sendError(response, 409, `Call ${callId} is ${call.status}; cannot ${action}.`, {
        code: 'invalid_call_state',
      });
    }
    try {
      this.#apply(call, action, body);
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      return sendError(response, 400, error.message, { code: error.code, param: error.param });
    }
    response.writeHead(200);
    response.end();
  }

  #apply(call: SipCall, action: 'accept' | 'reject' | 'refer' | 'hangup', body: Record<string, unknown>): void {
    if (action === 'accept') {
      const config = applyGaUpdate(defaultSessionConfig(), body, 'session');
      call.connection = this.#emulator.attachSession({
        send: () => undefined,
        transport: 'sip',
        config,
        onOutputAudio: (samples, rate) => call.playedAudio.push(resample(samples.slice(), rate, 24000)),
      });
      this.#emulator.registerCall(call.callId, call.connection);
      call.status = 'accepted';
    } else if (action === 'reject') {
      call.status = 'rejected';
      call.rejectStatusCode = typeof body.status_code === 'number' ? body.status_code : 603;
    } else if (action === 'refer') {
      if (typeof body.target_uri !== 'string')
        throw new ProtocolError("Missing required parameter: 'target_uri'.", {
          code: 'missing_required_parameter',
          param: 'target_uri',
        });
      call.referTarget = body.target_uri;
      call.status = 'referred';
      call.connection?.close();
    } else {
      call.status = 'ended';
      call.connection?.close();
    }
  }

  /** Ends every call (emulator shutdown). */
  closeAll(): void {
    for (const call of this.calls.values()) call.connection?.close();
  }
}
