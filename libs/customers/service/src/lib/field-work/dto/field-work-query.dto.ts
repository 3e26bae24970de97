import { OmittableBusinessDate, OmittableId } from './dto-parts';

export class OverdueRevisitQueryDto {
  @OmittableId('负责的业务员 salesperson (owner)')
  salespersonId?: string;

  @OmittableId('事业部 division')
  divisionId?: string;
}

export class MissingCheckInsQueryDto {
  @OmittableBusinessDate('起始日期（默认结束日期前 6 天）from')
  from?: string;

  @OmittableBusinessDate('结束日期（默认今天）to')
  to?: string;

  @OmittableId('事业部（按当天所在）division on the day')
  divisionId?: string;

  @OmittableId('人员 person')
  personId?: string;
}

export class VisitQueryDto {
  @OmittableId('业务员 salesperson')
  salespersonId?: string;

  @OmittableId('事业部（按拜访当天所在）division on the visit’s date')
  divisionId?: string;

  @OmittableId('客户 customer')
  customerId?: string;

  @OmittableBusinessDate('起始日期（默认结束日期前 29 天）from')
  from?: string;

  @OmittableBusinessDate('结束日期（默认今天）to')
  to?: string;
}
