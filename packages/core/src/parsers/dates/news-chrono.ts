import * as chrono from 'chrono-node';
import { FULL_MONTH_NAMES } from '../../lexicon/common.js';
import { spanOf } from '../../span.js';
import type { Span } from '../../types.js';
import { mayHoldLikelyDate, mayHoldLikelyNumericDate } from './filters.js';

/**
 * chrono's parsers that read a duration as a date ("within 3 days", "three days later", "the past
 * 2 years", "11/2020" in "up 11/20"): a news story measures with them, it does not date with them.
 * Matched by class name; if a bundler renames the classes nothing is removed, which is only slower.
 */
const DURATION_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENSlashMonthFormatParser',
]);

/** Every spelling chrono knows of a month ("sept.", "jan", "september") starts with one of these. */
const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A month's name as chrono's month parsers can read it: followed by no letter ("March 3", "Sept.
 * 3", "March, 2020"), or by "of" or an ordinal ("Mayfifth" is read): "market", "Mayor", "decline"
 * hold a month's first letters and are not.
 */
const MONTH_NAME =
  /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|(?![a-z])|of|fi|se|th|fo|si|ei|ni|te|el|tw)/i;

/** `MONTH_NAME`, every match: a month's name wherever chrono's month parsers can read one. */
const EVERY_MONTH_NAME = new RegExp(MONTH_NAME.source, 'gi');

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
  );
}

/**
 * True when every month's name chrono can read in `piece` is a whole lower-case word ("the minister
 * may resign", "thousands will march") and the piece is not all lower case: each result of the month
 * parsers then holds that word, which `isLikelyDate` rejects, so with no other parser they give
 * nothing we keep. No month's name starts inside such a word, and a name glued to a digit or an
 * ordinal ("5may", "mayfifth") is not whole, so one pass over the names sees all chrono can read.
 */
export function holdsOnlyLowerCaseMonthNames(piece: string): boolean {
  EVERY_MONTH_NAME.lastIndex = 0;
  let match = EVERY_MONTH_NAME.exec(piece);
  if (!match) return false;
  for (; match; match = EVERY_MONTH_NAME.exec(piece)) {
    const end = match.index + match[0].length;
    if (!FULL_MONTH_NAMES.has(match[0])) return false;
    if (match.index > 0 && isWordCode(piece.charCodeAt(match.index - 1))) return false;
    if (end < piece.length && isWordCode(piece.charCodeAt(end))) return false;
  }
  // Last: it copies the piece, and most pieces fail a test above.
  return piece !== piece.toLowerCase();
}

/**
 * A weekday's name as chrono's weekday parser can read it: followed by no letter or digit, or by
 * "of" or "this", "last", "past", "next" ("Tuesday of next week"): "money", "Africa" are not.
 */
const WEEKDAY_NAME =
  /(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|thurs|thur|thu|sun|mon|tue|wed|fri|sat|weekend|weekday)(?:\.|(?![a-z0-9_])|of|this|last|past|next)/i;

const DIGIT = /\d/;

const NUMERIC_DATE = /\d[-./]\d/;

/**
 * What a parser's pattern cannot match without: one of `words` (case-insensitive, anywhere, even
 * inside a longer word), then `name` where a word was found, and, on a piece with a digit, `digits`.
 */
interface Needs {
  words?: readonly string[];
  name?: RegExp;
  digits?: RegExp;
}

/**
 * What each parser needs, by class name: a piece of text without it gets nothing from that parser,
 * so chrono runs without it and returns the same results sooner. Each word list holds a substring
 * of every match of the pattern (chrono 2.x patterns, case-insensitive), so a parser may run for
 * nothing ("mon" in "money") but is never skipped where it would match. A parser missing here
 * (renamed, or new in a chrono upgrade) always runs.
 */
const PARSER_NEEDS: Readonly<Record<string, Needs>> = {
  ENYearMonthDayParser: { digits: /\d{4}[-./\s]/ },
  ISOFormatParser: { digits: /\d{4}-\d/ },
  SlashDateFormatParser: { digits: NUMERIC_DATE },
  ENMonthNameLittleEndianParser: { words: MONTH_WORDS, name: MONTH_NAME },
  ENMonthNameMiddleEndianParser: { words: MONTH_WORDS, name: MONTH_NAME },
  ENMonthNameParser: { words: MONTH_WORDS, name: MONTH_NAME },
  ENYearMonthNameParser: { words: MONTH_WORDS, name: MONTH_NAME, digits: DIGIT },
  // "weekend" and "weekday" are read too.
  ENWeekdayParser: { words: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'], name: WEEKDAY_NAME },
  ENTimeExpressionParser: { digits: DIGIT },
  ENTimeUnitAgoFormatParser: { words: ['ago', 'before', 'earlier'] },
  // "tonight" and "last night" hold "night"; "tomorrow" and "overmorrow" hold "morrow".
  ENCasualDateParser: { words: ['now', 'today', 'night', 'morrow', 'tmr', 'yesterday'] },
  // "afternoon" holds "noon", "midnight" holds "night".
  ENCasualTimeParser: { words: ['morning', 'noon', 'evening', 'night', 'midday'] },
  ENEndOfCurrentMonthParser: { words: ['month'] },
  ENRelativeDateFormatParser: { words: ['this', 'last', 'past', 'next', 'after'] },
};

/**
 * The two parsers whose reading differs between day-first (GB) and month-first (US) chrono, and what
 * a piece with a digit must hold for the difference to show: a numeric date with a year or a slash
 * ("03/04/2020", "3/4"; the slash-date parser drops "13.5" and "3-4" before it reads the order), or
 * the two-digit day after a month name that day-first chrono skips as a likely year ("January 21";
 * not "January 2020", where no day can end after two digits). Without it either chrono gives the
 * same results, so the article's order need not be read.
 */
const ORDER_MATTERS: Readonly<Record<string, RegExp>> = {
  SlashDateFormatParser: /\d\/\d|\d[-./]\d{1,2}[-./]\d\d/,
  ENMonthNameMiddleEndianParser:
    /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?[-/\s,]*\d\d(?!\d)/i,
};

/** The name tests of `PARSER_NEEDS`, by index. */
const NAMES = [MONTH_NAME, WEEKDAY_NAME];

/** The parsers that read a month's name and nothing else can start them (`holdsOnlyLowerCaseMonthNames`). */
const MONTH_NAME_PARSERS = new Set([
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENMonthNameParser',
]);

/** Parsers that read numbers only: alone, they find what `mayHoldLikelyNumericDate` looks for. */
const NUMERIC_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENTimeExpressionParser',
]);

/**
 * What a refiner cannot act without, by class name: ENEndOfPeriodRefiner searches the whole text
 * before every result for "end of" or "last day of", which costs more than one test of the piece;
 * ExtractTimezoneOffsetRefiner reads a sign and digits ("+05:30", "GMT-4") after a result.
 */
const REFINER_NEEDS: Readonly<Record<string, RegExp>> = {
  ENEndOfPeriodRefiner: /(?:end|last\s+day)\s+of\s/i,
  ExtractTimezoneOffsetRefiner: /[+-]\d/,
};

/**
 * What a filter can remove, by class name, tested on each result's text: ENUnlikelyFormatFilter
 * removes only "may" (not after "in") and what ends in "the second"; every other result it keeps,
 * after trimming the whole piece once per result.
 */
const FILTER_REMOVES: Readonly<Record<string, RegExp>> = {
  ENUnlikelyFormatFilter: /^\s*may\s*$|the second\s*$/i,
};

/** Refiners that return their input under our options: ForwardDateRefiner acts only with `forwardDate`. */
const IDLE_REFINERS = new Set(['ForwardDateRefiner']);

/**
 * What ExtractTimezoneAbbrRefiner reads after a result (its own pattern, sticky instead of anchored
 * to a copy of the rest of the text, one run of spaces where it has two): any two to four letters
 * ("Tuesday and"), case-insensitive.
 */
const ZONE_AFTER_RESULT = /\s*(?:,\s*)?\(?([A-Z]{2,4})\)?(?=\W|$)/iy;

/** By upper-cased word: whether chrono knows it as a time zone ("EST" yes, "AND" no). */
const knownZones = new Map<string, boolean>();

function isKnownZone(word: string): boolean {
  let known = knownZones.get(word);
  if (known === undefined) {
    // chrono does not export its zone table; reading a reference in the zone asks the same table.
    const inZone = chrono.ReferenceWithTimezone.fromInput({ instant: new Date(0), timezone: word });
    known = inZone.timezoneOffset !== null;
    knownZones.set(word, known);
  }
  return known;
}

/** True when a known zone's name follows `result`, the only case where the refiner changes it. */
function zoneFollows(text: string, result: chrono.ParsedResult): boolean {
  ZONE_AFTER_RESULT.lastIndex = result.index + result.text.length;
  const match = ZONE_AFTER_RESULT.exec(text);
  return match !== null && isKnownZone((match[1] as string).toUpperCase());
}

interface NewsParser {
  /** The bit of its word list in `wordBits`, or 0 when it needs no word. */
  wordBit: number;
  /** The index of its name test in `NAMES`, or -1. */
  name: number;
  digits: RegExp | undefined;
  orderMatters: RegExp | undefined;
}

interface NewsChrono {
  /** chrono's parsers in chrono's order, which decides the order of results found at one position. */
  dayFirst: chrono.Parser[];
  monthFirst: chrono.Parser[];
  /** What each parser needs, by the same index; empty when every parser runs on every piece. */
  parsers: NewsParser[];
  /** Every word of `PARSER_NEEDS`, longest first, so one search finds which lists a piece holds. */
  words: RegExp;
  /** By word: the bits of the lists holding it or a word it starts with ("month" holds "mon"). */
  wordBits: Map<string, number>;
  /** The bits of `NUMERIC_PARSERS`. */
  numericParsers: number;
  /** The bits of `MONTH_NAME_PARSERS`. */
  monthNameParsers: number;
  refiners: chrono.Refiner[];
  /** chrono over one subset of the parsers, by the bits of the subset and the order. */
  bySubset: Map<number, chrono.Chrono>;
}

let newsChrono: NewsChrono | null = null;

/** chrono's casual English, day-first (GB) and month-first (US), without the duration parsers. */
export function loadNewsChrono(): NewsChrono {
  const keep = (base: chrono.Chrono) =>
    base.parsers.filter((parser) => !DURATION_PARSERS.has(parser.constructor.name));
  const dayFirst = keep(chrono.en.GB);
  const monthFirst = keep(chrono.en.casual);
  // Both orders list the same parsers in the same order; if a chrono upgrade breaks that, or adds
  // more parsers than a subset's bits hold, every parser runs on every piece, which is only slower.
  const paired =
    dayFirst.length === monthFirst.length &&
    dayFirst.length <= 30 &&
    dayFirst.every((parser, index) => parser.constructor.name === monthFirst[index]?.constructor.name);
  const names = paired ? dayFirst.map((parser) => parser.constructor.name) : [];

  const wordLists: Array<readonly string[]> = [];
  const parsers = names.map((name) => {
    const needs = PARSER_NEEDS[name] ?? {};
    let wordBit = 0;
    if (needs.words) {
      if (!wordLists.includes(needs.words)) wordLists.push(needs.words);
      wordBit = 1 << wordLists.indexOf(needs.words);
    }
    return {
      wordBit,
      name: needs.name ? NAMES.indexOf(needs.name) : -1,
      digits: needs.digits,
      orderMatters: ORDER_MATTERS[name],
    };
  });
  const allWords = [...new Set(wordLists.flat())].sort((a, b) => b.length - a.length);
  const wordBits = new Map<string, number>();
  for (const word of allWords) {
    let bits = 0;
    wordLists.forEach((list, index) => {
      if (list.some((listed) => word.startsWith(listed))) bits |= 1 << index;
    });
    wordBits.set(word, bits);
  }
  return {
    dayFirst,
    monthFirst,
    parsers,
    words: new RegExp(allWords.join('|'), 'gi'),
    wordBits,
    numericParsers: bitsOf(names, NUMERIC_PARSERS),
    monthNameParsers: bitsOf(names, MONTH_NAME_PARSERS),
    refiners: chrono.en.GB.refiners
      .filter((refiner) => !IDLE_REFINERS.has(refiner.constructor.name))
      .map(skippedWhenIdle),
    bySubset: new Map(),
  };
}

/** chrono's test for a number read as a date ("12", "1.5" once its first space is gone). */
const BARE_NUMBER = /^\d*(\.\d*)?$/;

/**
 * What UnlikelyFormatFilter (not strict) keeps: a result that is no bare number and whose dates can
 * be (not February 30). A text with anything but digits, dots and spaces ("March 3", "10:30") is no
 * number, however its first space is removed: only the rare rest is tested as chrono tests it.
 */
export function isLikelyFormat(result: chrono.ParsingResult): boolean {
  if (holdsOnlyDigitsDotsAndSpaces(result.text) && BARE_NUMBER.test(result.text.replace(' ', ''))) {
    return false;
  }
  return result.start.isValidDate() && (!result.end || result.end.isValidDate());
}

function holdsOnlyDigitsDotsAndSpaces(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!((code >= 48 && code <= 57) || code === 46 || code === 32)) return false;
  }
  return true;
}

/** The bits, by index in `names`, of the parsers named in `subset`. */
function bitsOf(names: readonly string[], subset: ReadonlySet<string>): number {
  let bits = 0;
  names.forEach((name, index) => {
    if (subset.has(name)) bits |= 1 << index;
  });
  return bits;
}

/** The refiner, run only on pieces that hold what it needs; a refiner left alone returns its input. */
function skippedWhenIdle(refiner: chrono.Refiner): chrono.Refiner {
  if (refiner.constructor.name === 'ExtractTimezoneAbbrRefiner') {
    // It works out every result's date before it looks the following word up in its zone table,
    // and acts on each result alone; given only the results a known zone follows, it does the same.
    // (chrono's English configurations give it no zones beyond the table, nor do our options.)
    return {
      refine: (context, results) => {
        // Most pieces have no zone after any result: no list is made for them.
        let followed: typeof results | undefined;
        for (const result of results) {
          if (!zoneFollows(context.text, result)) continue;
          followed ??= [];
          followed.push(result);
        }
        if (followed) refiner.refine(context, followed);
        return results;
      },
    };
  }
  if (
    refiner.constructor.name === 'UnlikelyFormatFilter' &&
    !(refiner as { strictMode?: boolean }).strictMode
  ) {
    // A filter of each result alone: given only likely formats it removes nothing, and chrono's own
    // test builds a copy of every result's text and a new list.
    return {
      refine: (context, results) =>
        results.every(isLikelyFormat) ? results : refiner.refine(context, results),
    };
  }
  const removes = FILTER_REMOVES[refiner.constructor.name];
  if (removes) {
    return {
      refine: (context, results) =>
        results.some((result) => removes.test(result.text)) ? refiner.refine(context, results) : results,
    };
  }
  const needs = REFINER_NEEDS[refiner.constructor.name];
  if (!needs) return refiner;
  return {
    refine: (context, results) =>
      results.length > 0 && needs.test(context.text) ? refiner.refine(context, results) : results,
  };
}

/**
 * The bits of the word lists `piece` holds a word of. One search, restarted one character after
 * each find, sees every place a word starts; at one place the longest word is found, and its bits
 * include those of the words it starts with.
 */
function wordListsIn(news: NewsChrono, piece: string): number {
  const { words, wordBits } = news;
  let bits = 0;
  words.lastIndex = 0;
  for (let match = words.exec(piece); match; match = words.exec(piece)) {
    bits |= wordBits.get(match[0].toLowerCase()) ?? 0;
    words.lastIndex = match.index + 1;
  }
  return bits;
}

/**
 * chrono with only the parsers that can match `piece`, or null when none can, or none can find
 * what `isLikelyDate` keeps. `dayFirst` is asked only when the order can change a result.
 */
function chronoFor(piece: string, dayFirst: () => boolean): chrono.Chrono | null {
  newsChrono ??= loadNewsChrono();
  const news = newsChrono;
  if (news.parsers.length === 0) return chronoOver(news, -1, dayFirst());
  const hasDigit = DIGIT.test(piece);
  const wordLists = wordListsIn(news, piece);
  let subset = 0;
  let orderMatters = false;
  // Each name test runs once however many parsers need it: bits of `NAMES` tested, and held.
  let namesTested = 0;
  let namesHeld = 0;
  for (let index = 0; index < news.parsers.length; index++) {
    const { wordBit, name, digits, orderMatters: order } = news.parsers[index] as NewsParser;
    if (wordBit !== 0 && (wordLists & wordBit) === 0) continue;
    if (name !== -1) {
      const nameBit = 1 << name;
      if ((namesTested & nameBit) === 0) {
        namesTested |= nameBit;
        if ((NAMES[name] as RegExp).test(piece)) namesHeld |= nameBit;
      }
      if ((namesHeld & nameBit) === 0) continue;
    }
    if (digits && !(hasDigit && (digits === DIGIT || digits.test(piece)))) continue;
    subset |= 1 << index;
    if (order && !orderMatters && hasDigit && order.test(piece)) orderMatters = true;
  }
  if (subset === 0) return null;
  if ((subset & ~news.numericParsers) === 0 && !mayHoldLikelyNumericDate(piece)) return null;
  if ((subset & ~news.monthNameParsers) === 0 && holdsOnlyLowerCaseMonthNames(piece)) return null;
  // Without a difference either order gives the same results; day-first saves reading the article.
  return chronoOver(news, subset, orderMatters ? dayFirst() : true);
}

/** chrono over the parsers whose bits `subset` sets, or over all of them when it is -1. */
function chronoOver(news: NewsChrono, subset: number, isDayFirst: boolean): chrono.Chrono {
  const key = subset * 2 + (isDayFirst ? 1 : 0);
  let parser = news.bySubset.get(key);
  if (!parser) {
    const parsers = isDayFirst ? news.dayFirst : news.monthFirst;
    parser = new chrono.Chrono({
      parsers: subset === -1 ? parsers : parsers.filter((_, index) => subset & (1 << index)),
      refiners: news.refiners,
    });
    news.bySubset.set(key, parser);
  }
  return parser;
}

/** Read by chrono, never written: one object serves every call. */
const PARSING_OPTION: chrono.ParsingOption = Object.freeze({ forwardDate: false });

/** chrono's time grows faster than the text on run-on input, so long sentences go in pieces. */
const CHRONO_PIECE = 1_000;

/**
 * chrono's results for a sentence, each given to `onResult` with the piece of the sentence it was
 * found in (null when chrono failed on the piece). A sentence longer than `CHRONO_PIECE` (a table, a
 * list pasted as one line) is cut at white space, which keeps a pathological 2 MB line of "Tuesday
 * Tuesday ..." linear; real sentences are one piece. Pieces where no result could be kept
 * (`mayHoldLikelyDate`) are not read; `sentenceMayHoldLikelyDate` says the caller has seen that the
 * whole sentence passes. `dayFirst` tells the order of numeric dates; it is asked only when a piece
 * needs it.
 */
export function parseInPieces(
  text: string,
  sentence: Span,
  reference: Date,
  dayFirst: () => boolean,
  sentenceMayHoldLikelyDate: boolean,
  onResult: (result: chrono.ParsedResult | null, piece: Span) => void,
): void {
  let start = sentence.start;
  while (start < sentence.end) {
    let end = Math.min(sentence.end, start + CHRONO_PIECE);
    if (end < sentence.end) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + CHRONO_PIECE / 2) end = space;
    }
    const isWhole = start === sentence.start && end === sentence.end;
    const pieceText = isWhole ? sentence.text : text.slice(start, end);
    const mayHold = (isWhole && sentenceMayHoldLikelyDate) || mayHoldLikelyDate(pieceText);
    const parser = mayHold ? chronoFor(pieceText, dayFirst) : null;
    if (parser) {
      const piece = isWhole ? sentence : spanOf(text, start, end);
      let results: chrono.ParsedResult[] | null = null;
      try {
        results = parser.parse(pieceText, { instant: reference, timezone: 0 }, PARSING_OPTION);
      } catch {
        onResult(null, piece);
      }
      for (const result of results ?? []) onResult(result, piece);
    }
    start = end;
  }
}
