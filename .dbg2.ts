import { loadNlp, tokenize } from './packages/core/src/nlp.ts';
import { findCues } from './packages/core/src/parsers/quotes/cues.ts';
import { indirectContent } from './packages/core/src/parsers/quotes/indirect.ts';
const text = process.argv[2] ?? '';
const { tokens } = tokenize(loadNlp(), text);
for (const t of tokens) t.sentence = 0;
const cues = findCues(tokens, [{ first: 0, last: tokens.length - 1 }], () => false);
for (const cue of cues) {
  const c = indirectContent(tokens, cue, -1, null);
  console.log(cue.lemma, cue.speaker && tokens.slice(cue.speaker.first, cue.speaker.last + 1).map(t => t.text).join(' '), '=>', c && tokens.slice(c.first, c.last + 1).map(t => t.text).join(' '));
}
