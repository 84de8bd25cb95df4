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

/**
 * Times a synchronous operation: calibrates a batch size that runs for `minRunMs`, does the warm-up
 * runs, then reports the median time per call over `runs` batches.
 */
export function measure(operation: () => unknown, options: MeasureOptions = {}): Measurement {
  const runs = options.runs ?? 7;
  const warmupRuns = options.warmupRuns ?? 2;
  const minRunMs = options.minRunMs ?? 25;

  let iterations = 1;
  while (timeLoop(operation, iterations) < minRunMs && iterations < 1 << 24) iterations *= 2;
  for (let index = 0; index < warmupRuns; index++) timeLoop(operation, iterations);

  const perOp: number[] = [];
  for (let index = 0; index < runs; index++) perOp.push((timeLoop(operation, iterations) * 1e6) / iterations);
  return { nsPerOp: median(perOp), iterations, runs };
}
