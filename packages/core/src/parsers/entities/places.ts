import { CITIES, COUNTRIES, PLACE_HEADS, PLACE_VARIANTS, REGIONS, US_STATES } from '../../lexicon/places.js';
import type { Candidate } from './candidate.js';

/** The gazetteer key of a known place ("u.s." → "united states"), or null. */
export function knownPlace(name: string): string | null {
  const key = lookupKey(name);
  if (COUNTRIES.has(key) || CITIES.has(key) || US_STATES.has(key) || REGIONS.has(key)) {
    return PLACE_VARIANTS.get(key) ?? key;
  }
  return null;
}

/** The lower-case form of a name with single spaces, for the word lists. */
export function lookupKey(name: string): string {
  const lower = name.toLowerCase();
  return /\s\s|[\t\n\r\u00a0]/.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

/** "Green Zone", "Al-Zawra Park", "Tahrir Square": a name ending in a place word. */
export function endsInPlaceHead(lastWord: string, wordCount: number): boolean {
  return wordCount >= 2 && PLACE_HEADS.has(lastWord.toLowerCase());
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
