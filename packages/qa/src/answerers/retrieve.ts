import type { Span } from '@newsparse/core';
import { type Doc, entityAt, spanAt } from '../document.js';
import { nameRunBefore, nameRuns } from '../extract.js';
import { rankSentences } from '../retrieval.js';
import { numberValue, type Word, words } from '../text.js';
import { type Answerer, abstain, type DocResult, spanAnswer } from './answerer.js';

/** A question with fewer content words than this must find all of them in one sentence. */
const SHORT_QUESTION = 2;
const MIN_COVERAGE = 0.5;

/**
 * Any other question → the sentence that best matches it (BM25 over stems), if it covers enough of
 * the question's words and holds the kind of value asked for ("how much" needs a number). "Who called
 * a strike?" answers with who does it in that sentence, when the sentence names them before the verb.
 */
export const retrievalAnswerer: Answerer = {
  kinds: ['other'],
  answer(question, doc): DocResult {
    if (question.terms.length === 0) return abstain('the question has no words to look for');
    const needsNumber = /^\s*how (?:much|many|long|old|far)\b/i.test(question.text);
    const needed = question.terms.length < SHORT_QUESTION ? 1 : MIN_COVERAGE;
    const verb = askedVerb(question.text);
    for (const ranked of rankSentences(doc, question.terms).slice(0, 5)) {
      if (ranked.coverage < needed) break;
      const sentence = doc.sentences[ranked.index] as Span;
      if (needsNumber && !words(sentence.text).some((word) => numberValue(word.text) !== null)) continue;
      const confidence = Math.min(0.75, 0.25 + 0.5 * ranked.coverage);
      if (verb) {
        // A sentence without the verb, or with it passive and no "by", says nothing of who did it.
        const at = verbIndex(doc, ranked.index, verb);
        const doer = at < 0 ? undefined : doerOf(doc, ranked.index, at);
        if (doer === undefined) continue;
        if (doer) return spanAnswer(doc, doer, confidence, sentence);
      }
      return spanAnswer(doc, sentence, confidence);
    }
    return abstain('the article does not answer that');
  },
};

/** Words between a subject and its verb that are not the subject: "had found", "Castell, who visited". */
const BEFORE_VERB = new Set(['had', 'has', 'have', 'also', 'then', 'who', 'which']);
/** Before the verb these make it passive: "who were killed" names who it was done to. */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/**
 * The verb a "who" question asks about, lower case ("who called a strike" → called), or null. The
 * sentence must hold the same form: "Soleimani killing’s anniversary" does not say who killed.
 */
function askedVerb(question: string): string | null {
  const asked = words(question);
  if (asked[0]?.text.toLowerCase() !== 'who' || asked.length < 3) return null;
  const verb = (asked[1] as Word).text.toLowerCase();
  const auxiliary =
    BEFORE_VERB.has(verb) || PASSIVE.has(verb) || /^(?:did|does|do|will|would|can|could|should)$/.test(verb);
  return auxiliary ? null : verb;
}

/** Where the sentence's words hold `verb` as written, or -1. */
function verbIndex(doc: Doc, index: number, verb: string): number {
  return (doc.sentenceWords()[index] ?? []).findIndex((word) => word.text.toLowerCase() === verb);
}

/**
 * Who does the verb at word `at` of the sentence: the person or organisation named just before it
 * (past auxiliaries and a relative "who"), or after "by" when it is passive ("were killed by
 * Tomas Brandt"). Undefined when the sentence does not say: a passive with no "by" names only who it
 * was done to. Null when someone does it but no name stands there.
 */
function doerOf(doc: Doc, index: number, at: number): Span | null | undefined {
  const sentenceWords = doc.sentenceWords()[index] ?? [];
  const text = doc.article.text;
  const runs = nameRuns(text, sentenceWords);
  let before = at - 1;
  let passive = false;
  for (; before >= 0; before--) {
    const word = (sentenceWords[before] as Word).text.toLowerCase();
    if (PASSIVE.has(word)) passive = true;
    else if (!BEFORE_VERB.has(word)) break;
  }
  const by = sentenceWords[at + 1];
  // "formed by Al-Nujaba militia" is passive without its auxiliary.
  if (by?.text.toLowerCase() === 'by') passive = true;
  if (passive) {
    if (by?.text.toLowerCase() !== 'by') return undefined;
    const run = runs.find((candidate) => candidate.start >= by.end && candidate.start - by.end <= 6);
    return run ? named(doc, run) : null;
  }
  const last = sentenceWords[before];
  if (!last) return null;
  // Only commas and spaces may stand between the subject and the verb's words.
  if (/[^\s,]/.test(text.slice(last.end, (sentenceWords[at] as Word).start).replace(/\b\w+\b/g, '')))
    return null;
  const run = nameRunBefore(runs, last.end + 1, 1);
  return run && run.end === last.end ? named(doc, run) : null;
}

/** The run as the entity mention it is, when it is one of a person or organisation. */
function named(doc: Doc, run: Span): Span {
  const entity = entityAt(doc, run, ['person', 'organisation']);
  const mention = entity?.mentions.find((candidate) => candidate.end === run.end);
  return mention ? spanAt(doc.article.text, mention.start, mention.end) : run;
}
