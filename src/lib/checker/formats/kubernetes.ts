import type { FormatDefinition, Sample } from './types.ts';
import { MONTH, re, WEEKDAY, WEEKDAY_INITIALS } from './fragments.ts';

// A `kubectl get events` row around its type: `2m   ` … `   BackOff   pod/web-1   ` (older: the kind alone, `Pod`).
const EVENT_AGE = '(?<age>\\d+[smhd]\\w*|<unknown>) +';
const EVENT_REST = ' +(?<reason>[A-Za-z]+) +(?<object>[A-Za-z][\\w.-]*(?:/[\\w.-]+)?) +';

/** Go's time.RFC1123Z, as kubectl 1.0 printed event times: `Tue, 31 Mar 2015 18:33:34 +0300`. */
const RFC1123 = `${WEEKDAY}, \\d{2} ${MONTH} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}`;

/** `kubectl describe pod`'s field names (describe.go), longest first where one starts another. */
const DESCRIBE_FIELDS = [
  'Priority Class Name',
  'Runtime Class Name',
  'Init Containers',
  'Service Account',
  'Node-Selectors',
  'Controlled By',
  'Restart Count',
  'Container ID',
  'Annotations',
  'Environment',
  'Tolerations',
  'Conditions',
  'Containers',
  'Last State',
  'Start Time',
  'Exit Code',
  'Host Port',
  'Namespace',
  'QoS Class',
  'Readiness',
  'Finished',
  'Image ID',
  'Liveness',
  'Priority',
  'Requests',
  'Command',
  'Message',
  'Started',
  'Startup',
  'Volumes',
  'Events',
  'Labels',
  'Limits',
  'Mounts',
  'Reason',
  'Signal',
  'Status',
  'Image',
  'Ready',
  'State',
  'Args',
  'Name',
  'Node',
  'Port',
  'IPs',
  'IP',
].join('|');

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
      needs: '] ',
    },
    // `kubectl describe` events: `Warning  BackOff  2m (x5 over 3m)  kubelet  Back-off restarting failed container`.
    {
      pattern: re('^(?<level>Normal|Warning) +(?<reason>[A-Za-z]+) +(?<age>\\S+(?: \\(x\\d+ over \\S+\\))?) +(?<source>\\S+) +'),
      first: 'NW',
    },
    // `kubectl get events`: `2m   Warning   BackOff   pod/web-1   Back-off restarting failed container`.
    { pattern: re(`^${EVENT_AGE}(?<level>Warning)${EVENT_REST}`), first: '0123456789<', needs: ' Warning ' },
    { pattern: re(`^${EVENT_AGE}(?<level>Normal)${EVENT_REST}`), first: '0123456789<', needs: ' Normal ' },
    // `kubectl get events` before 1.14: the last and first seen, the count, the object's name and kind, the
    // subobject (often empty), the type, the reason and the source:
    // `1m   2m   15   pause-7774d79b5   ReplicaSet      Warning   FailedCreate   replicaset-controller   Error creating: …`.
    {
      pattern: re(
        `^${EVENT_AGE}(?<firstSeen>\\d+[smhd]\\w*|<unknown>) +(?<count>\\d+) +(?<object>[\\w.-]+) +(?<kind>[A-Z][A-Za-z]*) +` +
          '(?:(?<subobject>\\S+) +)?(?<level>Normal|Warning) +(?<reason>[A-Za-z]+) +',
      ),
      first: '0123456789<',
    },
    // … and in 1.0, with the first and last seen as RFC 1123 times and no type (so no level):
    // `Tue, 31 Mar 2015 18:33:34 +0300   Tue, 31 Mar 2015 19:56:05 +0300   211   redis-master-controller-fplln   Pod   …`.
    {
      pattern: re(`^(?<firstSeen>${RFC1123}) +(?<lastSeen>${RFC1123}) +(?<count>\\d+) +(?<object>[\\w.-]+) +(?<kind>[A-Z][A-Za-z]*) +`),
      first: WEEKDAY_INITIALS,
      needs: ', ',
    },
    // `kubectl get pods` (`-A` adds the namespace): `web-7d4b9c-x2x 0/1 CrashLoopBackOff 5 (30s ago) 3m`.
    {
      pattern: re(
        '^(?:(?<namespace>[a-z0-9][a-z0-9-]*) +)?(?<pod>[a-z0-9][a-z0-9.-]*) +(?<ready>\\d+/\\d+) +(?<status>[A-Za-z:]+) +' +
          '(?<restarts>\\d+)(?: \\([^)]*\\))? +(?<age>\\d+[smhd]\\w*)$',
      ),
      needs: '/',
    },
    // The header rows of those tables: `NAMESPACE   NAME   READY   STATUS   RESTARTS   AGE`,
    // `LAST SEEN   TYPE   REASON   OBJECT   MESSAGE`.
    { pattern: re('^(?:NAMESPACE +)?NAME +READY +STATUS +RESTARTS +AGE'), first: 'N' },
    { pattern: re('^LAST SEEN +TYPE +REASON +OBJECT +'), first: 'L' },
    // … and of the older events table: `LASTSEEN   FIRSTSEEN   COUNT   NAME   KIND   SUBOBJECT   TYPE   REASON …`
    // (1.0 put FIRSTSEEN first and had no TYPE).
    { pattern: re('^(?:LASTSEEN +FIRSTSEEN|FIRSTSEEN +LASTSEEN) +COUNT +NAME +KIND +SUBOBJECT +'), first: 'LF' },
    // `kubectl describe pod`'s fields (describe.go), each a record with what is indented under it:
    // `Last State:     Terminated`, `Events:`. Their values are aligned by a tab writer (one space in copies that lost it).
    {
      pattern: re(`^(?:${DESCRIBE_FIELDS}):(?: +\\S|\\t|$)`),
      first: 'ACEFHILMNPQRSTV',
      needs: ':',
    },
    { pattern: re('^Error from server(?: \\([A-Za-z]+\\))?: '), first: 'E' },
    // `kubectl logs` on a pod with more than one container: `Defaulted container "postgres" out of: postgres, …`.
    { pattern: re('^Defaulted container "(?<container>[^"]*)" out of: '), first: 'D' },
  ],
};

export const samples: Sample[] = [
  {
    line:
      'Tue, 31 Mar 2015 18:33:34 +0300   Tue, 31 Mar 2015 19:56:05 +0300   211                 ' +
      'redis-master-controller-fplln   Pod                                     failedScheduling    {scheduler }        ' +
      'Error scheduling: no minions available to schedule pods',
    source: 'https://github.com/kubernetes/kubernetes/issues/6440',
    format: 'kubernetes',
    level: null,
    fields: { count: '211', kind: 'Pod' },
  },
  {
    line:
      '0s         0s          1         dapi-test-pod   Pod                                         Warning   ' +
      'InvalidEnvironmentVariableNames   kubelet, 127.0.0.1      Keys [1badkey, 2alsobad] from the EnvFrom secret ' +
      'default/mysecret were skipped since they are considered invalid environment variable names.',
    source: 'https://github.com/kubernetes/website/blob/main/content/en/docs/concepts/configuration/secret.md',
    format: 'kubernetes',
    level: 'warning',
    fields: { object: 'dapi-test-pod', kind: 'Pod', reason: 'InvalidEnvironmentVariableNames' },
  },
  {
    line: 'LASTSEEN   FIRSTSEEN   COUNT     NAME            KIND      SUBOBJECT                         TYPE      REASON',
    source: 'https://github.com/kubernetes/website/blob/main/content/en/docs/concepts/configuration/secret.md',
    format: 'kubernetes',
    level: null,
  },
  {
    line: 'Last State:     Terminated',
    source: 'https://github.com/gimlet-io/gimlet/issues/649',
    format: 'kubernetes',
    level: null,
  },
  {
    line:
      'Oct 29 13:16:48 centos02 kubelet[4919]: E1029 13:16:48.471488    4919 pod_workers.go:182] ' +
      'Error syncing pod cc89ef7c-bc47-11e7-85ce-901b0edee6b6 ("alpine-368057524-bgt0m_default(cc89ef7c-bc47-11e7-85ce-901b0edee6b6' +
      ')"), skipping: failed to "StartContainer" for "alpine" with CrashLoopBackOff: ' +
      '"Back-off 5m0s restarting failed container=alpine pod=alpine-368057524-bgt0m_default(cc89ef7c-bc47-11e7-85ce-901b0edee6b6)"',
    source: 'https://github.com/kubernetes/kubernetes/issues/54760',
    format: 'kubernetes',
    level: 'error',
    wrappers: ['syslog'],
    fields: { hostname: 'centos02', program: 'kubelet', source: 'pod_workers.go:182' },
  },
  {
    line:
      'E1105 10:29:54.088160    4789 reflector.go:205] pkg/kubelet/kubelet.go:279: ' +
      'Failed to list *api.Service: Get https://3.0.38.45:5443/api/v1/namespaces/cse-system/services?resourceVersion=0: ' +
      'net/http: TLS handshake timeout',
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
    line:
      'Normal   Scheduled  18m                   default-scheduler  Successfully assigned ' +
      'xxx/xxx-controller-manager-7c8fcd5fff-4fprb to cloud-dev',
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
  {
    line: '58m         Warning   BackOff                           Pod                   Back-off restarting failed container',
    source: 'https://github.com/kubernetes/kubernetes/issues/29838',
    format: 'kubernetes',
    level: 'warning',
    fields: { age: '58m', reason: 'BackOff', object: 'Pod' },
  },
  {
    line: 'NAMESPACE     NAME                                             READY     STATUS              RESTARTS   AGE',
    source: 'https://github.com/kubernetes/kubernetes/issues/22005',
    format: 'kubernetes',
    level: null,
  },
  {
    line: 'kube-system   fluentd-elasticsearch-e2e-test-mml-minion-siao   0/1       ImagePullBackOff    0          32m',
    source: 'https://github.com/kubernetes/kubernetes/issues/22005',
    format: 'kubernetes',
    level: null,
    fields: { namespace: 'kube-system', status: 'ImagePullBackOff' },
  },
  {
    line: 'Defaulted container "postgres" out of: postgres, bootstrap-controller (init)',
    source: 'https://github.com/trueforge-org/truecharts/issues/17048',
    format: 'kubernetes',
    level: null,
  },
];
