import { readFileSync } from 'node:fs';

/**
 * A dependency's version read from its installed package.json (the reference does not export
 * `./package.json`, so this reads the file beside this package's node_modules link).
 */
export function installedVersion(packageName: string): string {
  const url = new URL(`../../node_modules/${packageName}/package.json`, import.meta.url);
  const manifest = JSON.parse(readFileSync(url, 'utf8')) as { version?: string };
  return manifest.version ?? 'unknown';
}
