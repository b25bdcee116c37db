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
// A first large parse also pays for JIT tiers and heap growth; without this warm-up the smallest size
// looks slowest per megabyte and hides a real slope.
const warm = syntheticText(Math.round(Math.min(...sizes) * 1_000_000), 3);
for (let i = 0; i < 2; i++) {
  try {
    parser.parse(warm, { maxLength: warm.length });
  } catch {
    // Reported for each size below.
  }
  wink.readDoc(warm);
}

const rows = [];
for (const megabytes of sizes) {
  const length = Math.round(megabytes * 1_000_000);
  const text = syntheticText(length);
  gc();
  let parseMs: number | null = null;
  let error: string | null = null;
  let started = performance.now();
  try {
    const article = parser.parse(text, { maxLength: length });
    parseMs = performance.now() - started;
    // The pipeline records a parser that threw instead of throwing: the time is then of a partial parse.
    const failed = (article as { parserErrors?: Array<{ parser: string; message: string }> }).parserErrors;
    if (failed?.length) {
      error = failed.map((failure) => `${failure.parser}: ${failure.message}`).join('; ');
      parseMs = null;
    }
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
