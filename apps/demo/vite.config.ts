import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { plainFormExample } from './plugins/plain-form-example.ts';

/**
 * The Content-Security-Policy the demo is served with. No inline script, no eval, no other
 * origin: a child's answers never leave the page. `style-src 'self'` still allows the style
 * properties React and Motion set through the CSSOM; it forbids `style="..."` in HTML and
 * injected `<style>` elements.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Static hosting cannot always set headers, so the production HTML carries the policy in a
 * `<meta http-equiv>` too. Browsers ignore `frame-ancestors` there (and log a console error for
 * it), so the meta copy leaves it out: clickjacking protection needs the real header.
 * Only for builds: the dev server injects inline scripts and styles for hot reload.
 */
function cspMeta(): Plugin {
  const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'barnets-basta:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, before anything the policy must govern.
      handler: (html) =>
        html.replace(
          /<meta charset="UTF-8" \/>/i,
          (charset) =>
            `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`,
        ),
    },
  };
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react(), cspMeta(), plainFormExample(import.meta.dirname)],
  resolve: {
    // Workspace packages resolve to their TypeScript source: no package build needed first.
    conditions: ['@barnets-basta/source', ...defaultClientConditions],
    // The packages' public `./styles.css` export points at their build output; in the workspace
    // the same import name resolves to the source CSS, so app code reads as a host's would.
    alias: [
      {
        find: /^@barnets-basta\/wheel\/styles\.css$/,
        replacement: source('../../packages/wheel/src/styles.css'),
      },
      {
        find: /^@barnets-basta\/sip\/styles\.css$/,
        replacement: source('../../packages/sip/src/styles.css'),
      },
    ],
  },
  build: {
    target: 'es2022',
    // Small assets would otherwise be inlined as data: URLs; keeping them as files keeps the
    // policy simple to reason about (img-src still allows data: for the wheel's PNG export).
    assetsInlineLimit: 0,
    rolldownOptions: {
      onwarn(warning, warn) {
        // framer-motion ships "use client" directives that a client-only bundle ignores.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  preview: {
    headers: securityHeaders,
  },
  server: {
    // The dev server needs inline scripts for hot reload, so it sends only the non-CSP headers.
    headers: {
      'X-Content-Type-Options': securityHeaders['X-Content-Type-Options'],
      'Referrer-Policy': securityHeaders['Referrer-Policy'],
    },
  },
});
