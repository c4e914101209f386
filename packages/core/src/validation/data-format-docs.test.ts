import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkLegalElements } from '../sip/sip-plan.ts';
import type { SipPlan } from '../sip/types.ts';
import { importDocument } from '../sip/import-document.ts';
import { parseDocument } from '../sip/parse-sip-plan.ts';
import { exportDocument, importAssessment } from '../versioning/json.ts';
import { parsePack } from '../content/parse-pack.ts';
import { parseAssessment } from './parse.ts';

// docs/data-format.md promises that its examples are real: every ```json block parses without
// issues, and each ```json invalid block gives exactly the issues of the ```json issues block after it.
const doc = readFileSync(
  fileURLToPath(new URL('../../../../docs/data-format.md', import.meta.url)),
  'utf8',
);
const blocks = [...doc.matchAll(/^```(json(?: \w+)?)\n([\s\S]*?)^```$/gm)].map((m) => ({
  kind: m[1]!,
  text: m[2]!,
}));

describe('docs/data-format.md', () => {
  test('has the examples this test checks', () => {
    expect(blocks.filter((b) => b.kind === 'json')).toHaveLength(3);
    expect(blocks.filter((b) => b.kind === 'json invalid')).toHaveLength(1);
  });

  test.each(blocks.filter((b) => b.kind === 'json').map((b, i) => [i, b.text] as const))(
    'example %i is valid',
    (_, text) => {
      const data = JSON.parse(text) as { type?: string };
      const result = data.type ? parseDocument(data) : parsePack(data);
      expect(result.ok ? [] : result.issues).toEqual([]);
      if (data.type) expect(importDocument(text).ok).toBe(true);
      if (data.type === 'bb.assessment') expect(importAssessment(text)).toEqual(result);
      if (data.type === 'bb.sip-plan') {
        // The example plan is a complete one: it meets all four legal elements.
        expect(checkLegalElements(data as SipPlan)).toEqual([]);
        expect(importDocument(exportDocument(data as SipPlan))).toEqual(result);
      }
    },
  );

  test('the error example gives exactly the issues shown', () => {
    blocks.forEach((block, i) => {
      if (block.kind !== 'json invalid') return;
      const next = blocks[i + 1];
      expect(next?.kind).toBe('json issues');
      const result = parseAssessment(JSON.parse(block.text));
      expect(result.ok ? [] : result.issues).toEqual(JSON.parse(next!.text));
      expect(importDocument(block.text)).toEqual(result);
      expect(importAssessment(block.text)).toEqual(result);
    });
  });

  test('the invalid-JSON message quoted in the text is what importDocument says', () => {
    const result = importDocument('{\n  "type": "bb.assessment",\n  "id": \n}');
    expect(result.ok ? '' : result.issues[0]!.message.sv).toBe(
      '(dokumentet): är inte giltig JSON (rad 4, kolumn 1)',
    );
    expect(doc).toContain('`(dokumentet): är inte giltig JSON (rad 4, kolumn 1)`');
  });
});
