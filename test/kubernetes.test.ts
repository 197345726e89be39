import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CONFIG_VARIABLES,
  DEFAULT_SUBGRAPH_PORTS,
  FILE_VARIABLES,
  loadConfig,
  SUBGRAPH_NAMES,
  subgraphUrlVariable,
  type SubgraphName,
} from '#shared/config.ts';
import { SECRET_FILES, writeSecretFiles } from '../scripts/lib/secret-files.ts';
import { renderKustomization, type KubernetesObject } from './support/kustomize.ts';

/**
 * deploy/kubernetes/, rendered here as `kubectl kustomize` would (see renderKustomization), validated against the
 * Kubernetes schemas (kubernetes-models: types, required fields, formats such as quantities; it does not refuse
 * unknown fields, so the fields that matter are checked by name below), and kept in step with the configuration.
 */
const root = new URL('../', import.meta.url);
const directory = new URL('deploy/kubernetes/', root);
const objects = renderKustomization(directory);
const services = [...SUBGRAPH_NAMES, 'gateway'] as const;
const portOf = (name: (typeof services)[number]) => (name === 'gateway' ? 4000 : DEFAULT_SUBGRAPH_PORTS[name]);
const MOUNT = '/run/secrets/medins-hub';

type Probe = { httpGet: { path: string; port: string } };
type Container = {
  name: string;
  image: string;
  args: string[];
  ports: { name: string; containerPort: number }[];
  env: { name: string; value: string }[];
  envFrom: { configMapRef: { name: string } }[];
  volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
  readinessProbe: Probe;
  livenessProbe: Probe;
  startupProbe: Probe;
  resources: { requests: Record<string, string>; limits: Record<string, string> };
  securityContext: Record<string, unknown>;
};
type PodSpec = {
  containers: Container[];
  securityContext: Record<string, unknown>;
  terminationGracePeriodSeconds: number;
  volumes: { name: string; secret?: { secretName: string; items: { key: string; path: string }[] } }[];
};
type DeploymentObject = KubernetesObject & {
  spec: { replicas: number; selector: { matchLabels: Record<string, string> }; template: { spec: PodSpec } };
};

const find = <T extends KubernetesObject>(kind: string, name: string) =>
  objects.find((object) => object.kind === kind && object.metadata.name === name) as T;
const deployment = (name: string) => find<DeploymentObject>('Deployment', name);
const container = (name: string) => deployment(name).spec.template.spec.containers[0]!;
const configMap = find<KubernetesObject & { data: Record<string, string> }>('ConfigMap', 'medins-hub-config');
const secret = objects.find((object) => object.kind === 'Secret') as KubernetesObject & {
  data: Record<string, string>;
};

/** The schema each kind is validated against. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};
const validate = (object: KubernetesObject) => {
  const Model = MODELS[`${object.apiVersion}/${object.kind}`];
  if (!Model) throw new Error(`no schema for ${object.apiVersion}/${object.kind}`);
  new Model(structuredClone(object) as never).validate();
};

/** Secret files as `npm run secrets` writes them, standing in for the mounted Secret. */
const secretsDir = mkdtempSync(join(tmpdir(), 'kubernetes-secrets-'));
writeSecretFiles(secretsDir, { databaseUrl: 'postgres://hub_admin:secret@postgres.example.gov.cn:5432/postgres' });
afterAll(() => rmSync(secretsDir, { recursive: true, force: true }));

/** The container's environment: the ConfigMap, then its own variables, with the Secret's files where mounted. */
const environment = (name: string) => ({
  ...configMap.data,
  ...Object.fromEntries(
    container(name).env.map(({ name: variable, value }) => [
      variable,
      value.startsWith(`${MOUNT}/`) ? join(secretsDir, value.slice(MOUNT.length + 1)) : value,
    ]),
  ),
});

/**
 * Which services call each subgraph, read from the code: the gateway calls them all, and a subgraph calls another
 * only through `subgraphTarget` in its `src/clients/`, naming the subgraph it calls.
 */
function callersInCode(): Record<SubgraphName, string[]> {
  const callers = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, ['gateway']])) as Record<
    SubgraphName,
    string[]
  >;
  for (const caller of SUBGRAPH_NAMES) {
    const source = new URL(`subgraphs/${caller}/src/`, root);
    const files = (readdirSync(source, { recursive: true }) as string[]).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
    );
    for (const file of files) {
      if (readFileSync(new URL(file, source), 'utf8').includes('subgraphTarget('))
        expect(file.startsWith('clients/')).toBe(true);
    }
    for (const file of files.filter((candidate) => candidate.startsWith('clients/'))) {
      const text = readFileSync(new URL(file, source), 'utf8');
      for (const callee of SUBGRAPH_NAMES) {
        if (callee !== caller && text.includes(`'${callee}'`) && !callers[callee].includes(caller))
          callers[callee].push(caller);
      }
    }
  }
  for (const name of SUBGRAPH_NAMES) callers[name].sort();
  return callers;
}

describe('deploy/kubernetes (Kustomize)', () => {
  it('renders the namespace, the configuration, the five services and their network policies', () => {
    expect(objects.map((object) => `${object.kind}/${object.metadata.name}`)).toEqual([
      'Namespace/medins-hub',
      'ConfigMap/medins-hub-config',
      ...['gateway', ...SUBGRAPH_NAMES].flatMap((name) => [
        `Deployment/${name}`,
        `Service/${name}`,
        `PodDisruptionBudget/${name}`,
      ]),
      'NetworkPolicy/default-deny-ingress',
      'NetworkPolicy/gateway',
      ...SUBGRAPH_NAMES.map((name) => `NetworkPolicy/${name}`),
      `Secret/${secret.metadata.name}`,
    ]);
    expect(secret.metadata.name).toMatch(/^medins-hub-secrets-[0-9a-f]{10}$/);
    for (const object of objects.filter((candidate) => candidate.kind !== 'Namespace'))
      expect(object.metadata.namespace).toBe('medins-hub');
  });

  it('lists every manifest in the directory in its kustomization', () => {
    const kustomization = readFileSync(new URL('kustomization.yaml', directory), 'utf8');
    const manifests = readdirSync(directory).filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml');
    for (const file of manifests) expect(kustomization).toContain(`  - ${file}\n`);
    expect(manifests.length).toBe(8);
  });

  it.each(objects.map((object) => [`${object.kind}/${object.metadata.name}`, object] as const))(
    '%s is valid against the Kubernetes schema',
    (_, object) => {
      expect(() => validate(object)).not.toThrow();
    },
  );

  it('refuses what the schema does not allow (the validation can fail)', () => {
    const broken = structuredClone(deployment('gateway')) as KubernetesObject & { spec: Record<string, unknown> };
    broken.spec.replicas = 'two';
    expect(() => validate(broken)).toThrow('data/spec/replicas must be integer');
    const quantity = structuredClone(deployment('gateway'));
    quantity.spec.template.spec.containers[0]!.resources.limits.memory = 'a lot';
    expect(() => validate(quantity)).toThrow('must match format "quantity"');
  });

  it.each(services)('runs two replicas of %s from its entry point in the one image, on its port', (name) => {
    expect(deployment(name).spec.replicas).toBe(2);
    const main = container(name);
    expect(main.image).toBe('medins-hub:0.1.0');
    const entry = name === 'gateway' ? 'gateway/src/index.ts' : `subgraphs/${name}/src/index.ts`;
    expect(main.args).toEqual([entry]);
    expect(existsSync(new URL(entry, root))).toBe(true);
    expect(main.ports).toEqual([{ name: 'http', containerPort: portOf(name) }]);
    expect(main.env[0]).toEqual({ name: 'PORT', value: String(portOf(name)) });
    expect(find('Service', name).spec).toEqual({
      selector: { 'app.kubernetes.io/name': 'medins-hub', 'app.kubernetes.io/component': name },
      ports: [{ name: 'http', port: portOf(name), targetPort: 'http' }],
    });
    expect(find('PodDisruptionBudget', name).spec).toEqual({
      minAvailable: 1,
      selector: { matchLabels: deployment(name).spec.selector.matchLabels },
    });
  });

  it.each(services)(
    'probes %s: ready on /readyz (the gateway on /healthz), alive on /healthz, with requests and limits',
    (name) => {
      const main = container(name);
      // The gateway answers partial results with a subgraph down: it stays in service (README, Operations).
      expect(main.readinessProbe.httpGet).toEqual({ path: name === 'gateway' ? '/healthz' : '/readyz', port: 'http' });
      expect(main.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(main.startupProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(Object.keys(main.resources.requests).sort()).toEqual(['cpu', 'memory']);
      expect(Object.keys(main.resources.limits).sort()).toEqual(['cpu', 'memory']);
    },
  );

  it.each(services)("runs %s as the image's non-root user, read-only, with nothing to escalate", (name) => {
    const pod = deployment(name).spec.template.spec;
    expect(pod.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: 1000,
      runAsGroup: 1000,
      fsGroup: 1000,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(container(name).securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(Number(configMap.data.SHUTDOWN_GRACE_MS));
  });

  it('sets only variables the code reads, and nothing secret, in the ConfigMap', () => {
    expect(configMap.data).toEqual({
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: '10000',
      SUBGRAPH_TIMEOUT_MS: '10000',
      ...Object.fromEntries(
        SUBGRAPH_NAMES.map((name) => [subgraphUrlVariable(name), `http://${name}:${portOf(name)}/graphql`]),
      ),
    });
    for (const variable of Object.keys(configMap.data)) {
      expect(CONFIG_VARIABLES).toContain(variable);
      expect(FILE_VARIABLES).not.toContain(variable);
    }
  });

  it.each(services)('gives %s its secrets as files from the Secret, read through *_FILE, and nothing else', (name) => {
    const main = container(name);
    expect(main.envFrom).toEqual([{ configMapRef: { name: 'medins-hub-config' } }]);
    const files: string[] = [];
    for (const { name: variable, value } of main.env) {
      if (!variable.endsWith('_FILE')) {
        expect(CONFIG_VARIABLES).toContain(variable);
        expect(FILE_VARIABLES).not.toContain(variable);
        continue;
      }
      const key = value.slice(MOUNT.length + 1) as keyof typeof SECRET_FILES;
      expect(value).toBe(`${MOUNT}/${key}`);
      expect(SECRET_FILES[key]).toBe(variable.replace(/_FILE$/, ''));
      files.push(key);
    }
    const volume = deployment(name).spec.template.spec.volumes.find((candidate) => candidate.name === 'secrets')!;
    expect(volume.secret!.secretName).toBe(secret.metadata.name);
    expect(volume.secret!.items).toEqual(files.map((key) => ({ key, path: key })));
    expect(main.volumeMounts).toContainEqual({ name: 'secrets', mountPath: MOUNT, readOnly: true });
    const expected =
      name === 'gateway'
        ? ['enrollment-secret', 'contributions-secret', 'accounts-secret', 'transfers-secret', 'auth-public-key']
        : ['database-url', 'person-id-key', 'agency-seal-key', ...SUBGRAPH_NAMES.map((n) => `${n}-secret`)];
    expect(files.sort()).toEqual([...expected, 'metrics-token'].sort());
  });

  it('generates the Secret from exactly the files `npm run secrets` writes', () => {
    expect(Object.keys(secret.data).sort()).toEqual(Object.keys(SECRET_FILES).sort());
  });

  it.each(SUBGRAPH_NAMES)('gives the %s subgraph a configuration loadConfig accepts in production', (name) => {
    const config = loadConfig(environment(name));
    expect(config.nodeEnv).toBe('production');
    expect(config.port).toBe(DEFAULT_SUBGRAPH_PORTS[name]);
    expect(config.databaseUrl).toBe('postgres://hub_admin:secret@postgres.example.gov.cn:5432/postgres');
    expect(config.metricsToken).toBe(readFileSync(join(secretsDir, 'metrics-token'), 'utf8').trim());
  });

  it('gives the gateway a configuration loadConfig accepts, pointing at each subgraph Service', () => {
    const config = loadConfig(environment('gateway'), 'gateway');
    expect(config.port).toBe(4000);
    expect(config.auth.publicKey).toBe(readFileSync(join(secretsDir, 'auth-public-key'), 'utf8').trimEnd());
    for (const name of SUBGRAPH_NAMES) {
      const port = (find('Service', name).spec as { ports: { port: number }[] }).ports[0]!.port;
      expect(config.subgraphUrls[name]).toBe(`http://${name}:${port}/graphql`);
    }
  });

  it('finds in the code which services call each subgraph', () => {
    expect(callersInCode()).toEqual({
      enrollment: ['accounts', 'gateway', 'transfers'],
      contributions: ['gateway', 'transfers'],
      accounts: ['gateway', 'transfers'],
      transfers: ['gateway'],
    });
  });

  it('denies all ingress but to the gateway, and to each subgraph from exactly the services that call it', () => {
    type Policy = KubernetesObject & {
      spec: {
        podSelector: { matchLabels?: Record<string, string> };
        policyTypes: string[];
        ingress?: {
          from?: {
            podSelector: {
              matchLabels: Record<string, string>;
              matchExpressions: { key: string; operator: string; values: string[] }[];
            };
          }[];
          ports: { protocol: string; port: number }[];
        }[];
      };
    };
    expect(find<Policy>('NetworkPolicy', 'default-deny-ingress').spec).toEqual({
      podSelector: {},
      policyTypes: ['Ingress'],
    });
    expect(find<Policy>('NetworkPolicy', 'gateway').spec.ingress).toEqual([
      { ports: [{ protocol: 'TCP', port: 4000 }] },
    ]);
    const callers = callersInCode();
    for (const name of SUBGRAPH_NAMES) {
      const policy = find<Policy>('NetworkPolicy', name);
      expect(policy.spec.podSelector.matchLabels).toEqual(deployment(name).spec.selector.matchLabels);
      expect(policy.spec.ingress).toEqual([
        {
          from: [
            {
              podSelector: {
                matchLabels: { 'app.kubernetes.io/name': 'medins-hub' },
                matchExpressions: [{ key: 'app.kubernetes.io/component', operator: 'In', values: callers[name] }],
              },
            },
          ],
          ports: [{ protocol: 'TCP', port: DEFAULT_SUBGRAPH_PORTS[name] }],
        },
      ]);
    }
  });
});
