import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { ReportRow } from '../harness/report';
import type { SdkUnderTest } from '../sdk/sdk-under-test';

const SECTION = 'Browser bundle (esbuild, platform browser, minified, ESM)';

// Resolve packages from this package's directory, where both SDKs are installed.
const resolveDir = fileURLToPath(new URL('..', import.meta.url));

/** Bytes of a minified browser bundle of a page that uses the three classes a browser voice app needs. */
export interface BundleSize {
  bytes: number;
  gzipBytes: number;
}

/** Bundles a page importing `RealtimeAgent`, `RealtimeSession` and `OpenAIRealtimeWebRTC` from `moduleName`. */
export async function bundleSize(moduleName: string): Promise<BundleSize> {
  const contents = [
    `import { RealtimeAgent, RealtimeSession, OpenAIRealtimeWebRTC } from '${moduleName}';`,
    // Using the classes keeps them (and what they need) from being shaken out.
    `const agent = new RealtimeAgent({ name: 'Assistant' });`,
    `globalThis.session = new RealtimeSession(agent, { transport: new OpenAIRealtimeWebRTC() });`,
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js', sourcefile: 'page.js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no output for ${moduleName}`);
  return { bytes: output.contents.byteLength, gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength };
}

async function sizeOrError(sdk: SdkUnderTest): Promise<BundleSize | Error> {
  try {
    return await bundleSize(sdk.browserModule);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Compares the size of the same browser page built against each SDK. */
export async function runBundleSizeSuite(ours: SdkUnderTest, reference: SdkUnderTest): Promise<ReportRow[]> {
  const oursSize = await sizeOrError(ours);
  if (oursSize instanceof Error) throw oursSize;
  const referenceSize = await sizeOrError(reference);
  const failed = referenceSize instanceof Error;
  const note = failed ? `reference failed to bundle: ${referenceSize.message.split('\n')[0]}` : undefined;
  const toKiB = (bytes: number) => bytes / 1024;
  return [
    {
      section: SECTION,
      name: 'minified',
      ours: toKiB(oursSize.bytes),
      reference: failed ? undefined : toKiB(referenceSize.bytes),
      unit: 'KiB',
      note,
    },
    {
      section: SECTION,
      name: 'minified + gzip -9',
      ours: toKiB(oursSize.gzipBytes),
      reference: failed ? undefined : toKiB(referenceSize.gzipBytes),
      unit: 'KiB',
      note,
    },
  ];
}
