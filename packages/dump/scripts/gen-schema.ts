// Regenerate src/generated/schema.ts and src/generated/codecs.ts from proto/*.proto.
import { writeFileSync } from 'node:fs';
import { GENERATED_CODECS_FILE, generateCodecModule } from '../src/codegen.js';
import { GENERATED_SCHEMA_FILE, generateSchemaModule } from '../src/schema-gen.js';
import { PROTO_DIR } from '../src/schema.js';

writeFileSync(GENERATED_SCHEMA_FILE, generateSchemaModule(PROTO_DIR));
writeFileSync(GENERATED_CODECS_FILE, generateCodecModule(PROTO_DIR));
console.log(`wrote ${GENERATED_SCHEMA_FILE} and ${GENERATED_CODECS_FILE}`);
