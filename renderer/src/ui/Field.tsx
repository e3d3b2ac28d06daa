import { useId, type ReactElement, type ReactNode, cloneElement } from 'react';

interface Props {
  label: string;
  error?: string | undefined;
  hint?: string;
  /** Shown after the control, e.g. a unit ("%") or a badge; the label still points at the control. */
  suffix?: ReactNode;
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
}

/** A labelled form control with its error right under it, tied together for screen readers. */
export function Field({ label, error, hint, suffix, children }: Props) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {(() => {
        const control = cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error || hint ? messageId : undefined });
        return suffix ? (
          <div className="input-suffix">
            {control}
            {suffix}
          </div>
        ) : (
          control
        );
      })()}
      {error ? (
        <div className="field-error" id={messageId} role="alert">
          {error}
        </div>
      ) : hint ? (
        <div className="field-hint" id={messageId}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
