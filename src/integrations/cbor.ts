/**
 * The subset of CBOR (RFC 8949) that Pagefind's index files use: integers, text and byte strings,
 * arrays, maps and the simple values false/true/null, all with definite lengths. Encoding writes the
 * shortest form of every length and integer, as Pagefind's encoder (minicbor) does, so a decoded
 * file encodes back to the same bytes; anything else (floats, tags, indefinite lengths) is refused
 * rather than guessed at.
 */
export type CborValue = number | string | boolean | null | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

/** An item's first bytes: its major type, its argument (a length, a count or an integer) and where its content starts. */
export interface CborHead {
  major: number;
  /** For major type 7, the simple value (20 false, 21 true, 22 null). */
  value: number;
  next: number;
}

export function readCborHead(bytes: Uint8Array, start: number): CborHead {
  if (start >= bytes.length) throw new Error('CBOR: unexpected end of data');
  const initial = bytes[start]!;
  const major = initial >> 5;
  const info = initial & 31;
  if (major === 7) {
    if (info < 20 || info > 22) throw new Error(`CBOR: unsupported simple value or float ${info} at byte ${start}`);
    return { major, value: info, next: start + 1 };
  }
  if (info < 24) return { major, value: info, next: start + 1 };
  const size = [1, 2, 4, 8][info - 24];
  if (size === undefined) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${start}`);
  if (start + size >= bytes.length) throw new Error('CBOR: unexpected end of data');
  let value = 0;
  for (let i = 1; i <= size; i++) value = value * 256 + bytes[start + i]!;
  if (!Number.isSafeInteger(value)) throw new Error(`CBOR: integer too large at byte ${start + 1}`);
  return { major, value, next: start + 1 + size };
}

/**
 * Where the item starting at `start` ends, checking on the way that it uses only the supported subset:
 * lets a caller copy an item's bytes as they are instead of decoding and encoding it again.
 */
export function cborItemEnd(bytes: Uint8Array, start: number): number {
  let pos = start;
  // Items still to pass over: a count that grows with each array or map entered.
  let pending = 1;
  while (pending > 0) {
    const { major, value, next } = readCborHead(bytes, pos);
    if (major === 6) throw new Error(`CBOR: unsupported major type 6 at byte ${pos}`);
    pending--;
    pos = next;
    if (major === 2 || major === 3) pos += value;
    else if (major === 4) pending += value;
    else if (major === 5) pending += 2 * value;
    if (pos > bytes.length) throw new Error('CBOR: unexpected end of data');
  }
  return pos;
}

export function decodeCbor(bytes: Uint8Array): CborValue {
  let pos = 0;
  const item = (): CborValue => {
    const { major, value, next } = readCborHead(bytes, pos);
    const start = pos;
    pos = next;
    if (major === 7) return value === 22 ? null : value === 21;
    switch (major) {
      case 0:
        return value;
      case 1:
        return -1 - value;
      case 2:
        return bytes.slice(pos, (pos += value));
      case 3:
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(pos, (pos += value)));
      case 4:
        return Array.from({ length: value }, item);
      case 5: {
        const map = new Map<CborValue, CborValue>();
        for (let i = 0; i < value; i++) map.set(item(), item());
        return map;
      }
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${start}`);
    }
  };
  const value = item();
  if (pos !== bytes.length) throw new Error(`CBOR: ${bytes.length - pos} bytes after the end of the value`);
  return value;
}

/** Writes an item's first bytes in their shortest form, as minicbor does. */
function pushHead(out: number[], major: number, n: number): void {
  if (n < 24) return void out.push((major << 5) | n);
  const size = n < 0x100 ? 1 : n < 0x10000 ? 2 : n < 0x100000000 ? 4 : 8;
  out.push((major << 5) | (24 + Math.log2(size)));
  for (let shift = size - 1; shift >= 0; shift--) out.push(Math.floor(n / 256 ** shift) % 256);
}

/** The first bytes of an item: e.g. of an array of `n` items whose own bytes follow. */
export function encodeCborHead(major: number, n: number): Uint8Array {
  const out: number[] = [];
  pushHead(out, major, n);
  return Uint8Array.from(out);
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => pushHead(out, major, n);
  const bytesOf = (major: number, bytes: Uint8Array) => {
    head(major, bytes.length);
    for (const byte of bytes) out.push(byte);
  };
  const item = (v: CborValue): void => {
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw new Error(`CBOR: cannot encode ${v}, only integers`);
      return v >= 0 ? head(0, v) : head(1, -1 - v);
    }
    if (typeof v === 'string') return bytesOf(3, new TextEncoder().encode(v));
    if (v === false || v === true || v === null) return void out.push(v === null ? 0xf6 : v ? 0xf5 : 0xf4);
    if (v instanceof Uint8Array) return bytesOf(2, v);
    if (Array.isArray(v)) {
      head(4, v.length);
      return v.forEach(item);
    }
    head(5, v.size);
    for (const [key, entry] of v) {
      item(key);
      item(entry);
    }
  };
  item(value);
  return Uint8Array.from(out);
}
