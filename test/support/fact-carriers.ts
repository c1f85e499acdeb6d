// Checks that keep a provider's fact carriers (the static table its plugin exposes) equal to what
// its collectors declare (`facts`) and what its linkers set, and the declarations true to what the
// normalisers produce. Shared by test/providers/aws and test/providers/azure fact-carriers tests.
import { FactsSchema, type FactCarriers, type FactName, type Facts } from '../../src/model/index.js';

const ORDER = Object.keys(FactsSchema.shape) as FactName[];

/** `tagsRead` is set by the providers' assembly (not a normaliser) on every asset whose tags were read. */
export const ASSEMBLY_FACTS: readonly FactName[] = ['tagsRead'];

/** One native type's facts from one declaration (a collector, or the linkers). */
export interface CarrierSource {
  nativeType: string;
  facts: readonly FactName[];
}

/** The fact carriers the declarations add up to: per native type, their union plus the assembly's, in FactsSchema order. */
export function carriersOf(sources: readonly CarrierSource[], linked: FactCarriers): FactCarriers {
  const sets = new Map<string, Set<FactName>>();
  const add = (type: string, facts: readonly FactName[]) => {
    const set = sets.get(type) ?? new Set<FactName>(ASSEMBLY_FACTS);
    for (const f of facts) set.add(f);
    sets.set(type, set);
  };
  for (const s of sources) add(s.nativeType, s.facts);
  for (const [type, facts] of Object.entries(linked)) add(type, facts);
  return Object.fromEntries([...sets.keys()].sort().map((type) => [type, ORDER.filter((f) => sets.get(type)!.has(f))]));
}

/** `<where>: <fact>` for each fact set that `allowed` does not list (empty when every fact is declared). */
export function undeclaredFacts(where: string, facts: Facts | undefined, allowed: readonly FactName[] | undefined): string[] {
  return Object.keys(facts ?? {})
    .filter((f) => !(allowed ?? []).includes(f as FactName) && !ASSEMBLY_FACTS.includes(f as FactName))
    .map((f) => `${where}: ${f}`);
}
