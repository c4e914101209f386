import {
  formatMessage,
  type IssueCode,
  type IssuePath,
  type ParseResult,
  type ValidationIssue,
} from '@barnets-basta/core';
import { catalogues } from '../i18n/catalogues.ts';

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

function pathText(path: IssuePath): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : p))
      .join('.')
      .replace(/\.\[/g, '[') || '(utkast)'
  );
}

/**
 * A tiny checker for the demo's own draft wrappers (core checks the documents inside them).
 * Each reader returns a usable value even when the input is wrong, and records an issue, so one
 * pass finds every problem.
 */
export interface Check {
  issues: ValidationIssue[];
  issue(path: IssuePath, code: IssueCode): void;
  object(path: IssuePath): Obj | undefined;
  array(path: IssuePath, min: number, max: number): unknown[] | undefined;
  /** A string; `max` only for values the app itself sets (ids, dates), never for free text. */
  string(obj: Obj | undefined, key: string, path: IssuePath, max?: number): string;
  boolean(obj: Obj | undefined, key: string, path: IssuePath): boolean;
  integer(obj: Obj | undefined, key: string, path: IssuePath, min: number, max: number): number;
  literal(obj: Obj | undefined, key: string, expected: string | number): void;
  oneOf<T extends string>(
    obj: Obj | undefined,
    key: string,
    path: IssuePath,
    allowed: readonly T[],
  ): T;
  listOf<T extends string>(
    obj: Obj | undefined,
    key: string,
    path: IssuePath,
    allowed: readonly T[],
  ): T[];
  result<T>(value: T | undefined): ParseResult<T>;
}

export function check(data: unknown): Check {
  const issues: ValidationIssue[] = [];
  const issue = (path: IssuePath, code: IssueCode) => {
    const key =
      code === 'protected-identity'
        ? 'protectedName'
        : code === 'unsupported-version'
          ? 'newer'
          : 'invalid';
    const text = (lang: 'sv' | 'en') =>
      formatMessage(catalogues[lang].draft[key], { path: pathText(path) });
    issues.push({ path, code, message: { sv: text('sv'), en: text('en') } });
  };
  const at = (path: IssuePath): unknown => {
    let node: unknown = data;
    for (const key of path)
      node = isObj(node) || Array.isArray(node) ? (node as Obj)[key as string] : undefined;
    return node;
  };
  return {
    issues,
    issue,
    object(path) {
      const node = at(path);
      if (isObj(node)) return node;
      issue(path, 'type');
      return undefined;
    },
    array(path, min, max) {
      const node = at(path);
      if (!Array.isArray(node)) {
        issue(path, 'type');
        return undefined;
      }
      if (node.length < min) issue(path, 'too-few');
      if (node.length > max) issue(path, 'too-many');
      return node;
    },
    // Free text has no length limit here: a draft must never be refused for something the form let
    // the user type. The form reports an over-long field on its own, and the text is kept.
    string(obj, key, path, max = Infinity) {
      const value = obj?.[key];
      if (typeof value === 'string' && value.length <= max) return value;
      if (obj) issue(path, typeof value === 'string' ? 'range' : 'type');
      return '';
    },
    boolean(obj, key, path) {
      const value = obj?.[key];
      if (typeof value === 'boolean') return value;
      if (obj) issue(path, 'type');
      return false;
    },
    integer(obj, key, path, min, max) {
      const value = obj?.[key];
      if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)
        return value;
      if (obj) issue(path, 'range');
      return min;
    },
    literal(obj, key, expected) {
      const value = obj?.[key];
      // A higher version number is a draft saved by a newer version of the e-service: say so.
      if (typeof expected === 'number' && typeof value === 'number' && value > expected)
        issue([key], 'unsupported-version');
      else if (obj && value !== expected) issue([key], 'enum');
    },
    oneOf(obj, key, path, allowed) {
      const value = obj?.[key];
      if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
        return value as (typeof allowed)[number];
      if (obj) issue(path, 'enum');
      return allowed[0]!;
    },
    listOf(obj, key, path, allowed) {
      const value = obj?.[key];
      if (!Array.isArray(value)) {
        if (obj) issue(path, 'type');
        return [];
      }
      const out: (typeof allowed)[number][] = [];
      value.forEach((item, i) => {
        if (typeof item === 'string' && (allowed as readonly string[]).includes(item)) {
          if (!out.includes(item as (typeof allowed)[number]))
            out.push(item as (typeof allowed)[number]);
        } else issue([...path, i], 'enum');
      });
      return out;
    },
    result<T>(value: T | undefined): ParseResult<T> {
      if (issues.length > 0 || value === undefined) {
        if (issues.length === 0) issue([], 'type');
        return { ok: false, issues };
      }
      return { ok: true, value };
    },
  };
}
