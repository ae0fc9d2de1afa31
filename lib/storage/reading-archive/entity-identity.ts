/**
 * Who an entity is across the articles a reader read: the keys the archive files it under and
 * the rule that says when an entity of a new article is one the archive already knows. Pure.
 *
 * - Names and aliases are compared folded, as the matcher folds them (`foldKey`): "Erdoğan" is
 *   "Erdogan"; no stemming, so a declined form counts only when it is itself an alias.
 * - A person is known by their full names (two words or more). Two full names are one person
 *   when one's given names are among the other's and their surnames agree, where the surname may
 *   be any one-word spelling either side lists ("Volodymyr Zelenskyy" and "Volodymyr Zelensky"
 *   whose aliases include "Zelenskyy"; "Tayyip Erdogan" and "Recep Tayyip Erdogan"). "Rustem
 *   Umerov" and "Timur Umerov" share only a surname: two people.
 * - A bare surname ("Umerov") is a person only when exactly one archived person has that
 *   surname; otherwise it stays unknown and is filed under no one.
 * - A curated entity's aliases count like any other spelling, and its id too: an article read
 *   with Backstory keeps the curated id of a name a curated story knows (data/README.md), so the
 *   id joins two articles that spelled the name differently.
 * - Organisations, places and countries are one kind here (an article may call Ukraine a place
 *   and the next an organisation); any shared folded name joins them.
 */
import type { EntityType } from '../../../data/schema';
import { foldKey } from '../../matching/text-fold';
import type { EntityNames } from './archive-contract';

export type IdentityKind = 'person' | 'other';

/** The folded names of one entity, as the archive compares them. */
export interface EntityNameSet {
  kind: IdentityKind;
  /** Full names (a person's of two words or more; every name of anything else), folded. */
  full: string[];
  /** A person's surname spellings, folded: the last word of each full name, and one-word aliases. */
  surnames: string[];
  /** The entity's catalog id, when it can name it across articles. */
  id?: string;
}

/** What the archive remembers of one identity, enough to decide whether a new entity is it. */
export interface KnownIdentity {
  key: string;
  kind: IdentityKind;
  full: readonly string[];
  surnames: readonly string[];
}

/** The fallback slugs the extractor gives a name with no Latin letter: they name no one. */
const KIND_SLUGS = new Set(['person', 'place', 'organisation', 'country']);

export function kindOf(type: EntityType): IdentityKind {
  return type === 'person' ? 'person' : 'other';
}

export function nameSetOf(entity: EntityNames): EntityNameSet {
  const kind = kindOf(entity.type);
  const forms = unique([entity.name, ...entity.aliases].map(foldKey));
  const id = stableId(entity.id, kind);
  if (kind === 'other') return withId({ kind, full: forms, surnames: [] }, id);
  const given = new Set((entity.givenNames ?? []).map(foldKey));
  const first = foldKey(entity.name).split(' ');
  if (first.length >= 2 && first[0]) given.add(first[0]);
  const full = forms.filter((form) => form.includes(' '));
  const surnames = unique([...full.map(lastWord), ...forms.filter((form) => !form.includes(' ') && !given.has(form))]);
  return withId({ kind, full, surnames }, id);
}

/** The keys an identity is found by in the archive's `keys` index: its full names and its id. */
export function lookupKeys(names: Pick<EntityNameSet, 'kind' | 'full' | 'id'>): string[] {
  const prefix = names.kind === 'person' ? 'p:' : 'o:';
  const keys = names.full.map((name) => prefix + name);
  if (names.id !== undefined) keys.push(`${prefix}#${names.id}`);
  return keys;
}

/** Whether a bare surname, a person named by no full name: only a unique match may claim it. */
export function isBare(names: EntityNameSet): boolean {
  return names.kind === 'person' && names.full.length === 0;
}

/**
 * Which known identities the entity is, given the candidates found by its keys (`byKey`) and by
 * its surnames (`bySurname`, persons only). A name or id in common wins; failing that, a person
 * whose full name agrees as above, or whose bare surname only one known person has. An empty
 * list: someone the archive does not know.
 */
export function matchIdentities<T extends KnownIdentity>(
  names: EntityNameSet,
  byKey: readonly T[],
  bySurname: readonly T[],
): T[] {
  const exact = distinct(byKey.filter((known) => known.kind === names.kind));
  if (exact.length > 0 || names.kind !== 'person') return exact;
  const sameSurname = distinct(bySurname.filter((known) => known.kind === 'person'));
  const candidates = isBare(names)
    ? sameSurname.filter((known) => names.surnames.some((surname) => known.surnames.includes(surname)))
    : sameSurname.filter((known) => fullNamesAgree(names, known));
  return candidates.length === 1 ? candidates : [];
}

/** A full name of each whose given names nest and whose surnames agree (either side's spellings). */
export function fullNamesAgree(
  a: Pick<EntityNameSet, 'full' | 'surnames'>,
  b: Pick<KnownIdentity, 'full' | 'surnames'>,
) {
  return a.full.some((x) =>
    b.full.some((y) => {
      if (!surnamesAgree(lastWord(x), a.surnames, lastWord(y), b.surnames)) return false;
      const gx = givenWords(x);
      const gy = givenWords(y);
      return gx.every((w) => gy.includes(w)) || gy.every((w) => gx.includes(w));
    }),
  );
}

/** The fullest of several names: most words, then longest; the first of equals. */
export function fullestName(names: readonly string[]): string {
  let best = '';
  for (const name of names) {
    const words = name.split(/\s+/).length;
    const bestWords = best === '' ? 0 : best.split(/\s+/).length;
    if (words > bestWords || (words === bestWords && name.length > best.length)) best = name;
  }
  return best;
}

function surnamesAgree(x: string, xs: readonly string[], y: string, ys: readonly string[]): boolean {
  return x === y || xs.includes(y) || ys.includes(x);
}

function givenWords(fullName: string): string[] {
  return fullName.split(' ').slice(0, -1);
}

function lastWord(fullName: string): string {
  const words = fullName.split(' ');
  return words[words.length - 1] ?? fullName;
}

/**
 * An id that names the entity beyond one article. The extractor's ids are slugs of the name
 * ("rustem-umerov", "umerov-2" for a second "Umerov" in one article), so a person's id counts only
 * when it has two words (the numbering dropped): a one-word id is a bare surname.
 */
function stableId(id: string | undefined, kind: IdentityKind): string | undefined {
  if (id === undefined) return undefined;
  const base = id.replace(/-\d+$/, '');
  if (base === '' || KIND_SLUGS.has(base)) return undefined;
  if (kind === 'person' && !base.includes('-')) return undefined;
  return base;
}

function withId(names: EntityNameSet, id: string | undefined): EntityNameSet {
  return id === undefined ? names : { ...names, id };
}

function distinct<T extends KnownIdentity>(list: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const known of list) if (!seen.has(known.key)) seen.set(known.key, known);
  return [...seen.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list.filter((item) => item !== ''))];
}
