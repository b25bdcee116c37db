import type { Span } from '@newsparse/core';
import { type Doc, evidenceFor, spanAt } from '../document.js';
import { type Answerer, abstain, type DocResult, spanAnswer, valueKey } from './answerer.js';

const WRITER_ROLES = new Set(['author', 'writing', 'reporting']);

/** "Who wrote this?" → the byline; abstains when the article has none (no guessing from quotes). */
export const authorAnswerer: Answerer = {
  kinds: ['author'],
  answer(_question, doc): DocResult {
    const byline = doc.article.byline;
    if (byline) {
      const writers = byline.authors.filter((author) => WRITER_ROLES.has(author.role));
      const credited = writers.length > 0 ? writers : byline.authors;
      if (credited.length > 0) {
        const answer = listNames(credited.map((author) => author.name));
        return {
          answer,
          value: valueKey(answer),
          confidence: 0.95,
          evidence: credited.map((author) => evidenceFor(doc, author.span)),
        };
      }
      if (byline.agencies.length > 0) {
        const answer = byline.agencies.join(', ');
        return {
          answer,
          value: valueKey(answer),
          confidence: 0.7,
          evidence: [evidenceFor(doc, byline.span)],
        };
      }
    }
    const line = bylineLine(doc);
    if (line) {
      return spanAnswer(doc, line, 0.6);
    }
    return abstain('the article has no byline');
  },
};

/** "A", "A and B", "A, B and C". */
function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

// "By Janie Gabbett, Reuters" on its own line near the top, for articles parsed before bylines were.
const BYLINE_NAME = /^[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}$/;

function bylineLine(doc: Doc): Span | null {
  const text = doc.article.text;
  let lineStart = 0;
  while (lineStart < Math.min(text.length, 600)) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const indent = line.length - line.trimStart().length;
    if (line.trimStart().startsWith('By ')) {
      const nameStart = lineStart + indent + 3;
      const comma = text.indexOf(',', nameStart);
      const nameEnd = comma >= 0 && comma < lineEnd ? comma : lineEnd;
      const name = text.slice(nameStart, nameEnd).trimEnd();
      if (BYLINE_NAME.test(name)) return spanAt(text, nameStart, nameStart + name.length);
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

/** "Where was this story filed?" → the dateline's place. */
export const filedAnswerer: Answerer = {
  kinds: ['filed'],
  answer(_question, doc): DocResult {
    const dateline = doc.article.dateline;
    if (dateline) {
      const answer = dateline.region ? `${dateline.place}, ${dateline.region}` : dateline.place;
      const placeAt = dateline.span.text.indexOf(dateline.place);
      const span =
        placeAt >= 0
          ? spanAt(
              doc.article.text,
              dateline.span.start + placeAt,
              dateline.span.start + placeAt + dateline.place.length,
            )
          : dateline.span;
      return {
        answer,
        value: valueKey(dateline.place),
        confidence: 0.95,
        evidence: [evidenceFor(doc, span)],
      };
    }
    const line = datelineLine(doc);
    if (line) {
      return spanAnswer(doc, line, 0.6);
    }
    return abstain('the article has no dateline');
  },
};

// "HOUSTON, Feb 26 - ..." / "BAGHDAD – ..." at the start of a line, for articles parsed before datelines were.
const DATELINE_START = /^[ \t]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:,| [-–—(])/gm;

function datelineLine(doc: Doc): Span | null {
  const text = doc.article.text;
  const head = text.slice(0, 1500);
  DATELINE_START.lastIndex = 0;
  for (let match = DATELINE_START.exec(head); match; match = DATELINE_START.exec(head)) {
    const place = match[1] as string;
    if (place.length < 3) continue;
    const start = match.index + match[0].indexOf(place);
    return spanAt(text, start, start + place.length);
  }
  return null;
}
