import type { Provider, Type } from '@nestjs/common';
import type { Clock } from '@sales/shared/domain';
import { CLOCK, type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { FormBooks } from './form-books';
import { FormNumberFormatController } from './form-number-format.controller';
import { FormNumberFormatService } from './form-number-format.service';
import { FormsController } from './forms.controller';
import { FormsService, ISSUE_YEARS_AROUND_TODAY } from './forms.service';

/** The forms slice of contracts (K1): its controllers and providers, mounted by ContractsModule. */
export const FORMS_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  // The format's routes first: `number-format` is not a form number.
  controllers: [FormNumberFormatController, FormsController],
  providers: [
    FormNumberFormatService,
    FormsService,
    {
      // The years with a book, found before the app answers; books are read from the store.
      provide: FormBooks,
      inject: [contextRuntimeToken('contracts'), CLOCK],
      useFactory: async (runtime: ContextRuntime, clock: Clock) => {
        const books = new FormBooks(
          runtime.store,
          Number(clock.today().slice(0, 4)) - ISSUE_YEARS_AROUND_TODAY,
        );
        await books.rebuild();
        return books;
      },
    },
  ],
};
