/**
 * The demo department of `npm start -- --demo`: the text's example company — a VP of business,
 * three divisions and twenty salespeople — with an approved fiscal-year plan.
 */
export const DEMO_VP = { personId: 'p-vp', name: '王建国' } as const;

/**
 * The department's staff outside the divisions, reporting to the VP: 销售内勤 (sales admin, who
 * issues contract forms and files originals), 技术 (engineer), 安装 (installers), 安全/质量 (safety)
 * and 财务 (finance).
 */
export const DEMO_STAFF: ReadonlyArray<
  Readonly<{
    personId: string;
    name: string;
    role: 'sales_admin' | 'engineer' | 'installer' | 'safety' | 'finance';
  }>
> = [
  { personId: 'p-sun-li', name: '孙丽', role: 'sales_admin' },
  { personId: 'p-wu-jianhua', name: '吴建华', role: 'engineer' },
  { personId: 'p-zheng-guodong', name: '郑国栋', role: 'installer' },
  { personId: 'p-qian-xiaojun', name: '钱小军', role: 'installer' },
  { personId: 'p-xu-wenbin', name: '许文斌', role: 'safety' },
  { personId: 'p-liu-fang', name: '刘芳', role: 'finance' },
];

export type DemoDivision = Readonly<{
  id: string;
  code: string;
  name: string;
  manager: Readonly<{ personId: string; name: string }>;
  /** Each salesperson's realistic yearly sales target in yuan, and the new customers they aim for. */
  salespeople: ReadonlyArray<
    Readonly<{ personId: string; name: string; salesYuan: number; newCustomers: number }>
  >;
}>;

export const DEMO_DIVISIONS: readonly DemoDivision[] = [
  {
    id: 'd-east',
    code: 'EAST',
    name: '华东事业部',
    manager: { personId: 'p-chen-zhiqiang', name: '陈志强' },
    salespeople: [
      { personId: 'p-li-na', name: '李娜', salesYuan: 6_000_000, newCustomers: 14 },
      { personId: 'p-wang-lei', name: '王磊', salesYuan: 5_200_000, newCustomers: 12 },
      { personId: 'p-zhang-min', name: '张敏', salesYuan: 4_800_000, newCustomers: 12 },
      { personId: 'p-liu-yang', name: '刘洋', salesYuan: 4_500_000, newCustomers: 10 },
      { personId: 'p-yang-fan', name: '杨帆', salesYuan: 4_000_000, newCustomers: 10 },
      { personId: 'p-zhou-jie', name: '周杰', salesYuan: 3_600_000, newCustomers: 9 },
      { personId: 'p-wu-tingting', name: '吴婷婷', salesYuan: 3_200_000, newCustomers: 8 },
    ],
  },
  {
    id: 'd-south',
    code: 'SOUTH',
    name: '华南事业部',
    manager: { personId: 'p-huang-haitao', name: '黄海涛' },
    salespeople: [
      { personId: 'p-zhao-li', name: '赵丽', salesYuan: 5_800_000, newCustomers: 13 },
      { personId: 'p-sun-hao', name: '孙浩', salesYuan: 5_000_000, newCustomers: 12 },
      { personId: 'p-zhu-xiaoyan', name: '朱晓燕', salesYuan: 4_600_000, newCustomers: 11 },
      { personId: 'p-hu-jun', name: '胡军', salesYuan: 4_200_000, newCustomers: 10 },
      { personId: 'p-guo-jing', name: '郭静', salesYuan: 3_800_000, newCustomers: 9 },
      { personId: 'p-lin-feng', name: '林峰', salesYuan: 3_500_000, newCustomers: 9 },
      { personId: 'p-he-yun', name: '何芸', salesYuan: 3_000_000, newCustomers: 8 },
    ],
  },
  {
    id: 'd-north',
    code: 'NORTH',
    name: '华北事业部',
    manager: { personId: 'p-ma-guoqiang', name: '马国强' },
    salespeople: [
      { personId: 'p-gao-yuan', name: '高远', salesYuan: 5_500_000, newCustomers: 13 },
      { personId: 'p-luo-qian', name: '罗倩', salesYuan: 4_900_000, newCustomers: 11 },
      { personId: 'p-zheng-kai', name: '郑凯', salesYuan: 4_400_000, newCustomers: 10 },
      { personId: 'p-liang-chen', name: '梁晨', salesYuan: 4_000_000, newCustomers: 10 },
      { personId: 'p-xie-hui', name: '谢慧', salesYuan: 3_600_000, newCustomers: 9 },
      { personId: 'p-song-yu', name: '宋宇', salesYuan: 3_100_000, newCustomers: 8 },
    ],
  },
];
