import type { FormatDefinition, Sample } from './types.ts';
import { ACCESS_LEVEL, NGINX_ACCESS } from './access-logs.ts';

export const nginxAccess: FormatDefinition = { id: 'nginx-access', level: ACCESS_LEVEL, layouts: [NGINX_ACCESS] };

export const samples: Sample[] = [];
