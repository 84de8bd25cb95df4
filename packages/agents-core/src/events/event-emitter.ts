/** An event map: event name → labelled tuple of listener arguments. */
export type EventMap = Record<string, unknown[]>;

/** A listener for the event `K` of the map `TEvents`. */
export type EventListener<TEvents extends EventMap, K extends keyof TEvents> = (...args: TEvents[K]) => void;

type StoredListener = (...args: unknown[]) => void;

/**
 * A small typed event emitter that runs anywhere (browsers included; no `node:events`).
 * Listeners run synchronously in registration order; a listener that throws stops the emit and
 * the error reaches the emitter, as with Node's EventEmitter.
 */
export class EventEmitter<TEvents extends EventMap> {
  #listeners = new Map<keyof TEvents, StoredListener[]>();

  /** Adds a listener for `type`. */
  on<K extends keyof TEvents>(type: K, listener: EventListener<TEvents, K>): this {
    const list = this.#listeners.get(type) ?? [];
    list.push(listener as unknown as StoredListener);
    this.#listeners.set(type, list);
    return this;
  }

  /** Removes a listener added with `on` or `once`. */
  off<K extends keyof TEvents>(type: K, listener: EventListener<TEvents, K>): this {
    const list = this.#listeners.get(type);
    if (!list) return this;
    const index = list.findIndex(
      (entry) => (entry as unknown) === listener || (entry as { original?: unknown }).original === listener,
    );
    if (index !== -1) list.splice(index, 1);
    if (list.length === 0) this.#listeners.delete(type);
    return this;
  }

  /** Adds a listener that removes itself after its first call. */
  once<K extends keyof TEvents>(type: K, listener: EventListener<TEvents, K>): this {
    const wrapper = Object.assign(
      (...args: TEvents[K]) => {
        this.off(type, wrapper);
        listener(...args);
      },
      { original: listener },
    );
    return this.on(type, wrapper);
  }

  /** Calls every listener of `type`; returns whether there was any. */
  emit<K extends keyof TEvents>(type: K, ...args: TEvents[K]): boolean {
    const list = this.#listeners.get(type);
    if (!list || list.length === 0) return false;
    for (const listener of [...list]) listener(...(args as unknown[]));
    return true;
  }

  /** The number of listeners for `type`. */
  listenerCount<K extends keyof TEvents>(type: K): number {
    return this.#listeners.get(type)?.length ?? 0;
  }

  /** Removes every listener, or every listener of `type`. */
  removeAllListeners<K extends keyof TEvents>(type?: K): this {
    if (type === undefined) this.#listeners.clear();
    else this.#listeners.delete(type);
    return this;
  }
}
