export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  /** Counts one request by `userId` in `bucket` and says whether it may run. */
  take(bucket: string, userId: string): RateLimitDecision;
}

/**
 * A sliding window per user and bucket: at most `limit` requests in any `windowMs`. Ingesting is
 * costly (parsing, fetching), so it gets its own, tighter bucket than questions.
 */
export function createRateLimiter(
  rules: Readonly<Record<string, RateLimitRule>>,
  now: () => number = Date.now,
): RateLimiter {
  const history = new Map<string, number[]>();
  let sweepAt = now();
  return {
    take(bucket, userId) {
      const rule = rules[bucket];
      if (!rule || !Number.isFinite(rule.limit)) return { allowed: true };
      const time = now();
      // Forget idle users now and then, so the map does not grow with every user ever seen.
      if (time - sweepAt > 60_000) {
        for (const [key, stamps] of history) {
          if (stamps.every((stamp) => time - stamp >= maxWindow(rules))) history.delete(key);
        }
        sweepAt = time;
      }
      const key = `${bucket}\u0000${userId}`;
      const stamps = (history.get(key) ?? []).filter((stamp) => time - stamp < rule.windowMs);
      if (stamps.length >= rule.limit) {
        history.set(key, stamps);
        const oldest = stamps[0] ?? time;
        return { allowed: false, retryAfterMs: Math.max(0, oldest + rule.windowMs - time) };
      }
      stamps.push(time);
      history.set(key, stamps);
      return { allowed: true };
    },
  };
}

function maxWindow(rules: Readonly<Record<string, RateLimitRule>>): number {
  return Math.max(0, ...Object.values(rules).map((rule) => rule.windowMs));
}

export const unlimited: RateLimiter = { take: () => ({ allowed: true }) };
