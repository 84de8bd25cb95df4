import { describe, expect, it } from 'vitest';
import { arrayBufferToBase64, base64ToArrayBuffer } from './base64';

describe('base64', () => {
  it('round-trips every byte value and matches the standard encoding', () => {
    const bytes = new Uint8Array(256).map((_, index) => index);
    const encoded = arrayBufferToBase64(bytes.buffer);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(new Uint8Array(base64ToArrayBuffer(encoded))).toEqual(bytes);
  });

  it('handles buffers larger than one chunk and typed-array views', () => {
    const big = new Uint8Array(100_000).map((_, index) => (index * 7) & 0xff);
    const view = big.subarray(10, 90_010);
    expect(new Uint8Array(base64ToArrayBuffer(arrayBufferToBase64(view)))).toEqual(view);
  });
});
