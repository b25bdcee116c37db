import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { evalTexts } from '/work/main/bench/corpus.js';
import { loadNlp, tokenize } from '/work/main/packages/core/src/nlp.js';

const texts = evalTexts('/work/main', 300)!.texts;
const nlp = winkNLP(model, ['sbd', 'pos']);
const n2 = loadNlp();
const fns: Record<string, (t: string) => void> = {
  readDoc: (t) => nlp.readDoc(t),
  tokenize: (t) => tokenize(n2, t),
};
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const tot: Record<string, number> = {};
for (let p = 0; p < 8; p++)
  for (const t of texts)
    for (const [k, f] of Object.entries(fns)) {
      const s = cpu();
      f(t);
      if (p >= 2) tot[k] = (tot[k] ?? 0) + cpu() - s;
    }
for (const k in tot) console.log(k.padEnd(12), (tot[k]! / texts.length / 6).toFixed(3));
