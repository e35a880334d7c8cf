/**
 * The worker side of the widget: classifies large pastes off the main thread so typing and scrolling
 * stay smooth, and keeps the last result to serve "show more" pages from it. It runs the widget's own
 * file (checker-ui.ts starts a worker on its own URL), so the engine is downloaded once, not twice.
 * A worker only checks large logs, so it loads re2js with the rules when some rule needs it.
 */
import { classifyText } from '../../lib/checker/classify.ts';
import { loadRuleSet, type RuleSet } from '../../lib/checker/rules.ts';
import type { CheckResult, CompiledRules } from '../../lib/checker/types.ts';
import { pageOf, viewOf, type FromWorker, type ToWorker } from './result-view.ts';

export function serveChecks(): void {
  let rules: RuleSet | undefined;
  let last: { id: number; result: CheckResult } | undefined;
  const post = (message: FromWorker) => postMessage(message);

  async function answer(event: MessageEvent<ToWorker>): Promise<void> {
    const message = event.data;
    try {
      if (message.type === 'rules') {
        rules = await loadRuleSet(message.rules as CompiledRules);
        post({ type: 'ready' });
      } else if (message.type === 'check' && rules) {
        const result = classifyText(message.text, rules, {
          every: 2000,
          searchWords: false,
          onProgress: (done, total) => post({ type: 'progress', id: message.id, done, total }),
        });
        last = { id: message.id, result };
        post({ type: 'result', id: message.id, view: viewOf(result) });
      } else if (message.type === 'page' && last?.id === message.id) {
        post({ type: 'page', id: message.id, from: message.from, lines: pageOf(last.result, message.from) });
      }
    } catch (error) {
      post({ type: 'failed', message: (error as Error).message });
    }
  }

  addEventListener('message', (event: MessageEvent<ToWorker>) => void answer(event));
}
