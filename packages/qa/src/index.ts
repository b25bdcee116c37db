/**
 * @newsparse/qa — answers questions about parsed news articles with the sentence that proves the
 * answer, or abstains with the reason.
 */
export { ask } from './ask.js';
export { createCorpus } from './corpus/index.js';
export { classifyQuestion } from './question.js';
export type { Answer, AskOptions, Corpus, CorpusArticle, Evidence, Question, QuestionKind } from './types.js';
