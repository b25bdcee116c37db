/**
 * A cache of one entry: the value remembered for the last key. The incident parsers share data built
 * once per article (the story's words, the dates sorted by offset) through it rather than through a
 * WeakMap: every article's fresh key in a WeakMap is an ephemeron the garbage collector must trace,
 * about 10 µs an article, more than building some of that data again. One entry holds at most the
 * last article's data; every read compares the key, so a parse that interleaves with another only
 * misses, it never reads the other's data.
 */
export class LastKeyCache<K extends object, V> {
  private key: K | null = null;
  private value: V | undefined;

  /** The value remembered for `key`, or undefined when the last key was another. */
  read(key: K): V | undefined {
    return key === this.key ? this.value : undefined;
  }

  /** Remembers `value` for `key` (forgetting the entry before) and returns it. */
  remember(key: K, value: V): V {
    this.key = key;
    this.value = value;
    return value;
  }
}
