// Runs before every story test. Testing Library waits 1 s by default for `findBy…` and `waitFor`;
// a play function that opens a popover waits for a lazy chunk that the dev server transforms on
// first request, which on a loaded two-core CI machine can take longer. A failing query still
// fails, only later.
import { configure } from 'storybook/test';

configure({ asyncUtilTimeout: 5000 });
