import type { ArticleParser } from '../context.js';

export const bylineParser: ArticleParser = {
  name: 'byline',
  parse() {},
};
