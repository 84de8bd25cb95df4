import type { EventEmitter } from 'node:events';

/**
 * Resolves once `check()` holds, re-checking on every `event` of `emitter`; rejects when the call
 * ends (`end`) without it, or after `timeoutMs` of real time. `describe` names what was awaited.
 */
export function waitForCondition(
  emitter: EventEmitter<any>,
  event: string,
  check: () => boolean,
  timeoutMs: number,
  describe: () => string,
): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onChange = () => {
      if (!check()) return;
      cleanup();
      resolve();
    };
    const onEnd = () => {
      cleanup();
      if (check()) resolve();
      else reject(new Error(`call ended before it ${describe()}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out: not yet ${describe()}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      emitter.off(event, onChange);
      emitter.off('end', onEnd);
    };
    emitter.on(event, onChange);
    emitter.on('end', onEnd);
  });
}
