import type { ValidationError } from 'class-validator';
import type { LocalizedMessage } from './error-messages';

/** One rejected field: its path in the body (`quarters[2].amount`) and why, in zh-CN and English. */
export type FieldProblem = Readonly<{ field: string; constraint: string; message: LocalizedMessage }>;

// zh-CN for the class-validator constraints the DTOs use; the English text is class-validator's own.
const ZH: Record<string, (field: string) => string> = {
  whitelistValidation: (f) => `不允许的字段：${f}`,
  isDefined: (f) => `${f} 为必填项`,
  isNotEmpty: (f) => `${f} 不能为空`,
  isString: (f) => `${f} 必须是字符串`,
  isInt: (f) => `${f} 必须是整数`,
  isNumber: (f) => `${f} 必须是数字`,
  isPositive: (f) => `${f} 必须大于 0`,
  min: (f) => `${f} 小于允许的最小值`,
  max: (f) => `${f} 大于允许的最大值`,
  isIn: (f) => `${f} 不是允许的取值`,
  isEnum: (f) => `${f} 不是允许的取值`,
  isBoolean: (f) => `${f} 必须是布尔值`,
  isArray: (f) => `${f} 必须是数组`,
  arrayMinSize: (f) => `${f} 的元素个数太少`,
  arrayMaxSize: (f) => `${f} 的元素个数太多`,
  arrayNotEmpty: (f) => `${f} 不能为空数组`,
  isISO8601: (f) => `${f} 必须是 ISO-8601 日期`,
  isDateString: (f) => `${f} 必须是 ISO-8601 日期`,
  matches: (f) => `${f} 的格式不正确`,
  maxLength: (f) => `${f} 太长`,
  minLength: (f) => `${f} 太短`,
  isObject: (f) => `${f} 必须是对象`,
  nestedValidation: (f) => `${f} 必须是对象`,
  isUUID: (f) => `${f} 必须是 UUID`,
};

/**
 * Which failed constraint speaks for a field: the most basic one. A missing `reason` is "不能为空",
 * not also "太长" and "必须是字符串"; a value of the wrong type is not also too big and too small.
 */
const PRIORITY = [
  'whitelistValidation',
  'isDefined',
  'isNotEmpty',
  'arrayNotEmpty',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'nestedValidation',
];
const rank = (constraint: string) => {
  const index = PRIORITY.indexOf(constraint);
  return index === -1 ? PRIORITY.length : index;
};

/** One problem per field (the most basic one), in the order the fields failed. */
export function fieldProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  const byField = new Map<string, FieldProblem>();
  for (const problem of allFieldProblems(errors, parent)) {
    const held = byField.get(problem.field);
    if (!held || rank(problem.constraint) < rank(held.constraint)) byField.set(problem.field, problem);
  }
  return [...byField.values()];
}

function allFieldProblems(errors: readonly ValidationError[], parent: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, en]) => ({
      field,
      constraint,
      message: { zh: (ZH[constraint] ?? ((f: string) => `${f} 不合法`))(field), en },
    }));
    return [...own, ...allFieldProblems(error.children ?? [], field)];
  });
}
