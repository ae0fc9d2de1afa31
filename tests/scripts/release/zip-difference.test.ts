// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { zipDifference } from '../../../scripts/release/zip-difference';
import { zipEntries } from '../../../scripts/release/zip-entries';
import { makeZip } from '../../helpers/zip-writer';

const manifest = { name: 'manifest.json', content: '{"version":"0.1.1"}' };
const content = { name: 'content-scripts/content.js', content: 'scan();', deflate: true };

describe('zipEntries', () => {
  it('reads stored and deflated entries with their names, in order', () => {
    const entries = zipEntries(makeZip([manifest, content]));
    expect(entries.map((entry) => [entry.name, entry.data.toString()])).toEqual([
      ['manifest.json', '{"version":"0.1.1"}'],
      ['content-scripts/content.js', 'scan();'],
    ]);
  });

  it('says so when the file is no zip', () => {
    expect(() => zipEntries(Buffer.from('not a zip at all, just some text here'))).toThrow(/not a zip/);
  });
});

describe('zipDifference', () => {
  it('finds none between two byte-identical packages', () => {
    expect(zipDifference(makeZip([manifest, content]), makeZip([manifest, content]))).toBeUndefined();
  });

  it('names the entry whose time differs (a build that stamps the clock)', () => {
    const later = { ...manifest, time: 0x6000, date: 0x5986 };
    expect(zipDifference(makeZip([manifest, content]), makeZip([later, content]))).toBe(
      'manifest.json has a different header (time, compression or attributes)',
    );
  });

  it('names the entry whose content differs', () => {
    const other = { ...content, content: 'scan(); // built elsewhere' };
    expect(zipDifference(makeZip([manifest, content]), makeZip([manifest, other]))).toBe(
      'content-scripts/content.js has different content',
    );
  });

  it('tells the same files in another order from different files', () => {
    expect(zipDifference(makeZip([manifest, content]), makeZip([content, manifest]))).toBe(
      'the same files in another order, from manifest.json',
    );
    expect(zipDifference(makeZip([manifest]), makeZip([manifest, content]))).toBe(
      'different files: only in the first none; only in the second content-scripts/content.js',
    );
  });
});
