// The pages' words in English and Simplified Chinese, and the switch between them. No build step: a page loads it
// with <script src="/i18n.js"> in its <head>, marks its fixed text with data-i18n="key" (textContent),
// data-i18n-placeholder and data-i18n-title, and builds every other text with t('key', {params}).
// The language: localStorage 'chipcheck.lang' if the user chose one, else Chinese for a browser that prefers any
// Chinese, else English. Outcome codes, states, rule ids, CFR citations and ECCNs stay as they are; in Chinese an
// outcome or a state is shown as its code followed by a short label ("HOLD 暂停发货，待人工复核").
(function () {
  'use strict';
  const KEY = 'chipcheck.lang';
  const LANGUAGES = ['en', 'zh-CN'];

  const en = {
    'lang.switch': 'Language',
    'signin.title': 'ChipCheck — sign in',
    'signin.heading': 'Sign in to ChipCheck',
    'signin.username': 'User name',
    'signin.password': 'Password',
    'signin.submit': 'Sign in',
    'signin.error': 'Wrong user name or password, or too many attempts: try again in a moment.',
    'signin.loggedOut': 'You have signed out.',
    'common.signedInAs': 'Signed in as {name} ({roles})',
    'nav.api': 'API',
    'nav.orderCheck': 'Order check',
    'nav.holds': 'Held lines',
    'nav.holdsCompliance': '(compliance)',
    'nav.licences': 'Licences',
    'nav.licencesAndNac': 'Licences and NAC notifications',
    'nav.rulebook': 'Rulebook',

    // index.html: the order upload page
    'upload.title': 'ChipCheck — order check',
    'upload.heading': 'ChipCheck — export-control check of an order workbook',
    'upload.intro': 'Drop an order (.xlsx or .csv) with the columns Line, Part Number, Quantity, Destination, End User, End User Country, '
        + 'End User HQ Country, Ultimate Parent Country and Ship Date. Every line is decided by the same rule base as the checks API.',
    'upload.drop': 'Drop a workbook here, or click to choose one',
    'upload.download': 'Download the annotated workbook',
    'upload.col.line': 'Line',
    'upload.col.part': 'Part number',
    'upload.col.eccn': 'ECCN',
    'upload.col.tpp': 'TPP',
    'upload.col.outcome': 'Outcome',
    'upload.col.exceptions': 'Exceptions',
    'upload.col.reasons': 'Reasons',
    'upload.col.authorisation': 'Licence / NAC',
    'upload.col.mayShip': 'May ship',
    'upload.yourOrders': 'Your orders',
    'upload.orders.received': 'Received',
    'upload.orders.file': 'File',
    'upload.orders.order': 'Order',
    'upload.orders.state': 'State',
    'upload.orders.outcome': 'Outcome',
    'upload.orders.waiting': 'Lines waiting for compliance',
    'upload.orders.released': 'Released',
    'upload.orders.workbook': 'workbook',
    'upload.failed': 'Upload failed ({status})',
    'upload.unreachable': 'The service could not be reached.',
    'upload.nac': 'NAC {status}',
    'upload.nacNotified': 'NAC {status}: {id}, earliest ship date {date}',
    'upload.licence': 'licence {number}',
    'upload.licenceUnits': ', {units} units left',
    'upload.licenceValue': ', {value} {currency} left',
    'upload.count': '{outcome} {count}',
    'upload.shippable': '{ships} of {lines} lines may ship',
    'upload.nacNotCleared': ' ({count} NAC lines not cleared by BIS yet)',
    'upload.yes': 'yes',
    'upload.no': 'no',

    // holds.html: the held lines queue
    'holds.title': 'ChipCheck — held lines',
    'holds.heading': 'ChipCheck — held lines',
    'holds.intro.start': 'Lines waiting for a person, oldest first:',
    'holds.intro.hold': '(the rules could not decide, or a red flag or a possible list match needs review) and',
    'holds.intro.licence': '(waiting for the licence). A compliance officer other than the one who checked or uploaded a line releases it '
        + 'with a reason, and for a licence-required line with a registered licence that covers it; the release is kept as its own decision record.',
    'holds.show': 'Show',
    'holds.filter.all': 'all open lines',
    'holds.filter.hold': 'HOLD only',
    'holds.filter.licence': 'LICENSE_REQUIRED only',
    'holds.col.heldSince': 'Held since',
    'holds.col.decision': 'Decision / line',
    'holds.col.requestedBy': 'Requested by',
    'holds.col.part': 'Part',
    'holds.col.destination': 'Destination / end user',
    'holds.col.shipDate': 'Ship date',
    'holds.col.outcome': 'Outcome',
    'holds.col.reasons': 'Reasons',
    'holds.col.release': 'Release',
    'holds.unreadable': 'The queue cannot be read: {status}',
    'holds.open': '{total} open',
    'holds.oldestShown': ' (the oldest {shown} shown)',
    'holds.line': '{decision} / {line}',
    'holds.complianceReleases': 'compliance officers release',
    'holds.fourEyes': 'you asked for this check: another officer releases it (four eyes)',
    'holds.coverage': 'Licence ledger at decision: {coverage}',
    'holds.reason.placeholder': 'Reason: what you checked and why the line may ship',
    'holds.licence.required': 'Registered licence number (required)',
    'holds.licence.optional': 'Registered licence number (if any)',
    'holds.release': 'Release',
    'holds.notReleased': 'Not released: {why}',
    'holds.released': 'Released {decision} line {line} as {release}.',
    'holds.licenceOption': '{number}: {eccns} to {destinations}',

    // licences.html: licences and NAC notifications
    'licences.title': 'ChipCheck — licences and NAC notifications',
    'licences.heading': 'ChipCheck — licences and NAC notifications',
    'licences.intro.start': 'The BIS licences compliance officers registered (15 CFR 750.7), what shipments drew from them, and the License '
        + 'Exception NAC notifications to BIS (740.8(a)(2)) with their 25-day review. Registering, revoking, and recording BIS\'s answer are '
        + 'done through the API (',
    'licences.intro.end': ') or a licence workbook, and each is a record of the hash chain.',
    'licences.download': 'Download the licences workbook',
    'licences.expiring': 'Expiring within 30 days',
    'licences.licences': 'Licences',
    'licences.col.number': 'Number',
    'licences.col.status': 'Status',
    'licences.col.valid': 'Valid',
    'licences.col.items': 'ECCNs / parts',
    'licences.col.destinations': 'Destinations',
    'licences.col.parties': 'Parties',
    'licences.col.drawn': 'Drawn',
    'licences.col.unitsLeft': 'Units left',
    'licences.col.valueLeft': 'Value left',
    'licences.col.drawdowns': 'Draw-downs',
    'licences.nac': 'NAC notifications',
    'licences.nac.id': 'Id',
    'licences.nac.state': 'State',
    'licences.nac.items': 'Items',
    'licences.nac.destination': 'Destination',
    'licences.nac.endUser': 'End user',
    'licences.nac.submitted': 'Submitted',
    'licences.nac.earliest': 'Earliest ship date',
    'licences.nac.answer': 'BIS answer',
    'licences.nac.unitsLeft': 'Units left',
    'licences.noLimit': 'no limit',
    'licences.drawnShare': '{percent}% drawn',
    'licences.unreadable': 'The licences cannot be read: {status}',
    'licences.validRange': '{from} to {until}',
    'licences.expiresSoon': ' (expires soon)',
    'licences.left': '{left} of {whole}',
    'licences.valueLeft': '{left} of {whole} {currency}',
    'licences.drawdown': '{ref} line {line}: {units}',
    'licences.expiresOn': '{number} expires on {date}',
    'licences.unitsLeft': ', {units} units left',
    'licences.noneExpiring': 'No licence expires within 30 days.',
    'licences.nacUnreadable': 'The NAC notifications cannot be read: {status}',
    'licences.objected': 'objected on {date}: {objection}',
    'licences.confirmation': 'confirmation {number}',
    'licences.noAnswer': 'none yet'
  };

  const zh = {
    'signin.title': 'ChipCheck — 登录',
    'signin.heading': '登录 ChipCheck',
    'signin.username': '用户名',
    'signin.password': '密码',
    'signin.submit': '登录',
    'signin.error': '用户名或密码错误，或尝试次数过多：请稍后再试。',
    'signin.loggedOut': '您已退出登录。',
    'lang.switch': '语言',
    'common.signedInAs': '当前用户：{name}（{roles}）',
    'nav.api': 'API',
    'nav.orderCheck': '上传订单',
    'nav.holds': '暂扣待复核',
    'nav.holdsCompliance': '（合规人员）',
    'nav.licences': '许可证',
    'nav.licencesAndNac': '许可证与 NAC 通知',
    'nav.rulebook': '规则手册',

    'upload.title': 'ChipCheck — 上传订单',
    'upload.heading': 'ChipCheck — 上传订单，逐行进行出口管制判定',
    'upload.intro': '请上传订单文件（.xlsx 或 .csv），须包含以下列：行号、料号、数量、目的国、最终用户、最终用户所在国、最终用户总部所在国、'
        + '最终母公司所在国、发货日期（中文或英文表头均可）。每一行均按与审查 API 相同的规则库判定。',
    'upload.drop': '将订单文件拖放到此处，或点击选择文件',
    'upload.download': '下载附判定结果的订单工作簿',
    'upload.col.line': '行号',
    'upload.col.part': '料号',
    'upload.col.eccn': 'ECCN',
    'upload.col.tpp': 'TPP',
    'upload.col.outcome': '判定结论',
    'upload.col.exceptions': '许可例外',
    'upload.col.reasons': '理由',
    'upload.col.authorisation': '许可证 / NAC',
    'upload.col.mayShip': '可否发货',
    'upload.yourOrders': '我的订单',
    'upload.orders.received': '上传时间',
    'upload.orders.file': '文件',
    'upload.orders.order': '订单号',
    'upload.orders.state': '处理状态',
    'upload.orders.outcome': '判定结论',
    'upload.orders.waiting': '待合规复核行数',
    'upload.orders.released': '已放行行数',
    'upload.orders.workbook': '工作簿',
    'upload.failed': '上传失败（{status}）',
    'upload.unreachable': '无法连接服务，请稍后重试。',
    'upload.nac': 'NAC 通知：{status}',
    'upload.nacNotified': 'NAC 通知 {id}：{status}，最早发货日 {date}',
    'upload.licence': '许可证 {number}',
    'upload.licenceUnits': '，剩余数量 {units} 件',
    'upload.licenceValue': '，剩余金额 {value} {currency}',
    'upload.count': '{outcome}：{count} 行',
    'upload.shippable': '共 {lines} 行，其中 {ships} 行可发货',
    'upload.nacNotCleared': '（另有 {count} 行 NAC 尚未获 BIS 放行）',
    'upload.yes': '可发货',
    'upload.no': '暂不可发货',

    'holds.title': 'ChipCheck — 暂扣待复核',
    'holds.heading': 'ChipCheck — 暂扣待复核',
    'holds.intro.start': '以下为等待人工处理的订单行，按暂扣时间从早到晚排列：',
    'holds.intro.hold': '（规则无法自动判定，或存在风险警示信号、疑似名单命中，须人工复核）和',
    'holds.intro.licence': '（等待许可证）。须由提交审查或上传订单者以外的另一名合规人员填写理由后放行；需许可证的行，还须登记覆盖该行的许可证。'
        + '每次放行均单独形成一条判定记录。',
    'holds.show': '显示',
    'holds.filter.all': '全部未结行',
    'holds.filter.hold': '仅 HOLD',
    'holds.filter.licence': '仅 LICENSE_REQUIRED',
    'holds.col.heldSince': '暂扣时间',
    'holds.col.decision': '判定记录 / 行',
    'holds.col.requestedBy': '提交人',
    'holds.col.part': '料号',
    'holds.col.destination': '目的国 / 最终用户',
    'holds.col.shipDate': '发货日期',
    'holds.col.outcome': '判定结论',
    'holds.col.reasons': '理由',
    'holds.col.release': '放行',
    'holds.unreadable': '无法读取待复核队列：{status}',
    'holds.open': '共 {total} 行待处理',
    'holds.oldestShown': '（仅显示最早的 {shown} 行）',
    'holds.line': '{decision} / 第 {line} 行',
    'holds.complianceReleases': '由合规人员放行',
    'holds.fourEyes': '此审查由您提交，须由另一名合规人员放行（双人复核）',
    'holds.coverage': '判定时的许可证台账：{coverage}',
    'holds.reason.placeholder': '放行理由：您核查了哪些内容，为何该行可以发货',
    'holds.licence.required': '已登记的许可证号（必填）',
    'holds.licence.optional': '已登记的许可证号（如有）',
    'holds.release': '放行',
    'holds.notReleased': '未能放行：{why}',
    'holds.released': '已放行 {decision} 第 {line} 行，放行记录 {release}。',
    'holds.licenceOption': '{number}：{eccns}，目的国 {destinations}',

    'licences.title': 'ChipCheck — 许可证与 NAC 通知',
    'licences.heading': 'ChipCheck — 许可证与 NAC 通知',
    'licences.intro.start': '合规人员登记的 BIS 许可证（15 CFR 750.7）及各批发货的核减情况，以及向 BIS 提交的许可例外 NAC 通知（740.8(a)(2)）'
        + '及其 25 天审查期。许可证的登记、撤销以及 BIS 答复的录入，均通过 API（',
    'licences.intro.end': '）或许可证工作簿完成，每项操作都作为一条记录写入哈希链。',
    'licences.download': '下载许可证工作簿',
    'licences.expiring': '30 天内即将到期',
    'licences.licences': '许可证',
    'licences.col.number': '许可证号',
    'licences.col.status': '状态',
    'licences.col.valid': '有效期',
    'licences.col.items': 'ECCN / 料号',
    'licences.col.destinations': '目的国',
    'licences.col.parties': '相关方',
    'licences.col.drawn': '已核减',
    'licences.col.unitsLeft': '剩余数量',
    'licences.col.valueLeft': '剩余金额',
    'licences.col.drawdowns': '核减记录',
    'licences.nac': 'NAC 通知',
    'licences.nac.id': '通知编号',
    'licences.nac.state': '状态',
    'licences.nac.items': '物项',
    'licences.nac.destination': '目的国',
    'licences.nac.endUser': '最终用户',
    'licences.nac.submitted': '提交日期',
    'licences.nac.earliest': '最早发货日',
    'licences.nac.answer': 'BIS 答复',
    'licences.nac.unitsLeft': '剩余数量',
    'licences.noLimit': '不限',
    'licences.drawnShare': '已核减 {percent}%',
    'licences.unreadable': '无法读取许可证：{status}',
    'licences.validRange': '{from} 至 {until}',
    'licences.expiresSoon': '（即将到期）',
    'licences.left': '{left} / {whole}',
    'licences.valueLeft': '{left} / {whole} {currency}',
    'licences.drawdown': '{ref} 第 {line} 行：{units} 件',
    'licences.expiresOn': '{number} 将于 {date} 到期',
    'licences.unitsLeft': '，剩余数量 {units} 件',
    'licences.noneExpiring': '30 天内没有即将到期的许可证。',
    'licences.nacUnreadable': '无法读取 NAC 通知：{status}',
    'licences.objected': 'BIS 于 {date} 提出异议：{objection}',
    'licences.confirmation': 'BIS 确认号 {number}',
    'licences.noAnswer': '尚无答复'
  };

  // codes shown with a short label in Chinese; in English the code alone, as before
  const CODES_ZH = {
    // outcomes
    NLR: '无需许可证',
    ACA: '适用许可例外 ACA',
    NAC: '适用许可例外 NAC（须事先通知 BIS）',
    LICENSED: '已有许可证覆盖',
    LICENSE_REQUIRED: '需申请许可证',
    PROHIBITED: '禁止出口',
    HOLD: '暂停发货，待人工复核',
    // an uploaded order
    RECEIVED: '已接收',
    RESUMED: '恢复处理中',
    COMPLETED: '已完成',
    FAILED: '处理失败',
    QUARANTINED: '已隔离',
    // a licence
    ACTIVE: '有效',
    EXHAUSTED: '已用尽',
    EXPIRED: '已过期',
    REVOKED: '已撤销',
    NOT_YET_VALID: '尚未生效',
    // a NAC notification, or a NAC line's place with it
    NOT_NOTIFIED: '尚未通知 BIS',
    WAITING: '审查期内或待 BIS 确认',
    CLEARED: '已获放行',
    OBJECTED: 'BIS 已提出异议',
    USED_UP: '数量已用完',
  };

  // a user's roles, by name in Chinese
  const ROLES_ZH = { PROCUREMENT: '采购', COMPLIANCE: '合规', AUDITOR: '审计' };

  const DICTIONARIES = { en: en, 'zh-CN': zh };

  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }

  function detect() {
    const chosen = stored();
    if (LANGUAGES.includes(chosen)) { return chosen; }
    const preferred = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''])[0] || '';
    return preferred.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  }

  const lang = detect();
  document.documentElement.lang = lang;

  /** The text of a key in the current language, its {name}s replaced by params' values. */
  function t(key, params) {
    const template = key in DICTIONARIES[lang] ? DICTIONARIES[lang][key] : key in en ? en[key] : key;
    return template.replace(/\{(\w+)\}/g, (whole, name) => params && params[name] != null ? String(params[name]) : whole);
  }

  /** An outcome, state or role code as shown: the code, and in Chinese a short label after it. */
  function code(value) {
    if (value == null || value === '') { return value; }
    return lang === 'zh-CN' && CODES_ZH[value] ? value + ' ' + CODES_ZH[value] : value;
  }

  /** A role as shown: its code in English, its name in Chinese. */
  function role(value) {
    return lang === 'zh-CN' && ROLES_ZH[value] ? ROLES_ZH[value] : value;
  }

  /** The page's marked text in the current language. */
  function apply(root) {
    const scope = root || document;
    scope.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n); });
    scope.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder); });
    scope.querySelectorAll('[data-i18n-title]').forEach(e => { e.title = t(e.dataset.i18nTitle); });
  }

  /** Chooses a language for this browser and shows the page in it. */
  function choose(language) {
    if (!LANGUAGES.includes(language)) { return; }
    try { localStorage.setItem(KEY, language); } catch (e) { /* private mode: this page only */ }
    location.reload();
  }

  /** The switch "English | 中文" at the top of the page; the current language is marked. */
  function addSwitch() {
    if (document.getElementById('lang-switch')) { return; }
    const nav = document.createElement('nav'); nav.id = 'lang-switch';
    nav.setAttribute('aria-label', t('lang.switch'));
    nav.style.cssText = 'float:right;font-size:.9rem';
    [['en', 'English'], ['zh-CN', '中文']].forEach(([language, name], i) => {
      if (i) { nav.append(' | '); }
      const a = document.createElement('a'); a.href = '#'; a.lang = language; a.dataset.lang = language; a.textContent = name;
      if (language === lang) { a.setAttribute('aria-current', 'true'); a.style.fontWeight = 'bold'; a.style.textDecoration = 'none'; a.style.color = 'inherit'; }
      a.addEventListener('click', e => { e.preventDefault(); if (language !== lang) { choose(language); } });
      nav.append(a);
    });
    document.body.prepend(nav);
  }

  /** Request headers with the current language added (the service translates reasons and messages by it). */
  function headers(extra) {
    return Object.assign({ 'Accept-Language': lang }, extra || {});
  }

  /** fetch() that asks the service to answer in the current language. */
  function api(url, init) {
    const options = Object.assign({}, init || {});
    options.headers = headers(options.headers);
    return fetch(url, options);
  }

  /** A date and time as this language writes it. */
  function dateTime(value) {
    return new Date(value).toLocaleString(lang);
  }

  function start() { apply(); addSwitch(); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }

  window.i18n = { lang: lang, t: t, code: code, role: role, apply: apply, choose: choose, headers: headers, fetch: api, dateTime: dateTime,
    dictionaries: DICTIONARIES };
  window.t = t;
})();
