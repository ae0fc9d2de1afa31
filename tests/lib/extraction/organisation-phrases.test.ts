import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/extraction/names';
import { entity, extract } from '../../helpers/extraction';
import { wordsOf } from '../../helpers/tokens';

/** The names the name finder gives for `paragraphs`, with their kinds, after joining split ones. */
function names(...paragraphs: string[]): string[] {
  const w = wordsOf(...paragraphs);
  const sentences = (w.tokens[w.tokens.length - 1]?.sentence ?? 0) + 1;
  return findMentions(w.text, w.tokens, sentences).map((m) => `${m.name} (${m.kind})`);
}

describe('one organisation’s name split in two', () => {
  it('joins an organisation’s name to the name it is "of", "for" or "on", with or without "the"', () => {
    expect(names('She studied at the University of Oxford last year.')).toEqual([
      'University of Oxford (organisation)',
    ]);
    expect(names('The Department for Education said no.')).toEqual(['Department for Education (organisation)']);
    expect(names('The Institute on Aging said so.')).toEqual(['Institute on Aging (organisation)']);
    expect(names('The Bank of the North lent it.')).toEqual(['Bank of the North (organisation)']);
  });

  it('takes a plural head for people into the name it opens ("Friends of the Earth")', () => {
    expect(names('Friends of the Earth said the plan would fail.')).toEqual(['Friends of the Earth (organisation)']);
    expect(names('The charity Friends of the Earth said no.')).toEqual(['Friends of the Earth (organisation)']);
    expect(names('A spokesman for Veterans of Foreign Wars said so.')).toEqual([
      'Veterans of Foreign Wars (organisation)',
    ]);
    expect(names('Friends of Anna Berg, a teacher, said she was kind.')).toEqual(['Anna Berg (person)']);
  });

  it('joins single names linked by commas and a last "&" into one firm ("Keefe, Bruyette & Woods")', () => {
    expect(names('Marcus Oyelaran, a banking analyst at Keefe, Bruyette & Woods, agreed.')).toEqual([
      'Marcus Oyelaran (person)',
      'Keefe, Bruyette & Woods (organisation)',
    ]);
    expect(names('She audited Ernst & Young for years.')).toEqual(['Ernst & Young (organisation)']);
    // People are listed with "and"; a full name is no partner's surname.
    expect(names('Anna Berg, Tom Lee and Sara Quist met.').map((n) => n.replace(/ \(.*/, ''))).toEqual([
      'Anna Berg',
      'Tom Lee',
      'Sara Quist',
    ]);
  });

  it('makes an acronym in brackets after an organisation’s name that organisation ("… Agency (NEA)")', () => {
    const article = extract(
      'The centre will close, the National Environment Agency (NEA) said on Dec 5.',
      'The NEA said in a statement that it would offer interim stalls.',
    );
    expect(entity(article, 'National Environment Agency').forms).toContain('NEA');
    expect(article.entities.map((e) => e.name)).toEqual(['National Environment Agency']);
    // Letters that are not the name's initials stay a name of their own.
    const other = extract('The National Environment Agency (PUB) said no.', 'PUB said no again.');
    expect(article.entities.length).toBe(1);
    expect(other.entities.map((e) => e.name)).toContain('PUB');
  });

  it('goes on joining with "and" once it has joined', () => {
    expect(names('The University of Oxford and Cambridge disagreed.')).toEqual([
      'University of Oxford and Cambridge (organisation)',
    ]);
  });

  it('does not join across a sentence, after a possessive, or by "and" alone', () => {
    expect(names('The University of Oxford. Cambridge disagreed.')).toEqual([
      'University of Oxford (organisation)',
      'Cambridge (place)',
    ]);
    expect(names('Oxford University’s Cambridge office said so.')).toEqual([
      'Oxford University (organisation)',
      'Cambridge (place)',
    ]);
    expect(names('Ann Lee of Oxford spoke.')).toEqual(['Ann Lee (person)', 'Oxford (place)']);
    expect(names('Acme Corp and Ben Lee met.')[0]).toBe('Acme Corp (organisation)');
  });

  it('joins one word to a force named after the two areas it serves ("Devon and Cornwall Police")', () => {
    expect(names('Devon and Cornwall Police said two men were held.')).toEqual([
      'Devon and Cornwall Police (organisation)',
    ]);
    expect(names('Kent & Essex Police said so.')).toEqual(['Kent & Essex Police (organisation)']);
    expect(names('Kent or Essex Police said so.')).toEqual(['Kent (organisation)', 'Essex Police (organisation)']);
  });
});
