import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseAllDocuments, parse } from 'yaml';

/** A Kubernetes object as YAML holds it. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

interface Kustomization {
  namespace?: string;
  resources: string[];
  images?: { name: string; newName?: string; newTag?: string }[];
  secretGenerator?: { name: string; type?: string; files: string[] }[];
}

/** Kinds that live outside any namespace (of those a kustomization here may list). */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass']);

type PodSpec = {
  containers: { image: string }[];
  volumes?: { secret?: { secretName: string } }[];
};

/**
 * Renders a kustomization the way `kubectl kustomize` does for the features this repository uses, since kubectl is
 * not installed here: the objects of every listed resource file in order (YAML 1.1 like kubectl's parser, so an
 * octal file mode reads as kubectl reads it), the `namespace` set on every namespaced object, `images` applied to
 * the containers, and each `secretGenerator` turned into a Secret whose name carries a hash of its contents, with
 * the Deployments' references renamed to it. A generator's file that is missing (they are gitignored) gives its
 * key an empty value. Not covered, because not used: patches, components, bases, configMapGenerator, replacements.
 */
export function renderKustomization(directory: URL): KubernetesObject[] {
  const kustomization = parse(readFileSync(new URL('kustomization.yaml', directory), 'utf8')) as Kustomization;
  const objects = kustomization.resources.flatMap((resource) =>
    parseAllDocuments(readFileSync(new URL(resource, directory), 'utf8'), { version: '1.1' }).map(
      (document) => document.toJS() as KubernetesObject,
    ),
  );
  const renamed = new Map<string, string>();
  for (const generator of kustomization.secretGenerator ?? []) {
    const data = Object.fromEntries(
      generator.files.map((entry) => {
        const [key, path] = entry.includes('=') ? entry.split('=', 2) : [basename(entry), entry];
        const file = new URL(path!, directory);
        return [key!, existsSync(file) ? readFileSync(file).toString('base64') : ''];
      }),
    );
    const type = generator.type ?? 'Opaque';
    const hash = createHash('sha256')
      .update(JSON.stringify({ name: generator.name, type, data }))
      .digest('hex')
      .slice(0, 10);
    renamed.set(generator.name, `${generator.name}-${hash}`);
    objects.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: `${generator.name}-${hash}` }, type, data });
  }
  for (const object of objects) {
    if (kustomization.namespace && !CLUSTER_SCOPED.has(object.kind))
      object.metadata.namespace = kustomization.namespace;
    if (object.kind !== 'Deployment') continue;
    const pod = (object.spec as { template: { spec: PodSpec } }).template.spec;
    for (const container of pod.containers) {
      const image = kustomization.images?.find((candidate) => candidate.name === container.image.split(':')[0]);
      if (image) container.image = `${image.newName ?? image.name}:${image.newTag ?? 'latest'}`;
    }
    for (const volume of pod.volumes ?? []) {
      if (volume.secret && renamed.has(volume.secret.secretName))
        volume.secret.secretName = renamed.get(volume.secret.secretName)!;
    }
  }
  return objects;
}
