#!/usr/bin/env node
/**
 * Keeps docs/accessibility.md, the conformance report, in step with the package: writes its "Version" line from
 * package.json. `--check` exits 1 when the line is out of date (test/node/accessibility-report.test.mjs runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const reportPath = fileURLToPath(new URL('../docs/accessibility.md', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const versionLine = /^- \*\*Version\*\*: .*$/m;

/** The report with its Version line naming `version`. */
export function withVersion(report, version) {
  if (!versionLine.test(report)) throw new Error('docs/accessibility.md has no "- **Version**:" line');
  return report.replace(versionLine, `- **Version**: ${version} (written from \`package.json\` by \`node scripts/accessibility-report.mjs\`)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(reportPath, 'utf8');
  const updated = withVersion(current, version);
  if (process.argv.includes('--check')) {
    if (current !== updated) {
      console.error('docs/accessibility.md names another version: run node scripts/accessibility-report.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(reportPath, updated);
    console.log(`wrote the version ${version} into ${reportPath}`);
  }
}
