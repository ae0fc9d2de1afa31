import { describe, expect, it } from 'vitest';
import type { EntityCluster } from '../../../lib/extraction/coreference';
import { formsOf, uniqueSlug } from '../../../lib/extraction/entity-naming';
import { mentionAt } from '../../helpers/mention';

function cluster(name: string, kind: EntityCluster['kind'] = 'person', mentions: EntityCluster['mentions'] = []) {
  return { kind, name, mentions };
}

describe('the forms an entity is printed in besides its name', () => {
  it('lists each honorific form and short name once, in reading order, without the name itself', () => {
    const umerov = cluster('Rustem Umerov', 'person', [
      mentionAt('Rustem Umerov', 0),
      mentionAt('Umerov', 40, { form: 'Mr. Umerov' }),
      mentionAt('Umerov', 80),
      mentionAt('Umerov', 120, { form: 'Mr. Umerov' }),
    ]);
    expect(formsOf(umerov)).toEqual(['Mr. Umerov', 'Umerov']);
  });

  it('gives no other form to a name printed one way only', () => {
    expect(formsOf(cluster('Ofwat', 'organisation', [mentionAt('Ofwat', 0), mentionAt('Ofwat', 30)]))).toEqual([]);
  });
});

describe('an entity’s id', () => {
  const slug = (name: string, kind: EntityCluster['kind'] = 'person') => uniqueSlug(cluster(name, kind), new Set());

  it('is the name folded to lower-case letters and digits joined by single hyphens', () => {
    expect(slug('Rustem Umerov')).toBe('rustem-umerov');
    expect(slug('Zoë Ångström')).toBe('zoe-angstrom');
    expect(slug('Smith & Jones', 'organisation')).toBe('smith-jones');
    expect(slug('3M', 'organisation')).toBe('3m');
  });

  it('drops the apostrophe of every possessive, but splits a name at any other apostrophe', () => {
    expect(slug('King’s College London', 'organisation')).toBe('kings-college-london');
    expect(slug("St John's and St Mary's", 'organisation')).toBe('st-johns-and-st-marys');
    expect(slug("Dara O'Sullivan")).toBe('dara-o-sullivan');
  });

  it('has no hyphen at either end', () => {
    expect(slug('...Acme!!', 'organisation')).toBe('acme');
  });

  it('is the entity’s kind when no letter or digit of the name survives the fold', () => {
    expect(slug('北京', 'place')).toBe('place');
  });

  it('numbers a name already taken from 2, and takes the id it gives', () => {
    const taken = new Set<string>(['acme']);
    expect(uniqueSlug(cluster('Acme', 'organisation'), taken)).toBe('acme-2');
    expect(uniqueSlug(cluster('ACME', 'organisation'), taken)).toBe('acme-3');
    expect([...taken]).toEqual(['acme', 'acme-2', 'acme-3']);
  });
});
