import type { DocumentType } from '../contract/identity-document';
import type { EnterpriseRegistry, RegistryEntry } from './enterprise-registry';

/**
 * The production registry adapter: the operator's business-registry gateway, configured by
 * QYB_ENTERPRISE_REGISTRY_URL and QYB_ENTERPRISE_REGISTRY_TOKEN (scripts/deploy/operator-env.ts).
 * GET <url>?uscc=… answers 200 `{ uscc, name, legalRepresentative: { documentType, documentNumber } }`
 * or 404 when the code is not registered. The number is turned into the blind index at once and
 * not kept.
 */
interface GatewayAnswer {
  uscc?: unknown;
  name?: unknown;
  legalRepresentative?: { documentType?: unknown; documentNumber?: unknown };
}

const DOCUMENT_TYPES: readonly string[] = ['resident-id', 'residence-permit', 'travel-permit', 'passport'];

export class HttpEnterpriseRegistry implements EnterpriseRegistry {
  readonly name = 'http';

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly documentIndex: (type: DocumentType, number: string) => string,
    private readonly get: typeof fetch = fetch,
  ) {}

  async lookup(uscc: string): Promise<RegistryEntry | null> {
    const response = await this.get(`${this.url}?uscc=${encodeURIComponent(uscc)}`, {
      headers: { authorization: `Bearer ${this.token}` },
      signal: AbortSignal.timeout(2500),
    });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`registry-${response.status}`);
    const body = (await response.json()) as GatewayAnswer;
    const rep = body.legalRepresentative;
    const type = rep?.documentType;
    const number = rep?.documentNumber;
    if (body.uscc !== uscc || typeof body.name !== 'string' || typeof number !== 'string') {
      throw new Error('registry-malformed');
    }
    if (typeof type !== 'string' || !DOCUMENT_TYPES.includes(type)) throw new Error('registry-document-type');
    return { uscc, name: body.name, legalRepDocumentIndex: this.documentIndex(type as DocumentType, number) };
  }
}
