import { settledHeapUsed } from '../harness/heap';
import { median } from '../harness/measure';
import type { ReportRow } from '../harness/report';
import type { BenchSession, SdkUnderTest } from '../sdk/sdk-under-test';

const SECTION = 'Memory: agents + sessions created, not connected';

interface Sample {
  heapBytes: number;
  createMs: number;
}

function sample(sdk: SdkUnderTest, count: number): Sample {
  const sessions: BenchSession[] = [];
  const before = settledHeapUsed();
  const start = performance.now();
  for (let index = 0; index < count; index++) sessions.push(sdk.createSession(`Agent ${index}`));
  const createMs = performance.now() - start;
  const heapBytes = settledHeapUsed() - before;
  // Keep the sessions reachable until after the measurement.
  if (sessions.length !== count) throw new Error('sessions were lost');
  return { heapBytes, createMs };
}

/** Heap used by `count` agents with a WebSocket session each (no connect), median of `runs`. */
export function runSessionMemorySuite(
  ours: SdkUnderTest,
  reference: SdkUnderTest,
  count = 1000,
  runs = 5,
): ReportRow[] {
  // One untimed round each, so module-level caches and JIT code are not billed to the first sample.
  sample(ours, 50);
  sample(reference, 50);
  const samples = new Map<SdkUnderTest, Sample[]>([
    [ours, []],
    [reference, []],
  ]);
  for (let run = 0; run < runs; run++) {
    for (const sdk of run % 2 === 0 ? [ours, reference] : [reference, ours]) samples.get(sdk)!.push(sample(sdk, count));
  }
  const pick = (sdk: SdkUnderTest, field: keyof Sample, scale: number) =>
    median(samples.get(sdk)!.map((entry) => entry[field] * scale));
  return [
    {
      section: SECTION,
      name: `heap used by ${count} agents + sessions`,
      ours: pick(ours, 'heapBytes', 1 / 1024 / 1024),
      reference: pick(reference, 'heapBytes', 1 / 1024 / 1024),
      unit: 'MiB',
    },
    {
      section: SECTION,
      name: 'per agent + session',
      ours: pick(ours, 'heapBytes', 1 / 1024 / count),
      reference: pick(reference, 'heapBytes', 1 / 1024 / count),
      unit: 'KiB',
    },
    {
      section: SECTION,
      name: `time to create ${count}`,
      ours: pick(ours, 'createMs', 1),
      reference: pick(reference, 'createMs', 1),
      unit: 'ms',
    },
  ];
}
