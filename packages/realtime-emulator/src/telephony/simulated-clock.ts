import { performance } from 'node:perf_hooks';

/**
 * Most frames run per timer callback. When the process falls further behind (a loaded machine),
 * the simulated clock slips instead of replaying a burst: a burst would make the far side's
 * reactions (a `clear`, an echo) arrive late in simulated time and distort what the caller hears.
 */
const MAX_FRAMES_PER_WAKE = 4;

interface Scheduled {
  atMs: number;
  run: () => void;
}

/**
 * A frame clock for simulations: advances in fixed frames at `speed` times real time, runs
 * scheduled actions at the start of the first frame at or after their time, then the frame.
 */
export class SimulatedClock {
  readonly frameMs: number;
  readonly #speed: number;
  readonly #onFrame: (frameStartMs: number) => void;
  readonly #scheduled: Scheduled[] = [];
  #nowMs = 0;
  #startedAt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;

  constructor(options: { speed: number; frameMs: number; onFrame: (frameStartMs: number) => void }) {
    this.#speed = Math.max(options.speed, 0.01);
    this.frameMs = options.frameMs;
    this.#onFrame = options.onFrame;
  }

  /** Simulated milliseconds since `start()`. */
  get nowMs(): number {
    return this.#nowMs;
  }

  get running(): boolean {
    return this.#running;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#startedAt = performance.now();
    this.#loop();
  }

  /** Stops the clock; scheduled actions that have not run are dropped. */
  stop(): void {
    this.#running = false;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#scheduled.length = 0;
  }

  /** Runs `action` at simulated time `atMs` (at the next frame if that has passed). */
  at(atMs: number, action: () => void): void {
    const index = this.#scheduled.findIndex((entry) => entry.atMs > atMs);
    this.#scheduled.splice(index === -1 ? this.#scheduled.length : index, 0, { atMs, run: action });
  }

  #loop = (): void => {
    this.#timer = undefined;
    if (!this.#running) return;
    const target = (performance.now() - this.#startedAt) * this.#speed;
    let frames = 0;
    while (this.#running && this.#nowMs + this.frameMs <= target && frames < MAX_FRAMES_PER_WAKE) {
      this.#frame();
      frames += 1;
    }
    const behindMs = target - this.#nowMs;
    if (behindMs >= this.frameMs) this.#startedAt += (behindMs - (behindMs % this.frameMs)) / this.#speed;
    if (this.#running) this.#timer = setTimeout(this.#loop, Math.max(1, this.frameMs / this.#speed));
  };

  #frame(): void {
    while (this.#scheduled[0] && this.#scheduled[0].atMs <= this.#nowMs) this.#scheduled.shift()?.run();
    if (!this.#running) return;
    this.#onFrame(this.#nowMs);
    this.#nowMs += this.frameMs;
  }
}
