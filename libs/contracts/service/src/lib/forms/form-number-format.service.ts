import { Inject, Injectable } from '@nestjs/common';
import {
  FORM_NUMBER_FORMAT_STREAM,
  type FormNumberFormat,
  type FormNumberFormatSet,
  formNumber,
  formNumberFormatDecider,
} from '@sales/contracts/domain';
import { type Actor, type Clock, fold } from '@sales/shared/domain';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { ContractsOrgReader } from '../org/contracts-org.reader';
import { byActor } from './form-people';

/**
 * 合同编号格式 (K1): the format aggregate, one `form-number-format` stream holding every version
 * the VP or the sales admin set; version 0 is the built-in default (HT-<year>-0001). Read from the
 * store each time, so a version another replica set is the one the next issue uses.
 */
@Injectable()
export class FormNumberFormatService {
  constructor(
    @InjectContext('contracts') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: ContractsOrgReader,
  ) {}

  async current(): Promise<FormNumberFormat> {
    return fold(formNumberFormatDecider, await this.versions()).current;
  }

  /** The format in force (with an example number for this year) and every version set, oldest first. */
  async view() {
    const versions = await this.versions();
    const { current } = fold(formNumberFormatDecider, versions);
    const year = Number(this.clock.today().slice(0, 4));
    return {
      current: { ...current, example: formNumber(current, year, 1) },
      versions: versions.map(({ data }) => data),
    };
  }

  async set(terms: Readonly<{ prefix: string; width: number }>, actor: Actor): Promise<CommandOutcome> {
    const by = byActor(await this.org.treeToday(), actor);
    const result = await this.runtime.commands.execute(
      formNumberFormatDecider,
      FORM_NUMBER_FORMAT_STREAM,
      { type: 'SetFormNumberFormat', data: { ...terms, by, today: this.clock.today() } },
      actor,
    );
    return commandOutcome(result);
  }

  private async versions(): Promise<FormNumberFormatSet[]> {
    const { events } = await this.runtime.store.readStream(FORM_NUMBER_FORMAT_STREAM);
    return events.map(({ type, data }) => ({ type, data }) as FormNumberFormatSet);
  }
}
