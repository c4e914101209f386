import '@barnets-basta/wheel/styles.css';
import { WheelInstance } from '../contenders/wheel.tsx';
import { installBench } from './bench-page.tsx';

installBench(WheelInstance);
