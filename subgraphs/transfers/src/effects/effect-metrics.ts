import { Gauge, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/**
 * The job engine's state for Prometheus, read from the workflow's own record of each step's effects
 * (`transfer_effect`) when scraped: how many are pending and how many parked for an operator, and how long the
 * oldest pending one has waited (seconds; 0 when none). An alert on `transfer_effects{status="PARKED"} > 0`, or on
 * the oldest pending age, finds a stuck transfer before a person does.
 */
export function watchEffects(registry: Registry, dataSource: DataSource): void {
  new Gauge({
    name: 'transfer_effects',
    help: 'Transfer steps whose effects on the other subgraphs are pending or parked for an operator, by status.',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const rows = (await dataSource.query(
        `SELECT status, count(*)::int AS n FROM transfer_effect WHERE status IN ('PENDING', 'PARKED') GROUP BY status`,
      )) as { status: string; n: number }[];
      for (const status of ['PENDING', 'PARKED'])
        this.set({ status }, rows.find((row) => row.status === status)?.n ?? 0);
    },
  });
  new Gauge({
    name: 'transfer_effect_oldest_pending_age_seconds',
    help: 'Seconds since the oldest pending transfer step effects were written (0 when none is pending).',
    registers: [registry],
    async collect() {
      const [row] = (await dataSource.query(
        `SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS age FROM transfer_effect WHERE status = 'PENDING'`,
      )) as [{ age: number }];
      this.set(row.age);
    },
  });
}
