// The proto2 schemas in ../proto, loaded once with protobufjs reflection. protobufjs compiles a
// decoder and encoder per type on first use, so this is the same code path static generation
// would take (bench/decode.ts measures both).

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import type { Root, Type, Enum } from 'protobufjs';

/** Folder of the .proto files (shipped with the package). */
export const PROTO_DIR = fileURLToPath(new URL('../proto/', import.meta.url));

let root: Root | undefined;

/** The loaded schema root (field names kept in CRIU's snake_case). */
export function schemaRoot(): Root {
  if (root === undefined) {
    const files = readdirSync(PROTO_DIR)
      .filter((f) => f.endsWith('.proto'))
      .sort()
      .map((f) => PROTO_DIR + f);
    const r = new protobuf.Root();
    r.loadSync(files, { keepCase: true });
    r.resolveAll();
    root = r;
  }
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
  const out: Type[] = [];
  const walk = (ns: protobuf.NamespaceBase): void => {
    for (const obj of ns.nestedArray) {
      if (obj instanceof protobuf.Type) out.push(obj);
      if (obj instanceof protobuf.Namespace || obj instanceof protobuf.Type) walk(obj);
    }
  };
  walk(schemaRoot());
  return out;
}
