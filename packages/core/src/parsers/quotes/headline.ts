import { QUOTED_ONLY_LEMMAS, REPORTING_PHRASES, reportingLemmaOf } from '../../lexicon/reporting-verbs.js';
import { firstTokenFrom, type Token } from '../../nlp.js';
import type { Span } from '../../types.js';
import type { Cue } from './cues.js';
import { hasWords } from './indirect.js';
import { isMark, isWord, type TokenRange } from './phrase.js';

/** A speaker named in a headline: a name or a short title, never a sentence. */
const MAX_SPEAKER_TOKENS = 5;
/** What a headline reports has a verb or two; "Pence: Yes" says too little to be a quote. */
const MIN_CONTENT_WORDS = 3;

/** Words before a headline's colon that label the story, not a speaker ("The Latest: …", "Watch: …"). */
const LABELS = new Set([
  'the latest',
  'latest',
  'breaking',
  'breaking news',
  'exclusive',
  'watch',
  'video',
  'live',
  'update',
  'updated',
  'analysis',
  'opinion',
  'editorial',
  'review',
  'explainer',
  'factbox',
  'fact check',
  'q&a',
  'photos',
  'in pictures',
  'timeline',
  'correction',
  'urgent',
  'flash',
  'paid notice',
]);

/** Reporting words a headline mostly uses otherwise: "Tower Report Diminishes …", "No Comment", "Fed Adds Reserves". */
const HEADLINE_NON_REPORTS = new Set(['report', 'comment', 'note', 'add']);

/**
 * Words no speaker's name holds: "Stealth Over Health:", "Fix Is In:", "Clinton Wades In:" are
 * phrases, and "One Tweet Sums Up …", "He Says …" name no one the headline can be read for.
 */
const NOT_IN_SPEAKER = new Set(
  `in on over is are was were be of for to up out at by with from into as against about after before not no
   has have had may will would can could should still also finally just himself herself themselves
   it he she they we this that one these those`.split(/\s+/),
);

/** What a headline reports and who it says reported it: a cue for the quotes parser. */
export interface HeadlineAttribution {
  cue: Cue;
  content: TokenRange;
}

/**
 * The attribution a headline makes, as a cue with its content: "Pence: Flowers Won't Be at Debate"
 * (the colon is the cue), "Trump urges supporters to monitor polling places", "Clean Energy Is Next,
 * Lindsey Graham Says", and the same after a label ("The Latest: Trump urges …"). Null when the
 * headline reports no one, or the speaker's words are too few to be a report.
 */
export function headlineAttribution(tokens: readonly Token[], headline: Span): HeadlineAttribution | null {
  let first = firstTokenFrom(tokens, headline.start);
  let last = first - 1;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= headline.end) last++;
  while (last >= first && isMark(tokens[last], '.')) last--;
  if (last - first < MIN_CONTENT_WORDS) return null;
  const sentence: TokenRange = { first, last };

  const colon = firstColon(tokens, first, last);
  if (colon > first) {
    if (!LABELS.has(wordsOf(tokens, first, colon - 1))) {
      const cue = { first: colon, last: colon };
      return reports(tokens, { first, last: colon - 1 }, cue, ':', { first: colon + 1, last }, sentence);
    }
    first = colon + 1;
  }

  // "Trump Urges Supporters to …": a name, then a reporting verb, then what it reports.
  for (let verb = first + 1; verb <= Math.min(last, first + MAX_SPEAKER_TOKENS); verb++) {
    const lemma = reportingLemma(tokens, verb);
    if (lemma === null) continue;
    const verbLast = REPORTING_PHRASES.has(lemma) ? verb + 1 : verb;
    const cue = { first: verb, last: verbLast };
    return reports(tokens, { first, last: verb - 1 }, cue, lemma, { first: verbLast + 1, last }, sentence);
  }

  // "…, Lindsey Graham Says": what is reported, then the name and the verb closing the headline.
  const closingLemma = reportingLemma(tokens, last);
  if (closingLemma !== null) {
    for (
      let speakerFirst = last - 1;
      speakerFirst >= Math.max(first + 1, last - MAX_SPEAKER_TOKENS);
      speakerFirst--
    ) {
      if (!isMark(tokens[speakerFirst - 1], ',')) continue;
      const speaker = { first: speakerFirst, last: last - 1 };
      const cue = { first: last, last };
      return reports(tokens, speaker, cue, closingLemma, { first, last: speakerFirst - 2 }, sentence);
    }
  }
  return null;
}

function reports(
  tokens: readonly Token[],
  speaker: TokenRange,
  verb: TokenRange,
  lemma: string,
  content: TokenRange,
  sentence: TokenRange,
): HeadlineAttribution | null {
  if (!isName(tokens, speaker) || !hasWords(tokens, content, MIN_CONTENT_WORDS)) return null;
  return {
    cue: {
      verb,
      lemma,
      speaker,
      inverted: speaker.first > verb.first,
      inheritedSpeaker: false,
      negated: false,
      sentence,
    },
    content,
  };
}

/** The reporting lemma of the token at `index` in a headline ("Says" → "say"), or null. */
function reportingLemma(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index];
  if (!token) return null;
  const lemma = reportingLemmaOf(token.text);
  if (
    lemma === null ||
    QUOTED_ONLY_LEMMAS.has(lemma) ||
    lemma === 'accord' ||
    HEADLINE_NON_REPORTS.has(lemma)
  ) {
    return null;
  }
  // Headlines report in the present ("Says", "Urge"); a past form is a passive ("Policy Change Urged").
  const lower = token.text.toLowerCase();
  if (lower !== lemma && !lower.endsWith('s')) return null;
  // "Calls Obamacare a 'Crazy System'" reports nothing said; "Calls for Calm" does.
  const particles = REPORTING_PHRASES.get(lemma);
  return particles && !particles.some((particle) => isWord(tokens[index + 1], particle)) ? null : lemma;
}

/** One to five capitalised words ("Pence", "Gov. Mike Pence", "Black Lawmakers"), with no mark but a dot. */
function isName(tokens: readonly Token[], range: TokenRange): boolean {
  if (range.last < range.first || range.last - range.first >= MAX_SPEAKER_TOKENS) return false;
  for (let index = range.first; index <= range.last; index++) {
    const { text } = tokens[index] as Token;
    const code = text.charCodeAt(0);
    const capital = code >= 65 && code <= 90;
    if (!capital && text !== '.' && text !== '&') return false;
    if (NOT_IN_SPEAKER.has(text.toLowerCase())) return false;
  }
  return true;
}

function firstColon(tokens: readonly Token[], first: number, last: number): number {
  for (let index = first; index <= Math.min(last, first + MAX_SPEAKER_TOKENS); index++) {
    if (isMark(tokens[index], ':')) return index;
  }
  return -1;
}

function wordsOf(tokens: readonly Token[], first: number, last: number): string {
  const words: string[] = [];
  for (let index = first; index <= last; index++) words.push((tokens[index] as Token).text.toLowerCase());
  return words.join(' ');
}
