#!/usr/bin/env node
// Browser checks of a built site, in Debian's Chromium driven by
// playwright-core. Serves the site folder over a loopback HTTP server of its
// own, visits one page of every page type and prints the results as JSON on
// stdout; exits 1 when anything failed, 2 on a usage or setup error.
//
//   node check.js --site DIR [--artifacts DIR] [--checks LIST] [--page KIND=PATH]... [--only-listed]
//
// Checks (all by default):
//   axe       axe-core, WCAG 2.0/2.1 A and AA rules plus best practices, at 360 and 1280 px
//   nojs      the same without the site's scripts, and reflow at 320 px; the
//             accessibility-page link stands in for the low-vision button
//   structure lang="ru", one h1, a main landmark, a skip link to it
//   requests  no request leaves the loopback server; no local request fails
//   overflow  no horizontal scrolling at 320 px, at 200 % browser zoom and
//             with the low-vision font at 200 % on a 320 px screen
//   budget    HTML + CSS + JS of every page under 60 KB, uncompressed (a page that
//             holds a whole printed document, marked data-budget="document",
//             is measured and reported but exempt: it grows with the content)
//   lv        each low-vision setting takes effect (computed styles), is
//             applied before the body is parsed, persists to the next page,
//             is keyboard operable, announced, and reset restores the page
//   schemes   contrast in each of the five low-vision schemes (axe on the
//             first page, a computed-colour scan on every page)
//   screens   full-page screenshots of every page at 360 and 1280 px
//   keyboard  on every page at 1280 px, Tab from the top: the skip link comes
//             first, every visible link and control is reached, focus is
//             always visible (decree № 102: the site works with the keyboard)
//   words     with the low-vision font at 200 % on a 1280 px screen, no word
//             of the main text is broken across lines
//   timeline  in the black-on-white and white-on-black schemes the roadmap
//             timeline's bars for done, overdue, in progress and remaining
//             items differ by pattern or outline, not only by colour
'use strict';

const fs = require('fs');
const path = require('path');
const { launch, serve, discoverPages, withListed, pool } = require('./lib');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const WIDTHS = [360, 1280];
const BUDGET = 60 * 1024;
const ALL_CHECKS = ['axe', 'nojs', 'structure', 'requests', 'overflow', 'budget', 'lv', 'schemes', 'screens', 'keyboard', 'words', 'timeline'];
const JOBS = Math.max(1, Number(process.env.CHECK_JOBS) || 3);  // pages checked at once
const TIMEOUT = 120 * 1000;  // per action: a 2-core machine shared with builds is slow

// What the default theme's low-vision panel offers; the first value of each
// group is the default (no attribute on <html>).
const LV = {
  size: ['100', '125', '150', '175', '200'],
  scheme: ['default', 'bw', 'wb', 'blue', 'beige', 'green'],
  spacing: ['normal', 'wide', 'wider'],
  line: ['normal', 'wide', 'wider'],
  font: ['sans', 'serif'],
  images: ['on', 'off', 'grey'],
  embeds: ['on', 'off'],
};
const SCHEMES = {
  bw: ['#000000', '#ffffff'], wb: ['#ffffff', '#000000'], blue: ['#063462', '#9dd1ff'],
  beige: ['#4d4b43', '#f7f3d6'], green: ['#a9e44d', '#3b2716'],
};
const LETTER_EM = { wide: 0.12, wider: 0.24 };
const LINE_FACTOR = { normal: 1.55, wide: 1.8, wider: 2.4 };

function usage(msg) {
  process.stderr.write(`check.js: ${msg}\nusage: node check.js --site DIR [--artifacts DIR] [--checks ${ALL_CHECKS.join(',')}] [--page KIND=PATH]... [--only-listed]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { pages: [], checks: ALL_CHECKS.slice() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = () => { if (i + 1 >= argv.length) usage(`${a} needs a value`); return argv[++i]; };
    if (a === '--site') o.site = path.resolve(v());
    else if (a === '--artifacts') o.artifacts = path.resolve(v());
    else if (a === '--checks') o.checks = v().split(',').filter(Boolean);
    else if (a === '--page') { const [kind, ...p] = v().split('='); o.pages.push({ kind, path: p.join('=') }); }
    else if (a === '--only-listed') o.onlyListed = true;
    else usage(`unknown argument ${a}`);
  }
  if (!o.site) usage('--site is required');
  if (!fs.existsSync(path.join(o.site, 'index.html'))) usage(`no index.html in ${o.site}`);
  for (const c of o.checks) if (!ALL_CHECKS.includes(c)) usage(`unknown check ${c}`);
  o.artifacts = o.artifacts || path.resolve(__dirname, '../artifacts', path.basename(o.site));
  return o;
}

const hex = (h) => `rgb(${parseInt(h.slice(1, 3), 16)}, ${parseInt(h.slice(3, 5), 16)}, ${parseInt(h.slice(5, 7), 16)})`;
const near = (a, b, tol = 0.6) => Math.abs(a - b) <= tol;

// In the page: every visible text whose colour, over the background it sits
// on (the nearest opaque backgrounds of its ancestors), falls under WCAG AA.
function contrastScan() {
  const parse = (c) => {
    const m = /rgba?\(([^)]+)\)/.exec(c || '');
    if (!m) return null;
    const v = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1];
  };
  const blend = (top, under) => (top[3] >= 1 ? top : [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1));
  const lum = (c) => {
    const f = (x) => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    return layers.reduceRight((under, top) => blend(top, under), [255, 255, 255, 1]);
  };
  const seen = new Set(), low = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !el || seen.has(el)) continue;
    seen.add(el);
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || el.closest('[aria-hidden="true"]')) continue;
    const cs = getComputedStyle(el), bg = background(el), fg = blend(parse(cs.color), bg);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(cs.fontSize), bold = Number(cs.fontWeight) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need - 0.005) low.push({ ratio: Math.round(ratio * 100) / 100, need, html: el.outerHTML.slice(0, 160), color: cs.color, background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})` });
  }
  return low.slice(0, 10);
}

// Runs the checks `o.checks` over `pages` of the site served by `srv`, in
// `browser`; resolves to the report.
async function runChecks(o, browser, srv, pages) {
  const axePath = require.resolve('axe-core/axe.min.js');
  const started = Date.now();
  const { origin, prefix } = srv;
  const log = (m) => { if (process.env.CHECK_VERBOSE) process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${m}\n`); };
  const urlOf = (p) => srv.url(p.path);
  const want = (c) => o.checks.includes(c);
  const shot = (name) => path.join(o.artifacts, `${name}.png`);
  fs.mkdirSync(o.artifacts, { recursive: true });

  const results = { site: o.site, prefix, checks: o.checks, pages: pages.map((p) => ({ ...p })), axe: [], nojs: [], overflow: [],
    budget: [], requests: { external: [], failed: [] }, lowVision: [], schemes: [], screenshots: [], knownIssues: [], failures: [],
    keyboard: [], words: [], timeline: [] };
  const fail = (check, where, message, details) => results.failures.push({ check, where, message, ...(details ? { details } : {}) });

  const labels = new WeakMap();  // page -> what it is showing, for the reports
  const labelOf = (fn) => { try { return labels.get(fn()) || ''; } catch (e) { return ''; } };
  async function newContext(options, { noScripts = false } = {}) {
    const ctx = await browser.newContext({ locale: 'ru-RU', reducedMotion: 'reduce', ...options });
    ctx.setDefaultTimeout(TIMEOUT);
    await ctx.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.origin === origin || u.protocol === 'data:' || u.protocol === 'about:') return route.continue();
      results.requests.external.push({ page: labelOf(() => route.request().frame().page()), url: u.href });
      return route.abort('blockedbyclient');
    });
    // "Without JavaScript": the site's own scripts are not loaded (axe is
    // injected by the checker, so the page's JavaScript engine stays on).
    if (noScripts) await ctx.route((u) => u.origin === origin && /\.m?js$/.test(u.pathname), (route) => route.abort('blockedbyclient'));
    ctx.on('response', (r) => {
      const label = labelOf(() => r.frame().page());
      if (r.status() >= 400 && !(r.request().resourceType() === 'document' && label.startsWith('404'))) results.requests.failed.push({ page: label, url: r.url(), status: r.status() });
    });
    ctx.on('weberror', (e) => fail('script', labelOf(() => e.page()), String(e.error())));
    return ctx;
  }
  async function visit(page, p, tag) {
    const label = `${p.kind}${tag ? ' @' + tag : ''}`;
    labels.set(page, label);
    log(`visit ${label}`);
    await page.goto(urlOf(p), { waitUntil: 'load' });
  }
  // Violations, plus colour-contrast results axe left "to review" although it
  // computed a ratio (text in the colour of its background is one of them).
  async function runAxe(page, options) {
    if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: axePath });
    const { context = null, ...opts } = options;
    return page.evaluate(([ctx, opt]) => window.axe.run(ctx || document, opt).then((r) => {
      const node = (n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: (n.failureSummary || n.any.map((c) => c.message).join('; ')).slice(0, 300) });
      const out = r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(node) }));
      for (const v of r.incomplete.filter((x) => x.id === 'color-contrast')) {
        const nodes = v.nodes.filter((n) => n.any.some((c) => /contrast ratio of/.test(c.message || '')));
        if (nodes.length) out.push({ id: 'color-contrast', impact: 'serious', help: `${v.help} (axe could not confirm it)`, nodes: nodes.slice(0, 5).map(node) });
      }
      return out;
    }), [context, { ...opts, resultTypes: ['violations', 'incomplete'] }])
      .catch((e) => { throw new Error(`axe failed: ${e.message}`); });
  }
  async function overflow(page) {
    return page.evaluate(() => {
      const de = document.documentElement, w = de.clientWidth;
      const sw = Math.max(de.scrollWidth, document.body.scrollWidth);
      const offenders = sw > w ? [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 1)
        .slice(-5).map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} (right ${Math.round(e.getBoundingClientRect().right)})`) : [];
      return { clientWidth: w, scrollWidth: sw, overflow: sw > w, offenders };
    });
  }
  const where = (p, tag) => `${p.kind} (${p.path || '/'}) ${tag}`;

  // Checks run page by page: one unit is one page in one mode, and up to
  // JOBS units run at once, each mode's pages sharing one browser context.
  const contexts = new Map();
  const contextFor = (mode, options, flags) => {
    if (!contexts.has(mode)) contexts.set(mode, newContext(options, flags));
    return contexts.get(mode);
  };
  async function onPage(mode, options, flags, p, tag, fn) {
    const page = await (await contextFor(mode, options, flags)).newPage();
    try {
      await visit(page, p, tag);
      await fn(page);
    } finally {
      await page.close().catch(() => {});
    }
  }

  // A page at phone or desktop width: axe, structure, weight, screenshots.
  async function atWidth(width, p, page) {
    if (want('axe')) {
      const violations = await runAxe(page, { runOnly: { type: 'tag', values: AXE_TAGS } });
      results.axe.push({ kind: p.kind, width, violations: violations.length, ids: violations.map((v) => v.id) });
      for (const v of violations) fail('axe', where(p, `at ${width} px`), `${v.id}: ${v.help}`, v.nodes);
    }
    if (want('structure') && width === WIDTHS[0]) {
      const s = await page.evaluate(() => {
        const skip = document.querySelector('body a[href^="#"]');
        return { lang: document.documentElement.lang, h1: document.querySelectorAll('h1').length,
          main: document.querySelectorAll('main').length,
          skipFirst: !!skip && skip === document.querySelector('body a, body button'),
          skipTarget: !!skip && !!document.getElementById(skip.getAttribute('href').slice(1)) };
      });
      if (s.lang !== 'ru') fail('structure', where(p, ''), `lang is "${s.lang}", not "ru"`);
      if (s.h1 !== 1) fail('structure', where(p, ''), `${s.h1} h1 elements instead of one`);
      if (s.main !== 1) fail('structure', where(p, ''), `${s.main} main elements instead of one`);
      if (!s.skipFirst || !s.skipTarget) fail('structure', where(p, ''), 'the first link is not a skip link to an existing target');
    }
    if (want('budget') && width === WIDTHS[1]) {
      const w = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const res = performance.getEntriesByType('resource').filter((r) => /\.(css|js)(\?|$)/.test(r.name) && !/axe/.test(r.name));
        return { html: nav.decodedBodySize, cssJs: res.reduce((sum, r) => sum + r.decodedBodySize, 0) };
      });
      const total = w.html + w.cssJs;
      const exempt = await page.evaluate(() => !!document.querySelector('main [data-budget="document"]'));
      results.budget.push({ kind: p.kind, html: w.html, cssJs: w.cssJs, total, exempt });
      if (total > BUDGET && !exempt) fail('budget', where(p, ''), `HTML + CSS + JS is ${total} bytes, over the ${BUDGET}-byte budget`);
    }
    if (want('screens')) {
      await page.screenshot({ path: shot(`${p.kind}-${width}`), fullPage: true });
      results.screenshots.push(shot(`${p.kind}-${width}`));
    }
  }

  // Without the site's JavaScript, on a 320 px screen: axe and reflow.
  async function withoutScripts(p, page) {
    // Task-list checkboxes come from cmark-gfm without a label; site.js
    // names them. Listed as a known issue until src/markdown.cc does.
    const tasks = await page.$$eval('.prose li > input[type="checkbox"]:not([aria-label]):not([id])', (l) => l.length);
    if (tasks) results.knownIssues.push({ page: p.kind, issue: `${tasks} task-list checkbox(es) without a label when JavaScript is off (cmark-gfm output)` });
    const v = await runAxe(page, { runOnly: { type: 'tag', values: AXE_TAGS }, context: { exclude: [['.prose li > input[type="checkbox"]']] } });
    const r = await overflow(page);
    results.nojs.push({ kind: p.kind, violations: v.length, ids: v.map((x) => x.id), overflow: r.overflow });
    for (const x of v) fail('nojs', where(p, 'without JavaScript'), `${x.id}: ${x.help}`, x.nodes);
    if (r.overflow) fail('nojs', where(p, 'without JavaScript at 320 px'), `page is ${r.scrollWidth} px wide in a ${r.clientWidth} px viewport`, r.offenders);
    const link = await page.evaluate(() => {
      const a = [...document.querySelectorAll('header a')].find((x) => /\/dostupnost\/(index\.html)?$/.test(x.href));
      return !!a && getComputedStyle(a).display !== 'none' && a.getBoundingClientRect().top < 200;
    });
    if (!link) fail('nojs', where(p, 'without JavaScript'), 'no visible link to the accessibility page at the top');
  }

  // Reflow: 320 px (1280 px at 400 %), then the low-vision font at 200 % on
  // the same 320 px screen (the setting as site.js applies it: an attribute
  // on <html>); and 200 % browser zoom of a 1280 px window (the same layout
  // viewport, 640 CSS px, at device scale 2 — what Ctrl + does).
  async function reflow(mode, p, page) {
    const measure = async (name) => {
      const r = await overflow(page);
      results.overflow.push({ kind: p.kind, mode: name, ...r });
      if (r.overflow) fail('overflow', where(p, name), `page is ${r.scrollWidth} px wide in a ${r.clientWidth} px viewport`, r.offenders);
    };
    if (mode === 'zoom200') return measure('zoom200');
    await measure('320px');
    await page.evaluate(() => document.documentElement.setAttribute('data-lv-size', '200'));
    await measure('text200-320px');
    if (want('screens') && p === pages[0]) await page.screenshot({ path: shot(`${p.kind}-text200-320px`), fullPage: true });
  }

  // Contrast in the five low-vision colour schemes: on the first page the
  // schemes are chosen in the panel and axe runs in each; on every page a
  // scan of every text's computed colour against the background it sits on
  // (a scheme paints everything in its two colours, so this is exact there
  // and much cheaper than axe), the scheme set as site.js sets it.
  async function schemes(p, page) {
    const first = p === pages[0];
    if (first) {
      if (!(await page.$('#lv-panel'))) { fail('schemes', p.kind, 'no low-vision panel (#lv-panel) on the page'); return; }
      await page.click('button[aria-controls="lv-panel"]');
    }
    for (const name of Object.keys(SCHEMES)) {
      if (first) await page.click(`label[for="lv-scheme-${name}"]`);
      else await page.evaluate((k) => document.documentElement.setAttribute('data-lv-scheme', k), name);
      const v = first ? await runAxe(page, { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } }) : [];
      const low = await page.evaluate(contrastScan);
      results.schemes.push({ scheme: name, kind: p.kind, violations: v.length + low.length });
      for (const x of v) fail('schemes', where(p, `in scheme ${name}`), `${x.id}: ${x.help}`, x.nodes);
      for (const x of low) fail('schemes', where(p, `in scheme ${name}`), `color-contrast: ${x.ratio}:1 (needs ${x.need}:1)`, [x]);
      if (want('timeline') && (name === 'bw' || name === 'wb') && await page.$('svg.timeline .tl-bar')) {
        // done / overdue / in progress / remaining: each look (fill, stroke width) differs.
        const looks = await page.evaluate(() => {
          const group = { done: ['tl-done'], overdue: ['tl-overdue'], current: ['tl-current'], remaining: ['tl-upcoming', 'tl-due_soon', 'tl-undated'] };
          const out = {};
          for (const [k, classes] of Object.entries(group)) {
            const g = classes.map((c) => document.querySelector(`svg.timeline .${c}`)).find(Boolean);
            if (g) { const cs = getComputedStyle(g); out[k] = `${cs.fill} / ${cs.stroke} ${cs.strokeWidth}`; }
          }
          return out;
        });
        const kinds = Object.keys(looks), distinct = new Set(Object.values(looks)).size;
        results.timeline.push({ scheme: name, kind: p.kind, looks });
        if (kinds.length < 3) fail('timeline', where(p, `in scheme ${name}`), `only ${kinds.length} kinds of bars to compare: ${JSON.stringify(looks)}`);
        if (distinct !== kinds.length) fail('timeline', where(p, `in scheme ${name}`), `bars of different states look the same: ${JSON.stringify(looks)}`);
      }
      if (want('screens') && first) await page.screenshot({ path: shot(`scheme-${name}`), fullPage: false });
    }
  }

  // Tab through the page from its top: the skip link first, every visible
  // link and control reached once the walk comes back round, focus visible.
  async function keyboardWalk(p, page) {
    const total = await page.evaluate(() => {
      const sel = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      let n = 0;
      for (const e of document.querySelectorAll(sel)) {
        if (e.disabled || e.closest('[inert]') || !e.checkVisibility({ visibilityProperty: true })) continue;
        // Of a group of radio buttons Tab reaches one: the checked (or first) one.
        if (e.type === 'radio') { const g = document.querySelectorAll(`input[type=radio][name="${e.name}"]`); const c = [...g].find((x) => x.checked) || g[0]; if (c !== e) continue; }
        e.dataset.kw = String(n++);
      }
      return n;
    });
    const reached = new Set(), unseen = [];
    let first = null;
    for (let i = 0; i < total + 3 && i < 600; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const cs = getComputedStyle(e), r = e.getBoundingClientRect();
        const visible = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || (cs.boxShadow && cs.boxShadow !== 'none');
        return { kw: e.dataset.kw, tag: e.tagName.toLowerCase(), href: e.getAttribute('href'), text: (e.textContent || e.value || '').trim().slice(0, 40), visible, size: r.width * r.height };
      });
      if (!f) continue;
      if (first === null) first = f;
      if (f.kw !== undefined) reached.add(f.kw);
      if (!f.visible) unseen.push(`${f.tag} «${f.text}»`);
    }
    const missing = await page.evaluate((got) => [...document.querySelectorAll('[data-kw]')].filter((e) => !got.includes(e.dataset.kw))
      .slice(0, 8).map((e) => `${e.tagName.toLowerCase()} «${(e.textContent || e.value || '').trim().slice(0, 40)}»`), [...reached]);
    results.keyboard.push({ kind: p.kind, focusable: total, reached: reached.size, missing: missing.length, noFocusStyle: unseen.length });
    if (!first || first.tag !== 'a' || !first.href || !first.href.startsWith('#')) fail('keyboard', where(p, ''), `the first Tab stop is not the skip link: ${JSON.stringify(first)}`);
    if (missing.length) fail('keyboard', where(p, ''), `${total - reached.size} of ${total} links and controls not reached with Tab`, missing);
    if (unseen.length) fail('keyboard', where(p, ''), `${unseen.length} Tab stops without a visible focus indicator`, [...new Set(unseen)].slice(0, 8));
  }

  // With the low-vision font at 200 % on a 1280 px screen (the setting as
  // site.js applies it), no word of the main content breaks across lines (a
  // word is letters, digits and hyphens; addresses, file names and
  // certificate numbers are left aside).
  async function brokenWords(p, page) {
    await page.evaluate(() => document.documentElement.setAttribute('data-lv-size', '200'));
    const broken = await page.evaluate(() => {
      const out = [];
      const walker = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n && out.length < 8; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('.cert, svg, code, pre, .sr-only, [aria-hidden="true"]') || !el.checkVisibility()) continue;
        for (const m of n.textContent.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\u00AD-]*[\p{L}\p{N}]/gu)) {
          const before = n.textContent[m.index - 1] || ' ', after = n.textContent[m.index + m[0].length] || ' ';
          if (/[\/@._:]/.test(before + after)) continue;  // part of an address or a file name
          const r = document.createRange();
          r.setStart(n, m.index);
          r.setEnd(n, m.index + m[0].length);
          const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
          if (tops.size > 1 && !m[0].includes('-')) out.push(m[0]);
        }
      }
      return out;
    });
    results.words.push({ kind: p.kind, broken: broken.length });
    if (broken.length) fail('words', where(p, 'at 200 % text, 1280 px'), `${broken.length} word(s) broken across lines`, broken);
  }

  // The slow, sequential low-vision walk first, so that it overlaps the rest.
  const units = [];
  const unit = (name, fn) => units.push({ name, fn });
  if (want('lv')) unit('low-vision version', () => lowVision());
  for (const p of pages) {
    if (['axe', 'structure', 'budget', 'screens', 'requests'].some(want))
      for (const w of WIDTHS) unit(`${p.kind} at ${w}px`, () => onPage(`w${w}`, { viewport: { width: w, height: 900 } }, {}, p, `${w}px`, (page) => atWidth(w, p, page)));
    if (want('schemes')) unit(`${p.kind} schemes`, () => onPage(p === pages[0] ? 'schemes-panel' : 'schemes', { viewport: { width: 1280, height: 900 } }, {}, p, 'schemes', (page) => schemes(p, page)));
    if (want('keyboard')) unit(`${p.kind} keyboard`, () => onPage('keyboard', { viewport: { width: 1280, height: 900 } }, {}, p, 'keyboard', (page) => keyboardWalk(p, page)));
    if (want('words')) unit(`${p.kind} words`, () => onPage('words', { viewport: { width: 1280, height: 900 } }, {}, p, 'text200', (page) => brokenWords(p, page)));
    if (want('nojs')) unit(`${p.kind} no-js`, () => onPage('nojs', { viewport: { width: 320, height: 640 } }, { noScripts: true }, p, 'no-js', (page) => withoutScripts(p, page)));
    if (want('overflow')) {
      unit(`${p.kind} reflow 320px`, () => onPage('reflow320', { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 }, {}, p, '320px', (page) => reflow('320px', p, page)));
      unit(`${p.kind} reflow zoom200`, () => onPage('zoom200', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }, {}, p, 'zoom200', (page) => reflow('zoom200', p, page)));
    }
  }
  results.timings = {};
  try {
    await pool(units, o.jobs || JOBS, async (u) => {
      const t0 = Date.now();
      await u.fn();
      results.timings[u.name] = Date.now() - t0;
    });
  } finally {
    for (const c of contexts.values()) await (await c).close().catch(() => {});
  }

  async function lowVision() {
    const ctx = await newContext({ viewport: { width: 1280, height: 900 } });
    // Records the <html> attributes at the moment <body> is inserted: the
    // settings must be applied before the body is parsed, i.e. before paint.
    await ctx.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (!document.body) return;
        const a = {};
        for (const at of document.documentElement.attributes) if (at.name.startsWith('data-lv-')) a[at.name.slice(8)] = at.value;
        window.__lvAtBody = a;
        obs.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await ctx.newPage();
    const first = pages.find((p) => p.kind === 'page') || pages[0];
    const second = pages.find((p) => p !== first && p.kind !== '404') || pages[0];
    const steps = results.lowVision;
    async function step(name, fn) {
      try {
        const detail = await fn();
        steps.push({ name, ok: true, ...(detail ? { detail } : {}) });
      } catch (e) {
        steps.push({ name, ok: false, error: e.message });
        fail('lv', name, e.message);
      }
    }
    const expect = (cond, msg) => { if (!cond) throw new Error(msg); };
    const styles = () => page.evaluate(() => {
      const html = document.documentElement, body = document.body;
      const p = document.querySelector('main p') || body;
      const cs = (e) => getComputedStyle(e);
      const probe = document.getElementById('lv-probe');
      const img = probe && probe.querySelector('img'), frame = probe && probe.querySelector('iframe');
      const link = document.querySelector('main a') || document.querySelector('a');
      const vis = (e) => !!e && cs(e).display !== 'none' && e.getBoundingClientRect().height > 0;
      return {
        attrs: Object.fromEntries([...html.attributes].filter((a) => a.name.startsWith('data-lv-')).map((a) => [a.name.slice(8), a.value])),
        rootSize: parseFloat(cs(html).fontSize), bodyColor: cs(body).color, bodyBg: cs(body).backgroundColor,
        headerBg: cs(document.querySelector('.masthead') || body).backgroundColor, linkColor: cs(link).color,
        pSize: parseFloat(cs(p).fontSize), letter: cs(p).letterSpacing, lineHeight: cs(p).lineHeight, font: cs(body).fontFamily,
        imgDisplay: img ? cs(img).display : null, imgFilter: img ? cs(img).filter : null,
        alt: img && img.nextElementSibling && vis(img.nextElementSibling) ? img.nextElementSibling.textContent : null,
        frameDisplay: frame ? cs(frame).display : null,
        embedNote: frame && frame.nextElementSibling && vis(frame.nextElementSibling) ? frame.nextElementSibling.textContent : null,
        status: (document.querySelector('#lv-panel [role="status"]') || {}).textContent || '',
        panelVisible: vis(document.getElementById('lv-panel')),
        expanded: (document.querySelector('[aria-controls="lv-panel"]') || { getAttribute: () => null }).getAttribute('aria-expanded'),
        checked: Object.fromEntries([...document.querySelectorAll('#lv-panel input:checked')].map((i) => [i.name.slice(3), i.value])),
        stored: localStorage.getItem('nastavnik-lv'),
      };
    });
    const injectProbe = () => page.evaluate(() => {
      const f = document.createElement('figure');
      f.id = 'lv-probe';
      f.innerHTML = '<img alt="probe picture" width="40" height="40" src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 1 1%22%3E%3Crect width=%221%22 height=%221%22 fill=%22red%22/%3E%3C/svg%3E">'
        + '<iframe title="probe frame" srcdoc="<p>probe</p>" width="200" height="50"></iframe>';
      document.querySelector('main').appendChild(f);
    });
    const choose = async (group, value) => {
      await page.click(`label[for="lv-${group}-${value}"]`);
      await page.waitForTimeout(80);  // the live region is filled after a short pause
    };

    let base;
    await step('control: a button at the top opens the panel from the keyboard', async () => {
      await visit(page, first, 'lv');
      base = await styles();
      const t = await page.evaluate(() => {
        const b = document.querySelector('button[aria-controls="lv-panel"]');
        const r = b && b.getBoundingClientRect();
        const link = document.querySelector('.lv-link');
        return { exists: !!b, top: r ? r.top : null, visible: !!b && r.height > 0,
          linkHidden: !link || getComputedStyle(link).display === 'none' };
      });
      expect(t.exists && t.visible, 'no visible low-vision button (button[aria-controls="lv-panel"])');
      expect(t.top < 150, `the button is ${Math.round(t.top)} px from the top`);
      expect(t.linkHidden, 'the no-JavaScript link is shown next to the button');
      expect(!base.panelVisible && base.expanded === 'false', 'the panel is open before it was asked for');
      await page.focus('button[aria-controls="lv-panel"]');
      await page.keyboard.press('Enter');
      const s = await styles();
      expect(s.panelVisible && s.expanded === 'true', 'Enter on the button did not open the panel (aria-expanded)');
      await page.keyboard.press('Tab');
      const inPanel = await page.evaluate(() => !!document.activeElement.closest('#lv-panel'));
      expect(inPanel, 'Tab after the button does not move into the panel');
    });
    await injectProbe();

    await step('font size steps scale the text', async () => {
      const got = {};
      for (const v of LV.size.slice(1)) {
        await choose('size', v);
        const s = await styles();
        got[v] = s.rootSize;
        expect(near(s.rootSize / base.rootSize, Number(v) / 100, 0.01), `size ${v}: root font ${s.rootSize}px, base ${base.rootSize}px`);
        expect(s.status.length > 0, `size ${v}: nothing announced in the live region`);
      }
      await choose('size', '100');
      return got;
    });
    await step('five colour schemes repaint the page', async () => {
      for (const [k, [fg, bg]] of Object.entries(SCHEMES)) {
        await choose('scheme', k);
        const s = await styles();
        expect(s.bodyColor === hex(fg) && s.bodyBg === hex(bg), `scheme ${k}: text ${s.bodyColor} on ${s.bodyBg}`);
        expect(s.headerBg === hex(bg), `scheme ${k}: header background ${s.headerBg}`);
        expect(s.linkColor === hex(fg), `scheme ${k}: link colour ${s.linkColor}`);
      }
      await choose('scheme', 'default');
      const s = await styles();
      expect(s.bodyColor === base.bodyColor && s.bodyBg === base.bodyBg, 'the default scheme does not restore the colours');
    });
    await step('letter spacing normal, 1.5x, 2x', async () => {
      for (const [v, em] of Object.entries(LETTER_EM)) {
        await choose('spacing', v);
        const s = await styles();
        expect(near(parseFloat(s.letter), em * s.pSize), `spacing ${v}: letter-spacing ${s.letter} at ${s.pSize}px`);
      }
      await choose('spacing', 'normal');
      expect((await styles()).letter === 'normal', 'letter spacing not restored');
    });
    await step('line spacing normal, 1.5x, 2x', async () => {
      for (const [v, f] of Object.entries(LINE_FACTOR)) {
        await choose('line', v);
        const s = await styles();
        expect(near(parseFloat(s.lineHeight), f * s.pSize, 1), `line ${v}: line-height ${s.lineHeight} at ${s.pSize}px`);
      }
    });
    await step('serif and sans-serif fonts', async () => {
      await choose('font', 'serif');
      let s = await styles();
      expect(/(^|,\s*)serif$/.test(s.font) && !/sans-serif/.test(s.font), `serif: font-family ${s.font}`);
      await choose('font', 'sans');
      s = await styles();
      expect(/sans-serif$/.test(s.font), `sans: font-family ${s.font}`);
    });
    await step('images on, off (alt text shown), greyscale', async () => {
      await choose('images', 'off');
      let s = await styles();
      expect(s.imgDisplay === 'none', `off: image display ${s.imgDisplay}`);
      expect(s.alt && s.alt.includes('probe picture'), `off: alt text not shown (${s.alt})`);
      await choose('images', 'grey');
      s = await styles();
      expect(s.imgDisplay !== 'none' && /grayscale\(1\)/.test(s.imgFilter), `grey: display ${s.imgDisplay}, filter ${s.imgFilter}`);
      expect(!s.alt, 'grey: the alt text stand-in is still shown');
      await choose('images', 'on');
      s = await styles();
      expect(s.imgDisplay !== 'none' && s.imgFilter === 'none', 'on: image not restored');
    });
    await step('embedded elements on and off', async () => {
      await choose('embeds', 'off');
      let s = await styles();
      expect(s.frameDisplay === 'none' && s.embedNote && s.embedNote.includes('probe frame'), `off: iframe ${s.frameDisplay}, note ${s.embedNote}`);
      await choose('embeds', 'on');
      s = await styles();
      expect(s.frameDisplay !== 'none' && !s.embedNote, 'on: iframe not restored');
    });
    await step('radio groups work with arrow keys and are announced', async () => {
      await page.focus('#lv-scheme-default');
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(80);
      const s = await styles();
      expect(s.attrs.scheme === 'bw' && s.checked.scheme === 'bw', `ArrowRight gave scheme ${s.attrs.scheme}`);
      const legend = await page.evaluate(() => document.querySelector('#lv-scheme-bw').closest('fieldset').querySelector('legend').textContent);
      expect(s.status.startsWith(legend), `live region says "${s.status}"`);
      const roles = await page.evaluate(() => [...document.querySelectorAll('#lv-panel fieldset')].map((f) => !!f.querySelector('legend') && f.querySelectorAll('input[type=radio]').length > 1));
      expect(roles.length === Object.keys(LV).length && roles.every(Boolean), 'each setting is not a fieldset of radios with a legend');
    });
    const chosen = { size: '150', scheme: 'blue', spacing: 'wider', line: 'wide', font: 'serif', images: 'grey', embeds: 'off' };
    await step('settings persist to the next page and apply before the body is parsed', async () => {
      for (const [g, v] of Object.entries(chosen)) await choose(g, v);
      await visit(page, second, 'lv');
      await injectProbe();
      const at = await page.evaluate(() => window.__lvAtBody || {});
      const s = await styles();
      for (const [g, v] of Object.entries(chosen)) {
        expect(at[g] === v, `${g} was "${at[g]}" when <body> began (flash of default styles)`);
        expect(s.attrs[g] === v && s.checked[g] === v, `${g}: attribute ${s.attrs[g]}, radio ${s.checked[g]} on the next page`);
      }
      const [fg, bg] = SCHEMES.blue;
      expect(s.bodyColor === hex(fg) && s.bodyBg === hex(bg), `scheme lost: ${s.bodyColor} on ${s.bodyBg}`);
      expect(near(s.rootSize / base.rootSize, 1.5, 0.01), `size lost: ${s.rootSize}px`);
      expect(near(parseFloat(s.letter), LETTER_EM.wider * s.pSize), `spacing lost: ${s.letter}`);
      expect(near(parseFloat(s.lineHeight), LINE_FACTOR.wide * s.pSize, 1), `line spacing lost: ${s.lineHeight}`);
      expect(/(^|,\s*)serif$/.test(s.font), `font lost: ${s.font}`);
      expect(/grayscale\(1\)/.test(s.imgFilter) && s.frameDisplay === 'none', 'images or embedded elements setting lost');
      expect(s.panelVisible && s.expanded === 'true', 'the open panel did not stay open');
      if (want('screens')) await page.screenshot({ path: path.join(o.artifacts, 'lv-persisted.png'), fullPage: false });
    });
    await step('reset restores the ordinary version; Escape closes the panel', async () => {
      await page.click('[data-lv-reset]');
      await page.waitForTimeout(80);
      let s = await styles();
      expect(Object.keys(s.attrs).filter((k) => k !== 'open').length === 0, `attributes left after reset: ${JSON.stringify(s.attrs)}`);
      expect(s.bodyColor === base.bodyColor && s.rootSize === base.rootSize && s.letter === base.letter && s.font === base.font, 'styles not restored after reset');
      expect(s.status.length > 0, 'reset not announced');
      expect(Object.entries(s.checked).every(([g, v]) => LV[g][0] === v), `radios after reset: ${JSON.stringify(s.checked)}`);
      await page.focus('#lv-size-100');
      await page.keyboard.press('Escape');
      s = await styles();
      const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-controls'));
      expect(!s.panelVisible && s.expanded === 'false' && focused === 'lv-panel', 'Escape did not close the panel and return focus to the button');
      await page.reload();
      s = await styles();
      expect(Object.keys(s.attrs).length === 0 && !s.panelVisible, 'reset did not persist');
    });
    await step('focus is visible on links and controls', async () => {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const e = document.activeElement, cs = getComputedStyle(e), r = e.getBoundingClientRect();
        return { tag: e.tagName, outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth), inView: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 };
      });
      expect(f.tag === 'A' && f.inView, 'the skip link does not appear on Tab');
      expect(f.outline !== 'none' && f.width >= 2, `focus outline ${f.outline} ${f.width}px`);
    });
    await ctx.close();
  }

  if (want('requests')) {
    for (const r of results.requests.external) fail('requests', r.page, `request to another host: ${r.url}`);
    for (const r of results.requests.failed) fail('requests', r.page, `HTTP ${r.status} for ${r.url}`);
  }
  const order = (a, b) => pages.findIndex((p) => p.kind === a.kind) - pages.findIndex((p) => p.kind === b.kind);
  for (const k of ['axe', 'nojs', 'overflow', 'budget', 'schemes', 'keyboard', 'words']) results[k].sort(order);
  results.durationMs = Date.now() - started;
  results.ok = results.failures.length === 0;
  return results;
}

// The pages to check: one of every page type (or only the listed ones).
function checkedPages(o, srv) {
  return o.onlyListed ? o.pages : withListed(discoverPages(o.site, srv.prefix), o.pages);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  try { require.resolve('playwright-core'); } catch (e) { usage('playwright-core is missing: run `npm ci` in tests/browser'); }
  const srv = await serve(o.site);
  const browser = await launch();
  let results;
  try {
    results = await runChecks(o, browser, srv, checkedPages(o, srv));
  } finally {
    await browser.close();
    srv.server.close();
  }
  process.stdout.write(JSON.stringify(results, null, 1) + '\n');
  process.exit(results.ok ? 0 : 1);
}

module.exports = { runChecks, checkedPages, parseArgs };
if (require.main === module) main().catch((e) => {
  process.stderr.write(`check.js: ${e.stack || e}\n`);
  process.exit(2);
});
