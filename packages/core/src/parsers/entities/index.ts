import type { ArticleParser, ParseContext } from '../../context.js';
import { findCandidates } from './candidates.js';
import { linkEntities } from './linking.js';
import { organisationRoles } from './organisations.js';
import { attachPositions, lookupKey } from './places.js';
import { capitalisedRuns, storyWords } from './words.js';

export { entitiesAt, entityAt, entityById } from './lookup.js';

/**
 * Finds the people, organisations and places of the story and links every mention of each: runs of
 * capitalised words are read with the titles, roles, speech verbs and word lists around them
 * (`candidates.ts`), then mentions of the same entity are merged (`linking.ts`). wink-nlp's lite model
 * has no named entities, so its POS tags only help to tell a sentence-initial common word from a name.
 */
export const entitiesParser: ArticleParser = {
  name: 'entities',
  parse(context: ParseContext) {
    const { text } = context;
    const words = storyWords(context);
    const runs = capitalisedRuns(words);
    // The dateline names where the story was filed: a place, whatever the word lists know of it.
    const dateline = context.article.dateline;
    const filedFrom = new Set(dateline ? [lookupKey(dateline.place)] : []);
    const found = findCandidates(text, words, runs, filedFrom);
    attachPositions(text, found.places);
    const entities = linkEntities(text, found, dateline?.span ?? null);
    for (const entity of entities) {
      if (entity.kind === 'organisation' && entity.roles.length === 0)
        entity.roles = organisationRoles(text, entity.mentions);
    }
    context.article.entities = entities;
    if (context.options.debug) {
      const summary = context.article.entities.map(
        (entity) => `${entity.id} ${entity.name} (${entity.mentions.length})`,
      );
      context.trace('entities', summary.join('; '));
    }
  },
};
