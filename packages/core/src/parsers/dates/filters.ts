/**
 * What chrono reads as a date but news uses for numbers: share prices ("down 1/8", "11-1/2"), ranges
 * ("15 to 20 pct") and "now". A match must name a calendar word, a clock time or a full numeric date.
 */
const CALENDAR_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|month|year|ago|morning|afternoon|evening|night|noon|midnight|weekend|decade)/i;

const LOWER_CASE_CALENDAR_NAME =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;

const CLOCK_TIME = /\d[:.]\d\d|\d\s?[ap]\.?m\b|\bo'clock\b/i;

const FULL_NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;

/** "early in the year": no particular year. */
const GENERIC_PERIOD =
  /^(?:(?:in|on|at|for|of)\s)?the\s(?:year|month|week|day|morning|afternoon|evening|night)$/i;

const FRACTION_FIRST = /^\d{1,2}\/\d{1,2}(?![/\d])/;

export function isLikelyDate(matched: string, sentence: string): boolean {
  if (FRACTION_FIRST.test(matched) || GENERIC_PERIOD.test(matched)) return false;
  // News capitalises months and weekdays: "Thousands will march", "the minister may resign" are verbs.
  // All-lower-case copy ("omaha, april 7 - barrow prices rose") keeps them.
  const lowerCaseName = LOWER_CASE_CALENDAR_NAME.exec(matched);
  if (lowerCaseName && sentence !== sentence.toLowerCase()) return false;
  return CALENDAR_WORD.test(matched) || CLOCK_TIME.test(matched) || FULL_NUMERIC_DATE.test(matched);
}

/**
 * A cheap test that a sentence may hold a date, so chrono runs only where it can find one: a calendar
 * word, or digits shaped like a date, a clock time or a year. Most wire sentences carry numbers
 * ("13.5 billion dlrs") and no date at all. The year is captured: it is the one hint that does not
 * pass `mayHoldLikelyDate` by itself.
 */
const DATE_HINT =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|week|weekend|month|year|ago|morning|afternoon|evening|night|noon|midnight|decade)\b|\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\d:\d\d|\d\s?[ap]\.?m\b|\b((?:1[6-9]|20)\d\d)\b/i;

/**
 * The first date hint of a sentence: none, a bare year ("profit rose in 1986"), or a calendar word or
 * date-shaped digits, which pass `mayHoldLikelyDate` (so a sentence read whole need not be tested again).
 */
export function dateHintIn(sentence: string): 'none' | 'year' | 'date' {
  const hint = DATE_HINT.exec(sentence);
  if (!hint) return 'none';
  return hint[1] === undefined ? 'date' : 'year';
}

/**
 * True when some part of `text` may pass `isLikelyDate`: its tests without their word boundaries, so
 * it holds for every text a part of which passes. A sentence without it ("profit rose in 1986 to
 * 13.5 mln") gives chrono nothing to keep, so chrono need not read it.
 */
const MAY_HOLD_LIKELY_DATE =
  /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|week|year|ago|morning|noon|evening|night|decade|\d[:.]\d\d|\d\s?[ap]\.?m|o'clock|\d[/.-]\d{1,2}[/.-]\d/i;

export function mayHoldLikelyDate(text: string): boolean {
  return MAY_HOLD_LIKELY_DATE.test(text);
}

/**
 * `mayHoldLikelyDate` for what chrono's numeric parsers alone (ISO, year-month-day, slash dates,
 * clock times) can find: their results hold no calendar word but the time of day of "at 9 in the
 * morning", "11 at night", so "fiscal year 1986, up 12 pct" gives them nothing to keep. A month or
 * weekday name, which a time-zone name may start with ("NOVT"), brings other parsers in.
 */
const MAY_HOLD_LIKELY_NUMERIC_DATE =
  /\d[:.]\d\d|\d\s?[ap]\.?m|o'clock|morning|afternoon|night|\d[/.-]\d{1,2}[/.-]\d/i;

export function mayHoldLikelyNumericDate(text: string): boolean {
  return MAY_HOLD_LIKELY_NUMERIC_DATE.test(text);
}
