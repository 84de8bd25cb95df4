/**
 * Cuts a response transcript to what the user heard. The session knows how much audio the item
 * had when it was truncated and where the cut falls; it keeps the characters in proportion and
 * then drops a word that was only partly played, so the history never claims the user heard
 * a word they did not.
 */
export function cutTranscript(transcript: string, receivedMs: number, playedMs: number): string {
  if (receivedMs <= 0 || playedMs <= 0) return '';
  if (playedMs >= receivedMs) return transcript;
  const characters = [...transcript];
  const kept = Math.floor((characters.length * playedMs) / receivedMs);
  if (kept >= characters.length) return transcript;
  const prefix = characters.slice(0, kept).join('');
  // A cut inside a word (the next character is not a space) drops that partial word.
  if (characters[kept] !== ' ' && !prefix.endsWith(' ')) {
    const lastSpace = prefix.lastIndexOf(' ');
    return lastSpace < 0 ? '' : prefix.slice(0, lastSpace + 1).trimEnd();
  }
  return prefix.trimEnd();
}
