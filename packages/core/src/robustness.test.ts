import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createParser, InputTooLargeError, NewsparseError, parseArticle } from './index.js';
import * as nlp from './nlp.js';
import type { Article, Span } from './types.js';

// Counts the wink-nlp passes, so a test can tell "rejected before parsing" from "parsed, then failed".
vi.mock('./nlp.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./nlp.js')>();
  return { ...actual, tokenize: vi.fn(actual.tokenize) };
});

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/articles/${name}`, import.meta.url), 'utf8');
const seedArticle = fixture('arab-weekly-2020-11-20-baghdad-embassy.txt');
const sampleArticle = fixture('sample-port-alder-depot.txt');

/** Every span anywhere in the article: any object with numeric `start`/`end` and a string `text`. */
function collectSpans(
  value: unknown,
  path = 'article',
  out: Array<[string, Span]> = [],
): Array<[string, Span]> {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collectSpans(item, `${path}[${index}]`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (
      typeof record.start === 'number' &&
      typeof record.end === 'number' &&
      typeof record.text === 'string'
    ) {
      out.push([path, record as unknown as Span]);
    }
    for (const [key, child] of Object.entries(record)) collectSpans(child, `${path}.${key}`, out);
  }
  return out;
}

/** The paths of spans whose text is not `input.slice(start, end)` or whose offsets are out of range. */
function invalidSpans(input: string, article: Article): string[] {
  const bad: string[] = [];
  for (const [path, span] of collectSpans(article)) {
    const valid =
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.start <= span.end &&
      span.end <= input.length &&
      input.slice(span.start, span.end) === span.text;
    if (!valid)
      bad.push(
        `${path} {start: ${span.start}, end: ${span.end}, text: ${JSON.stringify(span.text.slice(0, 60))}}`,
      );
  }
  return bad;
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DATELINE_DATE = /^(?:\d{4}|--)-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const isCount = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** What types.ts promises beyond valid spans: ordering, formats, finite counts, unique ids. */
function contractViolations(article: Article): string[] {
  const problems: string[] = [];
  const checkOrdered = (name: string, spans: Span[]) => {
    spans.forEach((span, index) => {
      const previous = spans[index - 1];
      if (previous && previous.end > span.start)
        problems.push(`${name}[${index}] overlaps or precedes ${name}[${index - 1}]`);
      if (span.text.length === 0) problems.push(`${name}[${index}] is empty`);
    });
  };
  checkOrdered('paragraphs', article.paragraphs);
  checkOrdered('sentences', article.sentences);
  const ids = new Set<string>();
  for (const entity of article.entities) {
    if (ids.has(entity.id)) problems.push(`entity id ${entity.id} repeated`);
    ids.add(entity.id);
    if (entity.mentions.length === 0) problems.push(`entity ${entity.id} has no mention`);
  }
  const knownEntity = (ref: { entityId: string | null } | null) => !ref?.entityId || ids.has(ref.entityId);
  article.quotes.forEach((quote, i) => {
    if (!knownEntity(quote.speaker)) problems.push(`quotes[${i}].speaker points to a missing entity`);
  });
  article.claims.forEach((claim, i) => {
    if (!knownEntity(claim.actor)) problems.push(`claims[${i}].actor points to a missing entity`);
  });
  article.dates.forEach((mention, i) => {
    if (!DATE.test(mention.date)) problems.push(`dates[${i}].date ${mention.date}`);
    if (mention.end !== undefined && !DATE.test(mention.end)) problems.push(`dates[${i}].end ${mention.end}`);
    if (mention.time !== undefined && !TIME.test(mention.time))
      problems.push(`dates[${i}].time ${mention.time}`);
  });
  if (article.published) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(article.published.date))
      problems.push(`published.date ${article.published.date}`);
    if (article.published.time !== null && !TIME.test(article.published.time)) {
      problems.push(`published.time ${article.published.time}`);
    }
  }
  if (article.dateline?.date && !DATELINE_DATE.test(article.dateline.date)) {
    problems.push(`dateline.date ${article.dateline.date}`);
  }
  article.casualties.forEach((casualty, i) => {
    if (!isCount(casualty.count) || !isCount(casualty.min))
      problems.push(`casualties[${i}] count ${casualty.count}/${casualty.min}`);
    if (casualty.max !== null && !(isCount(casualty.max) && casualty.max >= casualty.min)) {
      problems.push(`casualties[${i}].max ${casualty.max} < min ${casualty.min}`);
    }
  });
  for (const field of ['killed', 'injured'] as const) {
    const value = article.toll[field];
    if (value !== null && !isCount(value)) problems.push(`toll.${field} ${value}`);
  }
  article.events.forEach((event, i) => {
    if (event.count !== null && !isCount(event.count)) problems.push(`events[${i}].count ${event.count}`);
    if (event.date !== null && !DATE.test(event.date)) problems.push(`events[${i}].date ${event.date}`);
  });
  // "Plain JSON: safe to store and send" — no Set, Map, undefined-only fields, NaN or Infinity.
  if (!isPlainJson(article)) problems.push('article is not plain JSON');
  return problems;
}

function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as object).every((child) => child === undefined || isPlainJson(child));
  }
  return false;
}

const OTHER_TEXT = 'LONDON (Reuters) - Two people were hurt on Monday, police said.';

/**
 * Parses `input`, checks every span and the model's contract, then parses other text and `input`
 * again: the second result must be deep-equal (no state leaks from one parse into the next).
 */
/** Relative dates without a publication date read the clock unless given this moment: pinned, so two parses compare. */
const REFERENCE = '2026-01-15T12:00:00Z';

function expectSoundParse(input: string, given?: Parameters<typeof parseArticle>[1]): Article {
  const options = { reference: REFERENCE, ...given };
  const article = parseArticle(input, options);
  // The pipeline catches a parser that throws and records it: still a bug, and its fields are missing.
  expect(article.parserErrors ?? []).toEqual([]);
  expect(article.text).toBe(input);
  expect(invalidSpans(input, article)).toEqual([]);
  expect(contractViolations(article)).toEqual([]);
  parseArticle(OTHER_TEXT);
  expect(parseArticle(input, options)).toEqual(article);
  return article;
}

const repeatTo = (text: string, length: number) =>
  text.repeat(Math.ceil(length / text.length)).slice(0, length);
const words = (count: number, vocabulary: string[]) =>
  Array.from({ length: count }, (_, i) => vocabulary[i % vocabulary.length]).join(' ');

/** Inputs that have broken text parsers before: each must parse without throwing or a bad span. */
const INHERITED_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
];

const adversarial: Array<[string, string]> = [
  ['empty', ''],
  ['white space only', ' \t\n\r\n\u00a0\u2028\u2029 '],
  ['one character', 'a'],
  ['5,000 straight double quotes', '"'.repeat(5000)],
  ['5,000 curly quotes, alternating', '“”'.repeat(2500)],
  ['5,000 opening curly quotes', '“'.repeat(5000)],
  ['5,000 apostrophes between words', "it's ".repeat(5000)],
  ['unbalanced quotes', '"He said. “She said ” they “said" \'and\' ‘then’ ’ «no» „yes“ "'.repeat(50)],
  ['quote never closed', `Zebari said: “${words(2000, ['the', 'attack', 'was', 'a', 'test'])}`],
  [
    'one 10,000-word sentence',
    `${words(10_000, ['The', 'Minister', 'said', 'that', 'at', 'least', '28', 'people', 'were', 'killed', 'in', 'Baghdad', 'on', 'Tuesday', 'and'])}.`,
  ],
  ['10,000 one-word sentences', 'Yes. '.repeat(10_000)],
  ['100,000 line breaks', '\n'.repeat(100_000)],
  ['20,000 CRLF pairs between words', 'word\r\n'.repeat(20_000)],
  [
    'control characters',
    Array.from({ length: 32 }, (_, c) => String.fromCharCode(c))
      .join('x')
      .repeat(200),
  ],
  ['NUL bytes', '\u0000'.repeat(10_000)],
  [
    'every Latin-1 code unit',
    Array.from({ length: 256 }, (_, c) => String.fromCharCode(c))
      .join('')
      .repeat(40),
  ],
  ['lone high surrogates', '\ud800'.repeat(1000)],
  ['lone low surrogates between words', 'said \udc00 killed \udfff Reuters '.repeat(200)],
  ['split surrogate pairs', '😀'.repeat(500).slice(1, -1)],
  ['emoji and combining marks', 'Zeba\u0301ri 👩🏽‍⚕️ said “ok” 🇮🇶 killed 3 '.repeat(200)],
  [
    'byte-order marks and zero-width characters',
    '\ufeffBy\u200b John\u200d Smith\ufeff\n\n\u2060BAGHDAD – x'.repeat(100),
  ],
  [
    'HTML page',
    '<!doctype html><html><head><title>Attack</title><script>var a="</p>";</script></head><body>' +
      '<h1>Rockets hit &amp; kill 5</h1><p class="byline">By <a href="/x">Jane Roe</a></p>' +
      '<p>BAGHDAD &ndash; &quot;It was loud,&quot; she said.</p><!-- "unclosed --></body></html>',
  ],
  [
    'Arabic',
    'بغداد – قال وزير الخارجية السابق هوشيار زيباري إن "الهجمات الصاروخية" خطيرة. قتل 28 شخصا.\n\n'.repeat(
      100,
    ),
  ],
  [
    'Chinese and Japanese',
    '北京（路透社）— 外交部发言人说：“我们反对。”至少28人死亡。東京で地震があった。\n\n'.repeat(100),
  ],
  ['Cyrillic', 'МОСКВА (Рейтер) - «Это провокация», — заявил министр. Погибли 28 человек.\n\n'.repeat(100)],
  [
    'right-to-left marks and mixed scripts',
    '\u202eBy \u202dAli\u202c said “\u0645\u0631\u062d\u0628\u0627” in Kyiv 2020'.repeat(100),
  ],
  ['numbers only', Array.from({ length: 5000 }, (_, i) => String(i * 7919)).join(' ')],
  ['huge numbers', '99999999999999999999999999 people were killed and 1e308 wounded on 99/99/99999.'],
  [
    'dates everywhere',
    'On January 3, 2019, Jan. 3, 3/1/2019, 2019-01-03, Tuesday, last year, 31 February 2021. '.repeat(200),
  ],
  ['all-caps dateline lookalikes', 'BAGHDAD – '.repeat(2000)],
  ['bylines only', 'By By By Reporting by ; Editing by , and '.repeat(500)],
  ['seed article with its line breaks doubled', seedArticle.replace(/\n/g, '\n\n')],
  ['seed article on one line', seedArticle.replace(/\s+/g, ' ')],
  ['seed article twice', `${seedArticle}\n\n${sampleArticle}`],
  ['seed article cut mid-word', seedArticle.slice(17, 3001)],
  // recheck's attack strings for patterns it flagged (scripts/check-redos.mjs): must stay fast.
  ['tab run ending in READ', `${'\t'.repeat(50_000)}\tREAD`],
  // 20 KB: wink-nlp's tokenizer is quadratic on one long run without white space (readDoc alone: 0.4 s
  // at 10 KB, 1.1 s at 20 KB, 15 s a parse at 60 KB). Kept small for CI until such runs are broken up
  // before the wink pass.
  ['abbreviation run', `${'l.'.repeat(10_000)}\u0000`],
  ['photo credit run', `o${'\tAP/\t'.repeat(1200)}`],
  ['tab run before a mark', `${'\t'.repeat(50_000)}\u0000\t`],
  // Word tables that were plain objects answered for these: "constructor" read as a casualty count.
  [
    'names every object inherits',
    INHERITED_NAMES.map(
      (name) =>
        `${name} by Jane Roe\n\nThe attack killed the ${name} of the bridge. ${name} people were killed and ${name} were wounded in a ${name} attack on ${name} 3. The ${name} claimed responsibility.`,
    ).join('\n\n'),
  ],
];

describe('parseArticle on adversarial input', () => {
  it.each(adversarial)('%s: no throw, valid spans, deterministic', (_name, input) => {
    expectSoundParse(input);
  });

  it('parses ~1 MB of news text with valid spans', () => {
    const input = repeatTo(`${seedArticle}\n\n${sampleArticle}\n\n`, 1_000_000);
    const article = parseArticle(input);
    expect(article.parserErrors ?? []).toEqual([]);
    expect(invalidSpans(input, article)).toEqual([]);
    expect(contractViolations(article)).toEqual([]);
    expect(article.sentences.length).toBeGreaterThan(1000);
  });

  it('keeps spans valid with `published` given as an option', () => {
    expectSoundParse(sampleArticle, { published: '2026-09-15' });
    expectSoundParse(seedArticle, { published: new Date('2020-11-20T12:00:00Z') });
  });
});

/** Code units of every kind, lone surrogates included (fc's 'binary' unit only makes whole pairs). */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Pieces of news copy and of things that are not, so random strings reach the parsers' rules. */
const newsPiece = fc.constantFrom(
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '.',
  ',',
  ':',
  ';',
  '-',
  '–',
  '—',
  '(',
  ')',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '«',
  '»',
  'By',
  'Reporting by',
  'Editing by',
  'and',
  'Reuters',
  '(Reuters)',
  'AP',
  'AFP',
  'BAGHDAD',
  'WASHINGTON',
  'Port Alder',
  'Va.',
  'Mr.',
  'Dr.',
  'U.S.',
  'p.m.',
  'said',
  'says',
  'told reporters',
  'according to',
  'claimed responsibility',
  'denied',
  'blamed',
  'killed',
  'wounded',
  'injured',
  'missing',
  'at least',
  'dozens of',
  'people',
  'civilians',
  'police officers',
  'including',
  'a child',
  'rocket attack',
  'bombing',
  'three',
  'seven',
  '28',
  '1,200',
  '20/11/2020',
  'Nov. 20',
  '2019',
  'Tuesday',
  'last week',
  'January 3',
  'Jane',
  'Roe',
  'Hana',
  'Okafor',
  'Ministry',
  'Brigades',
  'he',
  'she',
  'they',
  'Photo:',
  '(REUTERS)',
  'Published:',
  'Updated',
  '5 min read',
  '<p>',
  '</p>',
  '&amp;',
  'قال',
  '北京',
  'заявил',
  '\u0000',
  '\ufeff',
  '\u200b',
  '\ud800',
  '\udc00',
  '😀',
  ...INHERITED_NAMES,
);
const newsLikeText = fc.array(newsPiece, { maxLength: 300 }).map((pieces) => pieces.join(''));

/** The seed article with random cuts and insertions: realistic structure, broken in random places. */
const mutatedArticle = fc
  .tuple(
    fc.constantFrom(seedArticle, sampleArticle),
    fc.array(
      fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.oneof(newsLikeText, fc.string({ unit: anyCodeUnit }))),
      {
        minLength: 1,
        maxLength: 5,
      },
    ),
  )
  .map(([base, edits]) =>
    edits.reduce((text, [at, cut, insert]) => {
      const start = at % (text.length + 1);
      return text.slice(0, start) + insert + text.slice(start + cut);
    }, base),
  );

describe('parseArticle on generated input (fast-check)', () => {
  const property = (input: string) => {
    expectSoundParse(input);
  };

  it('any UTF-16 string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: anyCodeUnit, maxLength: 400 }), property), { numRuns: 150 });
  });

  it('any Unicode string (grapheme clusters)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), property), { numRuns: 100 });
  });

  it('news-like text assembled from bylines, datelines, quotes and counts', () => {
    fc.assert(fc.property(newsLikeText, property), { numRuns: 200 });
  });

  it('real articles with random cuts and insertions', () => {
    fc.assert(fc.property(mutatedArticle, property), { numRuns: 60 });
  });

  it('a valid `published` option never breaks a span', () => {
    const published = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(newsLikeText, published, (input, date) => {
        expectSoundParse(input, { published: date });
      }),
      { numRuns: 60 },
    );
  });
});

describe('typed errors', () => {
  const tokenize = vi.mocked(nlp.tokenize);
  // A function returned from beforeEach would be run as the teardown: keep the block body.
  beforeEach(() => {
    tokenize.mockClear();
  });

  const notStrings: Array<[string, unknown, string]> = [
    ['a number', 42, 'number'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an object', { text: 'BAGHDAD – x' }, 'object'],
    ['an array', ['BAGHDAD – x'], 'object'],
    ['a Buffer', Buffer.from('BAGHDAD – Six people were killed.'), 'object'],
    ['a String object', new String('BAGHDAD'), 'object'],
  ];

  it.each(notStrings)('%s gets a TypeError naming what was passed', (_name, input, typeName) => {
    const call = () => parseArticle(input as string);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/@newsparse\/core: .*string/);
    expect(call).toThrow(new RegExp(`got ${typeName}`));
    expect(() => createParser().parse(input as string)).toThrow(TypeError);
    expect(tokenize).not.toHaveBeenCalled();
  });

  const tooLarge: Array<[string, number, number | undefined]> = [
    ['~1 MB over a 500,000 limit', 1_000_000, 500_000],
    ['one character over the default 2,000,000 limit', 2_000_001, undefined],
    ['six characters over a limit of 5', 11, 5],
    ['anything over a limit of 0', 1, 0],
  ];

  it.each(tooLarge)('%s gets InputTooLargeError without parsing', (_name, length, maxLength) => {
    const input = repeatTo('Six people were killed. ', length);
    const options = maxLength === undefined ? undefined : { maxLength };
    let thrown: unknown;
    try {
      parseArticle(input, options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputTooLargeError);
    expect(thrown).toBeInstanceOf(NewsparseError);
    expect(thrown).toMatchObject({ code: 'INPUT_TOO_LARGE', length, maxLength: maxLength ?? 2_000_000 });
    expect(tokenize).not.toHaveBeenCalled();
  });

  const withinLimit: Array<[string, number, number]> = [
    ['exactly at the limit', 24, 24],
    ['empty input with a limit of 0', 0, 0],
  ];

  it.each(withinLimit)('%s is parsed', (_name, length, maxLength) => {
    const input = repeatTo('Six people were killed. ', length);
    expect(parseArticle(input, { maxLength }).text).toBe(input);
  });

  const badOptions: Array<[string, Parameters<typeof parseArticle>[1]]> = [
    ['negative maxLength', { maxLength: -1 }],
    ['NaN maxLength', { maxLength: Number.NaN }],
    ['unreadable published date', { published: 'the day before yesterday' }],
    ['invalid Date', { published: new Date('nope') }],
  ];

  it.each(badOptions)('%s gets NewsparseError INVALID_OPTION', (_name, options) => {
    expect(() => parseArticle('Six people were killed.', options)).toThrow(
      expect.objectContaining({ name: 'NewsparseError', code: 'INVALID_OPTION' }),
    );
  });
});

describe('the span walker itself', () => {
  const article = (extra: Partial<Article>) => ({ ...parseArticle(''), ...extra }) as Article;
  const rows: Array<[string, Article, number]> = [
    ['valid headline', article({ headline: { start: 0, end: 3, text: 'abc' } }), 0],
    ['wrong text', article({ headline: { start: 0, end: 3, text: 'abd' } }), 1],
    ['out of range', article({ paragraphs: [{ start: 2, end: 9, text: 'c' }] }), 1],
    [
      'nested in a quote speaker',
      article({
        quotes: [
          {
            kind: 'direct',
            text: { start: 0, end: 1, text: 'a' },
            speaker: { name: 'x', entityId: null, span: { start: 1, end: 2, text: 'x' } },
            verb: null,
            span: { start: 0, end: 3, text: 'abc' },
          },
        ],
      }),
      1,
    ],
  ];
  it.each(rows)('%s', (_name, value, invalidCount) => {
    expect(invalidSpans('abc', value)).toHaveLength(invalidCount);
  });
});
