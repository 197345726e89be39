import { describe, expect, it } from 'vitest';
import { sm2 } from 'sm-crypto-v2';
import { AgencySeals, canonicalJson } from './agency-seal.ts';

describe('agency seals: SM2 with SM3 over a canonical serialisation', () => {
  const seals = new AgencySeals('a-test-secret-that-is-long-enough-0001');
  const sheet = canonicalJson({ rows: [{ seq: 1, months: 27 }], accountAmount: '1415.50', issuedOn: '2026-10-12' });

  it('serialises with keys in a fixed order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('signs with one key per agency, which a standard SM2 implementation verifies', () => {
    const signature = seals.sign('350100', sheet);
    expect(signature).toMatch(/^[0-9a-f]{128}$/);
    expect(seals.verify('350100', sheet, signature)).toBe(true);
    expect(sm2.doVerifySignature(sheet, signature, seals.publicKey('350100'), { hash: true })).toBe(true);
    expect(seals.publicKey('350100')).not.toBe(seals.publicKey('350200'));
    expect(seals.publicKey('350100')).toBe(
      new AgencySeals('a-test-secret-that-is-long-enough-0001').publicKey('350100'),
    );
  });

  it('fails verification for a tampered sheet, another agency, or a forged signature', () => {
    const signature = seals.sign('350100', sheet);
    expect(seals.verify('350100', sheet.replace('1415.50', '1515.50'), signature)).toBe(false);
    expect(seals.verify('350200', sheet, signature)).toBe(false);
    expect(seals.verify('350100', sheet, `${signature.slice(0, 127)}0`)).toBe(signature.endsWith('0'));
    expect(seals.verify('350100', sheet, 'not-a-signature')).toBe(false);
  });
});
