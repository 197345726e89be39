import type { QueryRunner } from 'typeorm';
import { dropAppendOnly, makeAppendOnly } from '../database/append-only.ts';

/**
 * The audit trail every subgraph keeps in its own database: every read of a person's record and every
 * mutation — who (role, subject, region), what (operation, person, masked detail), when, from where (client
 * address). The application can only add to it: a trigger refuses updates and deletes.
 */
export async function createAuditLog(db: QueryRunner): Promise<void> {
  await db.query(`
    CREATE TABLE audit_log (
      id          bigserial PRIMARY KEY,
      at          timestamptz NOT NULL DEFAULT now(),
      action      text NOT NULL CHECK (action IN ('READ', 'WRITE')),
      operation   text NOT NULL,
      person_id   text,
      role        text NOT NULL,
      subject     text NOT NULL,
      region      char(6),
      client_ip   text,
      detail      jsonb
    )`);
  await db.query(`CREATE INDEX audit_log_person_idx ON audit_log (person_id, at)`);
  await makeAppendOnly(db, 'audit_log', 'the audit log is append-only');
}

export async function dropAuditLog(db: QueryRunner): Promise<void> {
  await db.query(`DROP TABLE audit_log`);
  await dropAppendOnly(db, 'audit_log');
}
