import type { FormatDefinition, Sample } from './types.ts';

/** The journal's own programs; its outputs (`short-iso`, `short-precise`, `json`…) are wrappers (wrappers/journald.ts). */
export const journald: FormatDefinition = {
  id: 'journald',
  program: /^(?:systemd|init$)/,
  layouts: [],
};

export const samples: Sample[] = [];
