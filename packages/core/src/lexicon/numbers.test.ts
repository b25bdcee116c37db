import { describe, expect, it } from 'vitest';
import { readNumber, readNumberAt, readQuantity } from './numbers.js';

describe('readNumber', () => {
  const rows: Array<[string, number]> = [
    ['six', 6],
    ['Six', 6],
    ['twenty-three', 23],
    ['twenty three', 23],
    ['Twenty 2', 22],
    ['a dozen', 12],
    ['dozens', 24],
    ['scores', 40],
    ['hundreds', 200],
    ['thousands', 2000],
    ['1,200', 1200],
    ['2.5 million', 2_500_000],
    ['two hundred', 200],
    ['two hundred and fifty', 250],
    ['a hundred and twenty', 120],
    ['one thousand two hundred', 1200],
    ['2 dozen', 24],
    ['0', 0],
    ['zero', 0],
    ['tens of thousands', 20_000],
  ];
  it.each(rows)('%s → %d', (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  const notNumbers: string[] = [
    '',
    'people',
    'six people',
    'a',
    'several',
    'many',
    'three four',
    'twenty-',
    '1,2,3x',
  ];
  it.each(notNumbers)('not a number: %s', (text) => {
    expect(readNumber(text)).toBeNull();
  });
});

describe('readQuantity', () => {
  it('marks vague amounts as approximate and open-ended', () => {
    expect(readQuantity('dozens')).toMatchObject({ value: 24, approximate: true, open: true });
    expect(readQuantity('hundreds')).toMatchObject({ value: 200, approximate: true, open: true });
  });
  it('marks exact amounts as exact', () => {
    expect(readQuantity('a dozen')).toMatchObject({ value: 12, approximate: false, open: false });
    expect(readQuantity('seven')).toMatchObject({ value: 7, approximate: false, open: false });
  });
});

describe('readNumberAt', () => {
  it('reads the number at the start of a run of words and says how many words it took', () => {
    expect(readNumberAt(['two', 'hundred', 'people', 'died'], 0)).toMatchObject({ value: 200, words: 2 });
    expect(readNumberAt(['killing', 'a', 'dozen', 'people'], 1)).toMatchObject({ value: 12, words: 2 });
    expect(readNumberAt(['a', 'man'], 0)).toBeNull();
  });
});
