/**
 * The widget's behaviour, loaded on first use (LogChecker.astro imports this file as a self-contained
 * bundle and it starts itself on the page's checker). It fetches the rules before the first check.
 * Small pastes are classified on the page; beyond WORKER_LINES lines a worker takes over and reports
 * progress. The worker runs this same file (serveChecks), started with the first large paste, so the
 * engine is downloaded once. re2js loads only when a line needs it (checkOnPage) or a worker starts.
 * Nothing of the text goes over the network: every request is for the same files whatever is pasted.
 */
import { classifyText } from '../../lib/checker/classify.ts';
import { loadRuleSet, prepareRules, RULES_URL, type RuleSet } from '../../lib/checker/rules.ts';
import type { CheckResult, CompiledRules } from '../../lib/checker/types.ts';
import { serveChecks } from './checker-worker.ts';
import { announcement, lineItem, renderView } from './render-results.ts';
import { createShareBox } from './share-box.ts';
import { PAGE_SIZE, pageOf, viewOf, type FromWorker, type ResultView, type ToWorker } from './result-view.ts';

const WORKER_LINES = 300;
const WORKER_CHARS = 200_000;
const DEBOUNCE_MS = 200;
/** Pastes above this size stay out of the textarea: laying out 10 MB of text in it alone freezes
 *  Chromium for seconds (measured: 4.8 s), whatever the checker does. */
const LARGE_PASTE_CHARS = 500_000;

interface Engine {
  compiled: CompiledRules;
  /** Ready to run on the page; rules on re2js wait for it until a line needs one (RuleSet.deferred). */
  rules: RuleSet;
}

let engine: Promise<Engine> | undefined;
let worker: Promise<Worker | null> | undefined;

/** The rules, once per page; a failed fetch can be retried by using the checker again. */
function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    // The timeline's drawing code comes with the rules, so results with times are drawn in one go.
    void import('./timeline-view.ts');
    const response = await fetch(RULES_URL);
    if (!response.ok) throw new Error(`the checker rules could not be loaded (HTTP ${response.status})`);
    const compiled = (await response.json()) as CompiledRules;
    return { compiled, rules: prepareRules(compiled) };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Classifies on the page; when a line reached a rule that runs on re2js, loads it and checks again. */
async function checkOnPage(text: string, current: Engine): Promise<CheckResult> {
  if (current.rules.deferred) current.rules.deferred.reached = false;
  const result = classifyText(text, current.rules, { searchWords: false });
  if (!current.rules.deferred?.reached) return result;
  current.rules = await loadRuleSet(current.compiled);
  return classifyText(text, current.rules, { searchWords: false });
}

/** The worker, started with the first large paste; null when it cannot start (large pastes are then checked on the page). */
function loadWorker(compiled: CompiledRules): Promise<Worker | null> {
  worker ??= (async () => {
    let started: Worker | null = null;
    try {
      started = new Worker(import.meta.url, { type: 'module' });
      const ready = new Promise<void>((resolve, reject) => {
        started!.addEventListener('message', function onReady(event: MessageEvent<FromWorker>) {
          if (event.data.type === 'ready') resolve();
          else if (event.data.type === 'failed') reject(new Error(event.data.message));
          else return;
          started!.removeEventListener('message', onReady);
        });
        started!.addEventListener('error', () => reject(new Error('worker failed to start')), { once: true });
      });
      started.postMessage({ type: 'rules', rules: compiled } satisfies ToWorker);
      await ready;
      return started;
    } catch {
      started?.terminate();
      return null;
    }
  })();
  return worker;
}

function isLarge(text: string): boolean {
  if (text.length > WORKER_CHARS) return true;
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (++lines > WORKER_LINES) return true;
  return false;
}

function startChecker(root: HTMLElement): void {
  if (root.dataset.checkerStarted) return;
  root.dataset.checkerStarted = '';
  const input = root.querySelector<HTMLTextAreaElement>('[data-checker-input]')!;
  const status = root.querySelector<HTMLElement>('[data-checker-status]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-checker-progress]')!;
  const results = root.querySelector<HTMLElement>('[data-checker-results]')!;
  const pastedNote = root.querySelector<HTMLElement>('[data-checker-pasted]')!;
  const pastedSize = root.querySelector<HTMLElement>('[data-checker-pasted-size]')!;
  const clearPaste = root.querySelector<HTMLButtonElement>('[data-checker-clear]')!;
  let largePaste: string | null = null;

  const { box: shareBox, button: shareButton, status: shareStatus, link: shareLink } = createShareBox();
  results.after(shareBox);

  let requestId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let local: CheckResult | undefined;
  // The text of the check shown or under way. The box is checked when the engine has loaded, and the
  // input event of text typed meanwhile follows: checking the same text again would redraw the same
  // results and drop the focus of a reader who has already tabbed into them.
  let checkedText: string | undefined;

  const say = (text: string) => {
    status.textContent = text;
  };

  // The charts' code loads with the first result that has timestamps, not with the widget.
  const drawTimeline = async (id: number, content: HTMLElement, view: ResultView) => {
    const { overallChart, groupStrip } = await import('./timeline-view.ts');
    const timeline = view.timeline;
    if (id !== requestId || !timeline) return;
    content.querySelector('[data-summary-count]')?.after(overallChart(timeline));
    content.querySelectorAll<HTMLTableRowElement>('tr[data-summary-row]').forEach((row, index) => {
      const group = view.summary[index];
      if (group?.tier) row.cells[2]?.append(groupStrip(timeline, index, group.tier === 1));
    });
  };

  const show = (id: number, view: ResultView, worker: Worker | null) => {
    if (id !== requestId) return;
    progress.hidden = true;
    root.setAttribute('aria-busy', 'false');
    say(announcement(view));
    if (view.empty) {
      shareBox.hidden = true;
      return results.replaceChildren();
    }
    const { content, list } = renderView(view);
    let shown = view.lines.length;
    if (shown < view.totalLines) {
      const more = document.createElement('button');
      more.type = 'button';
      more.className =
        'rounded-md border border-slate-400 px-3 py-1 text-sm font-semibold hover:bg-slate-100 ' +
        'dark:border-slate-500 dark:hover:bg-slate-800';
      const label = () =>
        `Show ${Math.min(PAGE_SIZE, view.totalLines - shown)} more lines (${(view.totalLines - shown).toLocaleString('en')} not shown)`;
      more.textContent = label();
      const append = (lines: ResultView['lines']) => {
        const first = lines[0];
        for (const line of lines) list.append(lineItem(line));
        shown += lines.length;
        if (shown >= view.totalLines) more.remove();
        else more.textContent = label();
        // Keep keyboard users in place: move focus to the first newly shown line.
        const firstItem = first && list.querySelector<HTMLElement>(`[data-line="${first.line}"]`);
        if (firstItem) {
          firstItem.tabIndex = -1;
          firstItem.focus();
        }
      };
      more.addEventListener('click', () => {
        if (worker) {
          const onPage = (event: MessageEvent<FromWorker>) => {
            const data = event.data;
            if (data.type !== 'page' || data.id !== id) return;
            worker.removeEventListener('message', onPage);
            append(data.lines);
          };
          worker.addEventListener('message', onPage);
          worker.postMessage({ type: 'page', id, from: shown } satisfies ToWorker);
        } else if (local) {
          append(pageOf(local, shown));
        }
      });
      content.append(more);
    }
    results.replaceChildren(content);
    shareBox.hidden = false;
    if (view.timeline) void drawTimeline(id, content, view);
  };

  const check = async () => {
    const id = ++requestId;
    const text = largePaste ?? input.value;
    let current: Engine;
    try {
      if (!engine) say('Loading the checker…');
      current = await loadEngine();
    } catch (error) {
      say(`The checker could not start: ${(error as Error).message}. Try again.`);
      return;
    }
    if (id !== requestId || text === checkedText) return;
    // From here a newer check may start while this one awaits: the text counts as checked only once
    // this check is still the latest and is about to show its results.
    const worker = isLarge(text) ? await loadWorker(current.compiled) : null;
    if (id !== requestId) return;
    if (worker) {
      checkedText = text;
      local = undefined;
      root.setAttribute('aria-busy', 'true');
      progress.hidden = false;
      progress.removeAttribute('value');
      say('Checking a large log…');
      const onMessage = (event: MessageEvent<FromWorker>) => {
        const data = event.data;
        if (data.type === 'progress' && data.id === id && id === requestId) {
          progress.max = data.total;
          progress.value = data.done;
          progress.setAttribute('aria-valuetext', `${Math.round((100 * data.done) / data.total)}% checked`);
        } else if (data.type === 'result' && data.id === id) {
          worker.removeEventListener('message', onMessage);
          show(id, data.view, worker);
        } else if (data.type === 'failed') {
          worker.removeEventListener('message', onMessage);
          checkedText = undefined;
          say(`The checker failed: ${data.message}`);
        }
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage({ type: 'check', id, text } satisfies ToWorker);
      return;
    }
    let result: CheckResult;
    try {
      result = await checkOnPage(text, current);
    } catch (error) {
      if (id === requestId) say(`The checker could not load its linear-time engine: ${(error as Error).message}. Try again.`);
      return;
    }
    if (id !== requestId) return;
    checkedText = text;
    local = result;
    show(id, viewOf(local), null);
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), DEBOUNCE_MS);
  };
  input.addEventListener('input', () => {
    if (largePaste !== null) setLargePaste(null);
    schedule();
  });
  const setLargePaste = (text: string | null) => {
    largePaste = text;
    pastedNote.hidden = text === null;
    // Only the size: counting lines here would be main-thread work the worker does anyway.
    if (text !== null) pastedSize.textContent = `${(text.length / 1_048_576).toFixed(1)} MB`;
  };
  input.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length < LARGE_PASTE_CHARS) return;
    event.preventDefault();
    input.value = '';
    setLargePaste(text);
    schedule();
  });
  clearPaste.addEventListener('click', () => {
    setLargePaste(null);
    input.value = '';
    input.focus();
    void check();
  });
  const share = async () => {
    const text = largePaste ?? input.value;
    const { encodeShare } = await import('./share-link.ts');
    shareLink.hidden = true;
    try {
      const url = `${location.origin}${location.pathname}#${await encodeShare(text)}`;
      shareLink.value = url;
      try {
        await navigator.clipboard.writeText(url);
        shareStatus.textContent = 'Link copied. Anyone who opens it sees this check; the log is inside the link, not on a server.';
      } catch {
        // No clipboard permission (or an insecure origin): show the link to copy by hand.
        shareLink.hidden = false;
        shareLink.select();
        shareStatus.textContent = 'Copy the link below (Ctrl+C or ⌘C).';
      }
    } catch (error) {
      shareStatus.textContent = `No link: ${(error as Error).message}.`;
    }
  };
  shareButton.addEventListener('click', () => void share());

  // A shared link carries a log in its fragment: check it as if it had been pasted. True when the
  // fragment was a shared log (opened, or reported as damaged).
  const openShared = async (): Promise<boolean> => {
    const { decodeShare } = await import('./share-link.ts');
    try {
      const text = await decodeShare(location.hash);
      if (text === null) return false;
      if (text.length >= LARGE_PASTE_CHARS) setLargePaste(text);
      else input.value = text;
      checkedText = undefined;
      void check();
    } catch (error) {
      say(`This shared link could not be opened: ${(error as Error).message}.`);
    }
    return true;
  };

  // Load the rules now (the reader is about to paste); check whatever is already in the box.
  // A shared link opened in a tab that already shows the checker only changes the fragment.
  addEventListener('hashchange', () => void openShared());
  void loadEngine().then(
    async () => {
      if (location.hash.length > 1 && (await openShared())) return;
      if (largePaste !== null || input.value.trim() !== '') void check();
      else say('Ready. Paste a log line to check it.');
    },
    (error: Error) => say(`The checker could not start: ${error.message}. Try again.`),
  );
}

if (typeof document === 'undefined') serveChecks();
else {
  const root = document.querySelector<HTMLElement>('[data-log-checker]');
  if (root) startChecker(root);
}
