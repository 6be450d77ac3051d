// What the browser scripts share: Debian's Chromium and its flags, a
// loopback HTTP server for a built site folder (served under the path of its
// base_url, with the site's 404 page), and the discovery of one page of
// every page type from sitemap.xml.
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--allow-file-access-from-files'];

function launch() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

// The folder is served under the path of base_url (read from sitemap.xml),
// as it will be published: 404.html links by absolute path from there.
function sitePrefix(site) {
  try {
    const loc = /<loc>([^<]+)<\/loc>/.exec(fs.readFileSync(path.join(site, 'sitemap.xml'), 'utf8'));
    if (loc) return new URL(loc[1]).pathname.replace(/\/?$/, '/');
  } catch (e) { /* no sitemap: serve at the root */ }
  return '/';
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp',
  '.pdf': 'application/pdf', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json',
  '.ics': 'text/calendar; charset=utf-8', '.csv': 'text/csv; charset=utf-8' };

// Resolves to { server, origin, prefix, url(path) }.
function serve(site) {
  const prefix = sitePrefix(site);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let rel = null;
    try { rel = decodeURIComponent(url.pathname); } catch (e) { rel = null; }
    if (rel === '/favicon.ico') { res.writeHead(204); res.end(); return; }  // the host's own icon, outside the section
    let file = null;
    if (rel !== null && rel.startsWith(prefix)) {
      file = path.join(site, rel.slice(prefix.length));
      if (!file.startsWith(site)) file = null;
      else if (rel.endsWith('/')) file = path.join(file, 'index.html');
    }
    if (file && fs.existsSync(file) && fs.statSync(file).isFile()) {
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream' });
      res.end(fs.readFileSync(file));
    } else {
      // Like the hosting's ErrorDocument: the site's 404 page, status 404.
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      res.end(fs.existsSync(path.join(site, '404.html')) ? fs.readFileSync(path.join(site, '404.html')) : 'not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const origin = `http://127.0.0.1:${server.address().port}`;
    resolve({ server, origin, prefix, url: (p) => origin + prefix + p });
  }));
}

// One page per page type: home, free page, each list and its items (by the
// first path segment), the accessibility page, the 404 page. Of several pages
// of a type, the biggest is taken: it exercises the most markup.
function discoverPages(site, prefix) {
  let paths = [];
  try {
    const xml = fs.readFileSync(path.join(site, 'sitemap.xml'), 'utf8');
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const p = new URL(m[1]).pathname;
      if (p.startsWith(prefix)) paths.push(decodeURIComponent(p.slice(prefix.length)));
    }
  } catch (e) { paths = ['']; }
  const size = (p) => { try { return fs.statSync(path.join(site, p, 'index.html')).size; } catch (e) { return -1; } };
  const kinds = new Map();
  for (const p of paths) {
    const segs = p.split('/').filter(Boolean);
    let kind;
    if (segs.length === 0) kind = 'home';
    else if (p === 'dostupnost/') kind = 'accessibility';
    else if (segs.length === 1) kind = paths.some((q) => q !== p && q.startsWith(p)) ? segs[0] : 'page';
    else if (segs.length === 2) kind = `${segs[0]}-item`;
    else kind = `${segs[0]}-${segs[1]}`;  // e.g. news/page/2/
    if (!kinds.has(kind) || size(p) > size(kinds.get(kind))) kinds.set(kind, p);
  }
  const pages = [...kinds].map(([kind, p]) => ({ kind, path: p }));
  pages.push({ kind: '404', path: 'net-takoy-stranitsy/' });
  return pages;
}

// --page KIND=PATH replaces the discovered page of that kind (or adds one
// before the 404 page).
function withListed(pages, listed) {
  const out = pages.slice();
  for (const p of listed) {
    const i = out.findIndex((q) => q.kind === p.kind);
    if (i >= 0) out[i] = p; else out.splice(Math.max(0, out.length - 1), 0, p);
  }
  return out;
}

// Runs fn over items, at most `jobs` at a time; results in the items' order.
async function pool(items, jobs, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  return out;
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, launch, sitePrefix, serve, discoverPages, withListed, pool };
