#!/usr/bin/env node
// Packaging checks for the package in the current folder: publint, then are-the-types-wrong on
// the tarball that `pnpm pack` makes (so `workspace:` ranges are rewritten as they are on publish).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

let status = run('publint', ['--strict']);
const folder = mkdtempSync(join(tmpdir(), 'parley-pack-'));
try {
  if (status === 0) status = run('pnpm', ['pack', '--pack-destination', folder]);
  const tarball = readdirSync(folder).find((name) => name.endsWith('.tgz'));
  if (status === 0 && tarball)
    status = run('attw', [join(folder, tarball), '--profile', 'node16', ...process.argv.slice(2)]);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exit(status);
