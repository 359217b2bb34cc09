import { hallConfigSchema, type HallConfig } from '@hall/protocol';

const names = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });

/** A small hall for the console's logic tests: one zone, a regular service and a delay-service one. */
export function testHall(): HallConfig {
  return hallConfigSchema.parse({
    hallName: names('测试大厅', 'Test hall'),
    zones: [{ id: 'civil', names: names('民政', 'Civil') }],
    services: [
      { id: 'marriage', names: names('婚姻登记', 'Marriage'), prefix: 'A', zoneId: 'civil', avgServiceMinutes: 10 },
      {
        id: 'pension',
        names: names('养老金', 'Pension'),
        prefix: 'B',
        zoneId: 'civil',
        avgServiceMinutes: 6,
        delayService: true,
      },
    ],
    windows: [{ number: 1, names: names('1号窗口', 'Window 1'), kind: 'zone', zoneId: 'civil', services: 'all' }],
    schedule: {
      regular: [{ from: '09:00', to: '17:00' }],
      delay: [{ from: '17:00', to: '19:00' }],
      weekend: [{ from: '09:00', to: '12:00' }],
    },
    holidays: { closed: ['2026-10-01'], workdays: ['2026-10-11'] },
  });
}
