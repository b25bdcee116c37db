/** Discord refuses messages longer than this many characters. */
export const DISCORD_MESSAGE_LIMIT = 2000;

/**
 * Splits a reply into messages of at most `max` characters, each cut at the last line break that
 * fits, else the last sentence end, else the last space: never mid-word unless a word is longer than a
 * message. A quote block ("> ") cut mid-line carries its marker into the next message so the evidence
 * still reads as a quote.
 */
export function splitMessage(text: string, max = DISCORD_MESSAGE_LIMIT): string[] {
  if (max < 20) throw new RangeError(`splitMessage needs max >= 20, got ${max}`);
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n');
    let midLine = false;
    if (cut < max / 4) {
      cut = lastSentenceEnd(window);
      midLine = true;
    }
    if (cut < max / 4) cut = window.lastIndexOf(' ');
    if (cut < max / 4) cut = max;
    const head = rest.slice(0, cut).trimEnd();
    let tail = rest.slice(cut).replace(/^[ \n]+/, '');
    const lineStart = head.lastIndexOf('\n') + 1;
    if (midLine && head.startsWith('> ', lineStart) && tail.length > 0 && !tail.startsWith('> '))
      tail = `> ${tail}`;
    if (head.length > 0) parts.push(head);
    // Always progress, even if the marker just added would make the tail as long as before.
    rest = tail.length < rest.length ? tail : rest.slice(cut);
  }
  if (rest.trim().length > 0) parts.push(rest);
  return parts;
}

function lastSentenceEnd(window: string): number {
  let best = -1;
  for (const mark of ['. ', '? ', '! ', '." ', '.” ']) {
    const at = window.lastIndexOf(mark);
    if (at >= 0) best = Math.max(best, at + mark.length - 1);
  }
  return best;
}
