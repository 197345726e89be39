import type { ContributionsContext } from '../context.ts';
import { recordContributions, type ContributionInput } from '../commands/record-contributions.ts';
import { recordDeemedPeriod, type DeemedPeriodInput } from '../commands/record-deemed-period.ts';

export const Mutation = {
  recordContributions: (_: unknown, args: { input: ContributionInput[] }, context: ContributionsContext) =>
    recordContributions(context.db.dataSource, context.config.personIdKey, args.input),

  recordDeemedPeriod: (_: unknown, args: { input: DeemedPeriodInput }, context: ContributionsContext) =>
    recordDeemedPeriod(context.db.dataSource, context.config.personIdKey, args.input),
};
