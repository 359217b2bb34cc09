import { describe, expect, it } from 'vitest';
import { hallConfigSchema, LANES, type Lane, type Locale } from '@hall/protocol';
import { sampleTicket } from '@hall/protocol/testing';
import { windowsCalling } from '@hall/queue-core';
import demoHall from '@hall/hub/demo-hall.json' with { type: 'json' };
import { windowListText } from '@hall/web-ui';
import { buildPrintJob } from '@hall/web-ui';
import { compressNumbers, waitAtText } from '@hall/web-ui';

const hall = hallConfigSchema.parse(demoHall);
const LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];
const wait = { minutes: 0, low: 0, high: 5 };
/** One service per kind of window that lists services (the hub's where-to-wait test issues the same). */
const SERVICE_PER_KIND = [
  'resident-medical-insurance',
  'newborn-bundle',
  'cross-province-id-card',
  'could-not-get-it-done',
];

/** The windows the one function names, as the kiosk writes them at the end of its line. */
function expectedList(serviceId: string, lane: Lane, locale: Locale): string {
  const numbers = windowsCalling(hall.windows, { serviceId, lane, targetWindow: null }).map((w) => w.number);
  return windowListText(locale, compressNumbers(numbers));
}

/** The phone page's side of the same check is apps/hub/src/where-to-wait.test.ts (the hub fills `waitWindows`). */
describe('one answer to "where do I wait?" over the demo hall', () => {
  it('covers every window kind of the demo hall, also with the services the phone check issues', () => {
    const kindsNamed = (serviceIds: readonly string[]) => {
      const kinds = new Set<string>();
      for (const serviceId of serviceIds)
        for (const lane of LANES)
          for (const w of windowsCalling(hall.windows, { serviceId, lane, targetWindow: null })) kinds.add(w.kind);
      return [...kinds].sort();
    };
    const allKinds = [...new Set(hall.windows.map((w) => w.kind))].sort();
    expect(kindsNamed(hall.services.map((s) => s.id))).toEqual(allKinds);
    expect(kindsNamed(SERVICE_PER_KIND)).toEqual(allKinds);
  });

  it('the kiosk screen and the print job name the same windows, for every service, lane and language', () => {
    for (const s of hall.services)
      for (const lane of LANES)
        for (const locale of LOCALES) {
          const list = expectedList(s.id, lane, locale);
          const screen = waitAtText(hall, s.id, lane, locale);
          const issued = {
            ticket: sampleTicket({ serviceId: s.id, lane }),
            peopleAhead: 0,
            estimatedWaitMinutes: 0,
            wait,
          };
          const job = buildPrintJob(hall, issued, locale, 'http://hall.example/t/AB12CD34EF');
          expect(screen.endsWith(list), `${s.id} ${lane} ${locale}: ${screen}`).toBe(true);
          expect(job.waitAt).toBe(screen);
        }
  });
});
