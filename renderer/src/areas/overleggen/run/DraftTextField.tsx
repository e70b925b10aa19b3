// Runs in: renderer.
//
// A text field that shows exactly what the user types while it has focus, even when the
// stored value differs (the schema trims names and reasons, so "Omdat de " would lose its
// space mid-word). It takes the stored value over again once focus leaves. The field is
// uncontrolled: the browser keeps the text, so a keystroke costs no React render at all
// (meeting mode's keystroke-to-screen budget); a stored value that differs from the text is
// taken over by mounting the input afresh, which happens only while it has no focus.
import { useState } from 'react';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

export type DraftTextFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'defaultValue'> & {
  readonly value: string;
  readonly onValueChange: (value: string) => void;
};

export function DraftTextField({ value, onValueChange, onFocus, onBlur, ...props }: DraftTextFieldProps) {
  // The text the input showed when focus last left it (or was taken over): typing itself is
  // not state, so a keystroke does not render this component.
  const [typed, setTyped] = useState(value);
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState(value);
  const [generation, setGeneration] = useState(0);
  if (!focused && value !== seen) {
    setSeen(value);
    if (value !== typed) {
      setTyped(value);
      setGeneration((g) => g + 1);
    }
  }
  return (
    <TextField
      key={generation}
      {...props}
      defaultValue={typed}
      onChange={(event) => onValueChange(event.target.value)}
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setFocused(false);
        setTyped(event.target.value);
        onBlur?.(event);
      }}
    />
  );
}
