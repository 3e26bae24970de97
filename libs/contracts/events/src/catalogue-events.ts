import type { LocalizedText, PublishedEvent } from '@sales/shared/domain';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * 产品线目录's PUBLISHED events (key = `product-lines`). Each carries the line as it stands after
 * the change — id, zh/en names and default VAT rate — so a subscriber (KPI P6 product mix) names
 * lines without asking contracts. The defaults (LED 显示屏, LCD 拼接屏, 控制系统, 安装服务) are
 * not published: every subscriber starts from DEFAULT_PRODUCT_LINES.
 */
type ProductLineV1 = Readonly<{
  productLineId: string;
  name: LocalizedText;
  /** Default VAT rate, basis points (1300 = 13%). */
  vatBasisPoints: number;
  by: string;
  on: BusinessDate;
}>;

/** 新增产品线 by the admin or the VP. */
export type ProductLineDefinedV1 = PublishedEvent<'ProductLineDefined', ProductLineV1>;
/** 产品线名称或默认税率已修改 (contracts already signed keep their rates). */
export type ProductLineChangedV1 = PublishedEvent<'ProductLineChanged', ProductLineV1>;
/** 产品线停用: new reports and signings can no longer name it. */
export type ProductLineRetiredV1 = PublishedEvent<'ProductLineRetired', ProductLineV1>;

/* The catalogue slice's PUBLISHED events. */
export type CataloguePublishedEvent = ProductLineDefinedV1 | ProductLineChangedV1 | ProductLineRetiredV1;
