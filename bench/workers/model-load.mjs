// Cold start of @newsparse/core in a fresh process: import the build, load the model, parse once.
// Plain JavaScript so no TypeScript loader sits between Node and the measured import.
const started = performance.now();
const core = await import(process.argv[2] ?? '../../packages/core/dist/index.js');
const imported = performance.now();
const parser = core.createParser();
const loaded = performance.now();
parser.parse('PORT ALDER (Meridian Press) — Nine people were killed on Monday, the health ministry said.');
const firstParse = performance.now();
console.log(
  JSON.stringify({
    importMs: imported - started,
    createParserMs: loaded - imported,
    firstParseMs: firstParse - loaded,
    totalMs: firstParse - started,
  }),
);
