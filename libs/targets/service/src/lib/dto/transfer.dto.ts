import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PlanParams, ReasonDto } from './targets.dto';

const PERSON_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Opens the transfer of a moved salesperson's approved targets to his new division's split. */
export class TransferTargetsDto extends ReasonDto {
  @ApiProperty({
    description:
      '调动后目标待转移的业务人员（组织结构中已在新事业部）/ the moved salesperson (in the new division in the org tree today)',
    example: 'p-wang-lei',
    pattern: PERSON_ID.source,
  })
  @Matches(PERSON_ID)
  salespersonId!: string;
}

export class TransferParams extends PlanParams {
  @ApiProperty({
    description: '业务人员 salesperson whose targets are being transferred',
    example: 'p-wang-lei',
    pattern: PERSON_ID.source,
  })
  @Matches(PERSON_ID)
  salespersonId!: string;
}
