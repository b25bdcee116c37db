import { describe, expect, it } from 'vitest';
import { entitiesAt, entityAt, entityById } from './lookup.js';
import { parseEntities } from './test-helpers.js';

describe('entities: lookup', () => {
  const { text, entities } = parseEntities(
    'Quds Corps commander Walid Qasir spoke in Basra. Later, Qasir said the border was closed.',
  );
  const offsets: Array<[string, string | null]> = [
    ['Walid Qasir', 'Walid Qasir'],
    ['Qasir said', 'Walid Qasir'],
    ['Basra', 'Basra'],
    ['Quds Corps', 'Quds Corps'],
    ['border', null],
  ];
  it.each(offsets)('entityAt(offset of %s) → %s', (needle, name) => {
    const offset = text.indexOf(needle);
    expect(entityAt(entities, offset)?.name ?? null).toBe(name);
  });

  it('finds the entities inside a span, in text order', () => {
    const start = text.indexOf('Quds');
    const end = text.indexOf(' spoke');
    expect(entitiesAt(entities, { start, end }).map((entity) => entity.name)).toEqual([
      'Quds Corps',
      'Walid Qasir',
    ]);
  });

  it('finds an entity by id', () => {
    const first = entities[0];
    expect(first && entityById(entities, first.id)).toBe(first);
    expect(entityById(entities, 'p99')).toBeNull();
  });
});
