// The generated schema module must be what proto/*.proto give today (CI fails when it is stale),
// and every image kind fdlens models must name a message the schemas define.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_CODECS_FILE,
  GENERATED_SCHEMA_FILE,
  PROTO_DIR,
  allMessageTypes,
  generateCodecModule,
  generateSchemaModule,
  imageKinds,
} from '@fdlens/dump';

describe('generated schema', () => {
  it('src/generated/schema.ts matches proto/*.proto (run `pnpm --filter @fdlens/dump gen:schema`)', () => {
    expect(readFileSync(GENERATED_SCHEMA_FILE, 'utf8')).toBe(generateSchemaModule(PROTO_DIR));
  });

  it('src/generated/codecs.ts matches proto/*.proto (run `pnpm --filter @fdlens/dump gen:schema`)', () => {
    expect(readFileSync(GENERATED_CODECS_FILE, 'utf8')).toBe(generateCodecModule(PROTO_DIR));
  });

  it('defines every message an image kind names, with proto2 required fields kept', () => {
    const names = new Set(allMessageTypes().map((t) => t.name));
    for (const k of imageKinds()) if (k.message) expect(names.has(k.message), k.name).toBe(true);
    const pstree = allMessageTypes().find((t) => t.name === 'pstree_entry')!;
    expect(pstree.fields['pid']!.required).toBe(true);
    expect(pstree.fields['threads']!.repeated).toBe(true);
    expect(pstree.fields['threads']!.packed).toBe(false);
  });
});
