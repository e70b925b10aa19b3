// Runs in: renderer.
//
// A text field that shows exactly what the user types while it has focus, even when the
// stored value differs (the schema trims names and reasons, so "Omdat de " would lose its
// space mid-word). It takes the stored value over again once focus leaves. The field is
// uncontrolled: the browser keeps the text, so a keystroke costs no React render at all
// (meeting mode's keystroke-to-screen budget); a stored value that differs from the text is
// taken over by mounting the input afresh, which happens only while it has no focus.
//
// One exception while focused: a newer stored value arriving before anything was typed since
// focus is written into the input in place (focus and caret stay). That is the screen mounted
// again while the previous screen's last write was still on its way (leave meeting mode
// mid-typing, come straight back): without it the field would keep the older text, and the
// next keystroke would write that older text back over the characters that had been saved.
import { useCallback, useEffect, useRef, useState, type Ref } from 'react';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

export type DraftTextFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'defaultValue'> & {
  readonly value: string;
  readonly onValueChange: (value: string) => void;
};

type InputElement = HTMLInputElement | HTMLTextAreaElement;

export function DraftTextField({
  value,
  onValueChange,
  onFocus,
  onBlur,
  inputRef,
  ...props
}: DraftTextFieldProps) {
  // The text the input showed when focus last left it (or was taken over): typing itself is
  // not state, so a keystroke does not render this component.
  const [typed, setTyped] = useState(value);
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState(value);
  const [generation, setGeneration] = useState(0);
  const input = useRef<InputElement | null>(null);
  const typedSinceFocus = useRef(false);
  if (!focused && value !== seen) {
    setSeen(value);
    if (value !== typed) {
      setTyped(value);
      setGeneration((g) => g + 1);
    }
  }
  useEffect(() => {
    const element = input.current;
    if (!focused || typedSinceFocus.current || element === null || element.value === value) return;
    element.value = value;
  }, [focused, value]);
  const setInput = useCallback(
    (element: InputElement | null) => {
      input.current = element;
      assignRef(inputRef, element);
    },
    [inputRef],
  );
  return (
    <TextField
      key={generation}
      {...props}
      inputRef={setInput}
      defaultValue={typed}
      onChange={(event) => {
        typedSinceFocus.current = true;
        onValueChange(event.target.value);
      }}
      onFocus={(event) => {
        typedSinceFocus.current = false;
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

function assignRef(ref: Ref<unknown> | undefined, element: InputElement | null): void {
  if (typeof ref === 'function') ref(element);
  else if (ref !== null && ref !== undefined) ref.current = element;
}
