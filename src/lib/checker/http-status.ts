/**
 * HTTP error statuses as access logs print them, with their reason phrase (RFC 9110, RFC 6585) or the
 * server's own meaning for the codes nginx invents (ngx_http_request.h: 444, 494–497, 499), for the
 * tier-2 answer on an access line. `000` is what nginx logs when it had no status to log
 * (ngx_http_log_status prints `%03ui` of 0): the connection ended before any response was produced.
 */

interface StatusEntry {
  phrase: string;
  meaning: string;
}

const STATUSES: Record<string, StatusEntry> = {
  '000': { phrase: 'no response', meaning: 'The connection ended before the server produced any response (the client left, or the request never arrived whole).' },
  '400': { phrase: 'Bad Request', meaning: 'The server could not parse the request: malformed syntax, a bad header, or plain HTTP sent to an HTTPS port.' },
  '401': { phrase: 'Unauthorized', meaning: 'The request needs authentication and gave none, or the credentials were wrong.' },
  '403': { phrase: 'Forbidden', meaning: 'The server understood the request but refuses it: file permissions, an access rule, or no index file for a directory.' },
  '404': { phrase: 'Not Found', meaning: 'Nothing exists at that path on this server (or the server is configured to hide it).' },
  '405': { phrase: 'Method Not Allowed', meaning: 'The resource exists but does not accept this HTTP method (e.g. POST to a static file).' },
  '408': { phrase: 'Request Timeout', meaning: 'The client did not send the whole request in time.' },
  '409': { phrase: 'Conflict', meaning: 'The request conflicts with the current state of the resource.' },
  '410': { phrase: 'Gone', meaning: 'The resource was removed on purpose and will not come back.' },
  '411': { phrase: 'Length Required', meaning: 'The request has a body but no Content-Length.' },
  '413': { phrase: 'Content Too Large', meaning: 'The request body is larger than the server accepts (nginx: client_max_body_size).' },
  '414': { phrase: 'URI Too Long', meaning: 'The request line is longer than the server accepts.' },
  '415': { phrase: 'Unsupported Media Type', meaning: 'The server does not accept the body in this format.' },
  '429': { phrase: 'Too Many Requests', meaning: 'The client exceeded a rate limit.' },
  '431': { phrase: 'Request Header Fields Too Large', meaning: 'The request headers (often cookies) are larger than the server accepts.' },
  '444': { phrase: 'No Response (nginx)', meaning: 'nginx closed the connection without answering, as its configuration says (`return 444`).' },
  '494': { phrase: 'Request Header Too Large (nginx)', meaning: 'A request header is larger than large_client_header_buffers allows.' },
  '495': { phrase: 'SSL Certificate Error (nginx)', meaning: 'The client certificate could not be verified.' },
  '496': { phrase: 'SSL Certificate Required (nginx)', meaning: 'The server requires a client certificate and none was sent.' },
  '497': { phrase: 'HTTP Request Sent to HTTPS Port (nginx)', meaning: 'Plain HTTP reached a port that expects TLS.' },
  '499': { phrase: 'Client Closed Request (nginx)', meaning: 'The client closed the connection before nginx could answer, usually because the response took longer than it would wait.' },
  '500': { phrase: 'Internal Server Error', meaning: 'The application or the server failed while handling the request; its error log says why.' },
  '501': { phrase: 'Not Implemented', meaning: 'The server does not support the method or feature the request needs.' },
  '502': { phrase: 'Bad Gateway', meaning: 'The proxy got no valid response from the upstream server: it is down, refused the connection, or crashed.' },
  '503': { phrase: 'Service Unavailable', meaning: 'The server or its upstream is overloaded, in maintenance, or has no healthy backend.' },
  '504': { phrase: 'Gateway Timeout', meaning: 'The upstream server did not answer the proxy in time.' },
  '505': { phrase: 'HTTP Version Not Supported', meaning: 'The server does not support the HTTP version of the request.' },
  '507': { phrase: 'Insufficient Storage', meaning: 'The server has no room to store what the request needs.' },
};

/** An error status (4xx, 5xx, or nginx's 000) with its phrase and meaning; null for any other code. */
export function httpErrorStatus(code: string): StatusEntry | null {
  const known = STATUSES[code];
  if (known) return known;
  if (code.length !== 3) return null;
  if (code[0] === '4') return { phrase: 'client error', meaning: 'The server refused the request as the client sent it.' };
  if (code[0] === '5') return { phrase: 'server error', meaning: 'The server or its upstream failed to handle the request; its error log says why.' };
  return null;
}
