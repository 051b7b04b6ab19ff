/** Country calling codes for the markets the product meets, to write local numbers in E.164. */
const CALLING_CODES: Readonly<Record<string, string>> = {
  CN: '86',
  HK: '852',
  TW: '886',
  JP: '81',
  KR: '82',
  SG: '65',
  MY: '60',
  TH: '66',
  VN: '84',
  ID: '62',
  PH: '63',
  IN: '91',
  US: '1',
  CA: '1',
  MX: '52',
  BR: '55',
  GB: '44',
  DE: '49',
  FR: '33',
  ES: '34',
  IT: '39',
  NL: '31',
  AU: '61',
  NZ: '64',
  AE: '971',
  SA: '966',
};

export function callingCodeOf(country: string | undefined): string | undefined {
  return country && Object.hasOwn(CALLING_CODES, country) ? CALLING_CODES[country] : undefined;
}

/**
 * A phone number in E.164 ("+8613312343069"), or undefined when it cannot be written unambiguously:
 * letters, masks, extensions, or a local number whose country calling code is unknown.
 */
export function normalizePhone(text: string, callingCode: string | undefined): string | undefined {
  const compact = text.trim().replace(/[\s\-().\u00a0]/g, '');
  if (!/^(\+|00)?\d{6,17}$/.test(compact)) return undefined;
  let e164: string;
  if (compact.startsWith('+')) e164 = compact;
  else if (compact.startsWith('00')) e164 = `+${compact.slice(2)}`;
  else if (callingCode === '1') {
    // North America: ten digits, or eleven with the leading country code 1.
    if (compact.length === 10) e164 = `+1${compact}`;
    else if (compact.length === 11 && compact.startsWith('1')) e164 = `+${compact}`;
    else return undefined;
  } else if (callingCode && compact.startsWith(callingCode) && compact.length > 11) e164 = `+${compact}`;
  else if (callingCode) e164 = `+${callingCode}${compact.replace(/^0/, '')}`;
  else return undefined;
  return /^\+[1-9]\d{6,14}$/.test(e164) ? e164 : undefined;
}
