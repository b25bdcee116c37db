import { wordTable } from '../../lexicon/word-table.js';
import { spanOf, trimSpan } from '../../span.js';
import type { BylineAuthor, BylineRole, Span } from '../../types.js';
import { isAgencyName } from './agencies.js';
import { capitalise, isPersonName } from './names.js';
import { isStaffTitle, splitSignature, withoutStaffTitle } from './signature.js';

/** "Reporting by", "Additional reporting by", "Story by", "Photos by", "Editing by". */
const ROLE_LEAD = /^(?:(additional|further|extra)\s+)?([a-z]+)\s+by\s+/i;
const BY_LEAD = /^by\s+/i;
const ROLE_BY_WORD: Record<string, BylineRole> = wordTable({
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
});
/** "The Associated Press contributed to this report", "Jane Roe in Lyon contributed reporting". */
const CONTRIBUTED =
  /\s(?:also\s)?contributed\s(?:to\s(?:this|the)\s(?:report|story|article)|(?:additional\s)?reporting)\b/i;
/** Segments of a credit line: "Reporting by A; Editing by B", "By A | AP", "Reporting by A. Editing by B". */
const SEGMENT_SEPARATOR = /[;|•]|\.\s(?=[a-z]+\sby\s|additional\sreporting\sby\s)/gi;
const NAME_SEPARATOR = /,(?:\s*and\b)?|\sand\s|&/gi;
const COMMA = /,/g;
/** "A in Baghdad", "B at the United Nations": the trailer names where the reporter was. */
const REPORTER_PLACE = /\s(?:in|from|at)\s[A-Z\u00C0-\u00DE]/u;

/** The longest heading line; a credit line may be twice as long. */
export const LINE_MAX = 160;

/** What the credit lines of a story say: who wrote it, and for which wires. */
export interface BylineParts {
  authors: BylineAuthor[];
  agencies: string[];
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
    pushPiece(pieces, trimSpan(text, spanOf(text, from, span.start + match.index)));
    from = span.start + match.index + match[0].length;
  }
  pushPiece(pieces, trimSpan(text, spanOf(text, from, span.end)));
  return pieces;
}

/** Keeps a non-empty piece: the list is built once instead of filtered after. */
function pushPiece(pieces: Span[], piece: Span): void {
  if (piece.text.length > 0) pieces.push(piece);
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
  for (let index = 0; index < pieces.length; index++) {
    const raw = pieces[index] as Span;
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
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as Span;
    const lead = BY_LEAD.exec(segment.text) ?? ROLE_LEAD.exec(segment.text);
    const roleWord = (lead?.[2] ?? 'by').toLowerCase();
    const role: BylineRole | undefined = lead?.[1] ? 'reporting' : ROLE_BY_WORD[roleWord];
    if (lead && role) {
      const names = spanOf(text, segment.start + lead[0].length, segment.end);
      // After an explicit role ("Reporting by A in Baghdad, Iraq and B") a stray place is skipped; after a
      // bare "By" anything that is not a name means the line is prose.
      const read = readNames(text, names, role, roleWord === 'by');
      if (!read) return null;
      mergeParts(parts, read);
      credited = true;
      continue;
    }
    const contributed = CONTRIBUTED.exec(segment.text);
    if (contributed && contributed.index >= 2 && contributed.index <= 160) {
      const names = spanOf(text, segment.start, segment.start + contributed.index);
      const read = readNames(text, names, 'contributing', true);
      if (!read) return null;
      mergeParts(parts, read);
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
        mergeParts(parts, read);
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
      const pieces = splitWithOffsets(text, bare, COMMA);
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

/** Adds the authors and agencies of `from` that `into` does not have yet. */
export function mergeParts(into: BylineParts, from: BylineParts): void {
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
