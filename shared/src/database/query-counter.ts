import type { Logger } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements a data source sends (and logs nothing), so tests and the
 * benchmark can prove a query costs a constant number of round trips.
 */
export class QueryCounter implements Logger {
  count = 0;

  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
