/**
 * Where orders ship. Convention used everywhere (orders, context, flows): Chinese provinces by
 * their English/pinyin name ("Guangdong", "Inner Mongolia"), US states by USPS code ("CA").
 */
export interface Place {
  readonly province: string;
  readonly city: string;
  readonly district?: string;
  readonly postalCode: string;
  /** 偏远地区: Xinjiang, Tibet, Qinghai and the far parts of Inner Mongolia. */
  readonly remote: boolean;
  /** Sales region used for customer.region. */
  readonly region: string;
  /** Weight of this place in the order mix. */
  readonly weight: number;
}

const cn = (
  province: string,
  city: string,
  district: string,
  postalCode: string,
  region: string,
  weight: number,
  remote = false,
): Place => ({ province, city, district, postalCode, region, weight, remote });

export const CN_PLACES: readonly Place[] = [
  cn('Guangdong', 'Guangzhou', 'Tianhe', '510620', 'South China', 9),
  cn('Guangdong', 'Shenzhen', 'Nanshan', '518057', 'South China', 9),
  cn('Shanghai', 'Shanghai', 'Pudong', '200120', 'East China', 10),
  cn('Beijing', 'Beijing', 'Chaoyang', '100020', 'North China', 9),
  cn('Zhejiang', 'Hangzhou', 'Xihu', '310012', 'East China', 8),
  cn('Jiangsu', 'Nanjing', 'Gulou', '210009', 'East China', 6),
  cn('Jiangsu', 'Suzhou', 'Gusu', '215000', 'East China', 5),
  cn('Sichuan', 'Chengdu', 'Wuhou', '610041', 'Southwest', 6),
  cn('Chongqing', 'Chongqing', 'Yuzhong', '400010', 'Southwest', 4),
  cn('Hubei', 'Wuhan', 'Wuchang', '430061', 'Central China', 5),
  cn('Hunan', 'Changsha', 'Yuelu', '410006', 'Central China', 3),
  cn('Henan', 'Zhengzhou', 'Jinshui', '450003', 'Central China', 3),
  cn('Shandong', 'Qingdao', 'Shinan', '266001', 'North China', 4),
  cn('Fujian', 'Xiamen', 'Siming', '361001', 'South China', 3),
  cn('Shaanxi', "Xi'an", 'Yanta', '710061', 'Northwest', 3),
  cn('Yunnan', 'Kunming', 'Wuhua', '650021', 'Southwest', 2),
  cn('Liaoning', 'Shenyang', 'Heping', '110001', 'Northeast', 2),
  cn('Inner Mongolia', 'Hohhot', 'Xincheng', '010050', 'North China', 1),
  cn('Inner Mongolia', 'Hulunbuir', 'Hailar', '021000', 'North China', 0.6, true),
  cn('Xinjiang', 'Urumqi', 'Tianshan', '830002', 'Northwest', 0.8, true),
  cn('Xinjiang', 'Kashgar', 'Kashgar City', '844000', 'Northwest', 0.5, true),
  cn('Tibet', 'Lhasa', 'Chengguan', '850000', 'Southwest', 0.5, true),
  cn('Qinghai', 'Xining', 'Chengzhong', '810000', 'Northwest', 0.5, true),
];

/** US states with the standard-time UTC offset of their main zone (hours). */
export interface UsPlace extends Place {
  readonly utcOffset: number;
}

const us = (
  province: string,
  city: string,
  postalCode: string,
  region: string,
  utcOffset: number,
  weight: number,
  remote = false,
): UsPlace => ({ province, city, postalCode, region, utcOffset, weight, remote });

export const US_PLACES: readonly UsPlace[] = [
  us('CA', 'Los Angeles', '90012', 'US-West', -8, 10),
  us('CA', 'San Francisco', '94103', 'US-West', -8, 5),
  us('WA', 'Seattle', '98101', 'US-West', -8, 4),
  us('NY', 'New York', '10001', 'US-East', -5, 9),
  us('NJ', 'Newark', '07102', 'US-East', -5, 4),
  us('MA', 'Boston', '02108', 'US-East', -5, 3),
  us('FL', 'Miami', '33130', 'US-South', -5, 5),
  us('GA', 'Atlanta', '30303', 'US-South', -5, 3),
  us('TX', 'Austin', '78701', 'US-South', -6, 6),
  us('IL', 'Chicago', '60601', 'US-Midwest', -6, 5),
  us('OH', 'Columbus', '43215', 'US-Midwest', -5, 2),
  us('AK', 'Anchorage', '99501', 'US-West', -9, 0.4, true),
  us('HI', 'Honolulu', '96813', 'US-West', -10, 0.4, true),
];
