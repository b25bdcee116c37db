import { WEEKDAYS } from '../../lexicon/common.js';
import {
  CLAUSE_REPORT_LEMMAS,
  LISTENER_VERB_LEMMAS,
  NOUN_REPORT_LEMMAS,
  QUOTED_ONLY_LEMMAS,
} from '../../lexicon/reporting-verbs.js';
import type { Token } from '../../nlp.js';
import { wordListTest } from '../../token-words.js';
import type { Cue } from './cues.js';
import { endsWithIng, isMark, isMarkOf, isWord, type TokenRange } from './phrase.js';

/** Words that open a new clause after a comma: "..., though she acknowledged ...". */
const CLAUSE_OPENERS = new Set(['and', 'but', 'though', 'although', 'while', 'as', 'whereas', 'yet']);
const MAX_LISTENER_TOKENS = 6;
const isRelativeWord = wordListTest(new Set(['that', 'which', 'who', 'whose', 'whom']));
/** Tags of the words naming a listener: "told (the) Reuters", "urged young voters". */
const LISTENER_TAGS = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ']);
const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM']);
/** Tags that go on a relative clause's verb group: "that had been ordered". */
const VERB_GROUP_TAGS = new Set(['VERB', 'AUX', 'PART', 'ADV']);
const isNounTag = (pos: string) => pos === 'NOUN' || pos === 'PROPN';
/** A lead-in between the verb and "that": "said in a statement that", "told reporters on Tuesday that". */
const LEAD_IN_STARTS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'last',
  'this',
  'earlier',
  'later',
]);
const MAX_LEAD_IN_TOKENS = 7;
// Asked of the words around every cue: words of a length no list holds are not lower-cased.
const isClauseOpener = wordListTest(CLAUSE_OPENERS);
const isLeadInStart = wordListTest(LEAD_IN_STARTS);
const isWeekday = wordListTest(WEEKDAYS);
const isWhoOrWhich = (token: Token | undefined) => isWord(token, 'who') || isWord(token, 'which');
/** Tags a clause may open with, after a skipped lead-in: "in a statement the levy ...". */
const CLAUSE_HEAD_TAGS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADP', 'SCONJ']);
/**
 * A report runs at most this many tokens either side of its cue. Reported clauses in news are far
 * shorter; without a bound, every "said" in a 10,000-word sentence reported the rest of it, and the
 * output grew with the square of the input.
 */
const MAX_CONTENT_TOKENS = 150;

const isPunct = (token: Token | undefined) => token !== undefined && token.pos === 'PUNCT';

/** Where the cue's clause begins: its subject when printed before the verb, else the verb. */
export function clauseStart(cue: Cue): number {
  return cue.speaker && !cue.inheritedSpeaker && cue.speaker.last < cue.verb.first
    ? Math.min(cue.speaker.first, cue.verb.first)
    : cue.verb.first;
}

/** Where the cue's clause ends: after the speaker when inverted ("said Zebari"), else after the verb. */
export function clauseEnd(cue: Cue): number {
  return cue.speaker && !cue.inheritedSpeaker && cue.speaker.first > cue.verb.last
    ? cue.speaker.last
    : cue.verb.last;
}

/** True when a comma or a clause-opening conjunction stands just before `index`. */
function followsBoundary(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before !== undefined && (isMark(before, ',') || isMark(before, ';') || isClauseOpener(before));
}

function trimRange(tokens: readonly Token[], first: number, last: number): TokenRange | null {
  while (first <= last && (isPunct(tokens[first]) || isWord(tokens[first], 'that'))) {
    // Keep an opening quotation mark: the indirect content may begin with a partial quote.
    if (isMarkOf(tokens[first], '“"‘«')) break;
    first++;
  }
  while (
    first <= last &&
    ((isPunct(tokens[last]) && !isMarkOf(tokens[last], '”"’»)')) || isClauseOpener(tokens[last]))
  ) {
    last--;
  }
  return first <= last ? { first, last } : null;
}

/**
 * Skips what stands between a verb and what was said: the listener ("told Reuters", "urged the
 * government"), and a lead-in closed by "that" ("said in a statement on Tuesday that ...").
 */
function contentStart(tokens: readonly Token[], cue: Cue, last: number): number {
  let start = clauseEnd(cue) + 1;
  const callsOn = cue.lemma === 'call' && isWord(tokens[cue.verb.last], 'on');
  if ((LISTENER_VERB_LEMMAS.has(cue.lemma) && cue.lemma !== 'call') || callsOn) {
    let index = start;
    while (
      index <= last &&
      index - start < MAX_LISTENER_TOKENS &&
      // The listener may be a quoted title: "told “Morning Harbour” that ...".
      (LISTENER_TAGS.has((tokens[index] as Token).pos) || isMarkOf(tokens[index], '“”"')) &&
      !isWord(tokens[index], 'that')
    ) {
      index++;
    }
    start = index;
  }
  start = skipLeadInPhrases(tokens, start, last);
  const leadIn = tokens[start];
  const mayLeadIn = isWord(leadIn, 'that') || isLeadInStart(leadIn) || isWeekday(leadIn);
  for (let index = start; mayLeadIn && index <= last && index - start <= MAX_LEAD_IN_TOKENS; index++) {
    const token = tokens[index] as Token;
    if (isWord(token, 'that')) return index + 1;
    if (token.pos === 'VERB' || token.pos === 'AUX' || isPunct(token)) break;
  }
  return start;
}

/**
 * Skips up to two prepositional phrases before the report itself: "said in a statement the levy was
 * temporary", "told reporters on Friday the gates had arrived". Stops before "that", which
 * `contentStart` handles.
 */
function skipLeadInPhrases(tokens: readonly Token[], start: number, last: number): number {
  let index = start;
  for (let phrase = 0; phrase < 2; phrase++) {
    const head = tokens[index];
    if (head?.pos !== 'ADP' || !isLeadInStart(head)) break;
    let next = index + 1;
    while (next <= last && MODIFIER_TAGS.has((tokens[next] as Token).pos)) next++;
    const nounStart = next;
    while (next <= last && next - nounStart < 3 && isNounTag((tokens[next] as Token).pos)) next++;
    if (next === nounStart || next > last) break;
    index = next;
  }
  const after = tokens[index];
  // Only skip when a clause follows: "in a statement the levy ..." but not "in the levy's favour".
  return index > start && after && CLAUSE_HEAD_TAGS.has(after.pos) ? index : start;
}

/**
 * What an indirect cue reports, as a token range of its sentence:
 * - after the verb for "X said (that) ...", "X told Reuters ...", "according to X, ...";
 * - before it for "..., X said." and "..., according to X.".
 * The content stops where the next cue's clause starts after a comma ("..., though she acknowledged
 * ...") and runs on over a cue nested without one ("Trump said Clinton told voters ...").
 *
 * @param previousEnd - last token of the previous cue's clause in the sentence, or -1
 * @param next - the next cue in the same sentence, if any
 */
export function indirectContent(
  tokens: readonly Token[],
  cue: Cue,
  previousEnd: number,
  next: Cue | null,
): TokenRange | null {
  if (QUOTED_ONLY_LEMMAS.has(cue.lemma)) return null;
  const { sentence } = cue;
  let last = Math.min(sentence.last, clauseEnd(cue) + MAX_CONTENT_TOKENS);
  if (next) {
    const nextStart = clauseStart(next);
    if (followsBoundary(tokens, nextStart)) last = Math.min(last, nextStart - 1);
  }
  if (cue.speaker && isWhoOrWhich(tokens[cue.speaker.first]) && !cue.inheritedSpeaker) {
    // "Graham, who says allies should send troops, tweeted ...": the relative clause ends at its comma.
    for (let index = cue.verb.last + 1; index <= last; index++) {
      if (isMark(tokens[index], ',')) {
        last = index - 1;
        break;
      }
    }
  }
  const start = clauseStart(cue);
  const backwardFirst = Math.max(sentence.first, previousEnd + 1, start - MAX_CONTENT_TOKENS);
  // A participle ("..., adding that ...") only reports forward; what stands before a cue is its report
  // only when it is a clause ("The dam is safe, Roe said"), not a lead-in ("In Honolulu last week, Roe told ...").
  let backward =
    !cue.inheritedSpeaker && start > backwardFirst && followsBoundary(tokens, start)
      ? trimRange(tokens, backwardFirst, start - 1)
      : null;
  if (backward && !hasFiniteVerb(tokens, backward)) {
    // "This campaign, he says, is different": a cue set off by commas inside the sentence it reports,
    // as in "An economic downturn, he said, “could be a good time …”"; but after a lead-in ("Of course,
    // Clinton said, “…”") the cue reports only the quotation, a direct quote of its own.
    const afterComma = tokens[clauseEnd(cue) + 2];
    const leadInThenQuotation =
      afterComma !== undefined &&
      isMarkOf(afterComma, '“"‘«') &&
      LEAD_IN_TAGS.has((tokens[backward.first] as Token).pos);
    const parenthetical =
      cue.lemma !== 'accord' && tokens[clauseEnd(cue) + 1]?.text === ',' && !leadInThenQuotation;
    backward = parenthetical ? trimRange(tokens, backwardFirst, last) : null;
    if (backward) return backward;
  }

  if (cue.lemma === 'accord') {
    let from = clauseEnd(cue) + 1;
    // "According to Zebari, who is familiar with ..., Iran is preparing": skip the relative clause.
    if (tokens[from]?.text === ',' && isWhoOrWhich(tokens[from + 1])) {
      from += 2;
      while (from <= last && !isMark(tokens[from], ',')) from++;
    }
    const forward = trimRange(tokens, from, last);
    return longer(forward, backward);
  }

  const from = contentStart(tokens, cue, last);
  const afterThat = isWord(tokens[from - 1], 'that');
  let forward = trimRange(tokens, from, last);
  const anyReport = afterThat || NOUN_REPORT_LEMMAS.has(cue.lemma) || CLAUSE_REPORT_LEMMAS.has(cue.lemma);
  if (forward && !anyReport && !opensClause(tokens, forward)) forward = null;
  // "He told his audience, to rowdy applause:" — the report is the quotation after the colon.
  if (forward && tokens[forward.last + 1]?.text === ':' && forward.last + 1 >= sentence.last) forward = null;
  if (cue.inverted || !forward || !hasWords(tokens, forward, 3)) return backward;
  // "The plan failed, he said in a statement on Tuesday.": what follows the verb has no verb of its own.
  if (backward && !hasVerb(tokens, forward)) return backward;
  return forward;
}

/** Tags that open a lead-in rather than a subject: "Of course", "Still", "Speaking by telephone". */
const LEAD_IN_TAGS: ReadonlySet<string> = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ', 'VERB', 'PART', 'INTJ']);

function longer(a: TokenRange | null, b: TokenRange | null): TokenRange | null {
  if (!a) return b;
  if (!b) return a;
  return b.last - b.first > a.last - a.first ? b : a;
}

/**
 * True when the range reads as a clause, not a noun phrase: a verb comes before any comma, or it opens
 * with a quotation mark or "to". "explained the details of the attack, ..." and "claimed
 * responsibility for ..." report no words.
 */
function opensClause(tokens: readonly Token[], range: TokenRange): boolean {
  const head = tokens[range.first] as Token;
  if (isMarkOf(head, '“"‘«') || isWord(head, 'to') || isWord(head, 'whether')) return true;
  // A relative clause's own verb does not count: "denying involvement in any attack that results in
  // casualties" has no clause of its own, "the demands that come with the job erase ..." has one.
  let relativeVerbPending = false;
  for (let index = range.first; index <= range.last && index - range.first < 20; index++) {
    const token = tokens[index] as Token;
    if (isMark(token, ',') || isMark(token, ';')) return false;
    if (isRelativeWord(token)) relativeVerbPending = true;
    else if (token.pos === 'VERB' || token.pos === 'AUX') {
      if (!relativeVerbPending) return true;
      relativeVerbPending = false;
      // Skip the rest of the relative clause's verb group ("that had been ordered").
      while (index + 1 <= range.last && VERB_GROUP_TAGS.has((tokens[index + 1] as Token).pos)) index++;
    }
  }
  return false;
}

function hasFiniteVerb(tokens: readonly Token[], range: TokenRange): boolean {
  for (let index = range.first; index <= range.last; index++) {
    const token = tokens[index] as Token;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !endsWithIng(token.text)) {
      if (tokens[index - 1]?.text !== '-') return true;
    }
  }
  return false;
}

function hasVerb(tokens: readonly Token[], range: TokenRange): boolean {
  for (let index = range.first; index <= range.last; index++) {
    const pos = (tokens[index] as Token).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** At least `wanted` words in the range (stops counting there). */
export function hasWords(tokens: readonly Token[], range: TokenRange, wanted: number): boolean {
  let count = 0;
  for (let index = range.first; index <= range.last && count < wanted; index++) {
    if (!isPunct(tokens[index])) count++;
  }
  return count >= wanted;
}
