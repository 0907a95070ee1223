// crit's JSON view of a message (pycriu's pb2dict without --pretty): fields present on the wire,
// in field-number order, enums by name, bytes as base64 in encodebytes' 76-column lines (a unix
// socket's name as quoted-printable), 64-bit integers exact (bigint past 2^53). And the way back.

import type { Enum, Field, Type } from 'protobufjs';
import { DUMP_ERROR_CODES } from './errors.js';
import { UsageError } from '@fdlens/core/model';
import { quopriDecode, quopriEncode } from './quopri.js';

/** A JSON value as crit prints it; 64-bit integers past 2^53 are bigints. */
export type CritValue = null | boolean | number | bigint | string | CritValue[] | { [key: string]: CritValue };

/** An object of crit's JSON view. */
export type CritObject = { [key: string]: CritValue };

const LONG_TYPES = new Set(['uint64', 'int64', 'sint64', 'fixed64', 'sfixed64']);
const UNSIGNED_LONG = new Set(['uint64', 'fixed64']);

const sortedFields = new WeakMap<Type, Field[]>();

/** A type's fields in field-number order (the order pycriu's ListFields gives). */
export function fieldsByNumber(type: Type): Field[] {
  let list = sortedFields.get(type);
  if (list === undefined) {
    list = [...type.fieldsArray].sort((a, b) => a.id - b.id);
    for (const f of list) f.resolve();
    sortedFields.set(type, list);
  }
  return list;
}

/** True for the one bytes field crit prints as quoted-printable (`(criu).conv = "unix_name"`). */
function isUnixName(type: Type, field: Field): boolean {
  return field.name === 'name' && type.name === 'unix_sk_entry';
}

/** A 64-bit protobufjs value (Long or number) as a number, or a bigint past 2^53. */
export function longValue(v: unknown, unsigned: boolean): number | bigint {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return v;
  const l = v as { low: number; high: number };
  const big = unsigned
    ? (BigInt(l.high >>> 0) << 32n) | BigInt(l.low >>> 0)
    : (BigInt(l.high | 0) << 32n) | BigInt(l.low >>> 0);
  const n = Number(big);
  return Number.isSafeInteger(n) ? n : big;
}

/** base64 the way Python's base64.encodebytes writes it: 76-column lines, each ending in "\n". */
export function encodebytes(bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let out = '';
  for (let i = 0; i < b64.length; i += 76) out += b64.slice(i, i + 76) + '\n';
  return out;
}

/** A field's resolved message type (duck-typed: protobufjs itself loads lazily). */
function isType(rt: Type | Enum | null): rt is Type {
  return rt !== null && 'fieldsArray' in rt;
}

/** A field's resolved enum. */
function isEnum(rt: Type | Enum | null): rt is Enum {
  return rt !== null && 'valuesById' in rt && !('fieldsArray' in rt);
}

type ObjectConverter = (m: Record<string, unknown>) => CritObject;

/** Per type, a compiled function that builds the view: built once, on first use. */
const compiled = new WeakMap<Type, ObjectConverter>();

/** How the compiled view writes one value `x` of a field, with `c[i]` as its helper. */
function converterOf(type: Type, field: Field): { expr: (x: string, i: number) => string; helper?: unknown } {
  const rt = field.resolvedType;
  if (isType(rt)) return { expr: (x, i) => `c[${i}](${x})`, helper: viewOf(rt) };
  if (isEnum(rt)) return { expr: (x, i) => `(c[${i}][${x}] ?? ${x})`, helper: rt.valuesById };
  if (field.type === 'bytes') {
    const helper = isUnixName(type, field) ? (v: Uint8Array) => quopriEncode(v) : (v: Uint8Array) => encodebytes(v);
    return { expr: (x, i) => `c[${i}](${x})`, helper };
  }
  if (LONG_TYPES.has(field.type)) {
    // The generated decoders give numbers and bigints already; other objects are Long-like.
    const unsigned = UNSIGNED_LONG.has(field.type);
    return { expr: (x, i) => `(typeof ${x} === 'object' ? c[${i}](${x}) : ${x})`, helper: (v: unknown) => longValue(v, unsigned) };
  }
  return { expr: (x) => x };
}

/**
 * Compile the view of one type into straight-line code (like protobufjs does for decoding): a
 * fixed order of constant property names keeps the output objects in one hidden class.
 */
function compile(type: Type): ObjectConverter {
  const helpers: unknown[] = [];
  const lines = ['const o = {};', 'let v;'];
  fieldsByNumber(type).forEach((f, i) => {
    const conv = converterOf(type, f);
    helpers.push(conv.helper);
    const key = JSON.stringify(f.name);
    // Decoded messages are plain objects holding only the fields on the wire, so a plain read
    // (no hasOwnProperty call) tells presence.
    lines.push(`if ((v = m[${key}]) != null) {`);
    if (f.repeated) {
      lines.push(`  if (v.length > 0) { const a = new Array(v.length); for (let k = 0; k < v.length; k++) a[k] = ${conv.expr('v[k]', i)}; o[${key}] = a; }`);
    } else {
      lines.push(`  o[${key}] = ${conv.expr('v', i)};`);
    }
    lines.push('}');
  });
  lines.push('return o;');
  const make = new Function('c', `return function ${type.name.replace(/\W/g, '_')}_view(m) {\n${lines.join('\n')}\n};`) as (c: unknown[]) => ObjectConverter;
  return make(helpers);
}

/** The compiled view function of a type (sub-messages call theirs directly). */
function viewOf(type: Type): ObjectConverter {
  let view = compiled.get(type);
  if (view === undefined) compiled.set(type, (view = compile(type)));
  return view;
}

/** crit's JSON view of one message. */
export function toCritJson(type: Type, m: Record<string, unknown>): CritObject {
  return viewOf(type)(m);
}

function badJson(path: string, what: string): UsageError {
  return new UsageError(DUMP_ERROR_CODES.badJson, `${path}: ${what}`, {
    hint: 'give JSON as `crit decode` or `fdlens show FILE.img` prints it',
  });
}

function intFrom(v: CritValue, path: string): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^(0x[0-9a-f]+|-?\d+)$/i.test(v.trim())) return Number(v.trim());
  throw badJson(path, `expected an integer, got ${JSON.stringify(typeof v === 'bigint' ? String(v) : v)}`);
}

/** A 64-bit value as protobufjs's writer takes it: a safe number, or low/high words. */
type LongBits = { low: number; high: number; unsigned: boolean };

function longFrom(v: CritValue, unsigned: boolean, path: string): number | LongBits {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  let text: string;
  if (typeof v === 'bigint') text = v.toString();
  else if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) text = v.trim();
  else if (typeof v === 'string' && /^0x[0-9a-f]+$/i.test(v.trim())) text = BigInt(v.trim()).toString();
  else throw badJson(path, `expected a 64-bit integer, got ${JSON.stringify(v)}`);
  const big = BigInt.asUintN(64, BigInt(text));
  return { low: Number(big & 0xffffffffn) | 0, high: Number(big >> 32n) | 0, unsigned };
}

function scalarFrom(type: Type, field: Field, v: CritValue, path: string): unknown {
  const rt = field.resolvedType;
  if (isType(rt)) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw badJson(path, 'expected an object');
    return fromCritJson(rt, v as CritObject, path);
  }
  if (isEnum(rt)) {
    if (typeof v === 'string') {
      const n = rt.values[v];
      if (n === undefined) throw badJson(path, `"${v}" is not a value of ${rt.name}`);
      return n;
    }
    return intFrom(v, path);
  }
  switch (field.type) {
    case 'bytes':
      if (typeof v !== 'string') throw badJson(path, 'expected a string (base64)');
      return isUnixName(type, field) ? quopriDecode(v) : Buffer.from(v, 'base64');
    case 'string':
      if (typeof v !== 'string') throw badJson(path, 'expected a string');
      return v;
    case 'bool':
      if (typeof v !== 'boolean') throw badJson(path, 'expected true or false');
      return v;
    default:
      if (LONG_TYPES.has(field.type)) return longFrom(v, UNSIGNED_LONG.has(field.type), path);
      return intFrom(v, path);
  }
}

/** A message (plain object protobufjs can encode) from crit's JSON view; checks required fields. */
export function fromCritJson(type: Type, obj: CritObject, path = type.name): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(obj)) {
    const field = type.fields[key];
    if (field === undefined) throw badJson(`${path}.${key}`, `no field "${key}" in ${type.name}`);
    field.resolve();
    if (field.repeated) {
      if (!Array.isArray(v)) throw badJson(`${path}.${key}`, 'expected an array');
      out[key] = v.map((x, i) => scalarFrom(type, field, x, `${path}.${key}[${i}]`));
    } else {
      out[key] = scalarFrom(type, field, v, `${path}.${key}`);
    }
  }
  for (const f of type.fieldsArray) {
    if (f.required && !(f.name in out)) throw badJson(path, `required field "${f.name}" is missing`);
  }
  return out;
}

/** JSON text the way Python's json.dumps writes it (", " and ": ", ASCII only); bigints exact. */
export function critStringify(value: CritValue, indent?: number): string {
  const pad = (depth: number): string => (indent === undefined ? '' : '\n' + ' '.repeat(indent * depth));
  const sep = indent === undefined ? ', ' : ',';
  const walk = (v: CritValue, depth: number): string => {
    if (v === null) return 'null';
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'string') return asciiJson(v);
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return '[' + v.map((x) => pad(depth + 1) + walk(x, depth + 1)).join(sep) + pad(depth) + ']';
    }
    const keys = Object.keys(v);
    if (keys.length === 0) return '{}';
    return '{' + keys.map((k) => pad(depth + 1) + asciiJson(k) + ': ' + walk(v[k]!, depth + 1)).join(sep) + pad(depth) + '}';
  };
  return walk(value, 0);
}

function asciiJson(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
