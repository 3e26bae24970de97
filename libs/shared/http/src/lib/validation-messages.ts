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

export function fieldProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
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
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}
