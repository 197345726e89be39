import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What the enrollment subgraph vouches for in a person's representation: the regions they are enrolled in,
 * bound to their `Person.id` by an HMAC-SHA256. The other subgraphs decide an agency's access on those regions
 * (`@requires(fields: "enrolledRegions enrolledRegionsProof")`), so they accept them only with a proof that
 * verifies for the representation's own id: a representation whose id was swapped (an alias named like the key,
 * apollographql/federation#3036) or whose regions were edited is refused.
 *
 * The key is derived from PERSON_ID_KEY, which every subgraph already holds and keeps secret, under a label of
 * its own, so the proofs cannot be confused with person ids.
 */
const subkey = (personIdKey: string) => createHmac('sha256', personIdKey).update('enrolled-regions-proof').digest();

function mac(personIdKey: string, personId: string, regions: readonly string[]): Buffer {
  const canonical = [...new Set(regions)].sort().join(',');
  return createHmac('sha256', subkey(personIdKey)).update(`${personId}\n${canonical}`).digest();
}

/** The proof for these regions of this person, base64url. */
export function proveEnrolledRegions(personIdKey: string, personId: string, regions: readonly string[]): string {
  return mac(personIdKey, personId, regions).toString('base64url');
}

/** Whether `proof` was made by the enrollment subgraph for exactly this person and these regions. */
export function verifyEnrolledRegions(
  personIdKey: string,
  personId: unknown,
  regions: unknown,
  proof: unknown,
): regions is string[] {
  if (typeof personId !== 'string' || typeof proof !== 'string') return false;
  if (!Array.isArray(regions) || !regions.every((region) => typeof region === 'string')) return false;
  const expected = mac(personIdKey, personId, regions);
  const given = Buffer.from(proof, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
