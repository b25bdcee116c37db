import { isWhiteSpaceCode, trimmedWordCount } from '../characters.js';
import type { ArticleParser, ParseContext } from '../context.js';
import { spanOf, trimSpan } from '../span.js';
import type { Caption, PublishedDate, Span } from '../types.js';
import { parsePublicationLine } from './publication-date.js';

/**
 * Lines of web pages that people paste along with the story ("Share", "Read more"). Matched as a
 * whole line, alone or several joined by separators, so that "Share" never becomes the headline.
 */
const PAGE_FURNITURE_ITEM =
  /^(?:share(?: this(?: article| story)?)?|read more|read next|more|menu|home|skip to (?:main )?content|sign in|log ?in|register|subscribe(?: now)?|advertisement|advert|sponsored|follow us|related(?: articles| stories)?|comments?|facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|print|copy link|listen(?: to this article)?|minute read|\d+ min(?:ute)? read|back to top|top stories|most read|trending|newsletter|close|search|video|photos?|gallery|opinion|news|world|middle east|politics|business|sport|sports)$/i;
const FURNITURE_SEPARATOR = /[|•·/,>»]| - /;

/**
 * Photo credits printed after a caption: "(REUTERS)", "(AP Photo/Hadi Mizban)", "Photo: AFP",
 * "AP Photo/Name", "Photograph: Name/Agency". The parenthesised form must look like a credit, not an
 * acronym that ends a sentence ("... Forces (PMF)"). Lines are cut procedurally and only anchored
 * patterns run on the pieces, so no pattern can backtrack over a long line.
 */
const CAPITALISED_CREDIT = /^[A-Z][A-Z. &/-]{1,40}$/;
const CREDIT_WORDS =
  /\b(?:Photo|Photograph|Image|Images|Pictures|Picture|Getty|Reuters|REUTERS|AFP|AP|EPA|Xinhua|Anadolu|Shutterstock|Alamy)\b/;
const CREDIT_LABEL = /(?:Photo credit|Photograph|Photo|Picture|Image|Credit|Source) ?:/g;
const AGENCY_PHOTO = /(?:AP|AFP|EPA|Reuters|REUTERS|Getty Images|Xinhua)(?: Photo| Images)? ?\//g;
const CREDIT_PATTERNS = [CREDIT_LABEL, AGENCY_PHOTO] as const;
const MAX_CREDIT_LENGTH = 120;

const BYLINE_LINE = /^\s*(?:[Bb]y|BY|[Ss]tory by|[Ww]ords by|[Ww]ritten by)\s+[A-Z\u00C0-\u024F]/;

/**
 * Splits the text into paragraphs. Pasted articles put one paragraph on a line; wire copy wraps lines
 * at about 70 characters and starts paragraphs with an indent (Reuters) or a blank line, so wrapped
 * lines are joined when most lines of a block look wrapped.
 */
export function splitParagraphs(text: string): Span[] {
  const lines = splitLines(text);
  const wrapped = looksHardWrapped(lines);
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  for (const line of lines) {
    const trimmed = trimSpan(text, line);
    if (trimmed.text.length === 0) {
      if (current) paragraphs.push(current);
      current = null;
      continue;
    }
    const indented = /^[ \t\u00a0]{2,}/.test(line.text);
    if (current && wrapped && !indented && continuesWrappedLine(current.text, trimmed.text)) {
      current = spanOf(text, current.start, trimmed.end);
      continue;
    }
    if (current) paragraphs.push(current);
    current = trimmed;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** The lines of the text, cut at "\n", "\r\n", "\r" and the paragraph separator. */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let lineStart = 0;
  // Most texts break lines with "\n" alone: indexOf finds each break faster than a loop over the characters.
  if (!text.includes('\r') && !text.includes('\u2029')) {
    for (;;) {
      const newline = text.indexOf('\n', lineStart);
      const end = newline < 0 ? text.length : newline;
      lines.push(spanOf(text, lineStart, end));
      if (newline < 0) return lines;
      lineStart = newline + 1;
    }
  }
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10 || code === 13 || code === 0x2029) {
      lines.push(spanOf(text, lineStart, i));
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      lineStart = i + 1;
    }
  }
  return lines;
}

function looksHardWrapped(lines: Span[]): boolean {
  let long = 0;
  let wrappedMidSentence = 0;
  for (const line of lines) {
    const length = line.text.trim().length;
    if (length >= 45 && length <= 90) {
      long++;
      if (!endsLikeSentence(line.text)) wrappedMidSentence++;
    }
  }
  return long >= 4 && wrappedMidSentence >= long * 0.5 && long >= lines.length * 0.4;
}

/** `/[.!?:"”’)]\s*$/`, read from the end: the pattern would try each of the line's characters. */
export function endsLikeSentence(line: string): boolean {
  let end = line.length - 1;
  while (end >= 0 && isWhiteSpaceCode(line.charCodeAt(end))) end--;
  switch (line.charCodeAt(end)) {
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x3a: // :
    case 0x22: // "
    case 0x201d: // ”
    case 0x2019: // ’
    case 0x29: // )
      return true;
    default:
      return false;
  }
}

/**
 * In wrapped copy a line continues the paragraph only when the line before it was filled to the wrap
 * width: a short line (a title, "by Janie Gabbett, Reuters") or an all-capitals title stands alone.
 */
function continuesWrappedLine(paragraph: string, next: string): boolean {
  const lastLine = paragraph.slice(paragraph.lastIndexOf('\n') + 1).trim();
  if (lastLine.length < 45 || BYLINE_LINE.test(next)) return false;
  if (isAllCapitals(lastLine) || isAllCapitals(next)) return false;
  return true;
}

/** Six or more letters, none of them lower case ("BAGHDAD (Reuters) -", "EXCLUSIVE"). */
export function isAllCapitals(line: string): boolean {
  let letters = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) return false;
      if (code >= 0x41 && code <= 0x5a) letters++;
      continue;
    }
    // Beyond ASCII: whole code points, tested as as the letter class and upper-casing read them.
    const character = String.fromCodePoint(line.codePointAt(index) as number);
    if (character.length === 2) index++;
    if (!LETTER.test(character)) continue;
    if (character.toUpperCase() !== character) return false;
    letters += character.length;
  }
  return letters >= 6;
}
const LETTER = /^\p{L}$/u;

export function isPageFurniture(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || /^[\W\d_]+$/u.test(trimmed)) return true;
  if (trimmed.length > 200) return false;
  // Items are tested as they are cut, so a story paragraph fails at its first clause.
  let rest = trimmed;
  for (;;) {
    if (startsWithLongClause(rest)) return false;
    const separator = FURNITURE_SEPARATOR.exec(rest);
    const item = (separator ? rest.slice(0, separator.index) : rest).trim();
    if (item.length > 0 && !PAGE_FURNITURE_ITEM.test(item)) return false;
    if (!separator) return true;
    rest = rest.slice(separator.index + separator[0].length);
  }
}

/** "listen to this article": no item of PAGE_FURNITURE_ITEM is longer, but for "<n> minute read". */
const LONGEST_FURNITURE_ITEM = 22;

/**
 * True when the text before the first furniture separator, trimmed, is longer than any furniture item
 * and does not start with a digit. Story paragraphs fail here after a few words, where the separator
 * search would read them whole.
 */
export function startsWithLongClause(rest: string): boolean {
  let first = -1;
  for (let index = 0; index < rest.length; index++) {
    const code = rest.charCodeAt(index);
    if (isFurnitureSeparator(rest, index, code)) return false;
    if (isWhiteSpaceCode(code)) continue;
    if (first < 0) {
      if (code >= 0x30 && code <= 0x39) return false;
      first = index;
    } else if (index - first >= LONGEST_FURNITURE_ITEM) return true;
  }
  return false;
}

/** FURNITURE_SEPARATOR at `index`. */
function isFurnitureSeparator(rest: string, index: number, code: number): boolean {
  switch (code) {
    case 0x7c: // |
    case 0x2022: // •
    case 0xb7: // ·
    case 0x2f: // /
    case 0x2c: // ,
    case 0x3e: // >
    case 0xbb: // »
      return true;
    case 0x20:
      return rest.charCodeAt(index + 1) === 0x2d && rest.charCodeAt(index + 2) === 0x20;
    default:
      return false;
  }
}

/** A caption line: its words and its credit, or null when the line carries no credit. */
export function parseCaption(text: string, line: Span): Caption | null {
  const credited = parenthesisedCredit(line.text) ?? labelledCredit(line.text);
  if (!credited) return null;
  return {
    text: trimSpan(text, spanOf(text, line.start, line.start + credited.captionLength)),
    credit: stripCreditLabel(credited.credit),
    span: line,
  };
}

interface FoundCredit {
  credit: string;
  captionLength: number;
}

function parenthesisedCredit(line: string): FoundCredit | null {
  const trimmed = line.trimEnd();
  if (!trimmed.endsWith(')')) return null;
  const open = trimmed.lastIndexOf('(');
  if (open < 0 || trimmed.length - open > MAX_CREDIT_LENGTH) return null;
  const credit = trimmed.slice(open + 1, -1).trim();
  if (credit.length < 2 || credit.includes(')') || credit.includes('\n')) return null;
  const before = trimmed.slice(0, open).trimEnd();
  if (before.length < 10) return null;
  const looksLikeCredit = CAPITALISED_CREDIT.test(credit) || CREDIT_WORDS.test(credit);
  if (!looksLikeCredit) return null;
  // A bare acronym in parentheses is a credit only after a finished sentence ("last year. (REUTERS)").
  const isAcronymOnly = /^[A-Z]{2,6}$/.test(credit) && !CREDIT_WORDS.test(credit);
  if (isAcronymOnly && !/[.!?”"’]$/.test(before)) return null;
  return { credit, captionLength: before.length };
}

function labelledCredit(line: string): FoundCredit | null {
  let creditStart = -1;
  // Both credit forms hold a colon or a slash; most lines have neither.
  if (!line.includes(':') && !line.includes('/')) return null;
  for (const pattern of CREDIT_PATTERNS) {
    // exec on the pattern itself: matchAll would copy it for every line. Neither pattern matches empty.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
      const index = match.index;
      const startsWord = index === 0 || isWhiteSpaceCode(line.charCodeAt(index - 1));
      if (startsWord && index > creditStart) creditStart = index;
    }
  }
  if (creditStart < 0) return null;
  const credit = line.slice(creditStart).trim();
  if (credit.length > 80 + 20 || credit.includes('\n')) return null;
  const captionLength = trimEndOf(line.slice(0, creditStart), ' \t|–—-').length;
  return captionLength >= 10 ? { credit, captionLength } : null;
}

function trimEndOf(value: string, characters: string): string {
  let end = value.length;
  while (end > 0 && characters.includes(value[end - 1] ?? '')) end--;
  return value.slice(0, end);
}

function stripCreditLabel(credit: string): string {
  return credit.replace(/^(?:Photo credit|Photograph|Photo|Picture|Image|Credit|Source)\s*:\s*/i, '').trim();
}

/** Fewer words than this end a headline too ("Trump wins."); a brief of prose has more. */
const MIN_PROSE_WORDS = 12;

/** Twelve words or more, ending as a sentence ends: a paragraph of a story, not a title. */
function isProse(line: string): boolean {
  return endsLikeSentence(line) && trimmedWordCount(line, MIN_PROSE_WORDS) >= MIN_PROSE_WORDS;
}

function looksLikeHeadline(line: string): boolean {
  const words = trimmedWordCount(line, 31);
  return words >= 2 && words <= 30 && line.length <= 250 && /\p{L}/u.test(line);
}

/**
 * Finds the headline, standfirst, publication date line and photo captions at the top of the text,
 * and marks the lines that are not story text so later parsers skip them.
 */
export const structureParser: ArticleParser = {
  name: 'structure',
  parse(context: ParseContext) {
    const { text, article, layout } = context;
    const paragraphs = splitParagraphs(text);
    article.paragraphs = paragraphs;

    const captions: Caption[] = [];
    const seenCaptions = new Set<string>();
    let published: PublishedDate | null = null;
    let headlineIndex = -1;
    let lastFrontMatter = -1;
    let frontMatterBeforeHeadline = -1;
    let storyBeforeHeadline = false;
    let lineBeforeHeadline = false;

    // Front matter is at most the first few lines; captions may also stand between body paragraphs.
    paragraphs.forEach((paragraph, index) => {
      if (isPageFurniture(paragraph.text)) {
        layout.furniture.add(index);
        return;
      }
      const caption = paragraph.text.length <= 600 ? parseCaption(text, paragraph) : null;
      if (caption) {
        layout.furniture.add(index);
        if (index <= lastFrontMatter + 2) lastFrontMatter = index;
        const key = caption.text.text.replace(/\s+/g, ' ').toLowerCase();
        if (!seenCaptions.has(key)) {
          seenCaptions.add(key);
          captions.push(caption);
        }
        return;
      }
      if (index > 12) return;
      const dateLine = published ? null : parsePublicationLine(paragraph);
      if (dateLine) {
        published = dateLine;
        layout.furniture.add(index);
        lastFrontMatter = index;
        return;
      }
      if (headlineIndex >= 0 || storyBeforeHeadline) return;
      // "BREAKING" or "By Lena Marchetti", then prose: the story starts without a headline.
      const prose = isProse(paragraph.text);
      if (
        looksLikeHeadline(paragraph.text) &&
        !BYLINE_LINE.test(paragraph.text) &&
        !(prose && lineBeforeHeadline)
      ) {
        headlineIndex = index;
        frontMatterBeforeHeadline = lastFrontMatter;
        layout.furniture.add(index);
        lastFrontMatter = index;
      } else if (prose) {
        // A story pasted without its headline: the short paragraph after its lede is no headline.
        storyBeforeHeadline = true;
      } else {
        lineBeforeHeadline = true;
      }
    });

    // "Gunmen killed 12 people in Kessling. The Brigade claimed the attack.": a text of one paragraph of
    // prose (a message, a wire brief) is the story itself, not a headline with no story after it.
    const headline = paragraphs[headlineIndex];
    if (
      headline &&
      nextStoryParagraph(layout.furniture, paragraphs.length, headlineIndex + 1) < 0 &&
      isProse(headline.text)
    ) {
      layout.furniture.delete(headlineIndex);
      lastFrontMatter = frontMatterBeforeHeadline;
      headlineIndex = -1;
    }

    article.headline = headlineIndex >= 0 ? (paragraphs[headlineIndex] ?? null) : null;
    article.captions = captions;
    article.published = resolvePublished(context.options.published, published);

    // A standfirst is the paragraph after the headline when more front matter (a date line, a
    // caption, a byline) follows it; otherwise that paragraph is the story's first.
    let bodyStart = headlineIndex + 1;
    const next = nextStoryParagraph(layout.furniture, paragraphs.length, headlineIndex + 1);
    if (next >= 0) {
      const after = paragraphs[next + 1];
      const frontMatterFollows =
        lastFrontMatter > next ||
        (after !== undefined && BYLINE_LINE.test(after.text)) ||
        (after !== undefined && layout.furniture.has(next + 1));
      const candidate = paragraphs[next] as Span;
      if (frontMatterFollows && !BYLINE_LINE.test(candidate.text) && candidate.text.length <= 600) {
        article.standfirst = candidate;
        layout.furniture.add(next);
        bodyStart = next + 1;
      }
    }
    layout.bodyStart = Math.max(bodyStart, lastFrontMatter + 1, 0);
    context.trace(
      'structure',
      `headline=${headlineIndex} bodyStart=${layout.bodyStart} captions=${captions.length}`,
    );
  },
};

function nextStoryParagraph(furniture: Set<number>, count: number, from: number): number {
  for (let index = from; index < count; index++) if (!furniture.has(index)) return index;
  return -1;
}

function resolvePublished(fromOptions: string | null, fromText: PublishedDate | null): PublishedDate | null {
  if (!fromOptions) return fromText;
  return {
    date: fromOptions,
    time: fromText?.date === fromOptions ? fromText.time : null,
    span: fromText?.date === fromOptions ? fromText.span : null,
    source: 'option',
  };
}
