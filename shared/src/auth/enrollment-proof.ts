import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What the enrollment subgraph vouches for in a person's representation: the regions they are enrolled in and the
 * keys their records are filed under (one per identity document, `recordKeys`), bound to their `Person.id` by an
 * HMAC-SHA256. The other subgraphs decide an agency's access on those regions and read the records under those
 * keys (`@requires(fields: "enrolledRegions recordKeys enrollmentProof")`), so they accept them only with a proof
 * that verifies for the representation's own id: a representation whose id was swapped (an alias named like the
 * key, apollographql/federation#3036), whose regions were edited or which names another person's keys is refused.
 *
 * The key is derived from PERSON_ID_KEY, which every subgraph already holds and keeps secret, under a label of
 * its own, so the proofs cannot be confused with person ids.
 */
const subkeys = new Map<string, Buffer>();
const subkey = (personIdKey: string) => {
  let key = subkeys.get(personIdKey);
  if (!key) subkeys.set(personIdKey, (key = createHmac('sha256', personIdKey).update('enrollment-proof').digest()));
  return key;
};

const canonical = (values: readonly string[]) => [...new Set(values)].sort().join(',');

function mac(personIdKey: string, personId: string, regions: readonly string[], recordKeys: readonly string[]): Buffer {
  return createHmac('sha256', subkey(personIdKey))
    .update(`${personId}\n${canonical(regions)}\n${canonical(recordKeys)}`)
    .digest();
}

/** The proof for these regions and record keys of this person, base64url. */
export function proveEnrollment(
  personIdKey: string,
  personId: string,
  regions: readonly string[],
  recordKeys: readonly string[],
): string {
  return mac(personIdKey, personId, regions, recordKeys).toString('base64url');
}

const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Whether `proof` was made by the enrollment subgraph for exactly this person, these regions and these keys. */
export function verifyEnrollment(
  personIdKey: string,
  personId: unknown,
  regions: unknown,
  recordKeys: unknown,
  proof: unknown,
): boolean {
  if (typeof personId !== 'string' || typeof proof !== 'string' || !isTextList(regions) || !isTextList(recordKeys))
    return false;
  const expected = mac(personIdKey, personId, regions, recordKeys);
  const given = Buffer.from(proof, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
