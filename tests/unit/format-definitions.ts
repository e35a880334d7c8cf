/**
 * The definition modules of src/lib/checker/formats/, found by reading the folder (not formats/index.ts,
 * so a module left out of that list is still seen), with their definitions and samples.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FormatDefinition, Sample, WrapperDefinition } from '../../src/lib/checker/formats/types.ts';

const FOLDER = 'src/lib/checker/formats';
// Modules of the folder that hold no definition: shapes, shared fragments, the list and the engine.
const NOT_DEFINITIONS = new Set(['types.ts', 'fragments.ts', 'index.ts', 'detect.ts', 'access-logs.ts']);

export interface DefinitionModule {
  /** Path inside the formats folder, e.g. `wrappers/docker.ts`. */
  file: string;
  formats: FormatDefinition[];
  wrappers: WrapperDefinition[];
  samples: Sample[];
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

const isDefinition = (value: unknown): value is FormatDefinition | WrapperDefinition =>
  typeof value === 'object' && value !== null && 'layouts' in value && 'id' in value;

export async function definitionModules(): Promise<DefinitionModule[]> {
  const modules: DefinitionModule[] = [];
  for (const path of filesUnder(FOLDER).sort()) {
    const file = relative(FOLDER, path);
    if (NOT_DEFINITIONS.has(file)) continue;
    const exports = (await import(`../../${path}`)) as Record<string, unknown>;
    const definitions = Object.values(exports).filter(isDefinition);
    modules.push({
      file,
      // A wrapper names the format its lines fall back to; a format definition has none.
      formats: definitions.filter((d): d is FormatDefinition => !('format' in d)),
      wrappers: definitions.filter((d): d is WrapperDefinition => 'format' in d),
      samples: (exports.samples as Sample[] | undefined) ?? [],
    });
  }
  return modules;
}
