import { z } from 'zod';
import { AttestationSchema, type Attestation } from '../model/index.js';
import { InputFileError } from '../errors.js';
import { readUserFile } from '../files/user-file.js';
import { FRAMEWORK_IDS, findControl, frameworkOfControlId } from './catalogue.js';

/** An attestation as a person writes it: the framework, when given, is one of the registered packs. */
const AttestationEntrySchema = AttestationSchema.extend({
  framework: z.enum(FRAMEWORK_IDS).optional().describe(AttestationSchema.shape.framework.description ?? ''),
});

export const AttestationFileSchema = z
  .object({
    attestations: z
      .array(AttestationEntrySchema)
      .describe('One entry per control answered by people rather than cloud APIs'),
  })
  .strict()
  .describe('mlscan attestation file: answers for controls no API can show (policies, playbooks, tests, training)');

/** Reads and validates an attestation file (YAML or JSON); every problem is one `file: path: message` line. */
export function loadAttestations(file: string): Attestation[] {
  const parsed = readUserFile(file, AttestationFileSchema);
  return checkAttestations(file, parsed.attestations);
}

/** Resolves each entry's framework and rejects unknown or duplicated controls. */
export function checkAttestations(file: string, attestations: readonly Attestation[]): Attestation[] {
  const seen = new Map<string, number>();
  return attestations.map((a, i) => {
    const path = `$.attestations[${i}].control`;
    const framework = a.framework ?? frameworkOfControlId(a.control);
    if (!framework || !findControl(framework, a.control)) {
      const where = a.framework ? ` in framework ${a.framework}` : '';
      throw new InputFileError(file, path, `unknown control '${a.control}'${where} (mlscan frameworks lists the controls)`);
    }
    const key = `${framework}|${a.control}`;
    const first = seen.get(key);
    if (first !== undefined) throw new InputFileError(file, path, `control '${a.control}' is already answered at $.attestations[${first}]`);
    seen.set(key, i);
    return { ...a, framework };
  });
}
