/** Counts of one or more model requests. */
export interface UsageInit {
  requests?: number;
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
}

/** Token usage accumulated over a run. */
export class Usage {
  /** The number of model requests. */
  requests: number;
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;

  /** With no argument, all counts start at zero; with counts, `requests` defaults to 1. */
  constructor(init?: UsageInit) {
    this.requests = init ? (init.requests ?? 1) : 0;
    this.inputTokens = init?.inputTokens ?? 0;
    this.outputTokens = init?.outputTokens ?? 0;
    this.totalTokens = init?.totalTokens ?? this.inputTokens + this.outputTokens;
  }

  /** Adds another usage to this one, in place. */
  add(other: UsageInit): void {
    this.requests += other.requests ?? 0;
    this.inputTokens += other.inputTokens ?? 0;
    this.outputTokens += other.outputTokens ?? 0;
    this.totalTokens += other.totalTokens ?? 0;
  }

  toJSON(): Required<UsageInit> {
    return {
      requests: this.requests,
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
      totalTokens: this.totalTokens,
    };
  }
}
