// The roadmap's state filter in Chromium: clicking a state shows only its
// rows on the page itself, an address with #state-<state> opens filtered, and
// "all items" shows everything again. Prints JSON for tests/browser_test.cc.
//   node roadmap.js SITE_DIR ROADMAP_URL STATE
const path = require('path');
const { launch } = require('./lib');

async function runRoadmap(browser, site, [url, state]) {
  const page_url = 'file://' + path.resolve(site, url, 'index.html');
  const out = {};
  const context = await browser.newContext({ locale: 'ru-RU' });
  context.setDefaultTimeout(120 * 1000);
  try {
    const page = await context.newPage();
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
    const fresh = await context.newPage();
    await fresh.goto(page_url + '#state-' + state);
    out.opened = await fresh.$$eval('.roadmap-items tbody tr', (rows) => rows.filter((r) => r.offsetParent !== null).map((r) => r.className));
  } catch (e) {
    out.error = String(e);
  } finally {
    await context.close();
  }
  return out;
}

module.exports = { runRoadmap };
if (require.main === module) (async () => {
  const [site, ...args] = process.argv.slice(2);
  const browser = await launch();
  try {
    console.log(JSON.stringify(await runRoadmap(browser, site, args)));
  } finally {
    await browser.close();
  }
})();
