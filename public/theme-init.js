// Sets data-theme before first paint; see src/components/ThemeInit.astro.
(() => {
  let theme = null;
  try {
    theme = localStorage.getItem('theme');
  } catch {
    /* storage blocked: the system setting decides */
  }
  if (theme !== 'light' && theme !== 'dark') {
    theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.documentElement.dataset.theme = theme;
})();
