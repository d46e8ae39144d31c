import { usccCheckChar } from '../contract/uscc';
import type { DocumentType } from '../contract/identity-document';
import type { EnterpriseRegistry, RegistryEntry } from './enterprise-registry';

/**
 * LOCAL STAND-IN, used only inside the local cloud (isLocalTwin): a few seeded enterprises instead
 * of the business registry. The legal representatives' documents are the local fixtures' (the
 * Macao resident 戴法人's travel permit, a residence permit, an ID card); their index is computed with this
 * environment's index key, as the production adapter does with what the registry answers.
 * Codes not seeded are unknown to it (the staff check from the business licence applies).
 */
const usccFrom = (first17: string) => first17 + (usccCheckChar(first17) ?? '');

export const LOCAL_REGISTRY_SEED: readonly {
  uscc: string;
  name: string;
  legalRep: { type: DocumentType; number: string };
}[] = [
  {
    uscc: usccFrom('91440400MA4W1XYR5'),
    name: '琴澳科技有限公司',
    legalRep: { type: 'travel-permit', number: 'M1234567801' },
  },
  {
    uscc: usccFrom('91440400MA55ABCD0'),
    name: '横琴另一家贸易有限公司',
    legalRep: { type: 'residence-permit', number: '820000200002290021' },
  },
  {
    uscc: usccFrom('91440400MA5QQQQQ1'),
    name: '粤澳桥咨询有限公司',
    legalRep: { type: 'resident-id', number: '440304198801011237' },
  },
];

export class LocalEnterpriseRegistryStandIn implements EnterpriseRegistry {
  readonly name = 'local-stand-in';

  constructor(private readonly documentIndex: (type: DocumentType, number: string) => string) {}

  async lookup(uscc: string): Promise<RegistryEntry | null> {
    const seeded = LOCAL_REGISTRY_SEED.find((e) => e.uscc === uscc);
    if (!seeded) return null;
    const legalRepDocumentIndex = this.documentIndex(seeded.legalRep.type, seeded.legalRep.number);
    return { uscc: seeded.uscc, name: seeded.name, legalRepDocumentIndex };
  }
}
