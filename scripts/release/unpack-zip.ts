/** Unpacks a zip into a folder, as a reviewer unpacks the sources zip before rebuilding. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipEntries } from './zip-entries';

export function unpackZip(zip: Buffer, dir: string): void {
  const root = path.resolve(dir);
  for (const entry of zipEntries(zip)) {
    const target = path.resolve(root, entry.name);
    if (!target.startsWith(root + path.sep)) throw new Error(`zip entry outside its folder: ${entry.name}`);
    if (entry.name.endsWith('/')) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, entry.data);
  }
}
