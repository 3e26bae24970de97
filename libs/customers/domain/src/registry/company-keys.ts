/*
 * 查重 (C1): what makes two registrations the same company. Names and phones are compared after
 * normalising, so 「华信科技（上海）有限公司」, 「华信科技(上海)有限责任公司」 and 「 华信科技 」 collide.
 */

/**
 * Legal-form suffixes dropped before comparing, longest first so 有限责任公司 goes before 公司.
 * 集团 is dropped too: 「华信集团」 and 「华信集团有限公司」 are one company for a sales team.
 */
const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司'];

/** Region qualifiers in round brackets, e.g. (中国), （上海）: dropped with their brackets. */
const BRACKETED = /[(（][^)）]*[)）]/g;

/** Full-width ASCII (Ａ, １, （) to half-width, and the ideographic space to a space. */
function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** The key a company name is compared on: '' when nothing remains (such a name is refused). */
export function normaliseCompanyName(name: string): string {
  let key = halfWidth(name).normalize('NFKC').toLowerCase().replace(BRACKETED, '');
  key = key.replace(/[\s·.,，。、'"“”‘’\-_&()（）[\]【】]/g, '');
  for (let stripped = true; stripped; ) {
    stripped = false;
    if (LEGAL_FORMS.includes(key)) break;
    for (const form of LEGAL_FORMS) {
      if (key.length > form.length && key.endsWith(form)) {
        key = key.slice(0, -form.length);
        stripped = true;
      }
    }
  }
  return key;
}

/**
 * A phone as dialled inside China: no spaces, dashes or brackets, no +86/0086 — and a landline
 * written internationally gets its trunk 0 back (+86 21-5555-0000 is 021 5555 0000).
 */
export function normalisePhone(phone: string): string {
  const digits = halfWidth(phone).replace(/[^\d+]/g, '');
  const national = digits.replace(/^(\+86|0086)/, '');
  if (national === digits || national.startsWith('0') || /^1\d{10}$/.test(national)) return national;
  return `0${national}`;
}

export function normaliseCreditCode(code: string): string {
  return halfWidth(code).trim().toUpperCase();
}

/** GB 32100-2015 characters: digits and capitals without I, O, Z, S, V. */
const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * 统一社会信用代码: 18 characters of the GB 32100-2015 set whose last is the check character,
 * 31 − (Σ value × weight mod 31), with 31 written as 0.
 */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  const sum = CREDIT_CODE_WEIGHTS.reduce(
    (total, weight, i) => total + CREDIT_CODE_CHARS.indexOf(code[i]) * weight,
    0,
  );
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARS[check] === code[17];
}

/** A key two customers may not share: the normalised name, or the credit code. */
export type DuplicateKey = Readonly<{ kind: 'name' | 'creditCode'; value: string }>;

/**
 * The keys a profile holds, credit code first: every registration reserves them in this order,
 * so two registrations never wait on each other's keys in opposite orders.
 */
export function duplicateKeysOf(
  profile: Readonly<{ name: string; creditCode: string | null }>,
): DuplicateKey[] {
  const keys: DuplicateKey[] = [];
  if (profile.creditCode) keys.push({ kind: 'creditCode', value: normaliseCreditCode(profile.creditCode) });
  keys.push({ kind: 'name', value: normaliseCompanyName(profile.name) });
  return keys;
}

export const sameKey = (a: DuplicateKey, b: DuplicateKey) => a.kind === b.kind && a.value === b.value;
