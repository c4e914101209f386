// Runs in the `browser` project (React 19) and in `react18` (React 18.3 through aliases). Without
// this, a broken alias would quietly test React 19 twice.
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { renderToString } from 'react-dom/server';
import { expect, inject, it } from 'vitest';

it('runs the React major that this project is configured for, in every React entry', () => {
  const major = String(inject('reactMajor'));
  expect(version.split('.')[0]).toBe(major);
  expect(domVersion.split('.')[0]).toBe(major);
  // The server renderer is a separate entry with its own copy of the internals; a mismatch throws.
  expect(renderToString(<p>hej</p>)).toBe('<p>hej</p>');
});
