import { describe, expect, it } from 'vitest';
import { describesPerpetrators } from './words.js';

describe('describesPerpetrators', () => {
  it.each([
    [null, false],
    ['', false],
    ['the suicide bomber', true],
    ['3 Gunmen', true],
    ['two attackers, one civilian', true],
    ['police-shooters', true],
    ['the bombers’ families', true],
    ['bombing victims', false],
    ['civilians', false],
    ['İnsurgents in Ankara', false],
    ['two attac\u212Aers', true],
    ['gunmanship', false],
  ])('%s → %s', (who, expected) => {
    expect(describesPerpetrators(who)).toBe(expected);
  });
});
