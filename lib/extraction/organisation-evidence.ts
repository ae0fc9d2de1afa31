/**
 * What the sentence says that makes a name an organisation's, when compromise does not know the
 * name ("Brightwater", "Kernow Living", "Memory Matters"): a common noun for an organisation
 * before it ("the charity Memory Matters", "The developer, Harbourside Living Ltd") or in an
 * appositive after it ("Brightwater, the Midwest’s third-largest grocery chain,"), "which" after
 * it (people are "who"), a spokesperson's voice ("a Treasury spokesperson said"), and, once the
 * people are known, speech by a name that is nobody's ("Brightwater said in a statement"). Kept
 * apart from the person evidence (name-evidence.ts): each names the other kind's mistakes.
 */
import { isParticiple, isRoleWord, ORG_NOUNS, SPEECH_VERBS, VENUE_NOUNS } from './lexicon';
import type { Mention } from './mention';
import { isRoleNoun } from './role-nouns';
import { gapBetween, isCapitalised, type Token } from './tokens';

const DETERMINERS = /^(?:the|a|an|its|their|his|her|our)$/i;

/** "company", "charity", "chain": a lower-case common noun for an organisation. */
export function isOrganisationNoun(word: string): boolean {
  return ORG_NOUNS.has(word);
}

function isOrgNoun(token: Token): boolean {
  return isOrganisationNoun(token.text);
}

/** "Penrose yard": the name stands before a lower-case noun, as its modifier. */
function modifiesNoun(text: string, last: Token, after: Token | undefined): boolean {
  if (!after || after.sentence !== last.sentence || !/^\s+$/.test(gapBetween(text, last, after))) return false;
  return after.text === after.text.toLowerCase() && after.tags.has('Noun') && !after.tags.has('Pronoun');
}

/** A determiner at `i` or up to `reach` lower-case modifiers before it. */
function determinedWithin(tokens: readonly Token[], i: number, reach: number): boolean {
  for (let k = i; k >= 0 && i - k < reach; k--) {
    const token = tokens[k] as Token;
    if (DETERMINERS.test(token.text)) return true;
    if (token.text !== token.text.toLowerCase() || token.tags.has('Verb')) return false;
  }
  return false;
}

/** Index of the token after "(CalMac), " right after the name at `last`, or -1. */
function shortFormAfter(text: string, tokens: readonly Token[], last: number): number {
  const name = tokens[last] as Token;
  const short = tokens[last + 1];
  const next = tokens[last + 2];
  if (!short || !next || !/^\s*\($/.test(gapBetween(text, name, short))) return -1;
  return /^\),\s*$/.test(gapBetween(text, short, next)) ? last + 2 : -1;
}

/** Whether the words around a mention say it names an organisation. */
export function organisationByContext(text: string, tokens: readonly Token[], mention: Mention): boolean {
  const first = tokens[mention.runFirst] as Token;
  const last = tokens[mention.last] as Token;
  const before = tokens[mention.runFirst - 1];
  const after = tokens[mention.last + 1];
  const sameSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === first.sentence;
  // "the charity Memory Matters", "grocery chain Brightwater".
  if (sameSentence(before) && /^\s+$/.test(gapBetween(text, before, first)) && isOrgNoun(before)) return true;
  // "The Kremlin on Tuesday rejected …", "the Pentagon said": a name compromise does not know, with
  // "the" before it and heading its phrase (not "the Penrose yard"), is an institution's.
  // (Not "the Diner on Main Street": a venue's common noun, capitalised, names no institution.)
  if (
    mention.kind === 'unknown' &&
    !(mention.words.length === 1 && VENUE_NOUNS.has((mention.words[0] as string).toLowerCase())) &&
    sameSentence(before) &&
    before.text.toLowerCase() === 'the' &&
    /^\s+$/.test(gapBetween(text, before, first)) &&
    !modifiesNoun(text, last, after)
  )
    return true;
  // "The developer, Harbourside Living Ltd, …", "an outside firm, Baker Tilly,": an appositive
  // after a determined organisation noun (its modifiers between).
  if (
    sameSentence(before) &&
    /^,\s*$/.test(gapBetween(text, before, first)) &&
    isOrgNoun(before) &&
    determinedWithin(tokens, mention.runFirst - 2, 3)
  )
    return true;
  // "chief UK economist at Morgan Stanley": a person works at an organisation, not at a person.
  const role = tokens[mention.runFirst - 2];
  if (
    sameSentence(before) &&
    before.text === 'at' &&
    role?.sentence === first.sentence &&
    /^\s+$/.test(gapBetween(text, role, before)) &&
    isRoleNoun(role)
  )
    return true;
  if (!sameSentence(after) || mention.possessive) return false;
  // "Caledonian MacBrayne (CalMac), which runs …": the short form in brackets is the name's own.
  const bracketed = shortFormAfter(text, tokens, mention.last);
  if (bracketed >= 0) {
    const which = tokens[bracketed];
    return sameSentence(which) && which.text.toLowerCase() === 'which';
  }
  const gap = gapBetween(text, last, after);
  // "Ambulance Victoria paramedics", "Morgan Stanley analysts": a full name does not qualify the
  // people of a trade; an organisation's name does.
  if (
    mention.words.length >= 2 &&
    /^\s+$/.test(gap) &&
    after.tags.has('Plural') &&
    after.text === after.text.toLowerCase()
  ) {
    const singular = after.text.replace(/ies$/, 'y').replace(/s$/, '');
    if (isRoleWord(singular)) return true;
  }
  // "Memory Matters, which part-funded the study": people are "who".
  if (/^,\s*$/.test(gap) && after.text.toLowerCase() === 'which') return true;
  // "Brightwater, the Midwest’s third-largest grocery chain, cut …": the appositive's head noun.
  if (/^,\s*$/.test(gap) && DETERMINERS.test(after.text)) {
    for (let i = mention.last + 2; i < mention.last + 8; i++) {
      const t = tokens[i];
      if (!sameSentence(t)) return false;
      const next = tokens[i + 1];
      const end = !next || next.sentence !== t.sentence || /[,;:—–.()]/.test(gapBetween(text, t, next));
      if (end || /^(?:of|in|at|for|on|that|which|who|with)$/i.test(next.text)) return isOrgNoun(t);
    }
    return false;
  }
  // "A Treasury spokesperson said": the voice of the name, with no person's name after it. (Not
  // "a senior Republican aide": an aide or an official speaks for no one but themselves.)
  return (
    mention.kind === 'unknown' &&
    /^\s+$/.test(gap) &&
    /^spokes(?:man|woman|person|people)$/.test(after.text) &&
    !isCapitalised(tokens[mention.last + 2]?.text ?? '')
  );
}

/**
 * "Brightwater said in a statement", "Its new owners, Kernow Living, said": a name of unknown kind
 * that speaks, and that no person of the article answers to (call after coreference), is an
 * organisation's; a surname or a given name speaking has already joined its person, and a surname
 * two people share ("Adeyemi said:" after Femi and Tunde Adeyemi) stays theirs, unresolved.
 */
export function speakingOrganisations(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  resolved: ReadonlySet<Mention>,
): void {
  const surnames = new Set(
    [...resolved].filter((r) => r.words.length > 1).map((r) => (r.words[r.words.length - 1] as string).toLowerCase()),
  );
  for (const m of mentions) {
    if (m.kind !== 'unknown' || m.weak || m.possessive || resolved.has(m)) continue;
    if (m.words.length === 1 && surnames.has((m.words[0] as string).toLowerCase())) continue;
    const verb = tokens[m.last + 1];
    if (!verb || verb.sentence !== m.sentence) continue;
    const lower = verb.text.toLowerCase();
    if (!SPEECH_VERBS.has(lower) || isParticiple(lower)) continue;
    const gap = gapBetween(text, tokens[m.last] as Token, verb);
    // Between commas, the name is an appositive to the subject ("Its new owners, Kernow Living, said").
    const before = tokens[m.runFirst - 1];
    const appositive =
      /^,\s*$/.test(gap) &&
      before?.sentence === m.sentence &&
      /,\s*$/.test(gapBetween(text, before, tokens[m.runFirst] as Token));
    if (/^\s+$/.test(gap) || appositive) m.kind = 'organisation';
  }
}
