import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyByKey } from '#shared/database/batch.ts';
import { AccountEntryEntity, type AccountEntryRow } from './db/entities/account-entry.ts';
import { PersonalAccountEntity, type PersonalAccountRow } from './db/entities/personal-account.ts';

/** Per-request loaders: each batch is one SQL statement (`= ANY($1)`). */
export function createLoaders(dataSource: DataSource) {
  const entriesByLast = new Map<number | null, DataLoader<string, AccountEntryRow[]>>();

  /** Entries of each account in recording order; with `last`, only the last N of each (a window, in SQL). */
  const entriesLoader = (last: number | null) =>
    new DataLoader<string, AccountEntryRow[]>(async (accountIds) => {
      const query = dataSource
        .getRepository(AccountEntryEntity)
        .createQueryBuilder('entry')
        .where('entry.accountId = ANY(:accountIds)', { accountIds })
        .orderBy('entry.seq');
      if (last !== null) {
        query.andWhere(
          `entry.seq IN (SELECT seq FROM (SELECT seq, row_number() OVER (PARTITION BY account_id ORDER BY seq DESC) AS n
             FROM account_entry WHERE account_id = ANY(:accountIds)) ranked WHERE n <= :last)`,
          { last },
        );
      }
      return manyByKey(accountIds, await query.getMany(), (row) => row.accountId);
    });

  return {
    accountsByPerson: new DataLoader<string, PersonalAccountRow[]>(async (personIds) => {
      const rows = await dataSource
        .getRepository(PersonalAccountEntity)
        .createQueryBuilder('account')
        .where('account.personId = ANY(:personIds)', { personIds })
        .orderBy('account.regionCode')
        .getMany();
      return manyByKey(personIds, rows, (row) => row.personId);
    }),
    entries(last: number | null): DataLoader<string, AccountEntryRow[]> {
      let loader = entriesByLast.get(last);
      if (!loader) entriesByLast.set(last, (loader = entriesLoader(last)));
      return loader;
    },
  };
}

export type AccountLoaders = ReturnType<typeof createLoaders>;
