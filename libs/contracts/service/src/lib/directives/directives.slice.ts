import type { Provider, Type } from '@nestjs/common';
import { ActiveDirectives } from './active-directives';
import { DirectivesController } from './directives.controller';
import { DirectivesService } from './directives.service';

/** The directives slice of contracts (K6): its controllers and providers, mounted by ContractsModule. */
export const DIRECTIVES_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [DirectivesController],
  providers: [DirectivesService, ActiveDirectives],
};
