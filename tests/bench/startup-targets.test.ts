import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { contentScriptSize } from '../../bench/startup-targets';

describe('the size of what every page loads', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is content.js and the frame gate together, each gzipped as the browser reads it', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'backstory-size-'));
    mkdirSync(path.join(dir, 'content-scripts'));
    const content = 'scan();'.repeat(200);
    const gate = 'if (top !== self) gate();';
    writeFileSync(path.join(dir, 'content-scripts', 'content.js'), content);
    writeFileSync(path.join(dir, 'frame-gate.js'), gate);
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    const size = contentScriptSize(dir);
    expect(size.bytes).toBe(content.length + gate.length);
    expect(size.gzipBytes).toBe(gz(content) + gz(gate));
    expect(size.scripts.map((s) => s.file)).toEqual(['content-scripts/content.js', 'frame-gate.js']);
  });
});
