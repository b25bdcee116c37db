import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { spanOf } from '../../span.js';
import { mayHoldLikelyDate, mayHoldLikelyNumericDate } from './filters.js';
import {
  holdsOnlyLowerCaseMonthNames,
  isLikelyFormat,
  loadNewsChrono,
  parseInPieces,
} from './news-chrono.js';
import { keepsResult } from './resolve.js';

const REFERENCE = new Date('2020-11-20T12:00:00Z');

const DURATION_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENSlashMonthFormatParser',
]);

/** chrono with every parser on every sentence: what `parseInPieces` must find, faster. */
function allParsers(dayFirst: boolean): chrono.Chrono {
  const base = dayFirst ? chrono.en.GB : chrono.en.casual;
  return new chrono.Chrono({
    parsers: base.parsers.filter((parser) => !DURATION_PARSERS.has(parser.constructor.name)),
    refiners: [...base.refiners],
  });
}

/** What the dates parser reads of a result: where, what, and the components it resolves. */
function described(result: chrono.ParsedResult): string {
  const components = (['year', 'month', 'day', 'weekday', 'hour', 'minute', 'timezoneOffset'] as const)
    .map((name) => `${name}=${result.start.get(name)}${result.start.isCertain(name) ? '!' : ''}`)
    .join(' ');
  const end = result.end ? ` end ${result.end.get('month')}-${result.end.get('day')}` : '';
  return `${result.index} "${result.text}" ${components}${end}`;
}

function keptByPieces(sentence: string, dayFirst: boolean): { kept: string[]; askedOrder: boolean } {
  const span = spanOf(sentence, 0, sentence.length);
  const kept: string[] = [];
  let askedOrder = false;
  parseInPieces(
    sentence,
    span,
    REFERENCE,
    () => {
      askedOrder = true;
      return dayFirst;
    },
    false,
    (result, piece) => {
      if (result && keepsResult(piece, result)) kept.push(described(result));
    },
  );
  return { kept, askedOrder };
}

function keptByAllParsers(sentence: string, dayFirst: boolean): string[] {
  const span = spanOf(sentence, 0, sentence.length);
  return allParsers(dayFirst)
    .parse(sentence, { instant: REFERENCE, timezone: 0 }, { forwardDate: false })
    .filter((result) => keepsResult(span, result))
    .map(described);
}

/**
 * Sentences where some parsers are left out (no digit, a month's first letters inside a word, a
 * weekday's inside "money") or where what is left out borders what is read ("Mayfifth", "Tuesday of
 * next week"): the results kept must be those of chrono with every parser.
 */
const sentences: Array<[string, string]> = [
  ['a weekday and a clock time', 'The blast happened at 3:15 p.m. on Monday near the market.'],
  ['month letters inside words', 'The Mayor said the decline in the market was a matter of money.'],
  ['a month after "Mayor"', 'Mayor Tallis took office on May 5 after a long count.'],
  ['a month with a year', 'The decline began in Sept. 2019 and lasted until March.'],
  ['an abbreviated month and day', 'The vote is set for Dec 12, officials said.'],
  ['an ordinal glued to a month', 'The festival opens Mayfifth in the old town.'],
  ['a day before a month', 'The strike ended on 21st March after nine days.'],
  ['numbers only', 'Profit rose 12.5 pct to 13.5 mln dlrs in fiscal 1986.'],
  ['a decimal clock time', 'Trading resumed at 10.30 after the halt.'],
  ['a clock time in the morning', 'The shelling began at 5 in the morning.'],
  ['a numeric date', 'The memo dated 03/04/2020 was leaked.'],
  ['an ISO date and time', 'The log shows 2020-10-02T10:30 as the last entry.'],
  ['a year-month-day date', 'Filed on 2019/11/05 with the registrar.'],
  ['a two-digit day after a month', 'The deadline is January 21 for all bids.'],
  ['relative words', 'Talks resumed last week and will end next month.'],
  ['a week after a weekday', 'The ministers meet on Tuesday of next week.'],
  ['years ago', 'The plant closed two years ago, before the merger.'],
  ['the end of a month', 'Payments are due at the end of the month.'],
  ['casual days', 'Yesterday the council met; tomorrow it votes, and tonight it rests.'],
  ['a range of days', 'The fair runs from March 3 to March 5 in the capital.'],
  ['a weekday and a time', 'The court sits Tuesday at 5 p.m. in the annex.'],
  ['a time-zone name', 'The launch is at 9 am EST on Friday.'],
  ['weekday letters inside words', 'The satellite crossed Africa on a sunny afternoon.'],
  ['a lower-case zone after a time', 'The launch is at 9 am est, after a delay.'],
  ['a zone in brackets after a weekday', 'The talks end on Friday (GMT) in Geneva.'],
  ['words that are no zone after weekdays', 'They met on Tuesday and the panel on Monday PST.'],
  ['a lower-case zone after a weekday', 'The talks end on Friday gmt in Geneva.'],
  ['offsets after clock times', 'The feed starts at 10:30 GMT+2 and at 11:00 -05:00 later.'],
  ['month names as verbs', 'Thousands will march today and the minister may resign.'],
  ['a verb and a month', 'Thousands will march on May 5, the minister said.'],
  ['a lower-case month glued to a digit', 'The offer of 5may was pulled.'],
  ['an all-lower-case dateline', 'omaha, april 7 - barrow prices rose in may.'],
  ['a decimal and a month with a year', 'Profit rose 13.5 pct in January 2020.'],
  ['a slash date without a year', 'The vote on 3/4 last week was close.'],
];

describe('parseInPieces keeps what chrono with every parser keeps', () => {
  it.each(sentences)('%s', (_name, sentence) => {
    for (const dayFirst of [true, false]) {
      expect(keptByPieces(sentence, dayFirst).kept).toEqual(keptByAllParsers(sentence, dayFirst));
    }
  });
});

describe('the article order is read only when it can change a result', () => {
  const rows: Array<[string, string, boolean]> = [
    ['a numeric date', 'The memo dated 03/04/2020 was leaked on Monday.', true],
    ['a two-digit day after a month', 'The deadline is January 21 for all bids.', true],
    ['a one-digit day after a month', 'The deadline is January 5 for all bids.', false],
    ['a weekday', 'The council voted on Tuesday.', false],
    ['a day before a month', 'The strike ended on 21 March.', false],
    ['a decimal number', 'Profit rose 13.5 pct on Monday.', false],
    ['a month and a year', 'The plant closed in January 2020.', false],
    ['a slash date without a year', 'The vote on 3/4 last week was close.', true],
    ['a dashed date with a year', 'The memo dated 03-04-2020 was leaked.', true],
  ];
  it.each(rows)('%s', (_name, sentence, asked) => {
    expect(keptByPieces(sentence, true).askedOrder).toBe(asked);
  });
});

describe('mayHoldLikelyDate', () => {
  const rows: Array<[string, boolean]> = [
    ['Profit rose 12.5 pct to 13.5 mln dlrs in 1986.', false],
    ['Profit rose in March.', true],
    ['The market fell.', true],
    ['Trading resumed at 10.30.', true],
    ['The plant opens at 9am.', true],
    ['Filed 03/04/2020.', true],
    ['He scored 3 goals.', false],
  ];
  it.each(rows)('%s → %s', (text, expected) => {
    expect(mayHoldLikelyDate(text)).toBe(expected);
  });
});

describe('mayHoldLikelyNumericDate', () => {
  const rows: Array<[string, boolean]> = [
    ['Profit for the year rose 12 pct in 1986.', false],
    ['Trading resumed at 10.30 this year.', true],
    ['The shelling began at 5 in the morning.', true],
    ['The curfew starts at 11 at night.', true],
    ['The memo of 03/04/2020.', true],
    ["It is 5 o'clock.", true],
  ];
  it.each(rows)('%s → %s', (text, expected) => {
    expect(mayHoldLikelyNumericDate(text)).toBe(expected);
  });
});

describe('holdsOnlyLowerCaseMonthNames', () => {
  const rows: Array<[string, boolean]> = [
    ['The minister may resign.', true],
    ['Thousands will march and the minister may resign.', true],
    ['The minister may resign in May.', false],
    ['the minister may resign.', false],
    ['The offer of 5may was pulled.', false],
    ['The offer of may5 was pulled.', false],
    ['The festival opens mayfifth.', false],
    ['The vote is in sept. after the recess.', false],
    ['The Mayor spoke.', false],
  ];
  it.each(rows)('%s → %s', (text, expected) => {
    expect(holdsOnlyLowerCaseMonthNames(text)).toBe(expected);
  });
});

describe('isLikelyFormat', () => {
  const reference = chrono.ReferenceWithTimezone.fromInput({ instant: REFERENCE, timezone: 0 });
  const rows: Array<[string, Record<string, number>, boolean]> = [
    ['March 3', { month: 3, day: 3 }, true],
    ['10:30', { hour: 10, minute: 30 }, true],
    ['12', { hour: 12 }, false],
    ['1.5', { month: 5, day: 1 }, false],
    ['1 2', { hour: 12 }, false],
    ['1 2 3', { hour: 1 }, true],
    ['February 30', { year: 2021, month: 2, day: 30 }, false],
  ];
  it.each(rows)('%s → %s', (text, known, expected) => {
    const result = new chrono.ParsingResult(
      reference,
      0,
      text,
      new chrono.ParsingComponents(reference, known),
    );
    expect(isLikelyFormat(result)).toBe(expected);
  });
});

describe('the trigger-word pattern built at run time', () => {
  // The ReDoS check reads pattern literals only: this one is built from word lists, so its shape is
  // checked here. An alternation of plain words cannot backtrack more than the longest word.
  it('is an alternation of plain lower-case words', () => {
    const { words } = loadNewsChrono();
    const alternatives = words.source.split('|');
    expect(alternatives.filter((word) => !/^[a-z]+$/.test(word))).toEqual([]);
    expect(alternatives.length).toBeGreaterThan(20);
  });
});
