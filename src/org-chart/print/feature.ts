import { onDemand } from '../../internal/onDemand';

/**
 * The print chunk. A chart loads it 1.5 s after mount: `beforeprint` must render the pages
 * synchronously, so the code has to be there before the user presses Ctrl+P.
 * `handle.print()` and `handle.toPDF()` load it themselves.
 */
export const paperFeature = onDemand(() => import('./index'));
