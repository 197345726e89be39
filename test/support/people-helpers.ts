import { gql, type GraphQLClient } from 'graphql-request';
import { addMonths, formatYearMonth, parseYearMonth } from '#shared/year-month.ts';

/** Data entry through the gateway, as agencies do it, for the workflow tests. */
export function agencyDesk(client: GraphQLClient) {
  return {
    async enroll(
      idNumber: string,
      regionCode: string,
      insuranceType: string,
      startMonth: string,
      name = '林静',
    ): Promise<string> {
      const result = await client.request<{ enroll: { id: string } }>(
        gql`
          mutation ($input: EnrollInput!) {
            enroll(input: $input) {
              id
            }
          }
        `,
        {
          input: { idNumber, name, regionCode, insuranceType, startMonth },
        },
      );
      return result.enroll.id;
    },
    async suspend(enrollmentId: string, on: string): Promise<void> {
      await client.request(
        gql`
          mutation ($id: ID!, $on: Date) {
            suspendEnrollment(id: $id, on: $on) {
              id
            }
          }
        `,
        { id: enrollmentId, on },
      );
    },
    async terminate(enrollmentId: string, on: string): Promise<void> {
      await client.request(
        gql`
          mutation ($id: ID!, $on: Date) {
            terminateEnrollment(id: $id, on: $on) {
              id
            }
          }
        `,
        { id: enrollmentId, on },
      );
    },
    /**
     * Months `from`..`to` paid on the 15th (or all on `paidOn`); `owed` months recorded without payment. The person by
     * a resident ID number, or by any document (`{ idNumber, idType, issuingCountry }`).
     */
    async pay(
      person: string | Record<string, string>,
      regionCode: string,
      insuranceType: string,
      from: string,
      to: string,
      owed: string[] = [],
      paidOn?: string,
    ): Promise<void> {
      const document = typeof person === 'string' ? { idNumber: person } : person;
      const start = parseYearMonth(from)!;
      const input = Array.from({ length: parseYearMonth(to)! - start + 1 }, (_, i) => {
        const month = formatYearMonth(addMonths(start, i));
        const paid = owed.includes(month) ? {} : { paidOn: paidOn ?? `${month}-15` };
        return { ...document, regionCode, insuranceType, month, amount: '480.00', ...paid };
      });
      await client.request(
        gql`
          mutation ($input: [ContributionInput!]!) {
            recordContributions(input: $input) {
              recorded
            }
          }
        `,
        { input },
      );
    },
    async allocate(idNumber: string, regionCode: string, amount: string, on: string): Promise<void> {
      await client.request(
        gql`
          mutation ($input: AccountEntryInput!) {
            recordAccountEntry(input: $input) {
              id
            }
          }
        `,
        {
          input: { idNumber, regionCode, kind: 'ALLOCATION', amount, on },
        },
      );
    },
    /** A fact an agency records about the person (003 art 2, 002 art 12, 002 art 14). */
    async recordFact(
      mutation: 'recordRetirement' | 'recordExemption' | 'recordOtherSchemeCover',
      input: Record<string, unknown>,
    ): Promise<void> {
      const type = {
        recordRetirement: 'RetirementInput',
        recordExemption: 'ExemptionInput',
        recordOtherSchemeCover: 'SchemeCoverInput',
      }[mutation];
      await client.request(`mutation ($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input });
    },
    async spend(idNumber: string, regionCode: string, amount: string, on: string): Promise<void> {
      await client.request(
        gql`
          mutation ($input: AccountEntryInput!) {
            recordAccountEntry(input: $input) {
              id
            }
          }
        `,
        {
          input: { idNumber, regionCode, kind: 'SPENDING', amount, on },
        },
      );
    },
  };
}
