/** Copies `from` into the larger `to` and returns `to`: how the corpus's typed arrays grow. */
export function grow<T extends Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
