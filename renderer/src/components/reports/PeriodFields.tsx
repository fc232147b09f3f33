// The report's period: two calendar days (either may be left open) and the periods people ask for most.
import { useId } from 'react';
import { periodError, QUICK_PERIODS, quickPeriod, type Period } from './period';

interface Props {
  period: Period;
  onChange(period: Period): void;
}

export function PeriodFields({ period, onChange }: Props) {
  const id = useId();
  const error = periodError(period);
  return (
    <fieldset className="report-fieldset period-fields" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field-label">Period</legend>
      <div className="period-dates">
        <label className="field">
          <span className="field-label subtle">From</span>
          <input type="date" value={period.from ?? ''} max={period.to ?? undefined} aria-invalid={error !== null} onChange={(e) => onChange({ ...period, from: e.target.value || null })} />
        </label>
        <label className="field">
          <span className="field-label subtle">To</span>
          <input type="date" value={period.to ?? ''} min={period.from ?? undefined} aria-invalid={error !== null} onChange={(e) => onChange({ ...period, to: e.target.value || null })} />
        </label>
      </div>
      <div className="period-quick" role="group" aria-label="Quick periods">
        {QUICK_PERIODS.map(([which, label]) => (
          <button key={which} type="button" className="chip-button" onClick={() => onChange(quickPeriod(which))}>
            {label}
          </button>
        ))}
        <button type="button" className="chip-button" onClick={() => onChange({ from: null, to: null })} disabled={!period.from && !period.to}>
          Any time
        </button>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
