import { grow } from './typed-arrays.js';

/** One stem's postings: its first block in the `Postings` arena, and how many entries it has. */
export interface PostingList {
  first: number;
  length: number;
}

/**
 * The inverted index: stem → its entries, in the order added. The entries of all stems share one
 * typed array, in blocks that double per stem (2, 4, ... `MAX_BLOCK` entries), each block starting
 * with the offset of the next block of its stem and its capacity. An entry then costs about 5 bytes
 * and a stem a map slot and four numbers; a small array per stem cost ~150 bytes, for the many rare
 * names a news feed keeps bringing.
 */
export interface Postings {
  add(stem: string, entry: number): void;
  list(stem: string): PostingList | undefined;
  /** Calls `visit` with each entry of the list, in the order they were added. */
  each(list: PostingList, visit: (entry: number) => void): void;
}

const FIRST_BLOCK = 2;
const MAX_BLOCK = 1024;
/** A block's header: offset of the stem's next block, capacity. */
const BLOCK_HEADER = 2;

export function createPostings(): Postings {
  const stemIds = new Map<string, number>();
  // Per stem: first block, last block, entries in the last block, entries in all.
  let firstBlock = new Int32Array(1024);
  let lastBlock = new Int32Array(1024);
  let lastFill = new Int32Array(1024);
  let lengths = new Int32Array(1024);
  let blocks = new Int32Array(256 * 1024);
  let used = 0;

  const allocate = (capacity: number): number => {
    if (used + BLOCK_HEADER + capacity > blocks.length)
      blocks = grow(blocks, new Int32Array(Math.max(blocks.length * 2, used + BLOCK_HEADER + capacity)));
    const at = used;
    blocks[at] = -1;
    blocks[at + 1] = capacity;
    used += BLOCK_HEADER + capacity;
    return at;
  };

  return {
    add(stem, entry) {
      let id = stemIds.get(stem);
      if (id === undefined) {
        id = stemIds.size;
        stemIds.set(stem, id);
        if (id === firstBlock.length) {
          firstBlock = grow(firstBlock, new Int32Array(id * 2));
          lastBlock = grow(lastBlock, new Int32Array(id * 2));
          lastFill = grow(lastFill, new Int32Array(id * 2));
          lengths = grow(lengths, new Int32Array(id * 2));
        }
        const block = allocate(FIRST_BLOCK);
        firstBlock[id] = block;
        lastBlock[id] = block;
      }
      let block = lastBlock[id] as number;
      let fill = lastFill[id] as number;
      const capacity = blocks[block + 1] as number;
      if (fill === capacity) {
        const next = allocate(Math.min(capacity * 2, MAX_BLOCK));
        blocks[block] = next;
        block = next;
        lastBlock[id] = next;
        fill = 0;
      }
      blocks[block + BLOCK_HEADER + fill] = entry;
      lastFill[id] = fill + 1;
      lengths[id] = (lengths[id] as number) + 1;
    },
    list(stem) {
      const id = stemIds.get(stem);
      return id === undefined
        ? undefined
        : { first: firstBlock[id] as number, length: lengths[id] as number };
    },
    each(list, visit) {
      let remaining = list.length;
      for (let block = list.first; remaining > 0 && block >= 0; block = blocks[block] as number) {
        const count = Math.min(blocks[block + 1] as number, remaining);
        const start = block + BLOCK_HEADER;
        for (let at = start; at < start + count; at++) visit(blocks[at] as number);
        remaining -= count;
      }
    },
  };
}
