import { plainToInstance } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min, validateSync } from 'class-validator';
import { fieldProblems } from './validation-messages';

class Sample {
  @IsString()
  @IsNotEmpty()
  @MaxLength(5)
  reason!: string;

  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;
}

const problems = (body: object) => fieldProblems(validateSync(plainToInstance(Sample, body)));

describe('field problems', () => {
  it('lists each field once, with its most basic problem, never contradicting itself', () => {
    expect(problems({}).map((p) => [p.field, p.constraint])).toEqual([
      ['reason', 'isNotEmpty'],
      ['fiscalYear', 'isInt'],
    ]);
    expect(problems({ reason: 42, fiscalYear: 'abc' }).map((p) => p.message.zh)).toEqual([
      'reason 必须是字符串',
      'fiscalYear 必须是整数',
    ]);
  });

  it('still names the specific rule when the value has the right type', () => {
    expect(problems({ reason: 'much too long', fiscalYear: 1999 }).map((p) => p.message.zh)).toEqual([
      'reason 太长',
      'fiscalYear 小于允许的最小值',
    ]);
  });
});
