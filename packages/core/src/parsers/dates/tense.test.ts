import { describe, expect, it } from 'vitest';
import { contextAfter } from '../testing.js';
import { SentenceTenses, sentenceTense, sentenceTokenSpans, tenseAt, tokenSpanFinder } from './tense.js';

/** Texts of several sentences and paragraphs, with headline, line breaks and a blank run. */
const texts: Array<[string, string]> = [
  ['one paragraph', 'Rebels shelled the town on Tuesday. Officials said 12 people died. The army withdrew.'],
  [
    'a headline and paragraphs',
    'Council votes on budget\n\nThe council met on Monday.\n\nIt will vote again on March 3, 2021. Nobody objected.',
  ],
  ['wrapped lines', 'The minister said on Friday\nthat talks would resume\nnext week.  Markets rose.'],
  ['a single word', 'Tuesday'],
];

describe('tokenSpanFinder', () => {
  it.each(texts)('finds the token spans of every sentence: %s', (_name, text) => {
    const context = contextAfter(text);
    const { sentences } = context.article;
    const expected = sentenceTokenSpans(context.tokens, sentences.length);
    const find = tokenSpanFinder(context.tokens, sentences.length);
    expect(sentences.map((sentence, index) => find(index, sentence.start))).toEqual(expected);
    expect(expected.every(([first, end]) => end > first)).toBe(true);
  });
});

/** A sentence, and a word of it whose date tenses `SentenceTenses` must read as the direct calls do. */
const tenseRows: Array<[string, string, string]> = [
  ['a past sentence', 'Rebels shelled the town on Tuesday.', 'Tuesday'],
  ['a future sentence', 'The council will vote on Tuesday.', 'Tuesday'],
  ['a date before its verb', 'On Wednesday evening, the envoy led a ceremony.', 'Wednesday'],
  ['a deadline after a past verb', 'The offer, announced today, expires March 25.', 'March'],
  ['the future of reported speech', 'Officials said talks would resume on Monday.', 'Monday'],
];

describe('tenseAt', () => {
  // [sentence, the date's word, the tense of the verb governing it]
  const rows: Array<[string, string, string]> = [
    ['Rebels shelled the town on Tuesday.', 'Tuesday', 'past'],
    ['The council will vote on Tuesday.', 'Tuesday', 'future'],
    ['Officials said talks would resume on Monday.', 'Monday', 'future'],
    ["He said they'd meet again on Friday.", 'Friday', 'future'],
    ['Officials said the convoy would have arrived on Wednesday.', 'Wednesday', 'past'],
  ];
  it.each(rows)('%s (%s) → %s', (text, word, expected) => {
    const context = contextAfter(text);
    const span = tokenSpanFinder(context.tokens, context.article.sentences.length)(0, 0);
    expect(tenseAt(context.tokens, span, text.indexOf(word))).toBe(expected);
  });
});

describe('SentenceTenses', () => {
  it.each(tenseRows)('reads the tenses of tenseAt and sentenceTense: %s', (_name, text, word) => {
    const context = contextAfter(text);
    const sentence = context.article.sentences[0];
    if (!sentence) throw new Error('no sentence');
    const find = tokenSpanFinder(context.tokens, context.article.sentences.length);
    const span = find(0, sentence.start);
    const offset = text.indexOf(word);
    const tenses = new SentenceTenses(context.tokens, find, 0, sentence.start).at(offset);
    expect({ local: tenses.local, sentence: tenses.sentence }).toEqual({
      local: tenseAt(context.tokens, span, offset),
      sentence: sentenceTense(context.tokens, span),
    });
  });
});
