import type { DataSource, EntityManager } from 'typeorm';
import type { MutationRecord } from '../database/mutation.ts';
import type { Identity } from '../auth/identity.ts';
import { maskDocumentNumber, normaliseDocumentNumber } from '../identity/documents.ts';
import { redactIdNumbers } from '../identity/gb11643.ts';

const COLUMNS = 'action, operation, person_id, role, subject, region, client_ip, detail';

/**
 * Money and dates survive as text; document numbers are masked before anything is written: every `idNumber` of an
 * input (of any document type), and anything shaped like an ID number elsewhere in it.
 */
function detailOf(detail: unknown): string | null {
  if (detail === undefined) return null;
  const json = JSON.stringify(detail, (name, value) => {
    if (typeof value === 'bigint') return value.toString();
    if (name === 'idNumber' && typeof value === 'string') return maskDocumentNumber(normaliseDocumentNumber(value));
    return value;
  });
  return redactIdNumbers(json);
}

/**
 * One request's audit trail. Reads of person records are collected while the request runs and written in
 * one statement when it ends; a mutation's row is written inside the mutation's own transaction.
 */
export class AuditTrail {
  private readonly reads = new Map<string, Set<string>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly identity: Identity,
  ) {}

  private who() {
    const { role, subject, regionCode, clientIp } = this.identity;
    return [role, subject, regionCode ?? null, clientIp ?? null];
  }

  read(personId: string, what: string): void {
    this.reads.set(personId, (this.reads.get(personId) ?? new Set()).add(what));
  }

  async flush(): Promise<void> {
    if (this.reads.size === 0) return;
    const [role, subject, region, clientIp] = this.who();
    const personIds = [...this.reads.keys()];
    const details = personIds.map((id) => JSON.stringify({ fields: [...this.reads.get(id)!] }));
    this.reads.clear();
    await this.dataSource.query(
      `INSERT INTO audit_log (${COLUMNS})
       SELECT 'READ', 'read', person_id, $2, $3, $4, $5, detail::jsonb FROM unnest($1::text[], $6::text[]) AS r(person_id, detail)`,
      [personIds, role, subject, region, clientIp, details],
    );
  }

  /** A mutation's row, written in the mutation's own transaction (`runMutation`), so it exists exactly when the change does. */
  async write(manager: EntityManager, record: MutationRecord): Promise<void> {
    await manager.query(`INSERT INTO audit_log (${COLUMNS}) VALUES ('WRITE', $1, $2, $3, $4, $5, $6, $7::jsonb)`, [
      record.operation,
      record.personId,
      ...this.who(),
      detailOf(record.detail),
    ]);
  }
}
