/** Tone frequencies (Hz) of the low group; one is sounded per symbol. Well below 4 kHz so G.711 at 8 kHz keeps them. */
export const LOW_TONES = [500, 610, 720, 830, 940, 1050, 1160, 1270, 1380, 1490] as const;
/** Tone frequencies (Hz) of the high group; one is sounded per symbol. */
export const HIGH_TONES = [1700, 1810, 1920, 2030, 2140, 2250, 2360, 2470, 2580, 2690] as const;

/** First character code the modem carries (space). */
const FIRST_CODE = 32;
/** Last character code the modem carries (`~`). */
const LAST_CODE = 126;

/** Character sent for anything outside printable ASCII. */
export const REPLACEMENT_CHARACTER = '?';

/** Maps a character to its symbol number (0-94): printable ASCII only; line breaks become spaces. */
export function symbolOf(character: string): number {
  if (character === '\n' || character === '\r' || character === '\t') return 0;
  const code = character.codePointAt(0) ?? 0;
  if (code < FIRST_CODE || code > LAST_CODE) return REPLACEMENT_CHARACTER.charCodeAt(0) - FIRST_CODE;
  return code - FIRST_CODE;
}

/** Maps a symbol number back to its character, or `undefined` when no character has that number. */
export function characterOf(symbol: number): string | undefined {
  const code = symbol + FIRST_CODE;
  return code >= FIRST_CODE && code <= LAST_CODE ? String.fromCharCode(code) : undefined;
}

/** The pair of tones (low index, high index) that carries a symbol. */
export function tonesOf(symbol: number): [low: number, high: number] {
  return [symbol % LOW_TONES.length, Math.floor(symbol / LOW_TONES.length)];
}

/** The symbol carried by a pair of tone indexes. */
export function symbolFromTones(low: number, high: number): number {
  return high * LOW_TONES.length + low;
}
