import type { FieldWidgetProps } from './view-registry';

/** 折 people say ↔ percent off the flow stores: 8折 = 20% off, 8.5折 = 15% off. */
export const zheFromPercent = (percent: number) => Math.round((100 - percent) * 10) / 100;
export const percentFromZhe = (zhe: number) => Math.round((100 - zhe * 10) * 100) / 100;

/**
 * A percent discount. In 中文 it is entered as 折, the way shop staff price it, with the percent beside
 * it (both editable, each updating the other), so nobody types 8 meaning 8折 and gives 8% off.
 */
export function PercentOffField({ id, value, onChange, locale, invalid }: FieldWidgetProps) {
  const percent = typeof value === 'number' ? value : 0;
  const percentInput = (
    <input
      {...(locale === 'zh' ? { 'aria-label': '优惠百分比（减 %）' } : { id })}
      className="input input-number"
      type="number"
      min={0}
      max={100}
      step={0.5}
      aria-invalid={invalid}
      value={percent}
      onChange={(e) => e.target.value !== '' && onChange(Number(e.target.value))}
    />
  );
  if (locale !== 'zh') return <span className="percent-off">{percentInput} % off</span>;
  return (
    <span className="percent-off">
      <input
        id={id}
        className="input input-number"
        type="number"
        min={0}
        max={10}
        step={0.1}
        aria-invalid={invalid}
        value={zheFromPercent(percent)}
        onChange={(e) => e.target.value !== '' && onChange(percentFromZhe(Number(e.target.value)))}
      />
      折 = 减 {percentInput} %
    </span>
  );
}
