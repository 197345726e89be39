import type { DataSource } from 'typeorm';

/**
 * The regions whose records a region holds for a person (by every key of theirs): its own, and — through every completed transfer into it,
 * and into those, recursively — the regions the person's relationship came from (their Info Sheets were received).
 */
export async function heldRegions(
  dataSource: DataSource,
  personKeys: readonly string[],
  regionCode: string,
): Promise<string[]> {
  const rows: { region: string }[] = await dataSource.query(
    `WITH RECURSIVE held (region) AS (
       SELECT $2::char(6)
       UNION
       SELECT transfer.from_region FROM transfer JOIN held ON transfer.to_region = held.region
        WHERE transfer.person_id = ANY($1) AND transfer.status = 'COMPLETED')
     SELECT region FROM held`,
    [personKeys, regionCode],
  );
  return rows.map((row) => row.region);
}
