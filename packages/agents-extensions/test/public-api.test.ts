import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import * as extensions from '../src/index';

// The checked-in list of runtime exports: a change to the public API shows up as a diff of
// public-api.json in review. Regenerate it with PARLEY_UPDATE_API=1 when the change is intended.
describe('public API', () => {
  it('matches public-api.json', async () => {
    const actual = { index: Object.keys(extensions).sort() };
    const file = new URL('../public-api.json', import.meta.url);
    if (process.env.PARLEY_UPDATE_API === '1') {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(file, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(await readFile(file, 'utf8')));
  });
});
