#!/usr/bin/env node
// Layout checks: every page type at phone, tablet and desktop widths, as a
// person would look at it.
//
//   node layout.js --site DIR [--page KIND=PATH]... [--only-listed] [--widths 360,768,1280,1920]
//
// At each width, on each page:
//   scroll     no horizontal scrolling of the page
//   overflow   no element's content sticks out of its box (scrolling regions
//              such as the roadmap's timeline are allowed to scroll)
//   cards      the cards of a list are at least 240 px wide from 768 px, and
//              not narrower on a desktop than on a tablet
//   cover      a cover picture takes at most 60 % of the screen's height
//   header     on a phone the header takes at most a quarter of the screen
//   links      no link without a name (text, alt text or aria-label)
//   images     every picture loads (no empty image box), and no box is drawn
//              around nothing (a frame or a tint with no text and no picture)
// Prints JSON on stdout: { results: [...], failures: [...] }; exits 1 on failures.
'use strict';

const path = require('path');
const { launch, serve, discoverPages, withListed, pool } = require('./lib');

const WIDTHS = [360, 768, 1280, 1920];
const HEIGHTS = { 360: 760, 768: 1024, 1280: 800, 1920: 1080 };
const MIN_CARD = 240;
const COVER_SHARE = 0.6;
const HEADER_SHARE = 0.25;
const LISTS = '.card-list, .mentor-list, .doc-list';

// Runs in the page: everything measured at once.
function measure({ lists }) {
  const vw = document.documentElement.clientWidth, vh = innerHeight;
  const visible = (e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && e.getBoundingClientRect().width > 0;
  const name = (e) => {
    const cls = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '';
    return `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${cls}`;
  };
  const where = (e) => {
    const parts = [];
    for (let x = e; x && x !== document.body && parts.length < 3; x = x.parentElement) parts.unshift(name(x));
    return parts.join(' > ');
  };
  const text = (e) => (e.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60);
  const out = { width: vw, height: vh, scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), overflow: [], lists: [], covers: [], emptyLinks: [], emptyBoxes: [], brokenImages: [] };

  // Content wider or taller than its box, outside scrolling regions. One
  // pass, parents before children: whether an ancestor scrolls is inherited.
  const offenders = [];
  const inScroller = new Map();
  for (const e of document.body.querySelectorAll('*')) {
    const cs = getComputedStyle(e);
    const scrolls = cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
    const under = inScroller.get(e.parentElement) || false;
    inScroller.set(e, under || scrolls);
    if (under || scrolls || e instanceof SVGElement || cs.display === 'inline' || cs.display === 'contents' || cs.display === 'none') continue;
    const dx = e.scrollWidth - e.clientWidth, dy = e.scrollHeight - e.clientHeight;
    const r = e.getBoundingClientRect();
    if (!((e.clientWidth > 0 && dx > 1) || (e.clientHeight > 0 && dy > 1) || r.right > vw + 1)) continue;
    if (!visible(e) || e.closest('.lv-panel:not([data-lv-open] *)') || !text(e)) continue;
    offenders.push({ el: e, where: where(e), text: text(e), box: [e.clientWidth, e.clientHeight], content: [e.scrollWidth, e.scrollHeight], right: Math.round(r.right) });
  }
  // Only the innermost offenders: their ancestors overflow because of them.
  out.overflow = offenders.filter((o) => !offenders.some((x) => x !== o && o.el.contains(x.el)))
    .slice(0, 8).map(({ el, ...o }) => o);

  for (const list of document.querySelectorAll(lists)) {
    if (!visible(list)) continue;
    const widths = [...list.children].filter(visible).map((li) => Math.round(li.getBoundingClientRect().width));
    if (widths.length) out.lists.push({ list: where(list), cards: widths.length, min: Math.min(...widths) });
  }
  for (const c of document.querySelectorAll('main .cover, main img.cover')) {
    if (!visible(c)) continue;
    out.covers.push({ where: where(c), height: Math.round(c.getBoundingClientRect().height) });
  }
  const header = document.querySelector('body > header');
  if (header) {
    const menu = header.querySelector('details.menu');
    out.header = { height: Math.round(header.getBoundingClientRect().height),
      folded: !!menu && !menu.open && visible(menu.querySelector('summary')) };
  }
  for (const a of document.querySelectorAll('a[href]')) {
    // An empty link has no size: only links hidden on purpose are skipped.
    if (!a.checkVisibility({ visibilityProperty: true }) || a.closest('[hidden], [aria-hidden="true"]')) continue;
    const label = (a.getAttribute('aria-label') || '').trim() || text(a) ||
      [...a.querySelectorAll('img[alt]')].map((i) => i.alt.trim()).join('');
    const r = a.getBoundingClientRect();
    if (!label || r.width < 1 || r.height < 1) out.emptyLinks.push({ where: where(a), href: a.getAttribute('href') });
  }
  for (const img of document.images) {
    if (!visible(img)) continue;
    const r = img.getBoundingClientRect();
    // Loaded with an error, or drawn without a size (one still loading after a minute counts too).
    if (!img.complete || img.naturalWidth === 0 || r.width < 2 || r.height < 2) out.brokenImages.push({ where: where(img), src: img.currentSrc || img.src });
  }
  // A box drawn around nothing: a border or a tint, no text, no picture.
  const bg = getComputedStyle(document.body).backgroundColor;
  const painted = (cs) => (cs.backgroundColor !== 'rgba(0, 0, 0, 0)' && cs.backgroundColor !== bg) || cs.backgroundImage !== 'none' ||
    ['Top', 'Right', 'Bottom', 'Left'].filter((s) => parseFloat(cs[`border${s}Width`]) > 0 && cs[`border${s}Style`] !== 'none').length >= 2;
  for (const e of document.body.querySelectorAll('*')) {
    if (e instanceof SVGElement) continue;
    const r = e.getBoundingClientRect();
    if (r.width < 24 || r.height < 24 || !painted(getComputedStyle(e))) continue;
    if (e.closest('[aria-hidden="true"], .skip-link, .lv-panel') || !visible(e)) continue;
    if (text(e) || e.matches('img, svg, picture, video, iframe, canvas, input, select, textarea, progress, hr') ||
        e.querySelector('img, svg, picture, video, iframe, canvas, input, select, textarea, progress')) continue;
    out.emptyBoxes.push({ where: where(e), size: [Math.round(r.width), Math.round(r.height)] });
  }
  return out;
}

// Loads every picture (lazy ones too), so that a missing file shows.
async function loadImages(page) {
  await page.evaluate(() => Promise.all([...document.images].map((i) => {
    i.loading = 'eager';
    return i.complete ? null : new Promise((ok) => { i.addEventListener('load', ok); i.addEventListener('error', ok); setTimeout(ok, 60000); });
  })));
}

// The layout checks of `pages` at `widths`, in `browser`, over the served site.
async function runLayout(browser, srv, pages, { widths = WIDTHS, jobs = 3 } = {}) {
  const results = [], failures = [];
  const fail = (p, width, check, message, details) => failures.push({ check: `layout-${check}`, where: `${p.kind} (${p.path || '/'}) at ${width} px`, message, ...(details ? { details } : {}) });
  const contexts = new Map();
  const contextFor = async (width) => {
    if (!contexts.has(width)) contexts.set(width, (async () => {
      const ctx = await browser.newContext({ viewport: { width, height: HEIGHTS[width] || 900 }, locale: 'ru-RU', reducedMotion: 'reduce' });
      ctx.setDefaultTimeout(120 * 1000);
      // Nothing from other hosts (check.js reports such requests).
      await ctx.route((u) => u.origin !== srv.origin && u.protocol !== 'data:', (route) => route.abort('blockedbyclient'));
      return ctx;
    })());
    return contexts.get(width);
  };
  const units = [];
  for (const p of pages) for (const w of widths) units.push({ p, w });
  await pool(units, jobs, async ({ p, w }) => {
    const page = await (await contextFor(w)).newPage();
    try {
      await page.goto(srv.url(p.path), { waitUntil: 'load' });
      await loadImages(page);
      const m = await page.evaluate(measure, { lists: LISTS });
      results.push({ kind: p.kind, path: p.path, width: w, ...m });
      if (m.scrollWidth > m.width) fail(p, w, 'scroll', `the page is ${m.scrollWidth} px wide in a ${m.width} px window`);
      for (const o of m.overflow) fail(p, w, 'overflow', `content sticks out of its box: ${o.where} «${o.text}»`, o);
      if (w >= 768) for (const l of m.lists) if (l.min < MIN_CARD) fail(p, w, 'cards', `cards of ${l.list} are ${l.min} px wide (at least ${MIN_CARD})`);
      for (const c of m.covers) if (c.height > COVER_SHARE * m.height) fail(p, w, 'cover', `the cover is ${c.height} px high, over ${COVER_SHARE * 100} % of ${m.height} px`);
      if (w < 768 && m.header && m.header.height > HEADER_SHARE * m.height) fail(p, w, 'header', `the header takes ${m.header.height} px of ${m.height} px${m.header.folded ? '' : ', the menu is not folded'}`);
      for (const a of m.emptyLinks) fail(p, w, 'links', `a link without a name: ${a.where} (${a.href})`);
      for (const i of m.brokenImages) fail(p, w, 'images', `an image box without a picture: ${i.where} (${i.src})`);
      for (const b of m.emptyBoxes) fail(p, w, 'boxes', `a box around nothing: ${b.where} (${b.size.join('×')})`);
    } finally {
      await page.close().catch(() => {});
    }
  });
  for (const c of contexts.values()) await (await c).close().catch(() => {});
  // Cards not narrower on a desktop than on a tablet, list by list.
  for (const p of pages) {
    const tablet = results.find((r) => r.kind === p.kind && r.width === 768);
    if (!tablet) continue;
    for (const r of results.filter((x) => x.kind === p.kind && x.width > 768)) {
      for (const l of r.lists) {
        const t = tablet.lists.find((x) => x.list === l.list);
        if (t && l.min < t.min - 1) fail(p, r.width, 'cards', `cards of ${l.list} are ${l.min} px wide, narrower than on a tablet (${t.min} px)`);
      }
    }
  }
  const order = (a, b) => pages.findIndex((p) => p.kind === a.kind) - pages.findIndex((p) => p.kind === b.kind) || a.width - b.width;
  results.sort(order);
  return { results: results.map(({ overflow, emptyLinks, emptyBoxes, brokenImages, ...r }) => r), failures };
}

async function main() {
  const o = { pages: [], widths: WIDTHS };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = () => argv[++i];
    if (a === '--site') o.site = path.resolve(v());
    else if (a === '--page') { const [kind, ...p] = v().split('='); o.pages.push({ kind, path: p.join('=') }); }
    else if (a === '--only-listed') o.onlyListed = true;
    else if (a === '--widths') o.widths = v().split(',').map(Number);
    else { process.stderr.write(`layout.js: unknown argument ${a}\n`); process.exit(2); }
  }
  if (!o.site) { process.stderr.write('usage: node layout.js --site DIR [--page KIND=PATH]... [--only-listed] [--widths ...]\n'); process.exit(2); }
  const srv = await serve(o.site);
  const pages = o.onlyListed ? o.pages : withListed(discoverPages(o.site, srv.prefix), o.pages);
  const browser = await launch();
  try {
    const r = await runLayout(browser, srv, pages, { widths: o.widths });
    process.stdout.write(JSON.stringify(r, null, 1) + '\n');
    process.exitCode = r.failures.length ? 1 : 0;
  } finally {
    await browser.close();
    srv.server.close();
  }
}

module.exports = { runLayout, WIDTHS, MIN_CARD };
if (require.main === module) main().catch((e) => { process.stderr.write(`layout.js: ${e.stack || e}\n`); process.exit(2); });
