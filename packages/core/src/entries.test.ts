/**
 * The public entries and what each one loads. The default entry has a size budget (12 kB min+gz
 * with the default pack in sv and en), so pack authoring (the pack schema, overrides, contrast),
 * the SIP plan's schema, comparison and geometry live in their own entries; this test fails when a change pulls one of them back into the default graph
 * (a type-only import is fine: types are erased and cost nothing).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformWithOxc } from 'vite';
import { describe, expect, test } from 'vitest';
import * as compare from './compare/index.ts';
import * as form from './form/index.ts';
import * as content from './content/index.ts';
import * as csv from './csv/index.ts';
import * as fhir from './fhir/index.ts';
import * as followUp from './follow-up/index.ts';
import * as privacy from './privacy/index.ts';
import * as svg from './svg/index.ts';
import * as geometry from './geometry/index.ts';
import * as core from './index.ts';
import * as sip from './sip/index.ts';
import * as language from './language/index.ts';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Value imports and re-exports of a module, after its types are erased as a bundler would. */
async function importsOf(file: string): Promise<string[]> {
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
  // Comments go first: JSDoc examples show imports that are not made.
  const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = bare.matchAll(/\b(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?['"]([^'"]+)['"]/g);
  return [...found].map((m) => m[1]!);
}

/** Every module `entry` loads (paths relative to src/), and the packages it imports. */
async function graph(entry: string): Promise<{ files: string[]; packages: string[] }> {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = async (file: string) => {
    const name = relative(SRC, file);
    if (files.has(name)) return;
    files.add(name);
    for (const spec of await importsOf(file)) {
      if (spec.startsWith('.')) await visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  await visit(resolve(SRC, entry));
  return { files: [...files].sort(), packages: [...packages].sort() };
}

describe('the default entry', () => {
  test('loads neither pack authoring, nor the SIP plan code, nor comparison, nor geometry, nor other packs', async () => {
    const { files, packages } = await graph('index.ts');
    // The SIP plan's `type` constant is the one value the default entry takes from sip/.
    expect(files.filter((f) => f.startsWith('sip/'))).toEqual(['sip/types.ts']);
    expect(
      files.filter((f) => /^(compare|geometry|csv|fhir|svg|follow-up|form|privacy)\//.test(f)),
    ).toEqual([]);
    expect(files.filter((f) => f.startsWith('content/packs/'))).toEqual([
      'content/packs/barnets-basta.ts',
    ]);
    // Pack authoring: the default pack is shipped valid, so the default entry needs no pack schema.
    expect(
      files.filter((f) =>
        [
          'content/index.ts',
          'content/merge.ts',
          'content/parse-pack.ts',
          'content/contrast.ts',
        ].includes(f),
      ),
    ).toEqual([]);
    expect(packages).toEqual(['valibot']);
  });

  test('exports these values', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'ASSESSMENT_TYPE',
        'AUDIENCES',
        'CURRENT_SCHEMA_VERSION',
        'SCALES',
        'SIP_PLAN_TYPE',
        'UI_LOCALES',
        'answerLabel',
        'areaTexts',
        'createAssessment',
        'decodeAnswer',
        'defaultPack',
        'encodeAnswer',
        'exportDocument',
        'formatIssue',
        'formatIssues',
        'formatMessage',
        'getScale',
        'importAssessment',
        'isAnswered',
        'looksLikePersonalIdentityNumber',
        'mergeMessages',
        'migrate',
        'newId',
        'normaliseForIdentityCheck',
        'packTexts',
        'parseAssessment',
        'pickLanguage',
        'setAnswer',
        'setAreaAssessment',
        'statementFor',
      ].sort(),
    );
  });
});

describe('the other entries', () => {
  test('@barnets-basta/core/sip: plans, and reading any document', async () => {
    expect(Object.keys(sip).sort()).toEqual(
      [
        'DEFAULT_LEGAL_REFERENCE',
        'LEGAL_REFERENCE_SOL_2001',
        'SIP_PLAN_SCHEMA_VERSION',
        'SIP_PLAN_TYPE',
        'actionReport',
        'checkLegalElements',
        'createSipPlan',
        'currentFollowUp',
        'finishFollowUp',
        'goalReport',
        'hasProtectedIdentity',
        'isActionOpen',
        'latestActionReports',
        'planChanges',
        'planSnapshot',
        'sipFidelityFacts',
        'startFollowUp',
        'withProtectedIdentity',
        'importDocument',
        'parseDocument',
        'parseSipPlan',
      ].sort(),
    );
    // The walk above can see a module: the SIP entry's graph does hold the plan's schema.
    const { files } = await graph('sip/index.ts');
    expect(files).toContain('sip/parse-sip-plan.ts');
    expect(files).toContain('validation/parse.ts');
  });

  test('@barnets-basta/core/content: authoring packs', async () => {
    expect(Object.keys(content).sort()).toEqual([
      'contrastRatio',
      'parsePack',
      'relativeLuminance',
      'resolvePack',
    ]);
    const { files } = await graph('content/index.ts');
    expect(files).toContain('content/parse-pack.ts');
    expect(files.filter((f) => f.startsWith('sip/') && f !== 'sip/types.ts')).toEqual([]);
  });

  test('@barnets-basta/core/form: the form contract, without validation', async () => {
    expect(Object.keys(form).sort()).toEqual([
      'areaFormFields',
      'wheelFieldName',
      'wheelFormFields',
    ]);
    const { files } = await graph('form/index.ts');
    expect(files.filter((f) => f.startsWith('validation/'))).toEqual([]);
  });

  test('@barnets-basta/core/privacy: who may see what, without validation', async () => {
    expect(Object.keys(privacy).sort()).toEqual([
      'SCRUB_WORDS_SV',
      'VIEWERS',
      'asSeenBy',
      'childIdentity',
      'identityScrubber',
      'maySee',
      'redactAssessment',
      'scrubChildIdentity',
    ]);
    const { files } = await graph('privacy/index.ts');
    expect(files.filter((f) => f.startsWith('validation/'))).toEqual([]);
  });

  test('@barnets-basta/core/compare and /geometry', async () => {
    expect(Object.keys(compare).sort()).toEqual([
      'aggregate',
      'compareAssessments',
      'compareReadings',
      'largestGaps',
    ]);
    expect(Object.keys(geometry)).toEqual(['wheelGeometry']);
    // Neither needs validation: a host that only draws or compares does not load it.
    for (const entry of ['compare/index.ts', 'geometry/index.ts']) {
      const { files } = await graph(entry);
      expect(files.filter((f) => f.startsWith('validation/'))).toEqual([]);
    }
  });

  test('@barnets-basta/core/csv: tables for spreadsheets', async () => {
    expect(Object.keys(csv).sort()).toEqual([
      'assessmentRows',
      'assessmentsCsv',
      'csvMessages',
      'toCsv',
    ]);
    const { packages } = await graph('csv/index.ts');
    expect(packages.filter((p) => p !== 'valibot')).toEqual([]);
  });

  test('@barnets-basta/core/fhir: FHIR R4 out and back', () => {
    expect(Object.keys(fhir).sort()).toEqual([
      'CARE_PLAN_FIELDS',
      'assessmentToQuestionnaireResponse',
      'carePlanToSipPlan',
      'packToQuestionnaire',
      'questionnaireResponseToAssessment',
      'questionnaireToPack',
      'sipPlanToCarePlan',
    ]);
  });

  test('@barnets-basta/core/svg: a static wheel without a DOM', () => {
    expect(Object.keys(svg).sort()).toEqual([
      'staticWheelMessages',
      'staticWheelSvg',
      'staticWheelText',
    ]);
  });

  test('package.json exports every entry, source first, then types and code from dist', () => {
    const pkg = JSON.parse(readFileSync(resolve(SRC, '../package.json'), 'utf8')) as {
      exports: Record<string, Record<string, string> | string>;
    };
    for (const [name, dir] of [
      ['.', ''],
      ['./content', 'content/'],
      ['./sip', 'sip/'],
      ['./compare', 'compare/'],
      ['./form', 'form/'],
      ['./follow-up', 'follow-up/'],
      ['./geometry', 'geometry/'],
      ['./csv', 'csv/'],
      ['./fhir', 'fhir/'],
      ['./svg', 'svg/'],
      ['./language', 'language/'],
    ] as const) {
      expect(pkg.exports[name]).toEqual({
        '@barnets-basta/source': `./src/${dir}index.ts`,
        types: `./dist/${dir}index.d.ts`,
        default: `./dist/${dir}index.js`,
      });
    }
  });

  test('@barnets-basta/core/follow-up: statistics, partials and published tables', async () => {
    expect(Object.keys(followUp).sort()).toEqual(
      [
        'FIDELITY_RECORD_TYPE',
        'FOLLOW_UP_PARTIAL_TYPE',
        'FOLLOW_UP_SQL',
        'FOLLOW_UP_TABLES_TYPE',
        'FOLLOW_UP_TABLE_SQL',
        'FOLLOW_UP_VERSION',
        'STATISTICS_RECORD_TYPE',
        'SUPPRESSION_MESSAGES',
        'closeCases',
        'emptyPartial',
        'mergePartials',
        'parseFidelityRecord',
        'parsePartial',
        'parseStatisticsRecord',
        'partialBuilder',
        'partialFromAssessments',
        'publish',
        'sipFidelityFacts',
        'toFidelityRecord',
        'toPartial',
        'toStatisticsRecord',
        'toStatisticsRecords',
      ].sort(),
    );
    // Follow-up reads SIP plans through plain facts (the one rule in sip/fidelity-facts.ts): it
    // never loads the plan's schema or the rest of its code.
    const { files } = await graph('follow-up/index.ts');
    expect(
      files.filter(
        (f) => f.startsWith('sip/') && !['sip/types.ts', 'sip/fidelity-facts.ts'].includes(f),
      ),
    ).toEqual([]);
  });

  test('@barnets-basta/core/language: languages as data; the default entry takes only the registry', async () => {
    expect(Object.keys(language).sort()).toEqual(
      [
        'catalogueText',
        'clearRegisteredLanguages',
        'displayLocale',
        'intlLocale',
        'lix',
        'lixOf',
        'localeInfo',
        'packForLocale',
        'packLanguageFor',
        'parsePackLanguage',
        'parseUiCatalogue',
        'registerPackLanguage',
        'registerUiCatalogue',
        'registeredUiLocales',
        'shippedLocale',
        'textDirection',
        'uiCatalogueFor',
        'uiMessages',
        'withPackLanguage',
      ].sort(),
    );
    // Scale labels read registered catalogues through the registry's hook: no language module
    // (lookup, registration or validation) is in the default entry.
    const { files } = await graph('index.ts');
    expect(files.filter((f) => f.startsWith('language/'))).toEqual([]);
  });
});
