const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Makes ids of the hosted service's observed shape: a prefix, an underscore, then random
 * letters and digits (`event_…`, `item_…`, `resp_…`, `sess_…`, `call_…`).
 */
export function createId(prefix: string, length = 21): string {
  let suffix = '';
  const random = crypto.getRandomValues(new Uint8Array(length));
  for (const byte of random) suffix += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${suffix}`;
}
