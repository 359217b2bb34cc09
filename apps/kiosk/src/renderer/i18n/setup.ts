import { createTranslator, defineMessages } from '@hall/web-ui';

/** The attendant setup screen of a browser kiosk with no device token. */
export const setupTexts = createTranslator(
  defineMessages(
    {
      citizenNotice: '本机暂未启用，请到服务台取号或咨询工作人员',
      staffTitle: '工作人员设置',
      staffHelp: '请输入管理员为本机创建的设备令牌（POST /api/v1/devices，角色 kiosk）。令牌仅保存在本浏览器。',
      tokenRejected: '叫号系统不接受已保存的令牌（可能已被吊销），请重新输入。',
      tokenField: '设备令牌',
      nameField: '本机名称（可选）',
      save: '保存并连接',
    },
    {
      'zh-Hant': {
        citizenNotice: '本機暫未啟用，請到服務台取號或諮詢工作人員',
        staffTitle: '工作人員設定',
        staffHelp: '請輸入管理員為本機建立的設備權杖（POST /api/v1/devices，角色 kiosk）。權杖僅保存在本瀏覽器。',
        tokenRejected: '叫號系統不接受已保存的權杖（可能已被撤銷），請重新輸入。',
        tokenField: '設備權杖',
        nameField: '本機名稱（可選）',
        save: '保存並連接',
      },
      en: {
        citizenNotice: 'This kiosk is not in service yet. Please ask at the service desk.',
        staffTitle: 'Staff setup',
        staffHelp:
          'Enter the device token an admin created for this kiosk (POST /api/v1/devices, role kiosk). It is kept in this browser only.',
        tokenRejected: 'The hub did not accept the saved token (it may have been revoked). Please enter a new one.',
        tokenField: 'Device token',
        nameField: 'Kiosk name (optional)',
        save: 'Save and connect',
      },
    },
  ),
);
