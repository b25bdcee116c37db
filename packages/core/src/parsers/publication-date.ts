import * as chrono from 'chrono-node';
import { wordCount } from '../characters.js';
import type { PublishedDate, Span } from '../types.js';

/**
 * A line that is a publication date and little else: "Friday 20/11/2020", "November 20, 2020",
 * "Published 20 Nov 2020 14:03 GMT", "Updated: Nov. 20, 2020 3:03 p.m. ET".
 */
const LABEL =
  /^(?:(?:first\s+)?published(?:\s+on)?|(?:last\s+)?updated(?:\s+on)?|posted(?:\s+on)?|date)\s*:?\s*/i;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+/i;
const HAS_YEAR_DIGITS = /\d{4}|\d[/.-]\d/;
/** Past the numeric forms above, chrono reads a certain month only from its name. */
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** "Updated: Nov. 20, 2020 3:03 p.m. ET" is seven words; a sentence with a date in it is longer. */
const MAX_DATE_LINE_WORDS = 10;
const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\b/;
/**
 * The words a date line is written with: numbers and ordinals, month and day names, times ("14:03",
 * "14:03:22", "3pm"), a.m./p.m., "20-Nov-2020", "at", "of", "the", "on" and separators; and time zones
 * in capitals ("GMT", "(UTC)", "GMT+1").
 */
const DATE_LINE_WORD =
  /^[(,|–—-]*(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}(?:[:.]\d{2}){0,2}(?:[ap]\.?m\.?)?|[ap]\.?m|\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*|at|of|the|on|noon|midnight|morning|afternoon|evening|night)[),.|–—-]*$|^[(),.|–—-]+$/i;
const ZONE_WORD = /^\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?,?$/;
/** Where a reading-time or "updated" trailer starts: "20 Nov 2020 | 3 min read". */
const TRAILER = /(?:^|[\s|•·-])(?:\d+ ?min(?:ute)?s? read|updated\b)/i;

export function parsePublicationLine(line: Span): PublishedDate | null {
  const raw = line.text;
  if (raw.length > 90 || raw.length < 6) return null;
  let rest = raw.replace(LABEL, '');
  const trailer = TRAILER.exec(rest);
  if (trailer) rest = rest.slice(0, trailer.index).replace(/[|•·-]$/, '');
  rest = rest.trim();
  rest = rest.replace(WEEKDAY, '');
  const numeric = NUMERIC_DATE.exec(rest);
  if (numeric) {
    const date = readNumericDate(numeric[1] as string, numeric[2] as string, numeric[3] as string);
    const remainder = rest.slice(numeric[0].length).trim();
    if (date && isTimeOrEmpty(remainder))
      return { date, time: readTime(remainder), span: line, source: 'text' };
    return null;
  }
  // A line whose year chrono can be certain of has four digits or a numeric date: most lines (headlines,
  // short paragraphs) are rejected here, before chrono.
  if (!HAS_YEAR_DIGITS.test(rest) || !MONTH_NAME.test(rest) || wordCount(rest) > MAX_DATE_LINE_WORDS)
    return null;
  // A line with a word no date or time is written with is no date line; chrono is not asked (in a
  // parse its patterns are cold: one call costs about a millisecond).
  for (const word of rest.split(/\s+/)) {
    if (word.length > 0 && !DATE_LINE_WORD.test(word) && !ZONE_WORD.test(word)) return null;
  }
  const results = chrono.en.GB.parse(rest, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  const first = results[0];
  if (!first) return null;
  const { start } = first;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  // The date must be the line: nothing but a time or a zone may be left around it.
  const leftover = (rest.slice(0, first.index) + rest.slice(first.index + first.text.length)).trim();
  if (!isTimeOrEmpty(leftover)) return null;
  const date = isoDate(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
  if (!date) return null;
  const time = start.isCertain('hour')
    ? `${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`
    : readTime(leftover);
  return { date, time, span: line, source: 'text' };
}

function isTimeOrEmpty(remainder: string): boolean {
  return /^(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?(?:[+-]\d{1,2})?)?)?[\s,|]*$/i.test(
    remainder,
  );
}

function readTime(remainder: string): string | null {
  const match = /(\d{1,2})[:.](\d{2})\s*([ap])?\.?m?/i.exec(remainder);
  if (!match) return null;
  let hour = Number(match[1]);
  if (match[3]?.toLowerCase() === 'p' && hour < 12) hour += 12;
  if (match[3]?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return hour < 24 ? `${pad(hour)}:${match[2]}` : null;
}

/** "20/11/2020" is day-first (the first number cannot be a month); "2020-11-20" is ISO. */
function readNumericDate(a: string, b: string, c: string): string | null {
  if (a.length === 4) return isoDate(Number(a), Number(b), Number(c));
  const year = c.length === 2 ? 2000 + Number(c) : Number(c);
  const first = Number(a);
  const second = Number(b);
  if (first > 12) return isoDate(year, second, first);
  if (second > 12) return isoDate(year, first, second);
  // Ambiguous: the day-first reading is the world's usual one outside the US.
  return isoDate(year, second, first);
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
