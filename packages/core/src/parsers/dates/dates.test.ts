import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parser.js';
import { isValidSpan } from '../../span.js';
import type { DateMention } from '../../types.js';
import { readsDayFirst } from './numeric.js';

type ExpectedDate = Omit<DateMention, 'text'> & { text: string };

/** Friday 2020-11-20, the seed article's publication date. */
const FRIDAY = '2020-11-20';

/** One story sentence under a headline, the publication date given; the date the sentence must yield. */
const mentions: Array<[string, string, ExpectedDate]> = [
  [
    'a weekday in a past-tense sentence is the most recent one',
    'Rebels shelled the town on Tuesday.',
    { text: 'Tuesday', date: '2020-11-17', precision: 'day' },
  ],
  [
    'a weekday evening',
    'Rockets hit the embassy compound on Tuesday evening, officials said.',
    { text: 'Tuesday evening', date: '2020-11-17', precision: 'day' },
  ],
  [
    '"last" before a weekday',
    'Last Tuesday, the council voted against the plan.',
    { text: 'Last Tuesday', date: '2020-11-17', precision: 'day' },
  ],
  [
    'a weekday before its verb',
    'On Wednesday evening, the envoy led a ceremony in the capital.',
    { text: 'Wednesday evening', date: '2020-11-18', precision: 'day' },
  ],
  [
    'a weekday in a future sentence',
    'The council will vote on Tuesday.',
    { text: 'Tuesday', date: '2020-11-24', precision: 'day' },
  ],
  [
    'a weekday still to come in reported speech',
    'Port authorities said shipping would resume on Wednesday once the quays were checked.',
    { text: 'Wednesday', date: '2020-11-25', precision: 'day' },
  ],
  [
    'a weekday of a conditional past',
    'Officials said the convoy would have arrived on Wednesday had the road been open.',
    { text: 'Wednesday', date: '2020-11-18', precision: 'day' },
  ],
  [
    'the publication weekday in a past sentence is the same day',
    'The minister resigned on Friday.',
    { text: 'Friday', date: '2020-11-20', precision: 'day' },
  ],
  [
    'an absolute date',
    'The treaty was signed on January 3, 2019.',
    { text: 'January 3, 2019', date: '2019-01-03', precision: 'day' },
  ],
  [
    'an ISO date',
    'The plant opened on 2020-10-02 after a long delay.',
    { text: '2020-10-02', date: '2020-10-02', precision: 'day' },
  ],
  ['last year', 'Sales fell last year.', { text: 'last year', date: '2019', precision: 'year' }],
  [
    'earlier this week',
    'Earlier this week, the envoy said talks would resume.',
    { text: 'Earlier this week', date: '2020-11-16', end: '2020-11-19', precision: 'day' },
  ],
  [
    'a month in a past sentence',
    'Prices rose in March.',
    { text: 'March', date: '2020-03', precision: 'month' },
  ],
  [
    'a month in a future sentence',
    'The talks will resume in March.',
    { text: 'March', date: '2021-03', precision: 'month' },
  ],
  [
    'a month and day without a year, past',
    'The company filed its offer on October 26.',
    { text: 'October 26', date: '2020-10-26', precision: 'day' },
  ],
  [
    'a deadline after a past clause keeps its nearest year',
    'The offer, announced today, expires December 15.',
    { text: 'December 15', date: '2020-12-15', precision: 'day' },
  ],
  [
    'a clock time',
    'The blast happened at 3:15 p.m. on Monday.',
    { text: '3:15 p.m. on Monday', date: '2020-11-16', precision: 'time', time: '15:15' },
  ],
  [
    'a clock time with "a.m." keeps its dot',
    'The plant closed at 10:30 a.m. local time.',
    { text: '10:30 a.m.', date: '2020-11-20', precision: 'time', time: '10:30' },
  ],
  [
    'years ago',
    'Two years ago, the plant closed.',
    { text: 'Two years ago', date: '2018', precision: 'year' },
  ],
  [
    'a bare year chrono leaves alone',
    'The cooperative was founded in 1998 by six farmers.',
    { text: '1998', date: '1998', precision: 'year' },
  ],
  [
    'yesterday',
    'The ministry said yesterday that it would appeal.',
    { text: 'yesterday', date: '2020-11-19', precision: 'day' },
  ],
  [
    'a first anniversary still to come whose printed date has passed',
    'Supporters say protests will erupt on the first anniversary of the flood on June 5, 2018.',
    {
      text: 'June 5, 2018',
      date: '2018-06-05',
      precision: 'day',
      note: 'a first anniversary still to come after 2020-11-20 puts the event on 2020-06-05; the printed year 2018 conflicts (kept as printed)',
    },
  ],
  [
    'a past event dated after publication',
    'The bridge collapsed on December 12, 2020.',
    {
      text: 'December 12, 2020',
      date: '2020-12-12',
      precision: 'day',
      note: 'a past-tense sentence dated after the publication date 2020-11-20',
    },
  ],
];

/** Numbers and phrases chrono can read as dates that are not: none may become a mention. */
const notDates: Array<[string, string]> = [
  ['a share price fraction', 'The stock traded at 12, down 1/8, in heavy trade.'],
  ['a mixed fraction', 'Shares fell to 11-1/2 on the news.'],
  ['a percentage range', 'Earnings should rise 15 to 20 pct.'],
  ['now', 'Market conditions must now be re-evaluated.'],
  ['a duration', 'The truce lasted for several weeks.'],
  ['a generic period', 'The economy weakened early in the year.'],
  ['a count', 'He scored 3 goals and made 2 saves.'],
  ['"march" the verb', 'Thousands will march to the square.'],
  ['"may" the verb', 'The minister may resign over the affair.'],
  ['a sentence length', 'He was sentenced to 10 years.'],
];

function datesOf(sentence: string, published = FRIDAY): DateMention[] {
  const text = `Headline for the story\n\n${sentence}\n\nA closing paragraph without any dates.`;
  const article = parseArticle(text, { published });
  for (const mention of article.dates) expect(isValidSpan(text, mention.text)).toBe(true);
  return article.dates;
}

describe('date mentions', () => {
  it.each(mentions)('%s', (_name, sentence, expected) => {
    const found = datesOf(sentence).find((mention) => mention.text.text === expected.text);
    expect(found).toBeDefined();
    expect({ ...found, text: found?.text.text }).toEqual(expected);
  });
});

describe('the reference moment, when the article has no publication date', () => {
  const text = 'Headline for the story\n\nThe blast was heard about an hour ago, and again yesterday.';
  const rows: Array<[reference: string | Date, expected: Array<[string, string, string | undefined]>]> = [
    [
      '2026-03-04T10:30:00Z',
      [
        ['about an hour ago', '2026-03-04', '09:30'],
        ['yesterday', '2026-03-03', undefined],
      ],
    ],
    [
      new Date(Date.UTC(2025, 0, 1, 0, 30)),
      [
        ['about an hour ago', '2024-12-31', '23:30'],
        ['yesterday', '2024-12-31', undefined],
      ],
    ],
  ];
  it.each(rows)('%s', (reference, expected) => {
    const article = parseArticle(text, { reference });
    expect(article.dates.map((mention) => [mention.text.text, mention.date, mention.time])).toEqual(expected);
  });

  it('gives way to the publication date', () => {
    const article = parseArticle(text, { reference: '2026-03-04T10:30:00Z', published: FRIDAY });
    expect(article.dates.find((mention) => mention.text.text === 'yesterday')?.date).toBe('2020-11-19');
  });

  it('is refused when it is not a date', () => {
    expect(() => parseArticle(text, { reference: 'soon' })).toThrow(/reference must be/);
  });
});

describe('not dates', () => {
  it.each(notDates)('%s', (_name, sentence) => {
    expect(datesOf(sentence)).toEqual([]);
  });
});

describe('day-first detection', () => {
  const rows: Array<[string, string, string, boolean]> = [
    [
      'a day-first number elsewhere in the text',
      'Filed 25/12/2019. The memo is dated 03/04/2020.',
      '2020-04-03',
      true,
    ],
    [
      'a month-first number elsewhere in the text',
      'Filed 12/25/2019. The memo is dated 03/04/2020.',
      '2020-03-04',
      false,
    ],
    ['day-first words', 'On 25 December the memo dated 03/04/2020 leaked.', '2020-04-03', true],
    ['month-first words', 'On December 25 the memo dated 03/04/2020 leaked.', '2020-03-04', false],
  ];
  it.each(rows)('%s', (_name, sentence, date, dayFirst) => {
    expect(readsDayFirst(sentence)).toBe(dayFirst);
    expect(datesOf(sentence).map((mention) => mention.date)).toContain(date);
  });
});

describe('the seed article', () => {
  const text = readFileSync(
    new URL('../../../../../fixtures/articles/arab-weekly-2020-11-20-baghdad-embassy.txt', import.meta.url),
    'utf8',
  );
  const article = parseArticle(text);

  it('is dated 2020-11-20 from its date line, filed in BAGHDAD, with no byline', () => {
    expect(article.published?.date).toBe('2020-11-20');
    expect(article.dateline).toMatchObject({ place: 'BAGHDAD', region: null, date: null, agency: null });
    expect(article.dateline?.span.text).toBe('BAGHDAD –');
    expect(article.byline).toBeNull();
  });

  const rows: Array<[string, string, boolean]> = [
    ['Tuesday evening', '2020-11-17', false],
    ['Wednesday evening', '2020-11-18', false],
    ['Last Tuesday', '2020-11-17', false],
    ['Earlier this week', '2020-11-16', false],
    ['January 3, 2019', '2019-01-03', true],
  ];
  it.each(rows)('%s → %s', (phrase, date, noted) => {
    const found = article.dates.filter((mention) => mention.text.text === phrase);
    expect(found.length).toBeGreaterThan(0);
    for (const mention of found) {
      expect(mention.date).toBe(date);
      expect(mention.note !== undefined).toBe(noted);
      expect(isValidSpan(text, mention.text)).toBe(true);
    }
  });

  it('does not report the publication date line or the dateline as mentions', () => {
    const published = article.published?.span;
    expect(published?.text).toBe('Friday 20/11/2020');
    for (const mention of article.dates) {
      expect(published && mention.text.start >= published.start && mention.text.end <= published.end).toBe(
        false,
      );
    }
  });
});
