import { describe, expect, it } from 'vitest';
import type { EntityCluster } from '../../../lib/extraction/coreference';
import { type SpeakerMentionRules, speakerMentions } from '../../../lib/extraction/speaker-mentions';
import { mentionAt } from '../../helpers/mention';

const english: SpeakerMentionRules = { possessives: true, unresolvedCounts: () => true };

describe('the names a speaker is looked for among', () => {
  it('gives each mention of a person or an organisation its entity, kind and the cluster’s gender', () => {
    const reeves = [mentionAt('Mr Reeves', 0, { gender: 'male' }), mentionAt('Reeves', 40)];
    const council = [mentionAt('Leeds Council', 20, { kind: 'organisation' })];
    const clusters: EntityCluster[] = [
      { kind: 'person', name: 'Mr Reeves', mentions: reeves },
      { kind: 'organisation', name: 'Leeds Council', mentions: council },
    ];
    const ids = new Map([
      [clusters[0] as EntityCluster, 'reeves'],
      [clusters[1] as EntityCluster, 'leeds-council'],
    ]);
    expect(speakerMentions(clusters, ids, [...reeves, ...council], english)).toStrictEqual([
      { start: 0, end: 9, entity: 'reeves', kind: 'person', possessive: false, gender: 'male' },
      { start: 40, end: 46, entity: 'reeves', kind: 'person', possessive: false, gender: 'male' },
      { start: 20, end: 33, entity: 'leeds-council', kind: 'organisation', possessive: false },
    ]);
  });

  it('leaves places out', () => {
    const leeds = [mentionAt('Leeds', 0, { kind: 'place' })];
    const clusters: EntityCluster[] = [{ kind: 'place', name: 'Leeds', mentions: leeds }];
    expect(speakerMentions(clusters, new Map([[clusters[0] as EntityCluster, 'leeds']]), leeds, english)).toEqual([]);
  });

  it('marks a possessive only where the language’s rules count possessives', () => {
    const reeves = [mentionAt('Reeves', 0, { possessive: true })];
    const clusters: EntityCluster[] = [{ kind: 'person', name: 'Reeves', mentions: reeves }];
    const ids = new Map([[clusters[0] as EntityCluster, 'reeves']]);
    expect(speakerMentions(clusters, ids, reeves, english)[0]?.possessive).toBe(true);
    expect(speakerMentions(clusters, ids, reeves, { ...english, possessives: false })[0]?.possessive).toBe(false);
  });

  it('adds an unresolved person’s name without an entity, when the rules count it', () => {
    const lone = mentionAt('Berg', 10, { possessive: true });
    const place = mentionAt('Oslo', 20, { kind: 'place' });
    const unknown = mentionAt('Fjord', 30, { kind: 'unknown' });
    expect(speakerMentions([], new Map(), [lone, place, unknown], english)).toEqual([
      { start: 10, end: 14, kind: 'person', possessive: true },
    ]);
    expect(speakerMentions([], new Map(), [lone], { ...english, possessives: false })).toEqual([
      { start: 10, end: 14, kind: 'person', possessive: false },
    ]);
    expect(speakerMentions([], new Map(), [lone], { ...english, unresolvedCounts: () => false })).toEqual([]);
  });

  it('does not add a resolved mention twice', () => {
    const reeves = [mentionAt('Reeves', 0)];
    const clusters: EntityCluster[] = [{ kind: 'person', name: 'Reeves', mentions: reeves }];
    const ids = new Map([[clusters[0] as EntityCluster, 'reeves']]);
    expect(speakerMentions(clusters, ids, reeves, english)).toHaveLength(1);
  });
});
