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

/**
 * A terminal echoes Ctrl-C as `^C` where the cursor is, so the line a program prints as it stops starts with
 * it: `^CINFO[2022-06-26T16:10:18.929225515-07:00] Processing signal 'interrupt'`. Peeled only before a format.
 */
export const ctrlC: WrapperDefinition = {
  id: 'ctrl-c',
  format: 'generic',
  layouts: [{ pattern: re('^\\^C'), first: '^' }],
  onlyBeforeAFormat: true,
};

export const samples: Sample[] = [
  {
    line: "^CINFO[2022-06-26T16:10:18.929225515-07:00] Processing signal 'interrupt'       ",
    source: 'https://github.com/docker/for-linux/issues/1411',
    format: 'docker',
    level: 'info',
    wrappers: ['ctrl-c'],
  },
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
