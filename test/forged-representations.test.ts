import { gql, type GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proveEnrollment } from '#shared/auth/enrollment-proof.ts';
import { IDENTITY_HEADER, signIdentity } from '#shared/auth/identity.ts';
import { documentKeyFor } from '#shared/identity/documents.ts';
import { codes, outcome, type Reported } from './support/outcome.ts';
import { testIdNumber } from './support/people.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { startProductionStack, subgraphSecret, type ProductionStack } from './support/production.ts';
import { transferDesk } from './support/transfer-desk.ts';

/**
 * Issue 10, finding 1: the gateway builds the next subgraph's representation from response keys, so an alias
 * named like a key field forged the key (apollographql/federation#3036). Closed at two depths: the gateway
 * refuses such aliases, and the subgraphs accept a person's regions only with the enrollment subgraph's proof
 * for that very person.
 */
describe('no access through a forged representation (production)', () => {
  let hub: ProductionStack;
  let xiamen: GraphQLClient;
  let national: GraphQLClient;
  const victim = testIdNumber(400, '440106'); // insured in Guangzhou only
  const madeUp = testIdNumber(401, '350203'); // enrolled by Xiamen's agency under the victim's Person.id as a name
  let victimId: string;
  let madeUpId: string;
  let transferId: string;

  beforeAll(async () => {
    hub = await startProductionStack('forge');
    victimId = documentKeyFor(hub.config.personIdKey, { idNumber: victim });
    madeUpId = documentKeyFor(hub.config.personIdKey, { idNumber: madeUp });
    national = await hub.as({ role: 'NATIONAL', subject: 'nhsa-admin' });
    const guangzhou = agencyDesk(national);
    await guangzhou.enroll(victim, '440100', 'EMPLOYEE', '2023-01', '陈敏');
    await guangzhou.pay(victim, '440100', 'EMPLOYEE', '2023-01', '2023-06');
    await guangzhou.allocate(victim, '440100', '500.00', '2023-06-30');
    xiamen = await hub.as({ role: 'AGENCY', subject: 'xm-clerk', regionCode: '350200' });
    await agencyDesk(xiamen).enroll(madeUp, '350200', 'EMPLOYEE', '2024-01', victimId);
    const application = await transferDesk(xiamen).apply({
      idNumber: madeUp,
      fromRegion: '350200',
      toRegion: '440100',
      kind: 'EMPLOYEE_TO_EMPLOYEE',
      on: '2024-05-06',
    });
    expect(application.status).toBe('REJECTED'); // a rejected application is enough to reach Transfer.person
    transferId = application.id;
  }, 120_000);
  afterAll(() => hub?.stop());

  it('keeps the victim’s record closed to the other agency by the root field', async () => {
    const { errors } = await outcome(
      xiamen.request(
        gql`
          query ($n: String!) {
            person(idNumber: $n) {
              name
            }
          }
        `,
        { n: victim },
      ),
    );
    expect(codes(errors)).toEqual(['FORBIDDEN']);
  });

  it('refuses the attack at the gateway, before any subgraph is asked', async () => {
    const attack = gql`
      query ($t: ID!) {
        transfer(id: $t) {
          person {
            id: name
            accounts {
              entries {
                on
                kind
                amount
              }
            }
            contributions {
              month
              amount
            }
            transfers {
              status
            }
          }
        }
      }
    `;
    const answer = await outcome(xiamen.request(attack, { t: transferId }));
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      [
        'BAD_USER_INPUT',
        'The alias "id" on Person.name takes the name of a field the hub joins Person across its services by: rename the alias (e.g. "nameValue").',
      ],
    ]);
  });

  it('refuses every alias named like a key or required field, of any entity, at any depth, and __typename', async () => {
    const refused = [
      gql`
        query ($n: String!) {
          person(idNumber: $n) {
            id: name
            arrears
          }
        }
      `,
      gql`
        query ($t: ID!) {
          transfer(id: $t) {
            person {
              id: name
              accounts {
                balance
              }
              contributionYears {
                totalMonths
              }
            }
          }
        }
      `,
      gql`
        {
          region(code: "440100") {
            code: name
          }
        }
      `,
      gql`
        {
          region(code: "440100") {
            agency {
              regionCode: name
            }
          }
        }
      `,
      gql`
        query ($n: String!) {
          person(idNumber: $n) {
            benefitUse {
              regionCode: month
            }
            duplicateMonths {
              month
            }
          }
        }
      `,
      gql`
        query ($n: String!) {
          person(idNumber: $n) {
            benefitUse: arrears
          }
        }
      `,
      gql`
        query ($n: String!) {
          person(idNumber: $n) {
            ... on Person {
              __typename: name
            }
          }
        }
      `,
      gql`
        query ($n: String!) {
          person(idNumber: $n) {
            ...f
          }
        }
        fragment f on Person {
          id: idNumber
        }
      `,
    ];
    for (const query of refused) {
      const { errors } = await outcome(national.request(query, { n: victim, t: transferId }));
      expect([query, codes(errors)]).toEqual([query, ['BAD_USER_INPUT']]);
    }
    const allowed = await national.request(
      gql`
        query ($n: String!) {
          person(idNumber: $n) {
            id: id
            personName: name
            region: enrollments {
              code: status
            }
          }
        }
      `,
      { n: victim },
    );
    expect(allowed).toEqual({ person: { id: victimId, personName: '陈敏', region: [{ code: 'ACTIVE' }] } });
  });

  describe('a forged representation sent straight to a subgraph, with a valid identity', () => {
    const selections = {
      contributions: 'contributions { month amount }',
      accounts: 'accounts { balance entries { kind amount } }',
      transfers: 'transfers { status }',
    } as const;
    const send = async (subgraph: keyof typeof selections, representation: Record<string, unknown>) => {
      const identity = signIdentity(
        { role: 'AGENCY', subject: 'xm-clerk', regionCode: '350200' },
        subgraphSecret(subgraph),
      );
      const response = await fetch(hub.subgraphs[subgraph].url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: identity },
        body: JSON.stringify({
          query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${selections[subgraph]} } } }`,
          variables: { r: [{ __typename: 'Person', ...representation }] },
        }),
      });
      return (await response.json()) as { data: { _entities: unknown[] }; errors?: Reported[] };
    };
    const PROOF_MESSAGE =
      "This person's record cannot be shown: the person's regions did not come with the enrollment service's proof for this person.";

    for (const subgraph of ['contributions', 'accounts', 'transfers'] as const) {
      it(`${subgraph}: refuses the victim’s id with the made-up person’s proof, edited regions or none, and the victim’s records named as the made-up person’s`, async () => {
        const madeUpProof = proveEnrollment(hub.config.personIdKey, madeUpId, ['350200'], [madeUpId]);
        const victimProof = proveEnrollment(hub.config.personIdKey, victimId, ['440100'], [victimId]);
        const forgeries = [
          { id: victimId, enrolledRegions: ['350200'], recordKeys: [victimId], enrollmentProof: madeUpProof },
          { id: victimId, enrolledRegions: ['350200'], recordKeys: [victimId], enrollmentProof: victimProof },
          { id: victimId, enrolledRegions: ['350200'], recordKeys: [victimId] },
          { id: victimId, enrolledRegions: ['350200'], recordKeys: [victimId], enrollmentProof: 'not-a-proof' },
          // The made-up person's own id, regions and proof, naming the victim's records as theirs too.
          { id: madeUpId, enrolledRegions: ['350200'], recordKeys: [madeUpId, victimId], enrollmentProof: madeUpProof },
        ];
        for (const forged of forgeries) {
          const body = await send(subgraph, forged);
          expect(body.data).toEqual({ _entities: [{ [subgraph]: null }] });
          expect(body.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
            ['FORBIDDEN', PROOF_MESSAGE],
          ]);
        }
        // The made-up person's own representation, with its proof, is answered: the proof is what decides.
        const own = await send(subgraph, {
          id: madeUpId,
          enrolledRegions: ['350200'],
          recordKeys: [madeUpId],
          enrollmentProof: madeUpProof,
        });
        expect(own.errors).toBeUndefined();
      });
    }
  });
});
