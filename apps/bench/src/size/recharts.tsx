// Size app: the same data drawn by recharts' RadarChart (display-only).
import { createRoot } from 'react-dom/client';
import { RechartsInstance } from '../contenders/recharts.tsx';

createRoot(document.getElementById('root')!).render(<RechartsInstance index={0} />);
