// Runs in: renderer.
//
// The window of rows a VirtualList renders, from @tanstack/virtual-core's Virtualizer (the
// framework-free core of @tanstack/react-virtual). A small hook of our own instead of the
// library's useVirtualizer: that hook returns functions the React Compiler cannot memoise
// safely (eslint react-hooks/incompatible-library), while this one keeps the instance in
// state and re-renders the list through a plain state update when the window changes.
import { useLayoutEffect, useReducer, useState } from 'react';
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';

export type RowWindowOptions = Omit<
  VirtualizerOptions<HTMLDivElement, HTMLElement>,
  'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'onChange'
>;

/** A Virtualizer over a scrolling element; the component re-renders when its window changes. */
export function useRowWindow(options: RowWindowOptions): Virtualizer<HTMLDivElement, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const full: VirtualizerOptions<HTMLDivElement, HTMLElement> = {
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
    onChange: () => rerender(),
  };
  const [instance] = useState(() => new Virtualizer(full));
  // As the library's own adapter does: the options of this render apply to this render.
  instance.setOptions(full);
  useLayoutEffect(() => instance._didMount(), [instance]);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}
