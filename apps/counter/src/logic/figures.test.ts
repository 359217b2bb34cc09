import type { TicketStep } from '@hall/protocol';
import { expect, test } from 'vitest';
import { ticketOf as ticket } from '@hall/protocol/testing';
import { clerkFigures } from './figures.ts';

const step = (action: TicketStep['action'], at: number, by: string): TicketStep => ({
  action,
  at,
  by,
  window: 1,
  serviceId: 'a',
});

test('served, no-shows, transfers and the mean service time are the clerk’s own', () => {
  const tickets = [
    ticket({
      id: 'a',
      history: [
        step('issued', 0, 'kiosk'),
        step('called', 1, 'me'),
        step('started', 60_000, 'me'),
        step('finished', 240_000, 'me'),
      ],
    }),
    ticket({ id: 'b', history: [step('called', 1, 'me'), step('started', 0, 'me'), step('finished', 60_000, 'me')] }),
    ticket({ id: 'c', history: [step('called', 1, 'me'), step('recalled', 2, 'me'), step('no-show', 3, 'me')] }),
    ticket({
      id: 'd',
      history: [
        step('called', 1, 'me'),
        step('transferred', 2, 'me'),
        step('called', 3, 'you'),
        step('started', 4, 'you'),
        step('finished', 60_004, 'you'),
      ],
    }),
    ticket({ id: 'e', businessDay: '2026-11-24', history: [step('started', 0, 'me'), step('finished', 1, 'me')] }),
  ];
  expect(clerkFigures(tickets, 'me', '2026-11-25')).toEqual({
    served: 2,
    noShows: 1,
    transfersOut: 1,
    averageServiceMinutes: 2,
  });
  expect(clerkFigures(tickets, 'you', '2026-11-25').served).toBe(1);
  expect(clerkFigures([], 'me', '2026-11-25').averageServiceMinutes).toBeNull();
});
