import type { ArticleParser, ParseContext } from '../context.js';
import { spanOf } from '../span.js';
import type { CasualtyCount, CasualtyKind, Span } from '../types.js';
import {
  type Conjunct,
  type CountPhrase,
  countsNoPeople,
  isLivesVerb,
  lastHeadIsLives,
  mayStartCount,
  readCountPhrase,
  readList,
  splitVictims,
} from './casualties/counts.js';
import {
  activeTriggerBefore,
  mentionsCasualties,
  NOUN_TRIGGERS,
  passiveTriggerAt,
  readIncluding,
  skipPostModifier,
} from './casualties/triggers.js';
import { storySentences, type Word, wordsText } from './incident/words.js';

/**
 * Casualty counts: "at least 28 people were killed", "killing three Chinese citizens and their Pakistani
 * driver", "six Iraqi civilians, including a child, had been killed", "the death toll rose to 15",
 * "no one was hurt". Reads each story sentence's words once: every count phrase is tied to a casualty
 * word after it (passive: "were killed", "dead", "deaths") or before it (active: "killing", "the
 * arrest of", "the toll rose to"); counts of things ("seven missiles", "50 kilometres") tie to neither.
 *
 * Conventions for counts that are not exact:
 * - "at least 28": count 28, min 28, max null.
 * - "more than 320" / "over 320": count 320 (the number as stated, what a reader reports), min 321, max null.
 * - "up to 15" / "as many as 15": count 15, min 0, max 15, approximate.
 * - "about 50", "nearly 150": count = min = max = the number, approximate.
 * - "10 to 15", "between 10 and 15": count 10, min 10, max 15, approximate.
 * - "dozens" 24, "scores" 40, "hundreds" 200, "thousands" 2000 (see lexicon/numbers.ts): count = min =
 *   that lower bound, max null, approximate.
 */

export const casualtiesParser: ArticleParser = {
  name: 'casualties',
  parse(context: ParseContext) {
    const found: CasualtyCount[] = [];
    for (const sentence of storySentences(context)) {
      for (const casualty of casualtiesInSentence(context, sentence.words)) found.push(casualty);
    }
    context.article.casualties = found;
    if (context.options.debug) {
      for (const item of found)
        context.trace('casualties', `${item.kind} ${item.count} ← "${item.span.text}"`);
    }
    context.trace('casualties', `${found.length} counts`);
  },
};

/** The casualty counts of one sentence's words. */
function casualtiesInSentence(context: ParseContext, words: readonly Word[]): CasualtyCount[] {
  const text = context.text;
  const results: CasualtyCount[] = [];
  // Who gives the counts, read once and only for a sentence with a count (undefined until then).
  let source: string | null | undefined;
  for (const span of noCasualtiesSpans(text, words)) {
    // "There were no casualties": no one killed and no one hurt.
    if (source === undefined) source = findSource(text, words);
    for (const kind of ['killed', 'injured'] as const) {
      results.push({
        kind,
        count: 0,
        min: 0,
        max: 0,
        approximate: false,
        who: null,
        including: null,
        source,
        span,
      });
    }
  }
  if (!mentionsCasualties(words)) return results;
  let i = 0;
  while (i < words.length) {
    // Most words start no count: skip them before any further reading.
    if (!mayStartCount((words[i] as Word).lower)) {
      i++;
      continue;
    }
    const active = activeTriggerBefore(words, i);
    const phrase = readCountPhrase(words, i, active !== null);
    if (!phrase) {
      i++;
      continue;
    }
    const list = readList(words, phrase);
    if (!list) {
      i = phrase.to;
      continue;
    }
    const last = list[list.length - 1] as Conjunct;
    let consumed = last.end;
    let kind: CasualtyKind | null = null;
    let spanStart = (words[phrase.from] as Word).start;
    let spanEnd = (words[last.end - 1] as Word).end;
    let including: string | null = null;
    let next = last.end;

    if (active && describesBackground(words, active.at)) {
      i = last.end;
      continue;
    }
    if (active) {
      kind = active.kind;
      spanStart = (words[active.at] as Word).start;
      // "stabbed 4 people to death", "shot 2 officers dead"
      const after = words[next]?.lower;
      if (active.verb === 'stabbed' || active.verb === 'shot') {
        kind =
          after === 'dead' || (after === 'to' && words[next + 1]?.lower === 'death') ? 'killed' : 'injured';
      }
      const inc = readIncluding(text, words, next);
      if (inc) {
        including = inc.text;
        spanEnd = (words[inc.end - 1] as Word).end;
        consumed = inc.end;
      }
    } else {
      const inc = readIncluding(text, words, next);
      if (inc) {
        including = inc.text;
        next = inc.end;
      }
      const passive = passiveAfter(words, phrase, next);
      if (passive) {
        kind = passive.kind;
        spanEnd = (words[passive.end - 1] as Word).end;
        consumed = passive.end;
        // "were killed, including 29 children and over 200 others were injured"
        const after = readIncluding(text, words, passive.end);
        if (after) {
          including ??= after.text;
          consumed = after.end;
        }
      } else if (lastHeadIsLives(words, last) && isLivesVerb(words[phrase.from - 1])) {
        // "claimed 7 civilians lives"
        kind = 'killed';
        spanStart = (words[phrase.from - 1] as Word).start;
      }
    }
    if (!kind) {
      i = phrase.implicit ? phrase.to : last.end;
      continue;
    }
    if (including !== null) consumed = Math.max(consumed, next);
    // "killed 3 people and 40 cattle": only people are casualties.
    const people = list.some((conjunct) => countsNoPeople(words, conjunct))
      ? list.filter((conjunct) => !countsNoPeople(words, conjunct))
      : list;
    if (people.length === 0) {
      i = Math.max(consumed, i + 1);
      continue;
    }
    if (source === undefined) source = findSource(text, words);
    for (const group of splitVictims(text, words, people)) {
      results.push({
        kind,
        count: group.count,
        min: group.min,
        max: group.max,
        approximate: group.approximate,
        who: group.who,
        including,
        source,
        span: spanOf(text, spanStart, spanEnd),
      });
    }
    i = Math.max(consumed, i + 1);
  }
  return results;
}

const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that']);
const SOURCE_PUNCTUATION: ReadonlySet<string> = new Set([',', '.', ';', ':']);
const STARTS_LIKE_A_WORD = /^[\p{L}’'-]/u;

/**
 * "Boko Haram, which has killed thousands in the region": a relative clause in the perfect tells the
 * history of a group, not this attack's toll.
 */
function describesBackground(words: readonly Word[], trigger: number): boolean {
  const auxiliary = words[trigger - 1]?.lower ?? '';
  const relative = words[trigger - 2]?.lower ?? '';
  return PERFECT_AUXILIARIES.has(auxiliary) && RELATIVE_PRONOUNS.has(relative);
}

/** The casualty verb after the people counted, when there is one: "were killed", "dead", "deaths". */
/**
 * "There were no casualties", "no casualties were reported", "without casualties": the words, unless a
 * group narrows them ("no casualties among the civilians", "no other casualties", "no casualty figures").
 */
function noCasualtiesSpans(text: string, words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = (words[i] as Word).lower;
    if (word !== 'casualties' && word !== 'casualty') continue;
    const before = (words[i - 1] as Word).lower;
    if (before !== 'no' && before !== 'without') continue;
    const after = words[i + 1]?.lower ?? '';
    if (
      after === 'among' ||
      after === 'figures' ||
      after === 'figure' ||
      after === 'count' ||
      after === 'toll'
    )
      continue;
    spans.push(spanOf(text, (words[i - 1] as Word).start, (words[i] as Word).end));
  }
  return spans;
}

function passiveAfter(
  words: readonly Word[],
  phrase: CountPhrase,
  next: number,
): { kind: CasualtyKind; end: number } | null {
  const passive = passiveTriggerAt(words, next);
  if (passive) {
    // "a database tracking such deaths": a noun like "deaths" needs a written count (or "no").
    const bareNoun = passive.end === next + 1 && NOUN_TRIGGERS.has((words[next] as Word).lower);
    return bareNoun && phrase.implicit && phrase.count > 0 ? null : passive;
  }
  if (phrase.implicit) return null;
  // "40 personnel belonging to the police force were killed"
  const aux = skipPostModifier(words, next);
  if (aux <= next) return null;
  const linked = passiveTriggerAt(words, aux);
  return linked && ((words[aux] as Word).pos === 'AUX' || words[next]?.text === ',') ? linked : null;
}

const REPORTING_VERBS = new Set([
  'said',
  'says',
  'announced',
  'reported',
  'stated',
  'confirmed',
  'told',
  'reports',
  'announces',
]);
const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who', 'which', 'that']);
const SOURCE_BREAK = new Set([
  'when',
  'that',
  'which',
  'who',
  'after',
  'as',
  'while',
  'and',
  'but',
  'because',
  'since',
  'if',
]);

/** Who gives the count: "according to the health ministry", "officials said", "the unit announced". */
function findSource(text: string, words: readonly Word[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (word.lower === 'according' && words[i + 1]?.lower === 'to') {
      let k = i + 2;
      while (k < words.length && k - i < 10 && !SOURCE_PUNCTUATION.has((words[k] as Word).text)) k++;
      if (k > i + 2) return wordsText(text, words, i + 2, k);
    }
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (!REPORTING_VERBS.has(word.lower)) continue;
    // The noun phrase right before the verb: "the government security media unit announced".
    const to = i;
    let from = i;
    while (from > 0 && to - from < 8) {
      const word = words[from - 1] as Word;
      if (
        !STARTS_LIKE_A_WORD.test(word.text) ||
        SOURCE_BREAK.has(word.lower) ||
        word.pos === 'VERB' ||
        word.pos === 'AUX'
      )
        break;
      from--;
    }
    if (from === to || (to - from === 1 && PRONOUN_SOURCES.has((words[from] as Word).lower))) continue;
    if (words.slice(from, to).some((item) => PRONOUN_SOURCES.has(item.lower))) continue;
    return wordsText(text, words, from, to);
  }
  return null;
}
