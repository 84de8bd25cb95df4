#!/usr/bin/env node
// Entry of the README's two commands (`npm run demo`, `npm test`). A fresh machine has only Node and
// npm, so this brings the pinned pnpm (from package.json's packageManager), installs the workspace,
// then runs the job. Telemetry and update notices stay off everywhere.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const { packageManager } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const pnpmVersion = packageManager.split('@')[1];
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
  NPM_CONFIG_UPDATE_NOTIFIER: 'false',
  COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
};

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, cwd: root });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function pnpmCommand() {
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
  if (found.status === 0 && found.stdout.trim() === pnpmVersion) return ['pnpm', []];
  return ['npx', ['--yes', `pnpm@${pnpmVersion}`]];
}

// The browser tests drive Debian's Chromium (no browser download); install it where we can.
function ensureChromium() {
  if (spawnSync('sh', ['-c', 'command -v chromium'], { env }).status === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { env }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      'The browser tests need Chromium on PATH: install the "chromium" package (e.g. apt-get install chromium).',
    );
    return;
  }
  console.log('Installing Chromium for the browser tests (Debian package "chromium")…');
  run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
}

const [pnpm, prefix] = pnpmCommand();
const pnpmRun = (...args) => run(pnpm, [...prefix, ...args]);

const job = process.argv[2];
const extra = process.argv.slice(3);
let status = pnpmRun('install', '--frozen-lockfile', '--reporter=append-only');
if (status !== 0) process.exit(status);

if (job === 'test') {
  ensureChromium();
  status = pnpmRun('exec', 'node', 'scripts/run-tests.mjs', ...extra);
} else if (job === 'demo') status = pnpmRun('run', '--filter', './examples/twilio-fastify', 'demo', ...extra);
else {
  console.error(`unknown job: ${job}`);
  status = 2;
}
process.exit(status);
