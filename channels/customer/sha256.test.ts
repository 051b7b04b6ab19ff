import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

/** The audited implementation the hand-written one replaced: every hash must stay the same key. */
const reference = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 digests of the standard examples', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals @noble/hashes on random texts: any length across block edges, any UTF-16 (lone surrogates too)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom('a', 'é', '中', '😀', '\ud800', '\udc00', '\u0000'), maxLength: 140 }),
      fc.nat({ max: 200 }).map((n) => 'x'.repeat(n)),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(sha256Hex(t)).toBe(reference(t));
      }),
      { numRuns: 2000 },
    );
  });
});
