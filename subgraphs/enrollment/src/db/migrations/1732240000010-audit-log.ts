import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLog, dropAuditLog } from '#shared/audit/audit-log.ts';

export class AuditLog1732240000010 implements MigrationInterface {
  name = 'AuditLog1732240000010';

  up = (db: QueryRunner) => createAuditLog(db);
  down = (db: QueryRunner) => dropAuditLog(db);
}
