import { Inject, Injectable } from '@nestjs/common';
import { ORG_TREE_STREAM, OrgTreeCopy } from '@sales/org/events';
import type { Clock } from '@sales/shared/domain';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/** The org tree as handover knows it: folded from its own replica of org's published events. */
@Injectable()
export class HandoverOrgReader extends OrgTreeCopy {
  constructor(@InjectContext('handover') runtime: ContextRuntime, @Inject(CLOCK) clock: Clock) {
    super(
      () => runtime.replica('org').read(ORG_TREE_STREAM),
      () => clock.today(),
    );
  }
}
