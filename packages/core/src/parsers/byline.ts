import type { ArticleParser, ParseContext } from '../context.js';
import { spanOf, trimSpan } from '../span.js';
import type { Byline, BylineAuthor, BylineRole, Span } from '../types.js';

/**
 * News agencies and wires as they sign stories. A byline's last piece is an agency when it is one of
 * these, or when it ends like one ("Kuwait News Agency", "Press Trust of India").
 */
const KNOWN_AGENCY =
  /^(?:(?:the\s+)?associated\s+press|ap|reuters?|afp|agence\s+france[\s-]presse|upi|united\s+press\s+international|bloomberg(?:\s+news)?|xinhua(?:\s+news\s+agency)?|dpa|deutsche\s+presse-agentur|efe|ansa|kyodo(?:\s+news)?|yonhap|tass|itar-tass|interfax|ria\s+novosti|anadolu(?:\s+agency)?|aap|(?:the\s+)?canadian\s+press|pa|pa\s+media|(?:the\s+)?press\s+association|pti|ians|ani|kuna|wam|irna|mena|petra|bernama|antara|cnn|bbc|npr)$/i;
const AGENCY_ENDING =
  /\s(?:news\s+agency|press\s+agency|news\s+service|wire\s+service|press|newswire|news)$|^press\s+trust\s+of\s+\S+$/i;
/** The last word of a staff title: "Staff Writer", "Associated Press Writer", "Bureau Chief". */
const TITLE_HEADS = new Set([
  'staff',
  'writer',
  'writers',
  'reporter',
  'reporters',
  'correspondent',
  'correspondents',
  'editor',
  'editors',
  'columnist',
  'contributor',
  'contributors',
  'chief',
]);
/** Words that qualify a title: "Chief Economics Correspondent", "White House Reporter". */
const TITLE_WORDS = new Set([
  ...TITLE_HEADS,
  'senior',
  'special',
  'foreign',
  'political',
  'diplomatic',
  'economic',
  'economics',
  'business',
  'science',
  'sport',
  'sports',
  'energy',
  'defence',
  'defense',
  'security',
  'health',
  'legal',
  'court',
  'white',
  'house',
  'washington',
  'middle',
  'east',
  'regional',
  'national',
  'international',
  'investigative',
  'contributing',
  'managing',
  'deputy',
  'news',
  'bureau',
]);

/** A word of a person's name: "Janie", "D'AFFLISIO", "O'Neill", "Jean-Loup", "J.R.", "al-Kaabi". */
const NAME_WORD =
  /^(?:[A-Z\u00C0-\u00DE][\p{L}\p{M}'’.-]*|(?:al|el|ad|as|an|ar|at|az|ibn|bin|d|l)['’-][A-Z\u00C0-\u00DE][\p{L}\p{M}'’.-]*)$/u;
const NAME_PARTICLE =
  /^(?:de|da|del|della|di|du|dos|das|van|von|der|den|ter|la|le|bin|ibn|bint|al|el|y|e|abu|ben)$/;
/**
 * Capitalised words that open sentences rather than names: "By Tuesday evening, ...", "By Christmas
 * Day the ...", "By The Time ...".
 */
const NOT_NAME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|morning|evening|afternoon|night|noon|midnight|week|weekend|month|year|christmas|easter|ramadan|eid|then|now|contrast|comparison|far|law|order|the|a|an|and|or|of|in|on|at|for|to|with|from|by|this|that|these|those|its|their|his|her|our|my|your|all|some|most|end|time|way|mid|early|late|next|last|staff)$/i;

/** Months open a date, not a name ("By March the ..."), but end some names ("Roger May"). */
const MONTH_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

/** "Reporting by", "Additional reporting by", "Story by", "Photos by", "Editing by". */
const ROLE_LEAD = /^(?:(additional|further|extra)\s+)?([a-z]+)\s+by\s+/i;
const BY_LEAD = /^by\s+/i;
const ROLE_BY_WORD: Record<string, BylineRole> = {
  story: 'author',
  words: 'author',
  text: 'author',
  written: 'author',
  by: 'author',
  writing: 'writing',
  reporting: 'reporting',
  reported: 'reporting',
  compiled: 'reporting',
  research: 'reporting',
  interview: 'reporting',
  interviews: 'reporting',
  editing: 'editing',
  edited: 'editing',
  produced: 'editing',
  photo: 'photos',
  photos: 'photos',
  photograph: 'photos',
  photographs: 'photos',
  photography: 'photos',
  picture: 'photos',
  pictures: 'photos',
  image: 'photos',
  images: 'photos',
  video: 'photos',
  graphics: 'photos',
};
/** "The Associated Press contributed to this report", "Jane Roe in Lyon contributed reporting". */
const CONTRIBUTED =
  /\s(?:also\s)?contributed\s(?:to\s(?:this|the)\s(?:report|story|article)|(?:additional\s)?reporting)\b/i;
/** Segments of a credit line: "Reporting by A; Editing by B", "By A | AP", "Reporting by A. Editing by B". */
const SEGMENT_SEPARATOR = /[;|•]|\.\s(?=[a-z]+\sby\s|additional\sreporting\sby\s)/gi;
const NAME_SEPARATOR = /,(?:\s*and\b)?|\sand\s|&/gi;
/** "A in Baghdad", "B at the United Nations": the trailer names where the reporter was. */
const REPORTER_PLACE = /\s(?:in|from|at)\s[A-Z\u00C0-\u00DE]/u;

const LINE_MAX = 160;

interface BylineParts {
  authors: BylineAuthor[];
  agencies: string[];
}

/**
 * The lines of a paragraph that may be front matter: the first, and each next one while all before it
 * are headings (no lower-case letter) or bylines. Hard-wrapped wire copy runs the title, the byline and
 * the dateline together ("TITLE\nby A, Reuters\nHOUSTON, Feb 26 - ..."); a wrapped body line never
 * follows only headings.
 */
export function leadingLines(text: string, paragraph: Span, maxLines = 4): Span[] {
  const lines: Span[] = [];
  let lineStart = paragraph.start;
  while (lineStart < paragraph.end && lines.length < maxLines) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > paragraph.end ? paragraph.end : newline;
    const line = trimSpan(text, spanOf(text, lineStart, lineEnd));
    if (line.text.length > 0) lines.push(line);
    const isHeading =
      line.text.length <= LINE_MAX && (!/\p{Ll}/u.test(line.text) || /^by\s/i.test(line.text));
    if (!isHeading) break;
    lineStart = lineEnd + 1;
  }
  return lines;
}

/** True for a known wire or a name shaped like one ("Kuwait News Agency"). */
export function isAgencyName(name: string): boolean {
  const cleaned = name.trim().replace(/\.$/, '');
  return KNOWN_AGENCY.test(cleaned) || (AGENCY_ENDING.test(cleaned) && /^[A-Z]/.test(cleaned));
}

/** Two to five capitalised words that are not calendar words or sentence openers. */
export function isPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (/\d/.test(name)) return false;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (!NAME_WORD.test(first) || !NAME_WORD.test(last) || MONTH_WORD.test(first)) return false;
  return words.every(
    (word) =>
      (NAME_WORD.test(word) || NAME_PARTICLE.test(word)) && !NOT_NAME_WORD.test(word.replace(/[.,]$/, '')),
  );
}

function splitWithOffsets(text: string, span: Span, separator: RegExp): Span[] {
  const pieces: Span[] = [];
  let from = span.start;
  separator.lastIndex = 0;
  for (let match = separator.exec(span.text); match; match = separator.exec(span.text)) {
    if (match[0].length === 0) {
      separator.lastIndex++;
      continue;
    }
    pieces.push(trimSpan(text, spanOf(text, from, span.start + match.index)));
    from = span.start + match.index + match[0].length;
  }
  pieces.push(trimSpan(text, spanOf(text, from, span.end)));
  return pieces.filter((piece) => piece.text.length > 0);
}

/**
 * Reads the names after "By" or "Reporting by": people, then optionally an agency or a staff title
 * ("By A, B and C, Reuters", "By A, Staff Writer"). Returns null when a piece is neither, which is
 * what rejects "By Tuesday evening, ..." and "By contrast".
 */
function readNames(text: string, names: Span, role: BylineRole, strict: boolean): BylineParts | null {
  const parts: BylineParts = { authors: [], agencies: [] };
  const pieces = splitWithOffsets(text, trimSpan(text, names, '.'), NAME_SEPARATOR);
  // "By keith grant, Reuters": a name typed in lower case is still one when a wire signs after it.
  const lastPiece = pieces[pieces.length - 1];
  const signedByWire = pieces.length > 1 && lastPiece !== undefined && isAgencyName(lastPiece.text);
  for (const [index, raw] of pieces.entries()) {
    const piece = role === 'author' ? raw : withoutReporterPlace(text, raw);
    const affiliation = isStaffTitle(piece.text) ? withoutStaffTitle(piece.text) : null;
    // "By ZEKE ROE Associated Press", "By ANN LEE AP Economics Writer": name, wire and title unpunctuated.
    const signature = splitSignature(text, piece);
    if (signature) {
      parts.authors.push({ name: signature.name.text, role, span: signature.name });
      if (signature.agency) parts.agencies.push(signature.agency);
    } else if (isAgencyName(piece.text)) {
      parts.agencies.push(piece.text.replace(/\.$/, ''));
    } else if (affiliation !== null && (index > 0 || isAgencyName(affiliation))) {
      // "By A, Associated Press Writer", "By Reuters Staff": the title is not a name.
      if (isAgencyName(affiliation)) parts.agencies.push(affiliation);
    } else if (isPersonName(piece.text) || (signedByWire && isPersonName(capitalise(piece.text)))) {
      parts.authors.push({ name: piece.text, role, span: piece });
    } else if (strict && (index === 0 || index < pieces.length - 1 || !/^[A-Z]/.test(piece.text))) {
      return null;
    }
  }
  return parts.authors.length > 0 || parts.agencies.length > 0 ? parts : null;
}

interface Signature {
  name: Span;
  agency: string | null;
}

/**
 * A person followed, without a comma, by a wire and/or a staff title: "ZEKE ROE Associated Press",
 * "ANN LEE AP Economics Writer", "Jane Roe Staff Writer". Null when the piece is anything else,
 * including a plain name.
 */
function splitSignature(text: string, piece: Span): Signature | null {
  const words = [...piece.text.matchAll(/\S+/g)];
  let end = words.length;
  const lastWord = (words[end - 1]?.[0] ?? '').toLowerCase();
  if (TITLE_HEADS.has(lastWord)) {
    while (end > 0 && TITLE_WORDS.has((words[end - 1]?.[0] ?? '').toLowerCase())) end--;
  }
  const nameOf = (count: number): Span | null => {
    const last = words[count - 1];
    if (count < 2 || !last) return null;
    const name = spanOf(text, piece.start, piece.start + (last.index ?? 0) + last[0].length);
    return isPersonName(name.text) && !isAgencyName(name.text) ? name : null;
  };
  for (let agencyWords = 1; agencyWords <= 3 && end - agencyWords >= 2; agencyWords++) {
    const first = words[end - agencyWords];
    const last = words[end - 1];
    if (!first || !last) break;
    const agency = piece.text.slice(first.index ?? 0, (last.index ?? 0) + last[0].length);
    const name = isAgencyName(agency) ? nameOf(end - agencyWords) : null;
    if (name) return { name, agency };
  }
  if (end < words.length) {
    const name = nameOf(end);
    if (name) return { name, agency: null };
  }
  return null;
}

function capitalise(words: string): string {
  return words.replace(
    /(^|\s)(\p{Ll})/gu,
    (_match, space: string, letter: string) => space + letter.toUpperCase(),
  );
}

function isStaffTitle(piece: string): boolean {
  const words = piece.trim().toLowerCase().split(/\s+/);
  return TITLE_HEADS.has(words[words.length - 1] ?? '');
}

/** "Associated Press Writer" → "Associated Press"; "Chief Economics Correspondent" → "". */
function withoutStaffTitle(piece: string): string {
  const words = piece.trim().split(/\s+/);
  while (words.length > 0 && TITLE_WORDS.has((words[words.length - 1] as string).toLowerCase())) words.pop();
  return words.join(' ');
}

function withoutReporterPlace(text: string, piece: Span): Span {
  const match = REPORTER_PLACE.exec(piece.text);
  return match ? spanOf(text, piece.start, piece.start + match.index) : piece;
}

/**
 * Reads one line as a byline: segments separated by ";" or "|", each "By ...", "<role> by ...", "X
 * contributed to this report", an agency, or (first, without "By") "A, Staff Writer". Any other
 * segment means the line is prose, not a byline.
 */
export function parseBylineLine(text: string, line: Span): BylineParts | null {
  if (line.text.length > LINE_MAX * 2) return null;
  const parts: BylineParts = { authors: [], agencies: [] };
  let credited = false;
  const segments = splitWithOffsets(text, line, SEGMENT_SEPARATOR);
  for (const [index, segment] of segments.entries()) {
    const lead = BY_LEAD.exec(segment.text) ?? ROLE_LEAD.exec(segment.text);
    const roleWord = (lead?.[2] ?? 'by').toLowerCase();
    const role: BylineRole | undefined = lead?.[1] ? 'reporting' : ROLE_BY_WORD[roleWord];
    if (lead && role) {
      const names = spanOf(text, segment.start + lead[0].length, segment.end);
      // After an explicit role ("Reporting by A in Baghdad, Iraq and B") a stray place is skipped; after a
      // bare "By" anything that is not a name means the line is prose.
      const read = readNames(text, names, role, roleWord === 'by');
      if (!read) return null;
      merge(parts, read);
      credited = true;
      continue;
    }
    const contributed = CONTRIBUTED.exec(segment.text);
    if (contributed && contributed.index >= 2 && contributed.index <= 160) {
      const names = spanOf(text, segment.start, segment.start + contributed.index);
      const read = readNames(text, names, 'contributing', true);
      if (!read) return null;
      merge(parts, read);
      credited = true;
      continue;
    }
    const bare = trimSpan(text, segment, '.');
    if (index > 0 && isAgencyName(bare.text)) {
      parts.agencies.push(bare.text);
      continue;
    }
    // "Jane Roe, Staff Writer": a name signed without "By" is a byline only with its title.
    if (index === 0 && isStaffTitle(bare.text)) {
      const read = readNames(text, bare, 'author', true);
      if (read && read.authors.length > 0 && !read.authors.some((author) => author.span.end === bare.end)) {
        merge(parts, read);
        credited = true;
        continue;
      }
    }
    // "Jane Roe | The Associated Press", "Jane Roe, Reuters": a person and a wire, nothing else.
    const nextSegment = segments[1];
    if (
      index === 0 &&
      segments.length === 2 &&
      nextSegment &&
      isPersonName(bare.text) &&
      isAgencyName(trimSpan(text, nextSegment, '.').text)
    ) {
      parts.authors.push({ name: bare.text, role: 'author', span: bare });
      credited = true;
      continue;
    }
    if (index === 0 && bare.text.includes(',')) {
      const pieces = splitWithOffsets(text, bare, /,/g);
      const last = pieces[pieces.length - 1];
      const first = pieces[0];
      if (pieces.length === 2 && first && last && isPersonName(first.text) && isAgencyName(last.text)) {
        parts.authors.push({ name: first.text, role: 'author', span: first });
        parts.agencies.push(last.text);
        credited = true;
        continue;
      }
    }
    return null;
  }
  return credited ? parts : null;
}

function merge(into: BylineParts, from: BylineParts): void {
  for (const author of from.authors) {
    if (!into.authors.some((known) => known.name === author.name && known.role === author.role)) {
      into.authors.push(author);
    }
  }
  for (const agency of from.agencies) {
    if (!into.agencies.some((known) => known.toLowerCase() === agency.toLowerCase()))
      into.agencies.push(agency);
  }
}

/** The text inside "( ... )" when a paragraph ends with a parenthesised credit ("... (Editing by A)"). */
function trailingParenthesis(text: string, paragraph: Span): Span | null {
  if (!paragraph.text.endsWith(')')) return null;
  const open = paragraph.text.lastIndexOf('(');
  if (open < 0) return null;
  return trimSpan(text, spanOf(text, paragraph.start + open + 1, paragraph.end - 1));
}

/** How many paragraphs at each end may carry a byline. */
const FRONT_PARAGRAPHS = 3;
const TRAILER_PARAGRAPHS = 4;

/**
 * Finds who wrote the story: a byline line under the headline ("By Janie Gabbett, Reuters") and the
 * wire trailer at the end ("Reporting by A; Editing by B", "The Associated Press contributed to this
 * report"). A paragraph that is only a byline becomes furniture, so the body starts after it.
 */
export const bylineParser: ArticleParser = {
  name: 'byline',
  parse(context: ParseContext) {
    const { text, article, layout } = context;
    const paragraphs = article.paragraphs;
    const skip = new Set<number>([article.headline?.start ?? -1, article.published?.span?.start ?? -1]);
    for (const caption of article.captions) skip.add(caption.span.start);

    const parts: BylineParts = { authors: [], agencies: [] };
    let bylineSpan: Span | null = null;
    const bylineParagraphs: number[] = [];

    const consider = (line: Span, paragraphIndex: number): boolean => {
      if (line.text.length > LINE_MAX * 2) return false;
      const inner = /^\(.*\)$/s.test(line.text)
        ? trimSpan(text, spanOf(text, line.start + 1, line.end - 1))
        : line;
      const read = parseBylineLine(text, inner);
      if (!read) return false;
      merge(parts, read);
      bylineSpan ??= line;
      const paragraph = paragraphs[paragraphIndex];
      if (paragraph && paragraph.start === line.start && paragraph.end === line.end) {
        bylineParagraphs.push(paragraphIndex);
      }
      context.trace('byline', `"${line.text}" in paragraph ${paragraphIndex}`);
      return true;
    };

    const frontEnd = Math.min(paragraphs.length, Math.max(layout.bodyStart, 0) + FRONT_PARAGRAPHS);
    front: for (let index = 0; index < frontEnd; index++) {
      const paragraph = paragraphs[index] as Span;
      if (skip.has(paragraph.start)) continue;
      for (const line of leadingLines(text, paragraph)) {
        if (consider(line, index)) break front;
      }
    }

    // Short stories: the trailer may sit in the first body paragraphs, read again for sentence credits.
    const trailerStart = Math.max(
      layout.bodyStart,
      (bylineParagraphs[0] ?? -1) + 1,
      paragraphs.length - TRAILER_PARAGRAPHS,
    );
    for (let index = trailerStart; index < paragraphs.length; index++) {
      const paragraph = paragraphs[index] as Span;
      if (skip.has(paragraph.start)) continue;
      if (paragraph.text.length <= LINE_MAX * 2 && !paragraph.text.includes('\n')) {
        if (consider(paragraph, index)) continue;
      }
      const parenthesis = trailingParenthesis(text, paragraph);
      if (parenthesis && consider(parenthesis, index)) continue;
      const lastSentence = lastSentenceOf(article.sentences, paragraph);
      if (lastSentence && lastSentence.start !== paragraph.start) consider(lastSentence, index);
    }

    if (!bylineSpan) {
      context.trace('byline', 'none');
      return;
    }
    const byline: Byline = { authors: parts.authors, agencies: parts.agencies, span: bylineSpan };
    article.byline = byline;
    for (const index of bylineParagraphs) {
      layout.furniture.add(index);
      if (index === layout.bodyStart) layout.bodyStart = index + 1;
    }
  },
};

/** The last sentence inside the paragraph ("... hit the Green Zone. AP contributed to this report."). */
function lastSentenceOf(sentences: readonly Span[], paragraph: Span): Span | null {
  let low = 0;
  let high = sentences.length - 1;
  let found: Span | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid] as Span;
    if (sentence.end <= paragraph.end) {
      if (sentence.start >= paragraph.start) found = sentence;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
