import { describe, expect, it } from 'vitest';
import { LastKeyCache } from './last-key-cache.js';

describe('LastKeyCache', () => {
  const first = ['first article'];
  const second = ['second article'];
  // Each row: the keys remembered in order, the key read, what the read gives.
  const rows: Array<[string, Array<[string[], number]>, string[], number | undefined]> = [
    ['nothing remembered', [], first, undefined],
    ['the last key', [[first, 1]], first, 1],
    ['an equal but other key', [[first, 1]], ['first article'], undefined],
    [
      'a key remembered before the last',
      [
        [first, 1],
        [second, 2],
      ],
      first,
      undefined,
    ],
    [
      'the newest value of a key',
      [
        [first, 1],
        [first, 3],
      ],
      first,
      3,
    ],
  ];
  it.each(rows)('%s', (_name, remembered, key, expected) => {
    const cache = new LastKeyCache<string[], number>();
    for (const [rememberedKey, value] of remembered) expect(cache.remember(rememberedKey, value)).toBe(value);
    expect(cache.read(key)).toBe(expected);
  });
});
