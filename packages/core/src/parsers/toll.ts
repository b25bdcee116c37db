import type { ArticleParser, ParseContext } from '../context.js';
import { findSpanIndex } from '../span.js';
import type { CasualtyCount, CasualtyKind, Span, Toll } from '../types.js';
import { describesPerpetrators, speaksOfEarlierEvent } from './incident/words.js';

/**
 * Words that make a count an update of the earlier ones: "the toll rose to 15" supersedes "12 were
 * killed", "in total, 26 were killed", "local reports later suggested the death toll was over 100".
 */
const UPDATE =
  /\b(?:toll|rose|risen|climbed|increased|later|total|in all|overall|updated|revised|final|now)\b/i;

/**
 * The best estimate for the article's main event. The same deaths are often told twice ("at least 20
 * killed" in the lead, "20 people died" further down), so counts are not added: the latest update wins,
 * else the largest count. Attackers' deaths and earlier events (the seed's "killed last year") are left
 * out; vague counts ("dozens") are used only when no number is given.
 */
export const tollParser: ArticleParser = {
  name: 'toll',
  parse(context: ParseContext) {
    const killed = estimate(context, 'killed');
    const injured = estimate(context, 'injured');
    const evidence = [...killed.evidence, ...injured.evidence].sort((a, b) => a.start - b.start);
    const toll: Toll = { killed: killed.count, injured: injured.count, evidence };
    context.article.toll = toll;
    context.trace('toll', `killed=${toll.killed} injured=${toll.injured}`);
  },
};

const WEAK = /\b(?:stabbed|shot|stabbing|shooting)$/i;

/** The update words must be in the statement or just before it, not anywhere in its sentence. */
function isUpdate(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  return UPDATE.test(span.text) || UPDATE.test(before.slice(before.search(/[.,;]\s[^.,;]*$/) + 1));
}

interface Estimate {
  count: number | null;
  evidence: Span[];
}

function estimate(context: ParseContext, kind: CasualtyKind): Estimate {
  const { article } = context;
  const candidates: Array<{ casualty: CasualtyCount; update: boolean }> = [];
  // One answer per sentence: many counts in one long sentence must not rescan it each time.
  const earlier = new Map<number, boolean>();
  for (const casualty of article.casualties) {
    if (casualty.kind !== kind || describesPerpetrators(casualty.who)) continue;
    const index = findSpanIndex(article.sentences, casualty.span.start);
    const sentence = article.sentences[index];
    if (sentence && !earlier.has(index)) earlier.set(index, speaksOfEarlierEvent(context, sentence));
    if (earlier.get(index) === true) continue;
    candidates.push({ casualty, update: isUpdate(context.text, casualty.span) });
  }
  if (candidates.length === 0) return { count: null, evidence: [] };
  // "were stabbed" alone is a guess at injuries; a stated count of injured wins over it.
  const definite = candidates.filter((item) => !WEAK.test(item.casualty.span.text));
  const pool0 = definite.length > 0 ? definite : candidates;
  const stated = pool0.filter((item) => !(item.casualty.approximate && item.casualty.max === null));
  const pool = stated.length > 0 ? stated : pool0;
  const updates = pool.filter((item) => item.update && item.casualty.count > 0);
  let best: CasualtyCount;
  if (updates.length > 0) {
    best = (updates[updates.length - 1] as (typeof updates)[number]).casualty;
  } else {
    best = (pool[0] as (typeof pool)[number]).casualty;
    for (const item of pool) if (item.casualty.count > best.count) best = item.casualty;
  }
  const evidence = pool
    .filter((item) => item.casualty.count === best.count)
    .map((item) => item.casualty.span);
  return { count: best.count, evidence };
}
