import { describe, expect, it } from 'vitest';
import {
  charClass,
  foldCode,
  foldKey,
  foldPreimages,
  foldText,
  IGNORABLE,
  IGNORABLE_RANGES,
  IGNORE,
  isLowerCode,
  isUpperCode,
  OTHER,
  removeInvisible,
  WORD,
} from '../../../lib/matching/text-fold';

describe('foldText', () => {
  it('reads Dolmabahçe and Dolmabahce as the same word', () => {
    expect(foldText('Dolmabahçe').text).toBe(foldText('Dolmabahce').text);
    expect(foldText('Dolmabahçe').text).toBe('dolmabahce');
  });

  it('folds decomposed accents (text saved in NFD) like precomposed ones', () => {
    expect(foldText('Dolmabahc\u0327e').text).toBe('dolmabahce');
  });

  it('folds Turkish dotted and dotless i to a plain i', () => {
    expect(foldText('İstanbul Fırat').text).toBe('istanbul firat');
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(foldText('Medinsky’s').text).toBe(foldText("Medinsky's").text);
  });

  it('turns non-breaking and other spaces into one plain space', () => {
    expect(foldText('Volodymyr\u00a0Zelensky').text).toBe('volodymyr zelensky');
    expect(foldText('Volodymyr \n\t Zelensky').text).toBe('volodymyr zelensky');
    expect(foldText('Volodymyr\u202fZelensky').text).toBe('volodymyr zelensky');
  });

  it('drops soft hyphens and zero-width characters', () => {
    expect(foldText('Zelen\u00adsky').text).toBe('zelensky');
    expect(foldText('Ze\u200blen\u200dsky\ufeff').text).toBe('zelensky');
  });

  it('keeps Cyrillic й and ї distinct but reads ё as е', () => {
    expect(foldText('Зеленський').text).toBe('зеленський');
    expect(foldText('Зеленський').text).not.toBe(foldText('Зеленскии').text);
    expect(foldText('Київ').text).not.toBe(foldText('Киів').text);
    expect(foldText('Лёвочкин').text).toBe(foldText('Левочкин').text);
  });

  it('maps every folded character back to its place in the original', () => {
    const original = 'A\u00adB  C’s';
    const { text, map } = foldText(original);
    expect(text).toBe("ab c's");
    expect([...map]).toEqual([0, 2, 3, 5, 6, 7, 8]);
  });

  it('classes letters, digits and marks as word characters in Latin and Cyrillic', () => {
    expect(charClass('ç'.charCodeAt(0))).toBe(WORD);
    expect(charClass('Ж'.charCodeAt(0))).toBe(WORD);
    expect(charClass('7'.charCodeAt(0))).toBe(WORD);
    expect(charClass('’'.charCodeAt(0))).toBe(OTHER);
    expect(charClass('-'.charCodeAt(0))).toBe(OTHER);
    expect(charClass(0xad)).toBe(IGNORE);
    expect(isUpperCode('З'.charCodeAt(0))).toBe(true);
    expect(isUpperCode('з'.charCodeAt(0))).toBe(false);
  });

  it('classes every code unit as Unicode does (all 65,536 checked)', () => {
    // The definition: invisible when folded away; a word character when a letter, digit or mark;
    // upper or lower case by its case mappings. The fold table answers most code units without
    // the property test, so this pins it to the definition.
    const wordChar = /[\p{L}\p{N}\p{M}]/u;
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      const word = !surrogate && wordChar.test(ch);
      const expected = foldCode(c) === IGNORABLE ? IGNORE : word ? WORD : OTHER;
      const upper = expected === WORD && ch !== ch.toLowerCase();
      const lower = expected === WORD && !upper && ch !== ch.toUpperCase();
      if (charClass(c) !== expected || isUpperCode(c) !== upper || isLowerCode(c) !== lower) {
        wrong.push(c.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('foldText on the text news pages print', () => {
  it('folds a hyphenated name written with the Unicode hyphen like one with the ASCII hyphen', () => {
    expect(foldText('Jean\u2010Yves Le\u2011Drian').text).toBe('jean-yves le-drian');
  });

  it('drops decomposed grave accents and the last combining mark of the block (U+0300, U+036F)', () => {
    expect(foldText('Molie\u0300re').text).toBe('moliere');
    expect(foldText('Ko\u036fhl').text).toBe('kohl');
  });

  it('folds Cyrillic and fullwidth capitals to small letters', () => {
    expect(foldText('ПУТІН').text).toBe('путін');
    expect(foldText('\uff2e\uff21\uff34\uff2f').text).toBe('\uff4e\uff41\uff54\uff4f');
  });

  it('keeps every single space between words, not only the first', () => {
    expect(foldText('Donald J. Trump').text).toBe('donald j. trump');
  });

  it('collapses a leading run of spaces to one space, as any other run (trimming is foldKey’s)', () => {
    const { text, map } = foldText('\u00a0 Putin');
    expect(text).toBe(' putin');
    expect([...map]).toEqual([0, 2, 3, 4, 5, 6, 7]);
  });

  it('maps the end of a name with nothing folded away to the end of the text', () => {
    expect([...foldText('Putin').map]).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('folds an article longer than one chunk of code units to the same length', () => {
    const article = 'Putin '.repeat(1000);
    expect(foldText(article).text).toBe('putin '.repeat(1000));
  });
});

describe('foldPreimages', () => {
  it('lists every code unit that folds to a character (all 65,536 checked)', () => {
    const missing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const f = foldCode(c);
      if (f === IGNORABLE) continue;
      if (!foldPreimages(f).includes(c)) missing.push(`U+${c.toString(16)} → U+${f.toString(16)}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists only code units that fold to it', () => {
    for (const f of ['a', 'e', 'i', 'k', 's', 'е', 'з', ' ', "'", '-'].map((ch) => ch.charCodeAt(0))) {
      for (const c of foldPreimages(f)) expect(foldCode(c)).toBe(f);
    }
  });

  it('lists, for every folded value, only code units that fold to it, in ascending order', () => {
    const folded = new Set<number>();
    for (let c = 0; c < 0x10000; c++) folded.add(foldCode(c));
    folded.delete(IGNORABLE);
    const wrong: string[] = [];
    for (const f of folded) {
      const list = foldPreimages(f);
      if (list.some((c, i) => foldCode(c) !== f || (i > 0 && c <= (list[i - 1] as number)))) {
        wrong.push(`U+${f.toString(16)}: ${list.map((c) => c.toString(16)).join(' ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gathers the accented forms, both cases', () => {
    const c = foldPreimages('c'.charCodeAt(0)).map((u) => String.fromCharCode(u));
    expect(c).toEqual(expect.arrayContaining(['c', 'C', 'ç', 'Ç', 'č', 'Č']));
    const ie = foldPreimages('е'.charCodeAt(0)).map((u) => String.fromCharCode(u));
    expect(ie).toEqual(expect.arrayContaining(['е', 'Е', 'ё', 'Ё']));
    expect(foldPreimages('i'.charCodeAt(0)).map((u) => String.fromCharCode(u))).toEqual(
      expect.arrayContaining(['i', 'I', 'ı', 'İ', 'í']),
    );
  });
});

describe('the code units folded away', () => {
  it('are exactly those the ranges list (all 65,536 checked), which the candidate pattern skips', () => {
    const inRanges = (c: number) => IGNORABLE_RANGES.some(([first, last]) => c >= first && c <= last);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if ((foldCode(c) === IGNORABLE) !== inRanges(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(IGNORABLE_RANGES.every(([first, last]) => first <= last)).toBe(true);
  });
});

describe('the comparable key of a name or a search', () => {
  it('folds accents and case, and trims', () => {
    expect(foldKey('  Dolmabahçe ')).toBe('dolmabahce');
  });

  it('folds ё to е and the dotless ı to i, as the page matcher does', () => {
    expect(foldKey('Пётр Толстой')).toBe('петр толстой');
    expect(foldKey('ЁЛКА')).toBe('елка');
    expect(foldKey('Sarayı')).toBe('sarayi');
    expect(foldKey('İstanbul')).toBe('istanbul');
  });

  it('keeps й and и apart, as the matcher does (they are different letters)', () => {
    expect(foldKey('Андрій')).not.toBe(foldKey('Андріи'));
  });
});

describe('removing invisible characters from printed text', () => {
  it('drops soft hyphens and zero-width characters but keeps combining accents', () => {
    expect(removeInvisible('Zel\u00adensky\u200b')).toBe('Zelensky');
    expect(removeInvisible('Cafe\u0301')).toBe('Cafe\u0301');
    expect(removeInvisible('plain')).toBe('plain');
  });
});
