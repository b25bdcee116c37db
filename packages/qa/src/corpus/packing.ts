import type { Article, Span } from '@newsparse/core';

/**
 * An article packed for storage: its text, and every other field as one JSON string with the span
 * texts left out (they are slices of the text).
 */
export interface PackedArticle {
  text: string;
  fields: string;
}

/** Keys of the Article whose values are not kept: the text is stored once beside the fields. */
const DROPPED = new Set(['text', 'paragraphs', 'trace']);

/**
 * Packs the article. A span `{start, end, text}` of the article's text becomes `[start, end]`: the
 * Article model has no other array of two numbers, so unpacking can tell spans apart.
 */
export function pack(article: Article): PackedArticle {
  const text = article.text;
  const fields = JSON.stringify(article, function replacer(this: unknown, key: string, value: unknown) {
    if (this === article && DROPPED.has(key)) return undefined;
    return isSpanOf(value, text) ? [(value as Span).start, (value as Span).end] : value;
  });
  return { text, fields };
}

function isSpanOf(value: unknown, text: string): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const span = value as Partial<Span>;
  return (
    typeof span.start === 'number' &&
    typeof span.end === 'number' &&
    typeof span.text === 'string' &&
    Object.keys(span).length === 3 &&
    text.slice(span.start, span.end) === span.text
  );
}

export function unpack(stored: PackedArticle): Article {
  const { text } = stored;
  const article = JSON.parse(stored.fields, (_key, value: unknown) =>
    Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && Number.isInteger(value[1])
      ? { start: value[0], end: value[1], text: text.slice(value[0], value[1]) }
      : value,
  ) as Article;
  article.text = text;
  article.paragraphs = [];
  return article;
}
