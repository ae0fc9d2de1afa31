import { describe, expect, it } from 'vitest';
import { notice } from '../../../lib/storage/notice';
import { describeStorageError } from '../../../lib/storage/storage-area';

describe('a failed storage call, told to the reader', () => {
  it('says storage is full when the browser speaks of its quota, in any case', () => {
    expect(describeStorageError(new Error('Resource::kQuotaBytes quota exceeded'))).toEqual(notice('storageFull'));
    expect(describeStorageError(new Error('QUOTA_BYTES exceeded'))).toEqual(notice('storageFull'));
    expect(describeStorageError('Quota reached')).toEqual(notice('storageFull'));
  });

  it('otherwise gives the browser’s own words', () => {
    expect(describeStorageError(new Error('IO error: disk gone'))).toEqual(
      notice('storageFailed', 'IO error: disk gone'),
    );
    expect(describeStorageError('no access')).toEqual(notice('storageFailed', 'no access'));
  });
});
