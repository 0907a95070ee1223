// Static code generation: a decoder and an encoder per message, written out as straight-line
// JavaScript (generated/codecs.ts) from the schemas as protobufjs parses them. Small, monomorphic
// functions over the hand-written wire reader: they start fast (no runtime codegen, no Long
// objects) and stay fast. `pnpm --filter @fdlens/dump gen:schema` rewrites the file; a test fails
// when it is stale.

import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type protobufTypes from 'protobufjs';
import type { Enum, Field, Type } from 'protobufjs';

/** Where the generated codecs live. */
export const GENERATED_CODECS_FILE = fileURLToPath(new URL('./generated/codecs.ts', import.meta.url));

/** Reader call, writer call and wire type of each scalar type the schemas use. */
const SCALARS: Readonly<Record<string, { read: string; write: string; wt: number }>> = {
  uint32: { read: 'r.u32()', write: 'u32', wt: 0 },
  int32: { read: 'r.i32()', write: 'i32', wt: 0 },
  sint32: { read: 'r.s32()', write: 's32', wt: 0 },
  uint64: { read: 'r.u64()', write: 'u64', wt: 0 },
  bool: { read: 'r.bool()', write: 'bool', wt: 0 },
  fixed64: { read: 'r.f64()', write: 'f64', wt: 1 },
  string: { read: 'r.string(end)', write: 'string', wt: 2 },
  bytes: { read: 'r.bytes(end)', write: 'bytes', wt: 2 },
};

/** Parse and resolve every .proto file of `protoDir` (full protobufjs: generation time only). */
export function loadProtoRoot(protoDir: string): protobufTypes.Root {
  const protobuf = createRequire(import.meta.url)('protobufjs') as typeof protobufTypes;
  const files = readdirSync(protoDir)
    .filter((f) => f.endsWith('.proto'))
    .sort()
    .map((f) => `${protoDir}/${f}`.replace(/\/\//g, '/'));
  const root = new protobuf.Root();
  root.loadSync(files, { keepCase: true });
  root.resolveAll();
  return root;
}

function messages(root: protobufTypes.Root, protobuf: typeof protobufTypes): Type[] {
  const out: Type[] = [];
  const walk = (ns: protobufTypes.NamespaceBase): void => {
    for (const obj of ns.nestedArray) {
      if (obj instanceof protobuf.Type) out.push(obj);
      if (obj instanceof protobuf.Namespace || obj instanceof protobuf.Type) walk(obj);
    }
  };
  walk(root);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The text of generated/codecs.ts for the .proto files in `protoDir`. */
export function generateCodecModule(protoDir: string): string {
  const protobuf = createRequire(import.meta.url)('protobufjs') as typeof protobufTypes;
  const root = loadProtoRoot(protoDir);
  const types = messages(root, protobuf);
  const enums = new Map<Enum, string>();
  const enumName = (e: Enum): string => {
    let n = enums.get(e);
    if (n === undefined) enums.set(e, (n = `E_${e.fullName.replace(/^\./, '').replace(/\W/g, '_')}`));
    return n;
  };
  const out: string[] = [];
  for (const type of types) {
    const fields = [...type.fieldsArray].sort((a, b) => a.id - b.id);
    // Decoder.
    out.push(`function d_${type.name}(r, end) {`, '  const m = {};', '  while (r.pos < end) {', '    const start = r.pos;', '    const tag = r.u32();', '    switch (tag) {');
    for (const f of fields) out.push(...decodeCases(f, enumName));
    out.push('      default:', '        r.unknown(m, tag, start, end);', '    }', '  }', '  r.done(end);');
    for (const f of fields) if (f.required) out.push(`  if (m.${f.name} === undefined) throw missingField(${JSON.stringify(type.name)}, ${JSON.stringify(f.name)});`);
    out.push('  return m;', '}', '');
    // Encoder: fields by number (as protobuf-c writes them), then unknown fields.
    out.push(`function e_${type.name}(w, m) {`, '  let v;');
    for (const f of fields) out.push(...encodeField(type, f));
    out.push('  v = m.$unknowns;', '  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);', '}', '');
  }
  const enumDecls = [...enums].map(([e, n]) => `const ${n} = new Set(${JSON.stringify(Object.values(e.values))});`);
  return [
    '// GENERATED from ../../proto/*.proto by scripts/gen-schema.ts (src/codegen.ts): do not edit.',
    '// @ts-nocheck',
    "import { keepRaw, missingField } from '../wire.js';",
    '',
    ...enumDecls,
    '',
    ...out,
    '/** Decoder of each message, by name: (reader, end) → plain object. */',
    `export const DECODERS = { ${types.map((t) => `${t.name}: d_${t.name}`).join(', ')} };`,
    '',
    '/** Encoder of each message, by name: (writer, message) → void. */',
    `export const ENCODERS = { ${types.map((t) => `${t.name}: e_${t.name}`).join(', ')} };`,
    '',
  ].join('\n');
}

function decodeCases(f: Field, enumName: (e: Enum) => string): string[] {
  const rt = f.resolvedType;
  const put = (expr: string): string => (f.repeated ? `(m.${f.name} ??= []).push(${expr})` : `m.${f.name} = ${expr}`);
  const tag = (wt: number): number => ((f.id << 3) | wt) >>> 0;
  if (rt !== null && 'fieldsArray' in rt) {
    return [`      case ${tag(2)}: {`, '        const stop = r.span(end);', `        ${put(`d_${rt.name}(r, stop)`)};`, '        break;', '      }'];
  }
  if (rt !== null) {
    // A closed (proto2) enum: a value the schema does not list is kept as an unknown field.
    const one = [`        const v = r.i32();`, `        if (${enumName(rt as Enum)}.has(v)) ${put('v')}; else keepRaw(m, r.buf.subarray(start, r.pos));`];
    return [`      case ${tag(0)}: {`, ...one, '        break;', '      }'];
  }
  const s = SCALARS[f.type];
  if (s === undefined) throw new Error(`codegen: field type ${f.type} (${f.fullName}) is not supported`);
  const cases = [`      case ${tag(s.wt)}:`, `        ${put(s.read)};`, '        break;'];
  if (f.repeated && s.wt !== 2) {
    // proto2 writers do not pack, but a parser must take packed data too.
    cases.push(
      `      case ${tag(2)}: {`,
      '        const stop = r.span(end);',
      `        const a = (m.${f.name} ??= []);`,
      `        while (r.pos < stop) a.push(${s.read});`,
      '        r.done(stop);',
      '        break;',
      '      }',
    );
  }
  return cases;
}

function encodeField(type: Type, f: Field): string[] {
  const rt = f.resolvedType;
  const isMessage = rt !== null && 'fieldsArray' in rt;
  const s = isMessage ? undefined : rt !== null ? { write: 'i32', wt: 0 } : SCALARS[f.type];
  if (!isMessage && s === undefined) throw new Error(`codegen: field type ${f.type} (${f.fullName}) is not supported`);
  const wt = isMessage ? 2 : s!.wt;
  const tag = ((f.id << 3) | wt) >>> 0;
  const one = (x: string): string =>
    isMessage ? `{ w.u32(${tag}); const at = w.fork(); e_${rt!.name}(w, ${x}); w.join(at); }` : `{ w.u32(${tag}); w.${s!.write}(${x}); }`;
  const lines = [`  v = m.${f.name};`];
  if (f.repeated) lines.push(`  if (v != null) for (let i = 0; i < v.length; i++) ${one('v[i]')}`);
  else if (f.required) lines.push(`  if (v == null) throw missingField(${JSON.stringify(type.name)}, ${JSON.stringify(f.name)});`, `  ${one('v')}`);
  else lines.push(`  if (v != null) ${one('v')}`);
  return lines;
}
