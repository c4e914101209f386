// XML namespace names: identifiers the SVG format requires, never fetched.
const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * Presentation properties copied from the live, styled SVG into the exported file, so the file
 * looks the same without our stylesheet (CSS custom properties and `currentColor` are resolved
 * to their computed values).
 */
const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** Elements that only make sense in a live page: never part of a picture. */
const INTERACTIVE_SELECTOR = [
  'a',
  'foreignObject',
  'script',
  'style',
  'input',
  'button',
  'select',
  'textarea',
  '[data-bb-export="omit"]',
].join(',');

/** Attributes that belong to the live page (semantics, focus, behaviour, our classes). */
const DROPPED_ATTRIBUTES = new Set([
  'aria-hidden',
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'role',
  'tabindex',
  'focusable',
  'class',
  'data-bb-export',
]);

/**
 * Options for {@link wheelToSvgString}.
 *
 * @example
 * const options: WheelSvgOptions = { title: 'Barnets bästa-hjulet', description: 'Trygg: 4 – Stämmer bra, …' };
 */
export interface WheelSvgOptions {
  /** Text of the file's `<title>` (what an image viewer or screen reader names it). Required. */
  title: string;
  /** Optional longer text for a `<desc>`, e.g. the answers in words. */
  description?: string;
  /**
   * Background painted behind the wheel, so a viewer with a dark theme still shows it as on
   * paper. `null` keeps it transparent. Default `'#ffffff'`.
   */
  background?: string | null;
  /** Copy computed colours and fonts into the file. Default `true`; needs the SVG in the document. */
  inlineStyles?: boolean;
}

function size(svg: SVGSVGElement): { width: number; height: number; viewBox: string } {
  const vb = svg.viewBox?.baseVal;
  const rect = svg.isConnected ? svg.getBoundingClientRect() : { width: 0, height: 0 };
  const attr = (name: string) => Number.parseFloat(svg.getAttribute(name) ?? '');
  let width = vb && vb.width > 0 ? vb.width : attr('width') || rect.width || 300;
  let height = vb && vb.height > 0 ? vb.height : attr('height') || rect.height || 300;
  if (!Number.isFinite(width) || width <= 0) width = 300;
  if (!Number.isFinite(height) || height <= 0) height = 300;
  const viewBox =
    vb && vb.width > 0 ? `${vb.x} ${vb.y} ${vb.width} ${vb.height}` : `0 0 ${width} ${height}`;
  return { width, height, viewBox };
}

/** Copies computed presentation into `target`; returns false when the element is not rendered. */
function inlineComputedStyles(source: Element, target: Element): boolean {
  const view = source.ownerDocument.defaultView;
  if (!view) return true;
  const computed = view.getComputedStyle(source);
  // Not rendered on the page (a focus ring at rest, a collapsed part): not in the picture either.
  if (computed.getPropertyValue('display') === 'none') return false;
  const declarations: string[] = [];
  for (const property of INLINED_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value && value !== 'normal' && value !== 'auto') declarations.push(`${property}:${value}`);
  }
  if (declarations.length) target.setAttribute('style', declarations.join(';'));
  return true;
}

/** Walks the original and the clone in step (before anything is removed from the clone). */
function pairs(source: Element, target: Element, visit: (s: Element, t: Element) => void) {
  visit(source, target);
  const s = source.children;
  const t = target.children;
  for (let i = 0; i < s.length && i < t.length; i++) pairs(s[i]!, t[i]!, visit);
}

/**
 * Serialises a wheel's `<svg>` into a standalone SVG file: colours and fonts inlined from the
 * page's computed styles, live-page bits removed (`aria-hidden`, roles, tab stops, focus rings and
 * anything marked `data-bb-export="omit"`, links, scripts, `foreignObject`, event handler
 * attributes), and a `<title>` (plus optional `<desc>`) added with `role="img"`, so the file
 * names itself. Text is set through the DOM and serialised by `XMLSerializer`, so free text with
 * markup stays text. No network: fonts are the page's own, by name.
 *
 * @example
 * const svgText = wheelToSvgString(svgRef.current!, { title: 'Barnets bästa-hjulet – Barnet' });
 * svgText.startsWith('<svg'); // true
 */
export function wheelToSvgString(svg: SVGSVGElement, options: WheelSvgOptions): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  if (options.inlineStyles !== false && svg.isConnected) {
    const unrendered: Element[] = [];
    pairs(svg, clone, (s, t) => {
      if (!inlineComputedStyles(s, t) && t !== clone) unrendered.push(t);
    });
    for (const el of unrendered) el.remove();
  }

  for (const el of Array.from(clone.querySelectorAll(INTERACTIVE_SELECTOR))) el.remove();
  for (const el of [clone, ...Array.from(clone.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (
        DROPPED_ATTRIBUTES.has(name) ||
        name.startsWith('on') ||
        name.startsWith('data-') ||
        name.startsWith('aria-')
      ) {
        el.removeAttribute(attr.name);
      }
    }
    // Only our own geometry is wanted; a reference out of the file would be a network request.
    for (const href of ['href', 'xlink:href']) {
      const value = el.getAttribute(href);
      if (value !== null && !value.startsWith('#')) el.removeAttribute(href);
    }
  }

  const { width, height, viewBox } = size(svg);
  // The serializer writes the SVG namespace itself; xlink is declared for older viewers' `xlink:href`.
  clone.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  clone.setAttribute('viewBox', viewBox);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('role', 'img');

  const doc = clone.ownerDocument;
  for (const el of Array.from(clone.children)) {
    if (el.localName === 'title' || el.localName === 'desc') el.remove();
  }
  const first = clone.firstChild;
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  clone.insertBefore(title, first);
  if (options.description) {
    const desc = doc.createElementNS(SVG_NS, 'desc');
    desc.textContent = options.description;
    clone.insertBefore(desc, first);
  }
  const background = options.background === undefined ? '#ffffff' : options.background;
  if (background) {
    const [x, y, w, h] = viewBox.split(' ');
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', x ?? '0');
    rect.setAttribute('y', y ?? '0');
    rect.setAttribute('width', w ?? String(width));
    rect.setAttribute('height', h ?? String(height));
    rect.setAttribute('fill', background);
    clone.insertBefore(rect, first);
  }
  return new XMLSerializer().serializeToString(clone);
}
