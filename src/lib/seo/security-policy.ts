/**
 * The site's Content-Security-Policy, written once and delivered twice: Astro puts it in a
 * <meta http-equiv> on every page (astro preview, any static host), and deploy/nginx.conf sends the
 * same policy as a header (a unit test keeps the two equal). Scripts may only come from the site's
 * own files — no inline scripts anywhere — which is what lets a static header carry the policy.
 */

/** Directives other than script-src and style-src, which Astro writes itself (adding hashes). */
type OtherDirective =
  | 'default-src'
  | 'img-src'
  | 'font-src'
  | 'connect-src'
  | 'worker-src'
  | 'manifest-src'
  | 'object-src'
  | 'base-uri'
  | 'form-action'
  | 'frame-ancestors';

// Pagefind compiles its WebAssembly search engine in the page.
const SCRIPT_SRC = ["'self'", "'wasm-unsafe-eval'"];
const STYLE_SRC = ["'self'"];
// Shiki colours code with inline style attributes (CSS variables per theme). Attributes cannot run
// script; <style> elements and stylesheets stay limited to the site's own files.
const STYLE_SRC_ATTR = ["'unsafe-inline'"];

const OTHER_DIRECTIVES: [OtherDirective, string[]][] = [
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
const HEADER_ONLY = new Set<string>(['frame-ancestors']);
const DEFAULT_SRC: [OtherDirective, string[]] = ['default-src', ["'self'"]];

/** Directive → allowed sources, in the order of the header. */
export const POLICY: [directive: string, sources: string[]][] = [
  DEFAULT_SRC,
  ['script-src', SCRIPT_SRC],
  ['style-src', STYLE_SRC],
  ['style-src-attr', STYLE_SRC_ATTR],
  ...OTHER_DIRECTIVES,
];

/** The policy as an HTTP header value. */
export function contentSecurityPolicy(): string {
  return POLICY.map(([directive, sources]) => `${directive} ${sources.join(' ')}`).join('; ');
}

/**
 * The same policy as Astro's `security.csp` option. Astro writes script-src and style-src itself
 * (adding hashes of its own bundles), so those are passed as resources, not directives.
 */
export function astroCspConfig() {
  return {
    directives: [DEFAULT_SRC, ...OTHER_DIRECTIVES]
      .filter(([directive]) => !HEADER_ONLY.has(directive))
      .map(([directive, sources]) => `${directive} ${sources.join(' ')}` as const),
    scriptDirective: { resources: SCRIPT_SRC },
    styleDirective: {
      resources: [...STYLE_SRC, ...STYLE_SRC_ATTR.map((resource) => ({ resource, kind: 'attribute' as const }))],
    },
  };
}

/** The other security headers a server should send with every response (deploy/nginx.conf does). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
