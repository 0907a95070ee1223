// The generated schema module: the .proto files parsed once at build time into protobufjs's JSON
// form, so start-up skips tokenizing and parsing them (fromJSON is ~4x faster than parsing).
// `pnpm --filter @fdlens/dump gen:schema` rewrites it; a test fails when it is stale.

import { fileURLToPath } from 'node:url';
import { loadProtoRoot } from './codegen.js';

/** Where the generated module lives. */
export const GENERATED_SCHEMA_FILE = fileURLToPath(new URL('./generated/schema.ts', import.meta.url));

/** The text of the generated module for the .proto files in `protoDir`. */
export function generateSchemaModule(protoDir: string): string {
  // The full build (with the .proto parser) is needed here only; the runtime uses protobufjs/light.
  const root = loadProtoRoot(protoDir);
  const json = JSON.stringify(root.toJSON(), null, 1);
  return [
    '// GENERATED from ../../proto/*.proto by scripts/gen-schema.ts: do not edit.',
    "import type { INamespace } from 'protobufjs';",
    '',
    '/** The CRIU image schemas in protobufjs JSON form. */',
    `export const CRIU_SCHEMA: INamespace = ${json};`,
    '',
  ].join('\n');
}
