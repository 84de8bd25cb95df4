/**
 * Faults to inject, for testing how clients cope. Set them in `startEmulator({ faults })` or later
 * with `emulator.faults = { ... }`; each new connection takes the faults set at that moment.
 */
export interface FaultOptions {
  /** Close the socket abruptly (no close frame) after sending this many server events. */
  dropAfterEvents?: number;
  /** Hold every server event this many milliseconds before sending it (order is kept). */
  delayMs?: number;
  /** Send a frame that is not valid JSON after this many server events. */
  malformedAfterEvents?: number;
  /** Refuse WebSocket handshakes with this HTTP status (e.g. 503). */
  refuseHandshake?: number;
  /** Allow this many responses per connection; later `response.create` fail with `rate_limit_exceeded`. */
  rateLimitAfterResponses?: number;
}
