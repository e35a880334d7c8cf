import type { FormatDefinition, Sample } from './types.ts';
import { ACCESS_LEVEL, APACHE_ACCESS } from './access-logs.ts';

export const apacheAccess: FormatDefinition = { id: 'apache-access', level: ACCESS_LEVEL, layouts: [APACHE_ACCESS] };

export const samples: Sample[] = [];
