import type { LocalizedText } from '@sales/shared/domain';

/**
 * Body fields as people name them, for every slice's refusals (`{field}` in a message): 拜访时间
 * visitedAt, not visitedAt alone. Indexed paths read as their list (`contacts[0].phones[1]` →
 * 联系人电话) and grades as their pattern (`thresholds.B` → B 级下限).
 */
const FIELD_LABELS: Readonly<Record<string, LocalizedText>> = {
  name: { zh: '公司名称 name', en: 'company name (name)' },
  creditCode: { zh: '统一社会信用代码 creditCode', en: 'credit code (creditCode)' },
  ownerId: { zh: '负责人 ownerId', en: 'owner (ownerId)' },
  toOwnerId: { zh: '接收人 toOwnerId', en: 'new owner (toOwnerId)' },
  reason: { zh: '原因 reason', en: 'reason' },
  note: { zh: '说明 note', en: 'note' },
  survivorId: { zh: '保留的客户 survivorId', en: 'surviving customer (survivorId)' },
  'contacts[].phones[]': { zh: '联系人电话 contacts[].phones[]', en: 'contact phone (contacts[].phones[])' },
  customerId: { zh: '客户 customerId', en: 'customer (customerId)' },
  requesterId: { zh: '申请人 requesterId', en: 'requester (requesterId)' },
  visitedAt: { zh: '拜访时间 visitedAt', en: 'visit time (visitedAt)' },
  kind: { zh: '拜访方式 kind', en: 'kind of visit (kind)' },
  coachId: { zh: '陪同辅导人 coachId', en: 'coach (coachId)' },
  nextContactOn: { zh: '下次联系日期 nextContactOn', en: 'next contact date (nextContactOn)' },
  place: { zh: '地点 place', en: 'place' },
  'coordinates.lat': { zh: '纬度 coordinates.lat', en: 'latitude (coordinates.lat)' },
  'coordinates.lng': { zh: '经度 coordinates.lng', en: 'longitude (coordinates.lng)' },
  date: { zh: '日期 date', en: 'date' },
  from: { zh: '开始日期 from', en: 'start date (from)' },
  category: { zh: '费用类别 category', en: 'expense category (category)' },
  amountMinor: { zh: '金额（分）amountMinor', en: 'amount in fen (amountMinor)' },
  currency: { zh: '币种 currency', en: 'currency' },
  receiptRef: { zh: '票据号 receiptRef', en: 'receipt reference (receiptRef)' },
  reversalOf: { zh: '冲销的回款 reversalOf', en: 'payment reversed (reversalOf)' },
  windowMonths: { zh: '评级窗口（月）windowMonths', en: 'grading window in months (windowMonths)' },
  minimumCheckInsPerDayOut: {
    zh: '外出日最少联系汇报次数 minimumCheckInsPerDayOut',
    en: 'check-ins needed per day out (minimumCheckInsPerDayOut)',
  },
  warningDays: { zh: '提前提醒天数 warningDays', en: 'days of warning (warningDays)' },
  holdLimit: { zh: '持有客户上限 holdLimit', en: 'customers held at most (holdLimit)' },
};

export function fieldLabel(value: unknown): LocalizedText | undefined {
  const field = String(value);
  const listed = FIELD_LABELS[field.replace(/\[\d+\]/g, '[]')];
  if (listed) return listed;
  const [, group, key] = /^(thresholds|revisitCadenceDays)\.(\w+)$/.exec(field) ?? [];
  if (group === 'thresholds')
    return { zh: `${key} 级下限 ${field}`, en: `grade ${key} threshold (${field})` };
  if (group === 'revisitCadenceDays')
    return {
      zh: `${key} 级回访周期（天）${field}`,
      en: `revisit cadence of grade ${key} in days (${field})`,
    };
  return undefined;
}
