import { createPrivateKey } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Role } from './identity.ts';

export interface TokenClaims {
  role: Exclude<Role, 'SERVICE'>;
  subject: string;
  regionCode?: string;
  personId?: string;
  employerId?: string;
}

/** A bearer token as an identity provider issues it: EdDSA-signed, with the hub's role claims. */
export async function mintToken(
  privateKeyPem: string,
  claims: TokenClaims,
  options: { hours?: number; issuer?: string; audience?: string } = {},
) {
  const jwt = new SignJWT({
    role: claims.role,
    ...(claims.regionCode ? { region: claims.regionCode } : {}),
    ...(claims.personId ? { person_id: claims.personId } : {}),
    ...(claims.employerId ? { employer_id: claims.employerId } : {}),
  })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime(`${options.hours ?? 8}h`);
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(createPrivateKey(privateKeyPem));
}
