/**
 * The phone status page behind a ticket's QR code: mobile first, no login, no personal data. It polls
 * the public status API every few seconds (phones sleep and wake; polling needs no reconnect logic).
 */
export function statusPage(code: string): string {
  // The code is checked by the route pattern ([A-Za-z0-9]); JSON.stringify keeps it a plain string anyway.
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="robots" content="noindex">
<title>排队进度 · Queue status</title>
<style>
  :root { color-scheme: light; --blue: #0b3d6b; --gold: #f5b301; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
         background: #eef3f8; color: #13263a; }
  header { background: var(--blue); color: #fff; padding: 14px 18px; font-size: 17px; }
  nav { display: flex; gap: 8px; padding: 10px 18px 0; }
  nav a { flex: 1; text-align: center; padding: 10px 0; border-radius: 8px; background: #fff; color: var(--blue);
          text-decoration: none; font-size: 16px; min-height: 44px; }
  nav a[aria-current="true"] { background: var(--blue); color: #fff; }
  main { padding: 16px 18px 32px; }
  .card { background: #fff; border-radius: 14px; padding: 20px; box-shadow: 0 1px 4px rgba(0,0,0,.08); margin-bottom: 14px; }
  .number { font-size: 64px; font-weight: 800; letter-spacing: 2px; text-align: center; color: var(--blue); margin: 4px 0; }
  .service { text-align: center; font-size: 18px; color: #3a4d61; }
  .state { font-size: 22px; font-weight: 700; text-align: center; margin: 6px 0 2px; }
  .called { background: var(--gold); color: #1c1300; }
  .called .state { font-size: 28px; }
  .row { display: flex; justify-content: space-between; font-size: 18px; padding: 8px 0; border-bottom: 1px solid #e3e9ef; }
  .row:last-child { border-bottom: 0; }
  .muted { color: #5b6b7b; font-size: 14px; text-align: center; }
  .offline { color: #a33; }
</style>
</head>
<body>
<header id="hall">排队进度</header>
<nav aria-label="语言 Language">
  <a href="?lang=zh-Hans" data-lang="zh-Hans">简体</a>
  <a href="?lang=zh-Hant" data-lang="zh-Hant">繁體</a>
  <a href="?lang=en" data-lang="en">English</a>
</nav>
<main>
  <section class="card" id="ticket" aria-live="polite">
    <div class="number" id="number">—</div>
    <div class="service" id="service"></div>
    <div class="state" id="state">…</div>
  </section>
  <section class="card" id="details"></section>
  <p class="muted" id="updated"></p>
</main>
<script>
(function () {
  var code = ${JSON.stringify(code)};
  var langs = ['zh-Hans', 'zh-Hant', 'en'];
  var lang = new URLSearchParams(location.search).get('lang');
  if (langs.indexOf(lang) < 0) lang = 'zh-Hans';
  document.documentElement.lang = lang;
  document.querySelectorAll('nav a').forEach(function (a) {
    a.setAttribute('aria-current', String(a.getAttribute('data-lang') === lang));
  });
  var T = {
    'zh-Hans': { title: '排队进度', waiting: '排队等候中', transferred: '已转办，请继续等候', called: '请到 {w} 办理',
      serving: '正在 {w} 办理', done: '已办结，感谢您的耐心', 'no-show': '已过号，请到服务台咨询', cancelled: '此号已作废',
      ahead: '前面还有', people: '人', wait: '预计等候', minutes: '约 {m} 分钟', next: '马上轮到您', target: '将由 {w} 叫号',
      notFound: '未找到此号，请核对小票上的二维码', offline: '网络连接中断，正在重试…', updated: '更新于 {t}', elderly: '老年人优先', booking: '预约' },
    'zh-Hant': { title: '排隊進度', waiting: '排隊等候中', transferred: '已轉辦，請繼續等候', called: '請到 {w} 辦理',
      serving: '正在 {w} 辦理', done: '已辦結，感謝您的耐心', 'no-show': '已過號，請到服務台諮詢', cancelled: '此號已作廢',
      ahead: '前面還有', people: '人', wait: '預計等候', minutes: '約 {m} 分鐘', next: '馬上輪到您', target: '將由 {w} 叫號',
      notFound: '未找到此號，請核對小票上的二維碼', offline: '網路連線中斷，正在重試…', updated: '更新於 {t}', elderly: '長者優先', booking: '預約' },
    en: { title: 'Queue status', waiting: 'Waiting', transferred: 'Transferred: please keep waiting', called: 'Please go to {w}',
      serving: 'Being served at {w}', done: 'Done, thank you for your patience', 'no-show': 'Missed: please ask at the service desk',
      cancelled: 'This number is no longer valid', ahead: 'People ahead', people: '', wait: 'Estimated wait', minutes: 'about {m} min',
      next: 'You are next', target: 'Will be called at {w}', notFound: 'Number not found: check the QR code on your ticket',
      offline: 'Connection lost, retrying…', updated: 'Updated {t}', elderly: 'Elderly priority', booking: 'Booking' }
  }[lang];
  function $(id) { return document.getElementById(id); }
  function fill(s, k, v) { return s.replace('{' + k + '}', v); }
  function windowName(s) { return s.windowNames ? s.windowNames[lang] : (s.window + (lang === 'en' ? '' : '号窗口')); }
  var lastState = null;
  function render(s) {
    $('hall').textContent = s.hallName[lang] + ' · ' + T.title;
    $('number').textContent = s.number;
    $('service').textContent = s.zoneNames[lang] + ' · ' + s.serviceNames[lang] +
      (s.lane === 'elderly' ? ' · ' + T.elderly : s.lane === 'booking' ? ' · ' + T.booking : '');
    var text = T[s.state] || s.state;
    if (s.state === 'called' || s.state === 'serving') text = fill(text, 'w', windowName(s));
    $('state').textContent = text;
    $('ticket').className = 'card' + (s.state === 'called' ? ' called' : '');
    var d = '';
    if (s.peopleAhead !== null) {
      d += '<div class="row"><span>' + T.ahead + '</span><strong>' + (s.peopleAhead === 0 ? T.next : s.peopleAhead + ' ' + T.people) + '</strong></div>';
      d += '<div class="row"><span>' + T.wait + '</span><strong>' + fill(T.minutes, 'm', s.estimatedWaitMinutes) + '</strong></div>';
    }
    if (s.targetWindow !== null && s.window === null) d += '<div class="row"><span>' + fill(T.target, 'w', s.targetWindow + (lang === 'en' ? '' : '号窗口')) + '</span></div>';
    $('details').innerHTML = d;
    $('details').hidden = d === '';
    $('updated').textContent = fill(T.updated, 't', new Date(s.serverTime).toLocaleTimeString(lang));
    $('updated').className = 'muted';
    if (s.state === 'called' && lastState !== 'called' && navigator.vibrate) navigator.vibrate([300, 150, 300]);
    lastState = s.state;
  }
  function poll() {
    fetch('/api/v1/public/tickets/' + encodeURIComponent(code), { cache: 'no-store' })
      .then(function (r) {
        if (r.status === 404) { $('state').textContent = T.notFound; $('number').textContent = '—'; return null; }
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      })
      .then(function (s) { if (s) render(s); })
      .catch(function () { $('updated').textContent = T.offline; $('updated').className = 'muted offline'; })
      .finally(function () { setTimeout(poll, document.hidden ? 15000 : 4000); });
  }
  poll();
})();
</script>
</body>
</html>
`;
}
