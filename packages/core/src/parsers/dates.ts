import * as chrono from 'chrono-node';
import type { ArticleParser, ParseContext } from '../context.js';
import type { Token } from '../nlp.js';
import { findSpanIndex, overlaps, spanOf, trimSpan } from '../span.js';
import type { DateMention, DatePrecision, Span } from '../types.js';

/**
 * A cheap test that a sentence may hold a date, so chrono runs only where it can find one: a calendar
 * word, or digits shaped like a date, a clock time or a year. Most wire sentences carry numbers
 * ("13.5 billion dlrs") and no date at all.
 */
const DATE_HINT =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|week|weekend|month|year|ago|morning|afternoon|evening|night|noon|midnight|decade)\b|\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\d:\d\d|\d\s?[ap]\.?m\b|\b(?:1[6-9]|20)\d\d\b/i;
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
/** Numeric dates: "20/11/2020" says day-first, "11/20/2020" month-first. */
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b/g;
const DAY_BEFORE_MONTH =
  /\b\d{1,2}(?:st|nd|rd|th)?\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/g;
const MONTH_BEFORE_DAY =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s\d{1,2}(?:st|nd|rd|th)?\b/g;
/** A year on its own, which chrono leaves alone: "acquired in 1985", "since 2003". */
const BARE_YEAR =
  /\b(?:in|since|until|till|before|after|during|throughout|from|early|late|mid-)\s((?:1[6-9]|20)\d\d)\b(?![-/.,]?\d)/gi;
/** Prepositions chrono keeps at the front of a match ("on Tuesday evening"); the date is what follows. */
const LEADING_PREPOSITION = /^(?:on|at|in|by|from|since|until|till|during|of|for)\s+/i;
/** "for several weeks", "over the past year": how long, not when. */
const DURATION = /^(?:for|over|within|throughout)\s/i;
const RELATIVE_WEEK = /\b(this|last|past|next|previous)\s+week\b/i;
const WEEK_QUALIFIER = /\b(earlier|later|early|late)\s+$/i;
const ANNIVERSARY =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\sanniversary\b/i;
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const FUTURE_WORDS = new Set([
  'will',
  "'ll",
  '’ll',
  'shall',
  'wo',
  'tomorrow',
  'next',
  'upcoming',
  'forthcoming',
]);
const PRESENT_FORMS = new Set(['am', 'are', "'re", '’re', "'m", '’m', 'do', 'have']);
const DAY_MS = 86_400_000;
/** How many tokens around a date are searched for the verb that governs it. */
const VERB_WINDOW = 40;

type Tense = 'past' | 'future' | 'neutral';

/**
 * Every date and time expression, resolved against the publication date with chrono-node, plus the
 * rules of news writing on top: a weekday in a past-tense sentence is the most recent one before
 * publication, numeric dates follow the order the article itself uses, and a conflict gets a note.
 * The headline and standfirst are read; the publication date line, captions, byline and dateline are
 * not (they are already in `published`, `captions`, `byline` and `dateline`).
 */
export const datesParser: ArticleParser = {
  name: 'dates',
  parse(context: ParseContext) {
    const { text, article, layout } = context;
    const published = context.options.published ?? article.published?.date ?? null;
    const reference = published ? utcNoon(published) : new Date();
    const parser = newsChrono(readsDayFirst(text));
    const tokenSpans = sentenceTokenSpans(context.tokens, article.sentences.length);
    const storyParagraphs = new Set<number>();
    article.paragraphs.forEach((paragraph, index) => {
      const isStory =
        !layout.furniture.has(index) ||
        paragraph.start === article.headline?.start ||
        paragraph.start === article.standfirst?.start;
      if (isStory) storyParagraphs.add(index);
    });
    const handled: Span[] = [];
    if (article.dateline) handled.push(article.dateline.span);
    if (article.byline) handled.push(article.byline.span);

    const dates: DateMention[] = [];
    article.sentences.forEach((sentence, sentenceIndex) => {
      if (!DATE_HINT.test(sentence.text)) return;
      if (!storyParagraphs.has(findSpanIndex(article.paragraphs, sentence.start))) return;
      const tokenSpan = tokenSpans[sentenceIndex] ?? [0, 0];
      const tense = sentenceTense(context.tokens, tokenSpan);
      const found: DateMention[] = [];
      // Found once per sentence, not per mention: a sentence may hold thousands of dates.
      let anniversary: RegExpExecArray | false | undefined;
      for (const { result, piece } of parseInPieces(parser, text, sentence, reference)) {
        if (!result) {
          context.trace('dates', `chrono failed on sentence ${sentenceIndex}`);
          continue;
        }
        const local = tenseAt(context.tokens, tokenSpan, piece.start + result.index);
        const mention = resolveResult(text, piece, result, { local, sentence: tense }, reference);
        if (!mention || handled.some((span) => overlaps(span, mention.text))) continue;
        anniversary ??= ANNIVERSARY.exec(sentence.text) ?? false;
        const note = conflictNote(
          sentence,
          mention,
          anniversary || null,
          { local, sentence: tense },
          published,
        );
        if (note) mention.note = note;
        found.push(mention);
      }
      // Loops, not spread arguments: a run-on sentence can hold more mentions than a call takes arguments.
      for (const year of withoutOverlaps(bareYears(text, sentence), found)) found.push(year);
      found.sort((a, b) => a.text.start - b.text.start);
      for (const mention of found) dates.push(mention);
    });
    article.dates = dates;
    context.trace('dates', `${dates.length} dates`);
  },
};

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
let newsChronos: { dayFirst: chrono.Chrono; monthFirst: chrono.Chrono } | null = null;

/** chrono's casual English, day-first (GB) or month-first (US), without the duration parsers. */
function newsChrono(dayFirst: boolean): chrono.Chrono {
  const withoutDurations = (base: chrono.Chrono) =>
    new chrono.Chrono({
      parsers: base.parsers.filter((parser) => !DURATION_PARSERS.has(parser.constructor.name)),
      refiners: [...base.refiners],
    });
  newsChronos ??= {
    dayFirst: withoutDurations(chrono.en.GB),
    monthFirst: withoutDurations(chrono.en.casual),
  };
  return dayFirst ? newsChronos.dayFirst : newsChronos.monthFirst;
}

/** chrono's time grows faster than the text on run-on input, so long sentences go in pieces. */
const CHRONO_PIECE = 1_000;

/**
 * chrono's results for a sentence, each with the piece of the sentence it was found in. A sentence
 * longer than `CHRONO_PIECE` (a table, a list pasted as one line) is cut at white space, which keeps
 * a pathological 2 MB line of "Tuesday Tuesday ..." linear; real sentences are one piece.
 */
function* parseInPieces(
  parser: chrono.Chrono,
  text: string,
  sentence: Span,
  reference: Date,
): Generator<{ result: chrono.ParsedResult | null; piece: Span }> {
  let start = sentence.start;
  while (start < sentence.end) {
    let end = Math.min(sentence.end, start + CHRONO_PIECE);
    if (end < sentence.end) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + CHRONO_PIECE / 2) end = space;
    }
    const piece = spanOf(text, start, end);
    let results: chrono.ParsedResult[] | null = null;
    try {
      results = parser.parse(piece.text, { instant: reference, timezone: 0 }, { forwardDate: false });
    } catch {
      yield { result: null, piece };
    }
    for (const result of results ?? []) yield { result, piece };
    start = end;
  }
}

/** Day-first when the text prints an unambiguous day-first number ("20/11/2020") or "20 November". */
export function readsDayFirst(text: string): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const match of text.matchAll(NUMERIC_DATE)) {
    if (Number(match[1]) > 12 && Number(match[2]) <= 12) dayFirst++;
    else if (Number(match[2]) > 12 && Number(match[1]) <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst;
  const dayBeforeMonth = countMatches(text, DAY_BEFORE_MONTH);
  const monthBeforeDay = countMatches(text, MONTH_BEFORE_DAY);
  if (dayBeforeMonth !== monthBeforeDay) return dayBeforeMonth > monthBeforeDay;
  // No evidence: day-first is the world's usual reading, as for the publication date line.
  return true;
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) count++;
  return count;
}

/** The tense a token signals: future words, past verb forms, other verbs; null for non-verbs. */
function tokenTense(token: Token): Tense | null {
  const word = token.text.toLowerCase();
  if (FUTURE_WORDS.has(word)) return 'future';
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return null;
  // wink-nlp gives no tense: a verb whose word differs from its lemma and is not a present form is past.
  const isPast = word !== token.lemma && !/(?:s|ing)$/.test(word) && !PRESENT_FORMS.has(word);
  return isPast ? 'past' : 'neutral';
}

/** Each sentence's tokens, as [first, end) indexes into `tokens`. */
export function sentenceTokenSpans(tokens: readonly Token[], sentenceCount: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = Array.from({ length: sentenceCount }, () => [0, 0]);
  tokens.forEach((token, index) => {
    const range = ranges[token.sentence];
    if (!range) return;
    if (range[1] === 0) range[0] = index;
    range[1] = index + 1;
  });
  return ranges;
}

/** Future when "will", "next" or "tomorrow" appear; past when a verb is in a past form; else neutral. */
export function sentenceTense(tokens: readonly Token[], [first, end]: [number, number]): Tense {
  let past = false;
  for (let index = first; index < end; index++) {
    const tense = tokenTense(tokens[index] as Token);
    if (tense === 'future') return 'future';
    if (tense === 'past') past = true;
  }
  return past ? 'past' : 'neutral';
}

/**
 * The tense of the verb that governs a date: the nearest verb before it (with its auxiliary: "will
 * come"), or the first after it ("On Wednesday evening, the ambassador led ..."). A past verb elsewhere
 * in the sentence must not pull a deadline back a year ("The offer, announced today, expires March 25").
 */
export function tenseAt(tokens: readonly Token[], [first, end]: [number, number], offset: number): Tense {
  // Binary search: a sentence may hold thousands of dates, and each must not rescan its tokens.
  let index = first;
  let high = end;
  while (index < high) {
    const mid = (index + high) >> 1;
    if ((tokens[mid] as Token).start < offset) index = mid + 1;
    else high = mid;
  }
  // The governing verb is near the date; a bounded window keeps a long run-on sentence linear.
  for (let before = index - 1; before >= Math.max(first, index - VERB_WINDOW); before--) {
    const tense = tokenTense(tokens[before] as Token);
    if (tense === null) continue;
    if (tense !== 'neutral') return tense;
    for (let aux = before - 1; aux >= Math.max(first, before - 3); aux--) {
      const auxTense = tokenTense(tokens[aux] as Token);
      if (auxTense === 'future' || (auxTense === 'past' && (tokens[aux] as Token).pos === 'AUX'))
        return auxTense;
    }
    return 'neutral';
  }
  for (let after = index; after < Math.min(end, index + VERB_WINDOW); after++) {
    const tense = tokenTense(tokens[after] as Token);
    if (tense !== null) return tense;
  }
  return 'neutral';
}

function resolveResult(
  text: string,
  sentence: Span,
  result: chrono.ParsedResult,
  tense: { local: Tense; sentence: Tense },
  reference: Date,
): DateMention | null {
  if (DURATION.test(result.text) && result.tags().has('result/relativeDate')) return null;
  if (!isLikelyDate(result.text, sentence.text)) return null;
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

function isLikelyDate(matched: string, sentence: string): boolean {
  if (FRACTION_FIRST.test(matched) || GENERIC_PERIOD.test(matched)) return false;
  // News capitalises months and weekdays: "Thousands will march", "the minister may resign" are verbs.
  // All-lower-case copy ("omaha, april 7 - barrow prices rose") keeps them.
  const lowerCaseName = LOWER_CASE_CALENDAR_NAME.exec(matched);
  if (lowerCaseName && sentence !== sentence.toLowerCase()) return false;
  return CALENDAR_WORD.test(matched) || CLOCK_TIME.test(matched) || FULL_NUMERIC_DATE.test(matched);
}

/** The mention without trailing punctuation, except the dot of "a.m." and "p.m.". */
function trimMention(text: string, span: Span): Span {
  const trimmed = trimSpan(text, span, ',;:');
  return /\b[ap]\.m\.$/i.test(trimmed.text) ? trimmed : trimSpan(text, trimmed, ',.;:');
}

/**
 * News reports the past: "Tuesday" in a story of Friday 2020-11-20 is 2020-11-17, whether or not
 * "last" is printed; "next Tuesday" or a future sentence looks ahead.
 */
function resolveWeekday(weekday: number, matched: string, tense: Tense, reference: Date): Date {
  const today = reference.getUTCDay();
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7 || 7;
  if (/\bnext\b/i.test(matched)) return addDays(reference, ahead);
  if (/\b(?:last|past|previous)\b/i.test(matched)) return addDays(reference, -(back || 7));
  if (/\bthis\b/i.test(matched)) return addDays(reference, weekday >= today ? weekday - today : -back);
  if (tense === 'future') return addDays(reference, ahead === 7 && back === 0 ? 0 : ahead);
  return addDays(reference, -back);
}

/** A month (and day) without a year: before publication in a past sentence, after it in a future one. */
function leanByTense(date: Date, tense: Tense, reference: Date, hasDay: boolean): Date {
  const compare = (candidate: Date) =>
    hasDay
      ? candidate.getTime() - reference.getTime()
      : candidate.getUTCFullYear() * 12 +
        candidate.getUTCMonth() -
        (reference.getUTCFullYear() * 12 + reference.getUTCMonth());
  const shifted = new Date(date);
  if (tense === 'past' && compare(date) > 0) shifted.setUTCFullYear(date.getUTCFullYear() - 1);
  else if (tense === 'future' && compare(date) < 0) shifted.setUTCFullYear(date.getUTCFullYear() + 1);
  return shifted;
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

/** The mentions of `extra` that overlap none of `known`; both are in text order. */
function withoutOverlaps(extra: DateMention[], known: readonly DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  let cursor = 0;
  for (const mention of extra) {
    while (cursor < known.length && (known[cursor] as DateMention).text.end <= mention.text.start) cursor++;
    const next = known[cursor];
    if (!next || !overlaps(next.text, mention.text)) kept.push(mention);
  }
  return kept;
}

function bareYears(text: string, sentence: Span): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of sentence.text.matchAll(BARE_YEAR)) {
    const year = match[1] as string;
    const start = sentence.start + (match.index ?? 0) + match[0].length - year.length;
    mentions.push({ text: spanOf(text, start, start + year.length), date: year, precision: 'year' });
  }
  return mentions;
}

/**
 * What a careful reader would flag: "the first anniversary of the killing on January 3, 2019" still to
 * come on 2020-11-20 means the killing was on 2020-01-03; a past-tense sentence dated after publication.
 */
function conflictNote(
  sentence: Span,
  mention: DateMention,
  anniversary: RegExpExecArray | null,
  tense: { local: Tense; sentence: Tense },
  published: string | null,
): string | null {
  if (!published || mention.precision === 'year' || mention.precision === 'month') return null;
  const mentionOffset = mention.text.start - sentence.start;
  if (anniversary && anniversary.index < mentionOffset && tense.sentence === 'future') {
    const ordinal = (anniversary[1] as string).toLowerCase();
    const years = ORDINALS[ordinal] ?? Number.parseInt(ordinal, 10);
    const printedYear = Number(mention.date.slice(0, 4));
    const monthDay = mention.date.slice(5);
    const anniversaryDate = `${printedYear + years}-${monthDay}`;
    if (Number.isFinite(years) && anniversaryDate < published) {
      const publishedYear = Number(published.slice(0, 4));
      const nextAnniversaryYear =
        `${publishedYear}-${monthDay}` >= published ? publishedYear : publishedYear + 1;
      return `a ${ordinal} anniversary still to come after ${published} puts the event on ${nextAnniversaryYear - years}-${monthDay}; the printed year ${printedYear} conflicts (kept as printed)`;
    }
  }
  if (tense.local === 'past' && mention.date > published && mention.date.length === 10) {
    return `a past-tense sentence dated after the publication date ${published}`;
  }
  return null;
}

function utcNoon(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function formatDate(date: Date, precision: DatePrecision): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  if (precision === 'year') return year;
  const month = `${year}-${pad(date.getUTCMonth() + 1)}`;
  if (precision === 'month') return month;
  return `${month}-${pad(date.getUTCDate())}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
