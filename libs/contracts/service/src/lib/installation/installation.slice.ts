import type { Provider, Type } from '@nestjs/common';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { InstallationBook } from './installation-book';
import { InstallationController } from './installation.controller';
import { InstallationService } from './installation.service';

/** The installation slice of contracts (K4): its controllers and providers, mounted by ContractsModule. */
export const INSTALLATION_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [InstallationController],
  providers: [
    InstallationService,
    {
      // Folded from the store before the app answers; kept current by this slice's commands and
      // by a pass when a list finds it older than 2 s. ActiveDirectives comes with the directives slice.
      provide: InstallationBook,
      inject: [contextRuntimeToken('contracts')],
      useFactory: async (runtime: ContextRuntime) => {
        const book = new InstallationBook(runtime.store);
        await book.refresh();
        return book;
      },
    },
  ],
};
