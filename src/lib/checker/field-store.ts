/**
 * The fields of every line of a check, packed three numbers a field (name, start, end) in one growing
 * Int32Array. A big paste keeps every line's result; as objects, its three or four fields a line (and
 * their value strings) were most of what the garbage collector had to copy, about a fifth of the time
 * of a check. Values are not stored: a field's value is the line's text between its start and end.
 */
import type { Field } from './types.ts';

// Field names by number: the group names of the layouts and nginx's context fields, a few dozen.
const names: string[] = [];
const numbers = new Map<string, number>();

export function fieldNumber(name: string): number {
  let number = numbers.get(name);
  if (number === undefined) {
    number = names.length;
    names.push(name);
    numbers.set(name, number);
  }
  return number;
}

export class FieldStore {
  // Room for a line's worth of fields; a big paste doubles it a few times.
  #data = new Int32Array(3 * 16);
  #size = 0;

  /** Where the next field goes: a line's fields are the range [size before, size after). */
  get size(): number {
    return this.#size;
  }

  add(name: number, start: number, end: number): void {
    if (this.#size + 3 > this.#data.length) {
      const grown = new Int32Array(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    this.#data[this.#size++] = name;
    this.#data[this.#size++] = start;
    this.#data[this.#size++] = end;
  }

  /** The fields stored in [from, to), as objects, with their values cut from `text`. */
  read(from: number, to: number, text: string): Field[] {
    const fields: Field[] = [];
    for (let i = from; i < to; i += 3) {
      const start = this.#data[i + 1]!;
      const end = this.#data[i + 2]!;
      fields.push({ name: names[this.#data[i]!]!, value: text.slice(start, end), start, end });
    }
    return fields;
  }

  /** The values of the fields in [from, to) not named in `except`, joined by spaces. */
  joinValues(from: number, to: number, except: Set<number>, text: string): string {
    let joined = '';
    for (let i = from; i < to; i += 3) if (!except.has(this.#data[i]!)) joined += `${text.slice(this.#data[i + 1], this.#data[i + 2])} `;
    return joined;
  }

  /** The first field called `name` in [from, to) whose value is `length` characters long, as an object, or null. */
  find(from: number, to: number, name: number, length: number, text: string): Field | null {
    for (let i = from; i < to; i += 3) {
      const start = this.#data[i + 1]!;
      const end = this.#data[i + 2]!;
      if (this.#data[i] === name && end - start === length) return { name: names[name]!, value: text.slice(start, end), start, end };
    }
    return null;
  }

  /** The value of the first field called `name` in [from, to), or null. */
  valueOf(from: number, to: number, name: number, text: string): string | null {
    for (let i = from; i < to; i += 3) if (this.#data[i] === name) return text.slice(this.#data[i + 1], this.#data[i + 2]);
    return null;
  }
}
