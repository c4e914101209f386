import { FloorInstance } from '../contenders/floor.tsx';
import { installBench } from './bench-page.tsx';

installBench(FloorInstance);
