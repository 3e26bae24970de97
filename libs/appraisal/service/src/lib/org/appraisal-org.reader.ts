import { Inject, Injectable } from '@nestjs/common';
import { ORG_TREE_STREAM, OrgTreeCopy } from '@sales/org/events';
import type { Clock } from '@sales/shared/domain';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/**
 * The org tree as appraisal knows it: folded from its own replica of org's published events,
 * as of a business date — today for who may do what, a cycle's period end for whom it appraises.
 */
@Injectable()
export class AppraisalOrgReader extends OrgTreeCopy {
  constructor(@InjectContext('appraisal') runtime: ContextRuntime, @Inject(CLOCK) clock: Clock) {
    super(
      () => runtime.replica('org').read(ORG_TREE_STREAM),
      () => clock.today(),
    );
  }
}
