import { StreamableFile } from '@nestjs/common';
import { CSV_CONTENT_TYPE, type TableColumn, XLSX_CONTENT_TYPE, toCsv, toXlsx } from './table-export';
import type { TableFormat } from './table-query';

/** A table as the routes answer it: the JSON body, and what its files are made of. */
export type TableAnswer<Body, Row> = Readonly<{
  body: Body;
  /** The file's name without extension, in zh-CN (`销售排名-2027-Q1`). */
  fileName: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
}>;

/** `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<the zh-CN name, percent-encoded>` (RFC 6266). */
export function attachment(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The JSON body, or the table as a CSV or .xlsx download with zh-CN headers and amounts in 元. */
export async function download<Body, Row>(
  answer: TableAnswer<Body, Row>,
  format: TableFormat,
): Promise<Body | StreamableFile> {
  switch (format) {
    case 'json':
      return answer.body;
    case 'csv':
      return new StreamableFile(Buffer.from(toCsv(answer.columns, answer.rows), 'utf8'), {
        type: CSV_CONTENT_TYPE,
        disposition: attachment(`${answer.fileName}.csv`),
      });
    case 'xlsx':
      return new StreamableFile(await toXlsx(answer.columns, answer.rows, answer.fileName), {
        type: XLSX_CONTENT_TYPE,
        disposition: attachment(`${answer.fileName}.xlsx`),
      });
  }
}
