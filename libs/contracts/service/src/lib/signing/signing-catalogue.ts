import { Injectable } from '@nestjs/common';
import { ProductLineCatalogue } from '../catalogue/product-line-catalogue';

export type SigningProductLine = Readonly<{ id: string; vatBasisPoints: number }>;

/**
 * The product lines a report or a contract may name, with their default VAT rates: the ACTIVE
 * lines of the catalogue the admin maintains (产品线目录, starting from LED 显示屏, LCD 拼接屏,
 * 控制系统 13%; 安装服务 9%). A retired or unknown line is refused; a line without a rate takes
 * the catalogue's current default.
 */
@Injectable()
export class SigningCatalogue {
  constructor(private readonly catalogue: ProductLineCatalogue) {}

  async productLines(): Promise<readonly SigningProductLine[]> {
    return (await this.catalogue.activeLines()).map(({ id, vatBasisPoints }) => ({ id, vatBasisPoints }));
  }
}
