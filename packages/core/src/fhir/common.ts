/**
 * @internal Shared pieces of the FHIR R4 mapping: the URLs of our extensions and code systems,
 * translations of texts, FHIR date-times, and a reader that walks a resource, records a
 * path-specific issue for everything it cannot place (nothing is dropped silently), and never
 * throws.
 */
import { has, isObj } from '../validation/guards.ts';
import { makeIssue, type Message, type MessageParams } from '../validation/messages.ts';
import type { IssuePath, ValidationIssue } from '../validation/types.ts';

/** Where our own extensions and code systems are named. No request is ever made to it. */
export const BASE = 'https://barnets-basta.example.invalid/fhir';
export const EXT = {
  perspective: `${BASE}/StructureDefinition/perspective`,
  scale: `${BASE}/StructureDefinition/scale`,
  visibility: `${BASE}/StructureDefinition/visibility`,
  createdAt: `${BASE}/StructureDefinition/created-at`,
  updatedAt: `${BASE}/StructureDefinition/updated-at`,
  protectedIdentity: `${BASE}/StructureDefinition/protected-identity`,
  color: `${BASE}/StructureDefinition/area-color`,
  icon: `${BASE}/StructureDefinition/area-icon`,
  centre: `${BASE}/StructureDefinition/centre`,
  legalReference: `${BASE}/StructureDefinition/legal-reference`,
  goalTerm: `${BASE}/StructureDefinition/goal-term`,
  area: `${BASE}/StructureDefinition/area`,
  actionId: `${BASE}/StructureDefinition/action-id`,
  principal: `${BASE}/StructureDefinition/principal`,
  followUpBy: `${BASE}/StructureDefinition/follow-up-by`,
  followUpDate: `${BASE}/StructureDefinition/follow-up-date`,
  closingReason: `${BASE}/StructureDefinition/closing-reason`,
} as const;
// HL7's canonical names of standard extensions and code systems: identifiers, never fetched.
export const DATA_ABSENT = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';
export const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
export const CONFIDENTIALITY = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
/** Identifiers of our documents (assessment and plan ids), and of the child's pseudonym. */
export const DOCUMENT_ID = 'urn:barnets-basta:document';
export const CHILD_REFERENCE = 'urn:barnets-basta:child-reference';
export const packUrl = (id: string) => `urn:barnets-basta:pack:${id}`;
export const scaleSystem = (scale: string) => `urn:barnets-basta:scale:${scale}`;

/** A FHIR element: a plain JSON object. */
export type Json = Record<string, unknown>;

export interface Extension {
  url: string;
  [value: string]: unknown;
}

/** Drops `undefined` members so a resource holds no empty elements (FHIR forbids them). */
export function clean<T extends object>(o: T): T {
  const rec = o as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    const v = rec[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete rec[k];
  }
  return o;
}

/** Drops `undefined` members only (an imported empty list stays: it may be required). */
export function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * A FHIR string holds no control characters but tab, CR and LF, and must hold more than white space:
 * control characters (invisible, and meaningless in text) are removed, and a blank text is left out.
 */
export const text = (s: string | undefined): string | undefined => {
  // eslint-disable-next-line no-control-regex
  const t = s?.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
  return t?.trim() ? t : undefined;
};

/**
 * A text in the first language with the others as translation extensions on its primitive
 * (`_name`), the way R4 carries translations.
 */
export function translated(
  name: string,
  byLang: Record<string, string | undefined>,
  languages: readonly string[],
): Json {
  const [first, ...rest] = languages;
  const translations = rest
    .filter((l) => text(byLang[l]))
    .map((l) => ({
      url: TRANSLATION,
      extension: [
        { url: 'lang', valueCode: l },
        { url: 'content', valueString: text(byLang[l]) },
      ],
    }));
  return clean({
    [name]: text(byLang[first!]),
    [`_${name}`]: translations.length ? { extension: translations } : undefined,
  });
}

/** FHIR `dateTime` needs seconds and an offset with a colon; ours may leave both out. */
export function fhirDateTime(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.exec(stamp);
  if (!m) return stamp;
  const zone = m[3] === 'Z' ? 'Z' : m[3]!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return `${m[1]}${m[2] ?? ':00'}${zone}`;
}

const MESSAGES = {
  resource: [
    'type',
    'ska vara en FHIR-resurs av typen {expected}',
    'must be a FHIR resource of type {expected}',
  ],
  unmapped: [
    'unknown-key',
    'har ingen plats i Barnets bästa-formatet och skulle gå förlorad: ta bort det eller spara resursen på annat sätt',
    'has no place in the Barnets bästa format and would be lost: remove it or keep the resource elsewhere',
  ],
  required: ['required', 'saknas', 'is missing'],
  text: ['type', 'ska vara text', 'must be text'],
  object: ['type', 'ska vara ett objekt', 'must be an object'],
  list: ['type', 'ska vara en lista', 'must be a list'],
  bool: ['type', 'ska vara true eller false', 'must be true or false'],
  code: ['enum', 'ska vara ett av: {options}', 'must be one of: {options}'],
  unreadable: ['unreadable', 'kunde inte läsas', 'could not be read'],
} as const satisfies Record<string, Message>;

/**
 * Walks a FHIR resource. Each `obj` call names the members it reads; every other member is an
 * issue (`unmapped`), so an import never loses data without saying so.
 */
export class Reader {
  readonly issues: ValidationIssue[] = [];

  add(path: IssuePath, key: keyof typeof MESSAGES, params?: MessageParams): void {
    this.issues.push(makeIssue(path, MESSAGES[key], params));
  }

  /** An object with only the `known` members (others are reported), or undefined. */
  obj(v: unknown, path: IssuePath, known: readonly string[], required = false): Json | undefined {
    if (v === undefined) {
      if (required) this.add(path, 'required');
      return undefined;
    }
    if (!isObj(v)) {
      this.add(path, 'object');
      return undefined;
    }
    for (const k of Object.keys(v)) if (!known.includes(k)) this.add([...path, k], 'unmapped');
    return v;
  }

  list(v: unknown, path: IssuePath): unknown[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.add(path, 'list');
      return [];
    }
    return v;
  }

  str(v: unknown, path: IssuePath, required = false): string | undefined {
    if (v === undefined) {
      if (required) this.add(path, 'required');
      return undefined;
    }
    if (typeof v !== 'string') {
      this.add(path, 'text');
      return undefined;
    }
    return v;
  }

  bool(v: unknown, path: IssuePath): boolean | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      this.add(path, 'bool');
      return undefined;
    }
    return v;
  }

  code<T extends string>(v: unknown, path: IssuePath, options: readonly T[], required = false) {
    const s = this.str(v, path, required);
    if (s === undefined) return undefined;
    if (!(options as readonly string[]).includes(s)) {
      this.add(path, 'code', { options: options.map((o) => `"${o}"`).join(', ') });
      return undefined;
    }
    return s as T;
  }

  resource(v: unknown, type: string, known: readonly string[]): Json | undefined {
    if (!isObj(v) || v.resourceType !== type) {
      this.add([], 'resource', { expected: type });
      return undefined;
    }
    return this.obj(v, [], ['resourceType', ...known]);
  }

  /**
   * The extensions of an element by URL; each URL read with `ext` is consumed, and `done`
   * reports the ones nobody read.
   */
  extensions(v: unknown, path: IssuePath): Extensions {
    return new Extensions(this, this.list(v, path), path);
  }

  /** The translations of a text (`_name` of an element), by language. */
  translations(v: unknown, path: IssuePath): Record<string, string> {
    const out: Record<string, string> = {};
    const el = this.obj(v, path, ['extension']);
    if (!el) return out;
    this.list(el.extension, [...path, 'extension']).forEach((e, i) => {
      const at = [...path, 'extension', i];
      const t = this.obj(e, at, ['url', 'extension']);
      if (!t) return;
      if (t.url !== TRANSLATION) {
        this.add([...at, 'url'], 'code', { options: `"${TRANSLATION}"` });
        return;
      }
      let lang: string | undefined;
      let content: string | undefined;
      this.list(t.extension, [...at, 'extension']).forEach((p, j) => {
        const pat = [...at, 'extension', j];
        const part = this.obj(p, pat, ['url', 'valueCode', 'valueString']);
        if (part?.url === 'lang') lang = this.str(part.valueCode, [...pat, 'valueCode'], true);
        else if (part?.url === 'content')
          content = this.str(part.valueString, [...pat, 'valueString'], true);
        else if (part) this.add([...pat, 'url'], 'code', { options: '"lang", "content"' });
      });
      if (lang !== undefined && content !== undefined && !has(out, lang)) out[lang] = content;
    });
    return out;
  }
}

/** The extensions of one element, read by URL. */
export class Extensions {
  private readonly used = new Set<number>();
  constructor(
    private readonly r: Reader,
    private readonly all: unknown[],
    private readonly path: IssuePath,
  ) {}

  /** The values (`value[x]` member `key`) of every extension with this URL. */
  values(url: string, key: string): { value: unknown; path: IssuePath }[] {
    const out: { value: unknown; path: IssuePath }[] = [];
    this.all.forEach((e, i) => {
      if (!isObj(e) || e.url !== url) return;
      this.used.add(i);
      const at = [...this.path, i];
      const ext = this.r.obj(e, at, ['url', key, `_${key}`]);
      if (ext) out.push({ value: ext[key], path: [...at, key] });
    });
    return out;
  }

  one(url: string, key: string): { value: unknown; path: IssuePath } | undefined {
    return this.values(url, key)[0];
  }

  /** Reports every extension no `values` call read. */
  done(): void {
    this.all.forEach((e, i) => {
      if (!this.used.has(i)) this.r.add([...this.path, i], 'unmapped');
    });
  }
}

/** Runs an import so that nothing it meets can make it throw. */
export function guard<T>(
  run: () => { ok: true; value: T } | { ok: false; issues: ValidationIssue[] },
): { ok: true; value: T } | { ok: false; issues: ValidationIssue[] } {
  try {
    return run();
  } catch {
    return { ok: false, issues: [makeIssue([], MESSAGES.unreadable)] };
  }
}
