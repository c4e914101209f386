import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { axeViolations, expectNoAxeViolations } from './axe.ts';

// Proves the accessibility gate can fail: if these fixtures ever pass, axe is not really running.
describe('axe gate', () => {
  it('reports an unlabelled input, an image without alt text and an unnamed button', async () => {
    const screen = await render(
      <div>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- deliberately inaccessible fixture */}
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        <input type="text" />
        <button type="button" />
      </div>,
    );
    const ids = (await axeViolations(screen.container)).map((v) => v.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'image-alt', 'label']));
    await expect(expectNoAxeViolations(screen.container)).rejects.toThrow(/axe found/);
  });

  it('passes an accessible fixture', async () => {
    const screen = await render(
      <form>
        <label htmlFor="name">Namn</label>
        <input id="name" type="text" />
        <button type="submit">Skicka</button>
      </form>,
    );
    await expectNoAxeViolations(screen.container);
  });
});
