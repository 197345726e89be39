import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Who is calling. The gateway authenticates the caller (a JWT) and forwards the identity to each subgraph,
 * signed with that subgraph's own secret; subgraphs trust nothing else.
 * - PERSON: their own record only (`personId`, the hub's opaque id).
 * - EMPLOYER: applies for and follows the transfers it applied for (`employerId`).
 * - AGENCY: a region's agency (`regionCode`): people enrolled in its region, transfers touching it, the steps
 *   its region performs.
 * - NATIONAL: reads everything and may act for any agency (the national administrator, 003 art 3).
 * - SERVICE: the transfer workflow calling the other subgraphs' internal mutations.
 */
export type Role = 'PERSON' | 'EMPLOYER' | 'AGENCY' | 'NATIONAL' | 'SERVICE';

export interface Identity {
  role: Role;
  /** Who, for the audit trail: the token's subject. */
  subject: string;
  personId?: string;
  employerId?: string;
  regionCode?: string;
  /** Where the request came from, for the audit trail. */
  clientIp?: string;
}

export const IDENTITY_HEADER = 'x-hub-identity';

/** What a request without a token acts as in development mode, so GraphiQL works out of the box. */
export const DEVELOPMENT_ADMINISTRATOR: Identity = { role: 'NATIONAL', subject: 'development-administrator' };

export const WORKFLOW_SERVICE: Identity = { role: 'SERVICE', subject: 'transfers-workflow' };

/** A forwarded identity is good for this long: enough for one request, too short to replay later. */
const MAX_AGE_MS = 5 * 60_000;

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** `<payload>.<HMAC-SHA256>`, the payload a base64url JSON of the identity and the time it was signed. */
export function signIdentity(identity: Identity, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...identity, signedAt: now })).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** The identity in a header, or null when the signature is wrong, the header malformed or too old. */
export function verifyIdentity(header: string | undefined, secret: string, now = Date.now()): Identity | null {
  if (!header) return null;
  const [payload, signature] = header.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { signedAt, ...identity } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Identity & {
      signedAt: number;
    };
    if (typeof signedAt !== 'number' || Math.abs(now - signedAt) > MAX_AGE_MS) return null;
    return identity;
  } catch {
    return null;
  }
}
