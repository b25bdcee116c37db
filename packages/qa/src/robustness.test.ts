import { readFileSync } from 'node:fs';
import { type Article, parseArticle, type Span } from '@newsparse/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answer, ask, createCorpus } from './index.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/articles/${name}`, import.meta.url), 'utf8');
const seedArticle = parseArticle(fixture('arab-weekly-2020-11-20-baghdad-embassy.txt'), {
  published: '2020-11-20',
});
const sampleArticle = parseArticle(fixture('sample-port-alder-depot.txt'));

/** Articles that stress the answerers: nothing to find, marks without words, one endless sentence. */
const oddArticles: Array<[string, Article]> = [
  ['empty', parseArticle('')],
  ['quote marks only', parseArticle('“'.repeat(3000))],
  [
    'one 10,000-word sentence',
    parseArticle(
      `${Array.from({ length: 10_000 }, (_, i) => ['Governor', 'Castell', 'said', 'nine', 'people', 'were', 'killed'][i % 7]).join(' ')}.`,
    ),
  ],
  [
    'control characters and lone surrogates',
    parseArticle('\u0000\u0001 said \ud800 killed \udfff 3\n\n'.repeat(300)),
  ],
  ['HTML', parseArticle('<p>By <b>Jane Roe</b></p><p>KESSELTON &ndash; &quot;No,&quot; she said.</p>')],
  ['Arabic and Chinese', parseArticle('قال الوزير إن 28 شخصا قتلوا.\n\n北京——外交部发言人说：“我们反对。”')],
];

const validIn = (text: string, span: Span) =>
  Number.isInteger(span.start) &&
  Number.isInteger(span.end) &&
  span.start >= 0 &&
  span.start <= span.end &&
  span.end <= text.length &&
  text.slice(span.start, span.end) === span.text;

/** What every answer promises, whatever the question: see `Answer` in types.ts. */
function answerProblems(answer: Answer, articleById: (id: string) => Article | undefined): string[] {
  const problems: string[] = [];
  if (answer.answer !== null && typeof answer.answer !== 'string')
    problems.push('answer is neither string nor null');
  if (typeof answer.kind !== 'string' || answer.kind.length === 0) problems.push('no kind');
  if (!(Number.isFinite(answer.confidence) && answer.confidence >= 0 && answer.confidence <= 1)) {
    problems.push(`confidence ${answer.confidence}`);
  }
  if (answer.answer === null && !(typeof answer.reason === 'string' && answer.reason.length > 0)) {
    problems.push('abstained without a reason');
  }
  if (answer.answer !== null && answer.evidence.length === 0) problems.push('answered without evidence');
  answer.evidence.forEach((evidence, i) => {
    const article = articleById(evidence.articleId);
    if (!article) {
      problems.push(`evidence[${i}] names unknown article ${evidence.articleId}`);
      return;
    }
    if (!validIn(article.text, evidence.sentence))
      problems.push(`evidence[${i}].sentence is not a valid span`);
    if (!validIn(article.text, evidence.span)) problems.push(`evidence[${i}].span is not a valid span`);
    if (evidence.span.start < evidence.sentence.start || evidence.span.end > evidence.sentence.end) {
      problems.push(`evidence[${i}].span lies outside its sentence`);
    }
  });
  return problems;
}

/** Asks twice: the answer keeps its promises and is the same both times. */
function expectSoundAnswers(question: string, articles: Article[]) {
  const byId = (id: string) => {
    const match = /^article-(\d+)$/.exec(id);
    return match ? articles[Number(match[1]) - 1] : undefined;
  };
  const answer = ask(question, articles);
  expect(answerProblems(answer, byId)).toEqual([]);
  expect(ask(question, articles)).toEqual(answer);
}

const questions: Array<[string, string]> = [
  ['empty', ''],
  ['white space', ' \n\t '],
  ['question mark only', '?'],
  ['who wrote it', 'Who wrote this story?'],
  ['casualties', 'How many people were killed?'],
  ['claim', 'Who claimed responsibility for the attack?'],
  ['speaker', 'Who said "the worst will come"?'],
  ['quote of a named person', 'What did Zebari say?'],
  ['unknown name', 'What did Xylophone Quartermaine say about the harbour?'],
  ['not in any text', 'What is the capital of Mongolia?'],
  ['quote by role', 'What did the police chief say?'],
  ['victims', 'Who was killed?'],
  ['weapon', 'What weapons were used?'],
  ['summary', 'What happened?'],
  ['10,000-character question', `Who ${'claimed '.repeat(1250)}?`],
  ['5,000 quote marks', '"'.repeat(5000)],
  ['control characters', '\u0000\u0001\u0002Who\u0007 said\u001f?'],
  ['lone surrogates', 'Who \ud800 said \udc00?'],
  ['HTML', '<script>alert("who was killed")</script>'],
  ['Arabic', 'من أعلن مسؤوليته عن الهجوم؟'],
  ['Chinese', '谁声称对袭击负责？'],
  ['Cyrillic', 'Кто взял на себя ответственность?'],
  ['regex metacharacters', 'Who said (.*+?[]{}|\\^$) killed?'],
  ['numbers only', '1234567890 99999999999999999999'],
];

const articleSets: Array<[string, Article[]]> = [
  ['the seed article', [seedArticle]],
  ['both fixtures', [seedArticle, sampleArticle]],
  ['no articles', []],
  ['odd articles', oddArticles.map(([, article]) => article)],
  [
    'odd articles and the fixtures',
    [...oddArticles.map(([, article]) => article), sampleArticle, seedArticle],
  ],
];

describe('ask on fixed questions and odd articles', () => {
  const rows = questions.flatMap(([name, question]) =>
    articleSets.map(([setName, articles]): [string, string, string, Article[]] => [
      name,
      setName,
      question,
      articles,
    ]),
  );
  it.each(rows)('%s over %s: valid answer, deterministic', (_name, _set, question, articles) => {
    expectSoundAnswers(question, articles);
  });

  it('abstains, with a reason, when there is no article', () => {
    const answer = ask('How many people were killed?', []);
    expect(answer.answer).toBeNull();
    expect(answer.reason).toEqual(expect.any(String));
  });
});

/** Questions built from question words, names and words of the fixtures, and junk. */
const questionPiece = fc.constantFrom(
  'who',
  'Who',
  'what',
  'What did',
  'how many',
  'How many',
  'when',
  'where',
  'why',
  'said',
  'say',
  'claimed',
  'denied',
  'responsibility',
  'killed',
  'injured',
  'wounded',
  'people',
  'attack',
  'the',
  'story',
  'wrote',
  'filed',
  'happened',
  'weapons',
  'the spokesman',
  'Zebari',
  'Castell',
  'Baghdad',
  'Port Alder',
  'Soleimani',
  'Brigades',
  'leader',
  'ambassador',
  '?',
  '"',
  '“',
  '’s',
  ' ',
  ' ',
  '\n',
  '\u0000',
  '\ud800',
  '北京',
);
const questionLike = fc.array(questionPiece, { maxLength: 25 }).map((pieces) => pieces.join(' '));
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const anyQuestion = fc.oneof(questionLike, fc.string({ unit: anyCodeUnit, maxLength: 300 }));

/** News-like text to parse into an article, so answerers meet structures no fixture has. */
const newsPiece = fc.constantFrom(
  ' ',
  '\n\n',
  '.',
  ',',
  '“',
  '”',
  '"',
  'said',
  'told reporters',
  'By Jane Roe',
  'KESSELTON (Northwire) —',
  'At least',
  '12',
  'people',
  'were killed',
  'wounded',
  'claimed responsibility',
  'denied',
  'the Red Harbour Movement',
  'Governor Idris Demir',
  'on Tuesday',
  'in Maravel',
  'rockets',
  'hit a police station',
  '\u0000',
  '\ud800',
);
const generatedArticle = fc
  .array(newsPiece, { minLength: 1, maxLength: 120 })
  .map((pieces) => parseArticle(pieces.join(' ')));

describe('ask on generated input (fast-check)', () => {
  it('any question over the fixtures', () => {
    fc.assert(
      fc.property(anyQuestion, (question) => {
        expectSoundAnswers(question, [seedArticle, sampleArticle]);
      }),
      { numRuns: 150 },
    );
  });

  it('any question over generated articles', () => {
    fc.assert(
      fc.property(
        anyQuestion,
        fc.array(generatedArticle, { minLength: 1, maxLength: 3 }),
        (question, articles) => {
          expectSoundAnswers(question, articles);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a corpus answers with evidence from its own articles', () => {
    const corpus = createCorpus();
    const all: Array<[string, Article]> = [
      ['seed', seedArticle],
      ['sample', sampleArticle],
      ...oddArticles.map(([name, article]): [string, Article] => [`odd-${name}`, article]),
    ];
    for (const [id, article] of all) corpus.add(article, id);
    const byId = new Map(all);
    fc.assert(
      fc.property(anyQuestion, (question) => {
        const answer = ask(question, corpus);
        expect(answerProblems(answer, (id) => byId.get(id))).toEqual([]);
        expect(ask(question, corpus)).toEqual(answer);
      }),
      { numRuns: 150 },
    );
  });
});

describe('typed errors', () => {
  const notStrings: Array<[string, unknown]> = [
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { question: 'Who?' }],
  ];
  it.each(notStrings)('a question that is %s gets a TypeError', (_name, question) => {
    expect(() => ask(question as string, [seedArticle])).toThrow(TypeError);
    expect(() => ask(question as string, [seedArticle])).toThrow(/@newsparse\/qa: .*string/);
  });
});
