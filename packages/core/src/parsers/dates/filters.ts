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
