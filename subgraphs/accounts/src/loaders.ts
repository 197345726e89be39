import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '#shared/database/batch.ts';
import { rowsWhereIn } from '#shared/database/rows.ts';
import { parseYearMonth, type YearMonth } from '#shared/year-month.ts';
import { AccountEntryEntity, type AccountEntryRow } from './db/entities/account-entry.ts';
import { AccountTransferEntity, type AccountTransferRow } from './db/entities/account-transfer.ts';
import { PersonalAccountEntity, type PersonalAccountRow } from './db/entities/personal-account.ts';

/** Per-request loaders: each batch is one SQL statement (`= ANY($1)`). */
export function createLoaders(dataSource: DataSource) {
  const entriesByLast = new Map<number | null, DataLoader<string, AccountEntryRow[]>>();

  /** Entries of each account in recording order; with `last`, only the last N of each (a window, in SQL). */
  const entriesLoader = (last: number | null) =>
    new DataLoader<string, AccountEntryRow[]>(async (accountIds) => {
      if (last === null)
        return manyByKey(
          accountIds,
          await rowsWhereIn(dataSource, AccountEntryEntity)('accountId', accountIds, ['seq']),
          (row) => row.accountId,
        );
      const rows = await dataSource
        .getRepository(AccountEntryEntity)
        .createQueryBuilder('entry')
        .where('entry.accountId = ANY(:accountIds)', { accountIds })
        .andWhere(
          `entry.seq IN (SELECT seq FROM (SELECT seq, row_number() OVER (PARTITION BY account_id ORDER BY seq DESC) AS n
             FROM account_entry WHERE account_id = ANY(:accountIds)) ranked WHERE n <= :last)`,
          { last },
        )
        .orderBy('entry.seq')
        .getMany();
      return manyByKey(accountIds, rows, (row) => row.accountId);
    });

  const funds = rowsWhereIn(dataSource, AccountTransferEntity);
  return {
    /** The money side of each transfer, by transfer id (null before its transfer-out). */
    fundsByTransfer: new DataLoader<string, AccountTransferRow | null>(async (transferIds) =>
      oneByKey(transferIds, await funds('transferId', transferIds), (row) => row.transferId),
    ),
    /** Each person's transfers whose money is sent and not yet settled, oldest first. */
    fundsInTransitByPerson: new DataLoader<string, AccountTransferRow[]>(async (personIds) => {
      const rows = (await funds('personId', personIds, ['createdAt'])).filter((row) => row.status === 'SENT');
      return manyByKey(personIds, rows, (row) => row.personId);
    }),
    accountsByPerson: new DataLoader<string, PersonalAccountRow[]>(async (personIds) =>
      manyByKey(
        personIds,
        await rowsWhereIn(dataSource, PersonalAccountEntity)('personId', personIds, ['regionCode']),
        (row) => row.personId,
      ),
    ),
    /** Months with a spending entry, per person and region: benefits used there (000 art 12(3)). */
    benefitUseByPerson: new DataLoader<string, { regionCode: string; month: YearMonth }[]>(async (personIds) => {
      const rows: { person_id: string; region_code: string; month: string }[] = await dataSource.query(
        `SELECT DISTINCT account.person_id, account.region_code, to_char(entry."on", 'YYYY-MM') AS month
           FROM account_entry entry JOIN personal_account account ON account.id = entry.account_id
          WHERE account.person_id = ANY($1) AND entry.kind = 'SPENDING'
          ORDER BY month, account.region_code`,
        [personIds],
      );
      const uses = rows.map((row) => ({
        personId: row.person_id,
        regionCode: row.region_code,
        month: parseYearMonth(row.month)!,
      }));
      return manyByKey(personIds, uses, (use) => use.personId).map((list) =>
        list.map(({ regionCode, month }) => ({ regionCode, month })),
      );
    }),
    entries(last: number | null): DataLoader<string, AccountEntryRow[]> {
      let loader = entriesByLast.get(last);
      if (!loader) entriesByLast.set(last, (loader = entriesLoader(last)));
      return loader;
    },
  };
}

export type AccountLoaders = ReturnType<typeof createLoaders>;
