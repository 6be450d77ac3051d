#!/usr/bin/env node
// The browser suite in one process: one Chromium and one loopback server for
// a built site, the parts run side by side, their reports in one JSON
// object on stdout (read by tests/browser_test.cc).
//
//   node suite.js --site DIR [--artifacts DIR] [-- PART ARGS...]...
//
// Parts, each with the arguments of its own script:
//   check ARGS       check.js (axe, reflow, requests, weight, low vision)
//   layout ARGS      layout.js (layout at 360, 768, 1280, 1920 px)
//   practices ARGS   practices.js (search and facets; the site from --site)
//   roadmap ARGS     roadmap.js (the state filter; the site from --site)
// Exits 2 when a part could not run; the parts' own failures are in the report.
'use strict';

const path = require('path');
const { launch, serve } = require('./lib');
const check = require('./check');
const { runLayout } = require('./layout');
const { runPractices, parseArgs: practicesArgs } = require('./practices');
const { runRoadmap } = require('./roadmap');

function parse(argv) {
  const o = { parts: [] };
  let part = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') { part = { name: argv[++i], args: [] }; o.parts.push(part); }
    else if (part) part.args.push(argv[i]);
    else if (argv[i] === '--site') o.site = path.resolve(argv[++i]);
    else if (argv[i] === '--artifacts') o.artifacts = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!o.site) throw new Error('--site is required');
  return o;
}

async function runPart(part, o, browser, srv) {
  const site = ['--site', o.site, ...(o.artifacts ? ['--artifacts', path.join(o.artifacts, part.name)] : [])];
  if (part.name === 'check') {
    const c = check.parseArgs([...site, ...part.args]);
    return check.runChecks(c, browser, srv, check.checkedPages(c, srv));
  }
  if (part.name === 'layout') {
    const c = check.parseArgs(['--site', o.site, '--checks', 'axe', ...part.args]);
    return runLayout(browser, srv, check.checkedPages(c, srv), { jobs: 2 });
  }
  if (part.name === 'practices') return runPractices(browser, o.site, practicesArgs(part.args));
  if (part.name === 'roadmap') return runRoadmap(browser, o.site, part.args);
  throw new Error(`unknown part ${part.name}`);
}

async function main() {
  const o = parse(process.argv.slice(2));
  const started = Date.now();
  const srv = await serve(o.site);
  const browser = await launch();
  const report = { timings: {} };
  try {
    // A part that breaks is reported as such; the others still finish.
    await Promise.all(o.parts.map(async (part) => {
      const t0 = Date.now();
      try {
        report[part.name] = await runPart(part, o, browser, srv);
      } catch (e) {
        report[part.name] = { error: String(e.stack || e) };
        process.stderr.write(`suite.js: ${part.name}: ${e.stack || e}\n`);
        report.broken = true;
      }
      report.timings[part.name] = Date.now() - t0;
    }));
  } finally {
    await browser.close();
    srv.server.close();
  }
  report.timings.total = Date.now() - started;
  process.stdout.write(JSON.stringify(report) + '\n');
  if (report.broken) process.exitCode = 2;
}

main().catch((e) => {
  process.stderr.write(`suite.js: ${e.stack || e}\n`);
  process.exit(2);
});
