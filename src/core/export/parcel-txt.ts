/**
 * Sites as a 部标坐标文件 (TXT), the format src/core/import/parcel-txt.ts reads: CGCS2000 3°
 * Gauss–Krüger zone (带号 from the sites, 40 in Shangyu), X northing and Y easting with the zone number
 * in front, to the millimetre (精度=0.001), CRLF line ends, GBK by default (what 电子报盘 software
 * expects; UTF-8 on request).
 */
import type { Position } from 'geojson';
import { messagePart } from '../i18n/messages.ts';
import type { MessagePart } from '../i18n/messages.ts';
import { encodeGbk } from './gbk.ts';
import { exportZone, fixed, planeParts, pointNames, ringsArea, siteCode, siteName, surveyOrder, zoneCrs } from './sites.ts';
import type { ExportedFile, SiteFeature } from './sites.ts';

export interface ParcelTxtOptions {
  /** The CGCS2000 3° zone to write in (default: the sites' own, threeDegreeZone of their middle longitude). */
  readonly zone?: number;
  /** 'gbk' (default) or 'utf-8' (no byte-order mark). */
  readonly encoding?: 'gbk' | 'utf-8';
  /** 数据产生单位 (default empty). */
  readonly producer?: string;
  /** 数据产生日期, e.g. '2026-12-07' (default empty: the core has no clock). */
  readonly date?: string;
}

/** A field of a header line: no comma, which would shift the fields after it. */
const field = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '').replace(/[,\r\n]/g, (c) => (c === ',' ? '，' : ' ')).trim();

/**
 * The sites as a 部标 TXT (see the module comment). Each site is one 地块 — each part of a MultiPolygon
 * its own, named `name (1/2)` — with its outer ring as 圈号 1 and its holes as 2, 3 …, each ring
 * closed by repeating its first point. 点号 are the site's `pointNames` when it has them (in its own
 * order), else J1, J2 … numbered clockwise from the north-westernmost point of each ring. 地块面积 is the
 * plane area the written coordinates enclose, in 公顷 to 4 decimals; 地块编号, 图幅号, 地块用途 and
 * 地类编号 come from `code`, `sheet`, `use` and `landCode`. Characters GBK lacks are written as `?`
 * with a warning. Throws a RangeError for a zone outside 25–45.
 *
 * @example new TextDecoder('gbk').decode(parcelTxt([site]).bytes) // → '[属性描述]\r\n格式版本号=1.01版本\r\n…'
 */
export function parcelTxt(sites: readonly SiteFeature[], options: ParcelTxtOptions = {}): ExportedFile {
  const zone = exportZone(sites, options.zone);
  const crs = zoneCrs(zone, true);
  const lines = [
    '[属性描述]', '格式版本号=1.01版本', `数据产生单位=${field(options.producer)}`, `数据产生日期=${field(options.date)}`,
    '坐标系=2000国家大地坐标系', '几度分带=3', '投影类型=高斯克吕格', '计量单位=米', `带号=${zone}`, '精度=0.001', '转换参数=,,,,,,', '[地块坐标]',
  ];
  sites.forEach((site, index) => {
    const parts = planeParts(site, crs);
    const names = pointNames(site);
    let ringIndex = 0;
    parts.forEach((rings, k) => {
      let n = 0;
      const written = rings.map((ring) => {
        const given = names?.[ringIndex++];
        const ordered = given ? { ring, names: given } : surveyOrder(ring);
        const rounded: Position[] = ordered.ring.map((p) => [Number(p[0]!.toFixed(3)), Number(p[1]!.toFixed(3))]);
        const first = n + 1;
        const labels = ordered.names ?? rounded.map((_, i) => (i === rounded.length - 1 ? `J${first}` : `J${++n}`));
        return { rounded, labels };
      });
      const name = parts.length > 1 ? `${siteName(site, index)} (${k + 1}/${parts.length})` : siteName(site, index);
      const count = written.reduce((s, r) => s + r.rounded.length, 0);
      const p = site.properties ?? {};
      lines.push(`${count},${fixed(ringsArea(written.map((r) => r.rounded)) / 1e4, 4)},${field(siteCode(site))},${field(name)},面,${field(p.sheet)},${field(p.use)},${field(p.landCode)},@`);
      written.forEach((r, ring) => r.rounded.forEach((pt, i) => lines.push(`${field(r.labels[i])},${ring + 1},${fixed(pt[1]!, 3)},${fixed(pt[0]!, 3)}`)));
    });
  });
  const text = `${lines.join('\r\n')}\r\n`;
  const warnings: MessagePart[] = [];
  if (options.encoding === 'utf-8') return { bytes: new TextEncoder().encode(text), warnings };
  const gbk = encodeGbk(text);
  if (gbk.missing.length) warnings.push(messagePart('export.notInGbk', { chars: gbk.missing.join(' ') }));
  return { bytes: gbk.bytes, warnings };
}
