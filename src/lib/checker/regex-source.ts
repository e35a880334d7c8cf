/**
 * Reading JavaScript regex source as text, for the few questions the checker asks of a pattern before
 * running it: where a group or class ends, and what its top-level alternatives are. Pure and small, so
 * the build (compile-rules.ts) and the page (fixed-start.ts) share it.
 */

/** Index after the group or class starting at `start`, honouring escapes and classes inside it. */
export function skipGroup(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
    } else if (inClass) {
      if (ch === ']') {
        inClass = false;
        if (depth === 0) return i + 1;
      }
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return source.length;
}

/** `(?:…)` around the whole source removed, when it is one group. */
export function unwrapGroup(source: string): string {
  return source.startsWith('(?:') && skipGroup(source, 0) === source.length ? source.slice(3, -1) : source;
}

/** The alternatives at the top level of `source` (one when it has no top-level `|`). */
export function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = skipGroup(source, i) - 1;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}
