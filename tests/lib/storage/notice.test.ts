import { describe, expect, it } from 'vitest';
import {
  COUNTED_NOTICE_PARAMS,
  countedNotice,
  errorText,
  NOTICE_PARAMS,
  notice,
  sameNotice,
} from '../../../lib/storage/notice';

describe('notices', () => {
  it('carries a key and its parameters, and no parameters when there are none', () => {
    expect(notice('packEmpty')).toEqual({ key: 'packEmpty' });
    expect(notice('packMissing', 'my-pack')).toEqual({ key: 'packMissing', params: ['my-pack'] });
    expect(countedNotice('correctionsDamaged', 2)).toEqual({ key: 'correctionsDamaged', count: 2 });
    expect(countedNotice('archiveTooMany', 3, 2)).toEqual({ key: 'archiveTooMany', count: 3, params: [2] });
  });

  it('survives being sent between the extension’s pages as JSON', () => {
    const said = notice('packUnreadable', 'my-pack', notice('packNotObject'));
    expect(JSON.parse(JSON.stringify(said))).toEqual(said);
    expect(sameNotice(JSON.parse(JSON.stringify(said)), said)).toBe(true);
    expect(sameNotice(notice('packMissing', 'a'), notice('packMissing', 'b'))).toBe(false);
  });

  it('keeps an error’s own words', () => {
    expect(errorText(new Error('QuotaExceededError'))).toBe('QuotaExceededError');
    expect(errorText('plain')).toBe('plain');
  });

  it('declares each key once, counted or not', () => {
    const both = Object.keys(NOTICE_PARAMS).filter((key) => Object.hasOwn(COUNTED_NOTICE_PARAMS, key));
    expect(both).toEqual([]);
  });
});
