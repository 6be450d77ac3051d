// Drives Debian's Chromium through a live-reload session of `nastavnik serve`:
// opens a page, edits its source, expects the page to reload by itself, then
// breaks the file and expects the error overlay, then fixes it and expects
// the overlay to go. Prints what it saw as JSON (asserted in serve_test.cc).
// Usage: node live_reload.js URL SOURCE_FILE GOOD_TEXT BROKEN_TEXT FIXED_TEXT
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const [url, file, good, broken, fixed] = process.argv.slice(2);

async function main() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nastavnik-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  const result = {};
  try {
    const page = await context.newPage();
    await page.goto(url);
    // Wait until the live-reload connection is open before editing.
    await page.waitForFunction(() => performance.getEntriesByType('resource')
      .some((r) => r.name.includes('__nastavnik/events')), null, { timeout: 10000 }).catch(() => {});
    await page.waitForTimeout(300);
    await page.evaluate(() => { window.__notReloaded = true; });

    const reloaded = page.waitForEvent('load', { timeout: 15000 });
    fs.writeFileSync(file, good);
    await reloaded;
    result.reloaded = await page.evaluate(() => window.__notReloaded !== true);
    result.textAfterReload = await page.textContent('main');

    fs.writeFileSync(file, broken);
    const overlay = await page.waitForSelector('#nastavnik-error-overlay', { timeout: 15000 });
    result.overlayText = await overlay.textContent();
    result.overlayRole = await overlay.getAttribute('role');

    fs.writeFileSync(file, fixed);
    await page.waitForSelector('#nastavnik-error-overlay', { state: 'detached', timeout: 15000 });
    result.overlayGone = true;
    await page.waitForFunction((t) => document.body !== null && document.body.textContent.includes(t), 'Исправлено окончательно', { timeout: 15000 });
    result.finalText = await page.textContent('main');
  } catch (e) {
    result.error = String(e);
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(result));
}

main();
