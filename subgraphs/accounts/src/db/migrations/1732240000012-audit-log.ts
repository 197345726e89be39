import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLog, dropAuditLog } from '#shared/audit/audit-log.ts';

export class AuditLog1732240000012 implements MigrationInterface {
  name = 'AuditLog1732240000012';

  up = (db: QueryRunner) => createAuditLog(db);
  down = (db: QueryRunner) => dropAuditLog(db);
}
