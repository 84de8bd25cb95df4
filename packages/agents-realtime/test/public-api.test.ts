import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as browserEntry from '../src/index';
import * as nodeEntry from '../src/index.node';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

/** Every name `src/index.ts` exports (values and types), from its `export { ... }` lists. */
function declaredNames(): string[] {
  const source = read('../src/index.ts');
  const names: string[] = [];
  for (const match of source.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)) {
    for (const entry of match[2]!.split(',')) {
      const name = entry.trim().replace(/^type\s+/, '');
      if (name) names.push(`${match[1] || entry.trim().startsWith('type ') ? 'type ' : ''}${name}`);
    }
  }
  return names.sort((a, b) => a.replace(/^type /, '').localeCompare(b.replace(/^type /, '')));
}

describe('public API', () => {
  it('matches the checked-in report (update public-api.txt when the API changes on purpose)', () => {
    const report = read('../public-api.txt').trim().split('\n');
    expect(declaredNames()).toEqual(report);
  });

  it('exports the same runtime values from the browser and Node entries', () => {
    expect(Object.keys(nodeEntry).sort()).toEqual(Object.keys(browserEntry).sort());
    const values = declaredNames().filter((name) => !name.startsWith('type '));
    expect(Object.keys(browserEntry).sort()).toEqual([...values].sort());
  });
});
