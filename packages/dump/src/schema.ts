// The proto2 schemas in ../proto, loaded once with protobufjs reflection from their generated
// JSON form (src/generated/schema.ts). protobufjs compiles a decoder and encoder per type on
// first use; bench/decode.ts measures that against pbjs static code.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type protobufTypes from 'protobufjs';
import type { Root, Type, Enum } from 'protobufjs';
import { CRIU_SCHEMA } from './generated/schema.js';

/** Folder of the .proto files (shipped with the package). */
export const PROTO_DIR = fileURLToPath(new URL('../proto/', import.meta.url));

let root: Root | undefined;
let lib: typeof protobufTypes | undefined;

/**
 * protobufjs (light: reflection, no parser), loaded on first use: reading a dump needs only the
 * generated codecs, so `readDump` never pays for it; the crit JSON view and encodeImage do.
 */
export function protobufLib(): typeof protobufTypes {
  lib ??= createRequire(import.meta.url)('protobufjs/light.js') as typeof protobufTypes;
  return lib;
}

/** The loaded schema root (field names kept in CRIU's snake_case). */
export function schemaRoot(): Root {
  if (root === undefined) root = protobufLib().Root.fromJSON(CRIU_SCHEMA);
  return root;
}

const types = new Map<string, Type>();

/** A message type by its proto name (`file_entry`, `core_entry` …). */
export function messageType(name: string): Type {
  let t = types.get(name);
  if (t === undefined) {
    t = schemaRoot().lookupType(name);
    types.set(name, t);
  }
  return t;
}

/** An enum by its proto name (`fd_types`). */
export function enumType(name: string): Enum {
  return schemaRoot().lookupEnum(name);
}

/** Every message type the schemas define, by name. */
export function allMessageTypes(): Type[] {
  const protobuf = protobufLib();
  const out: Type[] = [];
  const walk = (ns: protobufTypes.NamespaceBase): void => {
    for (const obj of ns.nestedArray) {
      if (obj instanceof protobuf.Type) out.push(obj);
      if (obj instanceof protobuf.Namespace || obj instanceof protobuf.Type) walk(obj);
    }
  };
  walk(schemaRoot());
  return out;
}
