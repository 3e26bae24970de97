import { DEMO_DIVISIONS } from './demo-department.data';

/**
 * The demo department's customers: four to six per salesperson, registered across the year in
 * their division's cities, some already paying (so grades spread over A–D), some still potential.
 * Deterministic: the same data on every start.
 */
export type DemoCustomer = Readonly<{
  ownerId: string;
  name: string;
  creditCode: string | null;
  industry: string;
  region: string;
  source: string;
  address: string;
  contact: Readonly<{ name: string; title: string; phone: string }>;
  registeredOn: string;
  /** Payments received (回款), in yuan, with their dates; none for a potential customer. */
  payments: ReadonlyArray<Readonly<{ paymentId: string; yuan: number; receivedOn: string }>>;
}>;

const BRANDS = [
  '华信',
  '东方',
  '长城',
  '恒通',
  '金桥',
  '明达',
  '新锐',
  '宏远',
  '天润',
  '博源',
  '中兴',
  '安泰',
];
const TRADES = [
  ['显示科技', '电子制造'],
  ['传媒', '广告传媒'],
  ['商业广场', '商业地产'],
  ['体育中心', '文体场馆'],
  ['交通枢纽', '交通运输'],
  ['会展中心', '会展'],
] as const;
const SOURCES = ['展会', '老客户介绍', '电话开发', '招投标', '网络询盘'];
const CITIES: Readonly<Record<string, readonly [string, string][]>> = {
  'd-east': [
    ['上海', '310000'],
    ['杭州', '330100'],
    ['南京', '320100'],
  ],
  'd-south': [
    ['广州', '440100'],
    ['深圳', '440300'],
  ],
  'd-north': [
    ['北京', '110000'],
    ['天津', '120000'],
  ],
};
const SURNAMES = ['赵', '钱', '孙', '周', '吴', '郑', '冯', '陈'];
const TITLES = ['采购经理', '总经理', '工程部主任', '行政总监'];

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A well-formed 统一社会信用代码 (GB 32100-2015 check character) for an area and a serial. */
export function demoCreditCode(area: string, serial: number): string {
  const body = `91${area}${String(100_000_000 + serial * 7919).slice(-8)}X`.slice(0, 17);
  const sum = [...body].reduce((total, c, i) => total + CODE_CHARS.indexOf(c) * WEIGHTS[i], 0);
  return body + CODE_CHARS[(31 - (sum % 31)) % 31];
}

const pad = (n: number) => String(n).padStart(2, '0');

export function demoCustomers(fiscalYear: number, today: string): DemoCustomer[] {
  const customers: DemoCustomer[] = [];
  let serial = 0;
  for (const division of DEMO_DIVISIONS) {
    const cities = CITIES[division.id] ?? [['上海', '310000']];
    division.salespeople.forEach((person, p) => {
      const count = 4 + (p % 3);
      for (let c = 0; c < count; c++, serial++) {
        const [city, area] = cities[(p + c) % cities.length];
        const [trade, industry] = TRADES[(serial + c) % TRADES.length];
        const brand = BRANDS[serial % BRANDS.length];
        const month = 1 + ((p * 3 + c * 2) % 10);
        const registeredOn = `${fiscalYear}-${pad(month)}-${pad(3 + ((serial * 5) % 24))}`;
        if (registeredOn > today) continue;
        const paying = c % 4 !== 3;
        // A few big payers (A), most in between (B/C), the smallest below C (D).
        const yuan = [1_200_000, 400_000, 80_000, 20_000][(serial + p) % 4];
        const payments = paying
          ? [0, 1]
              .map((k) => ({
                paymentId: `demo-pay-${serial}-${k}`,
                yuan: Math.round(yuan / 2),
                receivedOn: `${fiscalYear}-${pad(Math.min(12, month + 1 + k * 2))}-15`,
              }))
              .filter((payment) => payment.receivedOn <= today)
          : [];
        customers.push({
          ownerId: person.personId,
          name: `${brand}${city}${trade}${c % 2 === 0 ? '有限公司' : '股份有限公司'}`,
          creditCode: c % 3 === 2 ? null : demoCreditCode(area, serial),
          industry,
          region: city,
          source: SOURCES[serial % SOURCES.length],
          address: `${city}市${brand}路 ${10 + serial} 号`,
          contact: {
            name: `${SURNAMES[serial % SURNAMES.length]}${['经理', '总', '工', '主任'][c % 4]}`,
            title: TITLES[c % TITLES.length],
            phone: `139${String(10_000_000 + serial * 104_729).slice(-8)}`,
          },
          registeredOn,
          payments,
        });
      }
    });
  }
  return customers;
}
