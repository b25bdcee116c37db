import type { ArticleParser } from '../context.js';

export const tollParser: ArticleParser = {
  name: 'toll',
  parse() {},
};
