import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { connect } from './helpers/client';
import { userText } from './helpers/events';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

describe('parley-emulator CLI', () => {
  it('starts on the given port, prints its URLs and the conversation, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const waitFor = async (pattern: RegExp) => {
      while (!pattern.test(output)) await new Promise((resolve) => setTimeout(resolve, 20));
      return pattern.exec(output);
    };
    try {
      const url = (await waitFor(/Realtime WebSocket: (ws:\/\/\S+)/))?.[1] ?? '';
      // Lines may arrive in separate chunks: wait for the second one too.
      await waitFor(/HTTP API base: +http:\/\/127\.0\.0\.1:\d+\/v1/);
      const client = await connect(url);
      client.send(userText('say printed'));
      client.send({ type: 'response.create' });
      await client.next('response.done');
      await waitFor(/assistant printed/);
      expect(output).toMatch(/\[conn_\d+\] user +say printed/);
      client.close();
      await waitFor(/closed/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 20_000);
});
