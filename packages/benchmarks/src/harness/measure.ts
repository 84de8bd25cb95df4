/** Options for {@link measure}. */
export interface MeasureOptions {
  /** Timed runs whose median is reported. @default 7 */
  runs?: number;
  /** Untimed runs first, so the JIT has compiled the hot path. @default 2 */
  warmupRuns?: number;
  /** Each run lasts at least this long, so timer resolution does not dominate. @default 25 */
  minRunMs?: number;
}

/** The result of timing one operation. */
export interface Measurement {
  /** Median nanoseconds per call over the timed runs. */
  nsPerOp: number;
  /** Calls per timed run (chosen by calibration). */
  iterations: number;
  runs: number;
}

/** Median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// Results are written here so the engine cannot prove a call useless and drop it.
export let sink: unknown;

function timeLoop(operation: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let index = 0; index < iterations; index++) sink = operation();
  return performance.now() - start;
}

function calibrate(operation: () => unknown, minRunMs: number): number {
  let iterations = 1;
  while (timeLoop(operation, iterations) < minRunMs && iterations < 1 << 24) iterations *= 2;
  return iterations;
}

/**
 * Times synchronous operations side by side: calibrates a batch size per operation that runs for
 * `minRunMs`, does the warm-up runs, then alternates timed batches between the operations (so a
 * burst of load from elsewhere on the machine hits all of them alike) and reports each one's median
 * time per call.
 */
export function measureEach(operations: ReadonlyArray<() => unknown>, options: MeasureOptions = {}): Measurement[] {
  const runs = options.runs ?? 7;
  const warmupRuns = options.warmupRuns ?? 2;
  const minRunMs = options.minRunMs ?? 25;

  const iterations = operations.map((operation) => calibrate(operation, minRunMs));
  for (let run = 0; run < warmupRuns; run++) {
    operations.forEach((operation, index) => timeLoop(operation, iterations[index]!));
  }
  const perOp: number[][] = operations.map(() => []);
  for (let run = 0; run < runs; run++) {
    operations.forEach((operation, index) => {
      const count = iterations[index]!;
      perOp[index]!.push((timeLoop(operation, count) * 1e6) / count);
    });
  }
  return perOp.map((values, index) => ({ nsPerOp: median(values), iterations: iterations[index]!, runs }));
}

/** Times one synchronous operation (see {@link measureEach}). */
export function measure(operation: () => unknown, options: MeasureOptions = {}): Measurement {
  return measureEach([operation], options)[0]!;
}
