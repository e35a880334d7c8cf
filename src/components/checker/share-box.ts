/**
 * The "Copy link to this check" box, built when the widget starts rather than carried in every page's
 * HTML (article pages have a byte budget). Encoding loads when the button is used (share-link.ts).
 */
const BUTTON =
  'rounded-md border border-slate-400 px-3 py-1 font-semibold hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800';
const LINK_FIELD =
  'mt-1 block w-full rounded-md border border-slate-500 bg-white p-2 font-mono text-xs text-slate-900 ' +
  'dark:bg-slate-900 dark:text-slate-100';

export interface ShareBox {
  box: HTMLElement;
  button: HTMLButtonElement;
  status: HTMLElement;
  link: HTMLInputElement;
}

export function createShareBox(): ShareBox {
  const box = document.createElement('div');
  box.className = 'mt-3 text-sm';
  box.hidden = true;
  box.dataset.checkerShare = '';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = BUTTON;
  button.textContent = 'Copy link to this check';
  button.setAttribute('aria-describedby', 'checker-share-note');
  const note = document.createElement('span');
  note.id = 'checker-share-note';
  note.className = 'ml-2 text-slate-700 dark:text-slate-300';
  note.textContent = 'The log travels inside the link, after the #, which browsers never send to a server.';
  const status = document.createElement('p');
  status.className = 'mt-1';
  status.setAttribute('aria-live', 'polite');
  status.dataset.checkerShareStatus = '';
  const label = document.createElement('label');
  label.className = 'mt-1 block';
  const labelText = document.createElement('span');
  labelText.className = 'sr-only';
  labelText.textContent = 'Link to this check';
  const link = document.createElement('input');
  link.type = 'url';
  link.readOnly = true;
  link.hidden = true;
  link.className = LINK_FIELD;
  link.dataset.checkerShareLink = '';
  label.append(labelText, link);
  box.append(button, note, status, label);
  return { box, button, status, link };
}
