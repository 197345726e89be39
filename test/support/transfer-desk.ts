import { gql, type GraphQLClient } from 'graphql-request';

export const TRANSFER_FIELDS = `
  id status kind mode applicant appliedOn overdue
  reasons { code message }
  deadlines { step dueOn completedOn overdue provisional workingDays rule }
  events { step actor on note }
  continuity { gapMonths backPayAllowed waitingPeriodMonths waitingPeriodDays waitingBenefitRatio retroactive effectiveFrom residentRate rule }
  contactLetter { issuedOn issuer { regionCode } fromRegion { code } toRegion { code } verified }
  funds { status declared sent inTransit credited supplementary returned }
  attention { step reason attempts }
  infoSheet {
    name rows { seq fromMonth toMonth insuranceType months agencyName regionCode note }
    accountAmount accountAmountInWords issuedOn issuer { name regionCode publicKey } signature verified
  }
`;

export interface TransferView {
  id: string;
  status: string;
  overdue: boolean;
  reasons: { code: string; message: string }[];
  deadlines: {
    step: string;
    dueOn: string;
    completedOn: string | null;
    overdue: boolean;
    provisional: boolean;
    workingDays: number;
    rule: string;
  }[];
  events: { step: string; actor: string; on: string; note: string | null }[];
  continuity: Record<string, unknown> | null;
  contactLetter: { issuedOn: string; verified: boolean } | null;
  funds: {
    status: string;
    declared: string | null;
    sent: string | null;
    inTransit: string;
    credited: string | null;
    supplementary: string | null;
    returned: string | null;
  } | null;
  attention: { step: string; reason: string; attempts: number } | null;
  infoSheet: {
    rows: unknown[];
    accountAmount: string;
    accountAmountInWords: string;
    issuer: { name: string; regionCode: string; publicKey: string };
    signature: string;
    verified: boolean;
  } | null;
}

/** The transfer workflow through the gateway, as applicants and agencies drive it. */
export function transferDesk(client: GraphQLClient) {
  const step = async (mutation: string, variables: Record<string, unknown>) => {
    const result = await client.request<Record<string, TransferView>>(mutation, variables);
    return Object.values(result)[0]!;
  };
  return {
    apply: (input: Record<string, unknown>) =>
      step(
        gql`mutation ($input: TransferApplicationInput!) { applyForTransfer(input: $input) { ${TRANSFER_FIELDS} } }`,
        { input },
      ),
    preview: async (input: Record<string, unknown>) =>
      (
        await client.request<{
          transferPreview: {
            eligible: boolean;
            reasons: { code: string }[];
            deadlines: unknown[];
            continuity: unknown;
          };
        }>(
          gql`
            query ($input: TransferApplicationInput!) {
              transferPreview(input: $input) {
                eligible
                reasons {
                  code
                  message
                }
                deadlines {
                  step
                  dueOn
                  provisional
                  workingDays
                  rule
                }
                continuity {
                  gapMonths
                  backPayAllowed
                  rule
                }
              }
            }
          `,
          { input },
        )
      ).transferPreview,
    sendContactLetter: (transferId: string, on: string) =>
      step(gql`mutation ($id: ID!, $on: Date) { sendContactLetter(transferId: $id, on: $on) { ${TRANSFER_FIELDS} } }`, {
        id: transferId,
        on,
      }),
    completeOut: (transferId: string, on: string) =>
      step(
        gql`mutation ($id: ID!, $on: Date) { completeTransferOut(transferId: $id, on: $on) { ${TRANSFER_FIELDS} } }`,
        { id: transferId, on },
      ),
    confirmFunds: (transferId: string, amount: string, on: string) =>
      step(
        gql`mutation ($id: ID!, $amount: Money!, $on: Date) { confirmFundsReceived(transferId: $id, amount: $amount, on: $on) { ${TRANSFER_FIELDS} } }`,
        {
          id: transferId,
          amount,
          on,
        },
      ),
    completeIn: (transferId: string, on: string) =>
      step(
        gql`mutation ($id: ID!, $on: Date) { completeTransferIn(transferId: $id, on: $on) { ${TRANSFER_FIELDS} } }`,
        { id: transferId, on },
      ),
    settleFunds: (transferId: string, decision: string, amount: string | null, on: string) =>
      step(
        gql`mutation ($id: ID!, $decision: FundsDecision!, $amount: Money, $on: Date) { settleTransferFunds(transferId: $id, decision: $decision, amount: $amount, on: $on) { ${TRANSFER_FIELDS} } }`,
        {
          id: transferId,
          decision,
          amount,
          on,
        },
      ),
    retryEffects: (transferId: string) =>
      step(gql`mutation ($id: ID!) { retryTransferEffects(transferId: $id) { ${TRANSFER_FIELDS} } }`, {
        id: transferId,
      }),
    cancel: (transferId: string, on: string) =>
      step(gql`mutation ($id: ID!, $on: Date) { cancelTransfer(transferId: $id, on: $on) { ${TRANSFER_FIELDS} } }`, {
        id: transferId,
        on,
      }),
    get: async (transferId: string) =>
      (
        await client.request<{ transfer: TransferView | null }>(
          gql`query ($id: ID!) { transfer(id: $id) { ${TRANSFER_FIELDS} } }`,
          { id: transferId },
        )
      ).transfer,
    /** Balances per region and the out-region enrollment's status. */
    money: async (idNumber: string) => {
      const { person } = await client.request<{
        person: { accounts: { region: { code: string }; balance: string; entries: { kind: string }[] }[] };
      }>(
        gql`
          query ($idNumber: String!) {
            person(idNumber: $idNumber) {
              accounts {
                region {
                  code
                }
                balance
                entries {
                  kind
                }
              }
            }
          }
        `,
        { idNumber },
      );
      return Object.fromEntries(person.accounts.map((account) => [account.region.code, account]));
    },
  };
}
