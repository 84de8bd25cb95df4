/** Drives a `<meter>` from a microphone stream's RMS level; returns a function that stops it. */
export function showInputLevel(stream: MediaStream, meter: HTMLMeterElement): () => void {
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let frame = 0;
  const tick = (): void => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const sample of samples) sum += sample * sample;
    // Speech RMS rarely passes 0.3; scale so a normal voice fills most of the bar.
    meter.value = Math.min(1, Math.sqrt(sum / samples.length) * 3);
    frame = requestAnimationFrame(tick);
  };
  tick();
  return () => {
    cancelAnimationFrame(frame);
    meter.value = 0;
    void context.close();
  };
}
