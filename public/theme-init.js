// Runs before first paint so a stored dark/light choice never flashes the other theme. A file, not an
// inline script, so the Content-Security-Policy can forbid inline scripts everywhere.
(() => {
  let theme = null;
  try { theme = localStorage.getItem('theme'); } catch {}
  if (theme !== 'light' && theme !== 'dark') {
    theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.documentElement.dataset.theme = theme;
})();
