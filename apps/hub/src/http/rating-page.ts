/**
 * The citizen-facing rating tablet of one window (`/rate/<n>`), for halls without a USB rating pad:
 * five large buttons while a rating is pending, a thank-you after. The tablet holds a `rater` device
 * token bound to this window (set up once by an attendant; the demo hall hands it out).
 */
export function ratingPage(window: number): string {
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>服务评价 · ${window}号窗口</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; background: #eef3f8;
         color: #13263a; min-height: 100vh; display: flex; flex-direction: column; }
  header { background: #0b3d6b; color: #fff; padding: 16px 24px; font-size: 22px; display: flex; justify-content: space-between; }
  main { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; padding: 24px; gap: 18px; }
  h1 { font-size: 34px; margin: 0; text-align: center; }
  p { font-size: 20px; margin: 0; color: #3a4d61; text-align: center; }
  .levels { display: grid; grid-template-columns: repeat(5, 1fr); gap: 14px; width: 100%; max-width: 1100px; }
  button { min-height: 30mm; min-width: 15mm; border: 3px solid transparent; border-radius: 16px; font-size: 22px; font-weight: 700;
           color: #fff; cursor: pointer; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 6px; }
  button span.face { font-size: 44px; }
  button:focus-visible { outline: 4px solid #f5b301; outline-offset: 3px; }
  button[disabled] { opacity: .5; }
  /* White text on each at 4.5:1 or more: the English line under each level is small (WCAG 1.4.3). */
  .l1 { background: #14612c; } .l2 { background: #2f7a3d; } .l3 { background: #6b6e1c; } .l4 { background: #a3570b; } .l5 { background: #b3261e; }
  .setup input { font-size: 20px; padding: 10px; width: 28em; max-width: 90vw; }
  .setup button { min-height: 12mm; background: #0b3d6b; padding: 0 24px; }
</style>
</head>
<body>
<header><span id="title">服务评价 Service rating</span><span>${window}号窗口 · Window ${window}</span></header>
<main id="main" aria-live="polite"><p>…</p></main>
<script>
(function () {
  var windowNumber = ${JSON.stringify(window)};
  var key = 'hall.rater.' + windowNumber;
  var levels = [
    ['very-satisfied', '非常满意', 'Very satisfied', '😄'],
    ['satisfied', '满意', 'Satisfied', '🙂'],
    ['basically-satisfied', '基本满意', 'Basically satisfied', '😐'],
    ['unsatisfied', '不满意', 'Unsatisfied', '🙁'],
    ['very-unsatisfied', '非常不满意', 'Very unsatisfied', '😠']
  ];
  var main = document.getElementById('main');
  var token = localStorage.getItem(key);
  var thanksUntil = 0;
  function api(path, body) {
    return fetch(path, {
      method: body ? 'POST' : 'GET',
      headers: Object.assign({ authorization: 'Bearer ' + token }, body ? { 'content-type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
      cache: 'no-store'
    });
  }
  function setup(message) {
    main.innerHTML = '<div class="setup"><h1>评价器设置 · Rating tablet setup</h1><p>' + message +
      '</p><p><input id="token" aria-label="设备令牌 Device token" placeholder="设备令牌 Device token"> ' +
      '<button id="save">保存 Save</button></p></div>';
    document.getElementById('save').onclick = function () {
      token = document.getElementById('token').value.trim();
      localStorage.setItem(key, token);
      poll();
    };
  }
  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }
  function idle(status) {
    main.innerHTML = '<h1>感谢您的光临</h1><p>Thank you for your visit' +
      (status && status.clerkName ? ' · 工作人员 ' + esc(status.clerkName) : '') + '</p>';
  }
  function ask(pending) {
    var html = '<h1>请为本次服务评价</h1><p>Please rate this service · ' + esc(pending.ticketNumber) + '</p><div class="levels">';
    levels.forEach(function (l, i) {
      html += '<button class="l' + (i + 1) + '" data-level="' + l[0] + '" aria-label="' + l[1] + ' ' + l[2] + '">' +
        '<span class="face" aria-hidden="true">' + l[3] + '</span>' + l[1] + '<small>' + l[2] + '</small></button>';
    });
    main.innerHTML = html + '</div>';
    main.querySelectorAll('button').forEach(function (b) {
      b.onclick = function () { rate(b.getAttribute('data-level')); };
    });
  }
  function rate(level) {
    main.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
    var requestId = 'tablet-' + windowNumber + '-' + Date.now() + '-' + Math.floor(Math.random() * 1e6);
    api('/api/v1/windows/' + windowNumber + '/rate', { requestId: requestId, level: level, source: 'tablet' })
      .then(function (r) {
        thanksUntil = Date.now() + 4000;
        main.innerHTML = r.ok
          ? '<h1>谢谢您的评价！</h1><p>Thank you for your rating!</p>'
          : '<h1>本次评价已结束</h1><p>The time to rate this service has passed</p>';
      })
      .catch(function () { main.innerHTML = '<h1>网络异常</h1><p>Network problem, please try again</p>'; });
  }
  function poll() {
    if (!token) return;
    if (Date.now() < thanksUntil) { setTimeout(poll, 1000); return; }
    api('/api/v1/rater/status')
      .then(function (r) {
        if (r.status === 401 || r.status === 403) { localStorage.removeItem(key); token = null; setup('令牌无效 · The token was refused'); return null; }
        return r.json();
      })
      .then(function (s) {
        if (!s) return;
        if (s.pending) { if (!main.querySelector('.levels')) ask(s.pending); } else idle(s);
        setTimeout(poll, 1500);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  if (token) poll();
  else fetch('/rate/' + windowNumber + '/config.json').then(function (r) { return r.ok ? r.json() : null; }).then(function (c) {
    if (c && c.token) { token = c.token; localStorage.setItem(key, token); poll(); }
    else setup('请工作人员输入本窗口评价器的设备令牌 · Staff: enter this window\\'s rating tablet token');
  });
})();
</script>
</body>
</html>
`;
}
