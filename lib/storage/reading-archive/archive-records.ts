/**
 * Records read back from the archive's database are checked before use: a record another version
 * wrote, or one damaged on disk, is skipped (undefined here), never trusted and never fatal.
 * Mention and identity rows are read by the hundred for one card, so their check is a few `typeof`s;
 * an article's story gets the full schema, as a pack would.
 */
import * as v from 'valibot';
import { EntityTypeSchema, StorySchema } from '../../../data/schema';
import type { ArticleRecord, IdentityRecord, MentionRecord } from './archive-schema';

const ArticleRecordSchema = v.object({
  url: v.string(),
  site: v.string(),
  readAt: v.number(),
  bytes: v.number(),
  story: StorySchema,
});

const TYPES: ReadonlySet<unknown> = new Set(EntityTypeSchema.options);

export function readArticleRecord(raw: unknown): ArticleRecord | undefined {
  const parsed = v.safeParse(ArticleRecordSchema, raw);
  return parsed.success ? parsed.output : undefined;
}

export function readMentionRecord(raw: unknown): MentionRecord | undefined {
  if (!isObject(raw)) return undefined;
  const { identity, url, readAt, order, entityIds, name, type, role, article } = raw;
  if (typeof identity !== 'string' || typeof url !== 'string' || typeof readAt !== 'number') return undefined;
  if (order !== -readAt) return undefined;
  if (!Array.isArray(entityIds) || !entityIds.every((id) => typeof id === 'string')) return undefined;
  if (typeof name !== 'string' || !TYPES.has(type)) return undefined;
  if (role !== undefined && !(isObject(role) && typeof role.text === 'string' && typeof role.sentence === 'string'))
    return undefined;
  if (!isObject(article)) return undefined;
  const { headline, outlet, date } = article;
  if (typeof headline !== 'string' || typeof outlet !== 'string' || typeof date !== 'string') return undefined;
  return raw as unknown as MentionRecord;
}

export function readIdentityRecord(raw: unknown): IdentityRecord | undefined {
  if (!isObject(raw)) return undefined;
  const { key, kind, type, name, keys, full, surnames, words, lastReadAt, articleCount } = raw;
  if (typeof key !== 'string' || (kind !== 'person' && kind !== 'other') || !TYPES.has(type)) return undefined;
  if (typeof name !== 'string' || typeof lastReadAt !== 'number' || typeof articleCount !== 'number') return undefined;
  if (![keys, full, surnames, words].every(isStringArray)) return undefined;
  return raw as unknown as IdentityRecord;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
