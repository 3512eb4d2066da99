// Finds where a JSON text stops being valid JSON, so an import error can say "line 3, column 8".
// JSON.parse only says *that* the text is invalid (and engines word it differently), so after it
// fails this small scanner walks the grammar once. It uses an explicit stack, not recursion, so
// deeply nested input cannot overflow it.

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;

/** Offset of the first character that breaks the grammar (text.length if it ends too early). */
export function jsonErrorOffset(text: string): number | undefined {
  let index = 0;
  const skip = () => {
    while (index < text.length && WHITESPACE.has(text[index] ?? '')) index += 1;
  };
  const string = (): boolean => {
    if (text[index] !== '"') return false;
    index += 1;
    while (index < text.length) {
      const char = text[index] ?? '';
      if (char === '"') {
        index += 1;
        return true;
      }
      if (char === '\\') {
        const next = text[index + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) return false;
          index += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') index += 2;
        else return false;
      } else if (char < ' ') return false;
      else index += 1;
    }
    return false;
  };
  const scalar = (): boolean => {
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, index)) {
        index += word.length;
        return true;
      }
    }
    const match = NUMBER.exec(text.slice(index, index + 400));
    if (!match) return false;
    index += match[0].length;
    return true;
  };

  // Each open container remembers what it expects next.
  type Frame = { kind: 'object' | 'array'; expect: 'first' | 'value' | 'key' | 'colon' | 'comma' };
  const stack: Frame[] = [];
  let expectValue = true;

  while (true) {
    skip();
    const top = stack[stack.length - 1];
    if (expectValue) {
      const char = text[index];
      if (char === '{') {
        index += 1;
        stack.push({ kind: 'object', expect: 'first' });
        expectValue = false;
        continue;
      }
      if (char === '[') {
        index += 1;
        stack.push({ kind: 'array', expect: 'first' });
        skip();
        if (text[index] === ']') {
          index += 1;
          stack.pop();
          expectValue = false;
          if (stack.length === 0) break;
          (stack[stack.length - 1] as Frame).expect = 'comma';
          continue;
        }
        continue;
      }
      const start = index;
      if (!(char === '"' ? string() : scalar())) return index >= text.length ? start : index;
      expectValue = false;
      if (!top) break;
      top.expect = 'comma';
      continue;
    }
    if (!top) break;
    const char = text[index];
    if (top.kind === 'object') {
      if ((top.expect === 'first' || top.expect === 'key') && char === '"') {
        const start = index;
        if (!string()) return index >= text.length ? start : index;
        top.expect = 'colon';
        continue;
      }
      if (top.expect === 'first' && char === '}') {
        index += 1;
        stack.pop();
      } else if (top.expect === 'colon' && char === ':') {
        index += 1;
        top.expect = 'value';
        expectValue = true;
        continue;
      } else if (top.expect === 'comma' && char === ',') {
        index += 1;
        top.expect = 'key';
        continue;
      } else if (top.expect === 'comma' && char === '}') {
        index += 1;
        stack.pop();
      } else return index;
    } else {
      if (top.expect === 'comma' && char === ',') {
        index += 1;
        expectValue = true;
        continue;
      }
      if (top.expect === 'comma' && char === ']') {
        index += 1;
        stack.pop();
      } else if (top.expect === 'first') {
        expectValue = true;
        continue;
      } else return index;
    }
    const parent = stack[stack.length - 1];
    if (!parent) break;
    parent.expect = 'comma';
  }
  skip();
  return index < text.length ? index : undefined;
}

/** Line and column (both from 1) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
