/**
 * The request context nginx appends to HTTP error messages (ngx_http_log_error_handler):
 * `, client: 1.2.3.4, server: example.com, request: "GET / HTTP/1.1", upstream: "http://…", host: "…"`.
 * Each part is optional; `server:` may be empty. Searched from the message on, so text inside the
 * message itself cannot be mistaken for context.
 */
import type { Field } from './types.ts';

const CONTEXT: { name: string; pattern: RegExp }[] = [
  { name: 'client', pattern: /, client: ([^,\s]+)/d },
  { name: 'server', pattern: /, server: ([^,\s]+)/d },
  { name: 'request', pattern: /, request: "([^"]*)"/d },
  { name: 'upstream', pattern: /, upstream: "([^"]*)"/d },
  { name: 'host', pattern: /, host: "([^"]*)"/d },
  { name: 'referrer', pattern: /, referrer: "([^"]*)"/d },
];

export function nginxContextFields(line: string, messageStart: number): Field[] {
  const message = line.slice(messageStart);
  const fields: Field[] = [];
  for (const { name, pattern } of CONTEXT) {
    const match = pattern.exec(message);
    const span = match?.indices?.[1];
    if (!match || !span || match[1] === '') continue;
    fields.push({ name, value: match[1]!, start: messageStart + span[0], end: messageStart + span[1] });
  }
  return fields;
}
