import { Injectable } from '@nestjs/common';
import {
  type ActiveDirective,
  type DirectiveEvent,
  type DirectivesState,
  activeDirectivesOf,
  directivesDecider,
  directivesStreamId,
} from '@sales/contracts/domain';
import { fold } from '@sales/shared/domain';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/**
 * The stop directives of a contract (K6), read afresh from its `directives-<contractId>` stream on
 * every call: installation (K4) asks just before deciding a milestone, so a directive issued by
 * any process is seen as soon as it is committed.
 */
@Injectable()
export class ActiveDirectives {
  constructor(@InjectContext('contracts') private readonly runtime: ContextRuntime) {}

  async state(contractId: string): Promise<DirectivesState> {
    const { events } = await this.runtime.store.readStream(directivesStreamId(contractId));
    return fold(
      directivesDecider,
      events.map((e) => ({ type: e.type, data: e.data }) as DirectiveEvent),
    );
  }

  /** The directives in force on the contract (none lifted), oldest first. */
  async activeDirectives(contractId: string): Promise<ActiveDirective[]> {
    return activeDirectivesOf(await this.state(contractId));
  }
}
