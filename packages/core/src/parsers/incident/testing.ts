import type { Article, DateMention } from '../../types.js';
import { casualtiesParser } from '../casualties.js';
import { claimsParser } from '../claims.js';
import { eventsParser } from '../events.js';
import { sentencesParser } from '../sentences.js';
import { structureParser } from '../structure.js';
import { contextAfter } from '../testing.js';
import { tollParser } from '../toll.js';

/**
 * For the incident parsers' tests: runs structure, sentences and the incident parsers alone, so a
 * failing row points at them and not at another parser. `dates` stands in for the dates parser. The
 * trace is returned for failure messages.
 */
export function parseIncident(
  text: string,
  published: string | null = null,
  dates: DateMention[] = [],
): Article & { trace: string[] } {
  const trace: string[] = [];
  const context = contextAfter(text, [structureParser, sentencesParser], { trace, published });
  context.article.dates = dates;
  for (const parser of [casualtiesParser, claimsParser, eventsParser, tollParser]) parser.parse(context);
  return { ...context.article, trace };
}
