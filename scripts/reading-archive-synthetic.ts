/**
 * Synthetic reading for the reading archive (issue 22): N article stories (default 5,000) as
 * Backstory reads them from articles (origin "article", valid story packs), with the visits that
 * saved them, for the bench and the archive's tests. Deterministic for a seed.
 *
 * What makes it realistic enough to measure: a few hundred people whose popularity falls off as
 * in the news (a handful appear in a large share of articles, most in a few), recurring across
 * outlets and months; pairs who share a surname ("Rustem Umerov", "Timur Umerov"); roles that
 * change on a date; later articles that name a known person by surname alone without saying who
 * they are; quotes; organisations and places; and sentences no statement cites, which the archive
 * trims away.
 *
 *   npx tsx scripts/reading-archive-synthetic.ts [count] [--seed N] [--out file.json]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity, Quote, Sentence, Story } from '../data/schema';
import type { ReadingVisit } from '../lib/storage/reading-archive/archive-contract';

export interface SyntheticReading {
  story: Story;
  visit: ReadingVisit;
}

export interface SyntheticOptions {
  count?: number;
  seed?: number;
  /** When the first article was read (ms); articles follow a few hours apart. */
  start?: number;
}

const GIVEN = (
  'Rustem Timur Olena Andriy Dmytro Hakan Marco Kaja Mark Sergei Yulia Denys Oleksii Mykhailo Iryna Viktor Emine ' +
  'Ahmet Selin Keir Rachel Friedrich Annalena Giorgia Pedro Ursula Antonio Kirill Maria Pavel Arseniy Taras Svitlana ' +
  'Bogdan Kateryna Nikolai Ruslan Ilham Recep Mevlut Jens Petr Radek Donald Helga Ingrid Lars Mette Ulf Sanna'
).split(' ');
const SURNAMES = (
  'Umerov Fidan Rubio Kallas Rutte Peskov Yermak Sybiha Shmyhal Svyrydenko Kuleba Reznikov Budanov Syrskyi Malyuk ' +
  'Stefanishyna Kyslytsya Podolyak Arakhamia Zaluzhnyi Lavrov Ushakov Dmitriev Galuzin Nebenzya Zakharova Shoigu Belousov ' +
  'Gerasimov Naryshkin Bortnikov Kozak Medinsky Fomin Kalin Bayraktar Yilmaz Kurtulmus Starmer Reeves Lammy Healey Merz ' +
  'Wadephul Pistorius Meloni Tajani Crosetto Sanchez Albares Barrot Lecornu Tusk Sikorski Kosiniak Fiala Lipavsky Zeman ' +
  'Stubb Valtonen Kristersson Frederiksen Rasmussen Gahr Eide Nauseda Budrys Michal Tsahkna Rinkevics Sprindzuk Orban ' +
  'Szijjarto Fico Vucic Sandu Recean Popsoi Kobakhidze Pashinyan Mirzoyan Aliyev Bayramov Tokayev Lukashenko Ryzhenkov ' +
  'Witkoff Kellogg Vance Hegseth Waltz Bessent Lutnick Grassley Graham Blumenthal Wicker Shaheen Risch Cardin Kaine'
).split(' ');
const ROLES = [
  'Defence Minister',
  'Foreign Minister',
  'Prime Minister',
  'lead negotiator',
  'presidential envoy',
  'Finance Minister',
  'chief of staff',
  'spokeswoman for the ministry',
  'national security adviser',
  'Secretary of the Security Council',
  'ambassador to the United Nations',
  'head of military intelligence',
  'Deputy Prime Minister',
  'Interior Minister',
  'Energy Minister',
];
const COUNTRIES = (
  'Ukraine Russia Turkey Britain Germany Italy Spain France Poland Finland Sweden Denmark Norway Lithuania Latvia ' +
  'Estonia Hungary Slovakia Serbia Moldova Georgia Armenia Azerbaijan Kazakhstan Belarus'
).split(' ');
const PLACES = (
  'Istanbul Geneva Riyadh Jeddah Brussels Kyiv Moscow Warsaw Vilnius Helsinki Odesa Kharkiv Zaporizhzhia Kherson ' +
  'Donetsk Luhansk Crimea Sevastopol Ankara Antalya Vienna Minsk Chisinau Tbilisi Yerevan Baku Astana Davos Munich'
).split(' ');
const ORGANISATIONS = [
  'European Union',
  'United Nations',
  'International Atomic Energy Agency',
  'Red Cross',
  'World Bank',
  'International Monetary Fund',
  'Council of Europe',
  'European Commission',
  'Organization for Security and Co-operation in Europe',
  'Security Service of Ukraine',
  'Federal Security Service',
  'State Department',
  'Pentagon',
  'Kremlin',
  'Bundestag',
  'Verkhovna Rada',
  'State Duma',
  'Rosatom',
  'Naftogaz',
  'Gazprom',
];
const OUTLETS: readonly [string, string][] = [
  ['Verily News', 'verily.example'],
  ['The Morning Ledger', 'ledger.example'],
  ['Northern Courier', 'courier.example'],
  ['Wire Europe', 'wire-europe.example'],
  ['The Daily Meridian', 'meridian.example'],
  ['Capital Times', 'capital-times.example'],
  ['Eastern Review', 'eastern-review.example'],
  ['Global Dispatch', 'dispatch.example'],
];
const VERBS = ['met', 'spoke with', 'called', 'criticised', 'praised', 'wrote to', 'warned', 'thanked'];
const TOPICS = [
  'a ceasefire along the front line',
  'an exchange of prisoners',
  'the safety of the nuclear plant',
  'grain shipments across the Black Sea',
  'sanctions on energy exports',
  'air-defence deliveries',
  'the next round of talks',
  'reconstruction funds',
];
const SAYINGS = [
  'We will not trade territory for promises',
  'The door to talks remains open',
  'Nothing has been agreed until everything is agreed',
  'Our position has not changed',
  'This is a serious step, and we expect a serious answer',
  'We need guarantees that last longer than a season',
  'The next weeks will decide a great deal',
  'We are ready to meet at any level',
  'There can be no talks under the threat of missiles',
  'We have seen proposals, but no plan',
];
const FILLERS = [
  'The meeting lasted a little over two hours, according to officials present.',
  'Reporters waited outside in the rain for most of the afternoon.',
  'Earlier rounds had ended without a joint statement.',
  'Markets barely moved on the news.',
  'Both sides described the atmosphere as businesslike.',
  'The venue was sealed off by police from early morning.',
  'Analysts cautioned against reading too much into the timing.',
  'A second session was scheduled for the following day.',
  'Neither delegation took questions afterwards.',
  'The talks had been postponed twice in the past month.',
];

interface Person {
  given: string;
  surname: string;
  /** Role as of each date, oldest first. */
  roles: { from: number; text: string }[];
  weight: number;
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Surnames beyond the named list: common Ukrainian and Russian forms, stem and ending. */
const STEMS =
  'Koval Bondar Tkach Kravch Shevch Moroz Lysen Petr Sydor Hryts Marchen Pavl Savch Rudn Levch Ostap Klym Yarem Zinch Hnat'.split(
    ' ',
  );
const ENDINGS = 'enko uk ov ych ak in yshyn iak'.split(' ');

function peopleOf(rand: () => number, start: number, span: number): Person[] {
  const surnames = [...new Set([...SURNAMES, ...STEMS.flatMap((stem) => ENDINGS.map((ending) => stem + ending))])];
  const people: Person[] = [];
  const taken = new Set<string>();
  // About one person in twelve shares a surname with another (the rest of the list has its own).
  const count = Math.round(surnames.length * 1.09);
  for (let i = 0; i < count; i++) {
    const surname = surnames[i < surnames.length ? i : Math.floor(rand() * surnames.length)] as string;
    let given = pick(rand, GIVEN);
    while (taken.has(`${given} ${surname}`)) given = pick(rand, GIVEN);
    taken.add(`${given} ${surname}`);
    const roles = [{ from: 0, text: pick(rand, ROLES) }];
    // Two in five change title once or twice during the period.
    for (let change = 0; change < 2 && rand() < 0.4; change++) {
      roles.push({ from: start + Math.floor(rand() * span), text: pick(rand, ROLES) });
    }
    roles.sort((a, b) => a.from - b.from);
    people.push({ given, surname, roles, weight: 0 });
  }
  // Popularity falls off as in the news (a few people in a large share of articles), in random order.
  for (let i = people.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [people[i], people[j]] = [people[j] as Person, people[i] as Person];
  }
  people.forEach((person, rank) => {
    person.weight = 1 / (rank + 1) ** 0.9;
  });
  return people;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function weightedPick(rand: () => number, people: readonly Person[], total: number): Person {
  let at = rand() * total;
  for (const person of people) {
    at -= person.weight;
    if (at <= 0) return person;
  }
  return people[people.length - 1] as Person;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The stories and visits, oldest first, one article every few hours from `start`. */
export function syntheticReading(options: SyntheticOptions = {}): SyntheticReading[] {
  const count = options.count ?? 5_000;
  const rand = random(options.seed ?? 22);
  const start = options.start ?? Date.UTC(2025, 0, 6, 8);
  const gap = 4 * 60 * 60 * 1000;
  const people = peopleOf(rand, start, count * gap);
  const totalWeight = people.reduce((sum, person) => sum + person.weight, 0);
  const seen = new Set<Person>();
  const out: SyntheticReading[] = [];
  for (let n = 0; n < count; n++) {
    const readAt = start + n * gap + Math.floor(rand() * gap * 0.5);
    const [outlet, site] = pick(rand, OUTLETS);
    const cast = new Set<Person>();
    const size = 3 + Math.floor(rand() * 5);
    while (cast.size < size) cast.add(weightedPick(rand, people, totalWeight));
    const story = articleStory(rand, [...cast], seen, { n, readAt, outlet, site });
    for (const person of cast) seen.add(person);
    out.push({ story, visit: { url: story.article.url as string, site, readAt } });
  }
  return out;
}

function articleStory(
  rand: () => number,
  cast: readonly Person[],
  seen: ReadonlySet<Person>,
  at: { n: number; readAt: number; outlet: string; site: string },
): Story {
  const sentences: Sentence[] = [];
  const say = (text: string) => {
    const id = `s${sentences.length + 1}`;
    sentences.push({ id, text });
    return id;
  };
  const topic = pick(rand, TOPICS);
  const country = pick(rand, COUNTRIES);
  const place = pick(
    rand,
    PLACES.filter((p) => p !== country),
  );
  const organisation = pick(rand, ORGANISATIONS);
  const lead = cast[0] as Person;
  const headline = `${lead.given} ${lead.surname} in ${place} as talks turn to ${topic}`;
  const surnameCount = new Map<string, number>();
  for (const person of cast) surnameCount.set(person.surname, (surnameCount.get(person.surname) ?? 0) + 1);
  const entities: Entity[] = [];
  const quotes: Quote[] = [];
  say(`Officials gathered in ${place} on ${dayOf(at.readAt)} to discuss ${topic}.`);
  for (const person of cast) {
    const full = `${person.given} ${person.surname}`;
    const sharesSurname = (surnameCount.get(person.surname) ?? 0) > 1;
    const role = [...person.roles].reverse().find((r) => r.from <= at.readAt)?.text as string;
    // A known person is sometimes named by surname alone, never introduced (as a series does).
    const bare = seen.has(person) && !sharesSurname && rand() < 0.15;
    const facts: string[] = [];
    let roleSentence: string | undefined;
    if (bare) {
      facts.push(say(`${person.surname} ${pick(rand, VERBS)} officials from ${country} about ${topic}.`));
    } else {
      roleSentence = say(`${country}’s ${role} ${full} ${pick(rand, VERBS)} the delegation from ${country}.`);
      facts.push(roleSentence);
    }
    const callName = sharesSurname ? full : person.surname;
    for (let k = Math.floor(rand() * 3); k > 0; k--) {
      facts.push(say(`${callName} later ${pick(rand, VERBS)} reporters about ${topic}.`));
      say(pick(rand, FILLERS));
    }
    for (let k = Math.floor(rand() * 2.4); k > 0; k--) {
      const words = pick(rand, SAYINGS);
      const id = say(`“${words},” ${callName} said.`);
      facts.push(id);
      quotes.push({
        id: `q${quotes.length + 1}`,
        speaker: slug(bare ? person.surname : full),
        text: words,
        sources: [id],
      });
    }
    const name = bare ? person.surname : full;
    entities.push({
      id: slug(name),
      type: 'person',
      name,
      ...(bare ? {} : { givenNames: [person.given] }),
      aliases: bare || sharesSurname ? [{ text: name }] : [{ text: full }, { text: person.surname }],
      ...(roleSentence ? { role: { text: `${country}’s ${role}`, sources: [roleSentence] } } : {}),
      description: sentences.find((s) => s.id === facts[0])?.text ?? name,
      side: 'other',
      facts: facts
        .slice(0, 4)
        .map((id) => ({ text: sentences.find((s) => s.id === id)?.text as string, sources: [id] })),
      relations: [],
    });
  }
  for (let k = 0; k < 8; k++) say(pick(rand, FILLERS));
  const orgSentence = say(`The ${organisation} said it would follow the talks in ${place} closely.`);
  for (const [name, type] of [
    [organisation, 'organisation'],
    [place, 'place'],
    [country, 'country'],
  ] as const) {
    const mentions = sentences.filter((s) => s.text.includes(name)).map((s) => s.id);
    const cited = type === 'organisation' ? [orgSentence] : mentions.slice(0, 3);
    entities.push({
      id: slug(name),
      type,
      name,
      aliases: [{ text: name }],
      description: sentences.find((s) => s.id === cited[0])?.text ?? name,
      side: 'other',
      facts: cited.map((id) => ({ text: sentences.find((s) => s.id === id)?.text as string, sources: [id] })),
      relations: [],
    });
  }
  const url = `https://${at.site}/world/${dayOf(at.readAt)}/${slug(headline)}-${at.n}`;
  return {
    schemaVersion: 1,
    id: `article-${at.n.toString(16).padStart(8, '0')}`,
    origin: 'article',
    title: headline,
    article: { headline, source: at.outlet, date: dayOf(at.readAt), url, sentences, summary: ['s1'] },
    positions: [],
    timeline: [],
    figures: [],
    quotes,
    entities,
    references: [],
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const count = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 5_000);
  const out = resolve(option('--out') ?? 'bench-output/reading-archive-synthetic.json');
  const reading = syntheticReading({ count, seed: Number(option('--seed') ?? 22) });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(reading));
  console.log(`${reading.length} synthetic articles → ${out}`);
}
