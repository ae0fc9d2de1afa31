import { describe, expect, it } from 'vitest';
import type { Story } from '../../../data/schema';
import {
  DETAILS_PER_CHUNK,
  detailsChunkOf,
  makePackDetailsParts,
  packDetailsFit,
  packDetailsKeys,
  readPackDetailsChunk,
} from '../../../lib/storage/pack-details';
import { packDetailsKey } from '../../../lib/storage/pack-keys';
import { bigPack } from '../../helpers/big-pack';
import { cardTestStory } from '../../helpers/card-test-story';

const big = bigPack(DETAILS_PER_CHUNK * 2 + 3) as unknown as Story;
const ids = big.entities.map((entity) => entity.id);

describe('a pack’s details parts', () => {
  it('hold each entity’s description, facts and relations, in chunks of the story’s order', () => {
    const parts = makePackDetailsParts(big);
    expect(Object.keys(parts)).toEqual(packDetailsKeys(big.id, big.entities.length));
    expect(Object.keys(parts)).toHaveLength(3);
    const read = Object.values(parts).flatMap((part) => readPackDetailsChunk(part, big.id) ?? []);
    expect(read).toEqual(
      big.entities.map(({ id, description, facts, relations }) => ({ id, description, facts, relations })),
    );
    const last = big.entities.length - 1;
    expect(readPackDetailsChunk(parts[packDetailsKey(big.id, detailsChunkOf(last))], big.id)?.at(-1)?.id).toBe(
      ids[last],
    );
  });

  it('keep a card’s whole details: relations and facts with their sources', () => {
    const [part] = Object.values(makePackDetailsParts(cardTestStory));
    const medinsky = readPackDetailsChunk(part, cardTestStory.id)?.find((entity) => entity.id === 'vladimir-medinsky');
    const whole = cardTestStory.entities.find((entity) => entity.id === 'vladimir-medinsky');
    expect(medinsky).toEqual({
      id: whole?.id,
      description: whole?.description,
      facts: whole?.facts,
      relations: whole?.relations,
    });
  });

  it('read as missing when damaged, of another pack or wrongly shaped', () => {
    const [part] = Object.values(makePackDetailsParts(cardTestStory));
    expect(readPackDetailsChunk(part, 'another-pack')).toBeNull();
    expect(readPackDetailsChunk(part?.slice(0, -3), cardTestStory.id)).toBeNull();
    expect(readPackDetailsChunk(undefined, cardTestStory.id)).toBeNull();
    expect(readPackDetailsChunk(JSON.parse(part ?? ''), cardTestStory.id)).toBeNull();
    expect(
      readPackDetailsChunk(JSON.stringify({ id: cardTestStory.id, entities: [{ id: 'x' }] }), cardTestStory.id),
    ).toBeNull();
  });

  it('read as missing when any one entity in them lacks a field a card reads', () => {
    const entities = cardTestStory.entities.map(({ id, description, facts, relations }) => ({
      id,
      description,
      facts,
      relations,
    }));
    const withLast = (change: Record<string, unknown>) =>
      JSON.stringify({ id: cardTestStory.id, entities: [...entities.slice(0, -1), { ...entities.at(-1), ...change }] });
    expect(readPackDetailsChunk(withLast({}), cardTestStory.id)).toHaveLength(entities.length);
    expect(readPackDetailsChunk(withLast({ id: 7 }), cardTestStory.id)).toBeNull();
    expect(readPackDetailsChunk(withLast({ description: null }), cardTestStory.id)).toBeNull();
    expect(readPackDetailsChunk(withLast({ facts: 'none' }), cardTestStory.id)).toBeNull();
    expect(readPackDetailsChunk(withLast({ relations: {} }), cardTestStory.id)).toBeNull();
    const notRecord = JSON.stringify({ id: cardTestStory.id, entities: [...entities, null] });
    expect(readPackDetailsChunk(notRecord, cardTestStory.id)).toBeNull();
  });

  it('fit a pack only when every chunk reads and holds its entities', () => {
    const parts = makePackDetailsParts(big);
    expect(packDetailsFit(parts, big.id, ids)).toBe(true);
    const { [packDetailsKey(big.id, 1)]: _gone, ...missing } = parts;
    expect(packDetailsFit(missing, big.id, ids)).toBe(false);
    expect(packDetailsFit({ ...parts, [packDetailsKey(big.id, 2)]: '{' }, big.id, ids)).toBe(false);
    // Made for another version of the pack: one entity more.
    expect(packDetailsFit(parts, big.id, [...ids, 'one-more'])).toBe(false);
    expect(packDetailsFit(parts, big.id, [...ids.slice(1), ids[0] ?? ''])).toBe(false);
    // One entity of a chunk renamed since the part was made: the rest still in place.
    expect(packDetailsFit(parts, big.id, ids.with(5, 'renamed'))).toBe(false);
  });
});
