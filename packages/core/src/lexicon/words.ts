/** A set of lower-case words from a space-separated list: keeps the word lists short to read and edit. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(/\s+/)
      .filter((word) => word.length > 0)
      .map((word) => word.toLowerCase()),
  );
}

/** A set of lower-case phrases, one per `|`-separated item. */
export function phraseSet(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split('|')
      .map((phrase) => phrase.trim().replace(/\s+/g, ' ').toLowerCase())
      .filter((phrase) => phrase.length > 0),
  );
}
