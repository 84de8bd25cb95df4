import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTwilioSignature } from '@parley/agents-extensions';
import { startEmulator, type Emulator } from '@parley/realtime-emulator';
import { startTwilioCall, type TwilioCall } from '@parley/realtime-emulator/twilio';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../server';
import { LiveTranscript } from './live-transcript';
import { percentile } from './percentile';
import { TranscriptPrinter } from './transcript-printer';

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** Simulated time runs this many times faster than real time. @default 1 */
  speed?: number;
  /** Where lines go. @default console.log */
  write?: (line: string) => void;
  /** Use the real Realtime API with this key instead of the embedded emulator. */
  openaiApiKey?: string;
  /** Realtime URL when `openaiApiKey` is set (e.g. another emulator). */
  realtimeUrl?: string;
  /** Where the WAV recording goes. @default a file in the OS temp folder */
  wavPath?: string;
}

/** What the demo call produced. */
export interface DemoResult {
  latenciesMs: number[];
  toolCalls: string[];
  interruptions: { itemId: string; audioEndMs: number; heard: string }[];
  heardText: string;
  wavPath: string;
}

const AUTH_TOKEN = 'demo0123456789abcdef0123456789ab';
const PUBLIC_URL = 'https://voice.example.test';

/**
 * One phone call, offline: the emulator plays the model, the example server bridges the call,
 * and a simulated Twilio caller asks a question that needs a tool, interrupts the answer,
 * says goodbye and hangs up. Prints the live transcript and a summary.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const write = options.write ?? ((line: string) => console.log(line));
  const printer = new TranscriptPrinter(write, options.write ? false : undefined);
  const transcript = new LiveTranscript(printer);
  let emulator: Emulator | undefined;
  let server: FastifyInstance | undefined;
  let call: TwilioCall | undefined;
  try {
    if (!options.openaiApiKey) emulator = await startEmulator({ port: 0 });
    server = await buildServer({
      openaiApiKey: options.openaiApiKey ?? 'sk-emulator',
      realtimeUrl: emulator?.url ?? options.realtimeUrl,
      publicUrl: PUBLIC_URL,
      twilioAuthToken: AUTH_TOKEN,
      onSession: (session, transport) => transcript.attachSession(session, transport),
      logError: (message, error) => write(`server error: ${message} ${String(error ?? '')}`),
    });
    const address = await server.listen({ port: 0, host: '127.0.0.1' });
    write(
      `model: ${emulator ? `embedded emulator at ${emulator.url}` : (options.realtimeUrl ?? 'OpenAI Realtime API')}`,
    );

    // 1. Twilio calls the voice webhook (signed) and gets the TwiML with the stream URL.
    const params = { CallSid: `CA${'0'.repeat(32)}`, From: '+15005550006', To: '+15005550001', CallStatus: 'ringing' };
    const webhook = await server.inject({
      method: 'POST',
      url: '/incoming-call',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': getTwilioSignature(AUTH_TOKEN, `${PUBLIC_URL}/incoming-call`, params),
      },
      payload: new URLSearchParams(params).toString(),
    });
    const streamUrl = /<Stream url="([^"]+)"/.exec(webhook.body)?.[1];
    if (webhook.statusCode !== 200 || !streamUrl) throw new Error(`voice webhook failed: ${webhook.statusCode}`);
    write(`webhook: POST /incoming-call → 200, TwiML streams to ${streamUrl}`);

    // 2. Twilio opens the media stream (signed over the <Stream url>) and the caller talks.
    call = await startTwilioCall({
      url: `${address.replace('http', 'ws')}/media-stream`,
      authToken: AUTH_TOKEN,
      signatureUrl: streamUrl,
      customParameters: { demo: 'true' },
      speed: options.speed ?? 1,
    });
    transcript.attachCall(call);
    write(`call: ${call.callSid} connected (stream ${call.streamSid})`);
    write('');

    const say = (text: string) => transcript.callerSays(text);
    await call.waitUntil(300);
    await say('call get_weather {"city":"Paris"}');
    await call.waitForHeard('is sunny', 20_000);
    await say('say Thanks, that is all. Goodbye!');
    await call.waitForHeard('Goodbye!', 20_000);
    await call.waitUntil(call.nowMs + 300);
    const end = await call.hangUp();
    printer.line('system', end.atMs, 'caller hung up (stop sent, socket closed)');

    const latenciesMs = call.said
      .map((utterance) => {
        const first = call!.firstAudioAfter(utterance.endMs);
        return first === undefined ? undefined : first - utterance.endMs;
      })
      .filter((value): value is number => value !== undefined);
    const wavPath = await call.saveWav(options.wavPath ?? join(tmpdir(), `parley-twilio-call-${Date.now()}.wav`));
    const result: DemoResult = {
      latenciesMs,
      toolCalls: transcript.toolCalls,
      interruptions: transcript.interruptions,
      heardText: call.heardText,
      wavPath,
    };
    printSummary(write, result, call);
    return result;
  } finally {
    if (call?.active) await call.hangUp();
    await server?.close();
    await emulator?.close();
  }
}

function printSummary(write: (line: string) => void, result: DemoResult, call: TwilioCall): void {
  const p50 = percentile(result.latenciesMs, 50);
  const p95 = percentile(result.latenciesMs, 95);
  const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} ms`);
  write('');
  write('Summary');
  write(`  call length            ${(call.nowMs / 1000).toFixed(1)} s (simulated clock)`);
  write(`  caller turns           ${call.said.length}`);
  write(`  tool calls             ${result.toolCalls.join(', ') || 'none'}`);
  for (const interruption of result.interruptions) {
    write(`  interruption           ${interruption.itemId} truncated at ${interruption.audioEndMs} ms`);
  }
  write(
    `  latency (caller end-of-speech → first agent audio)  p50 ${ms(p50)}  p95 ${ms(p95)}  (n=${result.latenciesMs.length})`,
  );
  write(`  Twilio warnings        ${call.warnings.map((warning) => warning.code).join(', ') || 'none'}`);
  write(`  recording              ${result.wavPath} (stereo: caller left, agent right)`);
}
