import type { Mention } from '../../lib/extraction/mention';

/** A mention of `name` at `start` as the name finder gives it: in sentence 0, neither weak nor possessive unless `extra` says. */
export function mentionAt(name: string, start: number, extra: Partial<Mention> = {}): Mention {
  return {
    kind: 'person',
    personEvidence: false,
    sentence: 0,
    first: 0,
    last: 0,
    runFirst: 0,
    start,
    end: start + name.length,
    words: name.split(' '),
    name,
    givenName: false,
    form: name,
    possessive: false,
    weak: false,
    ...extra,
  };
}
