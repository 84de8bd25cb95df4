import { ToolCallError } from '../errors/tool-call-error';

/**
 * Runs `task` with a signal that aborts when the outer signal aborts or `timeout` passes; the
 * returned promise settles as soon as either happens, even if the task ignores its signal.
 */
export async function runWithTimeout<T>(
  task: (signal: AbortSignal) => T | Promise<T>,
  options: { timeout: number | undefined; signal: AbortSignal | undefined; toolName: string },
): Promise<T> {
  const { timeout, signal, toolName } = options;
  if (signal?.aborted) throw signal.reason;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => {
      controller.abort(signal?.reason);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeout !== undefined) {
      timer = setTimeout(() => {
        const error = new ToolCallError(`Tool ${toolName} timed out after ${timeout} ms`, { toolName });
        controller.abort(error);
        reject(error);
      }, timeout);
    }
  });
  try {
    return await Promise.race([Promise.resolve().then(() => task(controller.signal)), stopped]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}
