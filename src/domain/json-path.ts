// Paths inside JSON documents, written the way editors read them: a.b[2].c
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    const key = String(part);
    return text === '' ? key : `${text}.${key}`;
  }, '');
}
