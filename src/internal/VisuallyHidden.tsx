import type { ComponentPropsWithoutRef, CSSProperties, ElementType } from 'react';
import { cx } from './cx';

/**
 * Hidden on screen, read by assistive technology — inline, so it holds on a page that
 * loads no rolekit stylesheet (the unstyled path). The same declarations as Radix's
 * VisuallyHidden; `.rk-visually-hidden` in styles.css keeps the same rule for hosts that
 * select on the class.
 */
export const visuallyHiddenStyle: CSSProperties = {
  position: 'absolute',
  border: 0,
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  wordWrap: 'normal',
};

/** The elements screen-reader-only text is drawn with: a `dt` in a fact list, a filter's `label`, a live region `div`. */
export type VisuallyHiddenElement = 'span' | 'div' | 'dt' | 'label';

export type VisuallyHiddenProps<T extends VisuallyHiddenElement = 'span'> = ComponentPropsWithoutRef<T> & {
  /** The element to render.  @default 'span' */
  as?: T;
};

/** Screen-reader-only text: a `span` (or `as` element) with the visually-hidden inline style and `rk-visually-hidden`. */
export function VisuallyHidden<T extends VisuallyHiddenElement = 'span'>({ as, className, style, ...rest }: VisuallyHiddenProps<T>) {
  const Element = (as ?? 'span') as ElementType;
  return <Element {...rest} className={cx('rk-visually-hidden', className)} style={{ ...visuallyHiddenStyle, ...style }} />;
}
