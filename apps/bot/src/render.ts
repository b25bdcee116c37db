import { type Article, type Claim, describeCount, type Quote, tollStatement } from '@newsparse/core';
import type { Answer } from '@newsparse/qa';
import type { ArticleSummary } from './store/article-store.js';

/** How one article is named in replies: "#3 Rocket strike on …". */
export function articleTitle(id: number, headline: string | null): string {
  return `#${id} ${headline ? truncate(headline, 120) : '(no headline)'}`;
}

/** The short card shown after `/ingest` and by `/article`. */
export function articleCard(id: number, article: Article): string {
  const lines = [`**${articleTitle(id, article.headline?.text ?? null)}**`];
  const facts: string[] = [];
  if (article.dateline) {
    const { place, region, agency } = article.dateline;
    facts.push(`Dateline: ${[place, region].filter(Boolean).join(', ')}${agency ? ` (${agency})` : ''}`);
  }
  if (article.published) facts.push(`Published: ${article.published.date}`);
  if (article.byline && article.byline.authors.length > 0) {
    facts.push(`By: ${article.byline.authors.map((author) => author.name).join(', ')}`);
  }
  if (facts.length > 0) lines.push(facts.join(' · '));
  const toll = tollText(article);
  if (toll) lines.push(`Toll: ${toll}`);
  const claims = article.claims.slice(0, 3).map(claimText);
  if (claims.length > 0) lines.push(`Claims: ${claims.join('; ')}`);
  const attacker = article.events.find((event) => event.attacker !== null)?.attacker;
  if (attacker) lines.push(`Attacker (as the text states it): ${attacker.name}`);
  lines.push(`Quotes: ${article.quotes.length} · Sentences: ${article.sentences.length}`);
  return lines.join('\n');
}

/** "at least 9 killed, 23 injured": the toll hedged as the story states it. */
function tollText(article: Article): string | null {
  const parts: string[] = [];
  for (const kind of ['killed', 'injured'] as const) {
    const count = article.toll[kind];
    if (count === null) continue;
    const stated = tollStatement(article, kind);
    parts.push(`${stated ? describeCount(stated) : count} ${kind}`);
  }
  return parts.length > 0 ? parts.join(', ') : null;
}

const CLAIM_VERBS: Record<Claim['kind'], string> = {
  claimed: 'claimed',
  denied: 'denied',
  unclaimed: 'no claim',
  blamed: 'blamed',
  suspected: 'suspected',
};

function claimText(claim: Claim): string {
  const actor = claim.actor?.name ?? 'unnamed';
  if (claim.kind === 'unclaimed') return 'not claimed';
  return `${actor} (${claim.individual ? 'named as the attacker' : CLAIM_VERBS[claim.kind]})`;
}

export function quoteLine(quote: Quote): string {
  const speaker = quote.speaker?.name ?? 'unattributed';
  const said =
    quote.kind === 'direct' ? `“${truncate(quote.text.text, 300)}”` : truncate(quote.text.text, 300);
  return `• **${speaker}**${quote.verb ? ` (${quote.verb})` : ''}: ${said}`;
}

export function summaryLine(summary: ArticleSummary): string {
  const published = summary.published ? ` · ${summary.published}` : '';
  return `${articleTitle(summary.id, summary.headline)}${published}`;
}

/** A quote block: Discord and the terminal both show "> " lines as the quoted evidence. */
export function quoteBlock(text: string): string {
  return `> ${oneLine(text)}`;
}

/** Text from wrapped wire copy on one line, at most 600 characters: a line break would end the markup around it. */
function oneLine(text: string): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), 600);
}

export const NOT_STATED = 'Not stated in the article.';

/**
 * The answer, the sentence that proves it, and which article it came from. When qa abstains, says so
 * plainly (with its reason) instead of guessing.
 */
export function answerText(answer: Answer, headlineOf: (articleId: string) => string | null): string {
  if (answer.answer === null) {
    return answer.reason ? `${NOT_STATED} (${answer.reason})` : NOT_STATED;
  }
  const lines = [`**${oneLine(answer.answer)}**`];
  const seen = new Set<string>();
  for (const evidence of answer.evidence.slice(0, 3)) {
    const key = `${evidence.articleId}:${evidence.sentence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(quoteBlock(evidence.sentence.text));
    const source = headlineOf(String(evidence.articleId));
    if (source) lines.push(`— ${source}`);
  }
  return lines.join('\n');
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
