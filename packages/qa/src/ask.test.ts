import { type Article, isValidSpan, parseArticle } from '@newsparse/core';
import { describe, expect, it } from 'vitest';
import { ask, createCorpus } from './index.js';
import type { Answer } from './types.js';

// Invented names and places: an airport attack told the way wire stories tell it.
const AIRPORT = `Militants fire rockets at Kessling airport

By Marta Quell and Tomas Brink

KESSLING, March 4 (Newswire) - At least nine people were killed and 14 others wounded when militants fired five rockets at the international airport in Kessling on Tuesday, officials said.

The Northern Dawn Brigade, a militia led by Ravel Osterman, claimed responsibility for the attack, saying it came in response to the arrest of two of its commanders last month.

The rival Sable Front denied any role in the assault.

One rocket landed in Marrow Square near the old town, while another struck a fuel depot, the interior ministry said.

"This was a cowardly attack on innocent travellers," said Interior Minister Hana Dervish, who called for calm.

Dervish, a former judge, warned that security at all airports would be tightened.

Luca Fenwick, the Valdorian ambassador to Estmark, said the embassy was helping stranded passengers.

Kessling lies about 40 kilometres south of the capital, Arvenne.
`;

const airport = parseArticle(AIRPORT, { published: '2026-03-04' });

function answerText(answer: Answer): string {
  return (answer.answer ?? '').toLowerCase();
}

function expectValidEvidence(answer: Answer, articles: Record<string, Article>): void {
  expect(answer.evidence.length).toBeGreaterThan(0);
  for (const evidence of answer.evidence) {
    const article = articles[evidence.articleId];
    expect(article, `unknown article id ${evidence.articleId}`).toBeDefined();
    expect(isValidSpan((article as Article).text, evidence.span)).toBe(true);
    expect(isValidSpan((article as Article).text, evidence.sentence)).toBe(true);
    // The sentence is the one the answer starts in.
    expect(evidence.sentence.start).toBeLessThanOrEqual(evidence.span.start);
    expect(evidence.span.start).toBeLessThan(Math.max(evidence.sentence.end, evidence.span.start + 1));
  }
}

describe('ask: one article', () => {
  // [question, kind, one of these must be in the answer]
  const answered: Array<[string, string, string[]]> = [
    ['Who claimed the attack?', 'claimant', ['northern dawn brigade']],
    ["who's behind the attack", 'claimant', ['northern dawn brigade']],
    ['Who denied involvement?', 'denial', ['sable front']],
    ['How many people were killed?', 'casualties', ['9', 'nine']],
    ['how many were wounded', 'casualties', ['14']],
    ['How many rockets were fired?', 'count', ['5', 'five']],
    ['What did Dervish say?', 'quote', ['cowardly', 'security']],
    ['What did Dervsh warn', 'quote', ['security', 'cowardly']],
    ['Who said this was a cowardly attack on innocent travellers?', 'speaker', ['dervish']],
    ['What weapons were used?', 'weapon', ['rockets']],
    // The lede, without the headline, byline or dateline.
    ['What happened?', 'summary', ['at least nine people were killed and 14 others wounded when militants']],
    // Asked by role: the person the article gives that role, named in the answer.
    ['What did the interior minister say?', 'quote', ['hana dervish: this was a cowardly attack']],
    ['What did the ambassador say?', 'quote', ['luca fenwick: the embassy was helping']],
    ['Who is Hana Dervish?', 'identity', ['interior minister', 'former judge']],
    ['Who leads the Northern Dawn Brigade?', 'leader', ['ravel osterman']],
    ['What is the Northern Dawn Brigade?', 'identity', ['a militia led by ravel osterman']],
    ['Who is the Valdorian ambassador to Estmark?', 'role', ['luca fenwick']],
    ['When was the attack?', 'when', ['tuesday', '2026-03-03']],
    ['Where did the rocket land?', 'where', ['marrow square']],
    ['Where was this story filed from?', 'filed', ['kessling']],
    ['Who wrote this story?', 'author', ['marta quell']],
    ['Why did the Northern Dawn Brigade attack the airport?', 'why', ['arrest']],
    ['How far is Kessling from Arvenne?', 'distance', ['40 kilometres']],
    // Both were hit; the events parser decides which target the attack is about.
    ['What was attacked?', 'target', ['airport', 'fuel depot']],
    ['Which square did a rocket land in', 'other', ['marrow square']],
  ];
  it.each(answered)('%s', (question, kind, expected) => {
    const answer = ask(question, [airport]);
    expect(answer.kind).toBe(kind);
    expect(answer.answer, answer.reason).not.toBeNull();
    expect(
      expected.some((part) => answerText(answer).includes(part)),
      answer.answer ?? '',
    ).toBe(true);
    expect(answer.confidence).toBeGreaterThan(0);
    expectValidEvidence(answer, { 'article-1': airport });
  });

  // Questions the article does not answer: the reply must abstain, with a reason, and invent nothing.
  const abstained: Array<[string]> = [
    ['How many people were kidnapped?'],
    ['Who won the football match?'],
    ['What did Boris Yelland say?'],
    ['Who leads the Sable Front?'],
    ['Who is Pieter Vandam?'],
    // The article says who called for calm, but never when.
    ['When did Hana Dervish call for calm?'],
  ];
  it.each(abstained)('%s → abstains', (question) => {
    const answer = ask(question, [airport]);
    expect(answer.answer, `answered ${answer.answer}`).toBeNull();
    expect(answer.reason).toMatch(/\w+ \w+/);
    expect(answer.evidence).toEqual([]);
  });

  it('answers "what happened" with the lede, after the dateline', () => {
    expect(ask('What happened?', [airport]).answer).toMatch(
      /^At least nine people were killed .* officials said\.$/,
    );
  });

  // "about …" chooses among the speaker's quotes; a topic no quote touches keeps them all.
  it.each([
    [
      'What did Hana Dervish say about security?',
      ['security at all airports would be tightened'],
      ['cowardly'],
    ],
    ['What did Dervish say about the travellers?', ['cowardly attack on innocent travellers'], ['security']],
    ['What did Dervish say about the weather?', ['cowardly', 'security'], []],
  ])('%s', (question, present, absent) => {
    const answer = answerText(ask(question, [airport]));
    for (const words of present) expect(answer).toContain(words);
    for (const words of absent) expect(answer).not.toContain(words);
  });

  it('takes no title from another person who shares the surname', () => {
    const text =
      'Campaign notes\n\nThe candidate met donors on Monday.\n\nHillary Clinton later drove to daughter Chelsea Clinton’s apartment, aides said.';
    const answer = ask('Who is Hillary Clinton?', [parseArticle(text)]);
    expect(answer.answer ?? '').not.toMatch(/Chelsea/);
  });

  it('abstains on the author of an article without a byline', () => {
    const unsigned = parseArticle(
      'HARLOW – Two people were injured when a gas main burst on Monday, police said.',
    );
    const answer = ask('Who wrote the article?', [unsigned]);
    expect(answer.answer).toBeNull();
    expect(answer.reason).toMatch(/byline/);
  });

  it('rejects a question that is not a string', () => {
    expect(() => ask(42 as unknown as string, [airport])).toThrow(/@newsparse\/qa/);
  });
});

describe('ask: several articles', () => {
  const first = parseArticle(
    'DORVAL – Twelve people were killed when a bomb exploded at the Dorval bus station on Friday, police said. The Copper Hand group claimed responsibility.',
  );
  const second = parseArticle(
    'DORVAL – Fifteen people were killed in a bombing at the Dorval bus station on Friday, hospital officials said.',
  );
  const other = parseArticle(
    'LINDEN – The Linden harvest festival opened on Saturday with a parade of tractors.',
  );

  it('names both articles when their counts disagree', () => {
    const answer = ask('How many people were killed?', [
      { id: 'wire', article: first },
      { id: 'local', article: second },
    ]);
    expect(answer.answer).toMatch(/12 killed according to wire/);
    expect(answer.answer).toMatch(/15 killed according to local/);
    expectValidEvidence(answer, { wire: first, local: second });
  });

  it('picks the article that answers and names it', () => {
    const answer = ask('Who claimed responsibility?', [first, other]);
    expect(answer.answer).toMatch(/Copper Hand/);
    expect(answer.answer).toMatch(/article-1/);
    expectValidEvidence(answer, { 'article-1': first, 'article-2': other });
  });

  it('retrieves from a corpus larger than maxArticles', () => {
    const corpus = createCorpus();
    for (let i = 0; i < 20; i++) corpus.add(other, `festival-${i}`);
    corpus.add(airport, 'airport');
    expect(corpus.size).toBe(21);
    const answer = ask('Who leads the Northern Dawn Brigade?', corpus);
    expect(answer.answer).toMatch(/Ravel Osterman/);
    expect(answer.evidence.every((evidence) => evidence.articleId === 'airport')).toBe(true);
    expectValidEvidence(answer, { airport: corpus.get('airport') as Article });
    expect(ask('Who won the football match?', corpus).answer).toBeNull();
  });

  it('refuses a duplicate corpus id', () => {
    const corpus = createCorpus().add(other, 'a');
    expect(() => corpus.add(other, 'a')).toThrow(/already holds/);
  });
});
