import {
  reportBreakdownQuerySchema,
  reportBreakdownSchema,
  reportRangeQuerySchema,
  reportSummarySchema,
} from '@hall/protocol';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvOf, xlsxOf } from '../reports/report-files.ts';
import { breakdownSheet, summarySheet, type ReportSheet } from '../reports/report-sheet.ts';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, valueOf } from './route-kit.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A report as a CSV or XLSX file to download. */
async function sendFile(reply: FastifyReply, format: 'csv' | 'xlsx', file: string, sheet: ReportSheet): Promise<void> {
  void reply.header('content-disposition', `attachment; filename="${file}.${format}"`);
  if (format === 'csv') await reply.type('text/csv; charset=utf-8').send(csvOf(sheet));
  else await reply.type(XLSX_TYPE).send(await xlsxOf(sheet));
}

/**
 * Reports for admins and supervisors over a range of business days: the summary and the breakdowns, as
 * JSON, CSV or XLSX (`format`), headings in `lang`.
 */
export const reportRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['reports'];
  const config = { right: 'reports:read' } as const;
  app.get(
    '/api/v1/reports/summary',
    {
      config,
      schema: {
        tags,
        summary: 'Figures of a range of business days (JSON; format=csv|xlsx for a file)',
        querystring: reportRangeQuerySchema,
        response: { 200: reportSummarySchema },
      },
    },
    async (request, reply) => {
      const { from, to, format, lang } = request.query;
      const summary = valueOf(d.reports.summary(principalOf(request), { from, to }));
      if (format === 'json') return summary;
      return sendFile(reply, format, `report-summary-${from}-${to}`, summarySheet(summary, lang));
    },
  );
  app.get(
    '/api/v1/reports/breakdown',
    {
      config,
      schema: {
        tags,
        summary: 'The same figures by hour, day, zone, service, window, clerk, lane or window kind',
        querystring: reportBreakdownQuerySchema,
        response: { 200: reportBreakdownSchema },
      },
    },
    async (request, reply) => {
      const { from, to, by, format, lang } = request.query;
      const breakdown = valueOf(d.reports.breakdown(principalOf(request), { from, to, by }));
      if (format === 'json') return breakdown;
      return sendFile(reply, format, `report-${by}-${from}-${to}`, breakdownSheet(breakdown, lang));
    },
  );
};
