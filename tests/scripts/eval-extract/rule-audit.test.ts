// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { auditTable, outcomeOf, type RuleTally, roleRuleOf, tally } from '../../../scripts/eval-extract/rule-audit';

describe('the eval audit of attribution rules', () => {
  it('tells right, wrong, refused and a refusal that spared a wrong speaker apart', () => {
    const isMira = (entity: string) => entity === 'mira';
    expect(outcomeOf('Mira Holt', 'mira', isMira)).toBe('right');
    expect(outcomeOf('Mira Holt', 'tom', isMira)).toBe('wrong');
    expect(outcomeOf(null, 'mira', isMira)).toBe('wrong');
    expect(outcomeOf('Mira Holt', undefined, isMira)).toBe('refused');
    expect(outcomeOf(null, undefined, isMira)).toBe('refused rightly');
  });

  it('tallies outcomes per language and rule and prints them busiest rule first', () => {
    const table = new Map<string, Map<string, RuleTally>>();
    tally(table, 'en', 'pronoun: last speaker', 'right');
    tally(table, 'en', 'name after quote', 'right');
    tally(table, 'en', 'name after quote', 'wrong');
    tally(table, 'fr', 'name incise', 'refused');
    expect(table.get('en')?.get('name after quote')).toEqual({ right: 1, wrong: 1, refused: 0, refusedRightly: 0 });
    const lines = auditTable(table).split('\n');
    expect(lines).toContain('| name after quote | 1 | 1 | 0 | 0 |');
    expect(lines.indexOf('| name after quote | 1 | 1 | 0 | 0 |')).toBeLessThan(
      lines.indexOf('| pronoun: last speaker | 1 | 0 | 0 | 0 |'),
    );
    expect(lines.findIndex((l) => l.startsWith('| en:'))).toBeLessThan(lines.findIndex((l) => l.startsWith('| fr:')));
  });

  it('tells which role rule a role came from by where it stands against the name', () => {
    const names = ['Dean Whitfield', 'Whitfield'];
    expect(roleRuleOf('Lord Mayor Dean Whitfield said the council had run out of money.', 'Lord Mayor', names)).toBe(
      'title before',
    );
    expect(roleRuleOf('The lord mayor, Dean Whitfield, said so.', 'lord mayor', names)).toBe('appositive before');
    expect(roleRuleOf('Dean Whitfield, the lord mayor, said so.', 'the lord mayor', names)).toBe('appositive after');
    expect(roleRuleOf('Whitfield is the lord mayor of the city.', 'the lord mayor', names)).toBe('copular');
    expect(roleRuleOf('The lord mayor said so.', 'lord mayor', names)).toBe('sentence without the name');
  });
});
