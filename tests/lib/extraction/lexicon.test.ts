import { describe, expect, it } from 'vitest';
import { isBuiltRoleWord } from '../../../lib/extraction/lexicon';

describe('role words news copy builds', () => {
  it('reads a one-word trade by its ending only in lower case, never a surname (Chapman, Shoemaker)', () => {
    expect(isBuiltRoleWord('binman')).toBe(true);
    expect(isBuiltRoleWord('crewmate')).toBe(true);
    expect(isBuiltRoleWord('Chapman')).toBe(false);
    expect(isBuiltRoleWord('Shoemaker')).toBe(false);
    expect(isBuiltRoleWord('woman')).toBe(false);
  });

  it('reads a family role with its degree or a tabloid’s count, in any case', () => {
    expect(isBuiltRoleWord('great-grandfather')).toBe(true);
    expect(isBuiltRoleWord('Mum-of-two')).toBe(true);
    expect(isBuiltRoleWord('great-idea')).toBe(false);
  });
});
