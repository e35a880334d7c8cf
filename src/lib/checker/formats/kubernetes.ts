import type { FormatDefinition, Sample } from './types.ts';
import { re } from './fragments.ts';

export const kubernetes: FormatDefinition = {
  id: 'kubernetes',
  program: /^(?:kubelet|kube-|k3s)/,
  level: { words: { normal: 'info' } },
  layouts: [
    // klog (kubelet, apiserver; Go sources): `E1029 13:16:48.471488    4919 pod_workers.go:182] …`. C++ glog
    // lines have the same layout with `.cc` sources: generic.ts.
    {
      pattern: re('^(?<level>[IWEF])(?<timestamp>\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}) +(?<pid>\\d+) (?<source>[\\w.-]+\\.go:\\d+)\\] '),
      first: 'IWEF',
    },
    // `kubectl describe` events: `Warning  BackOff  2m (x5 over 3m)  kubelet  Back-off restarting failed container`.
    {
      pattern: re('^(?<level>Normal|Warning) +(?<reason>[A-Za-z]+) +(?<age>\\S+(?: \\(x\\d+ over \\S+\\))?) +(?<source>\\S+) +'),
      first: 'NW',
    },
    // `kubectl get events`: `2m   Warning   BackOff   pod/web-1   Back-off restarting failed container`.
    {
      pattern: re('^(?<age>\\d+[smhd]\\w*|<unknown>) +(?<level>Normal|Warning) +(?<reason>[A-Za-z]+) +(?<object>[a-z][\\w.-]*/[\\w.-]+) +'),
      first: '0123456789<',
    },
    // `kubectl get pods`: `web-7d4b9c-x2x 0/1 CrashLoopBackOff 5 (30s ago) 3m`.
    {
      pattern: re('^(?<pod>[a-z0-9][a-z0-9.-]*) +(?<ready>\\d+/\\d+) +(?<status>[A-Za-z:]+) +(?<restarts>\\d+)(?: \\([^)]*\\))? +(?<age>\\d+[smhd]\\w*)$'),
      needs: '/',
    },
    { pattern: re('^Error from server(?: \\([A-Za-z]+\\))?: '), first: 'E' },
  ],
};

export const samples: Sample[] = [];
