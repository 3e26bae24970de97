import {
  type FormBookEvent,
  type FormBookState,
  type PlacedForm,
  formBookDecider,
  formBookStreamId,
} from '@sales/contracts/domain';
import { fold } from '@sales/shared/domain';
import type { EventStore } from '@sales/shared/event-sourcing';

const BOOK_PREFIX = 'form-book-';

/** The store reads the books need: a pass to find the years, and one book at a time. */
export type FormBookSource = Pick<EventStore, 'readAll' | 'readStream'>;

/**
 * The form books (`form-book-<year>`) as read from the store: always the stored stream, so a form
 * another replica issued or ended is seen at once. Which years have a book: those found by one pass
 * over the store at start, and every year an issue could have opened since — issues are for the
 * year before, of or after today (FormsService), so from the year before the start onwards.
 */
export class FormBooks {
  private readonly found = new Set<number>();

  constructor(
    private readonly source: FormBookSource,
    private readonly firstOpenYear: number,
  ) {}

  async rebuild(): Promise<void> {
    for await (const event of this.source.readAll()) {
      if (!event.streamId.startsWith(BOOK_PREFIX)) continue;
      const year = Number(event.streamId.slice(BOOK_PREFIX.length));
      if (Number.isInteger(year)) this.found.add(year);
    }
  }

  async book(year: number): Promise<FormBookState> {
    const { events } = await this.source.readStream(formBookStreamId(year));
    return fold(
      formBookDecider,
      events.map(({ type, data }) => ({ type, data }) as FormBookEvent),
    );
  }

  /** Every form of every book up to the year after `todayYear`, oldest book first. */
  async allForms(todayYear: number): Promise<PlacedForm[]> {
    const years = new Set(this.found);
    for (let year = this.firstOpenYear; year <= todayYear + 1; year++) years.add(year);
    const forms: PlacedForm[] = [];
    for (const year of [...years].sort((a, b) => a - b)) {
      const book = await this.book(year);
      forms.push(...book.forms.map((form) => ({ ...form, year })));
    }
    return forms;
  }
}
