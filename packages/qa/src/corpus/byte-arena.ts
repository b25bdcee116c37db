import { grow } from './typed-arrays.js';

/** Byte strings appended one after another, read back by their position. */
export interface ByteArena {
  append(bytes: Uint8Array): void;
  read(index: number): Uint8Array;
}

/** Bytes per chunk: large enough that chunks are few, small enough that the unused tail is cheap. */
const ARENA_CHUNK = 1 << 20;

/**
 * Bytes in chunks of `ARENA_CHUNK` (a longer entry gets a chunk of its own). Chunks are never copied
 * or grown, so adding costs one copy of the entry.
 */
export function createByteArena(): ByteArena {
  const chunks: Uint8Array[] = [];
  let used = 0;
  // Per entry: its chunk, its first byte, its length.
  let chunkOf = new Uint32Array(1024);
  let startOf = new Uint32Array(1024);
  let lengthOf = new Uint32Array(1024);
  let count = 0;
  return {
    append(bytes) {
      let chunk = chunks[chunks.length - 1];
      if (!chunk || used + bytes.length > chunk.length) {
        chunk = new Uint8Array(Math.max(ARENA_CHUNK, bytes.length));
        chunks.push(chunk);
        used = 0;
      }
      chunk.set(bytes, used);
      if (count === chunkOf.length) {
        chunkOf = grow(chunkOf, new Uint32Array(count * 2));
        startOf = grow(startOf, new Uint32Array(count * 2));
        lengthOf = grow(lengthOf, new Uint32Array(count * 2));
      }
      chunkOf[count] = chunks.length - 1;
      startOf[count] = used;
      lengthOf[count] = bytes.length;
      count++;
      used += bytes.length;
    },
    read(index) {
      const chunk = index < count ? chunks[chunkOf[index] as number] : undefined;
      if (!chunk) return new Uint8Array(0);
      const start = startOf[index] as number;
      return chunk.subarray(start, start + (lengthOf[index] as number));
    },
  };
}
