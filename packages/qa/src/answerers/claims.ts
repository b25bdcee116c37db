import type { Claim, ClaimKind, Span } from '@newsparse/core';
import { type Doc, evidenceFor } from '../document.js';
import { nameRunAfter, nameRuns } from '../extract.js';
import { type Answerer, abstain, type DocResult, spanAnswer, valueKey } from './answerer.js';

/** How much each kind of claim answers "who is behind it": a claim beats blame beats suspicion. */
const CLAIMANT_WEIGHT: Partial<Record<ClaimKind, number>> = { claimed: 0.95, blamed: 0.7, suspected: 0.65 };

/** "Who claimed / carried out / is behind the attack?" and "Who denied ...?" → article.claims. */
export const claimsAnswerer: Answerer = {
  kinds: ['claimant', 'denial'],
  answer(question, doc): DocResult {
    const wanted: ClaimKind[] = question.kind === 'denial' ? ['denied'] : ['claimed', 'blamed', 'suspected'];
    const found = fromClaims(doc, wanted);
    if (found) return found;
    const fromText = fromSentences(doc, question.kind === 'denial');
    if (fromText) return fromText;
    if (question.kind !== 'denial' && doc.article.claims.some((claim) => claim.kind === 'unclaimed')) {
      return abstain('the article says no one has claimed the attack');
    }
    return abstain(
      question.kind === 'denial' ? 'no denial in this article' : 'no claim of responsibility in this article',
    );
  },
};

function fromClaims(doc: Doc, wanted: ClaimKind[]): DocResult | null {
  let best: { claim: Claim; actor: NonNullable<Claim['actor']>; rank: number } | null = null;
  for (const claim of doc.article.claims) {
    const rank = wanted.indexOf(claim.kind);
    if (rank < 0 || !claim.actor) continue;
    if (!best || rank < best.rank) best = { claim, actor: claim.actor, rank };
  }
  if (!best) return null;
  // The resolved name can be shorter than the mention ("Mohammed" for "Jaish e Mohammed"): say the fuller one.
  const written = best.actor.span.text;
  const answer =
    written.length > best.actor.name.length && written.includes(best.actor.name) ? written : best.actor.name;
  const confidence = best.claim.kind === 'denied' ? 0.9 : (CLAIMANT_WEIGHT[best.claim.kind] ?? 0.6);
  return { answer, value: valueKey(answer), confidence, evidence: [evidenceFor(doc, best.actor.span)] };
}

// A claim verb not reporting speech ("claimed that ..." is a quote, not a claim of responsibility).
const CLAIM_CUE = /\b(?:claim(?:ed|s|ing)?|took responsibility|takes responsibility)\b(?! that)/;
const BLAME_CUE = /\b(?:suspected|blamed|behind the|accused|attributed to)\b/;
const DENIAL_CUE = /\b(?:den(?:ied|ies|y|ying)|rejected responsibility)\b/;

/** Reads the claimant from the sentence when the claims parser found none: the name before the verb, or after "by". */
function fromSentences(doc: Doc, denial: boolean): DocResult | null {
  const cues = denial ? [DENIAL_CUE] : [CLAIM_CUE, BLAME_CUE];
  const sentenceWords = doc.sentenceWords();
  for (const [rank, cue] of cues.entries()) {
    for (const [index, sentence] of doc.sentences.entries()) {
      const match = cue.exec(sentence.text);
      if (!match) continue;
      const cueAt = sentence.start + match.index;
      const runs = nameRuns(doc.article.text, sentenceWords[index] ?? []);
      const cueEnd = match.index + match[0].length;
      // "Responsibility was claimed by the group" names the actor after the verb.
      const passive = /^\s*(?:\w+\s+)?by\b/.test(sentence.text.slice(cueEnd, cueEnd + 25));
      const after = passive ? nameRunAfter(runs, sentence.start + cueEnd, 60) : null;
      const actor: Span | null = after ?? runs.find((run) => run.end <= cueAt) ?? null;
      if (!actor) continue;
      const confidence = denial ? 0.6 : rank === 0 ? 0.65 : 0.5;
      return spanAnswer(doc, actor, confidence);
    }
  }
  return null;
}
