import { type Article, parseArticle } from '@newsparse/core';
import type { Command } from '../command.js';
import { UsageError } from '../io.js';

/** `newsparse parse FILE|- [--json] [--published YYYY-MM-DD]`: the article's fields, readable or as JSON. */
export const parseCommand = {
  name: 'parse',
  usage: 'newsparse parse FILE|- [--json] [--published YYYY-MM-DD]',
  execute(args, io) {
    const [file, ...extra] = args.positional;
    if (!file || extra.length > 0) throw new UsageError('parse takes one FILE (or - for standard input)');
    const article = parseArticle(io.readText(file), args.published ? { published: args.published } : {});
    io.stdout(args.json ? JSON.stringify(article, null, 2) : summarise(article));
    return 0;
  },
} satisfies Command;

/** The fields a reader checks first, one per line. */
export function summarise(article: Article): string {
  const lines: Array<[string, string]> = [
    ['Headline', article.headline?.text ?? '—'],
    [
      'Published',
      article.published
        ? `${article.published.date}${article.published.time ? ` ${article.published.time}` : ''}`
        : '—',
    ],
    ['Byline', bylineText(article)],
    ['Dateline', datelineText(article)],
    ['Toll', tollText(article)],
    ['Claims', article.claims.map((claim) => `${claim.kind}: ${claim.actor?.name ?? '?'}`).join('; ') || '—'],
    ['Quotes', String(article.quotes.length)],
    ['Entities', entitiesText(article)],
  ];
  return lines.map(([label, value]) => `${`${label}:`.padEnd(11)}${value}`).join('\n');
}

function bylineText(article: Article): string {
  const byline = article.byline;
  if (!byline) return '—';
  const names = byline.authors.map((author) =>
    author.role === 'author' ? author.name : `${author.name} (${author.role})`,
  );
  return [...names, ...byline.agencies].join(', ') || byline.span.text;
}

function datelineText(article: Article): string {
  const dateline = article.dateline;
  if (!dateline) return '—';
  return [dateline.place, dateline.region, dateline.date, dateline.agency].filter(Boolean).join(', ');
}

function tollText(article: Article): string {
  const { killed, injured } = article.toll;
  if (killed === null && injured === null) return '—';
  return `${killed ?? '?'} killed, ${injured ?? '?'} injured`;
}

function entitiesText(article: Article): string {
  const groups: Array<[string, string]> = [
    ['person', 'people'],
    ['organisation', 'organisations'],
    ['place', 'places'],
  ];
  const parts = groups
    .map(([kind, label]) => {
      const names = article.entities.filter((entity) => entity.kind === kind).map((entity) => entity.name);
      return names.length > 0 ? `${label}: ${names.join(', ')}` : '';
    })
    .filter(Boolean);
  return parts.join('; ') || '—';
}
