// Drives the browser editor of a running `nastavnik serve` in Debian's
// Chromium: creates, edits and deletes an item of every type through the
// forms, uploads a photo and a PDF, approves a practice, marks a roadmap
// item done with evidence, pastes from Word — and after each reads the
// built page back from the same server. Runs axe on the editor's pages.
// Prints what it saw as JSON (asserted in browser_test.cc).
// Usage: node editor.js ORIGIN BASE_PATH PHOTO
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const [origin, basePath, photo] = process.argv.slice(2);
const result = { steps: [], axe: [], errors: [], foreign: [] };

function step(name, ok, detail) { result.steps.push({ name, ok: !!ok, detail: detail === undefined ? '' : String(detail) }); }

async function save(page) {
  await Promise.all([page.waitForNavigation(), page.click('.actions button[value=save]')]);
  return page.url();
}

// Polls a page of the built site until `test` holds for its HTML.
async function built(page, rel, test, seconds = 25) {
  const until = Date.now() + seconds * 1000;
  let last = { status: 0, body: '' };
  while (Date.now() < until) {
    const r = await page.request.get(origin + basePath + rel);
    last = { status: r.status(), body: await r.text() };
    if (test(last)) return true;
    await page.waitForTimeout(250);
  }
  return false;
}
const shows = (text) => (r) => r.status === 200 && r.body.includes(text);
const gone = (r) => r.status === 404;

async function axe(page, label) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const r = await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  result.axe.push({ page: label, violations: r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })) });
}

async function createEditDelete(page, type, fill, slug, url, titleField, title) {
  await page.goto(origin + '/_editor/' + type + '/new');
  await axe(page, type + '/new');
  await page.fill('#f-slug', slug);
  await fill(page);
  let to = await save(page);
  step(type + ': created', to.includes('saved=1'), to);
  step(type + ': created page built', url === null || await built(page, url, shows(title)));
  await axe(page, type + '/edit');
  await page.fill(titleField, title + ' (исправлено)');
  to = await save(page);
  step(type + ': edited', to.includes('saved=1'), to);
  step(type + ': edit shown', url === null || await built(page, url, shows(title + ' (исправлено)')));
  await Promise.all([page.waitForNavigation(), page.click('form.delete button')]);
  step(type + ': deleted', page.url().includes('deleted=1'), page.url());
  step(type + ': page removed', url === null || await built(page, url, gone));
}

async function flows(page) {
  await page.goto(origin + '/_editor/');
  await axe(page, 'home');
  await createEditDelete(page, 'news', async (p) => {
    await p.fill('#f-title', 'Проверочная новость');
    await p.fill('#f-date', '2026-11-19');
    await p.fill('#f-body', 'Текст проверочной новости.');
  }, 'proverochnaya-novost', 'news/proverochnaya-novost/', '#f-title', 'Проверочная новость');
  await createEditDelete(page, 'event', async (p) => {
    await p.fill('#f-title', 'Проверочная встреча');
    await p.fill('#f-start', '2026-12-10');
    await p.fill('#f-start-time', '15:30');
    await p.selectOption('#f-format', 'online');
  }, 'proverochnaya-vstrecha', 'events/proverochnaya-vstrecha/', '#f-title', 'Проверочная встреча');
  await createEditDelete(page, 'document', async (p) => {
    await p.fill('#f-title', 'Проверочный приказ');
    await p.selectOption('#f-type', 'order');
    await p.selectOption('#f-level', 'school');
    await p.fill('#f-number', '99-о');
    await p.fill('#f-date', '2026-11-02');
  }, 'proverochnyy-prikaz', 'documents/proverochnyy-prikaz/', '#f-title', 'Проверочный приказ');
  await createEditDelete(page, 'mentor', async (p) => {
    await p.fill('#f-name', 'Проверкина Ольга Ивановна');
    await p.fill('#f-position', 'учитель истории');
    await p.fill('#f-consent-date', '2026-11-01');
    await p.fill('#f-consent-until', '2027-11-01');
    await p.check('#f-consent-fields input[value=name]');
    await p.check('#f-consent-fields input[value=position]');
  }, 'proverkina', 'mentors/proverkina/', '#f-name', 'Проверкина Ольга Ивановна');
  await createEditDelete(page, 'page', async (p) => {
    await p.fill('#f-title', 'Проверочная страница');
    await p.fill('#f-body', 'Текст страницы.');
  }, 'proverochnaya-stranitsa', 'proverochnaya-stranitsa/', '#f-title', 'Проверочная страница');
  await createEditDelete(page, 'roadmap', async (p) => {
    await p.fill('#f-title', 'Проверочная дорожная карта');
    await p.fill('#f-academic_year', '2026-2027');
  }, 'proverochnaya-karta', 'roadmap/proverochnaya-karta/', '#f-title', 'Проверочная дорожная карта');
  await createEditDelete(page, 'practice', async (p) => {
    await p.fill('#f-title', 'Проверочная практика');
  }, 'proverochnaya-praktika', null, '#f-title', 'Проверочная практика');
}

async function approvePractice(page) {
  await page.goto(origin + '/_editor/practice/edit?id=tsifrovoy-nastavnik');
  const missing = await page.$$eval('.review .missing li', (l) => l.map((x) => x.textContent));
  step('practice: missing fields listed before approval', missing.length >= 5, missing.join(', '));
  // Approving with fields missing: refused, the messages at the fields.
  await page.selectOption('#f-status', 'approved');
  await save(page);
  const refused = await page.$$eval('.field.has-messages', (l) => l.map((x) => x.getAttribute('data-field')));
  step('practice: approval with missing fields refused at the fields', refused.includes('methods') && refused.includes('reviewer'), refused.join(','));
  await page.fill('#f-reviewer', 'Соколова И.В., заместитель директора по УВР');
  await page.fill('#f-review_date', '2026-11-18');
  await page.fill('#f-review_comment', 'Одобрено для банка практик.');
  await page.fill('#f-stages-0-title', 'Подготовительный');
  await page.fill('#f-stages-0-period', 'сентябрь');
  for (const f of ['methods', 'resources', 'results', 'novelty', 'reuse']) await page.fill('#f-' + f, 'Описание: ' + f + '.');
  await page.fill('#f-indicators', 'доля педагогов, освоивших ИКТ, — 80 %');
  await page.selectOption('#f-status', 'approved');
  const to = await save(page);
  step('practice: approved', to.includes('saved=1'), to);
  step('practice: published after approval', await built(page, 'practices/tsifrovoy-nastavnik/', shows('Подготовительный')));
}

async function roadmapDone(page) {
  await page.goto(origin + '/_editor/roadmap/edit?id=plan-2026-2027');
  await axe(page, 'roadmap/edit');
  await page.goto(origin + '/_editor/roadmap/edit?id=plan-2026-2027&node=sections.2.items.3');
  await axe(page, 'roadmap/item');
  await page.selectOption('#f-status', 'done');
  await page.fill('#f-completed', '2026-11-16');
  const evidence = await page.$('#f-evidence input[value="../documents/prikaz-86-o.md"]');
  step('roadmap: evidence offered from the site', !!evidence);
  if (evidence) await evidence.check();
  const to = await save(page);
  step('roadmap: item marked done', to.includes('saved=1'), to);
  step('roadmap: done with evidence on the page', await built(page, 'roadmap/plan-2026-2027/section-3/', (r) =>
    r.status === 200 && /Диагностика профессиональных затруднений[\s\S]{0,3000}prikaz-86-o/.test(r.body)));
}

async function uploads(page) {
  await page.goto(origin + '/_editor/news/edit?id=anketirovanie');
  await page.setInputFiles('#f-cover-upload', photo);
  await page.fill('#f-cover_alt', 'Анкеты на столе');
  let to = await save(page);
  step('upload: photo saved', to.includes('saved=1'), to);
  const cover = await page.inputValue('#f-cover');
  step('upload: photo referenced', /^foto\/.+\.jpg$/.test(cover), cover);
  step('upload: photo on the page', await built(page, 'news/anketirovanie/', shows('Анкеты на столе')));
  await page.goto(origin + '/_editor/document/edit?id=prikaz-86-o');
  await page.setInputFiles('#f-file-upload', { name: 'Приказ 86-о (скан).pdf', mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
  to = await save(page);
  step('upload: PDF saved', to.includes('saved=1'), to);
  const file = await page.inputValue('#f-file');
  step('upload: PDF referenced', file === 'files/prikaz-86-o-skan.pdf', file);
  step('upload: PDF linked from the page', await built(page, 'documents/', shows('prikaz-86-o-skan.pdf')));
}

async function pasteFromWord(page) {
  await page.goto(origin + '/_editor/page/edit?id=kontakty');
  const word = '<html><body><p class=MsoNormal>Первый абзац из Word.</p>' +
    '<p class=MsoListParagraphCxSpFirst style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span> </span></span>пункт один</p>' +
    '<p class=MsoListParagraphCxSpLast style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span> </span></span>пункт два</p>' +
    '<table class=MsoTableGrid><tr><td><p><b>Кабинет</b></p></td><td><p><b>Часы</b></p></td></tr>' +
    '<tr><td><p>204</p></td><td><p>9:00–17:00</p></td></tr></table></body></html>';
  await page.fill('#f-body', '');
  await page.focus('#f-body');
  await page.evaluate((html) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', 'plain');
    document.getElementById('f-body').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, word);
  const md = await page.inputValue('#f-body');
  step('paste: Word becomes Markdown', md.includes('- пункт один') && md.includes('| **Кабинет** | **Часы** |'), md);
  await page.click('.md-toolbar button:has-text("Показать оформленным")');
  await page.waitForSelector('#f-body-preview table', { timeout: 10000 });
  step('paste: preview renders the table', true);
  const to = await save(page);
  step('paste: saved', to.includes('saved=1'), to);
  step('paste: list and table on the page', await built(page, 'kontakty/', (r) =>
    r.status === 200 && r.body.includes('<li>пункт два</li>') && /<table>[\s\S]*9:00–17:00/.test(r.body)));
}

async function fixedFiles(page) {
  await page.goto(origin + '/_editor/indicators/');
  await axe(page, 'indicators');
  await page.fill('#f-description', 'Показатели обновлены через редактор.');
  let to = await save(page);
  step('indicators: saved', to.includes('saved=1'), to);
  step('indicators: page shows it', await built(page, 'indicators/', shows('Показатели обновлены через редактор.')));
  await page.goto(origin + '/_editor/intro/edit?id=news');
  await page.fill('#f-body', 'Новости наставничества — через редактор.');
  to = await save(page);
  step('intro: saved', to.includes('saved=1'), to);
  step('intro: list page shows it', await built(page, 'news/', shows('Новости наставничества — через редактор.')));
  await page.goto(origin + '/_editor/pairs/');
  await axe(page, 'pairs');
  await page.fill('#f-counts-0-pairs', '13');
  to = await save(page);
  step('pairs: saved', to.includes('saved=1'), to);
  await page.goto(origin + '/_editor/site/');
  await axe(page, 'site');
  await page.fill('#f-description', 'Раздел о наставничестве, правленый в редакторе.');
  to = await save(page);
  step('site: saved', to.includes('saved=1'), to);
  step('site: pages show it', await built(page, 'mentors/forma/uchitel-uchitel/', shows('Раздел о наставничестве, правленый в редакторе.')));
  for (const p of ['attention', 'recycle', 'mentor/', 'practice/', 'mentor/edit?id=belova', 'event/edit?id=den-nastavnika-2027']) {
    await page.goto(origin + '/_editor/' + p);
    await axe(page, p);
  }
}

async function main() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nastavnik-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', headless: true, bypassCSP: true,  // axe is injected into the editor's pages
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(20000);
    page.on('pageerror', (e) => result.errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') result.errors.push(m.text()); });
    page.on('request', (r) => { if (!r.url().startsWith(origin)) result.foreign.push(r.url()); });
    for (const f of [flows, approvePractice, roadmapDone, uploads, pasteFromWord, fixedFiles]) {
      try { await f(page); } catch (e) { step(f.name + ' threw', false, e.stack); }
    }
    // The preview links to the form.
    await page.goto(origin + basePath + 'news/anketirovanie/');
    await Promise.all([page.waitForNavigation(), page.click('a:has-text("Редактировать")')]);
    step('preview: «Редактировать» opens the form', page.url().endsWith('/_editor/news/edit?id=anketirovanie'), page.url());
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(result));
}

main();
