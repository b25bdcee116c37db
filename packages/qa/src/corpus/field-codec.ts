import type { Article } from '@newsparse/core';

/**
 * The fields of a packed article as bytes: the JSON value written tag by tag. Spans take two varints
 * (start, length), object keys are written once per shape in `shapes`, and the short strings that
 * recur (kinds, verbs, roles, names) once in `strings`; a 5 KB JSON string becomes about 1 KB.
 * Decoding gives exactly what `unpack` gives for the same JSON.
 */
export interface FieldCodec {
  /** The bytes are valid until the next call: the caller copies them. */
  encode(fields: string): Uint8Array;
  decode(text: string, bytes: Uint8Array): Article;
}

enum Tag {
  Null,
  False,
  True,
  Integer,
  Float,
  String,
  SharedString,
  Array,
  Span,
  Shaped,
  Object,
}

/** Strings up to this length may be shared; longer ones rarely recur. */
const SHARED_STRING_LENGTH = 32;
/** Bounds the shared tables, so a feed of ever new names cannot grow them without end. */
const SHARED_LIMIT = 1 << 14;
/** Integers in this range are varints; others (and fractions) take 8 bytes. */
const MAX_VARINT = 0x7fffffff;

export function createFieldCodec(): FieldCodec {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  let out = new Uint8Array(16 * 1024);
  let view = new DataView(out.buffer);
  let length = 0;

  const reserve = (bytes: number) => {
    if (length + bytes <= out.length) return;
    const bigger = new Uint8Array(Math.max(out.length * 2, length + bytes));
    bigger.set(out.subarray(0, length));
    out = bigger;
    view = new DataView(out.buffer);
  };
  const writeVarint = (value: number) => {
    reserve(5);
    let rest = value;
    while (rest >= 0x80) {
      out[length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    out[length++] = rest;
  };
  const writeTag = (tag: Tag) => {
    reserve(1);
    out[length++] = tag;
  };
  const writeString = (value: string) => {
    let id = stringIds.get(value);
    if (id === undefined && value.length <= SHARED_STRING_LENGTH && strings.length < SHARED_LIMIT) {
      id = strings.length;
      strings.push(value);
      stringIds.set(value, id);
    }
    if (id !== undefined) {
      writeTag(Tag.SharedString);
      writeVarint(id);
      return;
    }
    writeTag(Tag.String);
    // UTF-8 takes at most 3 bytes per UTF-16 unit; the length is written once the bytes are.
    reserve(5 + value.length * 3);
    const lengthAt = length;
    length += 5;
    const { written } = encoder.encodeInto(value, out.subarray(length));
    const end = length + written;
    length = lengthAt;
    writeVarint(written);
    out.copyWithin(length, lengthAt + 5, end);
    length += written;
  };
  const writeValue = (value: unknown): void => {
    if (value === null) writeTag(Tag.Null);
    else if (value === false) writeTag(Tag.False);
    else if (value === true) writeTag(Tag.True);
    else if (typeof value === 'number') {
      if (Number.isInteger(value) && Math.abs(value) <= MAX_VARINT) {
        writeTag(Tag.Integer);
        writeVarint(value >= 0 ? value * 2 : -value * 2 - 1);
      } else {
        writeTag(Tag.Float);
        reserve(8);
        view.setFloat64(length, value);
        length += 8;
      }
    } else if (typeof value === 'string') writeString(value);
    else if (Array.isArray(value)) {
      const [start, end] = value as unknown[];
      if (value.length === 2 && isVarint(start) && isVarint(end) && (start as number) <= (end as number)) {
        writeTag(Tag.Span);
        writeVarint(start as number);
        writeVarint((end as number) - (start as number));
        return;
      }
      writeTag(Tag.Array);
      writeVarint(value.length);
      for (const item of value) writeValue(item);
    } else {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      const signature = keys.join('\u0000');
      let shape = shapeIds.get(signature);
      if (shape === undefined && shapes.length < SHARED_LIMIT) {
        shape = shapes.length;
        shapes.push(keys);
        shapeIds.set(signature, shape);
      }
      if (shape === undefined) {
        writeTag(Tag.Object);
        writeVarint(keys.length);
        for (const key of keys) {
          writeString(key);
          writeValue(record[key]);
        }
      } else {
        writeTag(Tag.Shaped);
        writeVarint(shape);
        for (const key of keys) writeValue(record[key]);
      }
    }
  };

  return {
    encode(fields) {
      length = 0;
      writeValue(JSON.parse(fields));
      return out.subarray(0, length);
    },
    decode(text, bytes) {
      let at = 0;
      const readVarint = () => {
        let value = 0;
        let scale = 1;
        let byte = 0x80;
        while (byte & 0x80) {
          byte = bytes[at++] ?? 0;
          value += (byte & 0x7f) * scale;
          scale *= 0x80;
        }
        return value;
      };
      const readValue = (): unknown => {
        const tag = bytes[at++] as Tag;
        switch (tag) {
          case Tag.Null:
            return null;
          case Tag.False:
            return false;
          case Tag.True:
            return true;
          case Tag.Integer: {
            const zigzag = readVarint();
            return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
          }
          case Tag.Float: {
            const value = new DataView(bytes.buffer, bytes.byteOffset + at, 8).getFloat64(0);
            at += 8;
            return value;
          }
          case Tag.String: {
            const byteLength = readVarint();
            at += byteLength;
            return decoder.decode(bytes.subarray(at - byteLength, at));
          }
          case Tag.SharedString:
            return strings[readVarint()];
          case Tag.Span: {
            const start = readVarint();
            const end = start + readVarint();
            return { start, end, text: text.slice(start, end) };
          }
          case Tag.Array: {
            const items = Array.from({ length: readVarint() }, readValue);
            // As `unpack`'s reviver: any other pair of integers is a span too.
            const [start, end] = items;
            return items.length === 2 && Number.isInteger(start) && Number.isInteger(end)
              ? { start, end, text: text.slice(start as number, end as number) }
              : items;
          }
          case Tag.Shaped: {
            const record: Record<string, unknown> = {};
            for (const key of shapes[readVarint()] ?? []) setField(record, key, readValue());
            return record;
          }
          case Tag.Object: {
            const record: Record<string, unknown> = {};
            for (let count = readVarint(); count > 0; count--) {
              const key = readValue() as string;
              setField(record, key, readValue());
            }
            return record;
          }
          default:
            throw new Error(`@newsparse/qa: corrupt packed article (tag ${String(tag)})`);
        }
      };
      const article = readValue() as Article;
      article.text = text;
      article.paragraphs = [];
      return article;
    },
  };
}

function isVarint(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_VARINT;
}

/** As JSON.parse does: a key named `__proto__` is an own field, not the prototype. */
function setField(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
