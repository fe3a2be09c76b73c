// How confident the member is, from 0 to 100 %: a slider for the hand and a number box for the
// keyboard, kept in step. The number box carries the label, hint and error.
import { useTranslation } from 'react-i18next';

export interface ConfidenceFieldProps {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

export function ConfidenceField({ id, value, error, onChange }: ConfidenceFieldProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ');
  const asNumber = Number(value);
  const sliderValue = value.trim() === '' || Number.isNaN(asNumber) ? 50 : asNumber;
  return (
    <div className={error ? 'field field--invalid confidence-field' : 'field confidence-field'}>
      <label className="field__label" htmlFor={id}>
        {t('suggestForm.confidence')}
      </label>
      <p className="field__hint" id={hintId}>
        {t('suggestForm.confidenceHint')}
      </p>
      <div className="confidence-field__controls">
        <input
          type="range"
          className="confidence-field__slider"
          min={0}
          max={100}
          step={1}
          value={Math.min(Math.max(sliderValue, 0), 100)}
          aria-label={t('suggestForm.confidenceName')}
          aria-valuetext={t('suggestForm.confidenceValue', { value: sliderValue })}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
        <span className="confidence-field__number">
          <input
            id={id}
            name={id}
            className="field__control"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            required
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              onChange(event.target.value);
            }}
          />
          <span aria-hidden="true">%</span>
        </span>
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
