#!/usr/bin/env node
// Screenshots of every page type of a built site at phone, tablet and desktop
// widths, plus the search results, the low-vision schemes and print, written
// as OUT/KIND-WIDTH.png. scripts/screenshots runs it on the demo for
// docs/screenshots/ (shown in the README).
//
//   node screens.js --site DIR --out DIR [--widths 360,768,1280,1920] [--full]
//                   [--page KIND=PATH]... [--only-listed] [--no-extras]
//
// By default a shot is the first screen and a half (what a visitor sees
// before scrolling, and a little more); --full takes the whole page.
'use strict';

const fs = require('fs');
const path = require('path');
const { launch, serve, discoverPages, withListed, pool } = require('./lib');

const HEIGHT = { 360: 760, 768: 1024, 1280: 800, 1920: 1080 };

function parseArgs(argv) {
  const o = { widths: [360, 768, 1280, 1920], pages: [], extras: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = () => argv[++i];
    if (a === '--site') o.site = path.resolve(v());
    else if (a === '--out') o.out = path.resolve(v());
    else if (a === '--widths') o.widths = v().split(',').map(Number);
    else if (a === '--full') o.full = true;
    else if (a === '--page') { const [kind, ...p] = v().split('='); o.pages.push({ kind, path: p.join('=') }); }
    else if (a === '--only-listed') o.onlyListed = true;
    else if (a === '--no-extras') o.extras = false;
    else { process.stderr.write(`screens.js: unknown argument ${a}\n`); process.exit(2); }
  }
  if (!o.site || !o.out) { process.stderr.write('usage: node screens.js --site DIR --out DIR [--widths ...] [--full] [--page KIND=PATH]...\n'); process.exit(2); }
  return o;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  fs.mkdirSync(o.out, { recursive: true });
  const srv = await serve(o.site);
  const pages = o.onlyListed ? o.pages : withListed(discoverPages(o.site, srv.prefix), o.pages);
  const shots = [];
  for (const p of pages) for (const w of o.widths) shots.push({ name: `${p.kind}-${w}`, path: p.path, width: w });
  if (o.extras) {
    for (const w of o.widths) shots.push({ name: `search-results-${w}`, path: 'search/?q=%D0%BD%D0%B0%D1%81%D1%82%D0%B0%D0%B2%D0%BD%D0%B8%D0%BA', width: w, wait: '#search-results li' });
    for (const scheme of ['wb', 'bw', 'blue']) for (const w of [360, 1280]) {
      shots.push({ name: `roadmap-${scheme}-${w}`, path: 'roadmap/plan-2026-2027/', width: w, lv: { scheme, size: '100' } });
      shots.push({ name: `home-${scheme}-${w}`, path: '', width: w, lv: { scheme } });
    }
    shots.push({ name: 'home-text200-360', path: '', width: 360, lv: { size: '200' } });
    for (const [kind, p] of [['practice', 'practices/shkola-molodogo-pedagoga/'], ['roadmap', 'roadmap/plan-2026-2027/']])
      shots.push({ name: `print-${kind}`, path: p, width: 800, print: true, full: true });
  }
  const browser = await launch();
  try {
    await pool(shots, Number(process.env.SCREEN_JOBS) || 3, async (s) => {
      const height = HEIGHT[s.width] || 900;
      const ctx = await browser.newContext({ viewport: { width: s.width, height }, locale: 'ru-RU', reducedMotion: 'reduce' });
      if (s.lv) await ctx.addInitScript((lv) => localStorage.setItem('nastavnik-lv', JSON.stringify(lv)), s.lv);
      const page = await ctx.newPage();
      await page.goto(srv.url(s.path), { waitUntil: 'load' });
      if (s.wait) await page.waitForSelector(s.wait, { timeout: 5000 }).catch(() => {});
      if (s.print) await page.emulateMedia({ media: 'print' });
      const file = path.join(o.out, `${s.name}.png`);
      if (o.full || s.full) await page.screenshot({ path: file, fullPage: true });
      else {
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({ path: file, clip: { x: 0, y: 0, width: s.width, height: Math.min(total, Math.round(height * 1.5)) }, fullPage: true });
      }
      await ctx.close();
      process.stdout.write(file + '\n');
    });
  } finally {
    await browser.close();
    srv.server.close();
  }
}

main().catch((e) => { process.stderr.write(`screens.js: ${e.stack || e}\n`); process.exit(2); });
