import { useEffect, useRef } from 'react';
import { paperFeature } from './print/feature';
import type { PaperController, PaperSource } from './print';

export type { PrintOptions } from './print';
export type { ToPDFOptions } from './print/pdf';
export type UsePaperParams = PaperSource['current'];

/**
 * Paper, whose code is the print chunk (`print/`), fetched 1.5 s after mount because
 * `beforeprint` must render synchronously: on `beforeprint` the chart is replaced on paper
 * by its pages, static SVG drawn from the layout (the live chart is never mounted in full);
 * `print(options)` prints the chart alone; `toPDF(options)` builds a PDF in the page; the
 * SVG/PNG exporters are in the chunk too.
 */
export function usePaper(params: UsePaperParams) {
  const latest = useRef(params);
  latest.current = params;
  const controller = useRef<PaperController | null>(null);
  const ready = () => paperFeature.load().then((paper) => (controller.current ??= paper.paperController(latest)));
  // The chunk registers the print listeners itself: less code in the first paint.
  useEffect(() => {
    const id = setTimeout(() => void ready().catch(() => undefined), 1500);
    return () => {
      clearTimeout(id);
      controller.current?.dispose();
      controller.current = null;
    };
  }, []);
  /** The controller, once the chunk is here: every handle method that needs it awaits this. */
  return ready;
}
