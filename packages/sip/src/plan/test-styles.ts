// Tests render with the real styles, as a host page would (layout, print rules, hidden text).
import '../../../wheel/src/styles.css';
import '../styles.css';
