/**
 * Name mentions for a language read by rule table: runs of name words (a particle inside a name
 * allowed: "Bertrand de La Roche-Vidal", "Lucas van der Berg", "Faisal ibn Hamad al-Khatib"), cut
 * down to the name after its titles and honorifics ("Bundeskanzler Friedrich Albers",
 * "Personalvorständin Dr. Miriam Hallstein", "M. Daubigny"), and sorted by the evidence the
 * sentence states. A run is a person only on evidence: an honorific, a title or role word before
 * it, a role appositive beside it (roles.ts's shapes), a particle, a known given name, or a
 * speech verb beside it. German capitalises every noun, so a capitalised word alone proves
 * nothing there, and a sentence's opening word (French or German) is dropped when the table
 * knows it as a function word.
 */
import type { Mention } from '../mention';
import { givenName } from './given-names';
import type { RuleMention } from './rule-mention';
import type { Gender, LanguageRules } from './rule-table';
import { appositiveAfter, appositiveBefore } from './stated-roles';
import { isNameWord, type Word } from './words';

export type { RuleMention } from './rule-mention';

/**
 * Particles that mark a person's name by themselves (Arabic patronymics). "von", "de", "van" also
 * join nouns and places ("Angaben von Teilnehmern", "Banque de France").
 */
const STRONG_PARTICLES = new Set(['ibn', 'bin']);

/** Particles that only continue a particle ("van der Berg", "de la Vergne"), never open one. */
const CONTINUING_PARTICLES = new Set(['der', 'den', 'des', 'la', 'le']);

/** The name mentions of the article, in reading order. */
export function findRuleMentions(text: string, words: readonly Word[], rules: LanguageRules): RuleMention[] {
  const mentions: RuleMention[] = [];
  let i = 0;
  while (i < words.length) {
    const run = runAt(text, words, i, rules);
    if (run.length === 0) {
      i++;
      continue;
    }
    const mention = mentionOf(text, words, [...run], rules);
    if (mention) mentions.push(mention);
    i = (run[run.length - 1] as number) + 1;
  }
  return mentions;
}

function lower(words: readonly Word[], i: number | undefined): string {
  return (words[i ?? -1]?.text ?? '').toLowerCase();
}

function joined(text: string, words: readonly Word[], a: number, rules: LanguageRules): boolean {
  const x = words[a];
  const y = words[a + 1];
  if (!x || !y || x.sentence !== y.sentence) return false;
  const gap = text.slice(x.end, y.start);
  if (/^[ \u00a0]$/.test(gap)) return true;
  // "Dr. Miriam", "Prof. Dr. Henrike", "M. Daubigny": an abbreviated honorific's full stop.
  return /^\.[ \u00a0]$/.test(gap) && (rules.honorifics.has(x.text.toLowerCase()) || /^\p{Lu}$/u.test(x.text));
}

function isHonorific(words: readonly Word[], i: number, rules: LanguageRules): boolean {
  const w = words[i];
  return w !== undefined && rules.honorifics.has(w.text.toLowerCase()) && /^\p{Lu}/u.test(w.text);
}

/** Name words joined by single spaces from `i`; particles only inside ("de La Roche-Vidal"). */
function runAt(text: string, words: readonly Word[], i: number, rules: LanguageRules): number[] {
  const first = words[i] as Word;
  if (!isNameWord(first.text) && !isHonorific(words, i, rules)) return [];
  const run = [i];
  let k = i;
  while (joined(text, words, k, rules)) {
    const next = words[k + 1] as Word;
    if (isNameWord(next.text) || isHonorific(words, k + 1, rules)) {
      run.push(k + 1);
      k++;
      continue;
    }
    // "Der Angeklagte Dennis K.": a surname cut to its initial, as courts' press rules have it.
    if (/^\p{Lu}$/u.test(next.text) && text.charAt(next.end) === '.' && isNameWord(words[k]?.text ?? '')) {
      run.push(k + 1);
      break;
    }
    // Particles, then at most two name words that end the run: "van der Berg", "de La Roche-Vidal";
    // not "von der Technischen Universität Darmstadt", nor "von der Universität Haifa".
    // A particle follows a given name, not a title ("Der Vorsitzende der Lokführergewerkschaft")
    // nor a full name ("Bodo Wendland von der Linken": his party, not his name); an honorific
    // before the given name is no part of it ("Me Antoine de Saint-Aubin", "Dr. Friederike von Hollweg").
    const names = run.filter(
      (r) =>
        isNameWord(words[r]?.text ?? '') &&
        !isHonorific(words, r, rules) &&
        !rules.isRoleWord(lower(words, r)) &&
        !rules.openers.has(lower(words, r)),
    );
    // "Bénédicte Roux du Plessis": in French, a surname may carry a particle after a known given name.
    const compound =
      !rules.capitalisedNouns &&
      names.length === 2 &&
      names[1] === k &&
      givenName(words[names[0] as number]?.text ?? '') !== undefined;
    if ((names[0] !== k && !compound) || CONTINUING_PARTICLES.has(lower(words, k + 1))) break;
    // Where every noun is capitalised, "Aktien von Hollweg" is a noun and its complement: the word
    // before the particle must be a known given name or follow an honorific or title.
    if (rules.capitalisedNouns && !givenName(words[k]?.text ?? '') && !titledAt(words, run, k, rules)) break;
    let p = k + 1;
    while (
      rules.particles.has(lower(words, p)) &&
      /^\p{Ll}/u.test(words[p]?.text ?? '') &&
      joined(text, words, p, rules)
    )
      p++;
    if (p === k + 1 || !isNameWord(words[p]?.text ?? '')) break;
    let q = p;
    while (joined(text, words, q, rules) && isNameWord(words[q + 1]?.text ?? '')) q++;
    const tail = q - p + 1;
    if (tail > 2 || rules.organisationWords.has(lower(words, p))) break;
    if (compound && (tail !== 1 || p !== k + 2)) break;
    for (let r = k + 1; r <= q; r++) run.push(r);
    k = q;
  }
  return run;
}

/**
 * "marseillais", "italien", "américaine": an adjective of origin, by its ending; a verb between a
 * title and a name ("le maire accueille X") has none of these endings.
 */
function isOriginAdjective(word: string, rules: LanguageRules): boolean {
  return !rules.capitalisedNouns && /^\p{Ll}+(?:ais|aise|ois|oise|ien|ienne|ain|aine|and|ande)$/u.test(word);
}

/** Nationalities whose adjective has none of the endings above. */
const OTHER_NATIONALITIES = new Set(
  `belge suisse russe turc turque grec grecque basque breton bretonne corse kurde serbe croate slovène tchèque
  slovaque bulgare letton lettone biélorusse moldave chypriote espagnol espagnole argentin argentine philippin
  philippine afghan afghane`.split(/\s+/),
);

/** Verbs with an adjective's ending that take a person as object ("le député critique X"). */
const VERBS_LIKE_ADJECTIVES = new Set(
  'critique applique implique communique fabrique pratique revendique complique attaque interpelle'.split(' '),
);

/**
 * "le conseiller national X", "la conseillère fédérale X", "le scénariste belge X": the adjectives
 * French puts between a title and the name, by their endings (origin, "-al", "-el", "-if", "-ique",
 * "-aire", "-éen"). A verb there ("le maire accueille X", "le ministre explique") states no role.
 */
function isTitleAdjective(word: string, rules: LanguageRules): boolean {
  if (rules.capitalisedNouns || !/^\p{Ll}+$/u.test(word) || rules.isSpeechVerb(word) || VERBS_LIKE_ADJECTIVES.has(word))
    return false;
  return (
    isOriginAdjective(word, rules) ||
    OTHER_NATIONALITIES.has(word) ||
    /(?:al|ale|el|elle|if|ive|ique|aire|éen|éenne)$/u.test(word)
  );
}

/**
 * "le Japonais Kenji Morimoto", "la Bernoise X": a capitalised demonym after an article, before a
 * name of its own; a known given name there ("Julien", "Romain") is the name itself.
 */
function isDemonym(word: string, rules: LanguageRules): boolean {
  if (rules.capitalisedNouns || !/^\p{Lu}\p{Ll}+$/u.test(word) || givenName(word) !== undefined) return false;
  const lower = word.toLowerCase();
  return isOriginAdjective(lower, rules) || OTHER_NATIONALITIES.has(lower);
}

/** Whether the name word at `k` follows an honorific or a title, in its run or just before it. */
function titledAt(words: readonly Word[], run: readonly number[], k: number, rules: LanguageRules): boolean {
  const before = k - 1;
  return (
    before >= 0 &&
    (run.includes(before) || before === (run[0] as number) - 1) &&
    (isHonorific(words, before, rules) || rules.isRoleWord(lower(words, before)))
  );
}

function mentionOf(text: string, words: readonly Word[], run: number[], rules: LanguageRules): RuleMention | null {
  const runFirst = run[0] as number;
  // "Die", "Laut", "Selon", "Mardi": capitalised only because they open the sentence.
  while (run.length > 0 && rules.openers.has(lower(words, run[0])) && !isHonorific(words, run[0] as number, rules))
    run.shift();
  if (run.length === 0) return null;
  // "le Japonais Kenji Morimoto", "au Canadien X": a demonym after an article, then a full name.
  let demonym = false;
  const article = words[(run[0] as number) - 1];
  if (
    run.length >= 3 &&
    isDemonym(words[run[0] as number]?.text ?? '', rules) &&
    article !== undefined &&
    article.sentence === words[run[0] as number]?.sentence &&
    DEMONYM_ARTICLES.has(article.text.toLowerCase())
  ) {
    run.shift();
    demonym = true;
  }
  // The name starts after the last title word or honorific that has a name word after it.
  let cut = -1;
  let honorific: string | undefined;
  let honorificGender: Gender | undefined;
  let titleAt = -1;
  for (let k = 0; k < run.length - 1; k++) {
    const index = run[k] as number;
    if (isHonorific(words, index, rules)) {
      cut = k;
      const w = words[index] as Word;
      honorific = text.slice(w.start, w.end + (text.charAt(w.end) === '.' ? 1 : 0));
      honorificGender = rules.honorifics.get(w.text.toLowerCase());
    } else if (rules.isRoleWord(lower(words, index)) && !rules.particles.has(lower(words, index))) {
      cut = k;
      titleAt = index;
      honorific = undefined;
      honorificGender = undefined;
    }
  }
  const titleFrom = titleAt >= 0 ? titleStart(words, run, titleAt, rules) : -1;
  const name = run.slice(cut + 1);
  // A particle cannot open a name cut from its titles.
  while (
    name.length > 0 &&
    rules.particles.has(lower(words, name[0])) &&
    !isNameWord(words[name[0] as number]?.text ?? '')
  )
    name.shift();
  if (name.length === 0) return null;
  // "le secrétaire d'État Jörg Wendt", "L'analyste de Kepler Cheuvreux Olivier Brunet-Lacaze": a known
  // given name inside the run, after words that are none, starts the name; the words before it
  // complete a title just before the run, or name something else.
  const givenAt = name.findIndex((k, j) => j > 0 && j < name.length - 1 && givenName(lower(words, k)) !== undefined);
  let titleEnd: number | undefined;
  if (givenAt > 0 && name.slice(0, givenAt).every((k) => givenName(lower(words, k)) === undefined)) {
    const complement = words[runFirst - 1];
    // "le ministre de l'Intérieur Bruno X", "le président de la République François X": "de" and an
    // article may stand between the title and the institution.
    let role = runFirst - 2;
    if (['la', "l'"].includes(lower(words, runFirst - 1)) && COMPLEMENT_PARTICLES.has(lower(words, runFirst - 2)))
      role = runFirst - 3;
    if (
      titleAt < 0 &&
      honorific === undefined &&
      complement?.sentence === words[runFirst]?.sentence &&
      words[role]?.sentence === complement?.sentence &&
      (rules.particles.has(complement?.text.toLowerCase() ?? '') || role === runFirst - 3) &&
      rules.isRoleWord(lower(words, role))
    ) {
      titleAt = role;
      titleEnd = name[givenAt - 1];
    }
    name.splice(0, givenAt);
  }
  // "kündigte Kreisrat Jonas Wehrle Zustimmung an": where every noun is capitalised, the object of
  // a verb may follow the name. After known given names, a German name has one surname (a double
  // one is hyphenated), so a capitalised word after the surname is another word. Names with
  // particles ("Lucas van der Berg", "Faisal ibn Hamad al-Khatib") were bounded when the run was read.
  const particled = name.some((k) => rules.particles.has(lower(words, k)) || /^(?:al|el)-/.test(lower(words, k)));
  if (rules.capitalisedNouns && !particled) {
    let k = 0;
    while (k < name.length - 1 && givenName(lower(words, name[k])) !== undefined) k++;
    if (k > 0) name.splice(k + 1);
  }
  // "Der Vorsitzende Richter der 6. Großen Strafkammer, X,": a title of two role words names nobody.
  if (rules.capitalisedNouns && titleAt >= 0 && name.every((k) => rules.isRoleWord(lower(words, k)))) return null;
  // A title right before the run: "le commandant Yannick Le Floch", "l'économiste X", and one that
  // is no name word ("CDU-Spitzenkandidat Matthias Kessler").
  const before = runFirst - 1;
  if (titleAt < 0 && honorific === undefined) {
    const b = words[before];
    if (
      b &&
      b.sentence === words[runFirst]?.sentence &&
      !isNameWord(b.text) &&
      rules.isRoleWord(b.text.toLowerCase()) &&
      /^[ \u00a0]$/.test(text.slice(b.end, (words[runFirst] as Word).start))
    ) {
      titleAt = before;
    } else if (b && isTitleAdjective(b.text, rules)) {
      // "le gardien marseillais Yanis Belkacem", "la conseillère fédérale X", "le conseiller
      // municipal socialiste X": French puts adjectives between the title and the name.
      const spaced = (x: Word, y: Word) => x.sentence === y.sentence && /^[ \u00a0]$/.test(text.slice(x.end, y.start));
      let role = before - 1;
      const adjective = words[role]?.text ?? '';
      if (isTitleAdjective(adjective, rules) && !rules.isRoleWord(adjective) && spaced(words[role] as Word, b)) role--;
      const r = words[role];
      const next = words[role + 1] as Word;
      if (
        r &&
        spaced(r, next) &&
        spaced(b, words[runFirst] as Word) &&
        !rules.isRoleWord(b.text.toLowerCase()) &&
        rules.isRoleWord(r.text.toLowerCase())
      ) {
        titleAt = role;
        titleEnd = before;
      }
    } else if (b) {
      const complement = complementedTitle(text, words, before, runFirst, rules);
      if (complement >= 0) {
        titleAt = complement;
        titleEnd = before;
      }
    }
  }
  const firstIndex = name[0] as number;
  const lastIndex = name[name.length - 1] as number;
  const firstWord = words[firstIndex] as Word;
  const lastWord = words[lastIndex] as Word;
  const initial = /^\p{Lu}$/u.test(lastWord.text) && text.charAt(lastWord.end) === '.' ? 1 : 0;
  const nameWords = name.map((k) => (words[k] as Word).text);
  const formStart = honorific !== undefined ? (words[(name[0] as number) - 1] as Word).start : firstWord.start;
  const given = givenName(firstWord.text);
  const mention: RuleMention = {
    kind: 'unknown',
    personEvidence: false,
    sentence: lastWord.sentence,
    first: firstIndex,
    last: lastIndex,
    runFirst,
    start: firstWord.start,
    end: lastWord.end + initial,
    words: nameWords,
    name: text.slice(firstWord.start, lastWord.end + initial),
    givenName: name.length === 1 && given !== undefined,
    form: text.slice(formStart, lastWord.end + initial),
    possessive: false,
    weak: false,
    titleAt,
    titleFrom: titleAt >= 0 ? (titleFrom >= 0 ? titleFrom : titleAt) : -1,
  };
  if (titleEnd !== undefined) mention.titleEnd = titleEnd;
  if (honorific !== undefined) mention.honorific = honorific;
  const gender =
    honorificGender ??
    (titleAt >= 0 ? rules.roleGender(lower(words, titleAt)) : undefined) ??
    (name.length > 1 ? given?.gender : undefined) ??
    statedGender(text, words, mention, rules);
  if (gender) mention.gender = gender;
  mention.kind = kindOf(text, words, mention, name, rules, given !== undefined, demonym);
  mention.personEvidence = mention.kind === 'person';
  return mention;
}

/** "de", "d'", "du", "des": what joins a French title to its lower-case complement. */
const COMPLEMENT_PARTICLES = new Set(['de', "d'", 'du', 'des']);

/**
 * "l'historienne de l'art X", "le directeur de recherche X", "la cheffe d'orchestre X": a French
 * title with a lower-case complement right before the name; the title word's index, or -1.
 */
function complementedTitle(
  text: string,
  words: readonly Word[],
  before: number,
  runFirst: number,
  rules: LanguageRules,
): number {
  const b = words[before] as Word;
  // The complement is a noun: no article, particle or verb ("la ministre de la Santé" is a title and a
  // ministry, not a title before "Santé").
  const noun = b.text;
  if (
    rules.capitalisedNouns ||
    !/^\p{Ll}+$/u.test(noun) ||
    rules.isRoleWord(noun) ||
    rules.isSpeechVerb(noun) ||
    rules.openers.has(noun) ||
    rules.particles.has(noun) ||
    rules.auxiliaries.has(noun) ||
    // "la présidente de la région Grand Est": an institution's word, then that institution's name.
    rules.organisationWords.has(noun)
  )
    return -1;
  let k = before - 1;
  if (["l'", 'la', 'le', 'les'].includes(lower(words, k))) k--;
  const role = k - 1;
  const from = words[role];
  if (
    !from ||
    !COMPLEMENT_PARTICLES.has(lower(words, k)) ||
    !rules.isRoleWord(from.text.toLowerCase()) ||
    from.sentence !== b.sentence ||
    /[,;:.()«»"]/.test(text.slice(from.end, (words[runFirst] as Word).start))
  )
    return -1;
  return role;
}

/** Articles before a demonym that stands as a title ("le Japonais X", "au Canadien X"). */
const DEMONYM_ARTICLES = new Set(['le', 'la', "l'", 'au', 'du']);

/**
 * The gender the words around a name state when its title and given name state none: the article
 * of its title ("la secrétaire générale de la CFDT, X", "Der Vorsitzende …, X") or the role word of
 * an appositive ("X, porte-parole …" states none; "X, la porte-parole …" does).
 */
function statedGender(text: string, words: readonly Word[], m: RuleMention, rules: LanguageRules): Gender | undefined {
  const articleGender = (k: number) => {
    const w = words[k];
    if (w?.sentence !== m.sentence) return undefined;
    return rules.definite.get(w.text.toLowerCase()) ?? rules.indefinite.get(w.text.toLowerCase());
  };
  if (m.titleAt >= 0) return articleGender(m.titleFrom - 1);
  const before = appositiveBefore(text, words, m.runFirst, rules);
  const after = appositiveAfter(text, words, m.last, rules);
  for (const role of [before, after]) {
    if (!role) continue;
    const at = words.findIndex((w) => w.start === role.start);
    if (at < 0) continue;
    const gender = rules.roleGender(lower(words, at)) ?? articleGender(at - 1);
    if (gender) return gender;
  }
  return undefined;
}

/** Where a title phrase in the run starts: modifiers and a compound's owner stay out of it. */
function titleStart(words: readonly Word[], run: readonly number[], titleAt: number, rules: LanguageRules): number {
  let from = titleAt;
  for (let k = run.indexOf(titleAt) - 1; k >= 0; k--) {
    const index = run[k] as number;
    if (!rules.isRoleWord(lower(words, index))) break;
    from = index;
  }
  return from;
}

function kindOf(
  text: string,
  words: readonly Word[],
  m: RuleMention,
  name: readonly number[],
  rules: LanguageRules,
  knownGivenName: boolean,
  demonym: boolean,
): Mention['kind'] {
  const lowers = name.map((k) => lower(words, k));
  // "le lycée Paul-Constans de Montluçon", "rue Jean-Jaurès": a place named after someone.
  const before = words[(name[0] as number) - 1];
  if (
    before?.sentence === m.sentence &&
    rules.namedThingNouns.has(before.text) &&
    /^[ \u00a0]$/.test(text.slice(before.end, m.start))
  )
    return 'unknown';
  // "Titelverteidiger Frankreich": a country after a title is a team or a state, not a person.
  if (name.length === 1 && rules.countries.has(lowers[0] as string)) return 'place';
  // "Hollweg & Söhne", "Marks & Spencer": a firm, whose name a family may share.
  const firm = /^\s*&/.test(text.slice(m.end, m.end + 3));
  const organisation = firm || lowers.some((w) => rules.organisationWords.has(w));
  // "un député Renaissance", "ein SPD-Abgeordneter": an unnamed person and the party after the title.
  if (m.honorific === undefined && m.titleAt >= 0 && name.length === 1 && !knownGivenName) {
    const determiner = words[m.titleFrom - 1];
    if (determiner?.sentence === m.sentence && rules.indefinite.has(determiner.text.toLowerCase())) return 'unknown';
  }
  if (m.honorific !== undefined || m.titleAt >= 0) return organisation ? 'organisation' : 'person';
  if (organisation) return 'organisation';
  const nameWords = lowers.filter((w) => !rules.particles.has(w));
  const particles = lowers.filter((w) => rules.particles.has(w) || /^(?:al|el)-/.test(w));
  // "des Landes Rheinland-Pfalz", "Der Deutsche Bauernverband": where every noun is capitalised, an
  // article before the run makes it a noun phrase, whatever verb or appositive is beside it.
  const b = words[(name[0] as number) - 1];
  const afterArticle =
    rules.capitalisedNouns &&
    b?.sentence === m.sentence &&
    (rules.definite.has(b.text.toLowerCase()) || rules.indefinite.has(b.text.toLowerCase()));
  if (nameWords.length >= 2 && nameWords.length <= 4) {
    if (knownGivenName || demonym) return 'person';
    if (particles.some((p) => STRONG_PARTICLES.has(p) || /^(?:al|el)-/.test(p))) return 'person';
    if (afterArticle) return 'unknown';
    if (appositiveAfter(text, words, m.last, rules) || appositiveBefore(text, words, m.runFirst, rules))
      return 'person';
    if (besideSpeechVerb(text, words, m, rules)) return 'person';
    // "Hildegard Wollschläger (78) ist …", "X, 57 ans, vernisseur": a name whose age follows it.
    if (ageAfter(text, m.end)) return 'person';
  }
  // "Sandrine, 47 ans, opératrice", "témoigne Marie", "Jan (54)": a known given name alone is a
  // person when the sentence says who or how old, or makes it speak.
  if (
    knownGivenName &&
    name.length === 1 &&
    (ageAfter(text, m.end) ||
      appositiveAfter(text, words, m.last, rules) ||
      appositiveBefore(text, words, m.runFirst, rules) ||
      besideSpeechVerb(text, words, m, rules))
  )
    return 'person';
  // "Anaëlle, 14 ans, en quatrième, …": a single word that the rules do not know as a given name is a
  // person when an age set off by commas follows it; no place or body has one.
  if (name.length === 1 && !organisation && /^,\s*\d{1,3}\s*ans\s*,/u.test(text.slice(m.end, m.end + 14)))
    return 'person';
  // "à Vénissieux", "in Hamburg": a single name after a place preposition.
  if (name.length === 1 && b && b.sentence === m.sentence && rules.placePrepositions.has(b.text.toLowerCase()))
    return 'place';
  return 'unknown';
}

/** ", 47 ans,", ", 54,", " (54)": an age right after a name. */
function ageAfter(text: string, end: number): boolean {
  return /^(?:,\s*\d{1,3}(?:\s*ans\b|,)|\s*\(\d{1,3}\))/u.test(text.slice(end, end + 12));
}

/** "a déclaré Claire Vasseur", "sagte Renate Oberhuber-Lenz", "Anna Berger sagte": the subject of speech. */
function besideSpeechVerb(text: string, words: readonly Word[], m: RuleMention, rules: LanguageRules): boolean {
  const before = words[m.runFirst - 1];
  const after = words[m.last + 1];
  const spaced = (a: Word, b: Word) => /^[ \u00a0]$/.test(text.slice(a.end, b.start));
  return (
    (before !== undefined &&
      before.sentence === m.sentence &&
      rules.isSpeechVerb(before.text.toLowerCase()) &&
      spaced(before, words[m.runFirst] as Word)) ||
    (after !== undefined &&
      after.sentence === m.sentence &&
      rules.isSpeechVerb(after.text.toLowerCase()) &&
      spaced(words[m.last] as Word, after))
  );
}
