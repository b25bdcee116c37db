import { storyLead } from '@newsparse/core';
import { type Answerer, abstain, type DocResult, spanAnswer } from './answerer.js';

/** "What happened?" → the story's lead sentence (core's `storyLead`), which says what happened. */
export const summaryAnswerer: Answerer = {
  kinds: ['summary'],
  answer(_question, doc): DocResult {
    const lead = storyLead(doc.article);
    return lead ? spanAnswer(doc, lead, 0.7) : abstain('the article has no story text');
  },
};
