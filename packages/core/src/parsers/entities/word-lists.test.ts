import { describe, expect, it } from 'vitest';
import { HONORIFIC_LIST, ListedWords, listsOf, PRONOUN_LIST, TITLE_WORD_LIST } from './word-lists.js';

describe('ListedWords', () => {
  const CITIES = new ListedWords(['baghdad', 'mosul']);
  const RIVERS = new ListedWords(['tigris', 'mosul']);

  // Each row: a word's lower case, and whether each list holds it, asked of a made word and of the string.
  it.each([
    ['baghdad', true, false],
    ['mosul', true, true],
    ['tigris', false, true],
    ['basra', false, false],
    ['Baghdad', false, false],
    ['', false, false],
  ])('%j: cities %j, rivers %j', (lower, city, river) => {
    const word = { lower, lists: -1 };
    expect(CITIES.holds(word)).toBe(city);
    expect(RIVERS.holds(word)).toBe(river);
    // Looked up when a list of its shape is asked, else still unknown.
    expect([-1, listsOf(lower)]).toContain(word.lists);
    expect(CITIES.has(lower)).toBe(city);
    expect(RIVERS.has(lower)).toBe(river);
  });

  it.each([
    ['minister', TITLE_WORD_LIST, true],
    ['mr', HONORIFIC_LIST, true],
    ['they', PRONOUN_LIST, true],
    ['baghdad', TITLE_WORD_LIST, false],
  ])('%j in a shared list: %j', (lower, list, expected) => {
    expect(list.holds({ lower, lists: -1 })).toBe(expected);
  });
});
