import { createPublicKey } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { DEVELOPMENT_ADMINISTRATOR, type Identity, type Role } from '#shared/auth/identity.ts';
import type { Config } from '#shared/config.ts';
import { findRegion } from '#shared/regions/regions.ts';

const ROLES: readonly Role[] = ['PERSON', 'EMPLOYER', 'AGENCY', 'NATIONAL'];

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** The identity a verified token's claims describe, or why they describe none. */
function identityOf(claims: JWTPayload): Identity {
  const role = claims.role as Role;
  const subject = claims.sub;
  if (!ROLES.includes(role) || !subject) throw unauthenticated('The token has no valid role and subject (sub).');
  const identity: Identity = { role, subject };
  if (role === 'PERSON') {
    if (typeof claims.person_id !== 'string' || !/^[0-9a-f]{32}$/.test(claims.person_id)) {
      throw unauthenticated('A PERSON token carries the person_id claim (the Person.id of its holder).');
    }
    identity.personId = claims.person_id;
  }
  if (role === 'AGENCY') {
    if (typeof claims.region !== 'string' || !findRegion(claims.region)) {
      throw unauthenticated("An AGENCY token carries the region claim: its pooling region's 6-digit code.");
    }
    identity.regionCode = claims.region;
  }
  if (role === 'EMPLOYER') {
    if (typeof claims.employer_id !== 'string' || claims.employer_id.length === 0) {
      throw unauthenticated('An EMPLOYER token carries the employer_id claim (e.g. the unified social credit code).');
    }
    identity.employerId = claims.employer_id;
  }
  return identity;
}

/**
 * Authenticates each request at the gateway: a JWT bearer token verified against the configured public key
 * (AUTH_PUBLIC_KEY) or key set (AUTH_JWKS_URL), with issuer and audience when configured. Without a token,
 * production refuses the request and development acts as the national administrator.
 */
export function createAuthenticator(config: Config, developmentPublicKey?: string) {
  const pem = config.auth.publicKey ?? (config.nodeEnv === 'production' ? undefined : developmentPublicKey);
  const key = config.auth.jwksUrl
    ? createRemoteJWKSet(new URL(config.auth.jwksUrl))
    : pem
      ? createPublicKey(pem)
      : undefined;
  const options = {
    algorithms: ['EdDSA', 'ES256', 'RS256'],
    ...(config.auth.issuer ? { issuer: config.auth.issuer } : {}),
    ...(config.auth.audience ? { audience: config.auth.audience } : {}),
  };
  return async function authenticate(request: IncomingMessage): Promise<Identity> {
    const clientIp = request.socket.remoteAddress ?? 'unknown';
    const header = request.headers.authorization;
    if (!header) {
      if (config.nodeEnv === 'production') throw unauthenticated('Send a bearer token: Authorization: Bearer <JWT>.');
      return { ...DEVELOPMENT_ADMINISTRATOR, clientIp };
    }
    const token = /^Bearer (\S+)$/i.exec(header)?.[1];
    if (!token || !key) throw unauthenticated('Send a bearer token: Authorization: Bearer <JWT>.');
    let claims: JWTPayload;
    try {
      ({ payload: claims } =
        typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options));
    } catch {
      throw unauthenticated('The bearer token is not valid (signature, expiry, issuer or audience): get a new one.');
    }
    return { ...identityOf(claims), clientIp };
  };
}
