import type { Provider, Type } from '@nestjs/common';
import { ProductLineCatalogue } from './product-line-catalogue';
import { ProductLinesController } from './product-lines.controller';
import { ProductLinesService } from './product-lines.service';

/** The catalogue slice of contracts (产品线目录): its controllers and providers, mounted by ContractsModule. */
export const CATALOGUE_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [ProductLinesController],
  providers: [ProductLineCatalogue, ProductLinesService],
};
