import { describe, expect, it } from 'vitest';
import { windowActionBodySchemas } from './commands.ts';
import { complaintProgressBodySchema, createComplaintBodySchema } from './complaints.ts';
import { maskPersonalNumbers } from './masking.ts';
import { noticesBodySchema } from './notices.ts';

/**
 * A probe wrote whole phone and resident ID numbers into a pause reason (shown on the public wall), a
 * transfer note and a complaint, and the hub stored and showed them whole. Free text is masked now.
 */

const PHONES = [
  '13812345678',
  '138 1234 5678',
  '138-1234-5678',
  '+86 138 1234 5678',
  '１３８１２３４５６７８',
  '١٣٨١٢٣٤٥٦٧٨',
];
const IDS = [
  '11010519491231002X',
  '110105194912310021',
  '１１０１０５１９４９１２３１００２ｘ',
  '110105 19491231 002X',
];

describe('whole numbers in free text', () => {
  it('masks every whole mainland mobile number, however it is written', () => {
    for (const phone of PHONES) {
      expect(maskPersonalNumbers(`请联系${phone}，谢谢`), phone).toBe('请联系138****5678，谢谢');
    }
  });

  it('masks every whole resident ID number, X or digit last', () => {
    expect(maskPersonalNumbers('身份证11010519491231002X已核验')).toBe('身份证110***********002X已核验');
    expect(maskPersonalNumbers('ID 110105194912310021.')).toBe('ID 110***********0021.');
    for (const id of IDS) expect(maskPersonalNumbers(id), id).toMatch(/^110\*{11}002[1X]$/);
  });

  it('leaves text without whole numbers, and masked numbers, as they are', () => {
    for (const text of [
      '窗口3暂停 10 分钟',
      '138****5678',
      '110***********002X',
      '预约码 K4RHS7WG',
      '2026-12-03 14:00',
    ]) {
      expect(maskPersonalNumbers(text)).toBe(text);
    }
  });

  it('is applied by every body schema that takes free text', () => {
    const pause = windowActionBodySchemas.pause.parse({ requestId: 'request-1', reason: '找１３８１２３４５６７８' });
    expect(pause.reason).toBe('找138****5678');
    const transfer = windowActionBodySchemas.transfer.parse({
      requestId: 'request-2',
      toWindow: 2,
      note: '身份证 11010519491231002X',
    });
    expect(transfer.note).toBe('身份证 110***********002X');
    const complaint = createComplaintBodySchema.parse({
      window: 5,
      matter: '电话13812345678',
      departments: ['税务 13812345678'],
    });
    expect(complaint.matter).toBe('电话138****5678');
    expect(complaint.departments).toEqual(['税务 138****5678']);
    const progress = complaintProgressBodySchema.parse({ state: 'open', note: '已回电 ١٣٨١٢٣٤٥٦٧٨' });
    expect(progress.note).toBe('已回电 138****5678');
    const notices = noticesBodySchema.parse({
      notices: [
        { id: 'n', text: { 'zh-Hans': '咨询13812345678', 'zh-Hant': '咨詢13812345678', en: 'Call 13812345678' } },
      ],
    });
    expect(notices.notices[0]?.text).toEqual({
      'zh-Hans': '咨询138****5678',
      'zh-Hant': '咨詢138****5678',
      en: 'Call 138****5678',
    });
  });
});
