// Runs in: renderer.
//
// A text field that shows exactly what the user types while it has focus, even when the
// stored value differs (the schema trims names and reasons, so "Omdat de " would lose its
// space mid-word). It takes the stored value over again once focus leaves.
import { useState } from 'react';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

export type DraftTextFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'defaultValue'> & {
  readonly value: string;
  readonly onValueChange: (value: string) => void;
};

export function DraftTextField({ value, onValueChange, onFocus, onBlur, ...props }: DraftTextFieldProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [focused, setFocused] = useState(false);
  if (!focused && value !== seen) {
    setSeen(value);
    setText(value);
  }
  return (
    <TextField
      {...props}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onValueChange(event.target.value);
      }}
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setFocused(false);
        onBlur?.(event);
      }}
    />
  );
}
