import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';

/** zh-CN/en texts of the catalogue slice's error codes; `{name}` placeholders come from the error's details. */
export const CATALOGUE_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'product-line-change-empty': {
    zh: '{field}：请给出要修改的名称（name.zh / name.en）或税率（vatBasisPoints）',
    en: '{field}: say what changes — the name (name.zh / name.en) or the VAT rate (vatBasisPoints)',
  },
  'catalogue-edit-not-allowed': {
    zh: '产品线目录由系统管理员或业务副总维护（你的角色：{role}）',
    en: 'The product-line catalogue is kept by the IT admin or the VP (your role: {role})',
  },
  'catalogue-read-not-allowed': {
    zh: '组织中没有你的岗位，不能查看产品线目录',
    en: 'You hold no position in the organisation and may not read the product-line catalogue',
  },
  'product-line-id-invalid': {
    zh: '{field}：“{value}”不是有效的产品线编号（小写字母、数字和连字符，1 至 32 位，如 outdoor-led）',
    en: '{field}: “{value}” is not a product line id (lower-case letters, digits and hyphens, 1 to 32, e.g. outdoor-led)',
  },
  'product-line-name-invalid': {
    zh: '{field}：名称不能为空，且不超过 {maxNameLength} 个字',
    en: '{field}: a name is required, at most {maxNameLength} characters',
  },
  'product-line-vat-invalid': {
    zh: '{field}：默认增值税率须为 0 至 {maxVatBasisPoints} 基点的整数（1300 = 13%），收到 {value}',
    en: '{field}: the default VAT rate is a whole number of basis points from 0 to {maxVatBasisPoints} (1300 = 13%); got {value}',
  },
  'product-line-id-taken': {
    zh: '产品线编号 {productLineId} 已被“{existingName}”使用',
    en: 'The product line id {productLineId} is already taken by “{existingName}”',
  },
  'product-line-unknown': {
    zh: '产品目录中没有产品线 {productLineId}',
    en: 'The catalogue has no product line {productLineId}',
  },
  'product-line-retired': {
    zh: '产品线 {productLineId} 已于 {retiredOn} 停用',
    en: 'The product line {productLineId} was retired on {retiredOn}',
  },
};

/**
 * How the catalogue slice's error details read to people. Its details are ids, dates, numbers and
 * names; `role` is labelled by the other slices (one label for the whole context).
 */
export const CATALOGUE_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {};
