import { Inject, Injectable } from '@nestjs/common';
import {
  type CataloguePerson,
  PRODUCT_LINES_STREAM,
  type ProductLineCommand,
  productLinesDecider,
} from '@sales/contracts/domain';
import { type Actor, type Clock, ForbiddenError, type LocalizedText } from '@sales/shared/domain';
import { commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { actingPerson } from '../directives/acting-person';
import { ContractsOrgReader } from '../org/contracts-org.reader';
import { ProductLineCatalogue } from './product-line-catalogue';

export type ProductLineInput = Readonly<{
  productLineId: string;
  name: LocalizedText;
  vatBasisPoints: number;
}>;
export type ProductLineChange = Readonly<{ name?: Partial<LocalizedText>; vatBasisPoints?: number }>;

/**
 * 产品线目录 (K2, K3): the `product-lines` aggregate. The IT admin or the VP defines, changes and
 * retires lines; anyone in the org tree reads the catalogue.
 */
@Injectable()
export class ProductLinesService {
  constructor(
    @InjectContext('contracts') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: ContractsOrgReader,
    private readonly catalogue: ProductLineCatalogue,
  ) {}

  async list(actor: Actor) {
    await this.reader(actor);
    return this.catalogue.lines();
  }

  define(input: ProductLineInput, actor: Actor) {
    return this.execute(input.productLineId, actor, async (by) => ({
      type: 'DefineProductLine',
      data: { ...input, by, today: this.clock.today() },
    }));
  }

  change(productLineId: string, input: ProductLineChange, actor: Actor) {
    return this.execute(productLineId, actor, async (by) => ({
      type: 'ChangeProductLine',
      data: { productLineId, ...input, by, today: this.clock.today() },
    }));
  }

  retire(productLineId: string, actor: Actor) {
    return this.execute(productLineId, actor, async (by) => ({
      type: 'RetireProductLine',
      data: { productLineId, by, today: this.clock.today() },
    }));
  }

  private async reader(actor: Actor): Promise<CataloguePerson> {
    const person = actingPerson(await this.org.treeToday(), actor);
    if (person.role === null) throw new ForbiddenError('catalogue-read-not-allowed', {});
    return person;
  }

  private async execute(
    productLineId: string,
    actor: Actor,
    commandFor: (by: CataloguePerson) => Promise<ProductLineCommand>,
  ) {
    const command = await commandFor(actingPerson(await this.org.treeToday(), actor));
    const result = await this.runtime.commands.execute(
      productLinesDecider,
      PRODUCT_LINES_STREAM,
      command,
      actor,
    );
    const line = result.state.lines.find((l) => l.id === productLineId) ?? null;
    return { ...commandOutcome(result), line };
  }
}
