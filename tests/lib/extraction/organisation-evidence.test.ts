import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/extraction/mention';
import { organisationByContext, speakingOrganisations } from '../../../lib/extraction/organisation-evidence';
import { extract, kindOf, people, speakerOf } from '../../helpers/extraction';
import { mentionAt } from '../../helpers/mention';
import { type Words, wordsOf } from '../../helpers/tokens';

describe('organisations compromise does not know', () => {
  it('makes an organisation of a name after an organisation noun ("the charity Memory Matters")', () => {
    const article = extract('The charity Memory Matters part-funded the trial.');
    expect(kindOf(article, 'Memory Matters')).toBe('organisation');
    expect(people(article)).toEqual([]);
  });

  it('makes an organisation of a name with an organisation noun in its appositive', () => {
    const article = extract('Brightwater, the Midwest’s third-largest grocery chain, cut its forecast.');
    expect(kindOf(article, 'Brightwater')).toBe('organisation');
  });

  it('makes an organisation of a name followed by ", which"', () => {
    expect(kindOf(extract('Kestrel Harbour, which owns the quay, said nothing.'), 'Kestrel Harbour')).toBe(
      'organisation',
    );
  });

  it('makes an organisation of an unknown name after "the" ("The Kremlin on Tuesday rejected …")', () => {
    const article = extract('The Kremlin on Tuesday rejected the plan. The Penrose yard stayed open.');
    expect(kindOf(article, 'Kremlin')).toBe('organisation');
    expect(kindOf(article, 'Penrose')).toBeUndefined();
  });

  it('makes an organisation of the name a spokesperson speaks for', () => {
    const article = extract('A Treasury spokesperson said the government had “taken tough decisions on spending”.');
    expect(speakerOf(article, 'taken tough')).toBe('Treasury');
  });

  it('makes an organisation of an unknown name that speaks and is nobody’s name', () => {
    const article = extract(
      'Its new owners, Kernow Living, said in a statement they had “rebuilt the service from the ground up”.',
      'Aldi said it would open 800 stores.',
    );
    expect(speakerOf(article, 'rebuilt the service')).toBe('Kernow Living');
    expect(kindOf(article, 'Aldi')).toBe('organisation');
  });

  it('makes an organisation of a name ending in "House" ("The White House said …")', () => {
    const article = extract(
      'The White House said in a statement that it “strongly supports the original bipartisan framework”.',
    );
    expect(speakerOf(article, 'strongly supports')).toBe('White House');
  });

  it('gives every mention of the name the kind one of them states', () => {
    const article = extract(
      'Brightwater, the grocery chain, cut its forecast.',
      'Shares of Brightwater fell 9% as Brightwater cut prices.',
    );
    expect(article.entities.find((e) => e.name === 'Brightwater')?.sentences).toEqual(['s1', 's2']);
  });

  it('makes an organisation of the name a person works at ("chief UK economist at Morgan Stanley")', () => {
    const article = extract('Paul Hendry, chief UK economist at Morgan Stanley, said gilts would fall.');
    expect(kindOf(article, 'Morgan Stanley')).toBe('organisation');
    expect(people(article)).toEqual(['Paul Hendry']);
  });

  it('makes an organisation of a name before the people of a trade ("Ambulance Victoria paramedics")', () => {
    const article = extract('One protester was treated by Ambulance Victoria paramedics for a minor injury.');
    expect(kindOf(article, 'Ambulance Victoria')).toBe('organisation');
    expect(people(article)).toEqual([]);
  });

  it('gives a statement of "the force" to the police force named before', () => {
    const article = extract(
      'Devon and Cornwall Police said two men had been arrested.',
      'In a statement, the force said: “We would ask people not to speculate.”',
    );
    expect(speakerOf(article, 'We would ask')).toBe('Devon and Cornwall Police');
  });

  it('makes an organisation of a name in apposition to "an outside firm"', () => {
    const article = extract('The city hired an outside firm, Baker Tilly, to review its finances.');
    expect(kindOf(article, 'Baker Tilly')).toBe('organisation');
    expect(people(article)).toEqual([]);
  });

  it('gives "the spokesperson said" to the organisation whose spokesperson was introduced', () => {
    const article = extract(
      'Dr Farhan Qureshi, a microbiologist at Lancaster University, tested the water.',
      'A Fellside Water spokesperson said the company was investing £14m. “We know how much the river means to people,” the spokesperson said.',
    );
    expect(speakerOf(article, 'We know how much')).toBe('Fellside Water');
  });

  it('gives "the spokesperson said" to nobody when no organisation’s spokesperson was introduced', () => {
    const article = extract(
      'Fellside Water Ltd runs the works. Spokeswoman Laura Pietrzak declined to comment on the figures.',
      '“We know how much the river means to people,” the spokesperson said.',
    );
    expect(speakerOf(article, 'We know how much')).toBeUndefined();
  });
});

describe('firms and institutions named like people', () => {
  it('makes an organisation of a name with its short form in brackets and "which"', () => {
    const article = extract('Caledonian MacBrayne (CalMac), which runs the service, said the seas were too big.');
    expect(kindOf(article, 'Caledonian MacBrayne')).toBe('organisation');
    expect(people(article)).toEqual([]);
  });

  it('makes an organisation of a business after "the family’s bakery," and of a name ending in "Estates"', () => {
    const article = extract(
      'Bread has come out of the family’s bakery, Öztürk Fırını, for 31 years.',
      'Now the landlord, Harcourt Estates, has given the family notice.',
    );
    expect(people(article)).toEqual([]);
  });

  it('makes an organisation of a gallery named after a person', () => {
    const article = extract('The winner was announced at the Ian Potter Gallery on Friday night.');
    expect(people(article)).toEqual([]);
  });
});

describe('organisations named like people (third generalisation round)', () => {
  it('makes a utility whose name ends in "Water" an organisation, not a person', () => {
    const article = extract('Rand Water said in a statement that its own bulk supply to the city was stable.');
    expect(kindOf(article, 'Rand Water')).toBe('organisation');
    expect(people(article)).toEqual([]);
  });

  it('makes the name after "the practice" an organisation, though it is two surnames', () => {
    const article = extract(
      'Back in Dublin he founded the practice Fennelly Doyle in 1964 with his former classmate Gráinne Doyle.',
    );
    expect(kindOf(article, 'Fennelly Doyle')).toBe('organisation');
    expect(people(article)).toEqual(['Gráinne Doyle']);
  });
});

describe('a surname two people share is not an organisation that speaks', () => {
  it('leaves "Adeyemi said:" without a speaker after Femi and Tunde Adeyemi', () => {
    const article = extract(
      'Eastport are also tracking winger Femi Adeyemi, 21, whose father and adviser, Tunde Adeyemi, has held talks with both clubs.',
      'Adeyemi said: “Femi is happy where he is, but we listen to everyone.”',
    );
    expect(kindOf(article, 'Adeyemi')).toBeUndefined();
    expect(speakerOf(article, 'Femi is happy')).toBeUndefined();
  });
});

describe('a venue is no institution', () => {
  it('makes no organisation of a venue’s common noun capitalised after "the" ("the Diner on Main Street")', () => {
    const article = extract(
      'At the Diner on Main Street, owner Sam Ortiz said business was slow.',
      'The Pub on Elm Street closed.',
    );
    expect(kindOf(article, 'Diner')).toBeUndefined();
    expect(kindOf(article, 'Pub')).toBeUndefined();
    expect(kindOf(article, 'Main Street')).toBe('place');
    expect(kindOf(extract('The Kremlin on Tuesday rejected the plan.'), 'Kremlin')).toBe('organisation');
  });
});

/**
 * The mention of `name` (its words as printed, the `nth` time its first word is printed) in
 * `w`, read as of no kind unless `extra` says otherwise.
 */
function nameIn(w: Words, name: string, extra: Partial<Mention> = {}, nth = 0): Mention {
  const words = name.split(' ');
  const first = w.at(words[0] as string, nth);
  const token = w.tokens[first] as { start: number; sentence: number };
  return mentionAt(name, token.start, {
    kind: 'unknown',
    first,
    last: first + words.length - 1,
    runFirst: first,
    sentence: token.sentence,
    ...extra,
  });
}

/** Whether the words around `name` in `paragraphs` (split at " ¶ ") say it is an organisation's. */
function saysOrganisation(paragraphs: string, name: string, extra: Partial<Mention> = {}): boolean {
  const w = wordsOf(...paragraphs.split(' ¶ '));
  return organisationByContext(w.text, w.tokens, nameIn(w, name, extra));
}

describe('the words that make a name an organisation’s, one sentence at a time', () => {
  it('reads an organisation noun right before the name, in the same sentence', () => {
    expect(saysOrganisation('The charity Memory Matters part-funded the trial.', 'Memory Matters')).toBe(true);
    expect(saysOrganisation('She left the charity ¶ Memory Matters grew anyway.', 'Memory Matters')).toBe(false);
    expect(saysOrganisation('She thanked the nurse Memory Matters sent.', 'Memory Matters')).toBe(false);
  });

  it('reads "the" before a name of no kind that heads its phrase as an institution', () => {
    expect(saysOrganisation('The Kremlin on Tuesday rejected the plan.', 'Kremlin')).toBe(true);
    expect(saysOrganisation('The Kremlin itself rejected the plan.', 'Kremlin')).toBe(true);
    expect(saysOrganisation('The Kremlin, officials said, rejected it.', 'Kremlin')).toBe(true);
    expect(saysOrganisation('They feared the Kremlin ¶ officials left early.', 'Kremlin')).toBe(true);
    expect(saysOrganisation('The Kremlin (officials said) rejected it.', 'Kremlin')).toBe(true);
    expect(saysOrganisation('The Kremlin Tuesday rejected the plan.', 'Kremlin')).toBe(true);
  });

  it('does not read "the" so before a noun the name modifies, a venue, a known kind, or after a gap', () => {
    expect(saysOrganisation('The Penrose yard stayed open.', 'Penrose')).toBe(false);
    expect(saysOrganisation('The Diner on Main Street closed.', 'Diner')).toBe(false);
    expect(saysOrganisation('The Kremlin on Tuesday rejected the plan.', 'Kremlin', { kind: 'person' })).toBe(false);
    expect(saysOrganisation('They saw the (Kremlin) on Tuesday.', 'Kremlin')).toBe(false);
    expect(saysOrganisation('They left the ¶ Kremlin stayed quiet.', 'Kremlin')).toBe(false);
  });

  it('reads an appositive after a determined organisation noun, its modifiers between', () => {
    expect(saysOrganisation('The company, Harbourside Living Ltd, objected.', 'Harbourside Living Ltd')).toBe(true);
    expect(saysOrganisation('The city hired an outside firm, Baker Tilly, to help.', 'Baker Tilly')).toBe(true);
  });

  it('reads no appositive without a determiner close before the noun, or after a verb or a name', () => {
    expect(saysOrganisation('Every firm, Baker Tilly included, signed.', 'Baker Tilly')).toBe(false);
    expect(saysOrganisation('outside firm, Baker Tilly, objected.', 'Baker Tilly')).toBe(false);
    expect(saysOrganisation('They hired a very big outside firm, Baker Tilly, to help.', 'Baker Tilly')).toBe(false);
    expect(saysOrganisation('the council hired firm, Baker Tilly, to review it.', 'Baker Tilly')).toBe(false);
    expect(saysOrganisation('They hired the Acme firm, Baker Tilly, to help.', 'Baker Tilly')).toBe(false);
    expect(saysOrganisation('She met the nurse, Baker Tilly, at noon.', 'Baker Tilly')).toBe(false);
  });

  it('reads the place a person with a role works "at"', () => {
    expect(saysOrganisation('Paul Hendry, chief economist at Morgan Stanley, said so.', 'Morgan Stanley')).toBe(true);
    expect(saysOrganisation('Paul Hendry looked at Morgan Stanley first.', 'Morgan Stanley')).toBe(false);
    expect(saysOrganisation('The economist, at Morgan Stanley since May, said so.', 'Morgan Stanley')).toBe(false);
    expect(saysOrganisation('He was an economist ¶ at Morgan Stanley he stayed.', 'Morgan Stanley')).toBe(false);
  });

  it('reads a short form in brackets followed by "which", and nothing else after it', () => {
    expect(saysOrganisation('Caledonian MacBrayne (CalMac), which runs it, said no.', 'Caledonian MacBrayne')).toBe(
      true,
    );
    expect(saysOrganisation('Caledonian MacBrayne (CalMac), who runs it, said no.', 'Caledonian MacBrayne')).toBe(
      false,
    );
    expect(
      saysOrganisation('Caledonian MacBrayne (CalMac), which runs it, said no.', 'Caledonian MacBrayne', {
        possessive: true,
      }),
    ).toBe(false);
    expect(
      saysOrganisation('Asked which Caledonian MacBrayne (CalMac) route, he paused.', 'Caledonian MacBrayne'),
    ).toBe(false);
    expect(saysOrganisation('They sailed with Caledonian MacBrayne (CalMac)', 'Caledonian MacBrayne')).toBe(false);
    expect(saysOrganisation('Caledonian MacBrayne, (CalMac), which runs it, said no.', 'Caledonian MacBrayne')).toBe(
      false,
    );
  });

  it('reads a full name before the people of a trade, in the plural, as their employer', () => {
    expect(saysOrganisation('Ambulance Victoria paramedics treated him.', 'Ambulance Victoria')).toBe(true);
    expect(saysOrganisation('Morgan Stanley secretaries met.', 'Morgan Stanley')).toBe(true);
    expect(saysOrganisation('Victoria paramedics treated him.', 'Victoria')).toBe(false);
    expect(saysOrganisation('Morgan Stanley shares fell.', 'Morgan Stanley')).toBe(false);
    expect(saysOrganisation('Ambulance Victoria, paramedics said, was late.', 'Ambulance Victoria')).toBe(false);
  });

  it('reads ", which" after the name, not "who" nor "which" without the comma', () => {
    expect(saysOrganisation('Memory Matters, which part-funded the study, agreed.', 'Memory Matters')).toBe(true);
    expect(saysOrganisation('Memory Matters, who part-funded the study, agreed.', 'Memory Matters')).toBe(false);
    expect(saysOrganisation('Memory Matters which part-funded the study agreed.', 'Memory Matters')).toBe(false);
  });

  it('reads the head noun of an appositive after the name', () => {
    expect(saysOrganisation('Brightwater, the Midwest’s third-largest grocery chain, cut prices.', 'Brightwater')).toBe(
      true,
    );
    expect(saysOrganisation('Brightwater, the chain of shops, cut prices.', 'Brightwater')).toBe(true);
    expect(saysOrganisation('Prices fell at Brightwater, a grocery chain.', 'Brightwater')).toBe(true);
    expect(saysOrganisation('Prices fell at Brightwater, a grocery chain', 'Brightwater')).toBe(true);
    expect(saysOrganisation('Prices fell at Brightwater, the chain ¶ Shares fell.', 'Brightwater')).toBe(true);
  });

  it('reads no appositive whose head is a person’s noun, or that runs on past six words or the sentence', () => {
    expect(saysOrganisation('Brightwater, the owner of the chain, cut prices.', 'Brightwater')).toBe(false);
    expect(saysOrganisation('Brightwater, the grocery chain owner, cut prices.', 'Brightwater')).toBe(false);
    expect(
      saysOrganisation('Brightwater, the big old much loved local family grocery chain, cut prices.', 'Brightwater'),
    ).toBe(false);
    expect(saysOrganisation('Brightwater, the ¶ chain cut prices.', 'Brightwater')).toBe(false);
  });

  it('reads a spokesperson with no name of their own as the voice of the name of no kind', () => {
    expect(saysOrganisation('A Treasury spokesperson said no.', 'Treasury')).toBe(true);
    expect(saysOrganisation('A Treasury spokeswoman said no.', 'Treasury')).toBe(true);
    expect(saysOrganisation('A Treasury spokesman said no.', 'Treasury')).toBe(true);
    expect(saysOrganisation('The plan was wrong, said a Treasury spokesperson.', 'Treasury')).toBe(true);
    expect(saysOrganisation('Treasury spokespeople said no.', 'Treasury')).toBe(true);
    expect(saysOrganisation('A Treasury spokesperson Ann Lee said no.', 'Treasury')).toBe(false);
    expect(saysOrganisation('A Treasury spokesperson said no.', 'Treasury', { kind: 'person' })).toBe(false);
    expect(saysOrganisation('A Treasury aide said no.', 'Treasury')).toBe(false);
    expect(saysOrganisation('A Treasury, spokesperson said no.', 'Treasury')).toBe(false);
    expect(saysOrganisation('The Treasury spokespersons said no.', 'Treasury')).toBe(false);
  });
});

describe('a name of no kind that speaks and is nobody’s', () => {
  /** The kinds `speakingOrganisations` leaves to `names` in `paragraphs`, with `resolved` ones joined to a person. */
  function kindsAfter(
    paragraphs: string,
    names: string[],
    { extra = {}, resolved = [] }: { extra?: Record<string, Partial<Mention>>; resolved?: string[] } = {},
  ) {
    const w = wordsOf(...paragraphs.split(' ¶ '));
    const mentions = names.map((name) => nameIn(w, name, extra[name]));
    const joined = new Set(mentions.filter((m) => resolved.includes(m.name)));
    speakingOrganisations(w.text, w.tokens, mentions, joined);
    return mentions.map((m) => m.kind);
  }

  it('makes an organisation of a name right before a speech verb, or between commas before one', () => {
    expect(kindsAfter('Brightwater said in a statement it would close.', ['Brightwater'])).toEqual(['organisation']);
    expect(kindsAfter('Its new owners, Kernow Living, said no.', ['Kernow Living'])).toEqual(['organisation']);
  });

  it('leaves a name that is a person’s, weak, possessive or already joined to a person', () => {
    expect(kindsAfter('Brightwater said no.', ['Brightwater'], { extra: { Brightwater: { kind: 'person' } } })).toEqual(
      ['person'],
    );
    expect(kindsAfter('Brightwater said no.', ['Brightwater'], { extra: { Brightwater: { weak: true } } })).toEqual([
      'unknown',
    ]);
    expect(
      kindsAfter('Brightwater said no.', ['Brightwater'], { extra: { Brightwater: { possessive: true } } }),
    ).toEqual(['unknown']);
    expect(kindsAfter('Brightwater said no.', ['Brightwater'], { resolved: ['Brightwater'] })).toEqual(['unknown']);
  });

  it('leaves a surname that people joined to a person share', () => {
    expect(
      kindsAfter(
        'Adeyemi said no. ¶ Femi Adeyemi and Tunde Adeyemi met.',
        ['Adeyemi', 'Femi Adeyemi', 'Tunde Adeyemi'],
        {
          resolved: ['Femi Adeyemi', 'Tunde Adeyemi'],
        },
      ),
    ).toEqual(['unknown', 'unknown', 'unknown']);
    expect(kindsAfter('Femi met Tunde. ¶ Adeyemi said no.', ['Femi', 'Adeyemi'], { resolved: ['Femi'] })).toEqual([
      'unknown',
      'organisation',
    ]);
    expect(
      kindsAfter('Brandt Holdings said no. ¶ Tom Brandt left.', ['Brandt Holdings', 'Tom Brandt'], {
        resolved: ['Tom Brandt'],
      }),
    ).toEqual(['organisation', 'unknown']);
  });

  it('reads no speech in another sentence, in a participle, in a word that is no speech verb, or after a comma alone', () => {
    expect(kindsAfter('It was Brightwater ¶ said the clerk.', ['Brightwater'])).toEqual(['unknown']);
    expect(kindsAfter('Brightwater saying so, the shares fell.', ['Brightwater'])).toEqual(['unknown']);
    expect(kindsAfter('Brightwater closed the store.', ['Brightwater'])).toEqual(['unknown']);
    expect(kindsAfter('Brightwater (said to be failing) closed.', ['Brightwater'])).toEqual(['unknown']);
    expect(kindsAfter('Brightwater, said the clerk, was closed.', ['Brightwater'])).toEqual(['unknown']);
    expect(kindsAfter('At Brightwater, said the clerk, nobody came.', ['Brightwater'])).toEqual(['unknown']);
    expect(kindsAfter('It is over ¶ Brightwater, said the clerk.', ['Brightwater'])).toEqual(['unknown']);
  });
});
