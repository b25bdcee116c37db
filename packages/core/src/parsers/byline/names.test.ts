import { describe, expect, it } from 'vitest';
import { isPersonName } from './names.js';

describe('isPersonName', () => {
  const rows: Array<[string, boolean]> = [
    ['Janie Morrow', true],
    ["TED D'ALVARO", true],
    ['Maria de la Cruz', true],
    ['Tuesday evening', false],
    ['March Madness', false],
    ['contrast', false],
    ['The Council', false],
    ['Madonna', false],
  ];
  it.each(rows)('%s → %s', (name, expected) => {
    expect(isPersonName(name)).toBe(expected);
  });
});
