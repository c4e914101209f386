import { expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Wheel } from '@barnets-basta/wheel';
import '@barnets-basta/wheel/styles.css';

const active = () => { const a = document.activeElement as HTMLElement; return `${a?.tagName} ${(a as HTMLInputElement).value ?? ''} ${a?.getAttribute('aria-label') ?? ''} ${a?.textContent?.slice(0,30)} ${(a as HTMLInputElement).checked}`; };
it('explore', async () => {
  const screen = await render(<div dir="rtl"><form><Wheel name="hjul" animate={false} /><button>Skicka</button></form></div>);
  await userEvent.keyboard('{Tab}'); console.log('1', active());
  await userEvent.keyboard('{ArrowLeft}'); console.log('rtl left', active());
  await userEvent.keyboard('{ArrowLeft}'); console.log('rtl left', active());
  await userEvent.keyboard('{ArrowRight}'); console.log('rtl right', active());
  await userEvent.keyboard('{ArrowUp}'); console.log('up', active());
  screen.unmount();
  const s2 = await render(<form><Wheel name="hjul" animate={false} /><button>Skicka</button></form>);
  await userEvent.keyboard('{Tab}{ArrowDown}{ArrowDown}'); console.log('down x2', active());
  await userEvent.keyboard('{Tab}'); console.log('tab', active());
  await userEvent.keyboard('{Shift>}{Tab}{/Shift}'); console.log('shift-tab', active());
  await userEvent.keyboard('{Tab}{Space}'); console.log('space on button', active(), !!document.querySelector('[role=dialog]'));
  for (let i=0;i<20;i++){ await userEvent.keyboard('{Tab}'); console.log('tab in popover', i, active(), !!document.querySelector('[role=dialog]')); if(!document.querySelector('[role=dialog]')) break; }
  await userEvent.keyboard('{ArrowLeft}'); console.log('left from unchecked', active());
  s2.unmount();
  const s3 = await render(<form><Wheel name="hjul" scale="steps-10" animate={false} /><button>Skicka</button></form>);
  await userEvent.keyboard('{Tab}'); console.log('range', active());
  await userEvent.keyboard('{End}'); console.log('end', active());
  await userEvent.keyboard('{Home}'); console.log('home', active());
  await userEvent.keyboard('{PageUp}'); console.log('pageup', active());
  await userEvent.keyboard('{Tab}'); console.log('tab after range', active());
  await userEvent.keyboard('{Tab}'); console.log('tab', active());
  s3.unmount();
  const s4 = await render(<form><Wheel name="hjul" scale="none" animate={false} /><button>Skicka</button></form>);
  await userEvent.keyboard('{Tab}'); console.log('none', active());
  await userEvent.keyboard('{Space}'); console.log('none space', active());
  await userEvent.keyboard('{Tab}'); console.log('none tab', active());
  await userEvent.keyboard('{Tab}'); console.log('none tab', active());
});
