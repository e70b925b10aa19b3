// Runs in: renderer.
//
// The one text field of a form dialog: a full-width field whose helper line turns into the
// field's error message when a save refused it (marked aria-invalid, so FormDialog can take
// the user there), and whose date variant keeps its label above the date mask.
import TextField from '@mui/material/TextField';

export interface FormTextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Why a save refused the field; undefined or '' when it is fine. */
  readonly error?: string | undefined;
  /** Shown under the field while there is no error. */
  readonly helperText?: string | undefined;
  readonly required?: boolean;
  readonly type?: 'text' | 'tel' | 'email' | 'date';
  readonly autoFocus?: boolean;
  readonly multiline?: boolean;
}

export function FormTextField({
  label,
  value,
  onChange,
  error,
  helperText,
  required = false,
  type = 'text',
  autoFocus = false,
  multiline = false,
}: FormTextFieldProps) {
  const invalid = error !== undefined && error !== '';
  return (
    <TextField
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      required={required}
      error={invalid}
      helperText={invalid ? error : helperText}
      type={type}
      autoFocus={autoFocus}
      multiline={multiline}
      fullWidth
      {...(type === 'date' ? { slotProps: { inputLabel: { shrink: true } } } : {})}
    />
  );
}
