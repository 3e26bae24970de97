import { Injectable } from '@nestjs/common';
import {
  PRODUCT_LINES_STREAM,
  type ProductLine,
  type ProductLineEvent,
  productLinesDecider,
} from '@sales/contracts/domain';
import { fold } from '@sales/shared/domain';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/**
 * 产品线目录 as it stands: the `product-lines` stream read afresh at every call (one small stream;
 * another contracts process may have changed it), folded from the defaults. Retired lines stay,
 * marked inactive: signed contracts still name them.
 */
@Injectable()
export class ProductLineCatalogue {
  constructor(@InjectContext('contracts') private readonly runtime: ContextRuntime) {}

  /** Every line, defaults first, each with its `active` flag. */
  async lines(): Promise<readonly ProductLine[]> {
    const { events } = await this.runtime.store.readStream(PRODUCT_LINES_STREAM);
    return fold(productLinesDecider, events as unknown as readonly ProductLineEvent[]).lines;
  }

  /** One line (active or retired), or undefined. */
  async line(id: string): Promise<ProductLine | undefined> {
    return (await this.lines()).find((l) => l.id === id);
  }

  /** The lines new reports and signings may name. */
  async activeLines(): Promise<readonly ProductLine[]> {
    return (await this.lines()).filter((l) => l.active);
  }
}
