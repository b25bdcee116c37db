import type { ParseContext } from '../../context.js';
import type { Token } from '../../nlp.js';
import { findSpanIndex, firstStartingFrom, spanOf } from '../../span.js';
import type { DateMention, Span } from '../../types.js';
import { LastKeyCache } from './last-key-cache.js';

/**
 * Shared by the incident parsers (casualties, claims, events, toll): the words of each story sentence,
 * the dates inside a sentence, and what marks attackers and earlier events.
 */

/** A word of a sentence: wink tokens joined across hyphens ("al-Kahf", "twenty-three", "Iran-backed"). */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
}

export interface SentenceWords {
  /** Index in `article.sentences`. */
  index: number;
  span: Span;
  words: Word[];
}

/**
 * The sentences of the story that may report an incident, with their words. Captions and page
 * furniture are left out (the seed's caption repeats "who were killed last year"); the headline and
 * standfirst stay, since short reports are sometimes read as a headline alone.
 */
const storyCache = new LastKeyCache<readonly unknown[], SentenceWords[]>();

export function storySentences(context: ParseContext): SentenceWords[] {
  // Casualties, claims and events read the same words: build them once per parse.
  return storyCache.read(context.tokens) ?? storyCache.remember(context.tokens, buildStorySentences(context));
}

/** Marks that end a clause, for the incident parsers reading an actor or a target up to one. */
export const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”']);

/**
 * Stems without which a sentence says nothing about casualties, claims or attacks. Most sentences of a
 * news article fail this one scan and their words are never built (parsers must stay cheap next to the
 * wink-nlp pass). A hint is not a finding: each parser still reads the words.
 */
const INCIDENT_HINT =
  /\b(?:kill|dead|die|death|fatal|injur|wound|hurt|missing|kidnap|abduct|arrest|detain|apprehend|murder|slain|perish|behead|succumb|hospitali|toll|shot|stab|shoot|hostage|custody|lives|claim|responsib|den(?:y|ie)|blam|suspect|believ|thought|alleg|perpetrat|assailant|attribut|nothing to do|carried out|carry out|behind|attack|bomb|blast|explo|rocket|missile|mortar|shell|projectile|katyusha|grenade|device|vest|gun|rifle|firearm|pistol|handgun|ak-47|knife|knives|machete|axe|sword|drone|ied|storm|hijack|target|struck|strike|hit|ambush|raid|assault|rammed|fire|casualt|victim)/i;

function buildStorySentences(context: ParseContext): SentenceWords[] {
  const { article, layout, tokens, text } = context;
  const result: SentenceWords[] = [];
  // Sentence by sentence: the tokens of the sentences left out (nine in ten) are never visited. A
  // sentence's tokens are those starting inside it, one run of the token list (`sentencesParser`).
  for (let index = 0; index < article.sentences.length; index++) {
    const span = article.sentences[index] as Span;
    // The story test first: a binary search, where the hint scans every character.
    if (!isStorySentence(article, layout, span) || !INCIDENT_HINT.test(span.text)) continue;
    let words: Word[] | null = null;
    for (let at = firstStartingFrom(tokens, span.start); at < tokens.length; at++) {
      const token = tokens[at] as Token;
      if (token.start >= span.end) break;
      if (token.sentence !== index || token.end <= token.start) continue;
      if (words === null) {
        words = [];
        result.push({ index, span, words });
      }
      const last = words[words.length - 1];
      if (last !== undefined && last.end === token.start && (token.text === '-' || last.text.endsWith('-'))) {
        last.end = token.end;
        last.text = text.slice(last.start, last.end);
        last.lower = last.text.toLowerCase();
        if (token.pos === 'PROPN') last.pos = 'PROPN';
      } else {
        words.push({
          start: token.start,
          end: token.end,
          text: token.text,
          lower: token.text.toLowerCase(),
          pos: token.pos,
        });
      }
    }
  }
  return result;
}

function isStorySentence(
  article: ParseContext['article'],
  layout: ParseContext['layout'],
  span: Span,
): boolean {
  const paragraph = findSpanIndex(article.paragraphs, span.start);
  if (paragraph < 0 || !layout.furniture.has(paragraph)) return true;
  const start = (article.paragraphs[paragraph] as Span).start;
  return article.headline?.start === start || article.standfirst?.start === start;
}

/** The span of words `from..to-1`. */
export function wordsSpan(text: string, words: readonly Word[], from: number, to: number): Span {
  const first = words[from];
  const last = words[to - 1];
  if (!first || !last || to <= from) return spanOf(text, first?.start ?? 0, first?.start ?? 0);
  return spanOf(text, first.start, last.end);
}

export function wordsText(text: string, words: readonly Word[], from: number, to: number): string {
  return wordsSpan(text, words, from, to).text;
}

/**
 * Words that describe who carried out an attack. Their deaths are not the attack's toll: "At least 26
 * people were killed, along with the 4 attackers" is a toll of 26.
 */
const PERPETRATOR_WORDS = new Set([
  'attacker',
  'attackers',
  'assailant',
  'assailants',
  'gunman',
  'gunmen',
  'militant',
  'militants',
  'terrorist',
  'terrorists',
  'bomber',
  'bombers',
  'perpetrator',
  'perpetrators',
  'suspect',
  'suspects',
  'jihadist',
  'jihadists',
  'insurgent',
  'insurgents',
  'hijacker',
  'hijackers',
  'kidnapper',
  'kidnappers',
  'shooter',
  'shooters',
  'knifeman',
  'assassin',
  'assassins',
]);

/** True when the casualties described ("the suicide bomber", "3 gunmen") are the attackers. */
export function describesPerpetrators(who: string | null): boolean {
  if (!who) return false;
  const words = who.toLowerCase().split(/[^a-z]+/);
  return words.some((word) => PERPETRATOR_WORDS.has(word));
}

/**
 * Phrases that place a statement in an earlier event: the seed's caption about Soleimani "who were
 * killed last year", "the first anniversary of the killing".
 */
const EARLIER_EVENT =
  /\b(?:last year|last month|years? ago|months ago|a year earlier|anniversary|previous attack|earlier attack|in (?:19|20)\d\d)\b/i;

const sortedDates = new LastKeyCache<readonly DateMention[], DateMention[]>();

/** The date mentions inside `span`, by binary search over the mentions sorted once per article. */
export function datesWithin(context: ParseContext, span: Span): DateMention[] {
  const all = context.article.dates;
  const sorted =
    sortedDates.read(all) ??
    sortedDates.remember(
      all,
      [...all].sort((a, b) => a.text.start - b.text.start),
    );
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as DateMention).text.start < span.start) low = mid + 1;
    else high = mid;
  }
  const found: DateMention[] = [];
  for (let k = low; k < sorted.length && (sorted[k] as DateMention).text.start < span.end; k++) {
    found.push(sorted[k] as DateMention);
  }
  return found;
}

/**
 * True when a sentence speaks of an earlier event than the article's: an earlier-event phrase, or a
 * resolved date more than 40 days before the publication date.
 */
export function speaksOfEarlierEvent(context: ParseContext, sentence: Span): boolean {
  if (EARLIER_EVENT.test(sentence.text)) return true;
  const published = context.article.published?.date ?? context.options.published;
  if (!published) return false;
  const publishedTime = Date.parse(published);
  if (Number.isNaN(publishedTime)) return false;
  for (const mention of datesWithin(context, sentence)) {
    const time = Date.parse(mention.date.length === 4 ? `${mention.date}-12-31` : mention.date);
    if (!Number.isNaN(time) && publishedTime - time > 40 * 86_400_000) return true;
  }
  return false;
}
