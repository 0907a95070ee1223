// Regenerate src/generated/schema.ts from proto/*.proto.
import { writeFileSync } from 'node:fs';
import { GENERATED_SCHEMA_FILE, generateSchemaModule } from '../src/schema-gen.js';
import { PROTO_DIR } from '../src/schema.js';

writeFileSync(GENERATED_SCHEMA_FILE, generateSchemaModule(PROTO_DIR));
console.log(`wrote ${GENERATED_SCHEMA_FILE}`);
