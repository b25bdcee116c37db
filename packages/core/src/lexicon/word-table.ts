/**
 * A table of words with no inherited keys. A plain object literal answers for every name on
 * `Object.prototype`, so a text with the word "constructor" or "__proto__" in it would read a function
 * or an object as a number or a kind; this one answers `undefined` for any word not listed.
 */
export function wordTable<Value>(entries: Record<string, Value>): Readonly<Record<string, Value>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, Value>, entries));
}
