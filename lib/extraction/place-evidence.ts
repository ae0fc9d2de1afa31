/**
 * Where a name is a place's: its shape ("Port Talbot", "Calder Bridge") and what the sentence says
 * around it ("in Santa Clara, Toronto and Brussels", ", of Fore Street", "34, from Plympton",
 * "Edison, N.J.").
 * Read by the kind of a name (name-kind.ts), by who may speak (person-clauses.ts) and by the
 * agreement of a name's kinds across the article (kind-agreement.ts).
 */

import type { Mention } from './mention';
import { isRoleNoun } from './role-nouns';
import { gapBetween, type Token } from './tokens';

export const PLACE_SUFFIXES = new Set(
  'palace square street avenue road river sea ocean island islands mountain mountains valley bay lake park bridge airport station province region county city district peninsula strait gulf coast desert'.split(
    ' ',
  ),
);

/** First words of places' names: "Port Talbot", "Fort Worth", "Lake Harmon", "St Albans". */
export const PLACE_PREFIXES = new Set(
  'port fort mount mt ft lake saint st ste san santa cape glen loch lough isle'.split(' '),
);

/** "Port Talbot", "Calder Bridge": a name whose first or last word says it is a place's. */
export function isPlaceShaped(words: readonly string[]): boolean {
  const first = (words[0] ?? '').toLowerCase();
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return words.length > 1 && (PLACE_PREFIXES.has(first) || PLACE_SUFFIXES.has(last));
}

/** The states as AP style abbreviates them after a town ("Edison, N.J.", "Duluth, Minn."). */
const AP_STATES =
  /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C)\.?$/;

/** Prepositions after which a name is a place unless something says it is a person. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'throughout', 'outside', 'inside']);
/**
 * "gathered in Santa Clara, Toronto and Brussels", "people in Churchill or Thompson": after "in",
 * and in a list of places, a place.
 */
export function placesByContext(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  mentions.forEach((m, i) => {
    const prev = mentions[i - 1];
    // "Edison, N.J., the daughter of …": a US state as AP style abbreviates it after a town, whatever
    // appositive follows it (the appositive is the sentence subject's).
    if (prev?.sentence === m.sentence && AP_STATES.test(m.name) && /^,\s*$/.test(text.slice(prev.end, m.start))) {
      m.kind = 'place';
      m.personEvidence = false;
      return;
    }
    if (m.personEvidence || m.possessive || m.kind === 'organisation') return;
    const before = tokens[m.runFirst - 1];
    const afterPreposition =
      before?.sentence === m.sentence &&
      PLACE_PREPOSITIONS.has(before.text.toLowerCase()) &&
      /^\s+$/.test(gapBetween(text, before, tokens[m.runFirst] as Token));
    // "Rachel Tamsin, of Devon and Cornwall Police,", "Holloway, of Fore Street": where someone is from.
    const origin =
      before?.sentence === m.sentence &&
      before.text.toLowerCase() === 'of' &&
      /,\s*$/.test(text.slice(Math.max(0, before.start - 2), before.start));
    // "Liam Price, 34, from Plympton, Devon,", "a sixth-form student from Lewisham": a hometown.
    const hometown =
      before?.sentence === m.sentence &&
      before.text.toLowerCase() === 'from' &&
      (/,\s*\d{1,3},\s*$/.test(text.slice(Math.max(0, before.start - 8), before.start)) ||
        isRoleNoun(tokens[m.runFirst - 2] ?? before));
    // "…, and Jada Forbes had 10": a list of places does not take in a full name compromise knows.
    const inPlaceList =
      !(m.kind === 'person' && m.words.length > 1) &&
      prev?.sentence === m.sentence &&
      prev.kind === 'place' &&
      /^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(text.slice(prev.end, m.start));
    if (afterPreposition || origin || hometown || inPlaceList) m.kind = 'place';
  });
}
