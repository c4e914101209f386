// Size app: React alone, rendering one paragraph (what every React contender pays anyway).
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Hej</p>);
