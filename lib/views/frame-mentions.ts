/**
 * The mentions of a page's same-origin frames (an embedded post, a `srcdoc` frame), kept beside the
 * top frame's so that the popup and side panel list a name the reader sees in a frame, and a jump
 * reaches it there. Each frame's engine reports as the top frame's does; the background keeps one
 * entry a frame (by the `frameId` the browser gives the sender), bounded so that frames cannot
 * outgrow the tab's state nor push the top frame's mentions out, whatever a frame sends
 * (docs/decisions/0025). Pure.
 */
import type { FrameMentions, MentionSummary, PageReport } from './tab-state';

/** Frames a tab keeps mentions of; a frame reporting after these is not listed (the first come stay). */
export const FRAME_LIMIT = 8;
/** Mentions listed with snippets per frame; its counts and first mentions still cover all of it. */
export const FRAME_MENTION_LIST_LIMIT = 50;
/** Longest mention text or snippet side kept from a frame (the bridge sends far shorter). */
const FRAME_TEXT_LIMIT = 200;

/**
 * What a frame's report adds to its tab: its mentions of entities `isKnown`, checked field by field
 * and capped; null when it names no one (its entry is then dropped).
 */
export function frameMentions(
  frameId: number,
  report: Pick<PageReport, 'mentions' | 'entityCounts' | 'firstMentions'>,
  isKnown: (entityId: string) => boolean,
): FrameMentions | null {
  // No prototype: an entity may be called "constructor" (ids are any lowercase words).
  const entityCounts: Record<string, number> = Object.create(null);
  const firstMentions: Record<string, number> = Object.create(null);
  let totalMentions = 0;
  for (const [entityId, count] of ownEntries(report.entityCounts)) {
    const first = ownValue(report.firstMentions, entityId);
    if (!isKnown(entityId) || !isCount(count) || !isIndex(first)) continue;
    entityCounts[entityId] = count;
    firstMentions[entityId] = first;
    totalMentions += count;
  }
  if (totalMentions === 0) return null;
  const mentions: MentionSummary[] = [];
  for (const m of Array.isArray(report.mentions) ? (report.mentions as unknown[]) : []) {
    if (mentions.length === FRAME_MENTION_LIST_LIMIT) break;
    const mention = listedMention(m, frameId);
    if (mention && Object.hasOwn(entityCounts, mention.entityId)) mentions.push(mention);
  }
  return { frameId, mentions, entityCounts, firstMentions, totalMentions };
}

/**
 * The tab's frames with `frameId`'s entry replaced by `entry` (removed when null), in frame order.
 * A frame not yet kept joins only while fewer than FRAME_LIMIT are.
 */
export function withFrame(
  frames: readonly FrameMentions[] | undefined,
  frameId: number,
  entry: FrameMentions | null,
): FrameMentions[] {
  const others = (frames ?? []).filter((f) => f.frameId !== frameId);
  const kept = others.length < (frames?.length ?? 0);
  const joins = entry !== null && (kept || others.length < FRAME_LIMIT);
  return (joins ? [...others, entry] : others).sort((a, b) => a.frameId - b.frameId);
}

function listedMention(value: unknown, frameId: number): MentionSummary | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (!isIndex(m.index) || typeof m.entityId !== 'string' || typeof m.text !== 'string') return null;
  return {
    index: m.index,
    entityId: m.entityId,
    text: m.text.slice(0, FRAME_TEXT_LIMIT),
    before: typeof m.before === 'string' ? m.before.slice(-FRAME_TEXT_LIMIT) : '',
    after: typeof m.after === 'string' ? m.after.slice(0, FRAME_TEXT_LIMIT) : '',
    frameId,
  };
}

function ownEntries(value: unknown): [string, unknown][] {
  return typeof value === 'object' && value !== null ? Object.entries(value) : [];
}

function ownValue(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** A count the page could hold: a positive whole number, not so large that sums lose precision. */
const isCount = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) > 0 && (value as number) <= 1e9;
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** The top frame's part of a tab whose frames reported first: being read, nothing found yet. */
export function topNotYetReported(url: string): PageReport {
  return {
    url,
    title: '',
    status: 'active',
    reading: true,
    mentions: [],
    entityCounts: {},
    firstMentions: {},
    totalMentions: 0,
  };
}
