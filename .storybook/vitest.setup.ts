// Runs before every story test. Testing Library's patience is set in preview.tsx (so composed
// stories in the browser project get it too); `vi.waitFor` gets the same one here
// (testing/patience.ts). A failing condition still fails, only later.
import { givePatienceToWaitFor } from '../testing/patient-wait-for.ts';

givePatienceToWaitFor();
