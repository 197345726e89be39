import { requireAgency } from '#shared/auth/authorize.ts';
import { runMutation } from '#shared/database/mutation.ts';
import { documentKeyFor } from '#shared/identity/documents.ts';
import { recordContributions } from '../commands/record-contributions.ts';
import { recordDeemedPeriod } from '../commands/record-deemed-period.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';

export const Mutation: MutationResolvers = {
  /** Each region's agency records its own region's months: every record of the batch is checked. */
  recordContributions(_, args, context) {
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

  recordDeemedPeriod(_, args, context) {
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
