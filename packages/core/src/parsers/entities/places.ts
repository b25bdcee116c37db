import { isWhiteSpaceCode } from '../../characters.js';
import { CITIES, COUNTRIES, PLACE_HEADS, PLACE_VARIANTS, REGIONS, US_STATES } from '../../lexicon/places.js';
import type { Candidate } from './candidate.js';
import { type ListedWord, ListedWords } from './word-lists.js';

/** Every name of the gazetteer with its key: one lookup for a name instead of one per list. */
const PLACE_KEYS: ReadonlyMap<string, string> = (() => {
  const keys = new Map<string, string>();
  for (const list of [COUNTRIES, CITIES, US_STATES, REGIONS]) {
    for (const name of list) keys.set(name, PLACE_VARIANTS.get(name) ?? name);
  }
  return keys;
})();

const PLACE_HEAD_LIST = new ListedWords(PLACE_HEADS);

/** The gazetteer names, behind the table of their shapes: nearly every word asked about is no place. */
const PLACE_NAMES = new ListedWords(PLACE_KEYS.keys());

/** The word alone (its lower case) is a known place. */
export function isKnownPlaceWord(word: ListedWord): boolean {
  return PLACE_NAMES.holds(word);
}

/** The gazetteer key of a known place ("u.s." → "united states"), or null. */
export function knownPlace(name: string): string | null {
  return knownPlaceKey(lookupKey(name));
}

/** `knownPlace` of a name already in its `lookupKey` form (a word's lower case). */
export function knownPlaceKey(key: string): string | null {
  return PLACE_NAMES.has(key) ? (PLACE_KEYS.get(key) ?? null) : null;
}

/** A known place may have a key of this shape (`shapeOf`): false is sure. */
export function mayBeKnownPlaceShape(shape: number): boolean {
  return PLACE_NAMES.hasShape(shape);
}

/** The lower-case form of a name with single spaces, for the word lists. */
export function lookupKey(name: string): string {
  const lower = name.toLowerCase();
  return needsSpaceFolding(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

/**
 * `/\s\s|[\t\n\r\u00a0]/` without a regular expression: every name looked up passes here, and
 * nearly all have single spaces only.
 */
function needsSpaceFolding(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (previousSpace) return true;
      previousSpace = true;
    } else if (code > 0x20 && code < 0x7f) {
      previousSpace = false;
    } else {
      if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0) return true;
      const space = isWhiteSpaceCode(code);
      if (space && previousSpace) return true;
      previousSpace = space;
    }
  }
  return false;
}

/** "Green Zone", "Al-Zawra Park", "Tahrir Square": a name ending in a place word. */
export function endsInPlaceHead(lastWord: ListedWord, wordCount: number): boolean {
  return wordCount >= 2 && PLACE_HEAD_LIST.holds(lastWord);
}

// "about 50 kilometres west of", "some 20 km north-east of", "30 miles south of": the distance and
// direction before a place that locate the place named just before them.
const RELATIVE_POSITION =
  /^[\s,–—-]*((?:(?:about|some|around|roughly|nearly|almost|approximately|over|under|less than|more than)\s+)?\d[\d,.]*\s*(?:kilometres|kilometers|kilometre|kilometer|km|miles|mile|metres|meters|m)\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+)$/i;

/**
 * Sets `position` on a place mentioned just before "about 50 kilometres west of <place>": the city of
 * Fallujah is the one 50 kilometres west of Baghdad, not Baghdad.
 */
export function attachPositions(text: string, places: Candidate[]): void {
  const sorted = [...places].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < sorted.length; i++) {
    const anchor = sorted[i] as Candidate;
    const located = sorted[i - 1] as Candidate;
    const between = text.slice(located.span.end, anchor.span.start);
    if (between.length > 70 || /[.;!?\n]/.test(between)) continue;
    const match = RELATIVE_POSITION.exec(between);
    if (!match?.[1]) continue;
    const phraseStart = anchor.span.start - match[1].length;
    located.position = text.slice(phraseStart, anchor.span.end);
  }
}
