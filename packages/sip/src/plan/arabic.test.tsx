import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import { withShippedArabic } from '../../../../testing/shipped-arabic.ts';
import { FamilyPlan } from './family-plan/family-plan.tsx';
import { FamilyFollowUp, PlanHistory } from './follow-up/follow-up-views.tsx';
import { followUpHeld } from './follow-up/test-fixtures.ts';
import { PrintPlan } from './print-plan/print-plan.tsx';
import { intlLocale } from './shared/plan-utils.ts';
import './test-styles.ts';
import { filledPlan } from './test-fixtures.ts';

// The SIP parts in a language added as data: Arabic (a draft translation) registered from the
// shipped data, as docs/languages.md tells a host. Dates follow the language (Arabic months, the
// Latin digits of the numbers around them); names and other typed text sit in <bdi>, so a Swedish
// name keeps its order inside a right-to-left sentence.

const LONG = { timeout: 10_000 };

withShippedArabic();

/** A calendar date as the Arabic UI shows it (computed, not copied: ICU versions differ). */
const arabicDate = (iso: string) =>
  new Intl.DateTimeFormat('ar-u-nu-latn', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** A host page in Arabic: the SIP parts inherit `lang` and `dir` from it. */
const Rtl = ({ children }: { children: ReactNode }) => (
  <main lang="ar" dir="rtl">
    <h1>SIP</h1>
    {children}
  </main>
);

/** The texts of the `<bdi>` elements inside `root`. */
const isolated = (root: Element) => [...root.querySelectorAll('bdi')].map((b) => b.textContent);

describe('SIP parts in Arabic', () => {
  it('formats dates for the registered language, Swedish for an unknown one', () => {
    expect(intlLocale('ar')).toBe('ar-u-nu-latn');
    expect(intlLocale('sv')).toBe('sv-SE');
    expect(intlLocale('fi')).toBe('sv-SE');
    expect(arabicDate('2026-03-03')).toMatch(/^3 \S+ 2026$/);
    expect(arabicDate('2026-03-03')).not.toContain('mars');
  });

  it('FamilyPlan: Arabic text and dates, the child’s name and typed text isolated', async () => {
    const screen = await render(
      <Rtl>
        <FamilyPlan value={filledPlan()} locale="ar" />
      </Rtl>,
    );
    await expect
      .element(screen.getByRole('heading', { level: 2, name: 'خطة Alva' }), LONG)
      .toBeVisible();
    const article = screen.container.querySelector('article')!;
    // The part marks its language, whatever the page's.
    expect([article.lang, article.dir]).toEqual(['ar', 'rtl']);
    expect(article.querySelector('h2 bdi')?.textContent).toBe('Alva');
    expect(article.textContent).toContain(`بتاريخ ${arabicDate('2026-03-03')}`);
    expect(article.textContent).toContain(arabicDate('2026-05-20'));
    expect(article.textContent).not.toMatch(/mars|maj/);
    expect(isolated(article)).toEqual(
      expect.arrayContaining(['Alva', 'BUP Växjö', 'Omar Haddad', 'Nytt SIP-möte på skolan']),
    );
    await expectNoAxeViolations(screen.container);
  });

  it('PrintPlan: Arabic dates in the facts and tables', async () => {
    const screen = await render(
      <Rtl>
        <PrintPlan value={filledPlan()} locale="ar" />
      </Rtl>,
    );
    await expect
      .element(screen.getByRole('heading', { level: 2, name: /الخطة الفردية المنسقة/ }), LONG)
      .toBeVisible();
    const text = screen.container.textContent ?? '';
    expect(text).toContain(arabicDate('2026-03-03'));
    expect(text).not.toMatch(/mars|maj/);
    expect(isolated(screen.container).length).toBeGreaterThan(0);
    await expectNoAxeViolations(screen.container);
  });

  it('FamilyFollowUp and PlanHistory: Arabic dates, typed goals isolated', async () => {
    const screen = await render(
      <Rtl>
        <FamilyFollowUp value={followUpHeld()} locale="ar" />
        <PlanHistory value={followUpHeld()} locale="ar" />
      </Rtl>,
    );
    await expect
      .element(screen.getByRole('heading', { name: 'هذا ما حدث منذ المرة الماضية' }), LONG)
      .toBeVisible();
    const text = screen.container.textContent ?? '';
    expect(text).toContain(`نلتقي مرة أخرى بتاريخ ${arabicDate('2026-09-15')}.`);
    expect(text).not.toMatch(/mars|maj|september/);
    expect(isolated(screen.container)).toContain('Jag vill orka hela skoldagar.');
    await expectNoAxeViolations(screen.container);
  });
});
