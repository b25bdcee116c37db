import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.js';

describe('createRateLimiter', () => {
  // [request times in ms, expected decision per request] with a rule of 2 requests per 1,000 ms.
  const rows: Array<[string, number[], Array<boolean | number>]> = [
    ['allows up to the limit', [0, 10], [true, true]],
    ['refuses the next one with the wait', [0, 10, 20], [true, true, 980]],
    ['frees a slot when the oldest leaves the window', [0, 500, 999, 1000], [true, true, 1, true]],
    ['refused requests do not count', [0, 1, 2, 3, 1001], [true, true, 998, 997, true]],
  ];
  it.each(rows)('%s', (_label, times, expected) => {
    let now = 0;
    const limiter = createRateLimiter({ ask: { limit: 2, windowMs: 1000 } }, () => now);
    const decisions = times.map((time) => {
      now = time;
      const decision = limiter.take('ask', 'user');
      return decision.allowed ? true : decision.retryAfterMs;
    });
    expect(decisions).toEqual(expected);
  });

  it('keeps users and buckets apart, and lets unknown buckets through', () => {
    const limiter = createRateLimiter(
      { ask: { limit: 1, windowMs: 1000 }, ingest: { limit: 1, windowMs: 1000 } },
      () => 0,
    );
    expect(limiter.take('ask', 'a').allowed).toBe(true);
    expect(limiter.take('ask', 'a').allowed).toBe(false);
    expect(limiter.take('ask', 'b').allowed).toBe(true);
    expect(limiter.take('ingest', 'a').allowed).toBe(true);
    expect(limiter.take('other', 'a').allowed).toBe(true);
    expect(limiter.take('other', 'a').allowed).toBe(true);
  });
});
