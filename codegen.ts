import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types generated from each subgraph's SDL (`npm run codegen`; a test checks they are fresh). Parents
 * are the subgraph's own row and domain types (mappers), scalars their internal forms.
 */
/** Paths are relative to the generated file, subgraphs/<name>/src/generated/. */
const SHARED = '../../../../shared/src';

const scalars = {
  YearMonth: `${SHARED}/year-month.ts#YearMonth`,
  Date: `${SHARED}/calendar-date.ts#CalendarDate`,
  DateTime: 'Date',
  Money: `${SHARED}/money.ts#Fen`,
};

function subgraph(name: string, context: string, mappers: Record<string, string>) {
  return {
    [`subgraphs/${name}/src/generated/resolvers.ts`]: {
      schema: `subgraphs/${name}/schema.graphql`,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: `../context.ts#${context}`,
        mappers,
        scalars,
      },
    },
  };
}

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...subgraph('enrollment', 'EnrollmentContext', {
      Person: '../db/entities/person.ts#PersonRow',
      Enrollment: '../db/entities/enrollment.ts#EnrollmentRow',
      Region: `${SHARED}/regions/regions.ts#PoolingRegion`,
      IdentityDocument: '../db/entities/identity-document.ts#IdentityDocumentRow',
      Exemption: '../db/entities/person-fact.ts#PersonFactRow',
      SchemeCover: '../db/entities/person-fact.ts#PersonFactRow',
    }),
    ...subgraph('contributions', 'ContributionsContext', {
      Person: '../resolvers/person.ts#PersonReference',
      Region: `${SHARED}/regions/region-reference.ts#RegionReference`,
      Contribution: '../db/entities/contribution.ts#ContributionRow',
      DeemedPeriod: '../db/entities/deemed-period.ts#DeemedPeriodRow',
      ContributionPeriod: '../domain/contribution-periods.ts#ContributionPeriod as ContributionPeriodModel',
      ContributionYears: '../domain/contribution-years.ts#ContributionYears as ContributionYearsModel',
      RegionMonths: '../domain/contribution-years.ts#RegionMonths as RegionMonthsModel',
      DuplicateMonth: '../domain/duplicates.ts#DuplicateMonth as DuplicateMonthModel',
    }),
    ...subgraph('accounts', 'AccountsContext', {
      Person: `${SHARED}/auth/person-guard.ts#PersonRepresentation`,
      Region: `${SHARED}/regions/region-reference.ts#RegionReference`,
      PersonalAccount: '../db/entities/personal-account.ts#PersonalAccountRow',
      AccountEntry: '../db/entities/account-entry.ts#AccountEntryRow',
      TransferFunds: '../domain/transfer-funds.ts#TransferFunds as TransferFundsModel',
      Transfer: '../domain/transfer-funds.ts#TransferReference',
      SettlementNetting: '../queries/settlement.ts#SettlementNetting as SettlementNettingModel',
      ApprovalForm: '../queries/settlement.ts#ApprovalForm as ApprovalFormModel',
      RegionNetting: '../domain/netting.ts#RegionNetting as RegionNettingModel',
      NettingPair: '../domain/netting.ts#TransferFlow',
    }),
    ...subgraph('transfers', 'TransfersContext', {
      Person: `${SHARED}/auth/person-guard.ts#PersonRepresentation`,
      Region: `${SHARED}/regions/region-reference.ts#RegionReference`,
      Transfer: '../db/entities/transfer.ts#TransferRow',
      TransferEvent: '../db/entities/workflow-records.ts#TransferEventRow',
    }),
  },
};
export default config;
