/**
 * A small frozen gazetteer of invented names, so core tests stay stable while the real
 * lists grow.
 */
import type { GazetteerFile } from '../../src/types.js';

export const TEST_PEOPLE: GazetteerFile = {
  category: 'person',
  entries: [
    { id: 'person:xx:budi-sartono', name: 'Budi Sartono', type: 'PERSON', country: 'ID', short: ['Sartono'] },
    { id: 'person:xx:tran-van-khoa', name: 'Trần Văn Khoa', type: 'PERSON', country: 'VN', short: ['Khoa'], nameOrder: 'vietnamese' },
    { id: 'person:xx:kim-sol-ha', name: 'Kim Sol Ha', type: 'PERSON', country: 'KP', short: ['Kim'], nameOrder: 'family-first' },
    { id: 'person:xx:kim-dae-ro', name: 'Kim Dae Ro', type: 'PERSON', country: 'KR', short: ['Kim'], nameOrder: 'family-first' },
    { id: 'person:xx:zyrtal', name: 'Zyrtal', type: 'PERSON', flags: ['ambiguous'] },
  ],
};

export const TEST_PLACES: GazetteerFile = {
  category: 'place',
  entries: [
    { id: 'place:xx:zyrtal', name: 'Zyrtal', type: 'PLACE', flags: ['ambiguous'] },
    { id: 'place:xx:kjwrt', name: 'Kjwrt', type: 'PLACE', aliases: ['Republik Kjwrt', 'RK'] },
    { id: 'place:xx:ho-van-city', name: 'Kota Ho Van', type: 'PLACE' },
    { id: 'place:xx:pelabuhan', name: 'Pelabuhan', type: 'PLACE', flags: ['common-word'] },
  ],
};

export const TEST_ORGS: GazetteerFile = {
  category: 'org',
  entries: [
    { id: 'org:xx:partai-kjwrt', name: 'Partai Rakyat Kjwrt', type: 'ORG', aliases: ['PRK'] },
    { id: 'org:xx:vtx', name: 'vtx.kj', type: 'ORG' },
  ],
};

export const TEST_PERSON_HO_VAN: GazetteerFile = {
  category: 'person',
  entries: [{ id: 'person:xx:ho-van', name: 'Ho Van', type: 'PERSON' }],
};

export const TEST_TITLES: GazetteerFile = {
  category: 'title',
  entries: [
    { id: 'title:presiden', name: 'Presiden', type: 'TITLE', kind: 'title' },
    { id: 'title:perdana-menteri', name: 'Perdana Menteri', type: 'TITLE', kind: 'title', aliases: ['PM'] },
  ],
};

export const TEST_GAZETTEERS: GazetteerFile[] = [TEST_PEOPLE, TEST_PLACES, TEST_ORGS, TEST_PERSON_HO_VAN, TEST_TITLES];
