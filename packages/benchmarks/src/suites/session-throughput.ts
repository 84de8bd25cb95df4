import { startEmulatorProcess } from '../fixtures/emulator-process';
import { settledHeapUsed } from '../harness/heap';
import { median } from '../harness/measure';
import type { ReportRow } from '../harness/report';
import type { SdkUnderTest } from '../sdk/sdk-under-test';

const SECTION = 'Session over a WebSocket to the emulator (`say …` turns)';

/** Options for {@link runSessionThroughputSuite}. */
export interface SessionThroughputOptions {
  /** Timed text turns per run. @default 200 */
  textTurns?: number;
  /** Timed spoken turns per run (audio deltas + transcript). @default 100 */
  audioTurns?: number;
  /** Untimed turns at the start of each run. @default 20 */
  warmupTurns?: number;
  /** Runs per SDK and mode (each a fresh session); the median is reported. @default 5 */
  runs?: number;
}

interface RunResult {
  connectMs: number;
  msPerTurn: number;
  heapDeltaBytes: number;
}

interface RunPlan {
  audio: boolean;
  turns: number;
  warmupTurns: number;
}

async function runOnce(sdk: SdkUnderTest, url: string, plan: RunPlan): Promise<RunResult> {
  const session = sdk.createSession('Bench', { audio: plan.audio });
  try {
    const connectStart = performance.now();
    await session.connect(url);
    const connectMs = performance.now() - connectStart;
    for (let index = 0; index < plan.warmupTurns; index++) await session.turn(`say warm ${index}`);

    const heapBefore = settledHeapUsed();
    const start = performance.now();
    for (let index = 0; index < plan.turns; index++) {
      const expected = `turn ${index}`;
      const text = await session.turn(`say ${expected}`);
      if (text !== expected) throw new Error(`${sdk.id}: expected "${expected}", got "${text}"`);
    }
    const msPerTurn = (performance.now() - start) / plan.turns;
    // What the session retains for N more turns (history, transcripts), with the socket still open.
    const heapDeltaBytes = settledHeapUsed() - heapBefore;
    return { connectMs, msPerTurn, heapDeltaBytes };
  } finally {
    session.close();
  }
}

/** Runs `plan` `runs` times per SDK, alternating which SDK goes first; a reference failure is kept, not thrown. */
async function runMode(
  ours: SdkUnderTest,
  reference: SdkUnderTest,
  url: string,
  plan: RunPlan,
  runs: number,
): Promise<{ ours: RunResult[]; reference: RunResult[]; referenceError?: Error }> {
  const results = {
    ours: [] as RunResult[],
    reference: [] as RunResult[],
    referenceError: undefined as Error | undefined,
  };
  for (let run = 0; run < runs; run++) {
    for (const sdk of run % 2 === 0 ? [ours, reference] : [reference, ours]) {
      if (sdk === reference) {
        if (results.referenceError) continue;
        try {
          results.reference.push(await runOnce(sdk, url, plan));
        } catch (error) {
          results.referenceError = error instanceof Error ? error : new Error(String(error));
        }
      } else {
        results.ours.push(await runOnce(sdk, url, plan));
      }
    }
  }
  return results;
}

/**
 * Drives `say …` turns through each SDK's `RealtimeSession` over a real WebSocket, first as text,
 * then as speech (the emulator's modem voice, sent as fast as it is made). The emulator runs in a
 * child process so neither its CPU time nor its memory lands in these figures; runs alternate
 * between the SDKs so drift (other load on the machine) hits both alike.
 */
export async function runSessionThroughputSuite(
  ours: SdkUnderTest,
  reference: SdkUnderTest,
  options: SessionThroughputOptions = {},
): Promise<ReportRow[]> {
  const runs = options.runs ?? 5;
  const warmupTurns = options.warmupTurns ?? 20;
  const textPlan: RunPlan = { audio: false, turns: options.textTurns ?? 200, warmupTurns };
  const audioPlan: RunPlan = { audio: true, turns: options.audioTurns ?? 100, warmupTurns };

  const emulator = await startEmulatorProcess();
  const rows: ReportRow[] = [];
  try {
    for (const plan of [textPlan, audioPlan]) {
      const results = await runMode(ours, reference, emulator.url, plan, runs);
      const pick = (list: RunResult[], field: keyof RunResult, scale: number) =>
        list.length > 0 ? median(list.map((result) => result[field] * scale)) : undefined;
      const note = results.referenceError ? `reference failed: ${results.referenceError.message}` : undefined;
      const row = (name: string, field: keyof RunResult, unit: string, scale = 1): ReportRow => ({
        section: SECTION,
        name,
        ours: pick(results.ours, field, scale)!,
        reference: results.referenceError ? undefined : pick(results.reference, field, scale),
        unit,
        note,
      });
      const mode = plan.audio ? 'audio' : 'text';
      if (!plan.audio) rows.push(row('connect() to the emulator', 'connectMs', 'ms'));
      rows.push(row(`time per ${mode} turn (${plan.turns} turns × ${runs} runs)`, 'msPerTurn', 'ms'));
      rows.push(row(`heap retained by ${plan.turns} ${mode} turns`, 'heapDeltaBytes', 'KiB', 1 / 1024));
    }
  } finally {
    await emulator.close();
  }
  return rows;
}
