import type { ArticleParser, ParseContext } from '../context.js';
import { wordTable } from '../lexicon/word-table.js';
import { spanOf } from '../span.js';
import type { Dateline, Span } from '../types.js';
import { isAgencyName, leadingLines } from './byline/index.js';
import { isoDate } from './publication-date.js';

/**
 * The words of a dateline's city, up to five ("MEXICO CITY", "Rio de Janeiro"). Words are separated by
 * exactly one space, so the pattern cannot backtrack over the same characters two ways; which words
 * may stand in a place name is checked afterwards (`isPlaceName`).
 */
const PLACE_WORDS = /\p{L}[\p{L}\p{M}'’.-]*(?:[ \u00a0]\p{L}[\p{L}\p{M}'’.-]*){0,4}/uy;
/** Lower-case words inside place names: "Rio de Janeiro", "Stratford upon Avon". */
const PLACE_PARTICLE = /^(?:de|del|da|do|di|du|la|le|les|al|el|en|au|aux|sur|upon|on|of|am|im)$/;
const COMMA = /[ \u00a0]*,[ \u00a0]*/y;
const MONTHS: Record<string, number> = wordTable({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});
/**
 * "Feb 26", "Sept. 26", "March 3, 2021", "26 February". A month is any word opening with its three
 * letters, since wire copy abbreviates freely and misspells ("Marc 16").
 */
const MONTH_DAY =
  /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]+(\d{1,2})(?!\d)(?:,?[ \u00a0]+(\d{4})(?!\d))?/iy;
const DAY_MONTH =
  /(\d{1,2})[ \u00a0]+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:,?[ \u00a0]+(\d{4})(?!\d))?/iy;
/** The wire in parentheses: "(Reuters)", "(AP)", "(UPI)", "(CNN)". */
const AGENCY = /[ \u00a0]*\(([A-Za-z][A-Za-z .&'-]{0,39})\)/y;
/**
 * Wire copy ends the dateline with a hyphen, double hyphen, en or em dash or a horizontal bar
 * (HuffPost's "WASHINGTON ― ..."), old AP with an underscore; a long dash may touch the first word
 * ("BOSTON —Standing in front ..."), a hyphen may not ("SIEGEL--Jerome", "ABC-TV");
 * a stray comma may come first ("TULSA, Okla., April 1, - ...").
 */
const DASH = /[ \u00a0]*(?:,[ \u00a0]*)?(?:(?:--?|[‒–—―_])(?=[ \u00a0\r\n]|$)|[–—―](?=[A-Z"“‘']))/y;
/** The wire named after a comma instead of in parentheses: "MONTREAL, March 20, Reuter - ...". */
const COMMA_AGENCY =
  /[ \u00a0]*,[ \u00a0]*([A-Za-z][A-Za-z.&'-]{1,30}(?:[ \u00a0][A-Za-z][A-Za-z.&'-]{1,30}){0,3})(?=[ \u00a0]*(?:--?|[‒–—―_]))/y;
/**
 * "NEW DELHI: ..." — a colon ends a dateline only after an upper-case city, never after a label
 * ("UPDATE:", "Q:") or in a transcript, where every turn opens with a speaker ("JANE ROE: ...").
 */
const COLON = /[ \u00a0]*:(?=[ \u00a0])/y;
const COLON_LABEL =
  /^(?:update|updated|q|a|note|editor['’]?s note|correction|clarification|watch|video|photos?|related|read more|advertisement|breaking|exclusive|analysis|opinion|comment|transcript)$/i;
const SPEAKER_TURN = /^[A-Z][A-Z.'’-]*(?:[ \u00a0][A-Z][A-Z.'’-]*){0,3}:[ \u00a0]/;
/** Without a date or wire, a long run of capitals before a dash is a heading ("POLLS NOT WRONG, JUST EARLY -"). */
const WEAK_FORM_MAX_WORDS = 3;
const CALENDAR_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow)$/i;

interface DatelineForm {
  place: Span;
  region: Span | null;
  month: number | null;
  day: number | null;
  year: number | null;
  agency: Span | null;
  /** From the city to the end of the dash. */
  span: Span;
  /** A date or an agency was printed: strong evidence that a line start is a dateline. */
  strong: boolean;
  /** Ended by a colon ("NEW DELHI:"), which speaker turns in transcripts share. */
  colon: boolean;
}

/**
 * Reads a dateline at `start`: a city in capitals, then optionally a region, a date and a wire in
 * parentheses, then a dash — "RICHMOND, Va., March 3 -", "LONDON, England (CNN) --". Returns null for
 * the capitalised first word of an ordinary sentence ("Meanwhile, Jones said").
 */
export function readDateline(text: string, start: number): DatelineForm | null {
  const place = stickyMatch(PLACE_WORDS, text, start);
  if (!place || !mayFollowPlace(text, start + place[0].length)) return null;
  const placeSpan = spanOf(text, start, start + place[0].length);
  const placeWords = placeSpan.text.split(/[ \u00a0]/);
  if (placeWords.some((word) => CALENDAR_WORD.test(word.replace(/\.$/, '')))) return null;
  // Lower-case cities occur in some wire copy, and only with a date ("omaha, april 7 - ...").
  const capitalised = isPlaceName(placeWords);
  let cursor = placeSpan.end;
  let region: Span | null = null;
  let date: { month: number; day: number; year: number | null } | null = null;
  for (let part = 0; part < 2 && !date; part++) {
    const comma = stickyMatch(COMMA, text, cursor);
    if (!comma) break;
    const at = cursor + comma[0].length;
    const parsedDate = readMonthDay(text, at);
    if (parsedDate) {
      date = parsedDate;
      cursor = parsedDate.end;
      break;
    }
    const regionMatch = region ? null : stickyMatch(PLACE_WORDS, text, at);
    if (!regionMatch || (capitalised && !isPlaceName(regionMatch[0].split(/[ \u00a0]/)))) return null;
    region = spanOf(text, at, at + regionMatch[0].length);
    cursor = region.end;
  }
  const agencyMatch = stickyMatch(AGENCY, text, cursor);
  const commaAgency = agencyMatch ? null : stickyMatch(COMMA_AGENCY, text, cursor);
  let agency: Span | null = null;
  if (agencyMatch) {
    const inner = agencyMatch[1] as string;
    const innerStart = cursor + agencyMatch[0].indexOf('(') + 1;
    agency = spanOf(text, innerStart, innerStart + inner.length);
    cursor += agencyMatch[0].length;
  } else if (commaAgency && isAgencyName(commaAgency[1] as string)) {
    const name = commaAgency[1] as string;
    const nameStart = cursor + commaAgency[0].length - name.length;
    agency = spanOf(text, nameStart, nameStart + name.length);
    cursor += commaAgency[0].length;
  }
  const upperCasePlace = placeSpan.text === placeSpan.text.toUpperCase();
  const dashMatch = stickyMatch(DASH, text, cursor);
  const colonAllowed = !dashMatch && upperCasePlace && !COLON_LABEL.test(placeSpan.text);
  const colon = colonAllowed ? stickyMatch(COLON, text, cursor) : null;
  const dash = dashMatch ?? colon;
  if (!dash) return null;
  const strong = date !== null || agency !== null;
  const words = placeWords.length + (region ? region.text.split(/[ \u00a0]/).length : 0);
  if (!strong && (placeWords.length > WEAK_FORM_MAX_WORDS || words > 2 * WEAK_FORM_MAX_WORDS)) return null;
  if (!capitalised && !date) return null;
  // A mixed-case word before a comma and a dash is as likely a sentence ("Meanwhile, Jones - who ...");
  // only a printed date or wire makes it a dateline ("Beirut, Lebanon, Jan 3 (AFP) -").
  if (!upperCasePlace && !strong) return null;
  return {
    place: placeSpan,
    region,
    month: date?.month ?? null,
    day: date?.day ?? null,
    year: date?.year ?? null,
    agency,
    span: spanOf(text, start, cursor + dash[0].length),
    strong,
    colon: colon !== null,
  };
}

/**
 * Whether the city can be followed by what every dateline form reads next, past spaces: a comma (a
 * region, a date or a wire), "(" (a wire), a dash or a colon. Most sentences fail here, at their first
 * words, before those are split and looked up.
 */
export function mayFollowPlace(text: string, at: number): boolean {
  let index = at;
  let code = text.charCodeAt(index);
  while (code === 0x20 || code === 0xa0) code = text.charCodeAt(++index);
  switch (code) {
    case 0x2c: // ,
    case 0x28: // (
    case 0x2d: // -
    case 0x3a: // :
    case 0x5f: // _
    case 0x2012: // ‒
    case 0x2013: // –
    case 0x2014: // —
    case 0x2015: // ―
      return true;
    default:
      return false;
  }
}

function looksLikeTranscript(paragraphs: readonly Span[]): boolean {
  let turns = 0;
  for (const paragraph of paragraphs.slice(0, 20)) if (SPEAKER_TURN.test(paragraph.text)) turns++;
  return turns >= 2;
}

function isPlaceName(words: string[]): boolean {
  return words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && PLACE_PARTICLE.test(word)));
}

function readMonthDay(
  text: string,
  at: number,
): { month: number; day: number; year: number | null; end: number } | null {
  const monthFirst = stickyMatch(MONTH_DAY, text, at);
  const dayFirst = monthFirst ? null : stickyMatch(DAY_MONTH, text, at);
  const match = monthFirst ?? dayFirst;
  if (!match) return null;
  const monthWord = (monthFirst ? match[1] : match[2]) as string;
  const day = Number(monthFirst ? match[2] : match[1]);
  const month = MONTHS[monthWord.slice(0, 3).toLowerCase()] ?? 0;
  if (day < 1 || day > 31 || month === 0) return null;
  return { month, day, year: match[3] ? Number(match[3]) : null, end: at + match[0].length };
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * `YYYY-MM-DD` when the year is printed or known from the publication date, else `--MM-DD`. A
 * dateline dated after publication was filed the year before ("Dec 31" in a story of Jan 2).
 */
export function datelineDate(
  month: number,
  day: number,
  printedYear: number | null,
  published: string | null,
): string | null {
  const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (printedYear !== null) return isoDate(printedYear, month, day);
  if (!published) return `--${monthDay}`;
  const year = Number(published.slice(0, 4));
  const sameYear = `${year}-${monthDay}`;
  return isoDate(sameYear > published ? year - 1 : year, month, day) ?? `--${monthDay}`;
}

/** How many story paragraphs after the front matter may hold the dateline. */
const PARAGRAPHS_TO_SEARCH = 3;

/**
 * Finds the dateline at the start of the story: the first body paragraph, or a line of the front
 * matter when hard-wrapped wire copy runs title, byline and dateline together. A bare "BAGHDAD –"
 * counts at a paragraph's start or before prose; inside a heading only a printed date or wire does.
 */
export const datelineParser: ArticleParser = {
  name: 'dateline',
  parse(context: ParseContext) {
    const { text, article, layout } = context;
    const candidates: Array<{ start: number; atParagraphStart: boolean; strongOnly: boolean }> = [];
    let searched = 0;
    for (let index = 0; index < article.paragraphs.length && searched < PARAGRAPHS_TO_SEARCH; index++) {
      const paragraph = article.paragraphs[index] as Span;
      // A standfirst is read too: a first story paragraph is taken for one when the next paragraph
      // looks like front matter, and a real standfirst never opens with a city and a dash. A one-line
      // story is taken for a headline ("LONDON, England (CNN) -- The museum reopened."), so the
      // headline is read for the strong forms only, never "IRAQ - Militias strike".
      const isHeadline = paragraph.start === article.headline?.start;
      const isStandfirst = paragraph.start === article.standfirst?.start;
      if (layout.furniture.has(index) && !isHeadline && !isStandfirst) continue;
      // Paragraphs before the body are searched too when they are not furniture: in wrapped wire copy
      // the title line is joined to the first paragraph ("TITLE\nby A, Reuters\nHOUSTON, Feb 26 - ...").
      if (!isHeadline) searched++;
      leadingLines(text, paragraph).forEach((line, lineIndex) => {
        candidates.push({ start: line.start, atParagraphStart: lineIndex === 0, strongOnly: isHeadline });
      });
    }
    let found: DatelineForm | null = null;
    for (const candidate of candidates) {
      const form = readDateline(text, candidate.start);
      if (!form || (form.colon && looksLikeTranscript(article.paragraphs))) continue;
      const restOfLine = text.slice(form.span.end, lineEnd(text, form.span.end));
      const weakAccepted = candidate.atParagraphStart || /\p{Ll}/u.test(restOfLine);
      if (form.strong || (weakAccepted && !candidate.strongOnly)) {
        found = form;
        break;
      }
    }
    if (!found) {
      context.trace('dateline', 'none');
      return;
    }
    const published = context.options.published ?? article.published?.date ?? null;
    const dateline: Dateline = {
      place: found.place.text,
      region: found.region?.text ?? null,
      date:
        found.month !== null && found.day !== null
          ? datelineDate(found.month, found.day, found.year, published)
          : null,
      agency: found.agency?.text ?? null,
      span: found.span,
    };
    article.dateline = dateline;
    context.trace('dateline', `${dateline.place} ${dateline.date ?? ''} at ${found.span.start}`);
  },
};
