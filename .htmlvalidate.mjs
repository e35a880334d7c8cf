// html-validate over the built site (npm run test:html). The recommended preset, with each change
// justified; JSON config cannot hold these comments, hence .mjs.
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki colours code blocks with style attributes holding per-theme CSS variables; the CSP allows
    // style attributes (style-src-attr) but no inline <style> elements or scripts.
    'no-inline-style': 'off',
    // An article title is the full error string plus its plain meaning, because that is what readers
    // paste into a search engine; engines shorten the display themselves.
    'long-title': 'off',
    // The header search is an ARIA 1.2 combobox (<input role=combobox> controlling a role=listbox of
    // result links), which a native <select> cannot replace.
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox'] }],
    // ARIA lets lists and other namable roles carry a name; the tag list is announced as "Tags".
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // The header search form has one text field, which HTML submits on Enter (implicit submission);
    // the /search/ page's form has a visible Search button.
    'wcag/h32': 'off',
  },
});
