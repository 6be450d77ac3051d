// The roadmap's state filter in Chromium: clicking a state shows only its
// rows on the page itself, an address with #state-<state> opens filtered, and
// "all items" shows everything again. Prints JSON for tests/browser_test.cc.
//   node roadmap.js SITE_DIR ROADMAP_URL STATE
const path = require('path');
const { chromium } = require('playwright-core');

(async () => {
  const [site, url, state] = process.argv.slice(2);
  const page_url = 'file://' + path.resolve(site, url, 'index.html');
  const out = {};
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const visible = () => page.$$eval('.roadmap-items tbody tr', (rows) => rows.filter((r) => r.offsetParent !== null).map((r) => r.className));
    await page.goto(page_url);
    out.before = await visible();
    out.link = await page.textContent(`.roadmap-filters a[data-state="${state}"]`);
    out.href = await page.getAttribute(`.roadmap-filters a[data-state="${state}"]`, 'href');
    await page.click(`.roadmap-filters a[data-state="${state}"]`);
    out.after = await visible();
    out.address = page.url();
    out.status = await page.textContent('#roadmap-filter-status');
    out.current = await page.textContent('.roadmap-filters a[aria-current="page"]');
    await page.click('.roadmap-filters a[data-state=""]');
    out.all = await visible();
    const fresh = await browser.newPage();
    await fresh.goto(page_url + '#state-' + state);
    out.opened = await fresh.$$eval('.roadmap-items tbody tr', (rows) => rows.filter((r) => r.offsetParent !== null).map((r) => r.className));
  } catch (e) {
    out.error = String(e);
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(out));
})();
