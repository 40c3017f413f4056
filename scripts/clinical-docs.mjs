#!/usr/bin/env node
/**
 * Writes docs/clinical-rules.md, the page for clinicians, from the data itself so it cannot drift from the code:
 * every question with its options, ratings and branches; the topics in both editions; the signals; the rating
 * rules; the rule table; the first steps; the notes; the sources; and how the clinical vignettes (test/vignettes.mjs)
 * and the whole answer space spread over the levels and first steps. Every "when" is written out from the condition
 * the engine evaluates (`describeCondition`), so the page describes what runs. Reads the built `dist/data.js`.
 * `--check` exits 1 when the page is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { randomPaths } from '../test/helpers/answer-paths.mjs';

const pagePath = fileURLToPath(new URL('../docs/clinical-rules.md', import.meta.url));

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells) => `| ${cells.map(cell).join(' | ')} |`;
const table = (header, rows) => [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

/** How many random paths the answer-space table walks (seed 20261204, as test/node/answer-space.test.mjs). */
const pathCount = 20000;

/** What changed in this version, and why: kept by hand beside the generated tables. */
const changes = [
  'Withdrawal management, withdrawal risk factors and the withdrawal rating apply only to someone physically dependent now on alcohol (most days or every day and usually 4+ drinks, or symptoms) or on sedatives not taken as prescribed. Before, age 65+, pregnancy, a serious illness or sedatives with alcohol raised withdrawal for anyone who used at all: 77% of people with no or mild symptoms got a withdrawal step. New questions ask how many drinks, how often the risky substance itself is used when several are named, and past seizures or DTs apart from symptoms now.',
  'Benzodiazepines taken as prescribed are never a withdrawal step by themselves; after 65, ask the prescriber about slowly tapering. Sedative withdrawal management is a slow taper with a doctor over weeks or months.',
  'The medication step for opioids is always listed before any withdrawal step; for a pregnant person no withdrawal step concerns the opioids. Under 18 it names buprenorphine and the methadone clinics’ rules for minors.',
  'Opioid pain medicine taken as prescribed is not opioid use disorder: no medication step and no opioid pregnancy note; "keep taking it, tell your prescriber and prenatal care".',
  'Naloxone for street benzos ("pills not from a pharmacy"), everyone on methadone or buprenorphine, and prescribed opioids with sedatives or alcohol; with "after any break a smaller amount can kill" for opioid users. The mixing note covers opioids of any kind, methadone and buprenorphine included (FDA 2017), and never suggests stopping either medicine. An alcohol-only overdose gets the signs of alcohol poisoning, not naloxone.',
  'The routine withdrawal answer no longer names "a racing heart"; the red-flag answer names a racing or pounding heartbeat that does not slow down with rest.',
  'An overdose in the past 3 months is asked about: on purpose, or not sure, follows the red-flag path with 911.',
  'An unsafe home puts safety first (the domestic-violence hotline, or Childhelp under 18) and the level follows the other topics; no steady home alone is IOP with recovery housing. Residential care through the home needs withdrawal, mental health or relapse at 2+. Mental health alone never reaches residential care through the home or relapse.',
  'Not eating or fainting is a first step, a medical check today, that no other health answer can hide. For mental health alone, a health problem is a first step with the person’s own doctor, not PHP.',
  '"Several moderate risks" no longer counts withdrawal, readiness or the unsafe-home answer, and cites no source: it is the project’s own rule.',
  'Results are ordered by urgency: crisis line, first steps (safety, medical check, own doctor, medication, withdrawal management), then notes (overdose and mixing first). Everything shown about someone else says "they". The printed and copied summary leave out an unsafe-home answer and what it caused.',
  'Every condition (branches, signals, ratings, rules, first steps, notes) is data read by one interpreter, and this page writes each one out from that data.',
];

/** The page's Markdown, from the `/data` module and the vignettes. */
export function clinicalRulesMarkdown(data, vignettes) {
  const { questions, topics, recommendationRules, firstSteps, notes, signals, ratingRules, sources, levels, recommend } = data;
  const { describeCondition } = data;
  const levelName = (id) => levels[id].longName.en;
  const branch = (question) => (question.askedWhen ? describeCondition(question.askedWhen) : 'always');

  const lines = [
    '# How the questionnaire suggests a level: for clinicians',
    '',
    'Generated by `node scripts/clinical-docs.mjs` from `src/data/` (the questions, rules and notes the code runs) and',
    '`test/vignettes.mjs`; a test fails when this page is out of date. The questionnaire is informed by the six',
    'dimensions used in the ASAM Criteria; it is not ASAM placement, never a diagnosis, and a licensed professional’s',
    'full assessment decides. Every fact cites its primary source, listed at the end of this page.',
    '',
    '## How a suggestion is made',
    '',
    '1. Any red-flag answer stops the questions and shows crisis help (988; 911 beside it when the answer names danger now). No level is suggested.',
    '2. Each topic gets the highest rating (0–4) among its answers on the person’s path. The signals below are then read from the answers, and the rating rules raise ratings: the withdrawal rating counts only for someone physically dependent now.',
    '3. The level is the **least intensive level that is safe**: the most intensive level over every rule that holds, starting from outpatient. Nothing is averaged. Raising a rating never lowers the level, with one deliberate exception: an unsafe home (environment 4) puts safety first and lets the other topics set the level.',
    '4. Withdrawal sets no level: it sets a first step beside the level ("Start with …, then: <level>"). First steps are listed by urgency, then the notes by urgency.',
    '5. “Several moderate risks” is the project’s own rule, not an ASAM rule, and cites no source; the vignettes accept IOP wherever it applies.',
    '',
    '## Topics and their numbers in both editions',
    '',
    table(
      ['Topic id', '3rd edition (2013)', '4th edition (2023)'],
      topics.map((topic) => [
        topic.id,
        `D${topic.dimension} ${topic.thirdEditionName.en}`,
        `D${topic.fourthEditionDimension} ${topic.fourthEditionName.en}`,
      ]),
    ),
    '',
    '## Questions, options, ratings and branches',
    '',
  ];
  questions.forEach((question, index) => {
    lines.push(
      `### ${index + 1}. ${question.prompt.self.en}`,
      '',
      `Id \`${question.id}\`; topic: ${question.topic ?? 'none (who, what for, age)'}; asked: ${branch(question)}` +
        `${question.multiple ? '; several answers allowed' : ''}. Sources: ${question.sources.join(', ') || '—'}.`,
      '',
      table(
        ['Value', 'Answer', 'Rating (before the rating rules)', 'Red flag'],
        question.options.map((option) => [
          `\`${option.value}\``,
          option.label.self.en,
          option.severity ?? 0,
          option.crisis ? `${option.crisis}${option.emergency ? ', 911' : ''}` : '',
        ]),
      ),
      '',
    );
    if (question.branchRationale) lines.push(`Why only then: ${question.branchRationale}`, '');
  });

  lines.push(
    '## Signals',
    '',
    'What the answers tell beyond the ratings, evaluated in this order (a signal may read those above it). Rules, first steps and notes read signals, never answers.',
    '',
    table(
      ['Signal', 'Means', 'When', 'Sources'],
      signals.map((signal) => [`\`${signal.id}\``, signal.description, describeCondition(signal.when), signal.sources.join(', ')]),
    ),
    '',
    '## Rating rules: withdrawal, and relapse after an overdose',
    '',
    table(
      ['Rule', 'Topic', 'Rating at least', 'Means', 'When', 'Sources'],
      ratingRules.map((rule) => [
        `\`${rule.id}\``,
        rule.topic,
        rule.rating,
        rule.description,
        describeCondition(rule.when),
        rule.sources.join(', '),
      ]),
    ),
    '',
    '## Rule table',
    '',
    table(
      ['Rule', 'When', 'For', 'At least', 'Rationale', 'Sources'],
      recommendationRules.map((rule) => [
        `\`${rule.id}\``,
        describeCondition(rule.when),
        rule.scope,
        levelName(rule.level),
        rule.rationale,
        rule.sources.join(', ') || 'none: the project’s own rule',
      ]),
    ),
    '',
    '## First steps beside the level, in the order shown',
    '',
    table(
      ['First step', 'Says', 'When', 'Why', 'Sources'],
      Object.values(firstSteps).map((step) => [
        `\`${step.id}\``,
        step.text.self.en,
        describeCondition(step.when),
        step.rationale,
        step.sources.join(', '),
      ]),
    ),
    '',
    '## Notes, in the order shown',
    '',
    table(
      ['Note', 'Says', 'Shown when', 'Evidence', 'Sources'],
      Object.values(notes).map((note) => [
        `\`${note.id}\``,
        note.text.self.en,
        describeCondition(note.when),
        note.evidence,
        note.sources.join(', ') || '—',
      ]),
    ),
    '',
  );

  const results = vignettes.map((vignette) => ({ vignette, result: recommend(vignette.answers) }));
  const crisisShare = randomPaths(pathCount).filter(({ recommendation }) => recommendation.crisis).length / pathCount;
  const pathResults = randomPaths(pathCount, 20261204, { redFlags: false }).map(({ recommendation }) => recommendation);
  const placed = results.filter(({ result }) => !result.crisis).map(({ result }) => result);
  lines.push(
    '## How the results spread over the levels and first steps',
    '',
    `Vignettes: the ${placed.length} of ${vignettes.length} realistic profiles (test/vignettes.mjs) that are not red ` +
      `flags. Paths: ${pathCount.toLocaleString('en-US')} paths through the questions with no red-flag answer, each ` +
      'other answer equally likely, walked as the questionnaire walks them (seed 20261204). With red-flag answers as ' +
      `likely as any other, ${(crisisShare * 100).toFixed(1)}% of paths stop at crisis help. The paths show the reach ` +
      'of every rule, not how often real people answer each way.',
    '',
    spreadTable(placed, pathResults, levelName, Object.keys(firstSteps)),
    '',
  );
  lines.push(
    '## Vignettes',
    '',
    table(
      ['Vignette', 'Profile', 'Suggested', 'Accepted', 'First steps', 'Notes'],
      results.map(({ vignette, result }) => [
        `\`${vignette.id}\`${vignette.judgmentCall ? ' (judgment call)' : ''}`,
        vignette.profile,
        result.crisis ? `crisis${result.emergency ? ', 911' : ''}` : levelName(result.level),
        vignette.crisis ? '—' : vignette.accepted.map(levelName).join(', '),
        result.firstSteps.map((step) => step.id).join(', ') || '—',
        result.notes.map((note) => note.id).join(', ') || '—',
      ]),
    ),
    '',
    '## Sources',
    '',
    ...Object.values(sources).map((source) => `- \`${source.id}\`: ${source.title}. ${source.publisher}, ${source.year}. <${source.url}>`),
    '',
  );
  lines.push('## What changed in this version, and why', '', ...changes.map((change) => `- ${change}`), '');
  return lines.join('\n');
}

/** Levels, crisis and each first step as a share of the vignettes and of the paths. */
function spreadTable(vignetteResults, pathResults, levelName, firstStepIds) {
  const share = (results, holds) => `${((results.filter(holds).length / results.length) * 100).toFixed(1)}%`;
  const rows = [
    ...['outpatient', 'iop', 'php', 'inpatient'].map((id) => [levelName(id), (result) => result.level === id]),
    ...firstStepIds.map((id) => [`First step \`${id}\``, (result) => result.firstSteps.some((step) => step.id === id)]),
  ];
  return table(
    ['Result', 'Vignettes', 'Paths'],
    rows.map(([label, holds]) => [label, share(vignetteResults, holds), share(pathResults, holds)]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = await import('../dist/data.js');
  const { vignettes } = await import('../test/vignettes.mjs');
  const markdown = clinicalRulesMarkdown(data, vignettes);
  if (process.argv.includes('--check')) {
    const current = readFileSync(pagePath, 'utf8');
    if (current !== markdown) {
      console.error('docs/clinical-rules.md is out of date: run node scripts/clinical-docs.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(pagePath, markdown);
    console.log(`wrote ${pagePath}`);
  }
}
