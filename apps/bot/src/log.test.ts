import { describe, expect, it } from 'vitest';
import { createLogger } from './log.js';

describe('createLogger', () => {
  const token = 'MTIzNDU2Nzg5.secret-token-value';
  const rows: Array<[string, unknown, string]> = [
    ['plain', undefined, 'info plain'],
    [`login failed for ${token}`, undefined, 'info login failed for [redacted]'],
    ['failed', new Error(`bad token ${token}`), 'Error: bad token [redacted]'],
    ['detail', { token }, '"token":"[redacted]"'],
  ];
  it.each(rows)('%s', (message, detail, expected) => {
    const lines: string[] = [];
    createLogger([token], (line) => lines.push(line)).info(message, detail);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expected);
    expect(lines[0]).not.toContain(token);
  });
});
