import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { AppraisalModule } from '@sales/appraisal/service';
import { HandoverModule } from '@sales/handover/service';
import { NoticesModule } from '@sales/notices/service';
import { runApp, serviceApp } from '@sales/shared/runtime';

/**
 * The people side of the department in one service: appraisal (A1–A5), the resignation handover
 * process manager (O2) and the notice inbox (X2). Three contexts, each with its own store
 * (`<context>_commits`) and its own consumer groups; they talk to each other and to everyone else
 * only through published events, so any of them can move to a service of its own.
 */
@Module({ imports: [AppraisalModule, HandoverModule, NoticesModule] })
class AppraisalServiceModule {}

void runApp(
  serviceApp({
    name: 'appraisal-service',
    title: '考核服务 Appraisal service',
    port: 3007,
    context: AppraisalServiceModule,
  }),
);
