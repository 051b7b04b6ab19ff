import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heatMapData } from './heat-map-data';
import { heatMapOption } from './heat-map-option';
import { chinaMapName } from './province-names';

const outline = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'maps', `${name}.json`), 'utf8')) as {
    features: { properties: { name: string; iso?: string } }[];
  };
const t = (key: string, params?: Record<string, string | number>) => `${key} ${JSON.stringify(params ?? {})}`;

describe('province names → the China map', () => {
  it('reads pinyin, English and Chinese names, with or without 省/市/自治区', () => {
    expect(chinaMapName('Guangdong')).toBe('广东');
    expect(chinaMapName('inner mongolia')).toBe('内蒙古');
    expect(chinaMapName('Tibet')).toBe('西藏');
    expect(chinaMapName('Shaanxi')).toBe('陕西');
    expect(chinaMapName('Shanxi')).toBe('山西');
    expect(chinaMapName('广东省')).toBe('广东');
    expect(chinaMapName('新疆维吾尔自治区')).toBe('新疆');
    expect(chinaMapName('上海市')).toBe('上海');
    expect(chinaMapName('CA')).toBeUndefined();
    expect(chinaMapName('CN')).toBeUndefined();
  });

  it('every province it names is an outline on the stored China map (34 of them)', () => {
    const onMap = new Set(outline('china').features.map((f) => f.properties.name));
    const names = ['Anhui', 'Beijing', 'Chongqing', 'Fujian', 'Gansu', 'Guangdong', 'Guangxi', 'Guizhou', 'Hainan'];
    names.push('Hebei', 'Heilongjiang', 'Henan', 'Hubei', 'Hunan', 'Jiangsu', 'Jiangxi', 'Jilin', 'Liaoning');
    names.push('Inner Mongolia', 'Ningxia', 'Qinghai', 'Shaanxi', 'Shandong', 'Shanghai', 'Shanxi', 'Sichuan');
    names.push('Tianjin', 'Tibet', 'Xinjiang', 'Yunnan', 'Zhejiang', 'Hong Kong', 'Macau', 'Taiwan');
    const mapped = new Set(names.map((n) => chinaMapName(n)));
    expect(mapped.size).toBe(34);
    for (const name of mapped) expect(onMap.has(name!)).toBe(true);
  });

  it('the world map keys its countries by ISO code', () => {
    const iso = new Set(outline('world').features.map((f) => f.properties.iso));
    for (const code of ['US', 'CN', 'DE', 'BR', 'JP', 'GB', 'AU', 'KR']) expect(iso.has(code)).toBe(true);
  });
});

describe('heat map data', () => {
  const regions = [
    { region: 'Guangdong', country: 'CN', units: 120 },
    { region: '广东省', country: 'CN', units: 5 },
    { region: 'Zhejiang', country: 'CN', units: 40 },
    { region: 'CN', country: 'CN', units: 3 },
    { region: 'CA', country: 'US', units: 30 },
    { region: 'NY', country: 'us', units: 20 },
  ];

  it('sums China by province and other countries over their states; names what it cannot place', () => {
    const data = heatMapData(regions);
    expect(data.china).toEqual([
      { name: '广东', value: 125, regions: ['Guangdong', '广东省'] },
      { name: '浙江', value: 40, regions: ['Zhejiang'] },
    ]);
    expect(data.world).toEqual([{ name: 'US', value: 50, regions: ['CA', 'NY'] }]);
    expect(data.unplaced).toEqual([{ region: 'CN', country: 'CN', units: 3 }]);
  });

  it('colours from 0 to the busiest area; the world map matches by ISO code; the tooltip names the regions', () => {
    const data = heatMapData(regions);
    const china = heatMapOption('china', data.china, t as never);
    expect(china.visualMap.max).toBe(125);
    expect(china.series[0]!.map).toBe('china');
    expect(china.series[0]!.data[0]).toMatchObject({ name: '广东', value: 125 });
    const text = china.tooltip.formatter({ name: '广东', data: china.series[0]!.data[0]! });
    expect(text).toBe('heatTooltip {"area":"Guangdong, 广东省","units":125}');
    const world = heatMapOption('world', data.world, t as never);
    expect(world.series[0]!.nameProperty).toBe('iso');
    expect(world.series[0]!.data).toEqual([{ name: 'US', value: 50, regions: ['CA', 'NY'] }]);
  });
});
