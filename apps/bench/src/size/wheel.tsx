// Size app: React plus our wheel with three perspectives, as a host imports it.
import '@barnets-basta/wheel/styles.css';
import { createRoot } from 'react-dom/client';
import { WheelInstance } from '../contenders/wheel.tsx';

createRoot(document.getElementById('root')!).render(<WheelInstance index={0} />);
