import type { DataSource } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { redactIdNumbers } from '#shared/id-number.ts';
import type { Services } from '../clients/services.ts';
import { TransferEffectEntity, type TransferEffectRow } from '../db/entities/workflow-records.ts';

/**
 * Runs the recorded effects of transfer steps on the other subgraphs (the outbox), in the order recorded,
 * until each is done: after every step, every few seconds, and at start-up, so that work left by a crashed
 * process is picked up. Each call is idempotent at the other end (keyed by transfer and step), and each
 * effect is held by a row lock while it runs, so no two runners run it at once.
 */
export class EffectRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly services: Services,
    private readonly intervalMs = 2_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Runs what is pending now (or right after the current run). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runPending()
      .catch((error: unknown) => console.error(`[transfers] effects: ${redactIdNumbers(String(error))}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Runs pending effects, of one transfer or of all, until none is left or one fails (it is retried later). */
  async runPending(transferId?: string): Promise<void> {
    for (;;) {
      const ran = await this.dataSource.transaction(async (manager) => {
        const [effect]: TransferEffectRow[] = await manager
          .getRepository(TransferEffectEntity)
          .createQueryBuilder('effect')
          .where("effect.status = 'PENDING'")
          .andWhere(transferId ? 'effect.transferId = :transferId' : 'TRUE', { transferId })
          .orderBy('effect.id')
          .limit(1)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        if (!effect) return 'NONE';
        try {
          await this.perform(effect);
          await manager.update(TransferEffectEntity, { id: effect.id }, { status: 'DONE', attempts: effect.attempts + 1, doneAt: new Date() });
          return 'DONE';
        } catch (error) {
          await manager.update(TransferEffectEntity, { id: effect.id }, {
            attempts: effect.attempts + 1,
            lastError: redactIdNumbers((error as Error).message ?? String(error)).slice(0, 500),
          });
          return 'FAILED';
        }
      });
      if (ran !== 'DONE') return;
    }
  }

  private perform(effect: TransferEffectRow): Promise<void> {
    const { payload } = effect;
    const on = payload.on as CalendarDate;
    switch (effect.operation) {
      case 'SEND_ACCOUNT_BALANCE':
        return this.services.sendAccountTransfer(effect.transferId, on);
      case 'CREDIT_ACCOUNT':
        return this.services.receiveAccountTransfer(effect.transferId, BigInt(payload.amountFen!), on);
      case 'CLOSE_OUT_ENROLLMENT':
        return this.services.closeOutRegionEnrollments(payload.personId!, payload.regionCode!, on);
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
