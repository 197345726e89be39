/**
 * `npm run token -- --role AGENCY --region 440100`: a development bearer token, signed with the development key
 * pair in DATA_DIR that the development gateway trusts. Options:
 *   --role PERSON|EMPLOYER|AGENCY|NATIONAL   --region <code> (AGENCY)   --id-number <ID number> (PERSON)
 *   --employer <id> (EMPLOYER)   --subject <who>   --hours <validity, default 8>
 * Use it as: curl -H "Authorization: Bearer $(npm run -s token -- --role NATIONAL)" …
 *
 * With --subgraph <name> it prints instead the identity header the gateway would forward to that subgraph
 * (valid 5 minutes), for a region developer querying one subgraph run alone:
 *   curl -H "x-hub-identity: $(npm run -s token -- --role NATIONAL --subgraph accounts)" …
 */
import { parseArgs } from 'node:util';
import { developmentKeys } from '#shared/auth/development-keys.ts';
import { mintToken, type TokenClaims } from '#shared/auth/tokens.ts';
import { signIdentity } from '#shared/auth/identity.ts';
import { loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '#shared/config.ts';
import { InputProblems } from '#shared/errors.ts';
import { checkDocument, documentKeyFor } from '#shared/identity/documents.ts';
import { findRegion } from '#shared/regions/regions.ts';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    region: { type: 'string' },
    'id-number': { type: 'string' },
    employer: { type: 'string' },
    subject: { type: 'string' },
    hours: { type: 'string', default: '8' },
    subgraph: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(
    `${message}\nUsage: npm run token -- --role AGENCY --region 440100 | --role PERSON --id-number <n> | --role EMPLOYER --employer <id> | --role NATIONAL`,
  );
  process.exit(2);
}

const config = loadConfig();
if (config.nodeEnv === 'production')
  fail('Tokens for production come from your identity provider, not from this script.');
const role = values.role as TokenClaims['role'];
const claims: TokenClaims = { role, subject: values.subject ?? `dev-${(role ?? '').toLowerCase()}` };
switch (role) {
  case 'AGENCY':
    if (!values.region || !findRegion(values.region)) fail('--region: give a pooling region code, e.g. 440100');
    claims.regionCode = values.region;
    break;
  case 'PERSON': {
    const idNumber = values['id-number'] ?? fail("--id-number: give the person's ID number");
    const problems = new InputProblems();
    checkDocument(problems, { idNumber }, { number: '--id-number', issuingCountry: '--id-number' });
    const problem = problems.describe('Refused');
    if (problem) fail(problem);
    // The person's first document (a resident ID card): its key is their Person.id.
    claims.personId = documentKeyFor(config.personIdKey, { idNumber });
    break;
  }
  case 'EMPLOYER':
    claims.employerId =
      values.employer ?? fail('--employer: give the employer id (e.g. its unified social credit code)');
    break;
  case 'NATIONAL':
    break;
  default:
    fail('--role: PERSON, EMPLOYER, AGENCY or NATIONAL');
}
if (values.subgraph) {
  const name = values.subgraph as SubgraphName;
  if (!SUBGRAPH_NAMES.includes(name)) fail(`--subgraph: one of ${SUBGRAPH_NAMES.join(', ')}`);
  const { subject, role: claimedRole, regionCode, personId, employerId } = claims;
  const identity = {
    role: claimedRole,
    subject,
    ...(regionCode ? { regionCode } : {}),
    ...(personId ? { personId } : {}),
    ...(employerId ? { employerId } : {}),
  };
  console.log(signIdentity(identity, config.subgraphSecrets[name]));
} else {
  const { privateKey } = developmentKeys(config.dataDir);
  console.log(await mintToken(privateKey, claims, { hours: Number(values.hours) }));
}
