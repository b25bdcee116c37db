import { parseArticle } from './packages/core/src/index.ts';
const text = `Headline for a test story\n\n${process.argv[2]}`;
const a = parseArticle(text, {debug:true});
console.log(a.sentences.map(s=>s.text));
console.log(a.trace, a.paragraphs.map(p=>p.text.slice(0,40)));
