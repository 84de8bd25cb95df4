import { cpus, totalmem } from 'node:os';
import { renderTable, type ReportRow } from './harness/report';
import { parley } from './sdk/parley';
import { reference } from './sdk/reference';
import { runAudioCodecSuite } from './suites/audio-codec';
import { runParleyAudioSuite } from './suites/audio-parley-only';
import { runBundleSizeSuite } from './suites/bundle-size';
import { runSessionMemorySuite } from './suites/session-memory';
import { runSessionThroughputSuite } from './suites/session-throughput';

// `tsx src/run.ts [--only=audio,bundle,session,memory] [--quick]`
const SUITES = ['audio', 'bundle', 'session', 'memory'] as const;
type SuiteName = (typeof SUITES)[number];

function parseArguments(argv: readonly string[]): { only: Set<SuiteName>; quick: boolean } {
  const onlyArgument = argv.find((argument) => argument.startsWith('--only='));
  const requested = onlyArgument ? onlyArgument.slice('--only='.length).split(',') : [...SUITES];
  const unknown = requested.filter((name) => !(SUITES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown suite(s): ${unknown.join(', ')}; known: ${SUITES.join(', ')}`);
  return { only: new Set(requested as SuiteName[]), quick: argv.includes('--quick') };
}

async function main(): Promise<void> {
  const { only, quick } = parseArguments(process.argv.slice(2));
  const cpu = cpus();
  console.log(`# Parley benchmarks — ${new Date().toISOString()}`);
  console.log(
    `Node ${process.version}, ${process.platform}/${process.arch}, ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB`,
  );
  console.log(`Parley: ${parley.label} (built dist)   Reference: ${reference.label}`);
  console.log('Ratio = Parley / reference: below 1× means Parley is faster or smaller (except × realtime).\n');

  const rows: ReportRow[] = [];
  const started = performance.now();
  const step = async (name: SuiteName, run: () => ReportRow[] | Promise<ReportRow[]>) => {
    if (!only.has(name)) return;
    const suiteStart = performance.now();
    rows.push(...(await run()));
    console.log(`  ${name}: done in ${((performance.now() - suiteStart) / 1000).toFixed(1)} s`);
  };

  await step('audio', () => [...runAudioCodecSuite(parley, reference), ...runParleyAudioSuite()]);
  await step('bundle', () => runBundleSizeSuite(parley, reference));
  await step('session', () =>
    runSessionThroughputSuite(
      parley,
      reference,
      quick ? { textTurns: 50, audioTurns: 25, warmupTurns: 10, runs: 3 } : {},
    ),
  );
  await step('memory', () => runSessionMemorySuite(parley, reference, 1000, quick ? 3 : 5));

  console.log(`\n${renderTable(rows)}\n`);
  console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
