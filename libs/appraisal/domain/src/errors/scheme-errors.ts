import { type DetailsWithNames, type LocalizedText, ROLE_LABELS, isRole } from '@sales/shared/domain';

/** zh-CN/en texts of the scheme slice's error codes; `{field}` is the request's own path to the field. */
export const SCHEME_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'scheme-field-required': { zh: '{field} 必须填写', en: '{field} is required' },
  'scheme-number-invalid': {
    zh: '{field} 的值 {value} 不合法：应在 {min} 到 {max} 之间，最多 {places} 位小数',
    en: '{field}: {value} is not allowed; it must be between {min} and {max} with at most {places} decimals',
  },
  'scheme-decimal-invalid': {
    zh: '{field} 的值 {value} 不是小数文本（如 "0.8"、"1500000"）',
    en: '{field}: {value} is not a decimal text (e.g. "0.8", "1500000")',
  },
  'scheme-weights-not-100': {
    zh: '各项 KPI 权重与定性评价权重之和应恰好为 100%，现为 {sumPercent}%（{field}）',
    en: 'The KPI weights and the qualitative weight must add up to exactly 100%; they add up to {sumPercent}% ({field})',
  },
  'scheme-unknown-figure': {
    zh: '{field}：{figureId} 不是 KPI 服务的指标',
    en: '{field}: {figureId} is not a figure of the KPI service',
  },
  'scheme-figure-not-scorable': {
    zh: '{field}：{figureId} 是分布类指标，没有可评分的单一数值',
    en: '{field}: {figureId} is a distribution with no single value to score',
  },
  'scheme-kpi-duplicate': {
    zh: '{field}：指标 {figureId} 重复出现',
    en: '{field}: figure {figureId} appears twice',
  },
  'scheme-applies-to-invalid': {
    zh: '{field} 应为业务人员或事业部经理，收到：{appliesTo}',
    en: '{field} must be salesperson or division manager, got: {appliesTo}',
  },
  'scheme-applies-to-changed': {
    zh: '修订不能改变适用对象（原为 {previous}，现为 {appliesTo}）：请另设一个考核办法',
    en: 'A revision cannot change whom the scheme appraises ({previous} → {appliesTo}): set another scheme',
  },
  'scheme-curve-kind-invalid': {
    zh: '{field} 应为 linear（线性）或 bands（分档），收到：{kind}',
    en: '{field} must be linear or bands, got: {kind}',
  },
  'scheme-curve-flat': {
    zh: '{field}：目标 {target} 与下限 {floor} 相同，无法线性评分',
    en: '{field}: the target {target} equals the floor {floor}; a linear curve needs them apart',
  },
  'scheme-cap-not-beyond-target': {
    zh: '{field}：封顶值 {cap} 应在目标 {target} 之外（超额方向）',
    en: '{field}: the cap {cap} must lie beyond the target {target}',
  },
  'scheme-bands-unsorted': {
    zh: '{field}：分档起点应严格递增，{from} 不大于上一档的 {previousFrom}',
    en: '{field}: band starts must rise strictly; {from} is not above the previous {previousFrom}',
  },
  'scheme-grade-duplicate': { zh: '{field}：等级 {grade} 重复', en: '{field}: grade {grade} appears twice' },
  'scheme-grade-bands-unsorted': {
    zh: '{field}：等级应从高到低、下限严格递减；{grade} 的下限 {minScore} 不低于 {previousGrade} 的 {previousMinScore}',
    en: '{field}: grades go from highest down with strictly falling minimums; {grade} at {minScore} is not below {previousGrade} at {previousMinScore}',
  },
  'scheme-grade-bands-open': {
    zh: '{field}：最低等级 {grade} 的下限应为 0（每个得分都要有等级），现为 {minScore}',
    en: '{field}: the lowest grade {grade} must start at 0 so every score has a grade; it starts at {minScore}',
  },
  'scheme-miss-grade-unknown': {
    zh: '{field}：未达标等级 {grade} 不在等级表中',
    en: '{field}: the miss grade {grade} is not one of the grades',
  },
  'scheme-miss-kind-invalid': {
    zh: '{field} 应为 grades（按等级）或 score-below（低于某分），收到：{kind}',
    en: '{field} must be grades or score-below, got: {kind}',
  },
  'scheme-basis-invalid': {
    zh: '{field} 应为回款、签约额或毛利，收到：{basis}',
    en: '{field} must be collections, signed amount or gross margin, got: {basis}',
  },
  'scheme-mode-invalid': {
    zh: '{field} 应为全额累进或超额累进，收到：{mode}',
    en: '{field} must be full (全额累进) or excess (超额累进), got: {mode}',
  },
  'scheme-currency-invalid': {
    zh: '{field}：{currency} 不是 ISO 4217 币种代码（如 CNY）',
    en: '{field}: {currency} is not an ISO 4217 currency code (e.g. CNY)',
  },
  'scheme-tiers-not-from-zero': {
    zh: '{field}：第一档应从 0 开始，现为 {fromMinor} 分',
    en: '{field}: the first tier must start at 0; it starts at {fromMinor} fen',
  },
  'scheme-tiers-unsorted': {
    zh: '{field}：提成档位起点应严格递增（档位不得重叠），{fromMinor} 分不大于上一档的 {previousFromMinor} 分',
    en: '{field}: tier starts must rise strictly (no overlap); {fromMinor} fen is not above the previous {previousFromMinor} fen',
  },
  'scheme-accelerator-below-one': {
    zh: '{field}：加速系数 {multiplier} 小于 1（超额越多奖励越多，不能倒扣）',
    en: '{field}: the multiplier {multiplier} is below 1 (an accelerator never slows pay down)',
  },
  'scheme-accelerators-unsorted': {
    zh: '{field}：加速档的达成率起点应严格递增，{fromAttainment}% 不大于上一档的 {previousFromAttainment}%',
    en: '{field}: accelerator starts must rise strictly; {fromAttainment}% is not above the previous {previousFromAttainment}%',
  },
  'scheme-id-invalid': {
    zh: '考核办法编号 {schemeId} 不合法：只能用小写字母、数字和连字符，最长 63 位',
    en: 'Scheme id {schemeId} is not allowed: lower-case letters, digits and hyphens, at most 63',
  },
  'scheme-date-invalid': {
    zh: '{field} 应为日期 YYYY-MM-DD，收到：{effectiveFrom}',
    en: '{field} must be a date YYYY-MM-DD, got: {effectiveFrom}',
  },
  'scheme-effective-in-past': {
    zh: '生效日期 {effectiveFrom} 早于今天 {today}：新版本不能改变过去已适用的办法',
    en: 'In force from {effectiveFrom}, before today {today}: a version cannot change what was already in force',
  },
  'scheme-revision-before-latest': {
    zh: '生效日期 {effectiveFrom} 早于最新版本的生效日期 {latestEffectiveFrom}',
    en: 'In force from {effectiveFrom}, before the latest version’s {latestEffectiveFrom}',
  },
  'scheme-revision-reason-required': {
    zh: '修订考核办法须说明原因（{field}）',
    en: 'A revision of a scheme needs a reason ({field})',
  },
  'scheme-already-set': {
    zh: '考核办法 {schemeId} 已设定：请以修订（附原因）发布新版本',
    en: 'Scheme {schemeId} is already set: revise it (with a reason) for a new version',
  },
  'scheme-not-found': { zh: '没有考核办法 {schemeId}', en: 'No scheme {schemeId}' },
  'scheme-version-not-found': {
    zh: '考核办法 {schemeId} 没有第 {version} 版',
    en: 'Scheme {schemeId} has no version {version}',
  },
  'scheme-not-in-force': {
    zh: '考核办法 {schemeId} 在 {date} 尚未生效',
    en: 'Scheme {schemeId} is not yet in force on {date}',
  },
  'scheme-subject-mismatch': {
    zh: '考核办法 {schemeId} 适用于 {appliesTo}，不能用于考核 {subjectKind}',
    en: 'Scheme {schemeId} appraises {appliesTo}; it cannot appraise a {subjectKind}',
  },
  'qualitative-score-out-of-range': {
    zh: '定性评价得分应在 0 到 100 之间，收到：{qualitativeScore}',
    en: 'The qualitative score must be between 0 and 100, got: {qualitativeScore}',
  },
};

const SUBJECT_KIND_LABELS: Readonly<Record<string, LocalizedText>> = {
  person: { zh: '个人', en: 'person' },
  division: { zh: '事业部', en: 'division' },
};
const BASIS_TEXT: Readonly<Record<string, LocalizedText>> = {
  collections: { zh: '回款', en: 'collections' },
  signed: { zh: '签约额', en: 'signed amount' },
  'gross-margin': { zh: '毛利', en: 'gross margin' },
};
const MODE_TEXT: Readonly<Record<string, LocalizedText>> = {
  full: { zh: '全额累进', en: 'full progressive' },
  excess: { zh: '超额累进', en: 'excess progressive' },
};
const roleLabel = (value: unknown) => (isRole(value) ? ROLE_LABELS[value] : undefined);

export const SCHEME_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  appliesTo: roleLabel,
  previous: roleLabel,
  subjectKind: (value) => SUBJECT_KIND_LABELS[String(value)],
  basis: (value) => BASIS_TEXT[String(value)],
  mode: (value) => MODE_TEXT[String(value)],
};
