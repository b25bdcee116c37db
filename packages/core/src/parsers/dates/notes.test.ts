import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../types.js';
import { mayConflict } from './notes.js';

const mention = (precision: DateMention['precision']): DateMention => ({
  text: { start: 0, end: 7, text: 'Tuesday' },
  date: '2020-11-17',
  precision,
});

/** Only a day or a time, with a publication date to compare, can conflict with it. */
const rows: Array<[string, DateMention, string | null, boolean]> = [
  ['a day with a publication date', mention('day'), '2020-11-20', true],
  ['a time with a publication date', mention('time'), '2020-11-20', true],
  ['a month', mention('month'), '2020-11-20', false],
  ['a year', mention('year'), '2020-11-20', false],
  ['no publication date', mention('day'), null, false],
];

describe('mayConflict', () => {
  it.each(rows)('%s', (_name, dated, published, expected) => {
    expect(mayConflict(dated, published)).toBe(expected);
  });
});
