/**
 * The region an AGENCY bearer token acts for, read from its claims (not verified here: the gateway verifies it),
 * so that rows of another region are reported before they are sent. Undefined for any other token, and without
 * one (development: the gateway acts as the national administrator).
 */
export function agencyRegionOf(token: string | undefined): string | undefined {
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      role?: unknown;
      region?: unknown;
    };
    return claims.role === 'AGENCY' && typeof claims.region === 'string' ? claims.region : undefined;
  } catch {
    return undefined;
  }
}
