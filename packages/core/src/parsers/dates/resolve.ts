import type * as chrono from 'chrono-node';
import { spanOf, trimSpan } from '../../span.js';
import type { DateMention, DatePrecision, Span } from '../../types.js';
import { addDays, formatDate, pad } from './calendar.js';
import { isLikelyDate } from './filters.js';
import type { MentionTense, Tense } from './tense.js';

/** Prepositions chrono keeps at the front of a match ("on Tuesday evening"); the date is what follows. */
const LEADING_PREPOSITION = /^(?:on|at|in|by|from|since|until|till|during|of|for)\s+/i;

/** "for several weeks", "over the past year": how long, not when. */
const DURATION = /^(?:for|over|within|throughout)\s/i;

const RELATIVE_WEEK = /\b(this|last|past|next|previous)\s+week\b/i;

const WEEK_QUALIFIER = /\b(earlier|later|early|late)\s+$/i;

const ENDS_WITH_MERIDIEM_DOT = /\b[ap]\.m\.$/i;

const NEXT = /\bnext\b/i;
const LAST = /\b(?:last|past|previous)\b/i;
const THIS = /\bthis\b/i;

/** False for what chrono reads as a date and news does not: a duration, a number (`isLikelyDate`). */
export function keepsResult(piece: Span, result: chrono.ParsedResult): boolean {
  if (DURATION.test(result.text) && result.tags().has('result/relativeDate')) return false;
  return isLikelyDate(result.text, piece.text);
}

/** The mention of a result `keepsResult` keeps, found in `sentence` (the piece chrono read). */
export function resolveResult(
  text: string,
  sentence: Span,
  result: chrono.ParsedResult,
  tense: MentionTense,
  reference: Date,
): DateMention | null {
  let start = sentence.start + result.index;
  const end = start + result.text.length;
  const preposition = LEADING_PREPOSITION.exec(result.text);
  if (preposition) start += preposition[0].length;

  const week = RELATIVE_WEEK.exec(result.text);
  if (week) {
    const qualifier = WEEK_QUALIFIER.exec(text.slice(Math.max(sentence.start, start - 12), start));
    if (qualifier) start -= qualifier[0].length;
    const span = trimMention(text, spanOf(text, start, end));
    return { text: span, ...weekRange(week[1] as string, qualifier?.[1] ?? null, reference) };
  }
  const span = trimMention(text, spanOf(text, start, end));
  if (span.text.length === 0) return null;
  const components = result.start;
  const time = components.isCertain('hour')
    ? `${pad(components.get('hour') ?? 0)}:${pad(components.get('minute') ?? 0)}`
    : undefined;

  let date: Date;
  let precision: DatePrecision;
  if (components.isCertain('weekday') && !components.isCertain('day')) {
    // News reports the past: a weekday governed by no tensed verb leans on the sentence's tense.
    const weekdayTense = tense.local === 'neutral' ? tense.sentence : tense.local;
    date = resolveWeekday(components.get('weekday') ?? 0, result.text, weekdayTense, reference);
    precision = time ? 'time' : 'day';
  } else {
    const year = components.get('year') ?? reference.getUTCFullYear();
    const month = components.get('month') ?? 1;
    const day = components.get('day') ?? 1;
    date = new Date(Date.UTC(year, month - 1, day, 12));
    if (!components.isCertain('year') && components.isCertain('month')) {
      date = leanByTense(date, tense.local, reference, components.isCertain('day'));
    }
    precision = time
      ? 'time'
      : components.isCertain('day')
        ? 'day'
        : components.isCertain('month')
          ? 'month'
          : components.isCertain('year')
            ? 'year'
            : 'day';
  }
  const mention: DateMention = { text: span, date: formatDate(date, precision), precision };
  if (time) mention.time = time;
  if (result.end) {
    const endDate = new Date(
      Date.UTC(
        result.end.get('year') ?? date.getUTCFullYear(),
        (result.end.get('month') ?? date.getUTCMonth() + 1) - 1,
        result.end.get('day') ?? date.getUTCDate(),
        12,
      ),
    );
    mention.end = formatDate(endDate, precision);
  }
  return mention;
}

/** The mention without trailing punctuation, except the dot of "a.m." and "p.m.". */
function trimMention(text: string, span: Span): Span {
  const trimmed = trimSpan(text, span, ',;:');
  return ENDS_WITH_MERIDIEM_DOT.test(trimmed.text) ? trimmed : trimSpan(text, trimmed, ',.;:');
}

/**
 * News reports the past: "Tuesday" in a story of Friday 2020-11-20 is 2020-11-17, whether or not
 * "last" is printed; "next Tuesday" or a future sentence looks ahead.
 */
function resolveWeekday(weekday: number, matched: string, tense: Tense, reference: Date): Date {
  const today = reference.getUTCDay();
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7 || 7;
  if (NEXT.test(matched)) return addDays(reference, ahead);
  if (LAST.test(matched)) return addDays(reference, -(back || 7));
  if (THIS.test(matched)) return addDays(reference, weekday >= today ? weekday - today : -back);
  if (tense === 'future') return addDays(reference, ahead === 7 && back === 0 ? 0 : ahead);
  return addDays(reference, -back);
}

/** A month (and day) without a year: before publication in a past sentence, after it in a future one. */
function leanByTense(date: Date, tense: Tense, reference: Date, hasDay: boolean): Date {
  const shifted = new Date(date);
  if (tense === 'past' && compareToReference(date, reference, hasDay) > 0) {
    shifted.setUTCFullYear(date.getUTCFullYear() - 1);
  } else if (tense === 'future' && compareToReference(date, reference, hasDay) < 0) {
    shifted.setUTCFullYear(date.getUTCFullYear() + 1);
  }
  return shifted;
}

/** The sign of `date` against `reference`: by the instant with a day, by the month without one. */
function compareToReference(date: Date, reference: Date, hasDay: boolean): number {
  return hasDay
    ? date.getTime() - reference.getTime()
    : date.getUTCFullYear() * 12 +
        date.getUTCMonth() -
        (reference.getUTCFullYear() * 12 + reference.getUTCMonth());
}

/** "earlier this week" is Monday up to the day before publication; "last week" the week before. */
function weekRange(
  which: string,
  qualifier: string | null,
  reference: Date,
): { date: string; end: string; precision: DatePrecision } {
  const monday = addDays(reference, -((reference.getUTCDay() + 6) % 7));
  const offset = /next/i.test(which) ? 7 : /this/i.test(which) ? 0 : -7;
  const start = addDays(monday, offset);
  let end = addDays(start, 6);
  if (offset === 0 && qualifier && /earl/i.test(qualifier)) {
    end = addDays(reference, -1).getTime() < start.getTime() ? start : addDays(reference, -1);
  }
  if (offset === 0 && qualifier && /lat/i.test(qualifier) && reference.getTime() > start.getTime()) {
    return { date: formatDate(reference, 'day'), end: formatDate(end, 'day'), precision: 'day' };
  }
  return { date: formatDate(start, 'day'), end: formatDate(end, 'day'), precision: 'day' };
}
