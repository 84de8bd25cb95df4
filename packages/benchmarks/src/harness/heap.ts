import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `--expose-gc` at runtime: the bench runs as `tsx src/run.ts` with no node flags, and heap figures
// are only comparable after a full collection.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Runs full collections until the heap stops shrinking, then returns bytes in use. */
export function settledHeapUsed(): number {
  let previous = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 5; attempt++) {
    collect();
    const used = process.memoryUsage().heapUsed;
    if (used >= previous) return used;
    previous = used;
  }
  return previous;
}
