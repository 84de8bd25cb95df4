import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser } from './bundle';

// The browser build must stay small and free of Node built-ins. The figure is part of the test
// name, so every test report shows it, and is written to test-artifacts/bundle-size.json.

const LIMIT_BYTES = 50 * 1024;
const entry = fileURLToPath(new URL('./pages/size-page.ts', import.meta.url));
const bundle = await bundleForBrowser(entry, { minify: true });
const gzipped = gzipSync(bundle, { level: 9 }).length;
const figure = `${(gzipped / 1024).toFixed(1)} KB`;

const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });
writeFileSync(
  `${artifacts}bundle-size.json`,
  `${JSON.stringify({ entry: 'RealtimeAgent + RealtimeSession + OpenAIRealtimeWebRTC', minifiedBytes: bundle.length, gzippedBytes: gzipped, limitBytes: LIMIT_BYTES }, null, 2)}\n`,
);

describe('browser bundle', () => {
  it(`a page with RealtimeAgent, RealtimeSession and OpenAIRealtimeWebRTC is ${figure} gzipped (limit 50 KB)`, () => {
    expect(gzipped).toBeLessThanOrEqual(LIMIT_BYTES);
  });

  it('uses no Node built-ins or Node-only packages', () => {
    expect(bundle).not.toMatch(/\bfrom\s*["'](node:|ws["'])/);
    expect(bundle).not.toMatch(/\brequire\(\s*["'](node:|ws["']|fs["']|crypto["'])/);
    expect(bundle).not.toContain('Buffer.from(');
  });
});
