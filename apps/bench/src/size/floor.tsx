// Size app: the floor, eight native radio fieldsets in React.
import { createRoot } from 'react-dom/client';
import { FloorInstance } from '../contenders/floor.tsx';

createRoot(document.getElementById('root')!).render(<FloorInstance index={0} />);
