// The paste kit's index.html in Chromium: served from 127.0.0.1 (a secure
// context, as a file opened from disk is), every «Копировать» button shown
// by the script, a click puts the page's fragment on the clipboard as
// text/html (and text/plain), the status line says so; axe-core finds no
// WCAG 2.1 A/AA violations. With SCREENSHOT_DIR, screenshots at 360, 768,
// 1280 and 1920 px. Prints JSON for tests/browser_test.cc.
//   node kit.js KIT_DIR PAGE_FILE [SCREENSHOT_DIR]
const fs = require('fs');
const http = require('http');
const path = require('path');
const { chromium } = require('playwright-core');

const [kit, pageFile, shots] = process.argv.slice(2);

function serve(dir) {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end();
    }
    const type = { '.html': 'text/html; charset=utf-8', '.jpg': 'image/jpeg', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8' };
    res.writeHead(200, { 'Content-Type': type[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

(async () => {
  const out = { requests: [] };
  const server = await serve(path.resolve(kit));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    // Nothing leaves the machine: the fragments' pictures are shown from the kit.
    page.on('request', (r) => { if (!r.url().startsWith(origin)) out.requests.push(r.url()); });
    await page.goto(origin + '/index.html');
    out.buttons = await page.$$eval('button[data-copy]', (bs) => bs.length);
    out.hiddenButtons = await page.$$eval('button[data-copy]', (bs) => bs.filter((b) => b.offsetParent === null).length);
    out.pages = await page.$$eval('.pages > li', (ls) => ls.length);
    if (shots)
      for (const width of [360, 768, 1280, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: path.join(shots, `kit-${width}.png`) });
      }
    await page.setViewportSize({ width: 1280, height: 900 });
    const item = page.locator('.pages > li', { has: page.locator(`a[href="${pageFile}"]`) });
    out.title = (await item.locator(':scope > h3').textContent()).trim();
    await item.locator(':scope > .actions button[data-copy]').click();
    await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '', null, { timeout: 5000 });
    out.status = await page.textContent('#copy-status');
    const clip = await page.evaluate(async () => {
      const found = {};
      for (const it of await navigator.clipboard.read())
        for (const type of it.types) found[type] = await (await it.getType(type)).text();
      found.readText = await navigator.clipboard.readText();
      return found;
    });
    out.readText = clip.readText;
    delete clip.readText;
    out.types = Object.keys(clip).sort();
    out.plain = clip['text/plain'] || '';
    // Both sides parsed by the browser, so that only the markup's meaning counts.
    const expected = fs.readFileSync(path.join(kit, pageFile), 'utf8');
    // (in a template: inert, its pictures are not fetched)
    const normalise = (html) => page.evaluate((h) => {
      const t = document.createElement('template');
      t.innerHTML = h.replace(/^<meta[^>]*>/, '');
      return t.innerHTML.replace(/\s+/g, ' ').trim();
    }, html);
    out.clipboardHtml = await normalise(clip['text/html'] || '');
    out.fragmentHtml = await normalise(expected);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    out.axe = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
      .then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))));
    if (shots) {
      await item.locator(':scope > details').evaluate((d) => { d.open = true; });
      await item.scrollIntoViewIfNeeded();
      await item.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(shots, 'kit-page-1280.png') });
    }
    // Without JavaScript the buttons stay hidden and the page says what to do.
    const nojs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await nojs.newPage();
    await plain.goto(origin + '/index.html');
    out.nojsVisibleButtons = await plain.$$eval('button[data-copy]', (bs) => bs.filter((b) => b.offsetParent !== null).length);
    out.nojsNote = await plain.isVisible('.nojs');
  } catch (e) {
    out.error = String(e && e.stack || e);
  } finally {
    await browser.close();
    server.close();
  }
  console.log(JSON.stringify(out));
})();
