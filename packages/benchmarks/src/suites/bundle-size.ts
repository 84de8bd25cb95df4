import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { ReportRow } from '../harness/report';
import type { SdkUnderTest } from '../sdk/sdk-under-test';

const SECTION = 'Browser bundle (esbuild, platform browser, minified, ESM)';

// Resolve packages from this package's directory, where both SDKs are installed.
const resolveDir = fileURLToPath(new URL('..', import.meta.url));
// Input paths in the metafile are relative to the repository root, so workspace packages read `packages/NAME/`.
const repositoryRoot = fileURLToPath(new URL('../../../..', import.meta.url));

/** Bytes of a minified browser bundle of a page that uses the three classes a browser voice app needs. */
export interface BundleSize {
  bytes: number;
  gzipBytes: number;
  /** Minified bytes contributed by each npm package (the page itself is `<page>`), largest first. */
  byPackage: Array<[name: string, bytes: number]>;
}

// `node_modules/.pnpm/x@1/node_modules/@scope/name/...` or a workspace path → the package name.
const PACKAGE_PATH = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/;

function packageOf(inputPath: string): string {
  const match = PACKAGE_PATH.exec(inputPath);
  if (match) return match[1]!;
  const workspace = /^packages\/([^/]+)\//.exec(inputPath);
  // The page itself is read from stdin with this package as its directory.
  return workspace && workspace[1] !== 'benchmarks' ? `@parley/${workspace[1]}` : '<page>';
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
    metafile: true,
    absWorkingDir: repositoryRoot,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no output for ${moduleName}`);
  const byPackage = new Map<string, number>();
  for (const meta of Object.values(result.metafile.outputs)) {
    for (const [inputPath, input] of Object.entries(meta.inputs)) {
      const name = packageOf(inputPath);
      byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  return {
    bytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    byPackage: [...byPackage].sort((left, right) => right[1] - left[1]),
  };
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
  const composition = (size: BundleSize) =>
    size.byPackage.map(([name, bytes]) => `${name} ${toKiB(bytes).toFixed(1)}`).join(', ');
  // Printed beside the table: where the bytes come from explains the ratio.
  console.log(`  bundle composition (KiB): Parley: ${composition(oursSize)}`);
  if (!failed) console.log(`  bundle composition (KiB): reference: ${composition(referenceSize)}`);
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
