import type { GuardrailFunctionOutput } from '@parley/agents-core';
import type { RealtimeOutputGuardrail, RealtimeOutputGuardrailSettings } from '../agent/realtime-guardrail';

/** Default number of characters between guardrail runs. */
export const DEFAULT_DEBOUNCE_TEXT_LENGTH = 100;

/** A tripped guardrail and the text it judged. */
export interface GuardrailTrip {
  itemId: string;
  responseId: string;
  guardrail: RealtimeOutputGuardrail<any>;
  output: GuardrailFunctionOutput;
  text: string;
}

/**
 * Runs output guardrails on a response's transcript as it streams: every `debounceTextLength`
 * characters and once at the end. After a trip the item is not checked again.
 */
export class OutputGuardrailRunner {
  #guardrails: RealtimeOutputGuardrail<any>[];
  #debounce: number;
  #run: (guardrail: RealtimeOutputGuardrail<any>, text: string) => Promise<GuardrailFunctionOutput>;
  #texts = new Map<string, { text: string; checkedAt: number; responseId: string }>();
  #tripped = new Set<string>();

  constructor(
    guardrails: RealtimeOutputGuardrail<any>[],
    settings: RealtimeOutputGuardrailSettings,
    run: (guardrail: RealtimeOutputGuardrail<any>, text: string) => Promise<GuardrailFunctionOutput>,
  ) {
    this.#guardrails = guardrails;
    this.#debounce = settings.debounceTextLength ?? DEFAULT_DEBOUNCE_TEXT_LENGTH;
    this.#run = run;
  }

  get enabled(): boolean {
    return this.#guardrails.length > 0;
  }

  /** Adds transcript text; resolves with a trip when a check ran and one guardrail tripped. */
  async onDelta(itemId: string, responseId: string, delta: string): Promise<GuardrailTrip | undefined> {
    if (!this.enabled || this.#tripped.has(itemId)) return undefined;
    const entry = this.#texts.get(itemId) ?? { text: '', checkedAt: 0, responseId };
    entry.text += delta;
    this.#texts.set(itemId, entry);
    if (this.#debounce < 0 || entry.text.length - entry.checkedAt < this.#debounce) return undefined;
    entry.checkedAt = entry.text.length;
    return this.#check(itemId, responseId, entry.text);
  }

  /** The item's text is final: runs the closing check. */
  async onDone(itemId: string, responseId: string, finalText?: string): Promise<GuardrailTrip | undefined> {
    if (!this.enabled || this.#tripped.has(itemId)) return undefined;
    const entry = this.#texts.get(itemId);
    const text = finalText ?? entry?.text ?? '';
    this.#texts.delete(itemId);
    if (!text || (entry && entry.checkedAt === text.length && text === entry.text)) return undefined;
    return this.#check(itemId, responseId, text);
  }

  async #check(itemId: string, responseId: string, text: string): Promise<GuardrailTrip | undefined> {
    const outputs = await Promise.all(
      this.#guardrails.map(async (guardrail) => ({ guardrail, output: await this.#run(guardrail, text) })),
    );
    const trip = outputs.find((entry) => entry.output.tripwireTriggered);
    if (!trip || this.#tripped.has(itemId)) return undefined;
    this.#tripped.add(itemId);
    return { itemId, responseId, guardrail: trip.guardrail, output: trip.output, text };
  }
}
