import type { ArticleParser } from '../context.js';

export const quotesParser: ArticleParser = {
  name: 'quotes',
  parse() {},
};
