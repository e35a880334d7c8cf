/**
 * The site's Content-Security-Policy, written once and delivered twice: Astro puts it in a
 * <meta http-equiv> on every page (astro preview, any static host), and deploy/nginx.conf sends the
 * same policy as a header (a unit test keeps the two equal). Scripts may only come from the site's
 * own files — no inline scripts anywhere — which is what lets a static header carry the policy.
 */

/** Directive → allowed sources. Order is the order in the header. */
export const POLICY: [directive: string, sources: string[]][] = [
  ['default-src', ["'self'"]],
  // Pagefind compiles its WebAssembly search engine in the page.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  // Shiki colours code with inline style attributes (CSS variables per theme). Attributes cannot run
  // script; <style> elements and stylesheets stay limited to the site's own files.
  ['style-src-attr', ["'unsafe-inline'"]],
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

const sourcesOf = (directive: string) => POLICY.find(([name]) => name === directive)?.[1] ?? [];

/**
 * The same policy as Astro's `security.csp` option. Astro writes script-src and style-src itself
 * (adding hashes of its own bundles), so those are passed as resources, not directives.
 */
export function astroCspConfig() {
  const handledByAstro = new Set(['script-src', 'style-src', 'style-src-attr']);
  return {
    directives: POLICY.filter(([directive]) => !handledByAstro.has(directive) && !HEADER_ONLY.has(directive)).map(
      ([directive, sources]) => `${directive} ${sources.join(' ')}`,
    ),
    scriptDirective: { resources: sourcesOf('script-src') },
    styleDirective: {
      resources: [
        ...sourcesOf('style-src'),
        ...sourcesOf('style-src-attr').map((resource) => ({ resource, kind: 'attribute' as const })),
      ],
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
