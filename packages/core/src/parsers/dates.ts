import type { ArticleParser } from '../context.js';

export const datesParser: ArticleParser = {
  name: 'dates',
  parse() {},
};
