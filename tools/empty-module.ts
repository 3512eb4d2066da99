// Stands in for jsPDF's optional dependencies (html2canvas, canvg, dompurify). The app only uses
// jsPDF's drawing API; these would add 100 KB of chunks, precached for nothing, and canvg
// contains code a strict CSP blocks.
export default {};
