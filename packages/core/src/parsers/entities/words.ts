import type { ParseContext } from '../../context.js';
import { HONORIFICS, NAME_PARTICLES, TITLE_WORDS } from '../../lexicon/titles.js';
import { wordSet } from '../../lexicon/words.js';
import type { Token } from '../../nlp.js';
import type { Span } from '../../types.js';
import { classOf, hasLowerCase, LETTER, startsUpperCase, WordScanner } from './word-scanner.js';
import { ShapedWordSet } from './word-shapes.js';

// The word lists asked about the words of every run, behind the table of their shapes (`word-shapes.ts`).
const TITLE_WORD_SET = new ShapedWordSet(TITLE_WORDS);
const HONORIFIC_SET = new ShapedWordSet(HONORIFICS);
const NAME_PARTICLE_SET = new ShapedWordSet(NAME_PARTICLES);

/** A word of the story text, with what the entity rules ask about it. */
export interface Word {
  start: number;
  /** End of the word, without a possessive "’s". */
  end: number;
  text: string;
  lower: string;
  /** Starts with a capital letter (or a digit inside a capitalised name is not enough). */
  capitalised: boolean;
  /** Two or more letters, all capitals: an acronym ("PMF") or shouting ("BAGHDAD"). */
  allCaps: boolean;
  /** "Iran" of "Iran-backed": a capitalised modifier that never joins a name. */
  modifier: boolean;
  possessive: boolean;
  /** A full stop follows directly ("Mr.", "J.", or the end of a sentence). */
  period: boolean;
  /** First word of its sentence, or of a quotation inside it: its capital proves nothing. */
  sentenceInitial: boolean;
  /** wink-nlp's POS tag of the token the word starts with. */
  pos: string;
  /** The token the word starts with, for its lemma (see `lemmaOf`): few words are asked theirs. */
  token: Token | undefined;
  /** In the headline or another title-case line: may name a known entity, never a new one. */
  titleCase: boolean;
  paragraph: number;
  /** The text between the previous word of the same paragraph and this one; null at a paragraph start. */
  gap: string | null;
  /** The gap is whitespace only (and not null): the words are next to each other in a sentence. */
  spaced: boolean;
  /** `text` has a hyphen ("al-Kaabi"). */
  hyphenated: boolean;
}

/** The words of the story, and what the entity rules ask of all of them at once. */
export interface StoryWords {
  words: Word[];
  /**
   * For each word, `lowerCaseFingerprint(lower)` when it is not capitalised, else 0 (no fingerprint
   * is 0): finding a lower-case form among the words compares these numbers, not every word's text.
   */
  fingerprints: number[];
  /** Every lower-case word, built once the scans of `fingerprints` would cost more (long texts). */
  lowerCaseWords?: Set<string>;
  /** How many times the lower-case words were asked about. */
  lowerCaseAsks: number;
}

/** A run of capitalised words (with name particles and initials inside), a name candidate. */
export interface Run {
  first: number;
  last: number;
}

/** "Iran-backed", "Kurdish-led", "US-based": the part after the hyphen makes the word a modifier. */
const MODIFIER_SUFFIX =
  /^(?:\p{Ll}+(?:ed|ing)|born|run|style|made|held|owned|era|wide|bound|speaking|majority|language|funded|built|friendly|only|type)$/u;
const WHITESPACE_ONLY = /^\s+$/;
/** A gap ending in one of these starts a new sentence, quotation or parenthesis. */
const SENTENCE_BREAK = '.!?:;“"‘(';
/** Arabic article forms written before a hyphen ("ad-Din", "ash-Sham", "ez-Zor"). */
const JOINED_PARTICLES = wordSet('al el ad ar as ash at az an ud ul ez es ed ibn bin abu abd abdul');
/** Abbreviations ending with a full stop that do not end the name run ("Mr.", "Sen.", "Lt."). */
const ABBREVIATIONS = wordSet(
  'st jr sr no gen col lt maj capt sgt adm cmdr cdr brig pres gov sen rep atty supt det del',
);

/**
 * The words of the story text: the paragraphs, the standfirst and the captions (their words, not the
 * photo credit). Words of the headline and other title-case lines are flagged `titleCase`: headline
 * case capitalises every word, so they may only repeat a name found in the story.
 */
export function storyWords(context: ParseContext): StoryWords {
  const { text, article, layout } = context;
  const tokens = new TokenCursor(context.tokens);
  const captionText = new Map<number, Span>();
  for (const caption of article.captions) captionText.set(caption.span.start, caption.text);
  const byline = article.byline?.span ?? null;

  const story: StoryWords = { words: [], fingerprints: [], lowerCaseAsks: 0 };
  const words = story.words;
  const paragraphs = article.paragraphs;
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex] as Span;
    let region: Span | null = paragraph;
    const headline = article.headline?.start === paragraph.start;
    if (layout.furniture.has(paragraphIndex) && !headline) {
      if (article.standfirst?.start === paragraph.start) region = paragraph;
      else region = captionText.get(paragraph.start) ?? null;
    }
    if (!region || (byline && byline.start < region.end && region.start < byline.end)) continue;
    const first = words.length;
    addWords(story, text, region, paragraphIndex, tokens);
    if (headline || isHeadlineCase(words, first)) {
      for (let i = first; i < words.length; i++) (words[i] as Word).titleCase = true;
    }
  }
  return story;
}

/** Adds the words of one paragraph or caption to the story. */
function addWords(
  story: StoryWords,
  text: string,
  region: Span,
  paragraph: number,
  tokens: TokenCursor,
): void {
  const { words, fingerprints } = story;
  const source = region.text;
  const scanner = new WordScanner(source);
  // Where the previous word of the region ends with its possessive ending ("Iran’s"), where the gap
  // to the next word starts, and its sentence; -1 before the first word.
  let previousEnd = -1;
  let previousSentence = -1;
  while (scanner.next()) {
    const at = scanner.start;
    const start = region.start + at;
    let rawEnd = scanner.end;
    let possessive = false;
    let suffix = 0;
    if (
      rawEnd - at > 2 &&
      source.charCodeAt(rawEnd - 1) === 115 &&
      isApostrophe(source.charCodeAt(rawEnd - 2))
    ) {
      rawEnd -= 2;
      possessive = true;
      suffix = 2;
    }
    let raw = source.slice(at, rawEnd);
    let modifier = false;
    const hyphen = scanner.hyphenated ? raw.indexOf('-') : -1;
    if (hyphen > 0 && startsUpperCase(raw) && MODIFIER_SUFFIX.test(raw.slice(raw.lastIndexOf('-') + 1))) {
      // "Iran-backed", "Kurdish-led": the capitalised part is a modifier, the rest is not a name.
      raw = raw.slice(0, hyphen);
      modifier = true;
    }
    const end = start + raw.length;
    const after = text.charCodeAt(end);
    if (
      !possessive &&
      isApostrophe(after) &&
      raw.charCodeAt(raw.length - 1) === 115 &&
      (classOf(text.charCodeAt(end + 1)) & LETTER) === 0
    ) {
      possessive = true; // "the militias’ attempts"
      suffix = 1;
    }
    const token = tokens.at(start);
    const sentence = token?.sentence ?? -1;
    const gap = previousEnd >= 0 ? text.slice(previousEnd, start) : null;
    const spaced = gap === ' ' || (gap !== null && WHITESPACE_ONLY.test(gap));
    const sentenceInitial =
      previousEnd < 0 || previousSentence !== sentence || (gap !== null && gap !== ' ' && endsSentence(gap));
    const plainLower = scanner.plainLower;
    const lower = plainLower ? raw : raw.toLowerCase();
    const capitalised = !plainLower && startsUpperCase(raw);
    const word: Word = {
      start,
      end,
      text: raw,
      lower,
      capitalised,
      allCaps: capitalised && raw.length >= 2 && !hasLowerCase(raw),
      modifier,
      possessive,
      period: after === 46,
      sentenceInitial,
      pos: token?.pos ?? 'X',
      token,
      titleCase: false,
      paragraph,
      gap,
      spaced,
      hyphenated: hyphen > 0 && !modifier,
    };
    words.push(word);
    // A plain lower-case word is its own lower case: its fingerprint needs no look at the new string.
    fingerprints.push(
      capitalised
        ? 0
        : plainLower
          ? fingerprintOf(source, at, at + (end - start))
          : lowerCaseFingerprint(lower),
    );
    previousEnd = end + suffix;
    previousSentence = sentence;
  }
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function endsSentence(gap: string): boolean {
  let i = gap.length - 1;
  while (i >= 0 && gap.charCodeAt(i) <= 32) i--;
  return i >= 0 && SENTENCE_BREAK.includes(gap.charAt(i));
}

/** wink-nlp's lemma of the word's token ("bloggers" → "blogger"), or its lower case without a token. */
export function lemmaOf(word: Word): string {
  return word.token?.lemma ?? word.lower;
}

/** Finds the token starting at an offset; offsets are asked in increasing order, so one pass is enough. */
class TokenCursor {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  at(offset: number): Token | undefined {
    while (this.index < this.tokens.length && (this.tokens[this.index] as Token).start < offset) this.index++;
    const token = this.tokens[this.index];
    return token && token.start === offset ? token : undefined;
  }
}

/**
 * A number that tells most pairs of different words apart and is never 0: the length and the first,
 * second and last code units. Words compare their fingerprints before their text.
 */
export function lowerCaseFingerprint(word: string): number {
  return fingerprintOf(word, 0, word.length);
}

/** The fingerprint of `text.slice(start, end)`, a word, without making that string. */
function fingerprintOf(text: string, start: number, end: number): number {
  const length = end - start;
  const second = length > 1 ? text.charCodeAt(start + 1) : 0;
  // Below 2^30, so that it stays a small integer in every V8 build; bit 29 set, so never 0.
  return (
    ((length & 0x7f) << 22) |
    ((text.charCodeAt(start) & 0x7f) << 15) |
    ((second & 0x7f) << 8) |
    (text.charCodeAt(end - 1) & 0xff) |
    0x20000000
  );
}

/**
 * A lower-case name particle alone ("bin", "van") or joined to a name ("al-Muhandis"). Asked of few
 * words, so it is not worked out for every word.
 */
export function isParticle(word: Word): boolean {
  if (word.capitalised) return false;
  const raw = word.text;
  const hyphen = raw.indexOf('-');
  if (hyphen < 0) return NAME_PARTICLE_SET.has(raw);
  return (
    JOINED_PARTICLES.has(raw.slice(0, hyphen).toLowerCase()) &&
    startsUpperCase(raw.slice(raw.lastIndexOf('-') + 1))
  );
}

/**
 * Headline or title case: every word capitalised but the short function words ("Angry Protesters Storm
 * Parliament After Vote"). Counting capitalised words instead would take a sentence full of names for
 * a headline.
 */
function isHeadlineCase(words: Word[], first: number): boolean {
  let long = 0;
  for (let i = first; i < words.length; i++) {
    const word = words[i] as Word;
    if (
      !word.capitalised &&
      !isParticle(word) &&
      !TITLE_CASE_LOWER.has(word.lower) &&
      !/^\d/.test(word.text)
    ) {
      return false;
    }
    if (word.text.length > 3) long++;
  }
  return long >= 3;
}

/** Words that title case leaves in lower case. */
const TITLE_CASE_LOWER = new ShapedWordSet(
  wordSet('a an the and or nor but of in on at to for by with as vs via from into per'),
);

/** True when the run may continue from `word` to the next word over the gap between them. */
function joins(word: Word, next: Word): boolean {
  if (next.paragraph !== word.paragraph || next.gap === null || next.titleCase !== word.titleCase)
    return false;
  if (word.possessive || word.modifier || next.modifier) return false;
  if (next.spaced) return true;
  // "Mr. Obama", "Donald J. Trump", "Sen. David Perdue": a full stop after an abbreviation or an initial.
  if (/^\.\s+$/.test(next.gap)) {
    return (
      (word.text.length === 1 && word.capitalised) ||
      HONORIFIC_SET.has(word.lower) ||
      ABBREVIATIONS.has(word.lower) ||
      (TITLE_WORD_SET.has(word.lower) && word.text.length <= 4)
    );
  }
  return false;
}

function startsRun(word: Word): boolean {
  if (word.capitalised) return !word.modifier;
  return word.hyphenated && isParticle(word);
}

/**
 * Groups the words into runs of capitalised words. A lower-case particle joins only between two
 * capitalised words ("Osama bin Laden"); "al-Kaabi" may start a run on its own.
 */
export function capitalisedRuns(words: Word[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] as Word;
    if (!startsRun(word)) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < words.length) {
      const current = words[last] as Word;
      const next = words[last + 1] as Word;
      if (!joins(current, next)) break;
      if (startsRun(next)) {
        last++;
        continue;
      }
      // "Osama bin Laden", "Pieter van der Berg": one or two particles between capitalised words.
      const afterNext = words[last + 2];
      const particles = isParticle(next) ? (afterNext && isParticle(afterNext) ? 2 : 1) : 0;
      const afterParticles = words[last + 1 + particles];
      if (
        particles > 0 &&
        afterParticles &&
        joins(words[last + particles] as Word, afterParticles) &&
        startsRun(afterParticles)
      ) {
        last += particles + 1;
        continue;
      }
      break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/** The text from the start of word `first` to the end of word `last` (with the full stop of "J."). */
export function wordsSpan(text: string, words: Word[], first: number, last: number): Span {
  const from = words[first] as Word;
  const to = words[last] as Word;
  return { start: from.start, end: to.end, text: text.slice(from.start, to.end) };
}
