// Text as renderers may print it: line breaks normalised, a vertical tab (Word's manual line
// break, common in pasted text) kept as a line break, and other control characters removed,
// because XML forbids them and Word refuses files that contain them.
export function printable(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\v/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000c\u000e-\u001f\u007f]/g, '')
  );
}

export function fillPage(template: string, page: number, pages: number) {
  return template.replace('{page}', String(page)).replace('{pages}', String(pages));
}
