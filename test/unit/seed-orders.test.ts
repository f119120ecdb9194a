import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/core/matcher';
import { index } from '../helpers';

/** The 13 orders of the Commissioner's letter, each under spellings real pages use. */
const VARIANTS: Record<string, string[]> = {
  hoshine: ['Hoshine Silicon Industry Co., Ltd.', 'HOSHINE SILICON INDUSTRY CO LTD', 'Hoshine Silicon Industry Company Limited', '合盛硅业股份有限公司'],
  xuar: ['Xinjiang Uyghur Autonomous Region', 'cotton from the XUAR', 'Xinjiang Uygur Autonomous Region', '新疆维吾尔自治区'],
  xpcc: ['Xinjiang Production and Construction Corps', 'XINJIANG PRODUCTION & CONSTRUCTION CORPORATION', 'XPCC', '新疆生产建设兵团'],
  bitland: ['Hefei Bitland Information Technology Co Ltd', 'HEFEI BITLAND INFORMATION TECHNOLOGY CO., LTD.', 'Hefei Bitland Information Tech Co.', 'Hefei Bitland'],
  junggar: ['Xinjiang Junggar Cotton and Linen Co., Ltd.', 'Xinjiang Junggar Cotton & Linen Co Ltd', 'XINJIANG JUNGGAR COTTON AND LINEN COMPANY LIMITED'],
  zhuowan: ['Yili Zhuowan Garment Manufacturing Co., Ltd.', 'Yili Zhuowan Garment Mfg. Co. Ltd', 'YILI ZHUOWAN GARMENT MANUFACTURING COMPANY LIMITED'],
  lyszd: ['Baoding LYSZD Trade and Business Co., Ltd.', 'Baoding LYSZD Trade & Business Co Ltd', 'BAODING LYSZD TRADE AND BUSINESS COMPANY LIMITED'],
  vsetc: ['Lop County No. 4 Vocational Skills Education and Training Center', 'Lop County No 4 Vocational Skills Education and Training Centre', 'No. 4 Vocational Skills Education Training Center'],
  'smart-glove': ['Smart Glove Corporation Sdn Bhd', 'SMART GLOVE CORPORATION SDN. BHD.', 'GX Corporation Sdn. Bhd.', 'Platinum Glove Industries Sdn Bhd'],
  supermax: ['Supermax Corporation Berhad', 'SUPERMAX CORP BHD', 'Maxter Glove Manufacturing Sdn Bhd', 'Supermax Healthcare Limited'],
  'sime-darby-plantation': ['Sime Darby Plantation Berhad', 'SIME DARBY PLANTATION BHD', 'SD Guthrie Berhad', 'Sime Darby Plantation Sdn. Bhd.'],
  fgv: ['FGV Holdings Berhad', 'FGV HOLDINGS BHD', 'Felda Global Ventures Holdings Berhad'],
  'top-glove': ['Top Glove Corporation Bhd', 'TOP GLOVE CORPORATION BERHAD', 'TopGlove Sdn Bhd', 'Top Glove Corp. Bhd.'],
  wrp: ['WRP Asia Pacific Sdn. Bhd.', 'WRP ASIA PACIFIC SDN BHD', 'WRP Asia Pacific Sendirian Berhad'],
};

describe('each seed order is found under at least three realistic spellings', () => {
  for (const [id, variants] of Object.entries(VARIANTS)) {
    it(id, () => {
      expect(variants.length).toBeGreaterThanOrEqual(3);
      for (const text of variants) {
        const ids = scanText(index, text).map((m) => m.entryId);
        expect(ids, text).toContain(id);
      }
    });
  }
});
