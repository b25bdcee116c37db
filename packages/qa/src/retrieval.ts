import type { Doc } from './document.js';
import { stem } from './text.js';

/**
 * Words a question uses for what the article says another way ("blame" → "caused by", "land" → "hit").
 * Stems on both sides; an expansion counts for its question word at a lower weight.
 */
const EXPANSIONS = new Map<string, string[]>(
  Object.entries({
    kill: ['dead', 'death', 'die', 'killing', 'life'],
    die: ['kill', 'dead', 'death'],
    injure: ['wound', 'hurt', 'injury'],
    wound: ['injure', 'hurt'],
    blame: ['cause', 'accuse', 'fault', 'responsible', 'argue'],
    cause: ['blame', 'because', 'result'],
    attack: ['strike', 'bombing', 'assault', 'raid', 'blast', 'explosion'],
    land: ['hit', 'fall', 'strike', 'impact'],
    lead: ['leader', 'head', 'chief', 'commander'],
    leader: ['lead', 'head', 'chief'],
    say: ['tell', 'state', 'add', 'announce', 'warn'],
    fire: ['launch', 'shoot'],
    missile: ['rocket'],
    rocket: ['missile'],
    far: ['kilometre', 'kilometer', 'mile', 'km'],
    happen: ['occur', 'take'],
    why: ['because', 'response', 'retaliate', 'reason'],
  }).map(([word, others]) => [stem(word), others.map(stem)]),
);

export interface QueryTerm {
  stem: string;
  /** The question word this term stands for (itself, or the word it expands). */
  origin: string;
  weight: number;
}

/** The question's stems plus their expansions, each expansion at half weight. */
export function expandTerms(stems: string[]): QueryTerm[] {
  const out = new Map<string, QueryTerm>();
  for (const s of stems) out.set(s, { stem: s, origin: s, weight: 1 });
  for (const s of stems) {
    for (const other of EXPANSIONS.get(s) ?? []) {
      if (!out.has(other)) out.set(other, { stem: other, origin: s, weight: 0.5 });
    }
  }
  return [...out.values()];
}

export interface RankedSentence {
  index: number;
  score: number;
  /** Share of the question's words (idf-weighted) the sentence holds, 0..1. */
  coverage: number;
}

const K1 = 1.2;
const B = 0.75;

/** BM25 over one article's sentences, best first; sentences with no query word are left out. */
export function rankSentences(doc: Doc, stems: string[]): RankedSentence[] {
  const terms = expandTerms(stems);
  if (terms.length === 0) return [];
  const sentenceWords = doc.sentenceWords();
  const n = sentenceWords.length;
  if (n === 0) return [];
  const wanted = new Map(terms.map((term) => [term.stem, term]));
  const df = new Map<string, number>();
  const counts: Array<Map<string, number>> = [];
  let totalLength = 0;
  for (const sentence of sentenceWords) {
    const tf = new Map<string, number>();
    for (const word of sentence) {
      if (wanted.has(word.stem)) tf.set(word.stem, (tf.get(word.stem) ?? 0) + 1);
    }
    for (const key of tf.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    counts.push(tf);
    totalLength += sentence.length;
  }
  const averageLength = totalLength / n || 1;
  const origins = new Map<string, number>();
  for (const term of terms) {
    if (term.weight === 1) origins.set(term.origin, idf(n, df.get(term.stem) ?? 0, true));
  }
  const originTotal = [...origins.values()].reduce((sum, value) => sum + value, 0) || 1;

  const ranked: RankedSentence[] = [];
  counts.forEach((tf, index) => {
    if (tf.size === 0) return;
    const length = (sentenceWords[index] as unknown[]).length;
    let score = 0;
    const covered = new Map<string, number>();
    for (const [key, frequency] of tf) {
      const term = wanted.get(key) as QueryTerm;
      const weight = idf(n, df.get(key) ?? 0, false) * term.weight;
      score += (weight * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / averageLength));
      const share = (origins.get(term.origin) ?? 0) * term.weight;
      covered.set(term.origin, Math.max(covered.get(term.origin) ?? 0, share));
    }
    let coverage = 0;
    for (const value of covered.values()) coverage += value;
    ranked.push({ index, score, coverage: coverage / originTotal });
  });
  return ranked.sort((a, b) => b.score - a.score || a.index - b.index);
}

/** BM25 idf; the smoothed form for coverage never goes to zero for a word every sentence holds. */
export function idf(total: number, documentFrequency: number, smooth: boolean): number {
  const value = Math.log(1 + (total - documentFrequency + 0.5) / (documentFrequency + 0.5));
  return smooth ? Math.max(value, 0.1) : value;
}
