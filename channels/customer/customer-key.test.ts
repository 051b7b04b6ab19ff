import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerKeys, type CustomerKeyInput } from './customer-key';
import { normalizePhone } from './phone';
import { sha256Hex } from './sha256';

const base: CustomerKeyInput = {
  namespace: 'shop',
  relayEmailDomains: ['marketplace.amazon.com', 'chat.seller.tiktok.com'],
};

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with Node crypto on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  }, 60_000); // 100 hashes of up to 300 characters: well under a second alone, several under full-suite load
});

describe('normalizePhone', () => {
  it.each([
    ['13312343069', '86', '+8613312343069'],
    ['+86 133-1234-3069', undefined, '+8613312343069'],
    ['008613312343069', undefined, '+8613312343069'],
    ['8613312343069', '86', '+8613312343069'],
    ['029-8989999', '86', '+86298989999'],
    ['555-625-1199', '1', '+15556251199'],
    ['1 (555) 625-1199', '1', '+15556251199'],
    ['07700 900123', '44', '+447700900123'],
  ])('%s (+%s) → %s', (text, code, e164) => expect(normalizePhone(text, code)).toBe(e164));

  it.each([
    ['136*******5', '86'],
    ['(+1)213-***-1234', '1'],
    ['555-625-1199', undefined],
    ['+1 480-386-0930 ext. 73824', '1'],
    ['12', '86'],
  ])('%s cannot be written in E.164', (text, code) => expect(normalizePhone(text, code)).toBeUndefined());
});

describe('customerKeys', () => {
  it('links one buyer across channels: the same e-mail or phone, however written, gives the same key', () => {
    const a = customerKeys({ ...base, email: ' Bob.Norman@HostMail.com ', buyerId: '207119551' });
    const b = customerKeys({ ...base, namespace: 'woocommerce', email: 'bob.norman@hostmail.com', buyerId: '11' });
    expect(a.best).toBe(b.best);
    expect(a.best).toMatch(/^email:[0-9a-f]{32}$/);
    const c = customerKeys({ ...base, phone: '+86 133 1234 3069' });
    const d = customerKeys({ ...base, phone: '13312343069', country: 'CN' });
    expect(c.best).toBe(d.best);
  });

  it('prefers e-mail, then phone, then the namespaced buyer id, then a relay e-mail', () => {
    expect(customerKeys({ ...base, buyerId: 'u1', phone: '13312343069', country: 'CN' }).all).toEqual([
      expect.stringMatching(/^phone:/),
      'shop:u1',
    ]);
    expect(
      customerKeys({ ...base, namespace: 'tiktokshop', buyerId: '702', email: 'v2b2V5@chat.seller.tiktok.com' }).all,
    ).toEqual(['tiktokshop:702', expect.stringMatching(/^tiktokshop:relay:[0-9a-f]{32}$/)]);
  });

  it('never keys a masked contact, and says so', () => {
    const keys = customerKeys({ ...base, phone: '136*******5', email: 'a***@qq.com' });
    expect(keys.all).toEqual([]);
    expect(keys.masked).toEqual(['email', 'phone']);
  });

  it('mixes the host salt into every hash', () => {
    expect(customerKeys({ ...base, email: 'a@b.co', salt: 's1' }).best).not.toBe(
      customerKeys({ ...base, email: 'a@b.co', salt: 's2' }).best,
    );
  });
});
