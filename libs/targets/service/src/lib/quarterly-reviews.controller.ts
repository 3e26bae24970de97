import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@sales/shared/domain';
import { CurrentActor, Roles } from '@sales/shared/auth';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import type { QuarterlyReviewForm } from '@sales/targets/domain';
import { CommentDto, QuarterlyReviewFormDto, ReviewParams, ReviewQueryDto } from './dto/review.dto';
import { QuarterlyReviewService } from './quarterly-review.service';
import { REVIEWS_RESPONSE } from './reviews-responses.openapi';

/** 季度复盘 (T5). */
@ApiTags('季度复盘 quarterly reviews')
@Controller('targets/reviews')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class QuarterlyReviewsController {
  constructor(private readonly reviews: QuarterlyReviewService) {}

  @Get()
  @ApiOkResponse({ schema: REVIEWS_RESPONSE })
  @ApiOperation({
    summary:
      '复盘列表（按数据范围），每步含操作人与时间 archived and open reviews within the caller’s scope, each step with who and when',
  })
  list(@Query() query: ReviewQueryDto, @CurrentActor() actor: Actor) {
    return this.reviews.list(actor, {
      fiscalYear: query.fiscalYear,
      quarter: query.quarter,
      status: query.status,
      salespersonId: query.salespersonId,
      divisionId: query.divisionId,
    });
  }

  @Put(':year/:quarter/:salespersonId')
  @Roles('salesperson')
  @ApiOperation({ summary: '业务人员填写季度复盘 the salesperson submits their quarterly review' })
  submit(@Param() params: ReviewParams, @Body() form: QuarterlyReviewFormDto, @CurrentActor() actor: Actor) {
    return this.reviews.decide(reviewKey(params), ({ org, today }) => ({
      type: 'SubmitQuarterlyReview',
      data: {
        actor,
        salespersonId: params.salespersonId,
        fiscalYear: params.year,
        quarter: params.quarter,
        form: reviewForm(form),
        org,
        today,
      },
    }));
  }

  @Post(':year/:quarter/:salespersonId/comment')
  @HttpCode(200)
  @Roles('division_manager', 'vp')
  @ApiOperation({ summary: '经理点评 the manager comments' })
  comment(@Param() params: ReviewParams, @Body() body: CommentDto, @CurrentActor() actor: Actor) {
    return this.reviews.decide(reviewKey(params), ({ org }) => ({
      type: 'CommentOnQuarterlyReview',
      data: { actor, comment: body.comment, org },
    }));
  }

  @Post(':year/:quarter/:salespersonId/archive')
  @HttpCode(200)
  @Roles('division_manager', 'vp', 'sales_admin')
  @ApiOperation({ summary: '归档 archive the review' })
  archive(@Param() params: ReviewParams, @CurrentActor() actor: Actor) {
    return this.reviews.decide(reviewKey(params), ({ org }) => ({
      type: 'ArchiveQuarterlyReview',
      data: { actor, org },
    }));
  }
}

const reviewKey = ({ year, quarter, salespersonId }: ReviewParams) => ({
  fiscalYear: year,
  quarter,
  salespersonId,
});

/** The validated form as plain data, answer by answer (a DTO instance must not reach an event). */
function reviewForm(form: QuarterlyReviewFormDto): QuarterlyReviewForm {
  return {
    yearEndGoal: form.yearEndGoal,
    obstacles: form.obstacles,
    territoryStrengths: form.territoryStrengths,
    territoryWeaknesses: form.territoryWeaknesses,
    impactIfMissed: form.impactIfMissed,
    lastQuarterProgress: form.lastQuarterProgress,
    howProgressWasAchieved: form.howProgressWasAchieved,
    makeUpForMisses: form.makeUpForMisses,
  };
}
