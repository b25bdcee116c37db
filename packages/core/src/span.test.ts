import { describe, expect, it } from 'vitest';
import { findSpanIndex, firstStartingFrom, spanOf, trimSpan } from './span.js';

const TEXT = '  Hoshyar Zebari said.  ';

describe('trimSpan', () => {
  const rows: Array<[number, number, string, string]> = [
    [0, TEXT.length, '', 'Hoshyar Zebari said.'],
    [2, 16, '', 'Hoshyar Zebari'],
    [2, 22, '.', 'Hoshyar Zebari said'],
    [0, 2, '', ''],
  ];
  it.each(rows)('%i..%i trimming %j → %j', (start, end, extra, expected) => {
    const span = trimSpan(TEXT, spanOf(TEXT, start, end), extra);
    expect(span.text).toBe(expected);
    expect(TEXT.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('firstStartingFrom and findSpanIndex', () => {
  const spans = [spanOf(TEXT, 2, 9), spanOf(TEXT, 10, 16), spanOf(TEXT, 17, 21)];
  const rows: Array<[number, number, number]> = [
    [0, 0, -1],
    [2, 0, 0],
    [5, 1, 0],
    [9, 1, -1],
    [10, 1, 1],
    [20, 3, 2],
    [30, 3, -1],
  ];
  it.each(rows)('offset %i: first starting from it %i, inside span %i', (offset, first, inside) => {
    expect(firstStartingFrom(spans, offset)).toBe(first);
    expect(firstStartingFrom(spans, offset)).toBe(
      spans.findIndex((span) => span.start >= offset) === -1
        ? spans.length
        : spans.findIndex((span) => span.start >= offset),
    );
    expect(findSpanIndex(spans, offset)).toBe(inside);
  });
});
