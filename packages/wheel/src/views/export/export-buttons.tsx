import { defaultPack, formatMessage, packTexts, type ContentPack } from '@barnets-basta/core';
import { packForLocale } from '@barnets-basta/core/language';
import { useId, useRef, useState, type RefObject } from 'react';
import type { ViewsMessages } from '../../i18n/views-messages.ts';
import { uiLocale, viewsCatalogue } from '../shared/messages.ts';
import { downloadWheelPng, downloadWheelSvg } from './download.ts';

/**
 * Where the buttons find the wheel's `<svg>`: a ref, or a function called at click time.
 *
 * @example
 * const target: SvgTarget = () => document.querySelector<SVGSVGElement>('#hjul svg');
 */
export type SvgTarget = RefObject<SVGSVGElement | null> | (() => SVGSVGElement | null | undefined);

/**
 * Props of {@link WheelExportButtons}.
 *
 * @example
 * const props: WheelExportButtonsProps = { target: svgRef, filename: 'hjulet', scale: 3 };
 */
export interface WheelExportButtonsProps {
  /** The wheel's `<svg>`: a ref or a getter, read when a button is pressed. */
  target: SvgTarget;
  /** File name without extension. Default "hjulet" / "wheel". */
  filename?: string;
  /** The image's title (written into the file). Default: the wheel's title from the pack. */
  title?: string;
  /** Longer text for the file's `<desc>`, e.g. the answers in words. */
  description?: string;
  /** Pack for the default title. Default: core's `defaultPack`. */
  pack?: ContentPack;
  /** PNG pixels per SVG unit. Default 2. */
  scale?: number;
  /** `sv` (default) or `en`. */
  locale?: string;
  /** Partial override of the catalogue. */
  messages?: Partial<ViewsMessages>;
  /** Called after a file was offered, with its format and Blob. */
  onExport?: (format: 'svg' | 'png', blob: Blob) => void;
  className?: string;
}

function read(target: SvgTarget): SVGSVGElement | null {
  try {
    const el = typeof target === 'function' ? target() : target?.current;
    return el instanceof SVGSVGElement ? el : null;
  } catch {
    return null;
  }
}

/**
 * Two buttons that download the wheel as SVG and as PNG, both made in the browser (no network).
 * A polite status line says when the file is ready or why it could not be made.
 *
 * @example
 * const svgRef = useRef<SVGSVGElement>(null);
 * <WheelExportButtons target={svgRef} filename="hjulet-elev-7b" />
 */
export function WheelExportButtons({
  target,
  filename,
  title,
  description,
  pack,
  scale,
  locale: localeProp,
  messages: override,
  onExport,
  className,
}: WheelExportButtonsProps) {
  const locale = uiLocale(localeProp);
  const messages = viewsCatalogue(localeProp, override);
  const [status, setStatus] = useState<{ text: string; kind: 'done' | 'error' } | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const groupId = useId();
  const name = filename?.trim() || (locale === 'en' ? 'wheel' : 'hjulet');

  const titleText = () => {
    if (title) return title;
    try {
      return packTexts(
        packForLocale(pack && Array.isArray(pack.areas) ? pack : defaultPack, localeProp),
        locale,
      ).title;
    } catch {
      return '';
    }
  };

  const run = async (format: 'svg' | 'png') => {
    if (busyRef.current) return;
    const svg = read(target);
    if (!svg) {
      setStatus({ text: messages.exportNoImage, kind: 'error' });
      return;
    }
    busyRef.current = true;
    setBusy(true);
    setStatus(null);
    try {
      const options = { title: titleText(), ...(description ? { description } : {}) };
      const blob =
        format === 'svg'
          ? downloadWheelSvg(svg, name, options)
          : await downloadWheelPng(svg, name, { ...options, ...(scale ? { scale } : {}) });
      setStatus({
        text: formatMessage(messages.exportDone, { filename: `${name}.${format}` }),
        kind: 'done',
      });
      onExport?.(format, blob);
    } catch {
      setStatus({ text: messages.exportFailed, kind: 'error' });
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  return (
    <div
      className={['bb-export', className].filter(Boolean).join(' ')}
      role="group"
      aria-labelledby={groupId}
      data-busy={busy ? '' : undefined}
    >
      <span id={groupId} className="bb-export__label">
        {messages.exportGroupLabel}
      </span>
      <div className="bb-export__buttons">
        <button
          type="button"
          className="bb-views-button"
          aria-disabled={busy || undefined}
          onClick={() => void run('svg')}
        >
          {messages.downloadSvg}
        </button>
        <button
          type="button"
          className="bb-views-button"
          aria-disabled={busy || undefined}
          onClick={() => void run('png')}
        >
          {messages.downloadPng}
        </button>
      </div>
      {/* Always rendered so that screen readers announce changes to it. */}
      <p className="bb-export__status" role="status" data-kind={status?.kind}>
        {status?.text ?? ''}
      </p>
    </div>
  );
}
