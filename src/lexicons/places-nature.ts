// Major natural features from general knowledge: one line per feature,
// `kind|A3 or -|lat|lon|radius_km|Name;alias;alias` (kinds: river, mountain, range, desert, island, lake, region).

// prettier-ignore
const LINES = `
river|-|27.0|31.0|1500|Nile;Nile River;River Nile;río Nilo;Nilo
river|-|-3.0|-60.0|1500|Amazon River;River Amazon;río Amazonas
river|CHN|30.5|112.0|1400|Yangtze;Yangtze River;Chang Jiang;río Yangtsé
river|CHN|36.0|110.0|1200|Yellow River;Huang He;río Amarillo
river|-|15.0|105.0|1000|Mekong;Mekong River;río Mekong
river|-|25.0|84.0|900|Ganges;Ganges River;Ganga;río Ganges
river|PAK|29.0|70.0|1000|Indus;Indus River;río Indo
river|-|34.0|42.0|900|Euphrates;Euphrates River;río Éufrates;Éufrates
river|IRQ|34.0|44.0|800|Tigris;Tigris River;río Tigris
river|-|46.0|20.0|1200|Danube;Danube River;río Danubio;Danubio
river|-|50.0|7.5|500|Rhine;Rhine River;río Rin
river|RUS|52.0|47.0|1200|Volga;Volga River;río Volga
river|-|49.0|33.0|900|Dnipro;Dnieper;Dnipro River;Dnieper River;río Dniéper
river|USA|29.95|-90.06|1500|Mississippi River;río Misisipi
river|USA|43.0|-103.0|1300|Missouri River
river|USA|38.5|-84.5|700|Ohio River
river|USA|36.0|-112.0|900|Colorado River
river|USA|42.0|-73.9|200|Hudson River
river|USA|39.5|-77.4|250|Potomac;Potomac River
river|USA|46.0|-120.0|700|Columbia River
river|-|29.0|-103.0|1200|Rio Grande;Río Bravo
river|USA|32.6|-117.0|20|Tijuana River
river|-|13.0|-1.0|1500|Niger River;River Niger;río Níger
river|-|-1.0|20.0|1500|Congo River;River Congo;río Congo
river|-|-17.0|28.0|1000|Zambezi;Zambezi River
river|-|-25.0|-58.0|1300|Paraná River;río Paraná
river|-|8.2|-64.74|1000|Orinoco;Orinoco River;río Orinoco
river|COL|7.0|-74.5|700|Magdalena River;río Magdalena
river|GBR|51.5|-0.5|150|River Thames;Thames River;río Támesis;Támesis
river|FRA|48.8|2.3|350|Seine;River Seine;río Sena
river|FRA|47.3|0.5|450|Loire;Loire River
river|-|45.0|4.8|400|Rhône;Rhone;Rhône River
river|-|52.0|11.5|500|Elbe;Elbe River
river|-|52.0|18.0|500|Vistula;Vistula River
river|-|64.0|-150.0|1500|Yukon River
river|CAN|47.5|-71.0|700|St. Lawrence River;Saint Lawrence River;St Lawrence
river|-|32.3|35.6|100|Jordan River;río Jordán
river|-|36.0|37.0|300|Orontes
river|IND|11.14|79.85|400|Cauvery;Kaveri;Cauvery River
river|IND|21.5|80.0|600|Godavari
river|IND|26.5|91.0|900|Brahmaputra
river|-|23.5|75.0|800|Narmada
river|-|53.0|88.0|1500|Yenisei
river|-|58.0|70.0|1800|Ob River
river|-|55.0|128.0|1500|Amur;Amur River
river|-|43.0|-3.0|0|-
mountain|NPL|27.99|86.93|20|Mount Everest;Everest;Monte Everest
mountain|TZA|-3.07|37.35|30|Kilimanjaro;Mount Kilimanjaro
mountain|JPN|35.36|138.73|25|Mount Fuji;Mt. Fuji;monte Fuji
mountain|ITA|40.82|14.43|10|Mount Vesuvius;Vesuvius;Vesubio
mountain|ITA|37.75|14.99|20|Mount Etna;Etna
mountain|USA|46.2|-122.19|15|Mount St. Helens;Mt. St. Helens
mountain|USA|46.85|-121.76|20|Mount Rainier
mountain|USA|63.07|-151.0|30|Denali;Mount McKinley
mountain|USA|19.4|-155.3|30|Kilauea;Kīlauea
mountain|USA|19.48|-155.6|30|Mauna Loa
mountain|IDN|-7.54|110.45|15|Mount Merapi;Merapi
mountain|PHL|13.26|123.68|15|Mayon;Mayon Volcano
mountain|PHL|14.0|120.99|15|Taal;Taal Volcano
mountain|ISL|63.63|-19.62|20|Eyjafjallajökull
mountain|ARG|-32.65|-70.01|20|Aconcagua
mountain|MEX|19.02|-98.62|20|Popocatépetl;Popocatepetl
mountain|TUR|39.7|44.3|20|Mount Ararat;Ararat
mountain|FRA|45.83|6.86|20|Mont Blanc;Montblanc
mountain|GTM|14.47|-90.88|10|Volcán de Fuego;Fuego volcano
mountain|COD|-1.52|29.25|15|Nyiragongo;Mount Nyiragongo
mountain|-|35.88|76.51|20|K2
range|-|46.5|10.0|500|Alps;the Alps;Alpes
range|-|29.0|84.0|1200|Himalayas;Himalaya;Himalayas mountains;Himalaya mountains
range|-|45.0|-112.0|1300|Rocky Mountains;Rockies;Montañas Rocosas
range|USA|40.0|-78.0|900|Appalachian Mountains;Appalachia;Appalachians;Apalaches
range|USA|38.0|-119.5|300|Sierra Nevada mountains
range|-|42.7|0.5|250|Pyrenees;Pirineos
range|-|60.0|60.0|1000|Ural Mountains;Urals;Urales
range|-|32.0|-2.0|500|Atlas Mountains
range|-|36.0|71.0|300|Hindu Kush
range|-|36.0|76.0|300|Karakoram
range|-|47.0|25.0|400|Carpathians;Carpathian Mountains;Cárpatos
range|-|42.0|44.0|500|Caucasus Mountains;Greater Caucasus
range|-|33.0|47.5|600|Zagros;Zagros Mountains
range|SDN|11.5|30.5|100|Nuba Mountains
range|-|36.0|44.2|150|Sinjar;Mount Sinjar;Sinjar Mountains
range|IND|14.0|75.0|700|Western Ghats
range|USA|35.2|-111.7|0|-
desert|-|23.0|13.0|2000|Sahara;Sahara Desert;Sahara desert;desierto del Sahara
desert|-|43.0|105.0|800|Gobi;Gobi Desert;desierto de Gobi
desert|-|-24.5|-69.5|400|Atacama;Atacama Desert;desierto de Atacama
desert|USA|35.0|-116.0|250|Mojave Desert;Mojave;desierto de Mojave
desert|-|31.0|-112.0|400|Sonoran Desert;desierto de Sonora
desert|-|-22.0|23.0|500|Kalahari;Kalahari Desert
desert|-|20.0|50.0|700|Empty Quarter;Rub' al Khali;Arabian Desert
desert|-|27.0|71.0|400|Thar Desert
desert|ISR|30.8|34.8|80|Negev;Negev Desert;desierto del Néguev
desert|USA|36.5|-117.0|80|Death Valley
desert|-|34.5|38.5|300|Syrian Desert
island|GRL|72.0|-40.0|1200|Greenland;Groenlandia
island|-|-0.5|114.0|700|Borneo
island|IDN|-0.5|101.5|800|Sumatra
island|IDN|-7.5|110.5|500|Java island;isla de Java
island|IDN|-2.0|121.0|400|Sulawesi;Celebes
island|-|-5.5|141.0|700|New Guinea;Nueva Guinea
island|MDG|-19.0|46.7|550|Madagascar island
island|GBR|54.0|-2.0|400|Great Britain;Gran Bretaña
island|-|53.3|-7.7|250|Ireland island;island of Ireland;isla de Irlanda
island|ITA|37.6|14.1|150|Sicily island
island|-|35.1|33.4|100|Cyprus island
island|GRC|35.2|24.9|120|Crete;Creta
island|ITA|35.5|12.6|5|Lampedusa
island|GRC|39.2|26.3|30|Lesbos;Lesvos;Lesbos island
island|USA|40.8|-73.2|80|Long Island
island|USA|40.6|-74.1|10|Staten Island
island|USA|40.78|-73.97|10|Manhattan island
island|USA|41.4|-70.6|15|Martha's Vineyard
island|USA|41.28|-70.1|10|Nantucket
island|USA|24.7|-81.2|80|Florida Keys;Cayos de Florida
island|USA|21.3|-157.9|30|Oahu;O'ahu
island|USA|20.8|-156.3|40|Maui island
island|USA|19.6|-155.5|80|Big Island
island|USA|13.45|144.78|15|Guam
island|CAN|49.6|-125.5|200|Vancouver Island
island|-|-1.0|-91.0|150|Galápagos;Galapagos;Galápagos Islands;Islas Galápagos
island|-|-51.7|-59.5|120|Falkland Islands;Falklands;Islas Malvinas;Malvinas
island|CHN|16.5|112.0|250|Paracel Islands;Paracels;Islas Paracelso
island|-|10.0|114.0|400|Spratly Islands;Spratlys;Islas Spratly
island|-|15.2|117.8|20|Scarborough Shoal
island|-|25.8|123.5|20|Senkaku Islands;Diaoyu Islands
island|-|45.0|147.0|300|Kuril Islands;Kurils
island|KOR|37.24|131.87|5|Dokdo;Takeshima
island|-|-8.0|125.0|200|Timor
island|-|18.0|-72.0|400|Hispaniola;La Española
island|TTO|10.45|-61.25|60|Trinidad;isla de Trinidad
island|TTO|11.25|-60.67|20|Tobago
island|CUB|21.9|-80.0|0|-
island|-|21.5|-71.5|0|-
lake|-|-1.0|33.0|250|Lake Victoria;lago Victoria
lake|-|-6.0|29.5|300|Lake Tanganyika;lago Tanganica
lake|-|-12.0|34.5|250|Lake Malawi;Lake Nyasa
lake|-|13.0|14.5|100|Lake Chad;lago Chad
lake|-|-15.8|-69.4|100|Lake Titicaca;lago Titicaca;Titicaca
lake|-|9.8|-71.6|100|Lake Maracaibo;lago de Maracaibo
lake|-|12.0|-85.5|100|Lake Nicaragua;lago de Nicaragua;lago Cocibolca
lake|RUS|53.5|108.0|350|Lake Baikal;Baikal;lago Baikal
lake|-|47.7|-87.5|300|Lake Superior
lake|USA|44.0|-87.0|250|Lake Michigan
lake|-|44.8|-82.4|250|Lake Huron
lake|-|42.2|-81.2|200|Lake Erie
lake|-|43.7|-77.9|150|Lake Ontario
lake|-|45.0|-84.0|700|Great Lakes;Grandes Lagos
lake|USA|41.1|-112.5|60|Great Salt Lake
lake|USA|39.1|-120.0|20|Lake Tahoe
lake|USA|36.1|-114.5|40|Lake Mead
lake|USA|26.9|-80.8|40|Lake Okeechobee
lake|USA|30.2|-90.1|35|Lake Pontchartrain
lake|ISR|32.8|35.6|15|Sea of Galilee;Lake Tiberias;mar de Galilea
lake|-|45.0|60.0|200|Aral Sea;mar de Aral
lake|-|45.0|21.0|0|-
region|-|-25.0|134.0|1000|the Outback;Australian Outback
region|-|56.0|-90.0|0|-
region|IND|23.5|90.0|300|Bengal;Bengala
region|EGY|30.85|31.2|100|Nile Delta;delta del Nilo
region|NGA|5.0|6.3|200|Niger Delta;delta del Níger
region|VNM|10.0|105.8|150|Mekong Delta;delta del Mekong
region|-|1.0|15.0|900|Congo Basin;cuenca del Congo
region|-|-45.0|-69.0|0|-
region|USA|36.1|-112.1|100|Grand Canyon;Gran Cañón
region|USA|44.6|-110.5|80|Yellowstone;Yellowstone National Park
region|USA|37.8|-119.5|50|Yosemite;Yosemite National Park
region|USA|25.3|-80.9|80|Everglades
region|USA|38.5|-122.3|50|Napa Valley
region|USA|37.4|-122.0|50|Silicon Valley
region|CHN|40.4|116.6|1500|Great Wall of China;Gran Muralla China
region|-|17.0|146.0|0|-
region|AUS|-18.3|147.7|1000|Great Barrier Reef;Gran Barrera de Coral
region|-|10.0|-61.0|0|-
`;

export type NatureKind = 'river' | 'mountain' | 'range' | 'desert' | 'island' | 'lake' | 'region';

export interface NatureEntry {
  id: string;
  kind: NatureKind;
  names: string[];
  country: string | null;
  lat: number;
  lon: number;
  radius_km: number;
}

export const NATURE: NatureEntry[] = LINES.split('\n')
  .filter((l) => l && !l.endsWith('|-'))
  .map((l) => {
    const [kind, a3, lat, lon, r, names] = l.split('|');
    const list = names.split(';');
    return {
      id: list[0].toLowerCase().replace(/\W+/g, '-'),
      kind: kind as NatureKind,
      names: list,
      country: a3 === '-' ? null : a3,
      lat: Number(lat),
      lon: Number(lon),
      radius_km: Number(r),
    };
  });
