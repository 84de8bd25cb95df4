import { startEmulatorProcess } from '../fixtures/emulator-process';
import { settledHeapUsed } from '../harness/heap';
import { median } from '../harness/measure';
import type { ReportRow } from '../harness/report';
import type { SdkUnderTest } from '../sdk/sdk-under-test';

const SECTION = 'Session over a WebSocket to the emulator (text turns, `say …`)';

/** Options for {@link runSessionThroughputSuite}. */
export interface SessionThroughputOptions {
  /** Timed turns per run. @default 200 */
  turns?: number;
  /** Untimed turns at the start of each run. @default 20 */
  warmupTurns?: number;
  /** Runs per SDK (each a fresh session); the median is reported. @default 5 */
  runs?: number;
}

interface RunResult {
  connectMs: number;
  msPerTurn: number;
  heapDeltaBytes: number;
}

async function runOnce(
  sdk: SdkUnderTest,
  url: string,
  options: Required<SessionThroughputOptions>,
): Promise<RunResult> {
  const session = sdk.createSession('Bench');
  try {
    const connectStart = performance.now();
    await session.connect(url);
    const connectMs = performance.now() - connectStart;
    for (let index = 0; index < options.warmupTurns; index++) await session.turn(`say warm ${index}`);

    const heapBefore = settledHeapUsed();
    const start = performance.now();
    for (let index = 0; index < options.turns; index++) {
      const expected = `turn ${index}`;
      const text = await session.turn(`say ${expected}`);
      if (text !== expected) throw new Error(`${sdk.id}: expected "${expected}", got "${text}"`);
    }
    const msPerTurn = (performance.now() - start) / options.turns;
    // What the session retains for N more turns (history, transcripts), with the socket still open.
    const heapDeltaBytes = settledHeapUsed() - heapBefore;
    return { connectMs, msPerTurn, heapDeltaBytes };
  } finally {
    session.close();
  }
}

/**
 * Drives N text turns through each SDK's `RealtimeSession` over a real WebSocket. The emulator runs
 * in a child process so neither its CPU time nor its memory lands in these figures; runs alternate
 * between the SDKs so drift (thermal, other load) hits both alike.
 */
export async function runSessionThroughputSuite(
  ours: SdkUnderTest,
  reference: SdkUnderTest,
  options: SessionThroughputOptions = {},
): Promise<ReportRow[]> {
  const settings = { turns: options.turns ?? 200, warmupTurns: options.warmupTurns ?? 20, runs: options.runs ?? 5 };
  const emulator = await startEmulatorProcess();
  const results = new Map<SdkUnderTest, RunResult[]>([
    [ours, []],
    [reference, []],
  ]);
  let referenceError: Error | undefined;
  try {
    for (let run = 0; run < settings.runs; run++) {
      const order = run % 2 === 0 ? [ours, reference] : [reference, ours];
      for (const sdk of order) {
        if (sdk === reference && referenceError) continue;
        try {
          results.get(sdk)!.push(await runOnce(sdk, emulator.url, settings));
        } catch (error) {
          if (sdk !== reference) throw error;
          referenceError = error instanceof Error ? error : new Error(String(error));
        }
      }
    }
  } finally {
    await emulator.close();
  }

  const pick = (sdk: SdkUnderTest, field: keyof RunResult, scale = 1) => {
    const values = results.get(sdk)!.map((result) => result[field] * scale);
    return values.length > 0 ? median(values) : undefined;
  };
  const note = referenceError ? `reference failed: ${referenceError.message}` : undefined;
  const row = (name: string, field: keyof RunResult, unit: string, scale = 1): ReportRow => ({
    section: SECTION,
    name,
    ours: pick(ours, field, scale)!,
    reference: referenceError ? undefined : pick(reference, field, scale),
    unit,
    note,
  });
  return [
    row('connect() to the emulator', 'connectMs', 'ms'),
    row(`time per turn (${settings.turns} turns × ${settings.runs} runs)`, 'msPerTurn', 'ms'),
    row(`heap retained by ${settings.turns} turns`, 'heapDeltaBytes', 'KiB', 1 / 1024),
  ];
}
