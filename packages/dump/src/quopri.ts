// Quoted-printable as Python's binascii.b2a_qp / a2b_qp (quopri.encodestring / decodestring) do
// it: crit prints a unix socket's name this way, and an abstract name starts with a NUL byte.

const HEX = '0123456789ABCDEF';
const MAX_LINE = 76;

/** Encode like binascii.b2a_qp(data, quotetabs=False, istext=True, header=False). */
export function quopriEncode(data: Uint8Array): string {
  const n = data.length;
  let crlf = false;
  const nl = data.indexOf(10);
  if (nl > 0 && data[nl - 1] === 13) crlf = true;
  const eol = crlf ? '\r\n' : '\n';
  let out = '';
  let lineLen = 0;
  let i = 0;
  while (i < n) {
    const c = data[i]!;
    const next = i + 1 < n ? data[i + 1]! : -1;
    const encode =
      c > 126 ||
      c === 61 ||
      (c === 46 && lineLen === 0 && (i + 1 === n || next === 10 || next === 13 || next === 0)) ||
      ((c === 9 || c === 32) && i + 1 === n) ||
      (c < 33 && c !== 13 && c !== 10 && c !== 9 && c !== 32);
    if (encode) {
      if (lineLen + 3 >= MAX_LINE) {
        out += '=' + eol;
        lineLen = 0;
      }
      out += '=' + HEX[c >> 4]! + HEX[c & 15]!;
      lineLen += 3;
      i += 1;
    } else if (c === 10 || (c === 13 && next === 10)) {
      lineLen = 0;
      // Whitespace at the end of a line is protected by encoding it.
      const last = out.charCodeAt(out.length - 1);
      if (out.length > 0 && (last === 32 || last === 9)) {
        out = out.slice(0, -1) + '=' + HEX[last >> 4]! + HEX[last & 15]!;
      }
      out += eol;
      i += c === 13 ? 2 : 1;
    } else {
      if (i + 1 !== n && next !== 10 && lineLen + 1 >= MAX_LINE) {
        out += '=' + eol;
        lineLen = 0;
      }
      lineLen += 1;
      out += String.fromCharCode(c);
      i += 1;
    }
  }
  return out;
}

/** Decode like binascii.a2b_qp(data, header=False). */
export function quopriDecode(text: string): Uint8Array {
  const out: number[] = [];
  const hex = (ch: string): number => parseInt(ch, 16);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '=') {
      out.push(c.charCodeAt(0) & 0xff);
      continue;
    }
    const a = text[i + 1];
    const b = text[i + 2];
    if (a === '\n') {
      i += 1;
    } else if (a === '\r' && b === '\n') {
      i += 2;
    } else if (a !== undefined && b !== undefined && /^[0-9a-fA-F]{2}$/.test(a + b)) {
      out.push(hex(a + b));
      i += 2;
    } else {
      out.push(61);
    }
  }
  return Uint8Array.from(out);
}
