import type { DataSource, EntityManager } from 'typeorm';
import type { MutationRecord } from '../database/mutation.ts';
import type { Identity } from '../auth/identity.ts';
import { maskDocumentNumber, normaliseDocumentNumber } from '../identity/documents.ts';
import { redactIdNumbers } from '../identity/gb11643.ts';
import { processLog } from '../observability/log.ts';

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

/** Reads of person records waiting to be written: one row each. */
interface ReadRow {
  personId: string;
  role: string;
  subject: string;
  region: string | null;
  clientIp: string | null;
  detail: string;
}

/**
 * Writes the read rows of every request of a subgraph in the background, all that are waiting in one statement
 * (group commit): a request's answer never waits for its audit row, and a busy subgraph writes a few statements a
 * second, not one per request. `drain` waits for what is pending (at shutdown). A process that dies loses the
 * rows of its last few milliseconds; mutations' rows are written in their own transactions and never wait here.
 */
export class ReadAuditWriter {
  private pending: ReadRow[] = [];
  private writing: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: (line: string) => void = (line) => processLog().error(line),
  ) {}

  enqueue(rows: ReadRow[]): void {
    this.pending.push(...rows);
    this.writing ??= this.write();
  }

  private async write(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      const column = <K extends keyof ReadRow>(key: K) => batch.map((row) => row[key]);
      try {
        await this.dataSource.query(
          `INSERT INTO audit_log (${COLUMNS})
           SELECT 'READ', 'read', person_id, role, subject, region, client_ip, detail::jsonb
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS r(person_id, role, subject, region, client_ip, detail)`,
          [
            column('personId'),
            column('role'),
            column('subject'),
            column('region'),
            column('clientIp'),
            column('detail'),
          ],
        );
      } catch (error) {
        this.log(`audit trail: ${batch.length} read row(s) not written: ${(error as Error).message}`);
      }
    }
    this.writing = null;
  }

  /** Waits until every row enqueued so far is written. */
  async drain(): Promise<void> {
    while (this.writing) await this.writing;
  }
}

const writers = new WeakMap<DataSource, ReadAuditWriter>();

/** The one read-audit writer of a subgraph's database. */
export function readAuditWriterFor(dataSource: DataSource): ReadAuditWriter {
  let writer = writers.get(dataSource);
  if (!writer) writers.set(dataSource, (writer = new ReadAuditWriter(dataSource)));
  return writer;
}

/**
 * One request's audit trail. Reads of person records are collected while the request runs and handed to the
 * subgraph's `ReadAuditWriter` when it ends; a mutation's row is written inside the mutation's own transaction.
 */
export class AuditTrail {
  private readonly reads = new Map<string, Set<string>>();

  constructor(
    private readonly writer: ReadAuditWriter,
    private readonly identity: Identity,
  ) {}

  private who() {
    const { role, subject, regionCode, clientIp } = this.identity;
    return [role, subject, regionCode ?? null, clientIp ?? null];
  }

  /** A read of a person's record. The hub's own services' reads are part of the mutations they serve, audited there. */
  read(personId: string, what: string): void {
    if (this.identity.role === 'SERVICE') return;
    this.reads.set(personId, (this.reads.get(personId) ?? new Set()).add(what));
  }

  flush(): void {
    if (this.reads.size === 0) return;
    const { role, subject, regionCode, clientIp } = this.identity;
    this.writer.enqueue(
      [...this.reads].map(([personId, fields]) => ({
        personId,
        role,
        subject,
        region: regionCode ?? null,
        clientIp: clientIp ?? null,
        detail: JSON.stringify({ fields: [...fields] }),
      })),
    );
    this.reads.clear();
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
