import { describe, expect, it } from 'vitest';
import { wordTable } from './word-table.js';

describe('wordTable', () => {
  const table = wordTable({ one: 1, dozen: 12 });
  const rows: Array<[string, number | undefined]> = [
    ['one', 1],
    ['dozen', 12],
    ['two', undefined],
    ['constructor', undefined],
    ['__proto__', undefined],
    ['toString', undefined],
    ['hasOwnProperty', undefined],
    ['valueOf', undefined],
  ];
  it.each(rows)('%s → %s', (word, expected) => {
    expect(table[word]).toBe(expected);
    expect(word in table).toBe(expected !== undefined);
  });
});
