// The first Intl objects of a page load the engine's locale data: 40–80 ms of main thread on this
// project's test machine, four times that in Lighthouse's phone profile. Every page of the demo
// pays it (the writing direction of the language through Intl.Locale, numbers, dates), most of it
// in the middle of the first render or right after the first paint. This small classic script
// pays it while the browser is still downloading the app's bundle and the main thread has nothing
// else to do (docs/performance.md, "Issue 14, session 6"). It reads and sends nothing.
try {
  const locale = new Intl.Locale('sv');
  if (typeof locale.getTextInfo === 'function') locale.getTextInfo();
  locale.maximize();
  new Intl.NumberFormat('sv-SE').format(0);
  new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' }).format(0);
} catch {
  // An engine without Intl: the app itself says what it needs.
}
