import { allWhitespace, startsUpperCase } from '../../characters.js';
import type { ParseContext } from '../../context.js';
import { NAME_PARTICLES } from '../../lexicon/titles.js';
import { wordSet } from '../../lexicon/words.js';
import type { Token } from '../../nlp.js';
import { spanOf } from '../../span.js';
import type { Span } from '../../types.js';
import { HONORIFIC_LIST, TITLE_WORD_LIST } from './word-lists.js';
import { classOf, hasLowerCase, LETTER, startsUpperCaseAt, WordScanner } from './word-scanner.js';
import { ShapedWordSet } from './word-shapes.js';

// The word lists asked about the words of every run, behind the table of their shapes (`word-shapes.ts`).
const NAME_PARTICLE_SET = new ShapedWordSet(NAME_PARTICLES);

/** A word of the story text, with what the entity rules ask about it. */
export interface Word {
  start: number;
  /** End of the word, without a possessive "’s". */
  end: number;
  text: string;
  lower: string;
  /**
   * The word lists that hold `lower`, as bits (`listsOf`), or -1 until first asked: ask them with
   * `ListedWords.holds`.
   */
  lists: number;
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
}

/** A run of capitalised words (with name particles and initials inside), a name candidate. */
export interface Run {
  first: number;
  last: number;
}

// One record of `RECORD` numbers per word in `WordList`: where it is, and its flags.
const START = 0;
const END = 1;
/** Where the gap before the word starts, or -1 at a paragraph start. */
const GAP_START = 2;
const PARAGRAPH = 3;
/** Index of the token the word starts with, or -1. */
const TOKEN = 4;
const FLAGS = 5;
/** For each word, `lowerCaseFingerprint(lower)` when it is not capitalised, else 0. */
const FINGERPRINT = 6;
const RECORD = 7;

const CAPITALISED = 1;
const MODIFIER = 2;
const POSSESSIVE = 4;
const PERIOD = 8;
const SENTENCE_INITIAL = 16;
const TITLE_CASE = 32;
const SPACED = 64;
/** The word has a hyphen ("al-Kaabi"): it may be a joined particle, which starts a run. */
const HYPHENATED = 128;
/** ASCII without capitals: the word's text is its lower case. */
const PLAIN_LOWER = 256;

/** Bits of the fingerprint filter of `WordList`: a few hundred distinct lower-case words fill few. */
const FINGERPRINT_BITS = 8192;

/** Scans of the words before a set of the lower-case words is built: a few for an article, many for a book. */
const LOWER_CASE_SCANS = 16;

function fingerprintBit(fingerprint: number): number {
  return Math.imul(fingerprint, 0x9e3779b1) >>> 19;
}

/**
 * The words of the story, kept as numbers in one typed array and made into `Word` objects only when
 * a rule reads them (`at`, `get`): the rules read the capitalised words and the few around them, and
 * an object with its strings for every word of the story was most of the garbage of this parser.
 */
export class WordList {
  length = 0;
  private records: Int32Array;
  /** The words made so far, by index; allocated at the first word made, once the list is complete. */
  private made: Array<Word | undefined> = NO_WORDS_MADE;
  /** A bit for each fingerprint of a word that is not capitalised (`fingerprintBit`). */
  private readonly fingerprintBits = new Int32Array(FINGERPRINT_BITS >>> 5);
  /** Every lower-case word, built once the scans of `writtenInLowerCase` would cost more (long texts). */
  private lowerCaseSet: Set<string> | undefined;
  /** How many times `writtenInLowerCase` scanned the words. */
  private lowerCaseScans = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    capacity: number,
  ) {
    this.records = new Int32Array(Math.max(16, capacity) * RECORD);
  }

  /** The word at `index`, or undefined outside the list (as `array[index]` would). */
  at(index: number): Word | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    return this.made[index] ?? this.make(index);
  }

  /** The word at `index`, which the caller knows is inside the list. */
  get(index: number): Word {
    return this.made[index] ?? this.make(index);
  }

  /** `lowerCaseFingerprint` of the word's lower case when it is not capitalised, else 0. */
  fingerprint(index: number): number {
    return this.records[index * RECORD + FINGERPRINT] as number;
  }

  /**
   * Some word that is not capitalised may have this fingerprint: false is sure, true may be wrong.
   * Most words asked about (names) are never written in lower case, and need no scan of the words.
   */
  mayHaveFingerprint(fingerprint: number): boolean {
    const bit = fingerprintBit(fingerprint);
    return ((this.fingerprintBits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }

  /**
   * Some word that is not capitalised has `lower` as its lower case. Asked a few times per article,
   * and many articles never ask: a set of every lower-case word costs more than scanning the words,
   * comparing their fingerprints first. A long text asks in proportion to its length, so after a few
   * scans the set is built, which keeps the parse linear.
   */
  writtenInLowerCase(lower: string): boolean {
    if (this.lowerCaseSet !== undefined) return this.lowerCaseSet.has(lower);
    const fingerprint = lowerCaseFingerprint(lower);
    // A fingerprint no lower-case word has needs no scan; only the scans count towards the set.
    if (!this.mayHaveFingerprint(fingerprint)) return false;
    if (++this.lowerCaseScans > LOWER_CASE_SCANS) {
      this.lowerCaseSet = this.lowerCaseWords();
      return this.lowerCaseSet.has(lower);
    }
    return this.hasLowerCaseWord(lower, fingerprint);
  }

  /** Some word that is not capitalised has `lower` (with fingerprint `wanted`) as its lower case. */
  private hasLowerCaseWord(lower: string, wanted: number): boolean {
    const records = this.records;
    const length = this.length;
    for (let i = 0, at = FINGERPRINT; i < length; i++, at += RECORD) {
      if (records[at] === wanted && this.lowerIs(i, lower)) return true;
    }
    return false;
  }

  /** The lower case of every word that is not capitalised. */
  lowerCaseWords(): Set<string> {
    const set = new Set<string>();
    for (let i = 0; i < this.length; i++) if (this.fingerprint(i) !== 0) set.add(this.lowerAt(i));
    return set;
  }

  /** The word's lower case, without making the word. */
  lowerAt(index: number): string {
    const made = this.made[index];
    if (made !== undefined) return made.lower;
    const base = index * RECORD;
    const raw = this.text.slice(this.records[base + START] as number, this.records[base + END] as number);
    return ((this.records[base + FLAGS] as number) & PLAIN_LOWER) !== 0 ? raw : raw.toLowerCase();
  }

  isCapitalised(index: number): boolean {
    return ((this.records[index * RECORD + FLAGS] as number) & CAPITALISED) !== 0;
  }

  /** The word's `spaced`, without making the word. */
  isSpaced(index: number): boolean {
    return ((this.records[index * RECORD + FLAGS] as number) & SPACED) !== 0;
  }

  /** The word's `possessive`, without making the word. */
  isPossessive(index: number): boolean {
    return ((this.records[index * RECORD + FLAGS] as number) & POSSESSIVE) !== 0;
  }

  flagsOf(index: number): number {
    return this.records[index * RECORD + FLAGS] as number;
  }

  startOf(index: number): number {
    return this.records[index * RECORD + START] as number;
  }

  endOf(index: number): number {
    return this.records[index * RECORD + END] as number;
  }

  paragraphOf(index: number): number {
    return this.records[index * RECORD + PARAGRAPH] as number;
  }

  /** Where the gap before the word starts, or -1 at a paragraph start (`gap` null). */
  gapStartOf(index: number): number {
    return this.records[index * RECORD + GAP_START] as number;
  }

  /** One code unit of the text the words come from. */
  charCodeAt(offset: number): number {
    return this.text.charCodeAt(offset);
  }

  /** The word's text, without making the word. */
  textAt(index: number): string {
    const made = this.made[index];
    if (made !== undefined) return made.text;
    return this.text.slice(this.startOf(index), this.endOf(index));
  }

  /** The word's `gap`, without making the word. */
  gapAt(index: number): string | null {
    const gapStart = this.gapStartOf(index);
    return gapStart >= 0 ? this.text.slice(gapStart, this.startOf(index)) : null;
  }

  /** The word's lower case is `lower`; a plain lower-case word is compared without a new string. */
  lowerIs(index: number, lower: string): boolean {
    const made = this.made[index];
    if (made !== undefined) return made.lower === lower;
    if ((this.flagsOf(index) & PLAIN_LOWER) === 0) return this.lowerAt(index) === lower;
    const start = this.startOf(index);
    if (this.endOf(index) - start !== lower.length) return false;
    for (let i = 0; i < lower.length; i++) {
      if (this.text.charCodeAt(start + i) !== lower.charCodeAt(i)) return false;
    }
    return true;
  }

  /** The gap before the word is a comma and white space: `/^,\s+$/.test(gap)`, without the gap. */
  commaThenSpaceBefore(index: number): boolean {
    const gapStart = this.gapStartOf(index);
    const text = this.text;
    return (
      gapStart >= 0 &&
      text.charCodeAt(gapStart) === 44 &&
      allWhitespace(text, gapStart + 1, this.startOf(index))
    );
  }

  /** The gap before the word is a full stop and white space: `/^\.\s+$/.test(gap)`. */
  dotThenSpaceBefore(index: number): boolean {
    const gapStart = this.gapStartOf(index);
    const text = this.text;
    return (
      gapStart >= 0 &&
      text.charCodeAt(gapStart) === 46 &&
      allWhitespace(text, gapStart + 1, this.startOf(index))
    );
  }

  push(
    start: number,
    end: number,
    gapStart: number,
    paragraph: number,
    token: number,
    flags: number,
    fingerprint: number,
  ): void {
    let base = this.length * RECORD;
    if (base + RECORD > this.records.length) {
      const grown = new Int32Array(this.records.length * 2);
      grown.set(this.records);
      this.records = grown;
    }
    const records = this.records;
    records[base++] = start;
    records[base++] = end;
    records[base++] = gapStart;
    records[base++] = paragraph;
    records[base++] = token;
    records[base++] = flags;
    records[base] = fingerprint;
    if (fingerprint !== 0) {
      const bit = fingerprintBit(fingerprint);
      this.fingerprintBits[bit >>> 5] = (this.fingerprintBits[bit >>> 5] as number) | (1 << (bit & 31));
    }
    this.length++;
  }

  /** Flags the words from `first` on as headline case. */
  markTitleCase(first: number): void {
    for (let i = first; i < this.length; i++) {
      const base = i * RECORD + FLAGS;
      this.records[base] = (this.records[base] as number) | TITLE_CASE;
      const made = this.made[i];
      if (made !== undefined) made.titleCase = true;
    }
  }

  private make(index: number): Word {
    // The slots of the made words are allocated together, once the list is complete: a slot pushed
    // per word cost more than the rest of its record, and words made out of order into a growing
    // array would turn it into a slow dictionary.
    if (this.made.length < this.length) this.made = withSlots(this.made, this.length);
    const records = this.records;
    const base = index * RECORD;
    const start = records[base + START] as number;
    const end = records[base + END] as number;
    const flags = records[base + FLAGS] as number;
    const raw = this.text.slice(start, end);
    const word = new MadeWord(
      this.text,
      this.tokens,
      start,
      end,
      raw,
      flags,
      records[base + PARAGRAPH] as number,
      records[base + GAP_START] as number,
      records[base + TOKEN] as number,
    );
    this.made[index] = word;
    return word;
  }
}

/**
 * A word made for the rules (`WordList.get`). Its token, POS tag and gap are read when first asked:
 * most words made are neighbours asked only their case and word lists, and reading each one's token
 * (an object elsewhere in memory) and slicing its gap was a good part of making it.
 */
class MadeWord implements Word {
  readonly lower: string;
  lists = -1;
  readonly capitalised: boolean;
  readonly allCaps: boolean;
  readonly modifier: boolean;
  readonly possessive: boolean;
  readonly period: boolean;
  readonly sentenceInitial: boolean;
  titleCase: boolean;
  readonly spaced: boolean;
  /** The gap once sliced; undefined until asked. */
  private knownGap: string | null | undefined = undefined;

  constructor(
    private readonly source: string,
    private readonly tokens: readonly Token[],
    readonly start: number,
    readonly end: number,
    readonly text: string,
    flags: number,
    readonly paragraph: number,
    /** Where the gap before the word starts, or -1 at a paragraph start. */
    private readonly gapStart: number,
    /** Index of the token the word starts with, or -1. */
    private readonly tokenIndex: number,
  ) {
    this.lower = (flags & PLAIN_LOWER) !== 0 ? text : text.toLowerCase();
    const capitalised = (flags & CAPITALISED) !== 0;
    this.capitalised = capitalised;
    this.allCaps = capitalised && text.length >= 2 && !hasLowerCase(text);
    this.modifier = (flags & MODIFIER) !== 0;
    this.possessive = (flags & POSSESSIVE) !== 0;
    this.period = (flags & PERIOD) !== 0;
    this.sentenceInitial = (flags & SENTENCE_INITIAL) !== 0;
    this.titleCase = (flags & TITLE_CASE) !== 0;
    this.spaced = (flags & SPACED) !== 0;
  }

  get token(): Token | undefined {
    return this.tokenIndex >= 0 ? this.tokens[this.tokenIndex] : undefined;
  }

  get pos(): string {
    return this.token?.pos ?? 'X';
  }

  get gap(): string | null {
    if (this.knownGap === undefined)
      this.knownGap = this.gapStart >= 0 ? this.source.slice(this.gapStart, this.start) : null;
    return this.knownGap;
  }
}

const NO_WORDS_MADE: Array<Word | undefined> = [];

/** `slots` grown to `length`, the new slots undefined: filled, so that the array stays packed. */
function withSlots(slots: Array<Word | undefined>, length: number): Array<Word | undefined> {
  const grown = new Array<Word | undefined>(length).fill(undefined);
  for (let i = 0; i < slots.length; i++) grown[i] = slots[i];
  return grown;
}

/** "Iran-backed", "Kurdish-led", "US-based": the part after the hyphen makes the word a modifier. */
const MODIFIER_SUFFIX =
  /^(?:\p{Ll}+(?:ed|ing)|born|run|style|made|held|owned|era|wide|bound|speaking|majority|language|funded|built|friendly|only|type)$/u;
/** A gap ending in one of these starts a new sentence, quotation or parenthesis: `.!?:;“"‘(`. */
function isSentenceBreak(code: number): boolean {
  switch (code) {
    case 46: // .
    case 33: // !
    case 63: // ?
    case 58: // :
    case 59: // ;
    case 0x201c: // “
    case 34: // "
    case 0x2018: // ‘
    case 40: // (
      return true;
    default:
      return false;
  }
}
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
export function storyWords(context: ParseContext): WordList {
  const { text, article, layout } = context;
  const tokens = new TokenCursor(context.tokens);
  const captionText = new Map<number, Span>();
  for (const caption of article.captions) captionText.set(caption.span.start, caption.text);
  const byline = article.byline?.span ?? null;

  // About one word in six characters of news text; the list grows past that.
  const words = new WordList(text, context.tokens, (text.length / 6) | 0);
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
    addWords(words, text, region, paragraphIndex, tokens);
    if (headline || isHeadlineCase(words, first)) words.markTitleCase(first);
  }
  return words;
}

/** Adds the words of one paragraph or caption to the story. */
function addWords(words: WordList, text: string, region: Span, paragraph: number, tokens: TokenCursor): void {
  const scanner = new WordScanner(text, region.start, region.end);
  // Where the previous word of the region ends with its possessive ending ("Iran’s"), where the gap
  // to the next word starts, and its sentence; -1 before the first word.
  let previousEnd = -1;
  let previousSentence = -1;
  while (scanner.next()) {
    const start = scanner.start;
    let rawEnd = scanner.end;
    let flags = 0;
    let suffix = 0;
    if (
      rawEnd - start > 2 &&
      text.charCodeAt(rawEnd - 1) === 115 &&
      isApostrophe(text.charCodeAt(rawEnd - 2))
    ) {
      rawEnd -= 2;
      flags |= POSSESSIVE;
      suffix = 2;
    }
    const plainLower = scanner.plainLower;
    const upper = !plainLower && startsUpperCaseAt(text, start);
    let length = rawEnd - start;
    // The scanner's word starts with a letter or number, so its hyphen is never the first character,
    // and the possessive ending cut from it holds none.
    if (scanner.hyphenated) {
      const raw = text.slice(start, rawEnd);
      if (upper && MODIFIER_SUFFIX.test(raw.slice(raw.lastIndexOf('-') + 1))) {
        // "Iran-backed", "Kurdish-led": the capitalised part is a modifier, the rest is not a name.
        length = raw.indexOf('-');
        flags |= MODIFIER;
      } else flags |= HYPHENATED;
    }
    const end = start + length;
    const after = text.charCodeAt(end);
    if (
      (flags & POSSESSIVE) === 0 &&
      isApostrophe(after) &&
      text.charCodeAt(start + length - 1) === 115 &&
      (classOf(text.charCodeAt(end + 1)) & LETTER) === 0
    ) {
      flags |= POSSESSIVE; // "the militias’ attempts"
      suffix = 1;
    }
    const tokenIndex = tokens.at(start);
    const sentence = tokenIndex >= 0 ? tokens.sentenceOf(tokenIndex) : -1;
    if (after === 46) flags |= PERIOD;
    if (previousEnd >= 0) {
      const single = start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32;
      if (single || allWhitespace(text, previousEnd, start)) flags |= SPACED;
      if (previousSentence !== sentence || (!single && endsSentence(text, previousEnd, start)))
        flags |= SENTENCE_INITIAL;
    } else flags |= SENTENCE_INITIAL;
    if (plainLower) flags |= PLAIN_LOWER;
    if (upper) flags |= CAPITALISED;
    // A plain lower-case word is its own lower case: its fingerprint needs no look at a new string.
    const fingerprint = upper
      ? 0
      : plainLower
        ? fingerprintOf(text, start, start + length)
        : lowerCaseFingerprint(text.slice(start, start + length).toLowerCase());
    words.push(start, end, previousEnd, paragraph, tokenIndex, flags, fingerprint);
    previousEnd = end + suffix;
    previousSentence = sentence;
  }
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** The last character of `text.slice(start, end)` above a space starts a new sentence or quotation. */
function endsSentence(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && text.charCodeAt(i) <= 32) i--;
  return i >= start && isSentenceBreak(text.charCodeAt(i));
}

/** wink-nlp's lemma of the word's token ("bloggers" → "blogger"), or its lower case without a token. */
export function lemmaOf(word: Word): string {
  return word.token?.lemma ?? word.lower;
}

/** Finds the token starting at an offset; offsets are asked in increasing order, so one pass is enough. */
class TokenCursor {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  /** Index of the token starting at `offset`, or -1. */
  at(offset: number): number {
    const tokens = this.tokens;
    // A local index: the loop runs once per token of the text, and a field written each step costs more.
    let index = this.index;
    while (index < tokens.length && (tokens[index] as Token).start < offset) index++;
    this.index = index;
    const token = tokens[index];
    return token && token.start === offset ? index : -1;
  }

  sentenceOf(index: number): number {
    return (this.tokens[index] as Token).sentence;
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
  return !word.capitalised && isParticleText(word.text);
}

/** `isParticle` of a word that is not capitalised, from its text. */
function isParticleText(raw: string): boolean {
  const hyphen = raw.indexOf('-');
  if (hyphen < 0) return NAME_PARTICLE_SET.has(raw);
  return (
    JOINED_PARTICLES.has(raw.slice(0, hyphen).toLowerCase()) &&
    startsUpperCase(raw.slice(raw.lastIndexOf('-') + 1))
  );
}

/** The longest name particle: a longer word without a hyphen is none, and needs no string to say so. */
const LONGEST_PARTICLE = Math.max(...[...NAME_PARTICLES].map((particle) => particle.length));

/** `isParticle` of the word at `index`, without making the word. */
function isParticleAt(words: WordList, index: number): boolean {
  const flags = words.flagsOf(index);
  if ((flags & CAPITALISED) !== 0) return false;
  // A joined particle ("al-Kaabi") is hyphenated, or its capitalised part is a modifier.
  if ((flags & (HYPHENATED | MODIFIER)) === 0 && words.endOf(index) - words.startOf(index) > LONGEST_PARTICLE)
    return false;
  return isParticleText(words.textAt(index));
}

/**
 * Headline or title case: every word capitalised but the short function words ("Angry Protesters Storm
 * Parliament After Vote"). Counting capitalised words instead would take a sentence full of names for
 * a headline.
 */
function isHeadlineCase(words: WordList, first: number): boolean {
  let long = 0;
  for (let i = first; i < words.length; i++) {
    const flags = words.flagsOf(i);
    if ((flags & CAPITALISED) === 0 && !mayStayLowerInTitle(words, i, flags)) return false;
    if (words.endOf(i) - words.startOf(i) > 3) long++;
  }
  return long >= 3;
}

/**
 * A word that is not capitalised may be one of a title-case line: a particle, a short function word
 * or a number. Nearly every paragraph is no title, and its first long lower-case word says so without
 * a string made of it.
 */
function mayStayLowerInTitle(words: WordList, i: number, flags: number): boolean {
  const start = words.startOf(i);
  const code = words.charCodeAt(start);
  if (code >= 48 && code <= 57) return true; // `/^\d/`
  if ((flags & (HYPHENATED | MODIFIER)) === 0 && words.endOf(i) - start > LONGEST_LOWER_IN_TITLE)
    return false;
  const raw = words.textAt(i);
  const lower = (flags & PLAIN_LOWER) !== 0 ? raw : raw.toLowerCase();
  return isParticleText(raw) || TITLE_CASE_LOWER.has(lower);
}

/** Words that title case leaves in lower case. */
const TITLE_CASE_LOWER = new ShapedWordSet(
  wordSet('a an the and or nor but of in on at to for by with as vs via from into per'),
);
/** The longest word `mayStayLowerInTitle` may say yes to without a hyphen. */
const LONGEST_LOWER_IN_TITLE = Math.max(
  LONGEST_PARTICLE,
  ...[...TITLE_CASE_LOWER.words].map((word) => word.length),
);

/** True when the run may continue from word `at` to the next word over the gap between them. */
function joins(words: WordList, at: number): boolean {
  const flags = words.flagsOf(at);
  const nextFlags = words.flagsOf(at + 1);
  const gapStart = words.gapStartOf(at + 1);
  if (
    words.paragraphOf(at + 1) !== words.paragraphOf(at) ||
    gapStart < 0 ||
    ((flags ^ nextFlags) & TITLE_CASE) !== 0
  )
    return false;
  if ((flags & POSSESSIVE) !== 0 && !isPluralPossessiveInName(words, at)) return false;
  if ((flags & MODIFIER) !== 0 || (nextFlags & MODIFIER) !== 0) return false;
  if ((nextFlags & SPACED) !== 0) return true;
  // "Mr. Obama", "Donald J. Trump", "Sen. David Perdue": a full stop after an abbreviation or an initial.
  if (words.dotThenSpaceBefore(at + 1)) {
    const length = words.endOf(at) - words.startOf(at);
    if (length === 1 && (flags & CAPITALISED) !== 0) return true;
    const lower = words.lowerAt(at);
    return (
      HONORIFIC_LIST.has(lower) || ABBREVIATIONS.has(lower) || (TITLE_WORD_LIST.has(lower) && length <= 4)
    );
  }
  return false;
}

/** Heads of bodies named for their members ("Teachers' Union"); "Appeals' Board" names two things. */
const MEMBERS_BODY_HEADS = wordSet(
  'union unions party association federation league congress alliance front movement council organisation organization coalition committee',
);

/**
 * "Harbour Workers' Union", "Kurdistan Workers' Party": a plural possessive ("Workers'") before an
 * organisation's head word is inside the name, where "Iran's Quds Force" names two things.
 */
function isPluralPossessiveInName(words: WordList, at: number): boolean {
  const end = words.endOf(at);
  if (!isApostrophe(words.charCodeAt(end)) || words.charCodeAt(end - 1) !== 115) return false;
  if ((words.flagsOf(at + 1) & CAPITALISED) === 0) return false;
  return MEMBERS_BODY_HEADS.has(words.lowerAt(at + 1));
}

/** A capitalised word that is no modifier, or a joined particle ("al-Kaabi"), starts a run. */
function startsRun(words: WordList, at: number): boolean {
  const flags = words.flagsOf(at);
  if ((flags & CAPITALISED) !== 0) return (flags & MODIFIER) === 0;
  return (flags & HYPHENATED) !== 0 && isParticleAt(words, at);
}

/**
 * Groups the words into runs of capitalised words. A lower-case particle joins only between two
 * capitalised words ("Osama bin Laden"); "al-Kaabi" may start a run on its own.
 */
export function capitalisedRuns(words: WordList): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!startsRun(words, i)) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < words.length) {
      if (!joins(words, last)) break;
      if (startsRun(words, last + 1)) {
        last++;
        continue;
      }
      // "Osama bin Laden", "Pieter van der Berg": one or two particles between capitalised words.
      if (!isParticleAt(words, last + 1)) break;
      const particles = last + 2 < words.length && isParticleAt(words, last + 2) ? 2 : 1;
      const afterParticles = last + 1 + particles;
      if (
        afterParticles >= words.length ||
        !joins(words, last + particles) ||
        !startsRun(words, afterParticles)
      )
        break;
      last = afterParticles;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/** The text from the start of word `first` to the end of word `last` (with the full stop of "J."). */
export function wordsSpan(text: string, words: WordList, first: number, last: number): Span {
  return spanOf(text, words.startOf(first), words.endOf(last));
}
