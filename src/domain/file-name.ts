// File names for what the app saves: safe on Windows, macOS and Linux, whatever a dossier is called.
/**
 * A file name for an export: the name without characters file systems refuse, at most
 * `maxLength` characters before the extension (well inside every system's limits).
 */
export function safeFileName(name: string, extension: string, maxLength = 80): string {
  const cleaned = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, maxLength)
    .trim();
  return `${cleaned || 'dossier'}.${extension}`;
}
