import type { ArticleParser } from '../context.js';

export const datelineParser: ArticleParser = {
  name: 'dateline',
  parse() {},
};
