/**
 * Every format and wrapper definition carries real sample lines (src/lib/checker/formats/): each sample
 * is a test of detection (format, level, wrappers peeled, fields with their spans). The modules are
 * found by reading the folder (format-definitions.ts), so a definition cannot be added without samples
 * or left out of the list detection runs (formats/index.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FieldStore } from '../../src/lib/checker/field-store.ts';
import { readLayout } from '../../src/lib/checker/formats/detect.ts';
import { FORMATS, WRAPPERS } from '../../src/lib/checker/formats/index.ts';
import { LOG_FORMATS } from '../../src/lib/log-formats.ts';
import { definitionModules } from './format-definitions.ts';

const modules = await definitionModules();

test('every definition module holds a definition and samples, and detection runs every definition', () => {
  const listed = new Set<object>([...FORMATS, ...WRAPPERS]);
  for (const module of modules) {
    const definitions = [...module.formats, ...module.wrappers];
    assert.ok(definitions.length > 0, `${module.file} defines no format or wrapper`);
    assert.ok(module.samples.length > 0, `${module.file} has no samples`);
    for (const definition of definitions) assert.ok(listed.has(definition), `${module.file}: ${definition.id} is not in formats/index.ts`);
  }
  assert.equal(modules.flatMap((m) => [...m.formats, ...m.wrappers]).length, listed.size);
});

test('every format id but the wrappers-only ones has a definition, and definitions use known ids', () => {
  const defined = new Set(FORMATS.map((format) => format.id));
  assert.deepEqual(
    [...LOG_FORMATS].filter((id) => !defined.has(id)),
    ['syslog'],
  ); // syslog lines are wrappers/syslog.ts
  for (const wrapper of WRAPPERS) assert.ok((LOG_FORMATS as readonly string[]).includes(wrapper.format), wrapper.id);
});

for (const module of modules) {
  const ownFormats = new Set(module.formats.map((format) => format.id));
  const ownWrappers = new Set(module.wrappers.map((wrapper) => wrapper.id));
  for (const sample of module.samples) {
    test(`${module.file} sample: ${sample.line.slice(0, 80)}`, () => {
      assert.match(sample.source, /^https:\/\//, 'a sample names where the line is seen');
      // A format's samples show that format; a wrapper's samples show that wrapper peeled.
      if (ownFormats.size > 0) assert.ok(ownFormats.has(sample.format), `sample of ${module.file} is ${sample.format}`);
      if (ownWrappers.size > 0)
        assert.ok(
          sample.wrappers?.some((id) => ownWrappers.has(id)),
          `sample of ${module.file} peels none of its wrappers`,
        );

      const store = new FieldStore();
      const detected = readLayout(sample.line, store);
      assert.equal(detected.format, sample.format);
      assert.equal(detected.level, sample.level);
      assert.deepEqual(detected.wrappers, sample.wrappers ?? []);
      const fields = store.read(0, store.size, sample.line);
      for (const [name, value] of Object.entries(sample.fields ?? {})) {
        const field = fields.find((f) => f.name === name && f.value === value);
        assert.ok(field, `field ${name}=${JSON.stringify(value)} missing; got ${JSON.stringify(fields.map((f) => [f.name, f.value]))}`);
        assert.equal(sample.line.slice(field.start, field.end), value);
      }
      assert.ok(detected.messageStart >= 0 && detected.messageStart <= sample.line.length);
    });
  }
}
