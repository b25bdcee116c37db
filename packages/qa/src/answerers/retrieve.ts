import type { Span } from '@newsparse/core';
import { type Doc, entityAt, spanAt } from '../document.js';
import { nameRunBefore, nameRuns } from '../extract.js';
import { rankSentences } from '../retrieval.js';
import { numberValue, stem, type Word, words } from '../text.js';
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
      const doer = verb ? subjectOf(doc, ranked.index, verb) : null;
      if (doer) return spanAnswer(doc, doer, confidence, sentence);
      return spanAnswer(doc, sentence, confidence);
    }
    return abstain('the article does not answer that');
  },
};

/** Words between a subject and its verb that are not the subject: "had found", "Castell, who visited". */
const BEFORE_VERB = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'been',
  'also',
  'then',
  'who',
  'which',
]);

/** The stem of the verb a "who" question asks about ("who called a strike" → call), or null. */
function askedVerb(question: string): string | null {
  const asked = words(question);
  if (asked[0]?.text.toLowerCase() !== 'who' || asked.length < 3) return null;
  const verb = (asked[1] as Word).text.toLowerCase();
  return BEFORE_VERB.has(verb) || /^(?:did|does|do|will|would|can|could|should)$/.test(verb)
    ? null
    : stem(verb);
}

/**
 * The person or organisation doing `verb` in the sentence: the entity or name just before the verb,
 * past auxiliaries and a relative "who".
 */
function subjectOf(doc: Doc, index: number, verb: string): Span | null {
  const sentenceWords = doc.sentenceWords()[index] ?? [];
  const at = sentenceWords.findIndex((word) => word.stem === verb);
  if (at <= 0) return null;
  let before = at - 1;
  while (before > 0 && BEFORE_VERB.has((sentenceWords[before] as Word).text.toLowerCase())) before--;
  const last = sentenceWords[before] as Word;
  const text = doc.article.text;
  // Only commas and spaces may stand between the subject and the verb's words.
  if (/[^\s,]/.test(text.slice(last.end, (sentenceWords[at] as Word).start).replace(/\b\w+\b/g, '')))
    return null;
  const run = nameRunBefore(nameRuns(text, sentenceWords), last.end + 1, 1);
  if (!run || run.end !== last.end) return null;
  const entity = entityAt(doc, run, ['person', 'organisation']);
  const mention = entity?.mentions.find((candidate) => candidate.end === run.end);
  return mention ? spanAt(text, mention.start, mention.end) : run;
}
