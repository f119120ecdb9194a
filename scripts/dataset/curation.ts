/**
 * Curated knowledge layered over the research files in ../shared/data: stable ids, names split from scope
 * text, aliases (former and later names, subsidiaries, names in Chinese script), which aliases are too weak
 * to fire alone, how WROs became Findings, and the Commissioner's 2021 wording for the 13 seed orders.
 * Every addition says where it comes from.
 */
import type { Alias, StatusEvent } from '../../src/core/schema';

export interface Curation {
  id: string;
  /** Display name, without scope text such as "and its subsidiaries". */
  name?: string;
  group?: boolean;
  aliases?: Alias[];
  /** Research aliases left out, with the reason in a comment beside the entry. */
  dropAliases?: string[];
  /** Aliases (by name) that cannot fire alone. */
  weak?: string[];
  /** A Finding (or later record) folded into this entry's history; its id in the research file. */
  merge?: string;
  /** Events beyond those derived from the research record. */
  events?: StatusEvent[];
  /** Replaces today's status when the research record's "modified" does not mean lifted (region orders). */
  status?: 'active';
  seed2021?: { date: string; listed: string; products: string; application: string; status: 'Active' | 'Inactive' };
  indicatorCount?: number;
}

const CHINESE_LISTING = 'company name in Chinese as listed on its stock exchange';

export const CURATION: Record<string, Curation> = {
  'WRO-2016-03-29-TANGSHAN-SANYOU-GROUP-AND-ITS-SUBSIDIARI': { id: 'tangshan-sanyou', name: 'Tangshan Sanyou Group', group: true },
  'WRO-2016-03-29-TANGSHAN-SUNFAR-SILICON-COMPANY': { id: 'tangshan-sunfar' },
  'WRO-2016-05-20-INNER-MONGOLIA-HENGZHENG-GROUP-BAOANZHAO': {
    id: 'baoanzhao',
    merge: 'FIND-2020-10-20-INNER-MONGOLIA-HENGZHENG-GROUP-BAOANZHAO',
  },
  'WRO-2016-09-16-HONGCHANG-FRUITS-VEGETABLE-PRODUCTS-CO-L': {
    id: 'hongchang',
    // A source's misspelling, not a name the company uses; the fuzzy pass covers such typos.
    dropAliases: ['Hangchange Fruits & Vegetable Products Co., Ltd. (spelling used by AMM Law)'],
  },
  'WRO-2018-05-18-ALL-TURKMENISTAN-COTTON-OR-PRODUCTS-PROD': {
    id: 'turkmenistan-cotton',
    name: 'Turkmenistan cotton',
    aliases: [{ name: 'Turkmenistan cotton', type: 'variant' }, { name: 'Turkmen cotton', type: 'variant' }],
  },
  'WRO-2019-02-04-TUNAGO-NO-61': { id: 'tunago-61' },
  'WRO-2019-09-30-ARTISANAL-SMALL-MINES': {
    id: 'drc-artisanal-gold',
    name: 'Artisanal small mines (DRC gold)',
    aliases: [{ name: 'Artisanal Small Mines', type: 'name' }, { name: 'artisanal gold from the DRC', type: 'variant' }],
    status: 'active',
  },
  'WRO-2019-09-30-BONECHAR-CARV-O-ATIVADO-DO-BRASIL-LTDA': { id: 'bonechar' },
  'WRO-2019-09-30-HETIAN-TAIDA-APPAREL-CO-LTD': { id: 'hetian-taida' },
  'WRO-2019-09-30-MARANGE-DIAMOND-FIELDS': {
    id: 'marange',
    aliases: [{ name: 'Marange diamonds', type: 'variant' }],
  },
  'WRO-2019-09-30-WRP-ASIA-PACIFIC-SDN-BHD': {
    id: 'wrp',
    events: [{ type: 'revoked', date: '2020-03-23', note: 'Revocation took effect on 23 March 2020 for gloves made after 16 March 2020; announced 24 March 2020 (the date the Commissioner\'s letter gives).' }],
    seed2021: { date: '30.09.19', listed: 'WRP Asia Pacific Sdn Bhd', products: 'Disposable gloves', application: 'WRO lifted on 24.03.20 – CBP reviewed evidence and found that the company was no longer operating forced labour conditions', status: 'Inactive' },
  },
  'WRO-2019-11-01-TOBACCO-PRODUCED-IN-MALAWI-AND-PRODUCTS-': {
    id: 'malawi-tobacco',
    name: 'Malawi tobacco',
    aliases: [{ name: 'Malawi tobacco', type: 'variant' }, { name: 'Malawian tobacco', type: 'variant' }],
    status: 'active',
  },
  'WRO-2020-05-01-HETIAN-HAOLIN-HAIR-ACCESSORIES-CO-LTD': { id: 'hetian-haolin' },
  'WRO-2020-05-11-YU-LONG-NO-2': { id: 'yu-long-2' },
  'WRO-2020-06-17-LOP-COUNTY-MEIXIN-HAIR-PRODUCTS-CO-LTD': { id: 'meixin' },
  'WRO-2020-07-15-TOP-GLOVE-CORPORATION-BHD': {
    id: 'top-glove',
    merge: 'FIND-2021-03-29-TOP-GLOVE-CORPORATION-BHD',
    group: true,
    seed2021: { date: '15.07.20', listed: 'Top Glove Corporation Bhd', products: 'Disposable gloves', application: 'WRO lifted 09.09.21 – WRO modified after CBP review, finding that TG had addressed all 11 forced labour indicators in its facilities – including $30 million in remedial payments to workers', status: 'Inactive' },
  },
  'WRO-2020-08-11-HERO-VAST-GROUP': { id: 'hero-vast', group: true },
  'WRO-2020-08-18-DA-WANG': {
    id: 'da-wang',
    merge: 'FIND-2022-01-28-DA-WANG-FINDING',
    weak: ['Da Wang'],
    dropAliases: ['Fishing Vessel: Da Wang'],
  },
  'WRO-2020-08-25-LOP-COUNTY-HAIR-PRODUCT-INDUSTRIAL-PARK': { id: 'lop-county-hair-park' },
  'WRO-2020-08-25-NO-4-VOCATIONAL-SKILLS-EDUCATION-TRAININ': {
    id: 'vsetc',
    name: 'Lop County No. 4 Vocational Skills Education and Training Center',
    aliases: [
      { name: 'No. 4 Vocational Skills Education Training Center', type: 'name' },
      { name: 'VSETC', type: 'acronym' },
    ],
    weak: ['VSETC'],
    seed2021: { date: '25.08.20', listed: 'No. 4 Vocational Skills Education Training Center (VSETC), XUAR', products: 'All products', application: 'CBP statement "information indicates that this "re-education" internment camp...is providing prison labour to nearby entities in Xinjiang." CBP identified forced labour indicators include highly coercive/unfree recruitment, work and life under duress, restriction of movement', status: 'Active' },
  },
  'WRO-2020-09-03-YILI-ZHUOWAN-GARMENT-MANUFACTURING-CO-LT': {
    id: 'zhuowan',
    name: 'Yili Zhuowan Garment Manufacturing Co., Ltd.',
    dropAliases: ['Baoding LYSZD Trade and Business Co., Ltd.'],
    seed2021: { date: '03.09.20', listed: 'Yili Zhuowan Garment Manufacturing Co., Ltd. and Baoding LYSZD Trade and Business Co Ltd', products: 'Apparel', application: 'CBP statement: "information reasonably indicates that these entities use prison and forced labour." CBP identified forced labour indicators include restriction of movement, isolation, intimidation and threats, withholding of wages, and abusive working and living conditions.', status: 'Active' },
  },
  'WRO-2020-09-08-HEFEI-BITLAND-INFORMATION-TECHNOLOGY-CO-': {
    id: 'bitland',
    seed2021: { date: '08.09.20', listed: 'Hefei Bitland Information Technology Co Ltd', products: 'Computer parts', application: 'CBP statement: "information reasonably indicates that Hefei uses both prison and forced labour to produce electronics"', status: 'Active' },
  },
  'WRO-2020-09-08-XINJIANG-JUNGGAR-COTTON-AND-LINEN-CO-LTD': {
    id: 'junggar',
    group: true,
    seed2021: { date: '08.09.20', listed: 'Xinjiang Junggar Cotton and Linen Co, Ltd in the XUAR region', products: 'Cotton and processed cotton', application: 'CBP statement: "information reasonably indicates that this entity and its subsidiaries use prison labour in their raw cotton processing operations"', status: 'Active' },
  },
  'WRO-2020-09-30-FGV-HOLDINGS-BERHAD-AND-ITS-SUBSIDIARIES': {
    id: 'fgv',
    name: 'FGV Holdings Berhad',
    group: true,
    weak: ['FGV'],
    aliases: [
      { name: 'Felda Global Ventures Holdings Berhad', type: 'former', note: 'name until 2017' },
      { name: 'Felda Global Ventures', type: 'former', note: 'name until 2017' },
    ],
    seed2021: { date: '30.09.20', listed: 'FGV Holdings Berhad, subsidiaries and JVs', products: 'Palm oil and palm oil products', application: 'As well as many forced labour indicators, there is also evidence of forced child labour used in the production process', status: 'Active' },
  },
  'WRO-2020-11-30-XINJIANG-PRODUCTION-AND-CONSTRUCTION-COR': {
    id: 'xpcc',
    name: 'Xinjiang Production and Construction Corps',
    group: true,
    aliases: [
      { name: 'Xinjiang Production and Construction Corporation', type: 'variant' },
      { name: '新疆生产建设兵团', type: 'translation', note: 'the Corps\' name in Chinese' },
      { name: 'Bingtuan', type: 'variant', note: 'short name in Chinese (兵团), used in English reporting' },
    ],
    seed2021: { date: '30.11.20', listed: 'Xinjiang Production and Construction Corporation (XPCC) and subordinates', products: 'Cotton and cotton products', application: 'Applies to all products produced by XPCC, its subsidies and also any goods made in whole or part derived from that cotton, including apparel, garments, textiles', status: 'Active' },
  },
  'WRO-2020-12-30-SIME-DARBY-PLANTATION-BERHAD-AND-ITS-SUB': {
    id: 'sime-darby-plantation',
    name: 'Sime Darby Plantation Berhad',
    group: true,
    merge: 'FIND-2022-01-28-SIME-DARBY-PLANTATION-BERHAD-ITS-SUBSIDI',
    weak: ['SDP'],
    aliases: [{ name: 'SD Guthrie Berhad', type: 'later', note: 'the company\'s name since 2024' }],
    seed2021: { date: '30.12.20', listed: 'Sime Darby Plantation Berhad and subsidiaries and joint ventures', products: 'Palm oil and palm oil products', application: 'All 11 ILO forced labour indicators were found in its production process (palm oil is found in cosmetics, processed foods, biodiesel, soaps)', status: 'Active' },
    indicatorCount: 11,
  },
  'WRO-2020-12-31-LIEN-YI-HSING-NO-12': { id: 'lien-yi-hsing-12', dropAliases: ['Fishing Vessel: Lien Yi Hsing No. 12'] },
  'WRO-2021-01-13-XINJIANG-UYGHUR-AUTONOMOUS-REGION-XUAR': {
    id: 'xuar',
    // Region mentions, from docs/matching.md: always a mention, or only with China/Xinjiang context nearby (weak).
    aliases: [
      ...['Xinjiang Uygur Autonomous Region', 'Sinkiang', 'East Turkestan', 'East Turkistan', '新疆', '新疆维吾尔自治区',
        'Urumqi', 'Kashgar', 'Hotan', 'Turpan', 'Shihezi', 'Karamay', 'Changji', 'Korla'].map((name) => ({ name, type: 'variant' as const })),
      ...['Kashi', 'Aksu', 'Hami', 'Yili', 'Shanshan', 'Altay'].map((name) => ({ name, type: 'variant' as const, weak: true, note: 'also a place or brand elsewhere: counts only near China or Xinjiang' })),
    ],
    seed2021: { date: '13.01.21', listed: "China's Xinjiang Uyghur Autonomous Region (XUAR)", products: 'Cotton, tomatoes and downstream products', application: 'Applies to products produced in whole or in part in the XUAR region, as well as downstream items produced outside the region', status: 'Active' },
  },
  'WRO-2021-05-28-FISHING-VESSELS-OWNED-BY-DALIAN-OCEAN-FI': { id: 'dalian-ocean-fishing', name: 'Dalian Ocean Fishing Co., Ltd.', group: true, indicatorCount: 11 },
  'WRO-2021-06-23-HOSHINE-SILICON-INDUSTRY-CO-LTD-AND-SUBS': {
    id: 'hoshine',
    name: 'Hoshine Silicon Industry Co., Ltd.',
    group: true,
    aliases: [{ name: '合盛硅业股份有限公司', type: 'translation', note: CHINESE_LISTING }],
    seed2021: { date: '23.06.21', listed: 'Hoshine Silicon Industry Ltd and subsidiaries', products: 'Silica-based products', application: 'Applies to silica-made goods made by Hoshine and subsidiaries, as well as materials and final goods made from or using those products, regardless of where those products are produced', status: 'Active' },
  },
  'WRO-2021-08-04-FISHING-VESSEL-HANGTON-NO-112': { id: 'hangton-112', name: 'Hangton No. 112' },
  'WRO-2021-10-21-AGROPECUARIOS-TOM-S-A-DE-C-V-AND-HORTICO': {
    id: 'agropecuarios-tom',
    name: 'Agropecuarios Tom S.A. de C.V.',
    group: true,
    // "Horticola" alone is a common Spanish word; the source's shortened spelling would flag many growers.
    dropAliases: ['Horticola S.A. de C.V. (as written by Crowell & Moring)'],
  },
  'WRO-2021-10-21-SUPERMAX-CORPORATION-BHD-AND-ITS-SUBSIDI': {
    id: 'supermax',
    name: 'Supermax Corporation Bhd.',
    group: true,
    aliases: [{ name: 'Supermax Glove Manufacturing Sdn Bhd', type: 'subsidiary' }],
    seed2021: { date: '21.10.21', listed: 'Supermax Corporation and subsidiaries (Maxter Glove Manufacturing Sdn Bhd, Maxwell Glove Manufacturing Bhd and Supermax Glove Manufacturing)', products: 'Disposable gloves', application: 'Ten of 11 ILO forced labour indicators found during investigation', status: 'Active' },
    indicatorCount: 10,
  },
  'WRO-2021-11-04-SMART-GLOVE-CORPORATION-SDN-BHD-GX-CORPO': {
    id: 'smart-glove',
    name: 'Smart Glove Corporation Sdn Bhd',
    group: true,
    seed2021: { date: '04.11.21', listed: 'Smart Glove group (including GX Corporation Sdn Bhd, GX3 Specialty Plant, Sigma Glove Industries, and Platinum Glove Industries Sdn Bhd)', products: 'Disposable gloves', application: 'Seven ILO indicators of forced labour found during CBP\'s investigation', status: 'Active' },
    indicatorCount: 7,
  },
  'WRO-2021-12-20-BRIGHTWAY-HOLDINGS-SDN-BHD-LAGLOVE-M-SDN': { id: 'brightway', name: 'Brightway Holdings Sdn Bhd', group: true, indicatorCount: 10 },
  'WRO-2022-01-28-YTY-INDUSTRY-HOLDINGS-SDN-BHD-YTY-GROUP': { id: 'yty', name: 'YTY Industry Holdings Sdn Bhd', group: true, weak: ['YTY Group', 'GP Lumut'] },
  'WRO-2022-07-29-NATCHI-APPAREL-P-LTD': { id: 'natchi' },
  'WRO-2022-11-23-CENTRAL-ROMANA-CORPORATION-LIMITED': { id: 'central-romana', indicatorCount: 5 },
  'WRO-2024-04-10-SHANGHAI-SELECT-SAFETY': { id: 'select-safety', name: 'Shanghai Select Safety Products Company, Limited', group: true },
  'FIND-2024-12-04-KINGTOM-ALUMINIO-S-R-L': {
    id: 'kingtom',
    events: [{ type: 'litigation', date: null, note: 'September 2025: the Court of International Trade vacated and remanded the Finding; the government moved for reconsideration, so its legal status is unresolved.' }],
  },
  'WRO-2025-04-02-TAEPYUNG-SALT-FARM': { id: 'taepyung' },
  'WRO-2025-05-28-FISHING-VESSEL-ZHEN-FA-7': { id: 'zhen-fa-7', name: 'Zhen Fa 7' },
  'WRO-2025-09-24-GIANT-MANUFACTURING-CO-LTD': { id: 'giant', weak: ['Giant'] },
  'WRO-2025-11-18-FIREMOUNT-GROUP-LTD': { id: 'firemount' },
  'WRO-2025-12-18-LINGLONG-INTERNATIONAL-EUROPE-D-O-O-ZREN': {
    id: 'linglong',
    aliases: [{ name: 'Linglong International Europe d.o.o.', type: 'variant', note: 'without the seat (Zrenjanin)' }],
  },
  'WRO-2026-01-29-FINCA-MONTE-GRANDE': { id: 'finca-monte-grande' },
  'WRO-2026-06-16-SERBIA-ZIJIN-COPPER-D-O-O': { id: 'serbia-zijin-copper' },
  'WRO-undated-HUIZHOU-MINK-INDUSTRIAL-CO-LTD': {
    id: 'huizhou-mink',
    events: [{ type: 'issued', date: null, note: 'August 2018 (day not found)' }],
  },

  // UFLPA Entity List: ids carry the list so an entity on two lists keeps one entry per list.
  'UFLPA-2022-06-21-XINJIANG-PRODUCTION-AND-CONSTRUCTION-CORPS': {
    id: 'uflpa-xpcc',
    aliases: [{ name: '新疆生产建设兵团', type: 'translation', note: 'the Corps\' name in Chinese' }],
    group: true,
  },
  'UFLPA-2022-06-21-HOSHINE-SILICON-INDUSTRY-SHANSHAN-CO-LTD': {
    id: 'uflpa-hoshine-shanshan',
    // The bare brand belongs to the parent's WRO entry; here it would double every Hoshine mention.
    dropAliases: ['Hoshine'],
  },
  'UFLPA-2025-01-15-HONGYUAN-GREEN-ENERGY-CO-LTD': { id: 'uflpa-hongyuan-green-energy', weak: ['HY Solar'] },
  'UFLPA-2023-06-12-NINESTAR-CORPORATION': { id: 'uflpa-ninestar', aliases: [{ name: '纳思达股份有限公司', type: 'translation', note: CHINESE_LISTING }] },
  'UFLPA-2023-06-12-XINJIANG-ZHONGTAI-CHEMICAL-CO-LTD': { id: 'uflpa-zhongtai-chemical', aliases: [{ name: '新疆中泰化学股份有限公司', type: 'translation', note: CHINESE_LISTING }] },
  'UFLPA-2023-08-02-CAMEL-GROUP-CO-LTD': { id: 'uflpa-camel-group', aliases: [{ name: '骆驼集团股份有限公司', type: 'translation', note: CHINESE_LISTING }] },
  'UFLPA-2023-08-02-CHENGUANG-BIOTECH-GROUP-CO-LTD': { id: 'uflpa-chenguang-biotech', aliases: [{ name: '晨光生物科技集团股份有限公司', type: 'translation', note: CHINESE_LISTING }] },
  'UFLPA-2023-12-11-COFCO-SUGAR-HOLDING-CO-LTD': { id: 'uflpa-cofco-sugar', aliases: [{ name: '中粮糖业控股股份有限公司', type: 'translation', note: CHINESE_LISTING }] },
  'UFLPA-2024-11-25-XINJIANG-ZHONGHE-CO-LTD': { id: 'uflpa-xinjiang-zhonghe', aliases: [{ name: '新疆众和股份有限公司', type: 'translation', note: CHINESE_LISTING }] },
  'UFLPA-2025-01-15-HUAFU-FASHION-CO-LTD': { id: 'uflpa-huafu-fashion', aliases: [{ name: '华孚时尚股份有限公司', type: 'translation', note: CHINESE_LISTING }] },
  'UFLPA-2025-01-15-ZIJIN-MINING-GROUP-CO-LTD': { id: 'uflpa-zijin-mining', aliases: [{ name: '紫金矿业集团股份有限公司', type: 'translation', note: CHINESE_LISTING }] },
  'UFLPA-2025-01-15-SHUANGLIANG-SILICON-MATERIALS-BAOTOU-CO-LTD': {
    id: 'uflpa-shuangliang-silicon-baotou',
    // The parent group is not on the list; naming it would accuse its other companies.
    dropAliases: ['Shuangliang Group (as named by Trivium China)'],
  },
  'UFLPA-undated-CHANGHONG-MEILING-CO-LTD': { id: 'uflpa-changhong-meiling', aliases: [{ name: '长虹美菱股份有限公司', type: 'translation', note: CHINESE_LISTING }] },
};
