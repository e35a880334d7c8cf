/**
 * The site's Content-Security-Policy, written once and delivered twice: SiteHead puts it in a
 * <meta http-equiv> on every page (any static host, `npm start`), and deploy/nginx.conf sends the
 * same policy as a header (a unit test keeps the two equal). Scripts may only come from the site's
 * own files — no inline scripts anywhere — which is what lets one static policy fit every page.
 */

/** Directive → allowed sources, in the order of the header. */
export const POLICY: [directive: string, sources: string[]][] = [
  ['default-src', ["'self'"]],
  // Pagefind compiles its WebAssembly search engine in the page.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  // Stylesheets from the site's own files only, and no style attributes: code highlighting writes
  // classes instead (src/components/code-classes.ts).
  ['style-src', ["'self'"]],
  ['img-src', ["'self'"]],
  ['font-src', ["'self'"]],
  // Pagefind fetches its index chunks; the checker loads its rules.
  ['connect-src', ["'self'"]],
  // The log checker classifies lines in a Web Worker.
  ['worker-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  // Only honoured as a header (browsers ignore it, with a console error, in a <meta> policy).
  ['frame-ancestors', ["'none'"]],
];
const HEADER_ONLY = new Set(['frame-ancestors']);

/** The policy as an HTTP header value. */
export function contentSecurityPolicy(): string {
  return POLICY.map(([directive, sources]) => `${directive} ${sources.join(' ')}`).join('; ');
}

/**
 * The policy for a <meta http-equiv> tag: the same minus header-only directives. It needs no hashes,
 * because no page has inline scripts or <style> elements (a test over the built pages checks).
 */
export function metaContentSecurityPolicy(): string {
  return POLICY.filter(([directive]) => !HEADER_ONLY.has(directive))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The other security headers a server should send with every response (deploy/nginx.conf does). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
