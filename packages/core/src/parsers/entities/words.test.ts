import { describe, expect, it } from 'vitest';
import { wordsOf } from './test-helpers.js';
import { lowerCaseFingerprint } from './words.js';

describe('WordList', () => {
  // Each row: a body, the index of a word in the story (the headline has five words), and what the
  // list answers about it without making the word, which must match the word once made.
  it.each([
    ['The envoy met Ahmed’s son.', 5, { text: 'The', lower: 'the', gap: null, capitalised: true }],
    ['The envoy met Ahmed’s son.', 8, { text: 'Ahmed', lower: 'ahmed', gap: ' ', capitalised: true }],
    ['The envoy met Ahmed’s son.', 9, { text: 'son', lower: 'son', gap: ' ', capitalised: false }],
    ['Talks ended, the aide said.', 7, { text: 'the', lower: 'the', gap: ', ', capitalised: false }],
    ['An Iran-backed group spoke.', 6, { text: 'Iran', lower: 'iran', gap: ' ', capitalised: true }],
    ['The café don’t close.', 7, { text: 'don’t', lower: 'don’t', gap: ' ', capitalised: false }],
  ])('%s word %i', (body, index, expected) => {
    const words = wordsOf(body);
    const gap = words.gapAt(index);
    const lower = words.lowerAt(index);
    const asked = { text: words.textAt(index), lower, gap, capitalised: words.isCapitalised(index) };
    expect(asked).toEqual(expected);
    expect(words.lowerIs(index, expected.lower)).toBe(true);
    expect(words.lowerIs(index, `${expected.lower}s`)).toBe(false);
    const word = words.get(index);
    expect({ text: word.text, lower: word.lower, gap: word.gap, capitalised: word.capitalised }).toEqual(
      expected,
    );
  });

  it.each([
    ['The aide said the talks ended.', 'said', true],
    ['The aide said the talks ended.', 'the', true],
    ['The aide said the talks ended.', 'aide', true],
    ['The aide said the talks ended.', 'envoy', false],
    ['Race officials met. The race ended.', 'race', true],
    ['Race officials met.', 'race', false],
  ])('%s has the lower-case word %s: %s', (body, lower, expected) => {
    const words = wordsOf(body);
    let found = false;
    for (let i = 0; i < words.length; i++)
      if (!words.isCapitalised(i) && words.lowerAt(i) === lower) found = true;
    expect(found).toBe(expected);
    expect(words.writtenInLowerCase(lower)).toBe(expected);
    // The filter never says no to a word that is there.
    if (expected) expect(words.mayHaveFingerprint(lowerCaseFingerprint(lower))).toBe(true);
  });

  // Each row: a body, the index of a word in the story (after the five of the headline), and whether
  // a comma and white space alone come before it, as `/^,\s+$/` says of its gap.
  it.each([
    ['Talks ended, the aide said.', 7, true],
    ['Talks ended,  the aide said.', 7, true],
    ['Talks ended , the aide said.', 7, false],
    ['Talks ended,the aide said.', 7, false],
    ['Talks ended. The aide said.', 7, false],
    ['Talks ended, the aide said.', 5, false],
  ])('%s: a comma before word %i: %s', (body, index, expected) => {
    const words = wordsOf(body);
    expect(words.commaThenSpaceBefore(index)).toBe(expected);
    expect(/^,\s+$/.test(words.gapAt(index) ?? '')).toBe(expected);
  });

  // Each row: a paragraph after the headline, and whether its words are read as a title-case line.
  it.each([
    ['Angry Protesters Storm Parliament After Vote', true],
    ['Angry Protesters Storm Parliament After the Vote in 2020', true],
    ['Militias Clash With al-Qaeda Fighters Near Baghdad', true],
    ['Pieter van der Berg Wins Again in Leiden', true],
    ['Angry protesters stormed Parliament', false],
    ['Officials Say it Was Over Quickly', false],
    ['Talks Between Leaders Resumed afterwards', false],
  ])('%j is title case: %s', (body, expected) => {
    expect(wordsOf(body).get(5).titleCase).toBe(expected);
  });

  it('answers as many questions about lower-case words as a long text asks, from an index', () => {
    const words = wordsOf('Race officials met. The race ended. Talks went on, the aide said.');
    // More questions than scans allowed before the index is built; the answers stay the same.
    for (let round = 0; round < 40; round++) {
      expect(words.writtenInLowerCase('race')).toBe(true);
      expect(words.writtenInLowerCase('the')).toBe(true);
      expect(words.writtenInLowerCase('officials')).toBe(true);
      expect(words.writtenInLowerCase('ended')).toBe(true);
      expect(words.writtenInLowerCase('talks')).toBe(false);
      expect(words.writtenInLowerCase('envoy')).toBe(false);
      expect(words.writtenInLowerCase('rac')).toBe(false);
    }
  });
});
