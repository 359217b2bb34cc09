import type { NameProblem, PhoneProblem } from '../logic/validate.ts';
import type { Text } from './locale.ts';

const t = (zhHans: string, zhHant: string, en: string): Text => ({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });

export const nameProblems: Record<NameProblem, Text> = {
  empty: t('请填写姓名。', '請填寫姓名。', 'Please enter your name.'),
  'too-long': t('姓名最多 40 个字。', '姓名最多 40 個字。', 'The name can be at most 40 characters.'),
};

export const phoneProblems: Record<PhoneProblem, Text> = {
  empty: t('请填写手机号码。', '請填寫手機號碼。', 'Please enter your phone number.'),
  format: t(
    '请填写正确的电话号码（7 到 15 位数字，如 13812345678）。',
    '請填寫正確的電話號碼（7 到 15 位數字，如 13812345678）。',
    'Please enter a valid phone number (7 to 15 digits, e.g. 13812345678).',
  ),
};

export const codeProblem = t(
  '预约码由 4 到 20 位字母和数字组成，请核对。',
  '預約碼由 4 到 20 位字母和數字組成，請核對。',
  'A booking code is 4 to 20 letters and digits. Please check it.',
);

export const last4Problem = t('请输入 4 位数字。', '請輸入 4 位數字。', 'Please enter four digits.');
