import { GAZETTEER } from '../../src/entities/data/gazetteer';
import { MISC } from '../../src/entities/data/misc';
import { ORGANIZATIONS } from '../../src/entities/data/organizations';
import { PEOPLE } from '../../src/entities/data/people';
import { PLACES } from '../../src/entities/data/places';
import type { GazetteerEntry } from '../../src/entities/data/types';

const TYPES = new Set(['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC']);
const KINDS = new Set([
  'country', 'territory', 'city', 'province', 'region', 'landmark',
  'organization', 'government-body', 'party', 'company', 'media',
  'person', 'event', 'product', 'misc',
]);
const KIND_TYPE: Record<string, string> = {
  country: 'LOCATION', territory: 'LOCATION', city: 'LOCATION', province: 'LOCATION', region: 'LOCATION', landmark: 'LOCATION',
  organization: 'ORGANIZATION', 'government-body': 'ORGANIZATION', party: 'ORGANIZATION', company: 'ORGANIZATION', media: 'ORGANIZATION',
  person: 'PERSON', event: 'MISC', product: 'MISC', misc: 'MISC',
};

/** Surface forms that deliberately name more than one entry. Empty today; add with a reason. */
const DELIBERATE_SHARED_FORMS = new Set<string>([]);

/** One-letter forms kept on purpose: 'Ý' is the everyday Vietnamese name of Italy. */
const DELIBERATE_SHORT_FORMS = new Set<string>(['Ý']);

/** Every surface form of an entry: its name and its aliases. */
function forms(e: GazetteerEntry): string[] {
  return [e.name, ...(e.aliases ?? [])];
}

function byName(name: string): GazetteerEntry {
  const found = GAZETTEER.filter((e) => e.name === name);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('gazetteer tables', () => {
  it('is the concatenation of the four tables', () => {
    expect(GAZETTEER).toHaveLength(PLACES.length + ORGANIZATIONS.length + PEOPLE.length + MISC.length);
    expect(PLACES.every((e) => e.type === 'LOCATION')).toBe(true);
    expect(ORGANIZATIONS.every((e) => e.type === 'ORGANIZATION')).toBe(true);
    expect(PEOPLE.every((e) => e.type === 'PERSON')).toBe(true);
    expect(MISC.every((e) => e.type === 'MISC')).toBe(true);
  });

  it('has a generous size', () => {
    expect(PLACES.filter((e) => e.kind === 'country').length).toBeGreaterThanOrEqual(195);
    expect(PLACES.filter((e) => e.kind === 'province' && forms(e).includes('Thanh Hóa')).length).toBe(1);
    expect(GAZETTEER.length).toBeGreaterThan(1000);
  });

  it('has a valid type and kind, consistent with each other, on every entry', () => {
    const bad = GAZETTEER.filter((e) => !TYPES.has(e.type) || !KINDS.has(e.kind) || KIND_TYPE[e.kind] !== e.type);
    expect(bad.map((e) => `${e.name}: ${e.type}/${e.kind}`)).toEqual([]);
  });

  it('uses well-formed QIDs, each on one entry only', () => {
    const seen = new Map<string, string>();
    for (const e of GAZETTEER) {
      if (e.wikidata === undefined) continue;
      if (!/^Q\d+$/.test(e.wikidata)) throw new Error(`${e.name}: bad QID ${e.wikidata}`);
      const other = seen.get(e.wikidata);
      if (other !== undefined) throw new Error(`${e.wikidata} on both ${other} and ${e.name}`);
      seen.set(e.wikidata, e.name);
    }
  });

  it('writes every name and alias in NFC, trimmed, single-spaced, non-empty', () => {
    for (const e of GAZETTEER) {
      for (const f of forms(e)) {
        if (f !== f.normalize('NFC')) throw new Error(`not NFC: ${JSON.stringify(f)} (${e.name})`);
        if (f !== f.trim() || /\s{2,}/.test(f) || /[\t\n]/.test(f) || f.length === 0) {
          throw new Error(`bad spacing: ${JSON.stringify(f)} (${e.name})`);
        }
      }
    }
  });

  it('has no one-letter surface form (too ambiguous to match)', () => {
    for (const e of GAZETTEER) for (const f of forms(e)) {
      if ([...f].length < 2 && !DELIBERATE_SHORT_FORMS.has(f)) throw new Error(`one-letter form ${JSON.stringify(f)} (${e.name})`);
    }
  });

  it('lists no alias twice within an entry, nor the name among its aliases', () => {
    for (const e of GAZETTEER) {
      const all = forms(e);
      if (new Set(all).size !== all.length) throw new Error(`repeated form in ${e.name}: ${all.join(' | ')}`);
    }
  });

  it('points no surface form at two different entries unless deliberate', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of GAZETTEER) {
      for (const f of forms(e)) {
        const prev = owner.get(f);
        if (prev !== undefined && !DELIBERATE_SHARED_FORMS.has(f)) clashes.push(`${f}: ${prev} / ${e.name}`);
        owner.set(f, e.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('contains the key entries, with the forms Vietnamese news uses', () => {
    const us = byName('Hoa Kỳ');
    expect(us).toMatchObject({ type: 'LOCATION', kind: 'country', wikidata: 'Q30' });
    expect(us.aliases).toEqual(expect.arrayContaining(['Mỹ', 'Mĩ', 'Hoa Kì', 'USA', 'U.S.']));
    expect(byName('Trung Quốc').aliases).toEqual(expect.arrayContaining(['Trung', 'Cộng hòa Nhân dân Trung Hoa', 'Đại Lục']));
    expect(byName('Nhật Bản').aliases).toContain('Nhật');
    expect(byName('Hàn Quốc').aliases).toContain('Hàn');
    expect(byName('Triều Tiên').aliases).toContain('Triều');
    expect(byName('Đài Loan').aliases).toContain('Trung Hoa Dân Quốc');
    expect(byName('Australia').aliases).toEqual(expect.arrayContaining(['Úc', 'Ô-xtrây-li-a']));
    expect(byName('Ả Rập Saudi').aliases).toContain('Ả Rập Xê Út');
    expect(byName('Các Tiểu vương quốc Ả Rập Thống nhất').aliases).toContain('UAE');
    expect(byName('Moscow').aliases).toEqual(expect.arrayContaining(['Moskva', 'Mát-xcơ-va']));
    expect(byName('Thành phố Hồ Chí Minh').aliases).toEqual(expect.arrayContaining(['TP.HCM', 'TP HCM', 'Sài Gòn']));
    for (const name of [
      'Liên Xô', 'Hồng Kông', 'Ma Cao', 'Palestine', 'Kosovo', 'Bắc Kinh', 'Washington', 'San Francisco', 'Glasgow',
      'Busan', 'Zurich', 'Tân Cương', 'Alaska', 'Bali', 'Gaza', 'Tehran', 'Hà Nội', 'Đà Nẵng', 'Trung Đông', 'châu Á',
      'Biển Đông', 'Hoàng Sa', 'Trường Sa', 'phương Tây', 'Thụy Sĩ', 'Vương quốc Anh', 'Nga', 'Ukraine', 'Iran', 'Israel',
    ]) {
      expect(byName(name).type).toBe('LOCATION');
    }
    for (const name of [
      'Nhà Trắng', 'Điện Kremlin', 'Lầu Năm Góc', 'Hạ viện Mỹ', 'Bộ Tư pháp Hoa Kỳ', 'Reuters', 'AFP', 'Tân Hoa Xã',
      'TTXVN', 'CCTV', 'Huawei', 'Quốc dân Đảng', 'Đảng Dân Tiến', 'Liên hợp quốc', 'APEC', 'Hamas',
      'Cục Hàng không Liên bang Hoa Kỳ', 'NATO', 'ASEAN', 'Đảng Cộng sản Trung Quốc', 'Đảng Cộng sản Việt Nam',
    ]) {
      expect(byName(name).type).toBe('ORGANIZATION');
    }
    expect(byName('APEC').aliases).toContain('Hợp tác Kinh tế Châu Á-Thái Bình Dương');
    for (const name of [
      'Tập Cận Bình', 'Joe Biden', 'Donald Trump', 'Vladimir Putin', 'Volodymyr Zelensky', 'Kim Jong-un', 'Nancy Pelosi',
      'Dương Khiết Trì', 'Mạnh Vãn Chu', 'Lý Thượng Phúc', 'Tần Cương', 'Jake Sullivan', 'Hồ Chí Minh', 'Tô Lâm',
    ]) {
      expect(byName(name).type).toBe('PERSON');
    }
    expect(byName('Tập Cận Bình').wikidata).toBe('Q15031');
    expect(byName('Volodymyr Zelensky').aliases).toContain('Zelenskyy');
    for (const name of ['Truth Social', 'LinkedIn', 'Boeing 737 Max', 'COVID-19', 'COP26', 'Chiến tranh Lạnh', 'Twitter']) {
      expect(byName(name).type).toBe('MISC');
    }
    expect(byName('COVID-19').aliases).toContain('COVID');
  });

  it('covers every entity of the gold fixtures that it lists, with the gold type', () => {
    // Gold names the gazetteer knows must come back with the same type (sanity against drift).
    const index = new Map<string, GazetteerEntry>();
    for (const e of GAZETTEER) for (const f of forms(e)) index.set(f, e);
    const expected: [string, string][] = [
      ['Hoa Kỳ', 'LOCATION'], ['Trung', 'LOCATION'], ['Đại Lục', 'LOCATION'], ['Trái Đất', 'LOCATION'],
      ['Filoli', 'LOCATION'], ['Diêm Thành', 'LOCATION'], ['Liên Vân Cảng', 'LOCATION'], ['Hán Xuyên', 'LOCATION'],
      ['Đại lễ đường Nhân dân', 'LOCATION'], ['Phòng Roosevelt', 'LOCATION'], ['Châu Á', 'LOCATION'],
      ['Hợp tác Kinh tế Châu Á-Thái Bình Dương', 'ORGANIZATION'], ['Bộ Chính trị Đảng Cộng sản Trung Quốc', 'ORGANIZATION'],
      ['Twitter', 'MISC'], ['COVID', 'MISC'], ['Nội chiến Quốc-Cộng', 'MISC'], ['Yang Jiechi', 'PERSON'],
      ['Gina M. Raimondo', 'PERSON'], ['Katherine Tai', 'PERSON'], ['Lloyd Austin', 'PERSON'], ['Yuri Ushakov', 'PERSON'],
    ];
    for (const [form, type] of expected) {
      const e = index.get(form);
      if (!e) throw new Error(`missing ${form}`);
      expect(e.type).toBe(type);
    }
  });

  it('loads quickly (module evaluation, transform excluded)', () => {
    // The first require() above paid for the SWC transform; re-evaluating from a fresh registry
    // measures what a consumer pays at import time (best of five after a warm-up). 20 ms is a sanity bound, not a benchmark.
    let fresh: readonly GazetteerEntry[] = [];
    let ms = Infinity;
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        fresh = (require('../../src/entities/data/gazetteer') as { GAZETTEER: readonly GazetteerEntry[] }).GAZETTEER;
      });
      if (i > 0) ms = Math.min(ms, performance.now() - t0); // run 0 warms jest's module registry
    }
    expect(fresh.length).toBe(GAZETTEER.length);
    expect(ms).toBeLessThan(20);
  });
});
