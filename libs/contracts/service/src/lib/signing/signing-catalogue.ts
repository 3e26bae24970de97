import { Injectable } from '@nestjs/common';
import { DEFAULT_PRODUCT_LINES } from '@sales/contracts/events';

export type SigningProductLine = Readonly<{ id: string; vatBasisPoints: number }>;

/**
 * The product lines a contract may name, with their default VAT rates. Until the catalogue slice
 * provides the admin-maintained catalogue, the published defaults (LED 显示屏, LCD 拼接屏, 控制系统
 * 13%; 安装服务 9%); swap this provider for the catalogue's when it exists.
 */
@Injectable()
export class SigningCatalogue {
  async productLines(): Promise<readonly SigningProductLine[]> {
    return DEFAULT_PRODUCT_LINES.map(({ id, vatBasisPoints }) => ({ id, vatBasisPoints }));
  }
}
