import { parseArticle } from './packages/core/src/index.ts';
const text = process.argv[2] ?? '';
const ctx: any = {};
import { loadNlp, tokenize } from './packages/core/src/nlp.ts';
const { tokens } = tokenize(loadNlp(), text);
console.log(tokens.map(t => `${t.text}/${t.pos}/${t.lemma}`).join(' '));
