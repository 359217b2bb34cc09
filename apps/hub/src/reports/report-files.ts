import { stringify } from 'csv-stringify/sync';
import type { ReportSheet } from './report-sheet.ts';

/** CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark, CRLF line ends, headings first. */
export function csvOf(sheet: ReportSheet): string {
  return stringify([sheet.header, ...sheet.rows.map((r) => r.map((cell) => cell ?? ''))], {
    bom: true,
    record_delimiter: 'windows',
  });
}

// A worksheet's name: at most 31 characters, none of : \ / ? * [ ].
const sheetName = (title: string): string => title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

/** An XLSX workbook of one worksheet: headings in bold on a frozen first line, numbers as numbers. */
export async function xlsxOf(sheet: ReportSheet): Promise<Buffer> {
  // Loaded on the first XLSX asked for: exceljs and its dependencies take about a second to load, which every
  // start of the hub would otherwise pay (the year benchmark's start bound is 2 s).
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'hall hub';
  const ws = book.addWorksheet(sheetName(sheet.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(sheet.header).font = { bold: true };
  for (const row of sheet.rows) ws.addRow(row);
  ws.columns.forEach((column, i) => {
    column.width = Math.max(10, Math.min(40, (sheet.header[i]?.length ?? 0) * 2));
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
