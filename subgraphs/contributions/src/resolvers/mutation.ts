import { requireAgency } from '#shared/auth/authorize.ts';
import { runMutation } from '#shared/database/mutation.ts';
import { documentKeyFor } from '#shared/identity/documents.ts';
import type { ContributionsContext } from '../context.ts';
import { recordContributions, type ContributionInput } from '../commands/record-contributions.ts';
import { recordDeemedPeriod, type DeemedPeriodInput } from '../commands/record-deemed-period.ts';

export const Mutation = {
  /** Each region's agency records its own region's months: every record of the batch is checked. */
  recordContributions(_: unknown, args: { input: ContributionInput[] }, context: ContributionsContext) {
    for (const regionCode of new Set(args.input.map((record) => record.regionCode))) {
      requireAgency(context.identity, regionCode, 'Recording contributions');
    }
    const people = [...new Set(args.input.map((record) => documentKeyFor(context.config.personIdKey, record)))];
    const record = {
      operation: 'recordContributions',
      personId: people.length === 1 ? people[0]! : null,
      detail: { records: args.input.length, people: people.length },
    };
    return runMutation(context, record, (manager) =>
      recordContributions(manager, context.config.personIdKey, args.input),
    );
  },

  recordDeemedPeriod(_: unknown, args: { input: DeemedPeriodInput }, context: ContributionsContext) {
    requireAgency(context.identity, args.input.regionCode, 'Recording a deemed period');
    const record = {
      operation: 'recordDeemedPeriod',
      personId: documentKeyFor(context.config.personIdKey, args.input),
      detail: args.input,
    };
    return runMutation(context, record, (manager) =>
      recordDeemedPeriod(manager, context.config.personIdKey, args.input),
    );
  },
};
