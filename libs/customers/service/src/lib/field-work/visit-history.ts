import { Injectable } from '@nestjs/common';
import { type LastVisit, laterVisit } from '@sales/customers/domain';
import { CustomerDirectory } from '../registry/customer-directory';
import { FieldDayIndex } from './field-day-index';
import type { LastFollowUps } from '../pool/last-follow-ups';

/**
 * 最后跟进: each live customer's latest visit (any kind: a phone call is a 回访 too). Visits stay
 * filed under the id they were logged with; a merged record's id resolves to its survivor here
 * (the registry's directory), so the survivor takes the duplicate's visits as a merge promises.
 * The overdue-revisit list and the pool's no-follow-up rule (C7, as its LastFollowUps) read it.
 */
@Injectable()
export class VisitHistory implements LastFollowUps {
  constructor(
    private readonly days: FieldDayIndex,
    private readonly directory: CustomerDirectory,
  ) {}

  async lastVisits(): Promise<Map<string, LastVisit>> {
    const live = new Set((await this.directory.all()).map((c) => c.customerId));
    const resolved = new Map<string, LastVisit>();
    for (const [customerId, visit] of this.days.lastVisitsAsLogged()) {
      const survivor = live.has(customerId)
        ? customerId
        : (await this.directory.find(customerId))?.customerId;
      if (survivor) resolved.set(survivor, laterVisit(resolved.get(survivor), visit));
    }
    return resolved;
  }
}
