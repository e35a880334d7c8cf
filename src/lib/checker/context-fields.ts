/**
 * The request context nginx appends to HTTP error messages (ngx_http_log_error_handler):
 * `, client: 1.2.3.4, server: example.com, request: "GET / HTTP/1.1", upstream: "http://…", host: "…"`.
 * Each part is optional; `server:` may be empty. Searched from the message on, so text before the
 * message (timestamp, pid) cannot be mistaken for context.
 */
import { fieldNumber, type FieldStore } from './field-store.ts';

// Each pattern ends with its value, then a closing quote for the quoted ones.
const CONTEXT_FIELDS: { name: string; pattern: RegExp; quoted: boolean }[] = [
  { name: 'client', pattern: /, client: ([^,\s]+)/, quoted: false },
  { name: 'server', pattern: /, server: ([^,\s]+)/, quoted: false },
  { name: 'request', pattern: /, request: "([^"]*)"/, quoted: true },
  { name: 'upstream', pattern: /, upstream: "([^"]*)"/, quoted: true },
  { name: 'host', pattern: /, host: "([^"]*)"/, quoted: true },
  { name: 'referrer', pattern: /, referrer: "([^"]*)"/, quoted: true },
];

export const CONTEXT = CONTEXT_FIELDS.map((field) => ({ ...field, number: fieldNumber(field.name) }));

/** Adds the context fields of an nginx error line to `store`. */
export function addNginxContextFields(line: string, messageStart: number, store: FieldStore): void {
  const message = line.slice(messageStart);
  for (const { number, pattern, quoted } of CONTEXT) {
    const match = pattern.exec(message);
    const value = match?.[1];
    if (!match || !value) continue;
    const end = messageStart + match.index + match[0].length - (quoted ? 1 : 0);
    store.add(number, end - value.length, end);
  }
}
