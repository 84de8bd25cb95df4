/** Tokens for text: one per four characters, rounded up. */
export function textTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Tokens for audio: ten per second, rounded up. */
export function audioTokens(durationMs: number): number {
  return Math.ceil(durationMs / 100);
}

/** Realtime `usage` for a response. */
export function realtimeUsage(input: { text: number; audio: number }, output: { text: number; audio: number }) {
  const inputTokens = input.text + input.audio;
  const outputTokens = output.text + output.audio;
  return {
    total_tokens: inputTokens + outputTokens,
    input_tokens: inputTokens,
    output_tokens: outputTokens,
    input_token_details: {
      text_tokens: input.text,
      audio_tokens: input.audio,
      image_tokens: 0,
      cached_tokens: 0,
      cached_tokens_details: { text_tokens: 0, audio_tokens: 0, image_tokens: 0 },
    },
    output_token_details: { text_tokens: output.text, audio_tokens: output.audio },
  };
}
