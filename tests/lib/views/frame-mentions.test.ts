import { describe, expect, it } from 'vitest';
import {
  FRAME_LIMIT,
  FRAME_MENTION_LIST_LIMIT,
  frameMentions,
  topNotYetReported,
  withFrame,
} from '../../../lib/views/frame-mentions';
import {
  deriveTabState,
  type FrameMentions,
  mentionsInPageOrder,
  type PageReport,
  pageCounts,
  pageEntities,
  pageTotal,
} from '../../../lib/views/tab-state';
import { mention, report, seedCatalog } from '../../helpers/panel-test-stories';

const known = (id: string) => seedCatalog.entities.has(id);

/** A frame's entry as the background keeps it, from the frame's engine's mentions. */
function frame(frameId: number, mentions: ReturnType<typeof mention>[]): FrameMentions {
  const entry = frameMentions(frameId, report(mentions), known);
  if (!entry) throw new Error('a frame naming no one');
  return entry;
}

describe('frameMentions: what a frame’s report adds to its tab', () => {
  it('keeps the frame’s counts, first mentions and listed mentions, each marked with the frame', () => {
    const entry = frame(5, [mention(0, 'hakan-fidan', 'Hakan Fidan'), mention(1, 'hakan-fidan', 'Fidan')]);
    expect(entry.entityCounts).toEqual({ 'hakan-fidan': 2 });
    expect(entry.firstMentions).toEqual({ 'hakan-fidan': 0 });
    expect(entry.totalMentions).toBe(2);
    expect(entry.mentions.map((m) => [m.index, m.frameId])).toEqual([
      [0, 5],
      [1, 5],
    ]);
  });

  it('is nothing for a frame that names no one, so its entry is dropped', () => {
    expect(frameMentions(5, report([]), known)).toBeNull();
  });

  it('drops entities the catalog does not know, and their listed mentions', () => {
    const entry = frame(5, [mention(0, 'no-such-person', 'Nobody'), mention(1, 'hakan-fidan', 'Fidan')]);
    expect(Object.keys(entry.entityCounts)).toEqual(['hakan-fidan']);
    expect(entry.mentions.map((m) => m.entityId)).toEqual(['hakan-fidan']);
  });

  it('lists at most FRAME_MENTION_LIST_LIMIT mentions of a frame, and still counts them all', () => {
    const many = Array.from({ length: FRAME_MENTION_LIST_LIMIT + 30 }, (_, i) => mention(i, 'hakan-fidan', 'Fidan'));
    const entry = frame(5, many);
    expect(entry.mentions).toHaveLength(FRAME_MENTION_LIST_LIMIT);
    expect(entry.totalMentions).toBe(many.length);
  });

  it('survives a report of the wrong shape, keeping only what is well formed and cutting long text', () => {
    const hostile = {
      mentions: [
        null,
        7,
        { index: -1, entityId: 'hakan-fidan', text: 'x' },
        { index: 0, entityId: 'hakan-fidan', text: 'F'.repeat(5000), before: 3 },
      ],
      entityCounts: {
        'hakan-fidan': 1,
        'vladimir-medinsky': 2.5,
        'donald-trump': 1e300,
        'marco-rubio': -4,
        ['__proto__']: 3,
      },
      firstMentions: { 'hakan-fidan': 0, 'vladimir-medinsky': 0, 'donald-trump': 0, 'marco-rubio': 0 },
    } as unknown as PageReport;
    const entry = frameMentions(5, hostile, known);
    expect(entry?.entityCounts).toEqual({ 'hakan-fidan': 1 });
    expect(entry?.mentions).toHaveLength(1);
    expect(entry?.mentions[0]?.text.length).toBeLessThanOrEqual(200);
    expect(entry?.mentions[0]?.before).toBe('');
    expect(
      frameMentions(5, { mentions: 'no', entityCounts: null, firstMentions: 1 } as unknown as PageReport, known),
    ).toBeNull();
  });

  it('keeps the text around a listed mention, cut to its part nearest the name when long', () => {
    const around = (before: unknown, after: unknown) =>
      frameMentions(
        5,
        {
          mentions: [{ index: 0, entityId: 'hakan-fidan', text: 'Fidan', before, after }],
          entityCounts: { 'hakan-fidan': 1 },
          firstMentions: { 'hakan-fidan': 0 },
        } as unknown as PageReport,
        known,
      )?.mentions[0];
    expect(around('Minister ', ' said')).toMatchObject({ before: 'Minister ', after: ' said' });
    const long = around(`${'a'.repeat(300)}Minister `, ` said${'z'.repeat(300)}`);
    expect(long?.before).toBe(`${'a'.repeat(191)}Minister `);
    expect(long?.after).toBe(` said${'z'.repeat(195)}`);
    expect(around(undefined, 4)).toMatchObject({ before: '', after: '' });
  });

  it('drops an entity whose first mention is missing: there would be nowhere to jump', () => {
    const entry = frameMentions(
      5,
      { mentions: [], entityCounts: { 'hakan-fidan': 1, 'vladimir-medinsky': 1 }, firstMentions: { 'hakan-fidan': 3 } },
      known,
    );
    expect(entry?.entityCounts).toEqual({ 'hakan-fidan': 1 });
  });
});

describe('withFrame: the tab’s frames, bounded', () => {
  it('replaces a frame’s entry when it reports again, and keeps frames in frame order', () => {
    const first = withFrame(undefined, 9, frame(9, [mention(0, 'hakan-fidan', 'Fidan')]));
    const both = withFrame(first, 4, frame(4, [mention(0, 'vladimir-medinsky', 'Medinsky')]));
    expect(both.map((f) => f.frameId)).toEqual([4, 9]);
    const again = withFrame(
      both,
      9,
      frame(9, [mention(0, 'hakan-fidan', 'Fidan'), mention(1, 'hakan-fidan', 'Fidan')]),
    );
    expect(again.map((f) => [f.frameId, f.totalMentions])).toEqual([
      [4, 1],
      [9, 2],
    ]);
  });

  it('removes a frame that is gone or names no one any more', () => {
    const both = withFrame(
      withFrame(undefined, 4, frame(4, [mention(0, 'hakan-fidan', 'Fidan')])),
      9,
      frame(9, [mention(0, 'hakan-fidan', 'Fidan')]),
    );
    expect(withFrame(both, 4, null).map((f) => f.frameId)).toEqual([9]);
  });

  it('keeps at most FRAME_LIMIT frames: the first to report stay, and each of them may still report', () => {
    let frames: FrameMentions[] = [];
    for (let id = 1; id <= FRAME_LIMIT + 5; id++)
      frames = withFrame(frames, id, frame(id, [mention(0, 'hakan-fidan', 'Fidan')]));
    expect(frames.map((f) => f.frameId)).toEqual(Array.from({ length: FRAME_LIMIT }, (_, i) => i + 1));
    const updated = withFrame(frames, FRAME_LIMIT, frame(FRAME_LIMIT, [mention(0, 'vladimir-medinsky', 'Medinsky')]));
    expect(updated.at(-1)?.entityCounts).toEqual({ 'vladimir-medinsky': 1 });
  });
});

describe('a tab state with frames', () => {
  const top = report([mention(0, 'vladimir-medinsky', 'Medinsky'), mention(1, 'hakan-fidan', 'Fidan')]);
  const frames = [frame(3, [mention(0, 'hakan-fidan', 'Hakan Fidan'), mention(1, 'marco-rubio', 'Rubio')])];
  const state = deriveTabState(7, top, seedCatalog, 0, undefined, frames);

  it('counts the frames’ mentions as the page’s, per entity and in total', () => {
    expect(pageCounts(state)).toEqual({ 'vladimir-medinsky': 1, 'hakan-fidan': 2, 'marco-rubio': 1 });
    expect(pageTotal(state)).toBe(4);
    expect(state.storyCounts).toEqual({ 'istanbul-talks-2025': 4 });
  });

  it('jumps to an entity’s first mention in the top frame if it has one there, else in its frame', () => {
    const entities = pageEntities(state, seedCatalog, undefined, 'en');
    const where = (id: string) => {
      const entity = entities.find((e) => e.entityId === id);
      return [entity?.firstMentionIndex, entity?.firstMentionFrame];
    };
    expect(where('hakan-fidan')).toEqual([1, undefined]);
    expect(where('marco-rubio')).toEqual([1, 3]);
  });

  it('lists the top frame’s mentions first, then each frame’s, never mixing their indices', () => {
    expect(mentionsInPageOrder(state).map((m) => [m.frameId, m.index])).toEqual([
      [undefined, 0],
      [undefined, 1],
      [3, 0],
      [3, 1],
    ]);
  });

  it('is about the story its frames name before the top frame has reported', () => {
    const early = deriveTabState(7, topNotYetReported(top.url), seedCatalog, 0, undefined, frames);
    expect(early.reading).toBe(true);
    expect(early.primaryStoryId).toBe('istanbul-talks-2025');
    expect(early.totalMentions).toBe(0);
  });

  it('keeps the frames when the top frame reports again, and drops none of the top frame’s for them', () => {
    const again = deriveTabState(7, state, seedCatalog, 1, undefined, state.frames);
    expect(again.frames).toEqual(state.frames);
    expect(again.mentions).toEqual(state.mentions);
  });
});
