import type { ArticleParser } from '../context.js';

export const casualtiesParser: ArticleParser = {
  name: 'casualties',
  parse() {},
};
