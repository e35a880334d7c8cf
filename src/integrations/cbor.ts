/**
 * The subset of CBOR (RFC 8949) that Pagefind's index files use: integers, text and byte strings,
 * arrays, maps and the simple values false/true/null, all with definite lengths. Encoding writes the
 * shortest form of every length and integer, as Pagefind's encoder (minicbor) does, so a decoded
 * file encodes back to the same bytes; anything else (floats, tags, indefinite lengths) is refused
 * rather than guessed at.
 */
export type CborValue = number | string | boolean | null | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

export function decodeCbor(bytes: Uint8Array): CborValue {
  let pos = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = [1, 2, 4, 8][info - 24];
    if (size === undefined) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${pos - 1}`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[pos++]!;
    if (!Number.isSafeInteger(value)) throw new Error(`CBOR: integer too large at byte ${pos - size}`);
    return value;
  };
  const item = (): CborValue => {
    if (pos >= bytes.length) throw new Error('CBOR: unexpected end of data');
    const initial = bytes[pos++]!;
    const major = initial >> 5;
    const info = initial & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      throw new Error(`CBOR: unsupported simple value or float ${info} at byte ${pos - 1}`);
    }
    const value = argument(info);
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
        throw new Error(`CBOR: unsupported major type ${major} at byte ${pos - 1}`);
    }
  };
  const value = item();
  if (pos !== bytes.length) throw new Error(`CBOR: ${bytes.length - pos} bytes after the end of the value`);
  return value;
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) return void out.push((major << 5) | n);
    const size = n < 0x100 ? 1 : n < 0x10000 ? 2 : n < 0x100000000 ? 4 : 8;
    out.push((major << 5) | (24 + Math.log2(size)));
    for (let shift = size - 1; shift >= 0; shift--) out.push(Math.floor(n / 256 ** shift) % 256);
  };
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
