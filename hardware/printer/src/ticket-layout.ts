import type { TicketPrintJob } from '@hall/protocol';
import { EscPos } from './escpos.ts';
import { ticketLabels } from './labels.ts';
import { labelled, wrap } from './text-width.ts';

export interface TicketLayoutOptions {
  /** Characters per line in the 12×24 font: 48 on 80 mm paper (576 dots), 32 on 58 mm (384 dots). */
  width?: 32 | 48;
}

/**
 * A job → the ESC/POS bytes of one ticket. Only what the job carries is printed, and the job carries no
 * personal data by contract (TicketPrintJob), so the ticket never shows a name, phone or ID number.
 */
export function encodeTicket(job: TicketPrintJob, options: TicketLayoutOptions = {}): Buffer {
  const cols = options.width ?? 48;
  const labels = ticketLabels(job.locale);
  const rule = '-'.repeat(cols);
  const p = new EscPos().init().codePage(0).chineseMode();
  const lines = (texts: string[]): void => {
    for (const text of texts) p.line(text);
  };

  p.align('center').bold(true);
  lines(wrap(job.hallName, cols));
  p.bold(false).line(rule);

  // The number is what a visitor compares with the wall display: as large as a text line gets (2×2).
  p.size(2, 2).bold(true).line(job.number).size(1, 1).bold(false);
  // A reprint says so under the number: the slip a citizen shows is then known not to be the first.
  if (job.reprint) p.bold(true).line(labels.reprint(job.reprint.copy, job.reprint.of)).bold(false);
  p.line(rule);

  p.align('left');
  lines(labelled(labels.service, job.serviceName, cols));
  lines(labelled(labels.zone, job.zoneName, cols));
  if (job.laneLabel !== null && job.laneLabel.trim() !== '') {
    p.bold(true);
    lines(wrap(job.laneLabel, cols));
    p.bold(false);
  }
  lines(labelled(labels.waitAt, job.waitAt, cols));

  p.align('center').feed(1).bold(true);
  lines(wrap(labels.peopleAhead(job.peopleAhead), cols));
  p.bold(false);
  const wait =
    job.waitLow !== undefined && job.waitHigh !== undefined
      ? labels.estimatedWaitRange(job.waitLow, job.waitHigh)
      : labels.estimatedWait(job.estimatedWaitMinutes);
  lines(wrap(wait, cols));
  p.feed(1).align('left');
  lines(labelled(labels.issuedAt, job.issuedAt, cols));

  // What to bring (一次性告知): numbered, each item's next lines under its text, so that one item reads as one.
  const materials = job.materials ?? [];
  if (materials.length > 0) {
    p.line(rule).bold(true);
    lines(wrap(labels.materials, cols));
    p.bold(false);
    materials.forEach((item, i) => lines(labelled(`${i + 1}. `, item, cols)));
    p.line(rule);
  }

  p.align('center').feed(1);
  p.qr(job.statusUrl, { moduleSize: cols === 48 ? 6 : 5, errorLevel: 'M' });
  lines(wrap(labels.scanHint, cols));
  for (const footer of job.footer) lines(wrap(footer, cols));

  // Feed past the tear bar before cutting, so the last line is not cut through.
  return p.feed(3).cut(0).build();
}
