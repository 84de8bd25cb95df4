import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Chromium flags for headless WebRTC with a WAV file as the microphone. */
function chromiumArgs(microphoneWav: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${microphoneWav}`,
    '--autoplay-policy=no-user-gesture-required',
    '--allow-loopback-in-peer-connection',
  ];
}

/**
 * Finds Debian's `chromium`. Throws when it is missing: these tests prove the browser path, so a
 * machine without a browser must fail them rather than skip them.
 */
export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new Error(
      'Chromium is required for the browser tests: install it with `apt-get install -y chromium` or set CHROMIUM_PATH',
    );
  }
}

/** Launches headless Chromium with `microphoneWav` as the fake microphone. */
export async function launchChromium(microphoneWav: string): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs(microphoneWav) });
}
