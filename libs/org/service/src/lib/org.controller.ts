import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@sales/shared/domain';
import { CurrentActor, Roles } from '@sales/shared/auth';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import {
  AsOfQueryDto,
  ChangeRoleDto,
  CreateDivisionDto,
  HirePersonDto,
  MovePersonDto,
  RenameDivisionDto,
} from './dto/org.dto';
import { ORG_DIVISION_RESPONSE, ORG_PERSON_RESPONSE, ORG_TREE_RESPONSE } from './org-responses.openapi';
import { OrgService } from './org.service';

@ApiTags('组织 org')
@Controller('org')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class OrgController {
  constructor(private readonly org: OrgService) {}

  private context(actor: Actor, body: { backdatingReason?: string }) {
    return this.org.commandContext(actor, body.backdatingReason);
  }

  @Post('divisions')
  @Roles('vp', 'admin')
  @ApiOperation({ summary: '设立事业部 create a division (O1)' })
  async createDivision(@Body() body: CreateDivisionDto, @CurrentActor() actor: Actor) {
    const divisionId = body.divisionId ?? `d-${body.code.toLowerCase()}`;
    return {
      divisionId,
      ...(await this.org.execute(
        {
          type: 'CreateDivision',
          data: {
            ...this.context(actor, body),
            divisionId,
            code: body.code,
            name: body.name,
            effectiveOn: body.effectiveOn,
          },
        },
        actor,
      )),
    };
  }

  @Put('divisions/:divisionId/name')
  @Roles('vp', 'admin')
  @ApiOperation({ summary: '事业部更名 rename a division' })
  renameDivision(
    @Param('divisionId') divisionId: string,
    @Body() body: RenameDivisionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.org.execute(
      {
        type: 'RenameDivision',
        data: { ...this.context(actor, body), divisionId, name: body.name, effectiveOn: body.effectiveOn },
      },
      actor,
    );
  }

  @Post('people')
  @Roles('vp', 'admin', 'division_manager')
  @ApiOperation({
    summary: '人员入职 hire a person with role, division, manager and login subject',
    description:
      '登录身份（loginSubject）已属于他人时答 409 login-subject-taken / a login subject someone already has is 409 login-subject-taken',
  })
  hire(@Body() body: HirePersonDto, @CurrentActor() actor: Actor) {
    const { personId, name, role, divisionId, managerId, loginSubject, effectiveOn } = body;
    return this.org.execute(
      {
        type: 'HirePerson',
        data: {
          ...this.context(actor, body),
          personId,
          name,
          role,
          divisionId,
          managerId,
          ...(loginSubject === undefined ? {} : { loginSubject }),
          effectiveOn,
        },
      },
      actor,
    );
  }

  @Post('people/:personId/move')
  @HttpCode(200)
  @Roles('vp', 'admin', 'division_manager')
  @ApiOperation({ summary: '调动 move a person to another division / manager' })
  move(@Param('personId') personId: string, @Body() body: MovePersonDto, @CurrentActor() actor: Actor) {
    const { toDivisionId, managerId, effectiveOn } = body;
    return this.org.execute(
      {
        type: 'MovePerson',
        data: { ...this.context(actor, body), personId, toDivisionId, managerId, effectiveOn },
      },
      actor,
    );
  }

  @Post('people/:personId/role')
  @HttpCode(200)
  @Roles('vp', 'admin')
  @ApiOperation({ summary: '变更角色 change a person’s role' })
  changeRole(@Param('personId') personId: string, @Body() body: ChangeRoleDto, @CurrentActor() actor: Actor) {
    const { role, managerId, effectiveOn } = body;
    return this.org.execute(
      { type: 'ChangeRole', data: { ...this.context(actor, body), personId, role, managerId, effectiveOn } },
      actor,
    );
  }

  @Get('tree')
  @ApiOkResponse({ schema: ORG_TREE_RESPONSE })
  @ApiOperation({
    summary:
      '组织结构（默认今天；可查任一日期，并列出之后生效的变动）the department tree as of today or a given date, with the changes scheduled after it',
  })
  tree(@Query() query: AsOfQueryDto) {
    return this.org.tree(query.asOf);
  }

  @Get('divisions/:divisionId')
  @ApiOkResponse({ schema: ORG_DIVISION_RESPONSE })
  @ApiOperation({ summary: '事业部及其人员 a division and its people' })
  division(@Param('divisionId') divisionId: string, @Query() query: AsOfQueryDto) {
    return this.org.division(divisionId, query.asOf);
  }

  @Get('people/:personId')
  @ApiOkResponse({ schema: ORG_PERSON_RESPONSE })
  @ApiOperation({ summary: '人员及其直属下级 a person and their direct reports' })
  person(@Param('personId') personId: string, @Query() query: AsOfQueryDto) {
    return this.org.person(personId, query.asOf);
  }
}
