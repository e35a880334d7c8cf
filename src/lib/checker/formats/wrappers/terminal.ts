import type { Sample, WrapperDefinition } from '../types.ts';
import { re } from '../fragments.ts';

/**
 * Lines copied out of a terminal UI's pane (k9s, lazydocker, tmux splits) start with the pane's border,
 * the box-drawing `│` (U+2502), sometimes followed by a space.
 */
export const paneBorder: WrapperDefinition = {
  id: 'pane-border',
  format: 'generic',
  layouts: [{ pattern: re('^\u2502 ?'), first: '\u2502' }],
};

export const samples: Sample[] = [
  {
    line:
      '\u2502Mar  5 04:17:54 np0004517961 nova_compute[117833]: 2024-03-05 09:17:54.318 ' +
      '2 ERROR os_vif     helper = idlutils.get_schema_helper(conn, schema_name)  ' +
      '                                                                           ' +
      '                                                                           ' +
      '         \u2502',
    source: 'https://github.com/openstack-k8s-operators/edpm-ansible/pull/588',
    format: 'python',
    level: 'error',
    wrappers: ['pane-border', 'syslog'],
    fields: { program: 'nova_compute', pid: '2', logger: 'os_vif' },
  },
];
