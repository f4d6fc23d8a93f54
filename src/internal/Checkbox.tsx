import type { ComponentPropsWithoutRef } from 'react';
import type { CheckedState } from '../model/checkedTree';


export interface CheckboxProps extends Omit<ComponentPropsWithoutRef<'input'>, 'type' | 'checked' | 'defaultChecked' | 'onChange'> {
  state: CheckedState;
  onToggle: () => void;
  /** `data-slot` of the wrapper: the component's own part name. */
  slot: string;
}

/**
 * A native checkbox (Space, label clicks, forms and print for free), its box styled
 * with `appearance: none` and its tick or dash an SVG laid over it, so it looks the
 * same in every browser and theme (Chromium's dark native box reads as disabled).
 * `indeterminate` has no HTML attribute and can only be set from script;
 * `aria-checked="mixed"` says the same thing in the markup, so server-rendered HTML is
 * truthful before hydration. Sized by `--rk-checkbox-size`, outlined by `--rk-checkbox-border`.
 */
export function Checkbox({ state, onToggle, slot, ...inputProps }: CheckboxProps) {
  return (
    <span className="rk-checkbox" data-slot={slot} data-checked={state}>
      <input
        {...inputProps}
        ref={(input) => {
          if (input) input.indeterminate = state === 'mixed';
        }}
        type="checkbox"
        className="rk-checkbox-input"
        checked={state === 'true'}
        aria-checked={state === 'mixed' ? 'mixed' : undefined}
        onChange={onToggle}
      />
      {/*
       * display="none" hides the drawn tick where rolekit's stylesheet is not loaded (the
       * native box shows its own state then); any CSS rule beats a presentation attribute.
       */}
      <svg className="rk-checkbox-icon" viewBox="0 0 16 16" width="16" height="16" display="none" aria-hidden="true" focusable="false">
        <path className="rk-checkbox-check" d="M4 8.5l2.5 2.5L12 5.5" />
        <path className="rk-checkbox-dash" d="M4.5 8h7" />
      </svg>
    </span>
  );
}
