import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDemo } from '../src/demo/run-demo';

const wavPath = join(tmpdir(), `parley-demo-test-${process.pid}.wav`);
afterEach(() => rmSync(wavPath, { force: true }));

describe('the demo call (smoke test)', () => {
  it('asks a tool question, interrupts once, hangs up, and prints the transcript and summary', async () => {
    const lines: string[] = [];
    const result = await runDemo({ speed: 4, write: (line) => lines.push(line), wavPath });
    const output = lines.join('\n');
    expect(output).toMatch(/caller\s+call get_weather \{"city":"Paris"\}/);
    expect(output).toMatch(/tool\s+get_weather\(\{"city":"Paris"\}\)/);
    expect(output).toMatch(/✂ barge-in: clear sent, item_\S+ truncated at \d+ ms/);
    expect(output).toMatch(/agent\s+Thanks, that is all\. Goodbye!/);
    expect(output).toMatch(/latency \(caller end-of-speech → first agent audio\)\s+p50 \d+ ms\s+p95 \d+ ms/);
    expect(output).toContain(wavPath);
    expect(result.toolCalls).toEqual(['get_weather']);
    expect(result.interruptions).toHaveLength(1);
    // The truncation point matches what the caller heard of the answer (70 ms per modem symbol).
    const [interruption] = result.interruptions;
    expect(Math.abs(interruption!.audioEndMs / 70 - interruption!.heard.length)).toBeLessThanOrEqual(2);
    expect(result.latenciesMs).toHaveLength(2);
    expect(existsSync(wavPath)).toBe(true);
  });
});
