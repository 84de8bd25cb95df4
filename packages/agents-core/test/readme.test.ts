import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';

describe('README', () => {
  it('shows the quick-start program exactly as tested here', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## The smallest program'));
    const block = section.split('```ts\n')[1]?.split('```')[0];
    const fixture = await readFile(new URL('./fixtures/readme-quickstart.ts', import.meta.url), 'utf8');
    expect(block).toBe(fixture);
  });

  it('runs the quick-start program offline and prints the answer', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await import('./fixtures/readme-quickstart');
      expect(log.mock.calls[0]).toEqual(['It is sunny in Oslo.']);
      expect(JSON.stringify(log.mock.calls[1])).toContain('The weather in Oslo is sunny.');
    } finally {
      log.mockRestore();
    }
  });
});
