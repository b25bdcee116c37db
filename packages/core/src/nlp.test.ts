import { describe, expect, it } from 'vitest';
import { loadNlp, tokenize } from './nlp.js';

const shape = (text: string) => tokenize(loadNlp(), text).tokens.map((token) => `${token.text}/${token.pos}`);

describe('tokenize', () => {
  // wink-nlp keeps "Velmora’s" whole once "Velmora’s," has put it in its lexicon; each row reads the
  // possessive before and after that happens, with names no other test uses.
  const possessives: Array<[primer: string, text: string, expected: string[]]> = [
    [
      'The plan was Velmora’s, not ours.',
      'Velmora’s plan failed.',
      ['Velmora/PROPN', '’s/PART', 'plan/NOUN', 'failed/VERB', './PUNCT'],
    ],
    [
      "It was the Quendrix's, he said.",
      "Quendrix's chief resigned.",
      ['Quendrix/PROPN', "'s/PART", 'chief/ADJ', 'resigned/VERB', './PUNCT'],
    ],
  ];
  it.each(possessives)('reads a possessive the same before and after "%s"', (primer, text, expected) => {
    const before = shape(text);
    shape(primer);
    expect(shape(text)).toEqual(before);
    expect(before).toEqual(expected);
  });

  it('keeps offsets and sentence ranges consistent when it splits a possessive', () => {
    const text = 'It was Tarvo’s, he said. Tarvo’s team won. They left.';
    shape(text);
    const { tokens, sentenceTokenRanges } = tokenize(loadNlp(), text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(
      sentenceTokenRanges.map(([first, last]) => text.slice(tokens[first]?.start, tokens[last]?.end)),
    ).toEqual(['It was Tarvo’s, he said.', 'Tarvo’s team won.', 'They left.']);
  });

  it('gives the lemma wink gives, from its cache or not', () => {
    const text = 'She said they were running and had run; the ministers met.';
    const first = tokenize(loadNlp(), text).tokens.map((token) => token.lemma);
    const second = tokenize(loadNlp(), text).tokens.map((token) => token.lemma);
    expect(second).toEqual(first);
    expect(first).toEqual([
      'she',
      'say',
      'they',
      'be',
      'run',
      'and',
      'have',
      'run',
      ';',
      'the',
      'minister',
      'meet',
      '.',
    ]);
  });
});
