import { RATING_LEVELS, type ReportSummary } from '@hall/protocol';
import { texts, type TextKey } from '../../i18n/texts.ts';
import { formatCount, formatDecimal, formatShare } from '../../logic/report-labels.ts';
import { useSession } from '../../state/session-store.ts';

type Figure = [id: string, label: Extract<TextKey, `fig.${string}` | `level.${string}`>, value: string];

/** One group of figures as a description list; `data-figure` names each for tests and print. */
function Figures({ id, title, figures }: { id: string; title: Extract<TextKey, `sum.${string}`>; figures: Figure[] }) {
  const locale = useSession((s) => s.locale);
  return (
    <section className="figures" aria-labelledby={id}>
      <h3 id={id}>{texts(locale, title)}</h3>
      <dl>
        {figures.map(([id, label, value]) => (
          <div key={id} className="figure" data-figure={id}>
            <dt>{texts(locale, label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The summary of a range: tickets, times, ratings, follow-ups and matters, bookings, delay service. */
export function SummaryFigures({ summary, idPrefix }: { summary: ReportSummary; idPrefix: string }) {
  const locale = useSession((s) => s.locale);
  const t = summary.tickets;
  const n = (v: number) => formatCount(v, locale);
  const d = (v: number | null) => formatDecimal(v, locale);
  const share = (v: number | null) => formatShare(v, locale);
  return (
    <div className="summary" data-testid={`${idPrefix}-summary`}>
      <Figures
        id={`${idPrefix}-tickets`}
        title="sum.tickets"
        figures={[
          ['issued', 'fig.issued', n(t.issued)],
          ['served', 'fig.served', n(t.served)],
          ['noShow', 'fig.noShow', n(t.noShow)],
          ['cancelled', 'fig.cancelled', n(t.cancelled)],
          ['transferred', 'fig.transferred', n(t.transferred)],
          ['withinTarget', 'fig.withinTarget', share(t.withinTarget.share)],
        ]}
      />
      <section className="figures" aria-labelledby={`${idPrefix}-times`}>
        <h3 id={`${idPrefix}-times`}>{texts(locale, 'sum.times')}</h3>
        <table className="list times">
          <thead>
            <tr>
              <td />
              <th scope="col">{texts(locale, 'fig.mean')}</th>
              <th scope="col">{texts(locale, 'fig.median')}</th>
              <th scope="col">{texts(locale, 'fig.p90')}</th>
            </tr>
          </thead>
          <tbody>
            {(['wait', 'service'] as const).map((k) => (
              <tr key={k} data-figure={k}>
                <th scope="row">{texts(locale, `fig.${k}`)}</th>
                <td>{d(t[k].meanMinutes)}</td>
                <td>{d(t[k].medianMinutes)}</td>
                <td>{d(t[k].p90Minutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Figures
        id={`${idPrefix}-ratings`}
        title="sum.ratings"
        figures={[
          ['satisfaction', 'fig.satisfaction', share(t.satisfaction)],
          ['participation', 'fig.participation', share(t.participation)],
          ...RATING_LEVELS.map((l): Figure => [`rating-${l}`, `level.${l}`, n(t.ratings[l])]),
          ['rating-not-rated', 'level.not-rated', n(t.ratings['not-rated'])],
        ]}
      />
      <Figures
        id={`${idPrefix}-followUps`}
        title="sum.followUps"
        figures={[
          ['followUpsOpened', 'fig.followUpsOpened', n(summary.followUps.opened)],
          ['followUpsClosed', 'fig.followUpsClosed', n(summary.followUps.closed)],
          ['complaintsOpened', 'fig.complaintsOpened', n(summary.complaints.opened)],
          ['complaintsResolved', 'fig.complaintsResolved', n(summary.complaints.resolved)],
          ['complaintsMeanAge', 'fig.complaintsMeanAge', d(summary.complaints.meanResolvedAgeDays)],
          ['complaintsOldestOpen', 'fig.complaintsOldestOpen', d(summary.complaints.oldestOpenAgeDays)],
        ]}
      />
      <Figures
        id={`${idPrefix}-bookings`}
        title="sum.bookings"
        figures={[
          ['bookingsMade', 'fig.bookingsMade', n(summary.bookings.made)],
          ['bookingsCheckedIn', 'fig.bookingsCheckedIn', n(summary.bookings.checkedIn)],
          ['bookingsNoShow', 'fig.bookingsNoShow', n(summary.bookings.noShow)],
          ['bookingsCancelled', 'fig.bookingsCancelled', n(summary.bookings.cancelled)],
        ]}
      />
      <Figures
        id={`${idPrefix}-delay`}
        title="sum.delay"
        figures={[
          ['delayIssued', 'fig.delayIssued', n(t.delay.issued)],
          ['delayServed', 'fig.delayServed', n(t.delay.served)],
        ]}
      />
    </div>
  );
}
