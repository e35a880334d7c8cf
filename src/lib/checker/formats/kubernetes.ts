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

export const samples: Sample[] = [
  {
    line: 'Oct 29 13:16:48 centos02 kubelet[4919]: E1029 13:16:48.471488    4919 pod_workers.go:182] Error syncing pod cc89ef7c-bc47-11e7-85ce-901b0edee6b6 ("alpine-368057524-bgt0m_default(cc89ef7c-bc47-11e7-85ce-901b0edee6b6)"), skipping: failed to "StartContainer" for "alpine" with CrashLoopBackOff: "Back-off 5m0s restarting failed container=alpine pod=alpine-368057524-bgt0m_default(cc89ef7c-bc47-11e7-85ce-901b0edee6b6)"',
    source: 'https://github.com/kubernetes/kubernetes/issues/54760',
    format: 'kubernetes',
    level: 'error',
    wrappers: ['syslog'],
    fields: { hostname: 'centos02', program: 'kubelet', source: 'pod_workers.go:182' },
  },
  {
    line: 'E1105 10:29:54.088160    4789 reflector.go:205] pkg/kubelet/kubelet.go:279: Failed to list *api.Service: Get https://3.0.38.45:5443/api/v1/namespaces/cse-system/services?resourceVersion=0: net/http: TLS handshake timeout',
    source: 'https://github.com/kubernetes/kubernetes/issues/36341',
    format: 'kubernetes',
    level: 'error',
    fields: { pid: '4789', source: 'reflector.go:205' },
  },
  {
    line: 'Warning  BackOff    4m53s (x72 over 20m)  kubelet            Back-off restarting failed container manager',
    source: 'https://github.com/kubernetes/kubernetes/issues/113215',
    format: 'kubernetes',
    level: 'warning',
    fields: { reason: 'BackOff', age: '4m53s (x72 over 20m)', source: 'kubelet' },
  },
  {
    line: 'Normal   Scheduled  18m                   default-scheduler  Successfully assigned xxx/xxx-controller-manager-7c8fcd5fff-4fprb to cloud-dev',
    source: 'https://github.com/kubernetes/kubernetes/issues/113215',
    format: 'kubernetes',
    level: 'info',
    fields: { reason: 'Scheduled' },
  },
  {
    line: 'prometheus-0   5/5       Running   30         21h',
    source: 'https://github.com/kubernetes/kubernetes/issues/54491',
    format: 'kubernetes',
    level: null,
    fields: { pod: 'prometheus-0', ready: '5/5', status: 'Running', restarts: '30' },
  },
];
