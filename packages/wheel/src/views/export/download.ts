import { offerDownload as offer } from '../../internal/offer-download.ts';
import { wheelToSvgString, type WheelSvgOptions } from './export-svg.ts';

/**
 * Options for the downloads: the SVG options plus, for PNG, the pixel scale.
 *
 * @example
 * const options: WheelDownloadOptions = { title: 'Barnets bästa-hjulet', scale: 3, background: null };
 */
export interface WheelDownloadOptions extends Partial<WheelSvgOptions> {
  /** Pixels per SVG user unit for PNG. Default 2 (sharp on high-density screens and in print). */
  scale?: number;
}

function withExtension(filename: string, extension: 'svg' | 'png'): string {
  const base = (filename || 'hjulet').trim().replace(/[\\/:*?"<>|]+/g, '-') || 'hjulet';
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

function titleOf(svg: SVGSVGElement, options: WheelDownloadOptions): string {
  return options.title ?? svg.querySelector(':scope > title')?.textContent ?? '';
}

/**
 * Builds the SVG file as a Blob (`image/svg+xml`) without downloading it.
 *
 * @example
 * const blob = wheelToSvgBlob(svg, { title: 'Barnets bästa-hjulet' });
 */
export function wheelToSvgBlob(svg: SVGSVGElement, options: WheelDownloadOptions = {}): Blob {
  const text = wheelToSvgString(svg, { ...options, title: titleOf(svg, options) });
  return new Blob([text], { type: 'image/svg+xml' });
}

/**
 * Draws the wheel on a canvas and encodes it as PNG. The SVG is loaded as an image from an object
 * URL (no network); rejects when the browser cannot draw or encode it.
 *
 * @example
 * const png = await wheelToPngBlob(svg, { title: 'Barnets bästa-hjulet', scale: 3 });
 * png.type; // "image/png"
 */
export async function wheelToPngBlob(
  svg: SVGSVGElement,
  options: WheelDownloadOptions = {},
): Promise<Blob> {
  const scale =
    options.scale !== undefined && Number.isFinite(options.scale) && options.scale > 0
      ? options.scale
      : 2;
  const text = wheelToSvgString(svg, { ...options, title: titleOf(svg, options) });
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  const width = Number.parseFloat(parsed.getAttribute('width') ?? '') || 300;
  const height = Number.parseFloat(parsed.getAttribute('height') ?? '') || 300;

  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The SVG could not be loaded as an image.'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    // Canvas area is capped by browsers (about 16 k per side); keep well inside it.
    const factor = Math.min(scale, 8192 / width, 8192 / height);
    canvas.width = Math.max(1, Math.round(width * factor));
    canvas.height = Math.max(1, Math.round(height * factor));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas is available.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Downloads the wheel as an SVG file made in the browser (see `wheelToSvgString` for what the
 * file contains). Returns the Blob it offered.
 *
 * @example
 * <button type="button" onClick={() => downloadWheelSvg(svgRef.current!, 'hjulet', { title: 'Barnets bästa-hjulet' })}>
 *   Ladda ner som SVG
 * </button>
 */
export function downloadWheelSvg(
  svg: SVGSVGElement,
  filename: string,
  options: WheelDownloadOptions = {},
): Blob {
  const blob = wheelToSvgBlob(svg, options);
  offer(blob, withExtension(filename, 'svg'));
  return blob;
}

/**
 * Downloads the wheel as a PNG drawn on a canvas in the browser, at `scale` pixels per SVG unit
 * (default 2). Resolves with the Blob it offered; rejects when the browser cannot draw it.
 *
 * @example
 * await downloadWheelPng(svgRef.current!, 'hjulet', { scale: 3, title: 'Barnets bästa-hjulet' });
 */
export async function downloadWheelPng(
  svg: SVGSVGElement,
  filename: string,
  options: WheelDownloadOptions = {},
): Promise<Blob> {
  const blob = await wheelToPngBlob(svg, options);
  offer(blob, withExtension(filename, 'png'));
  return blob;
}
