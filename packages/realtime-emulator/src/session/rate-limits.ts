const REQUESTS = 5000;
const TOKENS = 400_000;

/** The per-connection budget reported in `rate_limits.updated` (numbers of the hosted service's shape). */
export class RateLimits {
  #requests = REQUESTS;
  #tokens = TOKENS;

  /** Charges one response of `tokens`; returns the `rate_limits` payload. */
  consume(tokens: number): Array<{ name: string; limit: number; remaining: number; reset_seconds: number }> {
    this.#requests = Math.max(0, this.#requests - 1);
    this.#tokens = Math.max(0, this.#tokens - tokens);
    return [
      { name: 'requests', limit: REQUESTS, remaining: this.#requests, reset_seconds: 0.012 },
      { name: 'tokens', limit: TOKENS, remaining: this.#tokens, reset_seconds: 0.9 },
    ];
  }
}
