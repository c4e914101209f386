import { RatingForm } from '../contenders/rating-form.tsx';
import { RechartsInstance } from '../contenders/recharts.tsx';
import type { InstanceProps } from '../data.ts';
import { installBench } from './bench-page.tsx';

/** The chart redrawn from the floor's radios: RadarChart itself takes no input. */
function RechartsWithInputs(props: InstanceProps) {
  return (
    <RechartsInstance
      {...props}
      renderInputs={(values, onChange) => (
        <form aria-label="Skattning">
          <RatingForm values={values} onChange={onChange} />
        </form>
      )}
    />
  );
}

installBench(RechartsInstance, RechartsWithInputs);
