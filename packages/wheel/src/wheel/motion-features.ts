// Loaded lazily by <LazyMotion>: the animation features are most of Motion's size, and the wheel
// is fully usable (drawn without animation) until they arrive.
import { domMin } from 'framer-motion';

export default domMin;
