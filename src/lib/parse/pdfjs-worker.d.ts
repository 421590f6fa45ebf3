// pdf.js ships no types for its worker module; the fallback PDF reader only hands it to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
