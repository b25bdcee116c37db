// Parse time of one text at growing sizes: linear time means the cost per megabyte stays level.
// wink-nlp's readDoc is timed on the same texts, so a slope can be told apart from the NLP pass's own.
import { syntheticText } from '../corpus.js';
import { loadCore, loadWink } from '../packages.js';

const sizes = (process.argv[2] ?? '0.5,1,2,4,8').split(',').map(Number);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const { createParser } = await loadCore();
const parser = createParser();
const { winkNLP, model } = loadWink();
const wink = winkNLP(model, ['sbd', 'pos']);
const warm = syntheticText(50_000);
parser.parse(warm);
wink.readDoc(warm);

const rows = [];
for (const megabytes of sizes) {
  const length = Math.round(megabytes * 1_000_000);
  const text = syntheticText(length);
  gc();
  let parseMs: number | null = null;
  let error: string | null = null;
  let started = performance.now();
  try {
    parser.parse(text, { maxLength: length });
    parseMs = performance.now() - started;
  } catch (caught) {
    error = `${(caught as Error).name}: ${(caught as Error).message}`.slice(0, 200);
  }
  gc();
  started = performance.now();
  wink.readDoc(text);
  const winkMs = performance.now() - started;
  rows.push({ megabytes, parseMs, winkMs, error });
}
console.log(JSON.stringify({ rows }));
