import type { NumberingLevel, NumberingReply } from '@hall/protocol';

/** A prefix the admin should hear about: nearing the last number of its width, or past it. */
export interface NumberingWarning {
  prefix: string;
  level: Exclude<NumberingLevel, 'ok'>;
  numberDigits: number;
  lastSeq: number;
  lastOfWidth: number;
  serviceIds: string[];
}

/** The hub's numbering reply reduced to the prefixes that are not `ok`, worst first. */
export function numberingWarnings(reply: NumberingReply): NumberingWarning[] {
  const warnings: NumberingWarning[] = [];
  for (const p of reply.prefixes) {
    if (p.level === 'ok') continue;
    const { prefix, level, numberDigits, lastSeq, lastOfWidth, serviceIds } = p;
    warnings.push({ prefix, level, numberDigits, lastSeq, lastOfWidth, serviceIds });
  }
  return warnings.sort((a, b) => Number(b.level === 'overflowed') - Number(a.level === 'overflowed'));
}

/** Each service's warning level, for marking its row. */
export function warningByService(warnings: readonly NumberingWarning[]): Map<string, NumberingWarning> {
  return new Map(warnings.flatMap((w) => w.serviceIds.map((id) => [id, w] as const)));
}
