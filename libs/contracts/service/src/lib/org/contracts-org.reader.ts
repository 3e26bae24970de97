import { Inject, Injectable } from '@nestjs/common';
import { ORG_TREE_STREAM, OrgTreeCopy } from '@sales/org/events';
import type { Clock } from '@sales/shared/domain';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/**
 * The org tree as contracts knows it: folded from its own replica of org's published events
 * (never org's database), as of a business date — today for scope and rights, a signing's or a
 * milestone's own date where that decides.
 */
@Injectable()
export class ContractsOrgReader extends OrgTreeCopy {
  constructor(@InjectContext('contracts') runtime: ContextRuntime, @Inject(CLOCK) clock: Clock) {
    super(
      () => runtime.replica('org').read(ORG_TREE_STREAM),
      () => clock.today(),
    );
  }
}
