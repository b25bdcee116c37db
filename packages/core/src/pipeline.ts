import type { ArticleParser } from './context.js';
import { bylineParser } from './parsers/byline/index.js';
import { casualtiesParser } from './parsers/casualties.js';
import { claimsParser } from './parsers/claims.js';
import { datelineParser } from './parsers/dateline.js';
import { datesParser } from './parsers/dates/index.js';
import { entitiesParser } from './parsers/entities/index.js';
import { eventsParser } from './parsers/events.js';
import { quotesParser } from './parsers/quotes/index.js';
import { sentencesParser } from './parsers/sentences.js';
import { structureParser } from './parsers/structure.js';
import { tollParser } from './parsers/toll.js';

/**
 * The parsers, in the order they run. Each reads what the earlier ones added to the context and adds
 * its own fields; none calls another. Adding a capability is a new file and one line here.
 */
export const pipeline: readonly ArticleParser[] = [
  structureParser, // paragraphs, headline, standfirst, publication date, captions
  sentencesParser, // the one wink-nlp pass: tokens, POS, sentences
  bylineParser,
  datelineParser,
  datesParser,
  entitiesParser,
  quotesParser, // needs entities for speakers
  casualtiesParser,
  claimsParser, // needs entities for actors
  eventsParser, // needs dates and places
  tollParser, // needs casualties and dates
];
