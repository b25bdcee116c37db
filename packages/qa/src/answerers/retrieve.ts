import type { Span } from '@newsparse/core';
import { rankSentences } from '../retrieval.js';
import { numberValue, words } from '../text.js';
import { type Answerer, abstain, type DocResult, spanAnswer } from './answerer.js';

/** A question with fewer content words than this must find all of them in one sentence. */
const SHORT_QUESTION = 2;
const MIN_COVERAGE = 0.5;

/**
 * Any other question → the sentence that best matches it (BM25 over stems), if it covers enough of
 * the question's words and holds the kind of value asked for ("how much" needs a number).
 */
export const retrievalAnswerer: Answerer = {
  kinds: ['other'],
  answer(question, doc): DocResult {
    if (question.terms.length === 0) return abstain('the question has no words to look for');
    const needsNumber = /^\s*how (?:much|many|long|old|far)\b/i.test(question.text);
    const needed = question.terms.length < SHORT_QUESTION ? 1 : MIN_COVERAGE;
    for (const ranked of rankSentences(doc, question.terms).slice(0, 5)) {
      if (ranked.coverage < needed) break;
      const sentence = doc.sentences[ranked.index] as Span;
      if (needsNumber && !words(sentence.text).some((word) => numberValue(word.text) !== null)) continue;
      return spanAnswer(doc, sentence, Math.min(0.75, 0.25 + 0.5 * ranked.coverage));
    }
    return abstain('the article does not answer that');
  },
};
