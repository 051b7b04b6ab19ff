import type { RunContextInput } from '../../runtime/context/context.schema';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const usd = (amount: number) => ({ amount, currency: 'USD' });

/** Stock per warehouse. Phones and big appliances are scarce, so routing has to split or fall back. */
const CN_STOCK = {
  'WH-SH': { 'AP-MICROWAVE-23L': 40, 'AP-RICECOOKER-4L': 60, 'AP-ROBOVAC-X1': 25, 'BT-SERUM-30ML': 300, 'BT-LIPSTICK-R01': 400, 'BT-MASK-10P': 500, 'BT-SUNSCREEN-50': 260, 'APL-DOWN-JACKET': 80, 'APL-TEE-BASIC': 600, 'APL-JEANS-SLIM': 220, 'APL-SNEAKER-RUN': 120, 'EL-PHONE-PRO': 3, 'EL-EARBUDS-ANC': 90, 'EL-POWERBANK-20K': 300, 'EL-TABLET-11': 30, 'EL-WATCH-S3': 45, 'GR-TEA-LONGJING': 150, 'GR-NUTS-GIFTBOX': 200, 'GR-COFFEE-BEANS': 180, 'HM-PILLOW-LATEX': 90, 'HM-TOWEL-SET': 300, 'GIFT-BAG': 400, 'SAMPLE-KIT': 250 },
  'WH-GZ': { 'AP-WASHER-10KG': 35, 'AP-FRIDGE-520L': 12, 'AP-AIRCON-1.5P': 60, 'AP-DISHWASHER-13': 18, 'AP-MICROWAVE-23L': 50, 'AP-RICECOOKER-4L': 80, 'BT-SERUM-30ML': 150, 'BT-LIPSTICK-R01': 200, 'BT-MASK-10P': 300, 'APL-TEE-BASIC': 500, 'APL-JEANS-SLIM': 150, 'APL-SNEAKER-RUN': 100, 'EL-EARBUDS-ANC': 70, 'EL-POWERBANK-20K': 250, 'EL-TABLET-11': 20, 'GR-NUTS-GIFTBOX': 120, 'GR-COFFEE-BEANS': 90, 'HM-DUVET-QUEEN': 60, 'HM-COOKWARE-SET': 70, 'HM-TOWEL-SET': 200, 'GIFT-BAG': 300, 'SAMPLE-KIT': 0 },
  'WH-BJ': { 'AP-WASHER-10KG': 20, 'AP-FRIDGE-520L': 4, 'AP-DISHWASHER-13': 6, 'AP-ROBOVAC-X1': 15, 'BT-SERUM-30ML': 120, 'BT-SUNSCREEN-50': 100, 'APL-DOWN-JACKET': 150, 'APL-JEANS-SLIM': 80, 'EL-PHONE-PRO': 2, 'EL-EARBUDS-ANC': 40, 'EL-WATCH-S3': 25, 'GR-RICE-5KG': 400, 'GR-TEA-LONGJING': 60, 'HM-DUVET-QUEEN': 40, 'HM-PILLOW-LATEX': 50, 'GIFT-BAG': 150, 'SAMPLE-KIT': 120 },
  'WH-CD': { 'AP-AIRCON-1.5P': 30, 'AP-RICECOOKER-4L': 30, 'BT-MASK-10P': 200, 'APL-TEE-BASIC': 200, 'APL-DOWN-JACKET': 40, 'EL-POWERBANK-20K': 100, 'GR-RICE-5KG': 300, 'GR-NUTS-GIFTBOX': 80, 'HM-TOWEL-SET': 100, 'HM-COOKWARE-SET': 30, 'GIFT-BAG': 80 },
} as const;

const US_STOCK = {
  'FBA-US': { 'AP-RICECOOKER-4L': 40, 'AP-ROBOVAC-X1': 30, 'BT-SERUM-30ML': 200, 'BT-MASK-10P': 300, 'BT-SUNSCREEN-50': 150, 'APL-TEE-BASIC': 400, 'EL-PHONE-PRO': 10, 'EL-EARBUDS-ANC': 150, 'EL-POWERBANK-20K': 300, 'EL-TABLET-11': 40, 'EL-WATCH-S3': 60, 'GR-COFFEE-BEANS': 120, 'HM-PILLOW-LATEX': 80, 'HM-TOWEL-SET': 150, 'HM-COOKWARE-SET': 40 },
  'WH-NJ': { 'AP-MICROWAVE-23L': 25, 'GR-COFFEE-BEANS': 60, 'HM-COOKWARE-SET': 25, 'EL-TABLET-11': 8, 'AP-RICECOOKER-4L': 20, 'BT-SERUM-30ML': 120, 'BT-LIPSTICK-R01': 200, 'BT-MASK-10P': 150, 'BT-SUNSCREEN-50': 90, 'APL-DOWN-JACKET': 60, 'APL-TEE-BASIC': 300, 'APL-JEANS-SLIM': 120, 'APL-SNEAKER-RUN': 80, 'EL-EARBUDS-ANC': 50, 'EL-POWERBANK-20K': 100, 'EL-WATCH-S3': 20, 'GR-TEA-LONGJING': 40, 'GR-NUTS-GIFTBOX': 60, 'HM-DUVET-QUEEN': 30, 'HM-PILLOW-LATEX': 40, 'HM-TOWEL-SET': 80, 'GIFT-BAG': 120, 'SAMPLE-KIT': 200 },
} as const;

/** The world the example flows run in: six warehouses, six carriers, gift costs and gift history. */
export function generateContext({ now }: { now: string }): RunContextInput {
  return {
    now,
    warehouses: [
      { id: 'WH-SH', name: '上海青浦仓 Shanghai Qingpu DC', country: 'CN', province: 'Shanghai', city: 'Shanghai', priorityTiers: ['vip', 'gold'], handlingCost: cny(600), stock: { ...CN_STOCK['WH-SH'] } },
      { id: 'WH-GZ', name: '广州白云仓 Guangzhou Baiyun DC', country: 'CN', province: 'Guangdong', city: 'Guangzhou', handlingCost: cny(500), stock: { ...CN_STOCK['WH-GZ'] } },
      { id: 'WH-BJ', name: '北京大兴仓 Beijing Daxing DC', country: 'CN', province: 'Beijing', city: 'Beijing', priorityTiers: ['vip'], handlingCost: cny(650), stock: { ...CN_STOCK['WH-BJ'] } },
      { id: 'WH-CD', name: '成都双流仓 Chengdu Shuangliu DC', country: 'CN', province: 'Sichuan', city: 'Chengdu', handlingCost: cny(450), stock: { ...CN_STOCK['WH-CD'] } },
      { id: 'FBA-US', name: 'Amazon FBA ONT8 (Moreno Valley)', country: 'US', province: 'CA', city: 'Moreno Valley', channels: ['amazon'], handlingCost: usd(250), stock: { ...US_STOCK['FBA-US'] } },
      { id: 'WH-NJ', name: 'New Jersey 3PL (Edison)', country: 'US', province: 'NJ', city: 'Edison', handlingCost: usd(290), stock: { ...US_STOCK['WH-NJ'] } },
    ],
    carriers: [
      { id: 'SF', name: '顺丰速运 SF Express', countries: ['CN'], servesRemote: false, baseCost: cny(1800), perItemCost: cny(300), remoteSurcharge: cny(0), sameProvinceDays: 1, domesticDays: 2 },
      { id: 'ZTO', name: '中通快递 ZTO Express', countries: ['CN'], excludedProvinces: ['Tibet'], servesRemote: false, baseCost: cny(800), perItemCost: cny(150), remoteSurcharge: cny(0), sameProvinceDays: 1, domesticDays: 3 },
      { id: 'JD', name: '京东物流 JD Logistics', countries: ['CN'], servesRemote: false, baseCost: cny(1200), perItemCost: cny(200), remoteSurcharge: cny(0), sameProvinceDays: 1, domesticDays: 2 },
      { id: 'EMS', name: '中国邮政 EMS', countries: ['CN'], servesRemote: true, baseCost: cny(1500), perItemCost: cny(200), remoteSurcharge: cny(1800), sameProvinceDays: 2, domesticDays: 4, remoteExtraDays: 3 },
      { id: 'UPS', name: 'UPS Ground', countries: ['US'], servesRemote: true, baseCost: usd(1150), perItemCost: usd(180), remoteSurcharge: usd(2500), sameProvinceDays: 1, domesticDays: 4, remoteExtraDays: 3 },
      { id: 'USPS', name: 'USPS Ground Advantage', countries: ['US'], servesRemote: true, baseCost: usd(795), perItemCost: usd(120), remoteSurcharge: usd(900), sameProvinceDays: 2, domesticDays: 5, remoteExtraDays: 2 },
    ],
    // Customers who already had this season's gift bag (the gift node's per-customer limit reads this).
    customers: {
      'CN-C00007': { giftsReceived: { 'GIFT-BAG': 1 } },
      'CN-C00012': { giftsReceived: { 'GIFT-BAG': 2, 'SAMPLE-KIT': 1 } },
      'CN-C00031': { giftsReceived: { 'GIFT-BAG': 1 } },
      'CN-C00088': { giftsReceived: { 'SAMPLE-KIT': 1 } },
      'CN-C00150': { giftsReceived: { 'GIFT-BAG': 3 } },
      'US-C00003': { giftsReceived: { 'SAMPLE-KIT': 1 } },
    },
    giftCosts: { 'GIFT-BAG': cny(1200), 'SAMPLE-KIT': cny(850) },
  };
}
