import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import '../views.css';
import { child, school } from '../test-fixtures.ts';
import { downloadWheelPng, downloadWheelSvg } from './download.ts';
import { WheelExportButtons } from './export-buttons.tsx';
import { wheelToSvgString } from './export-svg.ts';
import { SampleWheel } from './test-sample-wheel.tsx';

/** Captures what would be downloaded: the Blob behind the object URL and the anchor's file name. */
function interceptDownloads() {
  const downloads: { filename: string; blob: Blob | undefined }[] = [];
  // Calls through: the PNG path needs a real object URL to load the SVG as an image.
  const create = vi.spyOn(URL, 'createObjectURL');
  const blobFor = (url: string) => {
    const i = create.mock.results.findIndex((r) => r.type === 'return' && r.value === url);
    return i >= 0 ? (create.mock.calls[i]![0] as Blob) : undefined;
  };
  // The click would start a real download; record it instead.
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ filename: this.download, blob: blobFor(this.href) });
  });
  return { downloads, create, click };
}

afterEach(() => {
  vi.restoreAllMocks();
});

async function sample(centre?: string) {
  const ref = createRef<SVGSVGElement>();
  const screen = await render(
    <SampleWheel svgRef={ref} series={[child, school]} {...(centre ? { centre } : {})} />,
  );
  return { screen, svg: ref.current! };
}

describe('wheelToSvgString', () => {
  it('makes a standalone SVG file: root, title, colours inlined, no live-page parts', async () => {
    const { svg } = await sample();
    const text = wheelToSvgString(svg, {
      title: 'Barnets bästa-hjulet – Barnet och Skolan',
      description: 'Två perspektiv',
    });
    expect(text.startsWith('<svg')).toBe(true);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('viewBox')).toBe('-200 -200 400 400');
    expect(root.firstElementChild?.localName).toBe('title');
    expect(root.querySelector(':scope > title')?.textContent).toBe(
      'Barnets bästa-hjulet – Barnet och Skolan',
    );
    expect(root.querySelector(':scope > desc')?.textContent).toBe('Två perspektiv');
    // Live-page parts are gone.
    expect(text).not.toContain('aria-hidden');
    expect(text).not.toContain('focusable');
    expect(text).not.toContain('tabindex');
    expect(text).not.toContain('role="presentation"');
    expect(text).not.toContain('data-bb-export');
    expect(text).not.toContain('bb-sample-wheel__focus');
    expect(root.querySelectorAll('path[stroke-width="3"]')).toHaveLength(0);
    // Colours given as CSS custom properties are resolved to real colours.
    const seriesLine = root.querySelector('g > path[stroke^="var("]');
    expect(seriesLine?.getAttribute('style')).toMatch(/stroke:\s*rgb\(31, 35, 40\)/);
    // A white background so dark viewers show it as on paper.
    expect(root.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
  });

  it('keeps free text with markup as text, in the drawing and in the title', async () => {
    const { svg } = await sample('<script>alert(1)</script>Kim');
    const text = wheelToSvgString(svg, { title: 'Hjul <img src=x onerror=alert(1)>' });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script, img')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('Hjul <img src=x onerror=alert(1)>');
    expect(
      Array.from(doc.querySelectorAll('text')).some(
        (t) => t.textContent === '<script>alert(1)</script>Kim',
      ),
    ).toBe(true);
  });

  it('leaves the live wheel untouched', async () => {
    const { svg } = await sample();
    const before = svg.outerHTML;
    wheelToSvgString(svg, { title: 'x' });
    expect(svg.outerHTML).toBe(before);
  });
});

describe('downloads', () => {
  it('downloadWheelSvg offers an image/svg+xml file through a temporary link', async () => {
    const { svg } = await sample();
    const { downloads } = interceptDownloads();
    const blob = downloadWheelSvg(svg, 'hjulet', { title: 'Barnets bästa-hjulet' });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.filename).toBe('hjulet.svg');
    expect(downloads[0]!.blob).toBe(blob);
    expect(blob.type).toBe('image/svg+xml');
    expect(await blob.text()).toContain('<title>Barnets bästa-hjulet</title>');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('downloadWheelPng draws the SVG on a canvas and offers an image/png file', async () => {
    const { svg } = await sample();
    const { downloads } = interceptDownloads();
    const blob = await downloadWheelPng(svg, 'hjulet.png', {
      title: 'Barnets bästa-hjulet',
      scale: 1.5,
    });
    expect(blob.type).toBe('image/png');
    expect(blob.size).toBeGreaterThan(1000);
    expect(downloads.map((d) => d.filename)).toEqual(['hjulet.png']);
    expect(downloads[0]!.blob).toBe(blob);
    // The PNG has the SVG's size times the scale.
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).toEqual([600, 600]);
  });
});

describe('WheelExportButtons', () => {
  it('downloads SVG and PNG from two named buttons and says when each is ready', async () => {
    const ref = createRef<SVGSVGElement>();
    const onExport = vi.fn();
    const screen = await render(
      <div>
        <SampleWheel svgRef={ref} series={[child]} />
        <WheelExportButtons target={ref} filename="elev-7b" onExport={onExport} />
      </div>,
    );
    const { downloads } = interceptDownloads();
    await expect
      .element(screen.getByRole('group', { name: 'Ladda ner hjulet' }))
      .toBeInTheDocument();
    await expectNoAxeViolations(screen.container);

    await screen.getByRole('button', { name: 'Ladda ner som SVG' }).click();
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent('Bilden elev-7b.svg är klar.');
    await screen.getByRole('button', { name: 'Ladda ner som PNG' }).click();
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent('Bilden elev-7b.png är klar.');
    expect(downloads.map((d) => [d.filename, d.blob?.type])).toEqual([
      ['elev-7b.svg', 'image/svg+xml'],
      ['elev-7b.png', 'image/png'],
    ]);
    expect(onExport.mock.calls.map((c) => c[0])).toEqual(['svg', 'png']);
    // The default title comes from the content pack.
    expect(await downloads[0]!.blob!.text()).toContain('<title>Barnets bästa-hjulet</title>');
    await expectNoAxeViolations(screen.container);
  });

  it('says so, calmly and in English, when there is no wheel to export', async () => {
    const screen = await render(<WheelExportButtons target={() => null} locale="en" />);
    const { downloads } = interceptDownloads();
    await screen.getByRole('button', { name: 'Download as SVG' }).click();
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent('There is no wheel to download yet.');
    expect(downloads).toHaveLength(0);
    await expectNoAxeViolations(screen.container);
  });
});
