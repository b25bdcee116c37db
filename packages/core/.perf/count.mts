import { evalTexts } from '/work/main/bench/corpus.js';
import { loadNlp, tokenize } from '/work/main/packages/core/src/nlp.js';

const texts = evalTexts('/work/main', 300)!.texts;
let n = 0,
  c = 0;
for (const t of texts) {
  n += tokenize(loadNlp(), t).tokens.length;
  c += t.length;
}
console.log('tokens/article', n / texts.length, 'chars/article', c / texts.length);
