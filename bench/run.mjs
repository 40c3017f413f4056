#!/usr/bin/env node
/**
 * `npm run bench`: what care-level-widgets costs site owners and their visitors, beside a plain-HTML baseline.
 * measure.mjs measures and this writes bench/results.json; budgets.mjs judges results against bench/budget.json;
 * report.mjs prints them.
 *
 *   npm run bench                      build, measure (20 runs), print tables, write bench/results.json (about 14
 *                                      minutes on two cores: for releases)
 *   npm run bench -- --quick           the sizes, the render ratios (3 runs) and one traced load per page at 4x CPU,
 *                                      in under two minutes: for day-to-day work; the other budgets show as not measured
 *   npm run bench -- --check           the same, then exit 1 if a measured budget in bench/budget.json is exceeded
 *   npm run bench -- --check --results bench/results.json
 *                                      judge and print a results file alone, measuring nothing
 *   npm run bench -- --runs 40         more runs per measurement (at least 20 for numbers you publish)
 *   npm run bench -- --no-build        measure the dist/ that is there
 *   npm run bench -- --no-firefox      Chromium only
 *   npm run bench -- --markdown        print the tables as markdown (for the README)
 *   npm run bench -- --no-lighthouse   leave Lighthouse out
 *   npm run bench -- --serve           serve the bench pages and wait, to open them in a browser
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkBudgets } from './budgets.mjs';
import { measure, publishableRuns } from './measure.mjs';
import { printReport } from './report.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const log = (message) => process.stderr.write(`${message}\n`);

function readOptions() {
  try {
    return parseArgs({
      options: {
        check: { type: 'boolean', default: false },
        results: { type: 'string' },
        runs: { type: 'string' },
        quick: { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
        'no-firefox': { type: 'boolean', default: false },
        'no-lighthouse': { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        serve: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(
      `${error.message}\nOptions: --check, --results FILE, --runs N, --quick, --no-build, --no-firefox, --no-lighthouse, --markdown, --serve.`,
    );
    process.exit(2);
  }
}
const options = readOptions();

const budget = JSON.parse(readFileSync(join(benchDir, 'budget.json'), 'utf8'));
const results = options.results ? JSON.parse(readFileSync(options.results, 'utf8')) : await measure(options);
const checks = checkBudgets(results, budget);
if (!options.results) {
  results.budget = checks.map(({ shown, ...check }) => check);
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
printReport(results, checks, { markdown: options.markdown, publishableRuns });
console.log(options.results ? `\nJudged ${options.results}.` : `\nWrote bench/results.json. Total time ${results.totalSeconds} s.`);

if (options.check) {
  const failed = checks.filter((check) => check.measured && !check.ok);
  if (results.runs < publishableRuns) log(`Note: --check with ${results.runs} runs; budgets are meant for ${publishableRuns} or more.`);
  const unmeasured = checks.filter((check) => !check.measured).map((check) => check.name);
  if (unmeasured.length > 0) log(`Not measured in this run, so not checked: ${unmeasured.join(', ')}.`);
  for (const check of failed) {
    log(
      check.problem
        ? `Budget ${check.name} could not be checked: ${check.problem}.`
        : `Budget ${check.atLeast ? 'missed' : 'exceeded'}: ${check.what} is ${Number.isFinite(check.actual) ? check.shown(check.actual) : 'not measurable'}, ${check.atLeast ? 'under' : 'over'} the ${check.shown(check.limit)} set as "${check.name}" in bench/budget.json.`,
    );
  }
  if (failed.length > 0) process.exit(1);
  log(unmeasured.length > 0 ? 'Every budget measured in this run holds.' : 'Every budget in bench/budget.json holds.');
}
