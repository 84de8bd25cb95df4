/** Latency figures of one model turn, in milliseconds (absent where the moment was not observed). */
export interface RealtimeTurnMetrics {
  responseId: string;
  /** End of user speech (VAD) or the moment text/commit was sent → `response.created`. */
  endOfInputToResponseMs?: number;
  /** `response.created` → first audio delta. */
  responseToFirstAudioMs?: number;
  /** End of user input → first audio delta: the silence the user waits through. */
  endOfInputToFirstAudioMs?: number;
  /** First audio delta → first sample played, when the transport reports playout. */
  firstAudioToPlayoutMs?: number;
  /** Time spent running tools during this turn. */
  toolMs: number;
  /** `response.created` → `response.done`. */
  responseDurationMs?: number;
}

/** p50 and p95 of one figure over the session's turns. */
export interface RealtimePercentiles {
  count: number;
  p50?: number;
  p95?: number;
}

/** Latency over the whole session. */
export interface RealtimeSessionMetrics {
  turns: RealtimeTurnMetrics[];
  endOfInputToResponseMs: RealtimePercentiles;
  responseToFirstAudioMs: RealtimePercentiles;
  endOfInputToFirstAudioMs: RealtimePercentiles;
  firstAudioToPlayoutMs: RealtimePercentiles;
  toolMs: RealtimePercentiles;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], share: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(share * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function summarise(
  turns: RealtimeTurnMetrics[],
  key: keyof Omit<RealtimeTurnMetrics, 'responseId'>,
): RealtimePercentiles {
  const values = turns.map((turn) => turn[key]).filter((value): value is number => typeof value === 'number');
  return { count: values.length, p50: percentile(values, 0.5), p95: percentile(values, 0.95) };
}

/**
 * Records the moments of each turn and turns them into `RealtimeTurnMetrics`. Fed by the session
 * from transport events; the clock is injectable.
 */
export class TurnMetricsRecorder {
  #clock: () => number;
  #turns: RealtimeTurnMetrics[] = [];
  #endOfInputAt: number | undefined;
  #current:
    | {
        responseId: string;
        createdAt: number;
        endOfInputAt?: number;
        firstAudioAt?: number;
        playedAt?: number;
        toolMs: number;
      }
    | undefined;
  #toolMsBeforeResponse = 0;

  constructor(clock: () => number = () => Date.now()) {
    this.#clock = clock;
  }

  /** The user stopped speaking, or text/audio input was committed. */
  endOfInput(): void {
    this.#endOfInputAt = this.#clock();
  }

  responseCreated(responseId: string): void {
    this.#current = {
      responseId,
      createdAt: this.#clock(),
      endOfInputAt: this.#endOfInputAt,
      toolMs: this.#toolMsBeforeResponse,
    };
    this.#endOfInputAt = undefined;
    this.#toolMsBeforeResponse = 0;
  }

  firstAudio(): void {
    if (this.#current && this.#current.firstAudioAt === undefined) this.#current.firstAudioAt = this.#clock();
  }

  playbackStarted(): void {
    if (this.#current && this.#current.playedAt === undefined) this.#current.playedAt = this.#clock();
  }

  /** A tool ran for `durationMs`; counted in the turn that waits for it (the next one). */
  toolRan(durationMs: number): void {
    this.#toolMsBeforeResponse += durationMs;
  }

  /** Tool output sent: the next response is "caused" by it, so its input ended now. */
  toolOutputSent(): void {
    this.#endOfInputAt = this.#clock();
  }

  /** Closes the current turn and returns its figures. */
  responseDone(): RealtimeTurnMetrics | undefined {
    const turn = this.#current;
    if (!turn) return undefined;
    this.#current = undefined;
    const now = this.#clock();
    const metrics: RealtimeTurnMetrics = {
      responseId: turn.responseId,
      toolMs: turn.toolMs,
      responseDurationMs: now - turn.createdAt,
    };
    if (turn.endOfInputAt !== undefined) metrics.endOfInputToResponseMs = turn.createdAt - turn.endOfInputAt;
    if (turn.firstAudioAt !== undefined) {
      metrics.responseToFirstAudioMs = turn.firstAudioAt - turn.createdAt;
      if (turn.endOfInputAt !== undefined) metrics.endOfInputToFirstAudioMs = turn.firstAudioAt - turn.endOfInputAt;
      if (turn.playedAt !== undefined) metrics.firstAudioToPlayoutMs = turn.playedAt - turn.firstAudioAt;
    }
    this.#turns.push(metrics);
    return metrics;
  }

  /** All turns so far with p50/p95 of each figure. */
  summary(): RealtimeSessionMetrics {
    const turns = [...this.#turns];
    return {
      turns,
      endOfInputToResponseMs: summarise(turns, 'endOfInputToResponseMs'),
      responseToFirstAudioMs: summarise(turns, 'responseToFirstAudioMs'),
      endOfInputToFirstAudioMs: summarise(turns, 'endOfInputToFirstAudioMs'),
      firstAudioToPlayoutMs: summarise(turns, 'firstAudioToPlayoutMs'),
      toolMs: summarise(turns, 'toolMs'),
    };
  }
}
