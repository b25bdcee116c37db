import type { ArticleParser } from '../context.js';

export const eventsParser: ArticleParser = {
  name: 'events',
  parse() {},
};
