/**
 * A person's gender as the copy states it when it reports them: "Hodge said she supported more
 * beds", "Szabo added that he would …". News copy uses the speaker's own pronoun right after "X
 * said"; given names and honorifics (name-kind.ts) say it for most people, this for those
 * whose given name compromise does not know ("Tamsin"). Read only after coreference, so a pronoun
 * never splits a person's mentions; a person whose reports disagree is left without one.
 */
import type { EntityCluster } from './coreference';
import { SPEECH_VERBS } from './lexicon';

/** Sets the gender of each person cluster that has none from "X said he/she …" (in place). */
export function genderFromReports(text: string, clusters: readonly EntityCluster[]): void {
  for (const cluster of clusters) {
    if (cluster.kind !== 'person' || cluster.mentions.some((m) => m.gender)) continue;
    const stated = new Set<'male' | 'female'>();
    for (const m of cluster.mentions) {
      if (m.possessive) continue;
      const report = /^\s+(\p{Ll}+)\s+(?:that\s+)?(he|she)\b/u.exec(text.slice(m.end, m.end + 40));
      const verb = report?.[1] ?? '';
      if (!report || !SPEECH_VERBS.has(verb)) continue;
      stated.add(report[2] === 'she' ? 'female' : 'male');
    }
    const first = cluster.mentions[0];
    if (stated.size === 1 && first) first.gender = [...stated][0] as 'male' | 'female';
  }
}
