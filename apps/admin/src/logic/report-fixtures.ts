import type { ReportBreakdown, ReportDimension, ReportRow, TicketFigures, WindowPerformance } from '@hall/protocol';

/** Test figures: all zero and null but what a test sets. */
export function figures(o: Partial<TicketFigures> = {}): TicketFigures {
  const none = { count: 0, meanMinutes: null, medianMinutes: null, p90Minutes: null };
  return {
    issued: 0,
    served: 0,
    noShow: 0,
    cancelled: 0,
    transferred: 0,
    wait: none,
    service: none,
    withinTarget: { count: 0, share: null },
    ratings: {
      'very-satisfied': 0,
      satisfied: 0,
      'basically-satisfied': 0,
      unsatisfied: 0,
      'very-unsatisfied': 0,
      'not-rated': 0,
    },
    participation: null,
    satisfaction: null,
    delay: { issued: 0, served: 0 },
    ...o,
  };
}

export function wait(meanMinutes: number): TicketFigures['wait'] {
  return { count: 1, meanMinutes, medianMinutes: meanMinutes, p90Minutes: meanMinutes };
}

export function row(key: string, tickets: Partial<TicketFigures>, o: Partial<ReportRow> = {}): ReportRow {
  return { key, names: null, tickets: figures(tickets), performance: null, ...o };
}

export function performance(o: Partial<WindowPerformance> = {}): WindowPerformance {
  return { openMinutes: 0, pausedMinutes: 0, idleMinutes: 0, noShowRate: null, ...o };
}

export function breakdown(by: ReportDimension, rows: ReportRow[]): ReportBreakdown {
  return { from: '2026-11-16', to: '2026-11-22', by, rows };
}
