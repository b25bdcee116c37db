import type { Article, Perpetrator } from './types.js';

/**
 * Who carried out the article's attack, as a reader would answer: the person the text names as the
 * attacker ("The gunman, identified as ..."), else the group that claimed it, else the one suspected,
 * else the one blamed, else the attacker the text states as fact ("Northern Front militants attacked").
 * A named attacker comes before a group's claim because the question is who did it, not who took the
 * credit; a claim comes before a stated attacker because a claim names the organisation where the text
 * often names only a faction or a role. Null when the text says none of these.
 */
export function perpetratorOf(article: Pick<Article, 'claims' | 'events'>): Perpetrator | null {
  const named = article.claims.find((claim) => claim.kind === 'suspected' && claim.individual && claim.actor);
  if (named?.actor) return { actor: named.actor, source: 'named-attacker' };
  for (const kind of CLAIM_ORDER) {
    const claim = article.claims.find((item) => item.kind === kind && item.actor !== null);
    if (claim?.actor) return { actor: claim.actor, source: kind };
  }
  const attacker = article.events.find((event) => event.attacker !== null)?.attacker;
  return attacker ? { actor: attacker, source: 'stated-attacker' } : null;
}

const CLAIM_ORDER = ['claimed', 'suspected', 'blamed'] as const;
