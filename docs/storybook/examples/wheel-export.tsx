import type { Assessment } from '@barnets-basta/core';
import { Wheel, WheelExportButtons, wheelToSvgString } from '@barnets-basta/wheel';
import { useRef } from 'react';

// The buttons read the wheel's drawing when clicked:
export function WheelWithDownload({ saved }: { saved: Assessment }) {
  const box = useRef<HTMLDivElement>(null);
  const drawing = () => box.current?.querySelector<SVGSVGElement>('svg.bb-wheel__drawing') ?? null;
  return (
    <div ref={box}>
      <Wheel value={saved} readOnly />
      <WheelExportButtons target={drawing} filename="hjulet-elev-7b" />
    </div>
  );
}

// or the file as text, e.g. to attach it to the case:
export function wheelAsSvgText(drawing: SVGSVGElement): string {
  return wheelToSvgString(drawing, { title: 'Barnets bästa-hjulet' });
}
