import type { Span } from './types.js';

/** The span of `input` from `start` to `end`, clamped to the input. */
export function spanOf(input: string, start: number, end: number): Span {
  const from = Math.max(0, Math.min(start, input.length));
  const to = Math.max(from, Math.min(end, input.length));
  return { start: from, end: to, text: input.slice(from, to) };
}

/** The same span with leading and trailing white space (and the given characters) removed. */
export function trimSpan(input: string, span: Span, extra = ''): Span {
  let { start, end } = span;
  while (start < end && isTrimmable(input, start, extra)) start++;
  while (end > start && isTrimmable(input, end - 1, extra)) end--;
  // Most spans need no trimming: their text is already the input's, no need to cut it again.
  if (start === span.start && end === span.end && span.text.length === end - start && end <= input.length)
    return { start, end, text: span.text };
  return spanOf(input, start, end);
}

function isTrimmable(input: string, index: number, extra: string): boolean {
  const code = input.charCodeAt(index);
  if (code <= 32 || code === 0xa0 || code === 0x2028 || code === 0x2029) return true;
  return extra.length > 0 && extra.includes(input[index] ?? '');
}

/** True when `text === input.slice(start, end)` and the offsets are in range. */
export function isValidSpan(input: string, span: Span): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= input.length &&
    input.slice(span.start, span.end) === span.text
  );
}

export function contains(outer: Span, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Index of the span in a sorted, non-overlapping list that contains `offset`, or -1. */
export function findSpanIndex(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid] as Span;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Index of the first item starting at or after `offset` in a list sorted by start (`items.length` when
 * none does); the item before it is the last one starting before `offset`.
 */
export function firstStartingFrom(items: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((items[mid] as { start: number }).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
