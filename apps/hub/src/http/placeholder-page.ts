import type { UiName } from './ui-routes.ts';

/** The two pages of the citizen app (`apps/citizen`): the phone status page and the rating tablet. */
export type CitizenPage = 'status' | 'rate';

const TITLES: Record<UiName | CitizenPage, { zhHans: string; zhHant: string; en: string; issue: number | null }> = {
  kiosk: { zhHans: '自助取号机', zhHant: '自助取號機', en: 'Self-service kiosk', issue: 3 },
  counter: { zhHans: '窗口叫号终端', zhHant: '窗口叫號終端', en: 'Counter terminal', issue: 4 },
  display: { zhHans: '大厅叫号屏', zhHant: '大廳叫號屏', en: 'Wall display', issue: 5 },
  book: { zhHans: '网上预约', zhHant: '網上預約', en: 'Book an appointment', issue: 6 },
  admin: { zhHans: '大厅管理', zhHant: '大廳管理', en: 'Hall administration', issue: null },
  guide: { zhHans: '咨询引导台', zhHant: '諮詢引導台', en: 'Guidance desk', issue: 16 },
  status: { zhHans: '排队进度', zhHant: '排隊進度', en: 'Queue status', issue: 12 },
  rate: { zhHans: '服务评价', zhHant: '服務評價', en: 'Service rating', issue: 12 },
};

/** Shown until a UI's own issue ships its build: says what is missing rather than pretending. */
export function placeholderPage(ui: UiName | CitizenPage): string {
  const t = TITLES[ui];
  const zhWhen = t.issue === null ? '尚未排期' : `它属于第 ${t.issue} 号任务，完成后将在此处提供`;
  const hantWhen = t.issue === null ? '尚未排期' : '完成後將在此處提供';
  const enWhen = t.issue === null ? 'It is not scheduled yet' : `It is built by issue #${t.issue}`;
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.zhHans} · ${t.en}</title>
<style>
  body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif; margin: 0;
         background: #0b3d6b; color: #fff; display: flex; min-height: 100vh; align-items: center; justify-content: center; }
  main { max-width: 56rem; padding: 3rem; }
  h1 { font-size: 3rem; margin: 0 0 1rem; }
  p { font-size: 1.5rem; line-height: 1.6; margin: 0.5rem 0; }
  .en, .hant { opacity: 0.85; font-size: 1.2rem; }
  code { background: rgba(255,255,255,0.15); padding: 0.1em 0.4em; border-radius: 4px; }
</style>
</head>
<body>
<main data-ui="${ui}" data-placeholder="true">
  <h1>${t.zhHans}</h1>
  <p>此界面尚未构建：${zhWhen}。叫号中心（hub）已在运行，可通过 <code>/api/v1</code> 接口使用。</p>
  <p class="hant">${t.zhHant}：此介面尚未建置，${hantWhen}。</p>
  <p class="en">${t.en}: this screen is a placeholder. ${enWhen}; the hub is running and its API is at <code>/api/v1</code> (see docs/api.md).</p>
</main>
</body>
</html>
`;
}
