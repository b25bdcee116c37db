import type { Span } from '@newsparse/core';
import { spanAt } from './document.js';
import type { Word } from './text.js';

/**
 * Small readers over a sentence's words, used when a parser left a field empty: they find the name
 * or phrase in the sentence that retrieval picked, so the answer still points at the text.
 */

/** Particles inside names ("Ahl al-Kahf", "Osama bin Laden", "Abu Mahdi al-Muhandis"). */
// Transliterated Urdu/Persian joins too: "Jaish e Mohammed", "Tehrik i Taliban", "Jamaat ul Ahrar".
const NAME_PARTICLES = new Set('al el bin ibn de da van von der of abu la le du e i ul ud ur us'.split(' '));
const PREFIXED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|d|l)[-’'][A-Z]/;
/** Capitalised words that start sentences or name no one ("The", "Earlier", "Monday"). */
const NOT_NAMES = new Set(
  'the a an this that these those on in at last earlier later when while according after before during since but and or it its he she they we i his her their there then however meanwhile also monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mr mrs ms dr'.split(
    ' ',
  ),
);

export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  return (first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde);
}

function isNameWord(word: Word): boolean {
  return isCapitalised(word.text) || PREFIXED_PARTICLE.test(word.text);
}

/**
 * Runs of name-like words separated only by spaces: "Former Iraqi Foreign Minister Hoshyar Zebari",
 * "Ahl al-Kahf". Leading sentence words ("The", "On") are dropped; particles join two name words.
 */
export function nameRuns(text: string, sentenceWords: Word[]): Span[] {
  const runs: Span[] = [];
  let i = 0;
  while (i < sentenceWords.length) {
    const word = sentenceWords[i] as Word;
    if (!isNameWord(word) || NOT_NAMES.has(word.text.toLowerCase())) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < sentenceWords.length) {
      const next = sentenceWords[j] as Word;
      const gap = text.slice((sentenceWords[j - 1] as Word).end, next.start);
      if (gap !== ' ' && gap !== ' ') break;
      if (isNameWord(next) && !NOT_NAMES.has(next.text.toLowerCase())) {
        last = j;
        j++;
        continue;
      }
      const after = sentenceWords[j + 1];
      if (
        NAME_PARTICLES.has(next.text.toLowerCase()) &&
        after &&
        isNameWord(after) &&
        text.slice(next.end, after.start) === ' '
      ) {
        j++;
        continue;
      }
      break;
    }
    runs.push(spanAt(text, word.start, (sentenceWords[last] as Word).end));
    i = last + 1;
  }
  return runs;
}

/** The name run that holds `offset`, or the first one starting after it within `maxGap` characters. */
export function nameRunAfter(runs: Span[], offset: number, maxGap = 40): Span | null {
  for (const run of runs) {
    if (run.end <= offset) continue;
    if (run.start - offset > maxGap) return null;
    return run;
  }
  return null;
}

/** The last name run ending before `offset`, within `maxGap` characters. */
export function nameRunBefore(runs: Span[], offset: number, maxGap = 40): Span | null {
  let best: Span | null = null;
  for (const run of runs) {
    if (run.end > offset) break;
    best = run;
  }
  return best && offset - best.end <= maxGap ? best : null;
}

/**
 * The clause that follows `offset` up to the next clause break (".", ";", or a comma before a new
 * clause), capped at `maxLength` characters: the "in response to ..." of a why-answer.
 */
export function clauseFrom(text: string, offset: number, limit: number, maxLength = 220): Span {
  let end = offset;
  const stop = Math.min(limit, offset + maxLength);
  while (end < stop) {
    const char = text[end];
    if (char === ';' || char === '\n') break;
    if (char === '.' && /\s/.test(text[end + 1] ?? ' ') && !/\b[A-Z][a-z]?$/.test(text.slice(end - 3, end)))
      break;
    end++;
  }
  let start = offset;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start) {
    const char = text[end - 1] ?? '';
    // A closing mark whose opening mark is in the clause stays: 'supplied "the occupiers' boats."'.
    const trimmed =
      /[\s,.;:]/.test(char) || (/[“”"’]/.test(char) && !closesQuote(text.slice(start, end - 1), char));
    if (!trimmed) break;
    end--;
  }
  return spanAt(text, start, end);
}

/** `mark` closes a quotation opened in `before`. */
function closesQuote(before: string, mark: string): boolean {
  const count = (of: string) => before.split(of).length - 1;
  if (mark === '”') return count('“') > count('”');
  if (mark === '’') return count('‘') > count('’');
  return mark === '"' && count('"') % 2 === 1;
}
