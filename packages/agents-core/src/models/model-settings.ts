/** Which tool the model should call. A string other than the keywords names a tool. */
export type ModelSettingsToolChoice = 'auto' | 'required' | 'none' | (string & {});

/** Tuning parameters passed to the model. Every field is optional; unset fields are not sent. */
export interface ModelSettings {
  temperature?: number;
  topP?: number;
  frequencyPenalty?: number;
  presencePenalty?: number;
  toolChoice?: ModelSettingsToolChoice;
  parallelToolCalls?: boolean;
  truncation?: 'auto' | 'disabled';
  maxTokens?: number;
  /** Whether the provider stores the response (needed for `previousResponseId`). */
  store?: boolean;
  reasoning?: {
    effort?: 'minimal' | 'low' | 'medium' | 'high' | null;
    summary?: 'auto' | 'concise' | 'detailed' | null;
  };
  text?: { verbosity?: 'low' | 'medium' | 'high' | null };
  /** Extra fields merged into the request body as they are. */
  providerData?: Record<string, unknown>;
}

/** Merges settings: later values win, `undefined` does not override. */
export function mergeModelSettings(...settings: Array<ModelSettings | undefined>): ModelSettings {
  const merged: Record<string, unknown> = {};
  for (const entry of settings) {
    if (!entry) continue;
    for (const [key, value] of Object.entries(entry)) if (value !== undefined) merged[key] = value;
  }
  return merged as ModelSettings;
}
