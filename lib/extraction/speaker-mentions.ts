/**
 * The names a quote's speaker is looked for among, in every language the extractor reads: each
 * resolved person's and organisation's mention with its entity id and gender, and the people's
 * names left unresolved (a shared surname), which still stand between a quote and a pronoun.
 */
import type { EntityCluster } from './coreference';
import type { Mention } from './mention';
import type { SpeakerMention } from './quote-attribution';

export interface SpeakerMentionRules {
  /** Whether a name's possessive counts ("Reeves's": English marks it; the rule tables do not). */
  possessives: boolean;
  /** Whether an unresolved person's name stands as a speaker. */
  unresolvedCounts: (mention: Mention) => boolean;
}

export function speakerMentions(
  clusters: readonly EntityCluster[],
  ids: ReadonlyMap<EntityCluster, string>,
  mentions: readonly Mention[],
  rules: SpeakerMentionRules,
): SpeakerMention[] {
  const speakers: SpeakerMention[] = [];
  const resolved = new Set<Mention>();
  const possessive = (m: Mention) => rules.possessives && m.possessive;
  for (const cluster of clusters) {
    if (cluster.kind === 'place') continue;
    const gender = cluster.mentions.find((m) => m.gender)?.gender;
    for (const m of cluster.mentions) {
      resolved.add(m);
      const speaker: SpeakerMention = {
        start: m.start,
        end: m.end,
        entity: ids.get(cluster),
        kind: cluster.kind,
        possessive: possessive(m),
      };
      if (gender) speaker.gender = gender;
      speakers.push(speaker);
    }
  }
  for (const m of mentions) {
    if (!resolved.has(m) && m.kind === 'person' && rules.unresolvedCounts(m))
      speakers.push({ start: m.start, end: m.end, kind: 'person', possessive: possessive(m) });
  }
  return speakers;
}
