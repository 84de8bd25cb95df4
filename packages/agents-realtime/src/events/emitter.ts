/**
 * A small typed event emitter that works in browsers and Node alike. The event map's values are
 * labelled tuples, so listeners and `emit` calls are checked against the payload of each event.
 * A listener that throws does not stop the others; its error is handed to `onListenerError`.
 */
export type EventMap = { [event: string]: unknown[] };

type Listener<Args extends unknown[]> = (...args: Args) => void;

export class TypedEventEmitter<Events extends EventMap> {
  #listeners = new Map<keyof Events, Set<Listener<any>>>();

  /** Registers `listener` for `event`. */
  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): this {
    let set = this.#listeners.get(event);
    if (!set) this.#listeners.set(event, (set = new Set()));
    set.add(listener);
    return this;
  }

  /** Removes `listener` from `event`. */
  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): this {
    const set = this.#listeners.get(event);
    if (!set) return this;
    set.delete(listener);
    for (const entry of set) if ((entry as { original?: unknown }).original === listener) set.delete(entry);
    return this;
  }

  /** Registers `listener` for the next `event` only. */
  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): this {
    const wrapper = Object.assign(
      (...args: Events[K]) => {
        this.off(event, wrapper);
        listener(...args);
      },
      { original: listener },
    );
    return this.on(event, wrapper);
  }

  /** Calls every listener of `event`; returns whether there were any. */
  emit<K extends keyof Events>(event: K, ...args: Events[K]): boolean {
    const set = this.#listeners.get(event);
    if (!set || set.size === 0) return false;
    for (const listener of [...set]) {
      try {
        listener(...args);
      } catch (error) {
        this.onListenerError(error, String(event));
      }
    }
    return true;
  }

  /** Number of listeners registered for `event`. */
  listenerCount<K extends keyof Events>(event: K): number {
    return this.#listeners.get(event)?.size ?? 0;
  }

  /** Removes every listener (of one event, or of all). */
  removeAllListeners<K extends keyof Events>(event?: K): this {
    if (event === undefined) this.#listeners.clear();
    else this.#listeners.delete(event);
    return this;
  }

  /**
   * Called when a listener throws. Rethrows on a later tick by default so the error is not lost
   * and does not break the emitter's caller (often a socket callback).
   */
  protected onListenerError(error: unknown, _event: string): void {
    queueMicrotask(() => {
      throw error;
    });
  }
}
