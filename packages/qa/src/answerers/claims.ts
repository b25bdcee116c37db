import {
  type Claim,
  type ClaimKind,
  type PerpetratorSource,
  perpetratorOf,
  type Span,
} from '@newsparse/core';
import { type Doc, entityAt, evidenceFor, spanAt } from '../document.js';
import { nameRunAfter, nameRuns } from '../extract.js';
import type { Question } from '../types.js';
import { type Answerer, abstain, type DocAnswer, type DocResult, spanAnswer, valueKey } from './answerer.js';

/** How much each kind of claim answers "who is behind it": a claim beats blame beats suspicion. */
const CLAIMANT_WEIGHT: Partial<Record<ClaimKind, number>> = { claimed: 0.95, blamed: 0.7, suspected: 0.65 };

/**
 * How sure an answer to "who carried it out" is, by what the text says: a person named as the attacker or
 * an attacker stated as fact says who did it; a claim, blame or suspicion says who is held responsible.
 */
const PERPETRATOR_CONFIDENCE: Record<PerpetratorSource, number> = {
  'named-attacker': 0.9,
  claimed: 0.95,
  'stated-attacker': 0.85,
  blamed: 0.7,
  suspected: 0.65,
};

/**
 * "Who claimed / is behind the attack?", "Who carried out the attack / was the gunman?" and "Who denied
 * ...?" → article.claims and article.events. Who carried it out is core's `perpetratorOf` (the named
 * attacker, then the claimant, the suspect, the one blamed, then the attacker an event states as fact);
 * who claimed it is the claimant alone.
 */
export const claimsAnswerer: Answerer = {
  kinds: ['claimant', 'perpetrator', 'denial'],
  answer(question, doc): DocResult {
    if (question.kind === 'perpetrator') {
      const perpetrator = perpetratorOf(doc.article);
      if (perpetrator) return actorAnswer(doc, perpetrator.actor, PERPETRATOR_CONFIDENCE[perpetrator.source]);
    }
    const claims = doc.article.claims;
    // "No group has claimed the attack, but officials blamed X": asked who claimed it, the honest answer
    // is that no one did; blame answers who carried it out, not who claimed it.
    if (
      question.kind === 'claimant' &&
      claims.some((claim) => claim.kind === 'unclaimed') &&
      !claims.some((claim) => claim.kind === 'claimed')
    ) {
      const blamed = claims.find((claim) => claim.kind === 'blamed' && claim.actor)?.actor?.name;
      return abstain(
        `the article says no one has claimed the attack${blamed ? `; ${blamed} was blamed for it` : ''}`,
      );
    }
    const wanted: ClaimKind[] = question.kind === 'denial' ? ['denied'] : ['claimed', 'blamed', 'suspected'];
    const found = fromClaims(doc, wanted);
    if (found) return found;
    const fromText = fromSentences(doc, question.kind === 'denial');
    if (fromText) return fromText;
    // "Two Palestinian gunmen opened fire …": no name, but the text says who did it.
    const described = question.kind === 'perpetrator' ? describedAttacker(doc) : null;
    if (described) return spanAnswer(doc, described, 0.45);
    if (question.kind !== 'denial' && claims.some((claim) => claim.kind === 'unclaimed')) {
      return abstain('the article says no one has claimed the attack');
    }
    return abstain(NO_ANSWER[question.kind] ?? 'no claim of responsibility in this article');
  },
};

/**
 * An attacker the text describes without a name, as the subject of the attack's verb at the start of a
 * sentence: "Two Palestinian gunmen opened fire", "A suicide bomber blew himself up".
 */
const DESCRIBED_ATTACKER =
  /^(?:(?:a|an|the|two|three|four|five|several|\d+) )?(?:[\p{L}-]+ ){0,3}?(?:gunm[ae]n|attackers?|assailants?|bombers?|militants?|knifem[ae]n|shooters?|jihadists?)(?= (?:opened|blew|attacked|stabbed|shot|detonated|stormed|struck|fired|killed|ambushed|raided|drove|rammed|set)\b)/iu;

function describedAttacker(doc: Doc): Span | null {
  for (const sentence of doc.sentences) {
    const match = DESCRIBED_ATTACKER.exec(sentence.text);
    // "The gunmen", "A gunman", "Gunmen" say nothing the question did not.
    if (match && !/^(?:(?:the|a|an) )?\S+$/i.test(match[0])) {
      return spanAt(doc.article.text, sentence.start, sentence.start + match[0].length);
    }
  }
  return null;
}

const NO_ANSWER: Partial<Record<Question['kind'], string>> = {
  denial: 'no denial in this article',
  perpetrator: 'no named attacker or claim of responsibility in this article',
};

/** The claims of the wanted kinds, best kind first; a person named as the attacker is no claimant. */
function fromClaims(doc: Doc, wanted: ClaimKind[]): DocResult | null {
  let best: { claim: Claim; actor: NonNullable<Claim['actor']>; rank: number } | null = null;
  for (const claim of doc.article.claims) {
    const rank = wanted.indexOf(claim.kind);
    if (rank < 0 || !claim.actor || claim.individual) continue;
    if (!best || rank < best.rank) best = { claim, actor: claim.actor, rank };
  }
  if (!best) return null;
  const confidence = best.claim.kind === 'denied' ? 0.9 : (CLAIMANT_WEIGHT[best.claim.kind] ?? 0.6);
  return actorAnswer(doc, best.actor, confidence);
}

function actorAnswer(doc: Doc, actor: NonNullable<Claim['actor']>, confidence: number): DocAnswer {
  // The resolved name can be shorter than the mention ("Mohammed" for "Jaish e Mohammed"): say the fuller one.
  const written = actor.span.text;
  const answer = written.length > actor.name.length && written.includes(actor.name) ? written : actor.name;
  return { answer, value: valueKey(answer), confidence, evidence: [evidenceFor(doc, actor.span)] };
}

// Responsibility language: "claimed (responsibility for) the attack", not "claimed that ..." (a quote) or
// "his tax claims" (politics), which gave answers such as "Pay" or "Although" on stories of no attack.
const CLAIM_CUE =
  /\b(?:claim(?:ed|s|ing)?\s+(?:responsibility|credit)|claim(?:ed|s|ing)?\s+(?:the|an|a|this|that|last)\s+(?:\w+\s+)?(?:attacks?|bombings?|blasts?|explosions?|assaults?|killings?|shootings?|strikes?|raids?)|t(?:ook|akes|aking) responsibility)\b/;
const BLAME_CUE =
  /\b(?:suspected of|blamed (?:\S+ ){0,5}?for (?:the|an|a|this|that|last) (?:\w+ )?(?:attacks?|bombings?|blasts?|explosions?|assaults?|killings?|shootings?|strikes?|raids?)|behind (?:the|an|a|this|that|last) (?:\w+ )?(?:attacks?|bombings?|blasts?|explosions?|assaults?|killings?|shootings?|strikes?|raids?)|attributed (?:the (?:\w+ )?(?:attacks?|bombings?|blasts?|explosions?|assaults?|killings?|shootings?|strikes?|raids?) )?to)\b/;
const DENIAL_CUE = /\b(?:den(?:ied|ies|y|ying)|rejected responsibility)\b/;

/** Reads the claimant from the sentence when the claims parser found none: the name before the verb, or after "by". */
function fromSentences(doc: Doc, denial: boolean): DocResult | null {
  // A story with no attack and no casualty in it has no claim of responsibility to read.
  if (doc.article.events.length === 0 && doc.article.casualties.length === 0) return null;
  const cues = denial ? [DENIAL_CUE] : [CLAIM_CUE, BLAME_CUE];
  const sentenceWords = doc.sentenceWords();
  // "No group has claimed responsibility": the claims parser read it as no claim, and "No" is no name.
  const unclaimed = doc.article.claims
    .filter((claim) => claim.kind === 'unclaimed')
    .map((claim) => claim.span);
  for (const [rank, cue] of cues.entries()) {
    for (const [index, sentence] of doc.sentences.entries()) {
      if (unclaimed.some((span) => span.start >= sentence.start && span.end <= sentence.end)) continue;
      const match = cue.exec(sentence.text);
      if (!match) continue;
      const cueAt = sentence.start + match.index;
      const runs = nameRuns(doc.article.text, sentenceWords[index] ?? []);
      const cueEnd = match.index + match[0].length;
      // "Responsibility was claimed by the group" names the actor after the verb.
      const passive = /^\s*(?:\w+\s+)?by\b/.test(sentence.text.slice(cueEnd, cueEnd + 25));
      const after = passive ? nameRunAfter(runs, sentence.start + cueEnd, 60) : null;
      const actor: Span | null = after ?? runs.find((run) => run.end <= cueAt) ?? null;
      // A capitalised word that opens the sentence ("Although", "Second") is no actor unless it is an entity.
      if (!actor || !isActorName(doc, actor)) continue;
      const confidence = denial ? 0.6 : rank === 0 ? 0.65 : 0.5;
      return spanAnswer(doc, actor, confidence);
    }
  }
  return null;
}

/** A person's or organisation's mention, or a name of two words or more: what can claim or be blamed. */
function isActorName(doc: Doc, span: Span): boolean {
  return entityAt(doc, span, ['person', 'organisation']) !== undefined || /\s/.test(span.text.trim());
}
