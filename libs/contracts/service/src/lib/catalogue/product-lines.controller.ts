import { Body, Controller, Get, HttpCode, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { ChangeProductLineDto, DefineProductLineDto, ProductLineParams } from './dto/product-lines.dto';
import { PRODUCT_LINES_RESPONSE, PRODUCT_LINE_COMMAND_RESPONSE } from './product-lines-responses.openapi';
import { ProductLinesService } from './product-lines.service';

/** 产品线目录 (K2, K3): the lines reports and contracts name, with their default VAT rates. */
@ApiTags('合同 contracts')
@Controller('contracts/product-lines')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class ProductLinesController {
  constructor(private readonly productLines: ProductLinesService) {}

  @Get()
  @ApiOkResponse({ schema: PRODUCT_LINES_RESPONSE })
  @ApiOperation({
    summary: '产品线目录（组织中任何人）the product-line catalogue, for anyone in the org tree',
  })
  list(@CurrentActor() actor: Actor) {
    return this.productLines.list(actor);
  }

  @Post()
  @ApiCreatedResponse({ schema: PRODUCT_LINE_COMMAND_RESPONSE })
  @ApiOperation({ summary: '新增产品线（系统管理员或业务副总）define a product line (IT admin or VP)' })
  define(@Body() body: DefineProductLineDto, @CurrentActor() actor: Actor) {
    const { productLineId, name, vatBasisPoints } = body;
    return this.productLines.define(
      { productLineId, name: { zh: name.zh, en: name.en }, vatBasisPoints },
      actor,
    );
  }

  @Put(':productLineId')
  @ApiOkResponse({ schema: PRODUCT_LINE_COMMAND_RESPONSE })
  @ApiOperation({
    summary:
      '修改产品线名称或默认税率（系统管理员或业务副总；已签合同不受影响）rename a line or change its default VAT rate',
  })
  change(
    @Param() { productLineId }: ProductLineParams,
    @Body() body: ChangeProductLineDto,
    @CurrentActor() actor: Actor,
  ) {
    const name = body.name ? { zh: body.name.zh, en: body.name.en } : undefined;
    return this.productLines.change(productLineId, { name, vatBasisPoints: body.vatBasisPoints }, actor);
  }

  @Post(':productLineId/retire')
  @HttpCode(200)
  @ApiOkResponse({ schema: PRODUCT_LINE_COMMAND_RESPONSE })
  @ApiOperation({
    summary:
      '停用产品线（不能再报备或签约；已签合同保留）retire a product line from new reports and signings',
  })
  retire(@Param() { productLineId }: ProductLineParams, @CurrentActor() actor: Actor) {
    return this.productLines.retire(productLineId, actor);
  }
}
