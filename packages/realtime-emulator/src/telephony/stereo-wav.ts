/**
 * Encodes two mono PCM16 tracks as one stereo 16-bit WAV file (left, right). The shorter track
 * is padded with silence.
 */
export function encodeStereoWav(left: Int16Array, right: Int16Array, sampleRate: number): Uint8Array {
  const frames = Math.max(left.length, right.length);
  const dataBytes = frames * 4;
  const buffer = new ArrayBuffer(44 + dataBytes);
  const view = new DataView(buffer);
  const ascii = (offset: number, text: string) => {
    for (let index = 0; index < text.length; index++) view.setUint8(offset + index, text.charCodeAt(index));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 2, true); // channels
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 4, true); // byte rate
  view.setUint16(32, 4, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let frame = 0; frame < frames; frame++) {
    view.setInt16(44 + frame * 4, left[frame] ?? 0, true);
    view.setInt16(46 + frame * 4, right[frame] ?? 0, true);
  }
  return new Uint8Array(buffer);
}

/** Reads back a stereo 16-bit WAV written by {@link encodeStereoWav}. */
export function decodeStereoWav(bytes: Uint8Array): { left: Int16Array; right: Int16Array; sampleRate: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sampleRate = view.getUint32(24, true);
  const frames = view.getUint32(40, true) / 4;
  const left = new Int16Array(frames);
  const right = new Int16Array(frames);
  for (let frame = 0; frame < frames; frame++) {
    left[frame] = view.getInt16(44 + frame * 4, true);
    right[frame] = view.getInt16(46 + frame * 4, true);
  }
  return { left, right, sampleRate };
}

/** Growable PCM16 track, appended 20 ms at a time. */
export class TrackRecorder {
  #chunks: Int16Array[] = [];
  #length = 0;

  append(samples: Int16Array): void {
    this.#chunks.push(samples);
    this.#length += samples.length;
  }

  get length(): number {
    return this.#length;
  }

  samples(): Int16Array {
    const output = new Int16Array(this.#length);
    let offset = 0;
    for (const chunk of this.#chunks) {
      output.set(chunk, offset);
      offset += chunk.length;
    }
    return output;
  }
}
