import type { ArticleParser } from '../context.js';

export const entitiesParser: ArticleParser = {
  name: 'entities',
  parse() {},
};
