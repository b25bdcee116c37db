import { parseArticle } from '../../parser.js';
import { pipeline } from '../../pipeline.js';
import type { Entity, EntityKind } from '../../types.js';
import { contextAfter } from '../testing.js';
import { storyWords, type WordList } from './words.js';

/** A headline line first, so that the sentence under test is story text, not the headline. */
export const HEADLINE = 'A report from the region';

export interface ParsedEntities {
  text: string;
  entities: Entity[];
  /** The parser trace, printed with a failing row. */
  trace: string;
}

export function parseEntities(body: string): ParsedEntities {
  const text = `${HEADLINE}\n\n${body}`;
  const article = parseArticle(text, { debug: true });
  return { text, entities: article.entities, trace: (article.trace ?? []).join('\n') };
}

export function ofKind(entities: Entity[], kind: EntityKind): Entity[] {
  return entities.filter((entity) => entity.kind === kind);
}

export function named(entities: Entity[], kind: EntityKind, name: string): Entity | undefined {
  return entities.find((entity) => entity.kind === kind && entity.name === name);
}

/** The story words of a body under the test headline, read after the parsers that run before entities. */
export function wordsOf(body: string): WordList {
  return storyWords(contextAfter(`${HEADLINE}\n\n${body}`, PARSERS_BEFORE_ENTITIES));
}

const PARSERS_BEFORE_ENTITIES = pipeline.slice(
  0,
  pipeline.findIndex((parser) => parser.name === 'entities'),
);
