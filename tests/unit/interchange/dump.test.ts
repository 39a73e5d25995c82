import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'vitest';
import { importFile } from '../../../electron/core/interchange/import/import-file';
import { toDraft } from '../../../electron/core/interchange/import/to-draft';
it('dump', async () => {
  for (const f of readdirSync('tests/fixtures/import')) {
    const out = await importFile(readFileSync(`tests/fixtures/import/${f}`));
    console.log(f, JSON.stringify(out.ok ? { ...out.file, drafts: out.file.candidates.map((c) => { const d = toDraft(c); return d.ok ? [d.fields.name, d.fields.company, d.fields.role, d.fields.emails, d.fields.phones, d.fields.links, d.fields.platforms, d.fields.notes, d.fields.tags, d.fields.city, d.fields.customFields, d.fields.howWeMet] : d; }), candidates: undefined } : out, null, 0));
  }
});
