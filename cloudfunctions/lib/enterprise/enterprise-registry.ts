/**
 * The business registry (国家企业信用信息公示系统 or the operator's registry gateway) as this
 * service needs it: who the registered legal representative of a unified social credit code is.
 * The legal representative is compared by the same blind document index accounts carry, so no
 * document number is kept or compared in the clear. A failure to reach the registry throws: the
 * registration is refused (strict), never stored as if checked.
 */
export interface RegistryEntry {
  uscc: string;
  name: string;
  /** sensitiveFields.documentIndex of the legal representative's identity document. */
  legalRepDocumentIndex: string;
}

export interface EnterpriseRegistry {
  readonly name: string;
  /** The registry's entry for `uscc`, or null when the registry has none. */
  lookup(uscc: string): Promise<RegistryEntry | null>;
}

/** What the registry says about a claimed legal representative of `uscc`. */
export type RegistryVerdict = 'confirmed' | 'contradicted' | 'unknown';

export async function registryVerdict(
  registry: EnterpriseRegistry,
  uscc: string,
  legalRepDocumentIndex: string,
): Promise<RegistryVerdict> {
  const entry = await registry.lookup(uscc);
  if (!entry) return 'unknown';
  return entry.legalRepDocumentIndex === legalRepDocumentIndex ? 'confirmed' : 'contradicted';
}
