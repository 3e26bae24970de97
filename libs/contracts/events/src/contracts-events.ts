import type { LocalizedText } from '@sales/shared/domain';

export const CONTRACTS_CONTEXT = 'contracts';

/**
 * 产品线 (K2, K3; KPI P6 product mix): the catalogue the admin maintains starts with these, each
 * with its default VAT rate in basis points (13% goods, 9% installation services).
 */
export const DEFAULT_PRODUCT_LINES: readonly Readonly<{
  id: string;
  name: LocalizedText;
  vatBasisPoints: number;
}>[] = [
  { id: 'led', name: { zh: 'LED 显示屏', en: 'LED display' }, vatBasisPoints: 1300 },
  { id: 'lcd-wall', name: { zh: 'LCD 拼接屏', en: 'LCD video wall' }, vatBasisPoints: 1300 },
  { id: 'control', name: { zh: '控制系统', en: 'control system' }, vatBasisPoints: 1300 },
  { id: 'installation', name: { zh: '安装服务', en: 'installation service' }, vatBasisPoints: 900 },
];
