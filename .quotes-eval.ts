import { pipeline } from './packages/core/src/pipeline.ts';
// Dev only: run the pipeline up to quotes, so a half-edited later parser does not stop the loop.
const list = pipeline as unknown as { name: string }[];
const at = list.findIndex((parser) => parser.name === 'quotes');
list.splice(at + 1);
const m = await import('./scripts/eval/polnear.ts');
console.table(await m.quotesSuite.run('/work/shared/eval'));
