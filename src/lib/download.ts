// Saves a file the app made, through a temporary object URL: nothing leaves the browser.
export function downloadFile(
  fileName: string,
  content: Blob | string,
  type = 'application/octet-stream',
) {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; revoke a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
