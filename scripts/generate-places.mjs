#!/usr/bin/env node
// Generates the PLACE gazetteers that come from pinned data packages:
//   gazetteers/places/countries.json     every ISO 3166-1 country from i18n-iso-countries
//                                        (all Indonesian `id` names + English names), merged
//                                        with gazetteers/places/countries.overrides.json
//                                        (Indonesian press forms, long forms, historical states).
//   gazetteers/places/subdivisions.json  first-level divisions from country-state-city for the
//                                        home-domain countries + MY, TH, PH, JP.
//   gazetteers/places/cities.json        cities from country-state-city (see CITY FILTER).
//
// Run: npm run gazetteers:generate   (deterministic and idempotent: sorted output, stable ids)
//
// Hand-curated files in the same folder (exonyms.json, vietnam.json, indonesia.json,
// china.json, regions.json, landmarks.json — every places/*.json that this script does not
// write and that is not *.overrides.json) WIN: a generated entry whose name or alias folds
// to a curated name/alias is dropped or renamed (see below). Vietnam, Indonesia and China
// subdivisions/cities are curated only (country-state-city has the pre-2025 Vietnamese
// provinces, 34 instead of 38 Indonesian provinces, and lists Taiwan as a Chinese province).
//
// SUBDIVISIONS: English designators are stripped (`Quảng Ninh Province` -> `Quảng Ninh`,
// `Kursk Oblast` -> `Kursk`, `Republic of Tatarstan` -> `Tatarstan`); diacritics are kept.
// Ukrainian adjectival oblast names (`Cherkaska oblast`) are mapped to the city-based names
// Indonesian news uses (`Cherkasy`). When the bare name collides with a city, a country,
// another subdivision or a curated entry, the subdivision keeps an Indonesian designator in
// its name (`Oblast Kursk`, `Prefektur Tokyo`, `Wilayah Almaty`, `Republik Altai`); a
// subdivision that is itself a city (`Moscow`, `Bishkek`, `Busan`) and collides is dropped.
//
// CITY FILTER (country-state-city has no population field), in this order:
//   1. the capital of every country (CAPITALS below, Indonesian exonyms where they exist);
//   2. for the subdivision countries: cities whose name equals a subdivision's bare name
//      (administrative centres: Kursk, Aktobe, Nagano, Chiang Mai);
//   3. every city listed for the small home-domain countries (KP, LA, KH, MN, TM, KG, TJ, MD);
//   4. a curated list of larger cities (EXTRA_CITIES, roughly population >= 100k or newsworthy).
//   Names of 3 letters or fewer are flagged `ambiguous`; names that are ordinary Indonesian
//   words (COMMON_WORDS) are flagged `common-word` + `ambiguous`; names shared by cities of
//   different countries are flagged `ambiguous` on both.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const countriesLib = require('i18n-iso-countries');
const { State, City } = require('country-state-city');
countriesLib.registerLocale(require('i18n-iso-countries/langs/id.json'));
countriesLib.registerLocale(require('i18n-iso-countries/langs/en.json'));

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'gazetteers', 'places');
const OUTPUTS = ['countries.json', 'subdivisions.json', 'cities.json'];

// ---------------------------------------------------------------- helpers
const nfc = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, '');
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
  .replace(/ı/g, 'i').toLowerCase().replace(/[‐-―-]/g, ' ').replace(/\s+/g, ' ').trim();
const slug = (s) => fold(s).replace(/['’`ʼ]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const uniq = (arr) => { const seen = new Set(); return arr.filter((x) => (seen.has(fold(x)) ? false : (seen.add(fold(x)), true))); };
function entry(id, name, country, aliases = [], extra = {}) {
  const e = { id, name: nfc(name), type: 'PLACE' };
  if (country) e.country = country;
  const al = uniq([e.name, ...aliases.map(nfc)]).slice(1).filter(Boolean);
  if (al.length) e.aliases = al;
  Object.assign(e, extra);
  return e;
}
const forms = (e) => [e.name, ...(e.aliases ?? [])];
const addFlag = (e, ...f) => { e.flags = [...new Set([...(e.flags ?? []), ...f])].sort(); };

// Ordinary lower-case Indonesian words that also occur as place names (flagged, never plain).
const COMMON_WORDS = new Set(`ada air api atas bata batu baru baku bali bara batang bawah
 besar biru bukit bulan buruk desa dua empat gila gula gunung hari hitam hutan ibu jalan jaya
 kali kaki kalung kota kuala kuning kudus lama laut lima malam malang mana mas medan merah
 metro muara nama padang pagi pala palu panas pasar pati pulau pura putih raja raya rumah
 saga sama sari satu sawah selatan serang sinar subang sungai tak tanah tanjung tegal
 teluk tengah tiga timur tinggi toko tua tujuh utara barat bumi emas enam kayu kecil lebak
 mie nan saat sana sini situ apa dia ini itu kita kami ara bola dara duka gua kuta kupang
 lapan mata muka nasi padi paku pantai rawa sabun tali tebu tepi ujung bandar`.split(/\s+/).filter(Boolean));

// Capitals (Indonesian exonyms where the press uses them). Curated exonyms.json may override.
const CAPITALS = {
  AD: 'Andorra la Vella', AE: 'Abu Dhabi', AF: 'Kabul', AG: "Saint John's", AL: 'Tirana', AM: 'Yerevan',
  AO: 'Luanda', AR: 'Buenos Aires', AT: 'Wina', AU: 'Canberra', AZ: 'Baku', BA: 'Sarajevo', BB: 'Bridgetown',
  BD: 'Dhaka', BE: 'Brussel', BF: 'Ouagadougou', BG: 'Sofia', BH: 'Manama', BI: 'Gitega', BJ: 'Porto-Novo',
  BN: 'Bandar Seri Begawan', BO: 'Sucre', BR: 'Brasilia', BS: 'Nassau', BT: 'Thimphu', BW: 'Gaborone',
  BY: 'Minsk', BZ: 'Belmopan', CA: 'Ottawa', CD: 'Kinshasa', CF: 'Bangui', CG: 'Brazzaville', CH: 'Bern',
  CI: 'Yamoussoukro', CL: 'Santiago', CM: 'Yaoundé', CN: 'Beijing', CO: 'Bogota', CR: 'San José', CU: 'Havana',
  CV: 'Praia', CY: 'Nikosia', CZ: 'Praha', DE: 'Berlin', DJ: 'Kota Djibouti', DK: 'Kopenhagen', DM: 'Roseau',
  DO: 'Santo Domingo', DZ: 'Aljir', EC: 'Quito', EE: 'Tallinn', EG: 'Kairo', ER: 'Asmara', ES: 'Madrid',
  ET: 'Addis Ababa', FI: 'Helsinki', FJ: 'Suva', FM: 'Palikir', FR: 'Paris', GA: 'Libreville', GB: 'London',
  GD: "Saint George's", GE: 'Tbilisi', GH: 'Accra', GM: 'Banjul', GN: 'Conakry', GQ: 'Malabo', GR: 'Athena',
  GT: 'Kota Guatemala', GW: 'Bissau', GY: 'Georgetown', HN: 'Tegucigalpa', HR: 'Zagreb', HT: 'Port-au-Prince',
  HU: 'Budapest', ID: 'Jakarta', IE: 'Dublin', IL: 'Yerusalem', IN: 'New Delhi', IQ: 'Bagdad', IR: 'Teheran',
  IS: 'Reykjavik', IT: 'Roma', JM: 'Kingston', JO: 'Amman', JP: 'Tokyo', KE: 'Nairobi', KG: 'Bishkek',
  KH: 'Phnom Penh', KI: 'Tarawa', KM: 'Moroni', KN: 'Basseterre', KP: 'Pyongyang', KR: 'Seoul', KW: 'Kota Kuwait',
  KZ: 'Astana', LA: 'Vientiane', LB: 'Beirut', LC: 'Castries', LI: 'Vaduz', LK: 'Sri Jayawardenepura Kotte',
  LR: 'Monrovia', LS: 'Maseru', LT: 'Vilnius', LU: 'Kota Luksemburg', LV: 'Riga', LY: 'Tripoli', MA: 'Rabat',
  MC: 'Monako', MD: 'Chisinau', ME: 'Podgorica', MG: 'Antananarivo', MH: 'Majuro', MK: 'Skopje', ML: 'Bamako',
  MM: 'Naypyidaw', MN: 'Ulaanbaatar', MR: 'Nouakchott', MT: 'Valletta', MU: 'Port Louis', MV: 'Malé',
  MW: 'Lilongwe', MX: 'Kota Meksiko', MY: 'Kuala Lumpur', MZ: 'Maputo', NA: 'Windhoek', NE: 'Niamey',
  NG: 'Abuja', NI: 'Managua', NL: 'Amsterdam', NO: 'Oslo', NP: 'Kathmandu', NR: 'Yaren', NZ: 'Wellington',
  OM: 'Muskat', PA: 'Kota Panama', PE: 'Lima', PG: 'Port Moresby', PH: 'Manila', PK: 'Islamabad', PL: 'Warsawa',
  PS: 'Ramallah', PT: 'Lisabon', PW: 'Ngerulmud', PY: 'Asunción', QA: 'Doha', RO: 'Bukares', RS: 'Beograd',
  RU: 'Moskow', RW: 'Kigali', SA: 'Riyadh', SB: 'Honiara', SC: 'Victoria', SD: 'Khartoum', SE: 'Stockholm',
  SG: 'Kota Singapura', SI: 'Ljubljana', SK: 'Bratislava', SL: 'Freetown', SM: 'Kota San Marino', SN: 'Dakar',
  SO: 'Mogadishu', SR: 'Paramaribo', SS: 'Juba', ST: 'São Tomé', SV: 'San Salvador', SY: 'Damaskus',
  SZ: 'Mbabane', TD: "N'Djamena", TG: 'Lomé', TH: 'Bangkok', TJ: 'Dushanbe', TL: 'Dili', TM: 'Ashgabat',
  TN: 'Kota Tunis', TO: "Nuku'alofa", TR: 'Ankara', TT: 'Port of Spain', TV: 'Funafuti', TW: 'Taipei',
  TZ: 'Dodoma', UA: 'Kiev', UG: 'Kampala', US: 'Washington', UY: 'Montevideo', UZ: 'Tashkent', VA: 'Kota Vatikan',
  VC: 'Kingstown', VE: 'Caracas', VN: 'Hà Nội', VU: 'Port Vila', WS: 'Apia', YE: "Sana'a", ZA: 'Pretoria',
  ZM: 'Lusaka', ZW: 'Harare', HK: 'Hong Kong', MO: 'Makau',
};

const SUBDIV_COUNTRIES = ['KP', 'KR', 'LA', 'KH', 'CU', 'MN', 'RU', 'BY', 'UA', 'MD', 'GE', 'AM', 'AZ', 'KZ',
  'UZ', 'KG', 'TJ', 'TM', 'MY', 'TH', 'PH', 'JP'];
const ALL_CITIES_COUNTRIES = new Set(['KP', 'LA', 'KH', 'MN', 'TM', 'KG', 'TJ', 'MD']);

// Larger or newsworthy cities, matched (folded) against country-state-city's spelling.
const EXTRA_CITIES = {
  RU: `Moscow|Saint Petersburg|Novosibirsk|Yekaterinburg|Kazan|Nizhniy Novgorod|Chelyabinsk|Samara|Omsk|
    Rostov-na-Donu|Ufa|Krasnoyarsk|Perm|Voronezh|Volgograd|Krasnodar|Saratov|Tyumen|Izhevsk|Barnaul|
    Ulyanovsk|Irkutsk|Khabarovsk|Yaroslavl|Vladivostok|Makhachkala|Tomsk|Orenburg|Kemerovo|Novokuznetsk|
    Ryazan|Naberezhnyye Chelny|Astrakhan|Penza|Kirov|Lipetsk|Cheboksary|Kaliningrad|Tula|Kursk|Sochi|
    Stavropol|Murmansk|Groznyy|Yakutsk|Yuzhno-Sakhalinsk|Magadan|Norilsk|Belgorod|Bryansk|Smolensk|Tver|
    Ivanovo|Vladimir|Kostroma|Arkhangelsk|Vologda|Cherepovets|Petrozavodsk|Syktyvkar|Pskov|Velikiy Novgorod|
    Kaluga|Orël|Tambov|Saransk|Yoshkar-Ola|Nalchik|Vladikavkaz|Magas|Elista|Maykop|Cherkessk|Ulan-Ude|
    Chita|Abakan|Kyzyl|Gorno-Altaysk|Blagoveshchensk|Birobidzhan|Anadyr|Salekhard|Khanty-Mansiysk|Surgut|
    Nizhnevartovsk|Kurgan|Sterlitamak|Taganrog|Novorossiysk|Podolsk|Balashikha|Khimki|Mytishchi|Obninsk|
    Severodvinsk|Kolomna|Derbent|Bratsk|Angarsk|Nakhodka|Ussuriysk|Komsomolsk-on-Amur|Biysk|Volzhskiy|
    Shakhty|Pyatigorsk|Kislovodsk|Engels|Syzran|Dzerzhinsk|Magnitogorsk|Nizhniy Tagil|Novocherkassk|
    Rybinsk|Tolyatti|Sevastopol|Simferopol|Kerch|Yevpatoriya|Feodosiya|Dubna|Sergiyev Posad|Kronshtadt|
    Vyborg|Petropavlovsk-Kamchatskiy`,
  UA: `Kyiv|Kharkiv|Odesa|Dnipro|Lviv|Zaporizhzhya|Donetsk|Luhansk|Mariupol|Kherson|Mykolayiv|Bakhmut|
    Kramatorsk|Slovyansk|Avdiyivka|Melitopol|Berdyansk|Poltava|Chernihiv|Cherkasy|Sumy|Zhytomyr|Vinnytsya|
    Rivne|Lutsk|Ternopil|Ivano-Frankivsk|Uzhhorod|Chernivtsi|Khmelnytskyi|Kropyvnytskyi|Kremenchuk|
    Kryvyi Rih|Bucha|Irpin|Izyum|Kupiansk|Pokrovsk|Enerhodar|Nikopol|Severodonetsk|Lysychansk|Horlivka|
    Makiyivka|Yalta`,
  BY: 'Minsk|Brest|Gomel|Grodno|Vitebsk|Mahilyow|Babruysk|Baranovichi|Barysaw|Pinsk|Orsha|Mazyr',
  KZ: `Almaty|Shymkent|Karagandy|Aktobe|Taraz|Pavlodar|Oskemen|Semey|Atyrau|Kostanay|Kyzylorda|Oral|
    Petropavl|Aktau|Turkistan|Temirtau|Ekibastuz|Zhezkazgan|Baikonur|Taldykorgan|Kokshetau`,
  UZ: 'Samarkand|Bukhara|Namangan|Andijan|Fergana|Nukus|Qarshi|Termez|Navoiy|Urgench|Khiva|Jizzax|Gulistan|Kokand|Margilan|Chirchiq',
  AZ: 'Ganja|Sumqayit|Mingachevir|Shirvan|Lankaran|Nakhchivan|Shusha|Khankendi|Shaki|Quba',
  GE: 'Batumi|Kutaisi|Rustavi|Zugdidi|Gori|Poti|Telavi|Sukhumi|Tskhinvali',
  AM: 'Gyumri|Vanadzor|Vagharshapat|Hrazdan|Abovyan|Kapan|Goris|Dilijan|Sevan|Armavir|Artashat',
  KR: `Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong|Suwon|Changwon|Goyang-si|Yongin|Seongnam-si|
    Bucheon-si|Cheongju-si|Jeonju|Cheonan|Ansan-si|Pohang|Gimhae|Jeju City|Gangneung|Gyeongju|Andong|Paju|
    Mokpo|Yeosu|Gumi|Chuncheon|Wonju|Hwaseong-si|Pyeongtaek|Uijeongbu-si|Gunsan|Sokcho|Tongyeong|Geoje`,
  JP: `Tokyo|Yokohama|Osaka|Nagoya|Sapporo|Fukuoka|Kobe|Kawasaki|Kyoto|Saitama|Hiroshima|Sendai|Chiba|
    Kitakyushu|Sakai|Niigata|Hamamatsu|Kumamoto|Sagamihara|Okayama|Shizuoka|Kagoshima|Hachiōji|Utsunomiya|
    Matsuyama|Kanazawa|Nagasaki|Naha|Nara|Hakodate|Fukushima|Okinawa|Toyota|Aomori|Akita|Morioka|Kōbe`,
  TH: `Bangkok|Chiang Mai|Chiang Rai|Pattaya|Phuket|Hat Yai|Nakhon Ratchasima|Udon Thani|Khon Kaen|
    Nonthaburi|Pak Kret|Ubon Ratchathani|Surat Thani|Nakhon Si Thammarat|Songkhla|Ayutthaya|Hua Hin|Krabi|
    Mae Sot|Nong Khai|Pattani|Yala|Narathiwat`,
  PH: `Manila|Quezon City|Davao|Cebu City|Zamboanga|Taguig|Pasig|Makati City|Caloocan City|Antipolo|Bacolod City|
    Iloilo|Cagayan de Oro|General Santos|Baguio|Angeles City|Mandaue City|Marawi City|Cotabato|Tacloban|
    Puerto Princesa|Olongapo|Pasay|Parañaque|Las Piñas|Muntinlupa|Valenzuela|Legazpi|Iligan|Butuan|Dumaguete|Subic`,
  MY: `Kuala Lumpur|Putrajaya|George Town|Ipoh|Shah Alam|Petaling Jaya|Johor Bahru|Malacca|Kota Bharu|
    Kuala Terengganu|Kuantan|Alor Setar|Seremban|Kota Kinabalu|Kuching|Sandakan|Tawau|Miri|Sibu|Klang|
    Subang Jaya|Cyberjaya|Labuan|Kangar|Lahad Datu`,
  CU: 'Havana|Santiago de Cuba|Camagüey|Holguín|Santa Clara|Guantánamo|Bayamo|Cienfuegos|Pinar del Río|Matanzas|Las Tunas|Sancti Spíritus',
};

// Ukrainian adjectival oblast names -> names used in Indonesian news.
const UA_OBLASTS = {
  Cherkaska: 'Cherkasy', Chernihivska: 'Chernihiv', Chernivetska: 'Chernivtsi', Dnipropetrovska: 'Dnipropetrovsk',
  Donetska: 'Donetsk', 'Ivano-Frankivska': 'Ivano-Frankivsk', Kharkivska: 'Kharkiv', Khersonska: 'Kherson',
  Khmelnytska: 'Khmelnytskyi', Kirovohradska: 'Kirovohrad', Kyivska: 'Kyiv', Luhanska: 'Luhansk', Lvivska: 'Lviv',
  Mykolaivska: 'Mykolaiv', Odeska: 'Odesa', Poltavska: 'Poltava', Rivnenska: 'Rivne', Sumska: 'Sumy',
  Ternopilska: 'Ternopil', Vinnytska: 'Vinnytsia', Volynska: 'Volyn', Zakarpatska: 'Zakarpattia',
  Zaporizka: 'Zaporizhzhia', Zhytomyrska: 'Zhytomyr',
};
// English designator -> Indonesian designator (used only when a bare name collides).
const DESIGNATORS = [
  [/^Autonomous Republic of (.+)$/i, 'Republik Otonom'], [/^Republic of (.+)$/i, 'Republik'],
  [/^(.+) Autonomous Okrug$/i, 'Distrik Otonom'], [/^(.+) Autonomous Oblast$/i, 'Oblast Otonom'],
  [/^(.+) Autonomous (?:Province|Region)$/i, 'Provinsi Otonom'], [/^(.+) Republic$/i, 'Republik'],
  [/^(.+) Oblast$/i, 'Oblast'], [/^(.+) Krai$/i, 'Krai'], [/^(.+) Province$/i, 'Provinsi'],
  [/^(.+) Prefecture$/i, 'Prefektur'], [/^(.+) Region$/i, 'Wilayah'], [/^(.+) District$/i, 'Distrik'],
  [/^(.+) Municipality$/i, 'Kota'], [/^(.+) SAR$/i, 'Daerah Administratif Khusus'],
];
// Hand fixes for country-state-city spellings (bare names as the press writes them).
const SUBDIV_RENAME = {
  'RU:Chechen Republic': ['Chechnya', 'Republik'], 'RU:Chuvash Republic': ['Chuvashia', 'Republik'],
  'RU:Udmurt Republic': ['Udmurtia', 'Republik'], 'RU:Kabardino-Balkar Republic': ['Kabardino-Balkaria', 'Republik'],
  'RU:Karachay-Cherkess Republic': ['Karachay-Cherkessia', 'Republik'], 'RU:Sakha Republic': ['Sakha', 'Republik'],
  'RU:Tuva Republic': ['Tuva', 'Republik'], 'RU:Komi Republic': ['Komi', 'Republik'], 'RU:Mari El Republic': ['Mari El', 'Republik'],
  'RU:Khanty-Mansi Autonomous Okrug': ['Khanty-Mansi', 'Distrik Otonom'], 'RU:Sverdlovsk': ['Sverdlovsk', 'Oblast'],
  'RU:Irkutsk': ['Irkutsk', 'Oblast'], 'RU:Arkhangelsk': ['Arkhangelsk', 'Oblast'], 'RU:Kaliningrad': ['Kaliningrad', 'Oblast'],
  'RU:Novosibirsk': ['Novosibirsk', 'Oblast'], 'RU:Sakhalin': ['Sakhalin', 'Oblast'],
  'RU:Jewish Autonomous Oblast': ['Oblast Otonom Yahudi', null],
  'RU:Republic of North Ossetia-Alania': ['Ossetia Utara-Alania', 'Republik'],
  'KR:Gangwon Province': ['Gangwon', 'Provinsi'], 'TJ:districts of Republican Subordination': [null, null],
  'UA:Kyiv': [null, null],
};
const INDO_DESIG_EXTRA = { KZ: 'Wilayah', UZ: 'Wilayah', KG: 'Wilayah', TM: 'Wilayah', BY: 'Wilayah', AM: 'Provinsi' };

function stripDesignator(cc, raw) {
  const key = `${cc}:${raw}`;
  if (key in SUBDIV_RENAME) return { bare: SUBDIV_RENAME[key][0], desig: SUBDIV_RENAME[key][1] };
  const ua = raw.match(/^(.+?) [Oo]blast$/);
  if (cc === 'UA' && ua && UA_OBLASTS[ua[1]]) return { bare: UA_OBLASTS[ua[1]], desig: 'Oblast' };
  for (const [re, desig] of DESIGNATORS) {
    const m = raw.match(re);
    if (m) return { bare: m[1].trim(), desig };
  }
  return { bare: raw, desig: null };
}

// ---------------------------------------------------------------- curated (reserved) names
const curatedFiles = readdirSync(DIR).filter((f) => f.endsWith('.json') && !OUTPUTS.includes(f) && !f.endsWith('.overrides.json')).sort();
const reserved = new Map(); // fold -> country of the curated entry
for (const f of curatedFiles) {
  for (const e of JSON.parse(readFileSync(join(DIR, f), 'utf8')).entries) for (const s of forms(e)) reserved.set(fold(s), e.country ?? 'INT');
}

// ---------------------------------------------------------------- countries
const ENGLISH_OK = (s) => !/[,()]/.test(s) && !/^[A-Z.]{1,5}$/.test(s) && !/^the /i.test(s);
const overrides = JSON.parse(readFileSync(join(DIR, 'countries.overrides.json'), 'utf8')).entries;
const countryMap = new Map();
for (const code of Object.keys(countriesLib.getAlpha2Codes()).sort()) {
  const idNames = [countriesLib.getName(code, 'id', { select: 'all' }) ?? []].flat();
  const enNames = [countriesLib.getName(code, 'en', { select: 'all' }) ?? []].flat().filter(ENGLISH_OK);
  if (!idNames.length) continue;
  countryMap.set(`place:country:${code.toLowerCase()}`, entry(`place:country:${code.toLowerCase()}`, idNames[0], code, [...idNames.slice(1), ...enNames]));
}
for (const o of overrides) {
  const base = countryMap.get(o.id);
  if (!base) { countryMap.set(o.id, entry(o.id, o.name, o.country, o.aliases ?? [], pick(o))); continue; }
  const merged = entry(o.id, o.name ?? base.name, base.country, [...(o.aliases ?? []), ...forms(base)], pick(o));
  countryMap.set(o.id, merged);
}
function pick(o) { const x = {}; if (o.flags) x.flags = o.flags; if (o.note) x.note = o.note; return x; }
// An alias shared by two countries (e.g. English "Congo") stays only where it is the name.
dedupeAcross([...countryMap.values()]);
const countries = [...countryMap.values()].sort(byId);
function dedupeAcross(list) {
  const owners = new Map();
  for (const e of list) for (const s of forms(e)) { const k = fold(s); owners.set(k, [...(owners.get(k) ?? []), e]); }
  for (const [k, es] of owners) {
    if (es.length < 2) continue;
    for (const e of es) if (fold(e.name) !== k) e.aliases = e.aliases.filter((a) => fold(a) !== k);
  }
  for (const e of list) if (e.aliases && !e.aliases.length) delete e.aliases;
}
const countryForms = new Set(countries.flatMap(forms).map(fold));

// ---------------------------------------------------------------- cities
const cityCands = new Map(); // `${cc}:${fold}` -> {cc, name, why}
const addCity = (cc, name, why) => {
  const k = `${cc}:${fold(name)}`;
  if (!cityCands.has(k)) cityCands.set(k, { cc, name: nfc(name), why });
};
for (const [cc, name] of Object.entries(CAPITALS).sort()) addCity(cc, name, 'capital');
const stateBare = new Map();
for (const cc of SUBDIV_COUNTRIES) {
  const states = State.getStatesOfCountry(cc);
  stateBare.set(cc, new Set(states.map((s) => stripDesignator(cc, s.name).bare).filter(Boolean).map(fold)));
  const cities = City.getCitiesOfCountry(cc).slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const extra = new Set((EXTRA_CITIES[cc] ?? '').split('|').map((s) => fold(s.trim())).filter(Boolean));
  for (const c of cities) {
    const f = fold(c.name);
    if (extra.has(f)) addCity(cc, c.name, 'extra');
    else if (stateBare.get(cc).has(f)) addCity(cc, c.name, 'admin-centre');
    else if (ALL_CITIES_COUNTRIES.has(cc)) addCity(cc, c.name, 'small-country');
  }
}
const cityEntries = [];
const cityNameCount = new Map();
for (const c of cityCands.values()) {
  const f = fold(c.name);
  if (reserved.has(f) || countryForms.has(f)) continue; // curated exonyms and countries win
  if (!/\p{L}{2}/u.test(c.name)) continue;
  cityNameCount.set(f, (cityNameCount.get(f) ?? 0) + 1);
  const e = entry(`place:city:${c.cc.toLowerCase()}:${slug(c.name)}`, c.name, c.cc);
  if (c.why === 'capital') e.note = 'Capital city.';
  cityEntries.push(e);
}
for (const e of cityEntries) {
  const f = fold(e.name);
  if (COMMON_WORDS.has(f)) addFlag(e, 'common-word', 'ambiguous');
  if (f.replace(/[^a-z]/g, '').length <= 3) addFlag(e, 'ambiguous');
  if (cityNameCount.get(f) > 1) addFlag(e, 'ambiguous');
}
const cityForms = new Map(cityEntries.map((e) => [`${e.country}:${fold(e.name)}`, e]));
const allCityFolds = new Set(cityEntries.map((e) => fold(e.name)));

// ---------------------------------------------------------------- subdivisions
const subdivEntries = [];
for (const cc of SUBDIV_COUNTRIES) {
  const states = State.getStatesOfCountry(cc).slice().sort((a, b) => (a.isoCode < b.isoCode ? -1 : a.isoCode > b.isoCode ? 1 : 0));
  const parsed = states.map((s) => ({ raw: s.name, ...stripDesignator(cc, s.name) })).filter((p) => p.bare);
  const bareCount = new Map();
  for (const p of parsed) bareCount.set(fold(p.bare), (bareCount.get(fold(p.bare)) ?? 0) + 1);
  for (const p of parsed) {
    const f = fold(p.bare);
    const collides = bareCount.get(f) > 1 || reserved.has(f) || countryForms.has(f) || allCityFolds.has(f);
    let name = nfc(p.bare);
    if (collides) {
      const desig = p.desig ?? INDO_DESIG_EXTRA[cc] ?? null;
      if (!p.desig && (cityForms.has(`${cc}:${f}`) || reserved.has(f) || countryForms.has(f))) continue; // city-level unit: the city entry covers it
      if (!desig) continue;
      name = desig && !p.bare.startsWith(desig) ? `${desig} ${p.bare}` : p.bare;
      if (reserved.has(fold(name)) || countryForms.has(fold(name))) continue;
    }
    const e = entry(`place:subdiv:${cc.toLowerCase()}:${slug(name)}`, name, cc);
    if (COMMON_WORDS.has(fold(name))) addFlag(e, 'common-word', 'ambiguous');
    if (fold(name).replace(/[^a-z]/g, '').length <= 3) addFlag(e, 'ambiguous');
    subdivEntries.push(e);
  }
}

// ---------------------------------------------------------------- write
function write(file, description, entries) {
  const seen = new Set();
  const out = entries.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true))).sort(byId);
  writeFileSync(join(DIR, file), `${JSON.stringify({ category: 'place', description, entries: out }, null, 2)}\n`);
  return out.length;
}
const n1 = write('countries.json', 'GENERATED by scripts/generate-places.mjs — do not edit; edit countries.overrides.json. Every ISO 3166-1 country (Indonesian names from i18n-iso-countries as name/aliases, English names as aliases), merged with Indonesian press forms, official long forms and historical states.', countries);
const n2 = write('subdivisions.json', 'GENERATED by scripts/generate-places.mjs — do not edit. First-level divisions (country-state-city) of the home-domain countries and MY, TH, PH, JP, English designators stripped; Vietnam, Indonesia and China are curated in vietnam.json, indonesia.json, china.json.', subdivEntries);
const n3 = write('cities.json', 'GENERATED by scripts/generate-places.mjs — do not edit. Capitals of every country, administrative centres and larger cities of the home-domain countries and MY, TH, PH, JP (country-state-city); curated exonyms.json wins on overlaps.', cityEntries);
console.log(`places: countries ${n1}, subdivisions ${n2}, cities ${n3}`);
