import { describe, expect, it } from 'vitest';
import { dateHintIn, mayHoldLikelyDate } from './filters.js';

/** Sentences and their first date hint. */
const hints: Array<[string, 'none' | 'year' | 'date']> = [
  ['Rebels shelled the town on Tuesday.', 'date'],
  ['Profit rose 13.5 billion dlrs.', 'none'],
  ['Profit rose in 1986 to 13.5 mln.', 'year'],
  ['In 1986, and again last week, profit rose.', 'year'],
  ['The Mayor spoke.', 'none'],
  ['Talks resume at 9:30.', 'date'],
  ['Talks resume at 9 a.m.', 'date'],
  ['The deal closed on 20/11/2020.', 'date'],
  ['The deal closed on 20.11.2020.', 'date'],
];

describe('dateHintIn', () => {
  it.each(hints)('%s', (sentence, expected) => {
    expect(dateHintIn(sentence)).toBe(expected);
  });
});

/**
 * Every hint but a year, alone: each must pass `mayHoldLikelyDate`, which lets a sentence with such
 * a hint skip that test.
 */
const dateHints = [
  ...'january february march april may june july august september october november december'.split(' '),
  ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
  ...'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
  ...'today tonight yesterday tomorrow week weekend month year ago'.split(' '),
  ...'morning afternoon evening night noon midnight decade'.split(' '),
  '3/4/20',
  '3-4-2020',
  '3.4.2020',
  '9:30',
  '9pm',
  '9 a.m',
];

describe('a date hint passes mayHoldLikelyDate', () => {
  it.each(dateHints)('%s', (hint) => {
    expect(dateHintIn(hint)).toBe('date');
    expect(mayHoldLikelyDate(hint)).toBe(true);
    expect(mayHoldLikelyDate(hint.toUpperCase())).toBe(true);
  });
});
