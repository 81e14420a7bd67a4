import { memo } from 'react';
import { useActions, useApp } from '../state/StoreContext';
import { MAX_ETA } from '../state/settings';
import { SliderField } from './SliderField';
import { NumberBox, parseTyped } from './NumberBox';
import { ETA_STEPS, etaAt, positionOf } from './etaScale';
import { formatNumber } from './format';

const showNumber = (n: number) => String(n);

/** The β slider (linear, 0 … 0.999) with its number box for exact entry. */
export const BetaField = memo(function BetaField() {
  const beta = useApp((s) => s.settings.beta);
  const { setBeta } = useActions();
  return (
    <SliderField
      label="β momentum"
      title={
        <>
          <b>β</b> momentum <small>memory 1/(1−β) = {formatNumber(1 / (1 - beta), 5)} steps</small>
        </>
      }
      position={Math.min(beta, 0.999)}
      min={0}
      max={0.999}
      step={0.001}
      valueText={`β = ${beta}`}
      onPosition={setBeta}
    >
      <NumberBox
        label="β value"
        value={beta}
        show={showNumber}
        parse={(t) => parseTyped(t, (n) => (n >= 0 && n < 1 ? null : 'β must be ≥ 0 and < 1'))}
        onCommit={setBeta}
      />
    </SliderField>
  );
});

/** The η slider (log scale, 1e-5 … 10) with its number box for exact entry. */
export const EtaField = memo(function EtaField() {
  const eta = useApp((s) => s.settings.eta);
  const { setEta } = useActions();
  return (
    <SliderField
      label="η learning rate"
      title={
        <>
          <b>η</b> learning rate <small>log scale</small>
        </>
      }
      position={positionOf(eta)}
      min={0}
      max={ETA_STEPS}
      step={1}
      valueText={`η = ${eta}`}
      onPosition={(p) => setEta(etaAt(p))}
    >
      <NumberBox
        label="η value"
        value={eta}
        show={showNumber}
        parse={(t) =>
          parseTyped(t, (n) => (n > 0 && n <= MAX_ETA ? null : `η must be > 0 and ≤ ${MAX_ETA}`))
        }
        onCommit={setEta}
      />
    </SliderField>
  );
});
