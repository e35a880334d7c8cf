/**
 * Several integrations as one whose `astro:build:done` hooks run at the same time. Astro awaits each
 * integration's hook in turn; the search index and the link check each spend that time waiting for a
 * child process of their own, and they read disjoint parts of dist/ (the link check skips pagefind/),
 * so side by side they share the machine's cores instead of taking turns. Every other hook runs each
 * integration's in order, as Astro would. Log lines keep each integration's own name.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** What every hook is passed: a logger, and options that are handed on as they are. */
type AnyHook = (options: { logger: AstroIntegrationLogger }) => unknown;

export function sideBySide(name: string, ...integrations: AstroIntegration[]): AstroIntegration {
  const hooks: Record<string, AnyHook> = {};
  for (const hookName of new Set(integrations.flatMap((integration) => Object.keys(integration.hooks)))) {
    const each = integrations.flatMap((integration) => {
      const hook = (integration.hooks as Record<string, AnyHook | undefined>)[hookName];
      return hook ? [(options: Parameters<AnyHook>[0]) => hook({ ...options, logger: options.logger.fork(integration.name) })] : [];
    });
    hooks[hookName] =
      hookName === 'astro:build:done'
        ? async (options) => {
            // Every step finishes (no child left writing into dist/) before the first failure is reported.
            const outcomes = await Promise.allSettled(each.map((hook) => Promise.resolve().then(() => hook(options))));
            const failed = outcomes.find((outcome) => outcome.status === 'rejected');
            if (failed) throw failed.reason;
          }
        : async (options) => {
            for (const hook of each) await hook(options);
          };
  }
  return { name, hooks };
}
