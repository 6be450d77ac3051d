// Drives Debian's Chromium over a built site opened from disk (file://, no
// server): types search queries on the search page and reads the results,
// then combines facets on the practices bank. Prints what it saw as JSON
// (asserted in browser_test.cc).
// Usage: node practices.js SITE_DIR QUERY... [--facets name=value,name=value]...
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { launch } = require('./lib');

// QUERY... [--facets name=value,...]... -> the queries and the facet sets.
function parseArgs(args) {
  const queries = [], facetSets = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--facets') facetSets.push(args[++i].split(',').map((p) => p.split('=')));
    else queries.push(args[i]);
  }
  return { queries, facetSets };
}

async function runPractices(browser, site, { queries, facetSets }) {
  site = path.resolve(site);
  const context = await browser.newContext({ locale: 'ru-RU' });
  context.setDefaultTimeout(120 * 1000);
  const result = { search: [], facets: [], requests: [] };
  try {
    const page = await context.newPage();
    page.on('request', (r) => { if (!r.url().startsWith('file:')) result.requests.push(r.url()); });
    result.errors = [];
    page.on('pageerror', (e) => result.errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') result.errors.push(m.text()); });
    const searchUrl = pathToFileURL(path.join(site, 'search/index.html')).href;
    await page.goto(searchUrl);
    result.formVisible = await page.isVisible('#search-form');
    result.noJsHidden = !(await page.isVisible('#search-nojs'));
    for (const q of queries) {
      await page.fill('#search-q', '');
      await page.type('#search-q', q);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(() => {
        const s = document.getElementById('search-status').textContent;
        return /Найдено|Ничего|Не удалось/.test(s);
      }, null, { timeout: 60000 });
      const r = await page.evaluate(() => ({
        status: document.getElementById('search-status').textContent,
        results: Array.from(document.querySelectorAll('#search-results li')).map((li) => ({
          title: li.querySelector('h3').textContent,
          type: li.querySelector('.result-type').textContent,
          href: li.querySelector('a').getAttribute('href'),
          marks: Array.from(li.querySelectorAll('mark')).map((m) => m.textContent),
        })),
      }));
      // Every result link leads to an existing file.
      for (const res of r.results) res.exists = fs.existsSync(path.join(site, 'search', res.href));
      result.search.push({ query: q, ...r });
    }
    // A query given in the address runs on load.
    await page.goto(searchUrl + '?q=' + encodeURIComponent(queries[0] || ''));
    await page.waitForFunction(() => /Найдено|Ничего/.test(document.getElementById('search-status').textContent), null, { timeout: 60000 });
    result.fromAddress = await page.$$eval('#search-results li', (l) => l.length);

    const bank = pathToFileURL(path.join(site, 'practices/index.html')).href;
    for (const set of facetSets) {
      await page.goto(bank);
      for (const [name, value] of set) await page.check(`#facet-filter input[name="${name}"][value="${value}"]`);
      const r = await page.evaluate(() => ({
        count: document.getElementById('practice-count').textContent,
        visible: Array.from(document.querySelectorAll('.practice-card')).filter((c) => !c.hidden).map((c) => c.querySelector('a').textContent),
        hash: location.hash,
      }));
      result.facets.push({ set: set.map((p) => p.join('=')), ...r });
    }
    // Reloading with the hash restores the choice.
    if (facetSets.length) {
      const last = result.facets[result.facets.length - 1];
      await page.goto(bank + last.hash);
      result.restored = await page.evaluate(() => Array.from(document.querySelectorAll('.practice-card')).filter((c) => !c.hidden).length);
    }
    // The collection in print: every practice starts a printed page, the
    // table of contents points at each of them, and a PDF has a page each.
    await page.goto(pathToFileURL(path.join(site, 'practices/sbornik/index.html')).href);
    await page.emulateMedia({ media: 'print' });
    result.collection = await page.evaluate(() => {
      const items = Array.from(document.querySelectorAll('.collection-item'));
      return {
        items: items.length,
        breakBefore: items.filter((i) => getComputedStyle(i).breakBefore === 'page').length,
        tocBreakAfter: getComputedStyle(document.querySelector('.collection-toc')).breakAfter,
        tocTargets: Array.from(document.querySelectorAll('.collection-toc a')).filter((a) => document.getElementById(a.getAttribute('href').slice(1))).length,
        navHidden: getComputedStyle(document.querySelector('.site-nav') || document.body).display === 'none',
      };
    });
    const pdf = await page.pdf({ format: 'A4' });
    result.collection.pdfPages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  } catch (e) {
    result.error = String(e);
  } finally {
    await context.close();
  }
  return result;
}

async function main() {
  const args = process.argv.slice(2);
  const site = args.shift();
  const browser = await launch();
  try {
    process.stdout.write(JSON.stringify(await runPractices(browser, site, parseArgs(args))));
  } finally {
    await browser.close();
  }
}

module.exports = { runPractices, parseArgs };
if (require.main === module) main();
