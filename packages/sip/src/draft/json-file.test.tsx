import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import '../form/form.css';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import { ImportJsonButton, downloadJson } from './json-file.tsx';

describe('downloadJson', () => {
  it('offers the text as a file through a temporary link, without any request', () => {
    const clicked: HTMLAnchorElement[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    downloadJson('plan.json', '{"a":1}\n');
    spy.mockRestore();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('plan.json');
    expect(clicked[0]!.href).toMatch(/^blob:/);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});

describe('ImportJsonButton', () => {
  it('is a named button that hands the chosen file text to onImport', async () => {
    const onImport = vi.fn();
    const screen = await render(<ImportJsonButton onImport={onImport} />);
    const button = screen.getByRole('button', { name: 'Importera fil (JSON)' });
    await expect.element(button).toBeVisible();
    await expectNoAxeViolations(screen.container);

    const input = screen.container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const opened = vi.fn();
    input.addEventListener('click', (event) => {
      opened();
      event.preventDefault();
    });
    await button.click();
    expect(opened).toHaveBeenCalledOnce();

    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['{"schemaVersion":1}'], 'plan.json', { type: 'application/json' }),
    );
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.poll(() => onImport.mock.calls.length).toBe(1);
    expect(onImport.mock.calls[0]![0]).toBe('{"schemaVersion":1}');
    expect(input.value).toBe('');
  });
});
