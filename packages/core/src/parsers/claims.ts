import type { ArticleParser } from '../context.js';

export const claimsParser: ArticleParser = {
  name: 'claims',
  parse() {},
};
