import { createHmac } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';

/**
 * Agencies' electronic seals (电子签章): SM2 signatures with SM3 (GB/T 32918, GB/T 32905), the national
 * standard, over a document's canonical form.
 *
 * Each agency's private key is derived from AGENCY_SEAL_KEY and its region code (HMAC-SHA256, reduced into
 * the SM2 key range), so keys need no storage and every instance of the service signs alike; the public key
 * is published on `Agency.publicKey`. In a real deployment each agency's key lives in its own signing device
 * or key service; the derivation is the stand-in, and the risk is noted in the README.
 */
const SM2_ORDER = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;

export class AgencySeals {
  private readonly keys = new Map<string, { privateKey: string; publicKey: string }>();

  constructor(private readonly secret: string) {}

  private keysOf(regionCode: string) {
    let keys = this.keys.get(regionCode);
    if (!keys) {
      const digest = BigInt(`0x${createHmac('sha256', this.secret).update(`agency-seal:${regionCode}`).digest('hex')}`);
      const privateKey = ((digest % (SM2_ORDER - 1n)) + 1n).toString(16).padStart(64, '0');
      keys = { privateKey, publicKey: sm2.getPublicKeyFromPrivateKey(privateKey) };
      this.keys.set(regionCode, keys);
    }
    return keys;
  }

  publicKey(regionCode: string): string {
    return this.keysOf(regionCode).publicKey;
  }

  /** The agency's signature over `content`: SM2 over the SM3 digest (with the signer's Z value), r‖s in hex. */
  sign(regionCode: string, content: string): string {
    const { privateKey, publicKey } = this.keysOf(regionCode);
    return sm2.doSignature(content, privateKey, { hash: true, publicKey, der: false });
  }

  verify(regionCode: string, content: string, signature: string): boolean {
    try {
      return sm2.doVerifySignature(content, signature, this.publicKey(regionCode), { hash: true, der: false });
    } catch {
      return false;
    }
  }
}

/** JSON with keys in a fixed order at every level: the same document always serialises to the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
