import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Clock } from '@sales/shared/domain';
import type { CommandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, DailyRoundJob, type DailySchedule, LOGGER } from '@sales/shared/runtime';
import { ReceivableContracts } from './receivable-contracts';
import { ReceivablesService } from './receivables.service';

export const OVERDUE_SCHEDULE = Symbol('OVERDUE_SCHEDULE');

/**
 * 逾期检查 (K5): once per business day (DailyRounds on the injected Clock) every open contract's
 * receivable stream is asked `MarkOverdueInstalments` with today's date. The decision is made in
 * that stream, so replicas racing on it append each InstalmentOverdue once: the loser's retry
 * decides again on the winner's events and finds the instalment announced.
 */
@Injectable()
export class OverdueRounds extends DailyRoundJob<string, void, CommandOutcome> {
  constructor(
    contracts: ReceivableContracts,
    receivables: ReceivablesService,
    @Inject(CLOCK) clock: Clock,
    @Inject(LOGGER) logger: Logger,
    @Optional() @Inject(OVERDUE_SCHEDULE) schedule?: DailySchedule,
  ) {
    super(
      {
        name: 'receivables overdue',
        circumstances: async () => undefined,
        // Contracts other replicas signed, and receivables they recorded, since the last pass.
        items: async () => {
          await contracts.refresh();
          return (await contracts.all())
            .filter(({ contract }) => contract.status === 'open')
            .map(({ contract }) => contract.terms.contractId);
        },
        visit: (contractId, today) => receivables.markOverdue(contractId, today),
        describe: (contractId) => ({ contractId }),
      },
      clock,
      logger,
      schedule,
    );
  }
}
