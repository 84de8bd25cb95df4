// Independent audio helpers for tests: continuous-curve G.711 approximations and naive resampling,
// written apart from the emulator's own codec so a shared bug cannot hide.

/** μ-law round trip by the continuous companding curve, quantised to 8 bits. */
export function mulawRoundTrip(samples: Int16Array): Int16Array {
  const mu = 255;
  return samples.map((sample) => {
    const x = sample / 32768;
    const y = (Math.sign(x) * Math.log1p(mu * Math.abs(x))) / Math.log1p(mu);
    const q = Math.round(y * 127) / 127;
    return Math.round(Math.sign(q) * ((Math.pow(1 + mu, Math.abs(q)) - 1) / mu) * 32767);
  });
}

/** A-law round trip by the continuous companding curve, quantised to 8 bits. */
export function alawRoundTrip(samples: Int16Array): Int16Array {
  const a = 87.6;
  const k = 1 + Math.log(a);
  return samples.map((sample) => {
    const x = Math.abs(sample / 32768);
    const y = x < 1 / a ? (a * x) / k : (1 + Math.log(a * x)) / k;
    const q = Math.round(y * 127) / 127;
    const back = q < 1 / k ? (q * k) / a : Math.exp(q * k - 1) / a;
    return Math.round(Math.sign(sample) * back * 32767);
  });
}

/** 24 kHz → 8 kHz by averaging each group of three samples. */
export function downsample3(samples: Int16Array): Int16Array {
  const output = new Int16Array(Math.floor(samples.length / 3));
  for (let i = 0; i < output.length; i++) {
    output[i] = Math.round(((samples[3 * i] ?? 0) + (samples[3 * i + 1] ?? 0) + (samples[3 * i + 2] ?? 0)) / 3);
  }
  return output;
}

/** 8 kHz → 24 kHz by repeating each sample three times (zero-order hold). */
export function upsample3(samples: Int16Array): Int16Array {
  const output = new Int16Array(samples.length * 3);
  samples.forEach((sample, i) => output.fill(sample, 3 * i, 3 * i + 3));
  return output;
}

/** PCM16 little-endian bytes as base64. */
export function pcmToBase64(samples: Int16Array): string {
  return Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength).toString('base64');
}

/** base64 PCM16 little-endian bytes as samples. */
export function base64ToPcm(base64: string): Int16Array {
  const bytes = Buffer.from(base64, 'base64');
  const copy = new Uint8Array(bytes);
  return new Int16Array(copy.buffer, 0, Math.floor(copy.length / 2));
}
