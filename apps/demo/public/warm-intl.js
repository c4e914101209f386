// The first Intl formatter of a page loads the engine's locale data: about 50 ms of main thread
// on this project's test machine, four times that in Lighthouse's phone profile. Every page of the
// demo formats numbers, dates or lists, so the cost is certain; this small classic script pays it
// while the browser is still downloading the app's bundle and the main thread has nothing else to
// do, rather than in the middle of the first render (docs/performance.md, "Issue 14, session 6").
// It reads and sends nothing.
try {
  new Intl.NumberFormat('sv-SE').format(0);
} catch {
  // An engine without Intl: the app itself says what it needs.
}
