/** What the example merchant sells: SKUs with prices in fen (CNY) and cents (USD), and gift SKUs. */
export type Category = 'appliance' | 'beauty' | 'apparel' | 'electronics' | 'grocery' | 'home';

export interface Product {
  readonly sku: string;
  readonly name: string;
  readonly category: Category;
  /** Minor units; null = not sold in that market. */
  readonly cny: number | null;
  readonly usd: number | null;
  readonly grams: number;
}

const p = (
  sku: string,
  name: string,
  category: Category,
  cny: number | null,
  usd: number | null,
  grams: number,
): Product => ({ sku, name, category, cny, usd, grams });

export const PRODUCTS: readonly Product[] = [
  p('AP-WASHER-10KG', '滚筒洗衣机 10kg Front-load washer', 'appliance', 329900, null, 68000),
  p('AP-FRIDGE-520L', '十字对开门冰箱 520L Fridge', 'appliance', 499900, null, 98000),
  p('AP-AIRCON-1.5P', '变频空调 1.5匹 Inverter air conditioner', 'appliance', 289900, null, 42000),
  p('AP-DISHWASHER-13', '嵌入式洗碗机 13套 Dishwasher', 'appliance', 359900, null, 45000),
  p('AP-MICROWAVE-23L', '微波炉 23L Microwave', 'appliance', 59900, 12999, 12000),
  p('AP-RICECOOKER-4L', 'IH 电饭煲 4L Rice cooker', 'appliance', 39900, 8999, 4500),
  p('AP-ROBOVAC-X1', '扫拖机器人 Robot vacuum', 'appliance', 199900, 39999, 5200),
  p('BT-SERUM-30ML', '修护精华 30ml Repair serum', 'beauty', 29900, 4800, 150),
  p('BT-LIPSTICK-R01', '丝绒口红 Velvet lipstick', 'beauty', 18900, 2600, 60),
  p('BT-MASK-10P', '补水面膜 10片 Hydrating masks', 'beauty', 9900, 1900, 300),
  p('BT-SUNSCREEN-50', '防晒乳 SPF50 Sunscreen', 'beauty', 12900, 2200, 120),
  p('APL-DOWN-JACKET', '羽绒服 Down jacket', 'apparel', 89900, 15900, 900),
  p('APL-TEE-BASIC', '纯棉T恤 Cotton tee', 'apparel', 7900, 1999, 200),
  p('APL-JEANS-SLIM', '修身牛仔裤 Slim jeans', 'apparel', 25900, 4999, 600),
  p('APL-SNEAKER-RUN', '跑步鞋 Running shoes', 'apparel', 59900, 8999, 800),
  p('EL-PHONE-PRO', '旗舰手机 256GB Flagship phone', 'electronics', 599900, 89900, 450),
  p('EL-EARBUDS-ANC', '降噪耳机 ANC earbuds', 'electronics', 99900, 14900, 120),
  p('EL-POWERBANK-20K', '充电宝 20000mAh Power bank', 'electronics', 14900, 3499, 400),
  p('EL-TABLET-11', '平板电脑 11英寸 Tablet', 'electronics', 329900, 44900, 700),
  p('EL-WATCH-S3', '智能手表 Smartwatch', 'electronics', 149900, 24900, 90),
  p('GR-RICE-5KG', '五常大米 5kg Wuchang rice', 'grocery', 6900, null, 5100),
  p('GR-TEA-LONGJING', '明前龙井 250g Longjing tea', 'grocery', 15800, 2999, 300),
  p('GR-NUTS-GIFTBOX', '坚果礼盒 Nut gift box', 'grocery', 12800, 2499, 1500),
  p('GR-COFFEE-BEANS', '咖啡豆 500g Coffee beans', 'grocery', 8900, 1699, 520),
  p('HM-DUVET-QUEEN', '蚕丝被 Silk duvet', 'home', 45900, 9900, 2600),
  p('HM-PILLOW-LATEX', '乳胶枕 Latex pillow', 'home', 12900, 3999, 1300),
  p('HM-TOWEL-SET', '毛巾三件套 Towel set', 'home', 6900, 2499, 700),
  p('HM-COOKWARE-SET', '不粘锅套装 Cookware set', 'home', 69900, 12999, 4800),
];

export const byCategory = (category: Category, market: 'cny' | 'usd'): Product[] =>
  PRODUCTS.filter((product) => product.category === category && product[market] !== null);
