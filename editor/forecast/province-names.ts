/**
 * Province names as orders write them (pinyin or English: "Guangdong", "Inner Mongolia"; or Chinese,
 * with or without 省/市/自治区) → the names of the China map's features ("广东", "内蒙古").
 */
const PINYIN: Readonly<Record<string, string>> = {
  anhui: '安徽',
  beijing: '北京',
  chongqing: '重庆',
  fujian: '福建',
  gansu: '甘肃',
  guangdong: '广东',
  guangxi: '广西',
  guizhou: '贵州',
  hainan: '海南',
  hebei: '河北',
  heilongjiang: '黑龙江',
  henan: '河南',
  hubei: '湖北',
  hunan: '湖南',
  jiangsu: '江苏',
  jiangxi: '江西',
  jilin: '吉林',
  liaoning: '辽宁',
  'inner mongolia': '内蒙古',
  neimenggu: '内蒙古',
  'nei mongol': '内蒙古',
  ningxia: '宁夏',
  qinghai: '青海',
  shaanxi: '陕西',
  shandong: '山东',
  shanghai: '上海',
  shanxi: '山西',
  sichuan: '四川',
  tianjin: '天津',
  tibet: '西藏',
  xizang: '西藏',
  xinjiang: '新疆',
  yunnan: '云南',
  zhejiang: '浙江',
  'hong kong': '香港',
  hongkong: '香港',
  macau: '澳门',
  macao: '澳门',
  taiwan: '台湾',
};

/** The Chinese names on the map, for names already written in Chinese. */
const ON_MAP = new Set(Object.values(PINYIN));
const SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区)$/;

/** The China map's name for a province, or undefined when it is not a province of China. */
export function chinaMapName(province: string): string | undefined {
  const trimmed = province.trim();
  const latin = PINYIN[trimmed.toLowerCase().replace(/\s+(province|municipality|sheng|shi)$/, '')];
  if (latin) return latin;
  const chinese = trimmed.replace(SUFFIX, '');
  return ON_MAP.has(chinese) ? chinese : undefined;
}
