import type { ParseContext } from '../../context.js';
import { HONORIFICS, NAME_PARTICLES, TITLE_WORDS } from '../../lexicon/titles.js';
import { wordSet } from '../../lexicon/words.js';
import type { Token } from '../../nlp.js';
import type { Span } from '../../types.js';

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
  /** A lower-case name particle alone ("bin", "van") or joined to a name ("al-Muhandis"). */
  particle: boolean;
  /** "Iran" of "Iran-backed": a capitalised modifier that never joins a name. */
  modifier: boolean;
  possessive: boolean;
  /** End of the word with its possessive ending ("Iran’s"), where the gap to the next word starts. */
  suffixEnd: number;
  /** A full stop follows directly ("Mr.", "J.", or the end of a sentence). */
  period: boolean;
  sentence: number;
  /** First word of its sentence, or of a quotation inside it: its capital proves nothing. */
  sentenceInitial: boolean;
  /** wink-nlp's POS tag of the token the word starts with. */
  pos: string;
  /** wink-nlp's lemma of that token ("bloggers" → "blogger"). */
  lemma: string;
  /** In the headline or another title-case line: may name a known entity, never a new one. */
  titleCase: boolean;
  paragraph: number;
  /** The text between the previous word of the same paragraph and this one; null at a paragraph start. */
  gap: string | null;
}

/** A run of capitalised words (with name particles and initials inside), a name candidate. */
export interface Run {
  first: number;
  last: number;
}

// A dotted acronym ("U.S.") or a word with inner hyphens and apostrophes ("al-Muhandis", "O'Neill").
// Each repetition starts with a separator the inner class cannot match, so there is no ambiguity.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const POSSESSIVE = /['’]s$/;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
/** "Iran-backed", "Kurdish-led", "US-based": the part after the hyphen makes the word a modifier. */
const MODIFIER_SUFFIX =
  /^(?:\p{Ll}+(?:ed|ing)|born|run|style|made|held|owned|era|wide|bound|speaking|majority|language|funded|built|friendly|only|type)$/u;
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
export function storyWords(context: ParseContext): Word[] {
  const { text, article, layout } = context;
  const tokens = new TokenCursor(context.tokens);
  const captionText = new Map<number, Span>();
  for (const caption of article.captions) captionText.set(caption.span.start, caption.text);
  const byline = article.byline?.span ?? null;

  const words: Word[] = [];
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    let region: Span | null = paragraph;
    const headline = article.headline?.start === paragraph.start;
    if (layout.furniture.has(paragraphIndex) && !headline) {
      if (article.standfirst?.start === paragraph.start) region = paragraph;
      else region = captionText.get(paragraph.start) ?? null;
    }
    if (!region || (byline && byline.start < region.end && region.start < byline.end)) return;
    const found = wordsOf(text, region, paragraphIndex, tokens);
    if (headline || isHeadlineCase(found)) for (const word of found) word.titleCase = true;
    for (const word of found) words.push(word);
  });
  return words;
}

function wordsOf(text: string, region: Span, paragraph: number, tokens: TokenCursor): Word[] {
  const words: Word[] = [];
  let previous: Word | null = null;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(region.text); match; match = WORD.exec(region.text)) {
    let raw = match[0];
    const start = region.start + match.index;
    let possessive = false;
    let modifier = false;
    let suffix = 0;
    if (raw.length > 2 && raw.charCodeAt(raw.length - 1) === 115 && POSSESSIVE.test(raw)) {
      raw = raw.slice(0, -2);
      possessive = true;
      suffix = 2;
    }
    const hyphen = raw.indexOf('-');
    if (hyphen > 0 && isUpperInitial(raw) && MODIFIER_SUFFIX.test(raw.slice(raw.lastIndexOf('-') + 1))) {
      // "Iran-backed", "Kurdish-led": the capitalised part is a modifier, the rest is not a name.
      raw = raw.slice(0, hyphen);
      modifier = true;
    }
    const end = start + raw.length;
    const after = text[end] ?? '';
    if (
      !possessive &&
      (after === '’' || after === "'") &&
      raw.endsWith('s') &&
      !/\p{L}/u.test(text[end + 1] ?? '')
    ) {
      possessive = true; // "the militias’ attempts"
      suffix = 1;
    }
    const token = tokens.at(start);
    const sentence = token?.sentence ?? -1;
    const gap = previous ? text.slice(previous.suffixEnd, start) : null;
    const sentenceInitial =
      previous === null ||
      previous.sentence !== sentence ||
      (gap !== null && gap !== ' ' && endsSentence(gap));
    const lower = raw.toLowerCase();
    const capitalised = isUpperInitial(raw);
    const word: Word = {
      start,
      end,
      text: raw,
      lower,
      capitalised,
      allCaps: capitalised && raw.length >= 2 && !HAS_LOWER.test(raw),
      particle: !capitalised && isParticle(raw),
      modifier,
      possessive,
      suffixEnd: end + suffix,
      period: after === '.',
      sentence,
      sentenceInitial,
      pos: token?.pos ?? 'X',
      lemma: token?.lemma ?? lower,
      titleCase: false,
      paragraph,
      gap,
    };
    words.push(word);
    previous = word;
  }
  return words;
}

function endsSentence(gap: string): boolean {
  let i = gap.length - 1;
  while (i >= 0 && gap.charCodeAt(i) <= 32) i--;
  return i >= 0 && SENTENCE_BREAK.includes(gap.charAt(i));
}

function isUpperInitial(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(word);
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

function isParticle(raw: string): boolean {
  const hyphen = raw.indexOf('-');
  if (hyphen < 0) return NAME_PARTICLES.has(raw);
  return (
    JOINED_PARTICLES.has(raw.slice(0, hyphen).toLowerCase()) &&
    isUpperInitial(raw.slice(raw.lastIndexOf('-') + 1))
  );
}

/**
 * Headline or title case: every word capitalised but the short function words ("Angry Protesters Storm
 * Parliament After Vote"). Counting capitalised words instead would take a sentence full of names for
 * a headline.
 */
function isHeadlineCase(words: Word[]): boolean {
  let long = 0;
  for (const word of words) {
    if (!word.capitalised && !word.particle && !TITLE_CASE_LOWER.has(word.lower) && !/^\d/.test(word.text)) {
      return false;
    }
    if (word.text.length > 3) long++;
  }
  return long >= 3;
}

/** Words that title case leaves in lower case. */
const TITLE_CASE_LOWER = wordSet(
  'a an the and or nor but of in on at to for by with as vs via from into per',
);

/** True when the run may continue from `word` to the next word over the gap between them. */
function joins(word: Word, next: Word): boolean {
  if (next.paragraph !== word.paragraph || next.gap === null || next.titleCase !== word.titleCase)
    return false;
  if (word.possessive || word.modifier || next.modifier) return false;
  const gap = next.gap;
  if (/^\s+$/.test(gap)) return true;
  // "Mr. Obama", "Donald J. Trump", "Sen. David Perdue": a full stop after an abbreviation or an initial.
  if (/^\.\s+$/.test(gap)) {
    return (
      (word.text.length === 1 && word.capitalised) ||
      HONORIFICS.has(word.lower) ||
      ABBREVIATIONS.has(word.lower) ||
      (TITLE_WORDS.has(word.lower) && word.text.length <= 4)
    );
  }
  return false;
}

function startsRun(word: Word): boolean {
  return (word.capitalised && !word.modifier) || (word.particle && word.text.includes('-'));
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
      const particles = next.particle ? (words[last + 2]?.particle ? 2 : 1) : 0;
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
