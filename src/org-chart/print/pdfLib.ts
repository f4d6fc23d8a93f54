/** What toPDF uses of pdf-lib; the build ships it as dist/vendor/pdf-lib.js (see tsup.config.ts). */
export { PDFDocument, StandardFonts, rgb, LineCapStyle } from 'pdf-lib';
