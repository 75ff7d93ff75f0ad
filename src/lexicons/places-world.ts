// First-level administrative areas of the most newsworthy countries, from general knowledge:
// one line per area, `A3|lat|lon|radius_km|Name;alias;alias` (rough centres, radius ≈ √(area/π)).
// Generic forms ("X State", "X province", "estado de X") are added by the gazetteer; a bare name that is
// also a large town of the same country is left to the town (see gazetteer.ts).

// prettier-ignore
const LINES = `
IND|11.1|78.7|230|Tamil Nadu
IND|15.3|75.7|250|Karnataka
IND|10.4|76.3|110|Kerala
IND|15.9|79.7|230|Andhra Pradesh
IND|17.9|79.0|200|Telangana
IND|19.6|75.7|310|Maharashtra
IND|22.3|71.2|250|Gujarat
IND|26.6|73.8|340|Rajasthan
IND|23.5|78.5|320|Madhya Pradesh
IND|27.1|80.9|300|Uttar Pradesh
IND|25.6|85.6|170|Bihar
IND|22.9|87.9|170|West Bengal
IND|20.5|84.4|210|Odisha;Orissa
IND|21.3|81.9|220|Chhattisgarh
IND|23.6|85.3|160|Jharkhand
IND|30.8|75.4|120|Punjab;Indian Punjab
IND|29.1|76.1|120|Haryana
IND|31.9|77.2|105|Himachal Pradesh
IND|30.1|79.2|130|Uttarakhand
IND|26.2|92.9|160|Assam
IND|24.7|93.9|80|Manipur
IND|25.5|91.4|80|Meghalaya
IND|23.2|92.9|80|Mizoram
IND|26.1|94.5|70|Nagaland
IND|23.8|91.3|60|Tripura
IND|28.0|94.7|160|Arunachal Pradesh
IND|27.5|88.5|45|Sikkim
IND|15.4|74.0|35|Goa
IND|33.5|75.1|210|Jammu and Kashmir;Jammu & Kashmir
IND|34.2|77.6|270|Ladakh
PAK|30.9|72.5|250|Punjab;Pakistani Punjab
PAK|26.0|68.5|210|Sindh;Sind
PAK|34.5|72.0|180|Khyber Pakhtunkhwa;KP province;North-West Frontier Province
PAK|28.5|65.5|390|Balochistan;Baluchistan
PAK|35.8|74.5|210|Gilgit-Baltistan
PAK|33.9|73.8|65|Azad Kashmir;Pakistan-administered Kashmir
PAK|33.0|70.3|110|Federally Administered Tribal Areas;FATA;tribal areas of Pakistan
PAK|32.3|69.8|40|South Waziristan;South Waziristan Agency;South Waziristan district
PAK|32.95|70.0|35|North Waziristan;North Waziristan Agency;North Waziristan district
CHN|30.6|102.7|390|Sichuan;Szechuan
CHN|23.4|113.4|240|Guangdong;Canton province
CHN|30.9|112.3|240|Hubei
CHN|27.6|111.7|260|Hunan
CHN|32.9|119.8|180|Jiangsu
CHN|29.2|120.2|180|Zhejiang
CHN|26.1|117.9|190|Fujian
CHN|36.3|118.2|220|Shandong
CHN|33.9|113.6|230|Henan
CHN|38.0|114.5|240|Hebei
CHN|37.6|112.3|230|Shanxi
CHN|35.2|108.9|260|Shaanxi
CHN|36.0|103.8|380|Gansu
CHN|35.7|96.0|470|Qinghai
CHN|25.0|101.5|280|Yunnan
CHN|26.8|106.8|240|Guizhou
CHN|23.8|108.8|270|Guangxi
CHN|19.2|109.7|105|Hainan
CHN|27.6|115.7|230|Jiangxi
CHN|31.8|117.2|210|Anhui
CHN|41.3|122.6|220|Liaoning
CHN|43.7|126.2|250|Jilin
CHN|47.9|127.7|380|Heilongjiang
CHN|44.1|113.9|620|Inner Mongolia
CHN|37.3|106.2|115|Ningxia
CHN|22.3|114.2|30|Hong Kong SAR
BRA|-22.2|-48.8|280|São Paulo state;State of São Paulo;estado de São Paulo
BRA|-22.3|-42.7|120|Rio de Janeiro state;State of Rio de Janeiro;estado do Rio de Janeiro
BRA|-18.5|-44.6|430|Minas Gerais
BRA|-12.6|-41.7|420|Bahia
BRA|-29.7|-53.3|300|Rio Grande do Sul
BRA|-24.6|-51.5|250|Paraná state;estado do Paraná
BRA|-27.3|-50.4|170|Santa Catarina state;estado de Santa Catarina
BRA|-8.4|-37.9|170|Pernambuco
BRA|-5.1|-39.3|250|Ceará
BRA|-4.2|-62.6|890|Amazonas state;Amazonas
BRA|-3.8|-52.5|700|Pará
BRA|-12.9|-56.0|540|Mato Grosso
BRA|-20.5|-54.6|380|Mato Grosso do Sul
BRA|-15.9|-49.8|330|Goiás
BRA|-10.8|-63.3|270|Rondônia
BRA|2.1|-61.4|265|Roraima
BRA|1.4|-51.8|215|Amapá
BRA|-9.0|-70.5|220|Acre state
BRA|-10.2|-48.3|295|Tocantins
BRA|-5.0|-45.3|320|Maranhão
BRA|-7.4|-42.6|280|Piauí
BRA|-5.8|-36.6|130|Rio Grande do Norte
BRA|-7.1|-36.8|135|Paraíba
BRA|-9.6|-36.6|95|Alagoas
BRA|-10.6|-37.4|85|Sergipe
BRA|-19.6|-40.7|120|Espírito Santo
BRA|-15.8|-47.8|40|Federal District of Brazil;Distrito Federal de Brasil
MEX|30.5|-106.3|280|Chihuahua state;estado de Chihuahua
MEX|27.3|-102.0|280|Coahuila
MEX|25.6|-99.9|200|Nuevo León;Nuevo Leon
MEX|24.0|-104.7|200|Durango state;estado de Durango
MEX|23.1|-102.9|165|Zacatecas state
MEX|22.6|-100.4|140|San Luis Potosí state
MEX|21.0|-101.3|100|Guanajuato state
MEX|20.6|-100.0|60|Querétaro state
MEX|20.5|-98.9|80|Hidalgo state;estado de Hidalgo
MEX|19.4|-99.6|84|State of Mexico;Estado de México;Edomex
MEX|19.0|-98.0|105|Puebla state;estado de Puebla
MEX|19.4|-96.6|150|Veracruz
MEX|17.6|-99.6|145|Guerrero
MEX|17.1|-96.7|175|Oaxaca state;estado de Oaxaca
MEX|16.5|-92.5|155|Chiapas
MEX|18.0|-92.6|85|Tabasco
MEX|19.0|-90.4|135|Campeche state
MEX|20.7|-89.0|120|Yucatán;Yucatan
MEX|19.6|-88.0|120|Quintana Roo
MEX|25.8|-111.7|190|Baja California Sur
MEX|21.8|-104.9|115|Nayarit
MEX|19.1|-103.9|45|Colima state
MEX|21.9|-102.3|45|Aguascalientes state
MEX|18.7|-99.1|40|Morelos
MEX|19.4|-98.2|35|Tlaxcala state
RUS|55.5|37.5|210|Moscow Oblast;Moscow region;Moscow Region;región de Moscú
RUS|59.8|31.5|160|Leningrad Oblast;Leningrad region
RUS|50.6|36.6|95|Belgorod;Belgorod region;Belgorod Oblast
RUS|51.5|35.5|95|Kursk region;Kursk Oblast
RUS|53.0|33.5|105|Bryansk region;Bryansk Oblast
RUS|47.5|40.5|180|Rostov region;Rostov Oblast
RUS|45.3|39.0|155|Krasnodar region;Krasnodar Krai
RUS|51.0|40.5|145|Voronezh region;Voronezh Oblast
RUS|49.5|44.5|190|Volgograd region;Volgograd Oblast
RUS|55.7|50.8|150|Tatarstan
RUS|54.3|56.5|190|Bashkortostan
RUS|43.2|46.9|130|Dagestan;Daguestán
RUS|43.2|44.6|45|Ingushetia
RUS|43.6|43.5|63|Kabardino-Balkaria
RUS|43.0|44.3|50|North Ossetia
RUS|45.0|43.3|195|Stavropol region;Stavropol Krai
RUS|53.0|108.0|490|Irkutsk region;Irkutsk Oblast
RUS|62.0|129.0|1000|Yakutia;Sakha Republic
RUS|64.0|95.0|860|Krasnoyarsk Krai;Krasnoyarsk region
RUS|60.0|100.0|1500|Siberia;Siberian region;Siberia region
RUS|54.7|21.0|70|Kaliningrad region;Kaliningrad Oblast
RUS|68.0|33.0|215|Murmansk region;Murmansk Oblast
RUS|44.6|134.0|230|Primorsky Krai;Primorye
RUS|56.5|34.0|130|Tver region;Tver Oblast
RUS|66.0|172.0|520|Chukotka
RUS|46.5|142.8|170|Sakhalin
RUS|56.9|60.6|250|Sverdlovsk region;Sverdlovsk Oblast
RUS|54.5|61.0|165|Chelyabinsk region;Chelyabinsk Oblast
RUS|55.0|82.9|240|Novosibirsk region;Novosibirsk Oblast
UKR|48.0|37.8|115|Donetsk Oblast;Donetsk region;Donetsk province;región de Donetsk;óblast de Donetsk
UKR|48.6|39.3|118|Luhansk Oblast;Luhansk region;Luhansk;Lugansk;región de Lugansk
UKR|49.9|36.3|99|Kharkiv Oblast;Kharkiv region;región de Járkov
UKR|47.5|35.5|94|Zaporizhzhia Oblast;Zaporizhzhia region;Zaporizhia region;región de Zaporiyia
UKR|46.7|33.3|92|Kherson Oblast;Kherson region;región de Jersón
UKR|47.0|31.8|126|Mykolaiv Oblast;Mykolaiv region
UKR|46.5|30.7|104|Odesa Oblast;Odesa region;Odessa region
UKR|48.5|35.0|100|Dnipropetrovsk Oblast;Dnipropetrovsk region;Dnipropetrovsk
UKR|50.9|34.8|90|Sumy Oblast;Sumy region
UKR|51.5|32.0|90|Chernihiv Oblast;Chernihiv region
UKR|50.5|30.5|90|Kyiv Oblast;Kyiv region;Kiev region
UKR|49.6|34.5|90|Poltava Oblast;Poltava region
UKR|49.8|24.0|90|Lviv Oblast;Lviv region
UKR|49.0|33.5|90|Kirovohrad Oblast;Kirovohrad region
UKR|50.3|28.7|90|Zhytomyr Oblast;Zhytomyr region
UKR|49.2|28.5|90|Vinnytsia Oblast;Vinnytsia region
UKR|49.4|32.1|90|Cherkasy Oblast;Cherkasy region
UKR|48.5|23.0|90|Zakarpattia Oblast;Transcarpathia
UKR|50.7|25.3|90|Volyn Oblast;Volyn region
UKR|50.6|26.3|90|Rivne Oblast;Rivne region
UKR|49.6|27.0|90|Khmelnytskyi Oblast;Khmelnytskyi region
UKR|49.0|25.6|90|Ternopil Oblast;Ternopil region
UKR|48.6|24.7|90|Ivano-Frankivsk Oblast;Ivano-Frankivsk region
UKR|48.3|25.9|90|Chernivtsi Oblast;Chernivtsi region
NGA|12.0|8.5|100|Kano State
NGA|11.8|13.2|195|Borno;Borno State
NGA|10.3|11.2|75|Gombe State
NGA|9.3|12.4|165|Adamawa;Adamawa State
NGA|11.7|11.0|90|Yobe;Yobe State
NGA|10.3|7.8|90|Kaduna State
NGA|12.6|6.0|90|Zamfara;Zamfara State
NGA|11.8|4.8|90|Kebbi;Kebbi State
NGA|13.0|5.2|90|Sokoto State
NGA|12.4|7.5|90|Katsina State
NGA|12.2|9.4|90|Jigawa;Jigawa State
NGA|10.8|10.0|90|Bauchi State
NGA|9.1|9.7|90|Plateau State
NGA|9.9|5.6|90|Niger State
NGA|8.5|8.5|90|Nasarawa;Nasarawa State
NGA|7.3|8.7|90|Benue;Benue State
NGA|8.1|11.0|90|Taraba;Taraba State
NGA|7.8|6.7|90|Kogi;Kogi State
NGA|8.9|4.6|90|Kwara;Kwara State
NGA|6.6|3.4|40|Lagos State
NGA|7.0|3.5|90|Ogun;Ogun State
NGA|8.0|3.6|90|Oyo State
NGA|7.6|4.6|90|Osun;Osun State
NGA|7.2|5.6|90|Ondo State
NGA|7.7|5.3|90|Ekiti;Ekiti State
NGA|6.6|5.9|90|Edo State
NGA|5.6|6.0|90|Delta State
NGA|4.8|6.9|90|Rivers State
NGA|4.7|6.1|90|Bayelsa;Bayelsa State
NGA|5.0|7.9|90|Akwa Ibom;Akwa Ibom State
NGA|5.9|8.5|90|Cross River State
NGA|5.5|7.5|90|Abia;Abia State
NGA|5.5|7.0|90|Imo State
NGA|6.2|7.0|90|Anambra;Anambra State
NGA|6.5|7.5|90|Enugu State
NGA|6.3|8.1|90|Ebonyi;Ebonyi State
NGA|9.0|7.2|40|Federal Capital Territory
ZAF|-33.5|20.5|200|Western Cape;Cabo Occidental
ZAF|-32.3|26.4|200|Eastern Cape;Cabo Oriental
ZAF|-29.5|21.9|200|Northern Cape
ZAF|-28.5|30.9|200|KwaZulu-Natal;KZN
ZAF|-26.2|28.0|200|Gauteng
ZAF|-28.5|26.8|200|Free State
ZAF|-26.0|25.5|200|North West province
ZAF|-26.0|25.5|200|?North West
ZAF|-26.0|30.0|200|Mpumalanga
ZAF|-23.4|29.4|200|Limpopo
DEU|48.8|11.5|190|Bavaria;Bayern;Baviera
DEU|48.5|9.0|150|Baden-Württemberg;Baden-Wurttemberg
DEU|51.5|7.5|145|North Rhine-Westphalia;Nordrhein-Westfalen;Renania del Norte-Westfalia
DEU|52.8|9.5|175|Lower Saxony;Niedersachsen;Baja Sajonia
DEU|50.6|9.0|120|Hesse;Hessen
DEU|51.0|13.4|105|Saxony;Sachsen;Sajonia
DEU|50.9|11.0|90|Thuringia;Thüringen;Turingia
DEU|52.0|11.7|100|Saxony-Anhalt;Sachsen-Anhalt
DEU|52.4|13.4|170|Brandenburg state
DEU|53.7|12.5|150|Mecklenburg-Western Pomerania;Mecklenburg-Vorpommern
DEU|54.2|9.8|110|Schleswig-Holstein
DEU|49.9|7.4|105|Rhineland-Palatinate;Rheinland-Pfalz
DEU|49.4|6.9|29|Saarland
FRA|48.7|2.5|62|Île-de-France;Ile-de-France
FRA|43.9|6.0|140|Provence-Alpes-Côte d'Azur;Provence;PACA;Côte d'Azur;French Riviera;Riviera francesa
FRA|45.5|4.5|190|Auvergne-Rhône-Alpes
FRA|43.7|2.2|205|Occitanie;Occitania
FRA|44.8|0.2|230|Nouvelle-Aquitaine
FRA|48.2|-2.9|95|Bretagne;Bretaña;Brittany region
FRA|49.1|0.1|95|Normandy;Normandie;Normandía
FRA|50.0|2.8|100|Hauts-de-France
FRA|48.7|6.2|135|Grand Est;Alsace;Alsacia;Lorraine region
FRA|47.2|4.8|125|Bourgogne-Franche-Comté;Burgundy;Borgoña
FRA|47.5|1.7|110|Centre-Val de Loire;Loire Valley
FRA|47.5|-0.8|105|Pays de la Loire
FRA|42.1|9.0|52|Corsica;Corse;Córcega
ITA|45.6|9.8|130|Lombardy;Lombardia;Lombardía
ITA|45.6|11.8|100|Veneto
ITA|45.1|7.7|130|Piedmont;Piemonte
ITA|44.5|11.0|100|Emilia-Romagna
ITA|43.4|11.1|100|Tuscany;Toscana
ITA|41.9|12.7|100|Lazio;Latium;Lacio
ITA|40.9|14.8|100|Campania
ITA|41.1|16.5|100|Apulia;Puglia
ITA|39.0|16.3|100|Calabria
ITA|37.6|14.1|100|Sicily;Sicilia
ITA|40.1|9.0|100|Sardinia;Sardegna;Cerdeña
ITA|44.3|8.6|100|Liguria
ITA|42.2|13.8|100|Abruzzo
ITA|42.9|12.6|100|Umbria
ITA|43.4|13.1|100|Marche
ITA|40.5|16.1|100|Basilicata
ITA|46.1|13.1|100|Friuli Venezia Giulia;Friuli-Venezia Giulia
ITA|46.4|11.3|100|Trentino-Alto Adige;South Tyrol;Alto Adige
ITA|45.7|7.4|100|Aosta Valley;Valle d'Aosta
ITA|41.6|14.6|100|Molise
ESP|41.8|1.5|100|Catalonia;Catalunya;Cataluña
ESP|37.4|-4.6|165|Andalusia;Andalucía;Andalucia
ESP|40.4|-3.7|50|Community of Madrid;Comunidad de Madrid
ESP|39.4|-0.6|85|Valencian Community;Comunidad Valenciana
ESP|42.8|-8.0|110|Galicia
ESP|43.0|-2.6|110|Basque Country;País Vasco;Euskadi
ESP|41.7|-4.7|110|Castile and León;Castilla y León
ESP|39.6|-3.0|110|Castile-La Mancha;Castilla-La Mancha
ESP|39.2|-6.1|110|Extremadura
ESP|41.5|-0.7|110|Aragon;Aragón
ESP|43.3|-5.9|110|Asturias
ESP|43.2|-4.0|110|Cantabria
ESP|42.7|-1.6|110|Navarre;Navarra
ESP|42.3|-2.5|110|La Rioja region
ESP|38.0|-1.5|110|Region of Murcia;Región de Murcia
ESP|39.6|2.9|110|Balearic Islands;Islas Baleares;Baleares;Mallorca;Majorca
ESP|28.3|-15.8|110|Canary Islands;Islas Canarias;Canarias
COL|7.0|-75.5|100|Antioquia
COL|4.6|-74.1|100|Cundinamarca
COL|3.8|-76.5|100|Valle del Cauca
COL|2.5|-76.8|100|Cauca department;departamento del Cauca
COL|1.5|-77.8|100|Nariño;Narino
COL|0.5|-76.5|100|Putumayo
COL|1.0|-75.0|100|Caquetá;Caqueta
COL|2.5|-72.5|100|Guaviare
COL|3.3|-73.0|100|Meta department;departamento del Meta
COL|7.0|-70.8|100|Arauca department;departamento de Arauca
COL|5.3|-71.5|100|Casanare
COL|7.9|-73.0|100|Norte de Santander
COL|6.7|-73.3|100|Santander department;departamento de Santander
COL|5.8|-73.0|100|Boyacá;Boyaca
COL|6.0|-76.8|100|Chocó;Choco
COL|8.3|-75.8|100|Córdoba department;departamento de Córdoba
COL|9.0|-75.0|100|Sucre department;departamento de Sucre
COL|8.7|-74.5|100|Bolívar department;departamento de Bolívar
COL|10.7|-74.8|100|Atlántico department;departamento del Atlántico
COL|10.4|-74.4|100|Magdalena department;departamento del Magdalena
COL|9.6|-73.5|100|Cesar department;departamento del Cesar
COL|4.0|-75.2|100|Tolima
COL|2.6|-75.5|100|Huila
COL|-1.0|-71.5|100|Amazonas department
ARG|-36.6|-60.0|350|Buenos Aires Province;provincia de Buenos Aires
ARG|-31.4|-64.2|230|Córdoba Province;provincia de Córdoba
ARG|-30.7|-60.9|230|Santa Fe Province;provincia de Santa Fe
ARG|-33.0|-68.8|230|Mendoza Province;provincia de Mendoza
ARG|-38.6|-69.9|230|Neuquén;Neuquen
ARG|-40.4|-67.2|230|Río Negro;Rio Negro province
ARG|-43.6|-68.5|230|Chubut
ARG|-48.5|-69.8|230|Santa Cruz Province;provincia de Santa Cruz
ARG|-54.5|-67.5|230|Tierra del Fuego
ARG|-24.8|-65.4|230|Salta Province;provincia de Salta
ARG|-23.3|-65.8|230|Jujuy
ARG|-27.0|-65.2|230|Tucumán Province
ARG|-27.5|-55.9|230|Misiones
ARG|-28.6|-58.0|230|Corrientes Province
ARG|-32.1|-59.2|230|Entre Ríos
ARG|-26.2|-60.6|230|Chaco Province;Chaco
ARG|-37.0|-65.4|230|La Pampa
AUS|-32.2|147.0|500|New South Wales;Nueva Gales del Sur;NSW
AUS|-36.9|144.3|270|Victoria state;state of Victoria
AUS|-22.5|144.4|780|Queensland
AUS|-25.0|122.0|1020|Western Australia;Australia Occidental
AUS|-30.0|135.8|560|South Australia;Australia Meridional
AUS|-42.0|146.6|150|Tasmania
AUS|-19.4|133.4|760|Northern Territory
AUS|-35.5|149.0|50|Australian Capital Territory
IDN|-4.3|96.8|135|Aceh
IDN|2.2|99.1|150|North Sumatra
IDN|-0.7|100.6|115|West Sumatra
IDN|-3.3|104.0|170|South Sumatra
IDN|-6.9|107.6|110|West Java;Jawa Barat
IDN|-7.2|110.2|105|Central Java;Jawa Tengah
IDN|-7.6|112.7|125|East Java;Jawa Timur
IDN|-7.9|110.4|30|Yogyakarta Special Region
IDN|-8.4|115.2|35|Bali
IDN|-8.6|117.4|120|West Nusa Tenggara
IDN|-8.7|121.0|120|East Nusa Tenggara
IDN|0.0|110.0|120|West Kalimantan
IDN|-1.7|113.4|120|Central Kalimantan
IDN|-3.1|115.3|120|South Kalimantan
IDN|0.5|116.4|120|East Kalimantan
IDN|-1.4|121.4|120|Central Sulawesi
IDN|-4.1|120.0|120|South Sulawesi
IDN|1.0|124.4|120|North Sulawesi
IDN|-3.2|129.3|120|Maluku;Moluccas;Molucas
IDN|-4.3|138.1|400|Papua province;Papua region;West Papua
PHL|7.5|125.0|300|Mindanao
PHL|7.0|124.4|120|Bangsamoro;BARMM;Muslim Mindanao
PHL|14.0|121.0|300|Luzon
PHL|11.0|123.5|120|Visayas
PHL|14.6|121.0|25|Metro Manila
PHL|6.0|121.0|120|Sulu;Sulu province
PHL|10.3|123.9|120|Cebu province
IRN|37.4|45.6|120|West Azerbaijan
IRN|37.9|46.8|120|East Azerbaijan
IRN|31.3|48.7|120|Khuzestan
IRN|27.5|60.5|200|Sistan and Baluchestan;Sistan-Baluchestan
IRN|35.3|47.0|120|Kurdistan province
IRN|34.3|47.1|120|Kermanshah province
IRN|29.1|53.0|120|Fars;Fars province
IRN|32.7|51.7|120|Isfahan province
IRN|35.7|51.4|120|Tehran province
IRN|36.3|59.6|120|Razavi Khorasan;Khorasan
IRN|27.2|56.3|120|Hormozgan
IRN|37.3|49.6|120|Gilan
IRN|36.6|53.0|120|Mazandaran
IRN|30.3|57.1|120|Kerman province
IRQ|36.0|43.5|120|Nineveh;Nineveh province;Nínive
IRQ|33.0|42.0|200|Anbar;Anbar province;al-Anbar
IRQ|34.6|43.7|120|Salahuddin;Saladin province;Salah al-Din
IRQ|35.4|44.3|120|Kirkuk province
IRQ|33.9|44.9|120|Diyala
IRQ|30.5|47.8|120|Basra province
IRQ|36.8|44.0|120|Erbil province
IRQ|35.5|45.4|120|Sulaymaniyah province
IRQ|36.8|43.0|120|Dohuk;Duhok province
IRQ|31.9|44.3|120|Najaf province
IRQ|32.6|44.0|120|Karbala province
IRQ|36.5|44.5|190|Iraqi Kurdistan;Kurdistan Region;Kurdistan Regional Government
SYR|35.9|36.6|120|Idlib province;Idlib governorate
SYR|36.2|37.5|120|Aleppo province;Aleppo governorate
SYR|34.7|38.0|120|Homs province;Homs governorate
SYR|35.3|36.7|120|Hama province;Hama governorate
SYR|35.5|40.5|120|Deir ez-Zor province;Deir ez-Zor governorate;Deir el-Zour province
SYR|35.9|38.8|120|Raqqa province;Raqqa governorate
SYR|36.6|41.0|120|Hasakah province;Hasakah governorate;al-Hasakah
SYR|32.7|36.0|120|Daraa province;Daraa governorate
SYR|32.6|36.7|120|Suwayda;Sweida;As-Suwayda
SYR|35.5|36.0|120|Latakia province;Latakia governorate
SYR|35.0|36.0|120|Tartus province
SYR|33.4|36.5|120|Rif Dimashq;Damascus countryside
SYR|33.1|35.8|120|Quneitra province
SYR|36.5|38.5|120|Rojava;Kobani canton
AFG|31.0|64.0|120|Helmand;Helmand province
AFG|31.6|65.7|120|Kandahar province
AFG|34.3|62.2|120|Herat province
AFG|36.7|67.1|120|Balkh;Balkh province
AFG|36.7|68.9|120|Kunduz province
AFG|34.4|70.5|120|Nangarhar;Nangarhar province
AFG|35.4|69.7|120|Panjshir;Panjshir Valley
AFG|33.6|69.2|120|Paktia
AFG|32.8|68.8|120|Paktika
AFG|33.4|68.4|120|Ghazni province
AFG|34.9|71.0|120|Kunar
AFG|36.7|70.8|120|Badakhshan
AFG|31.5|62.0|120|Nimroz
AFG|34.5|69.2|120|Kabul province
AFG|32.4|62.1|120|Farah province
AFG|34.8|67.8|120|Bamiyan province
TUR|37.9|40.2|120|Diyarbakır province;Diyarbakir province
TUR|37.1|37.4|120|Gaziantep province
TUR|37.6|36.9|120|Kahramanmaraş;Kahramanmaras
TUR|36.2|36.2|120|Hatay;Hatay province
TUR|38.4|38.3|120|Malatya province
TUR|37.2|38.8|120|Şanlıurfa;Sanliurfa
TUR|37.5|43.7|120|Hakkari
TUR|37.5|42.5|120|Şırnak;Sirnak
TUR|41.0|28.9|120|Istanbul province
TUR|39.9|32.8|120|Ankara province
TUR|36.9|30.7|120|Antalya province
TUR|38.4|27.1|120|İzmir province;Izmir province
TUR|39.0|35.0|400|Anatolia;Anadolu
JPN|43.2|142.8|200|Hokkaido;Hokkaidō
JPN|26.5|127.9|55|Okinawa;Okinawa Prefecture
JPN|37.4|140.5|110|Fukushima Prefecture
JPN|35.7|139.7|110|Tokyo Prefecture;Tokyo Metropolis
JPN|34.7|135.5|110|Osaka Prefecture
JPN|39.7|141.2|110|Iwate;Iwate Prefecture
JPN|38.3|140.9|110|Miyagi;Miyagi Prefecture
JPN|33.5|130.5|110|Kyushu;Kyūshū
JPN|33.7|133.5|110|Shikoku
JPN|36.0|138.0|330|Honshu;Honshū
JPN|37.5|138.9|110|Niigata Prefecture
JPN|32.7|130.7|110|Kumamoto Prefecture
JPN|37.0|136.9|110|Ishikawa Prefecture;Noto Peninsula
KOR|37.4|127.5|110|Gyeonggi;Gyeonggi Province
KOR|37.8|128.2|110|Gangwon;Gangwon Province
KOR|35.5|128.2|110|South Gyeongsang;Gyeongsangnam-do
KOR|36.4|128.9|110|North Gyeongsang;Gyeongsangbuk-do
KOR|34.9|126.9|110|South Jeolla;Jeollanam-do
KOR|35.7|127.1|110|North Jeolla;Jeollabuk-do
KOR|36.6|127.5|110|North Chungcheong;Chungcheongbuk-do
KOR|36.5|126.8|110|South Chungcheong;Chungcheongnam-do
KOR|33.4|126.5|35|Jeju;Jeju Island;Jeju Province;isla de Jeju
EGY|30.0|31.2|110|Cairo Governorate
EGY|30.3|33.6|110|North Sinai;North Sinai Governorate
EGY|28.5|33.9|110|South Sinai;South Sinai Governorate
EGY|26.0|28.5|300|Western Desert;New Valley Governorate
EGY|26.0|32.8|110|Upper Egypt;Alto Egipto
EGY|27.0|33.5|110|Red Sea Governorate
ETH|11.5|38.0|110|Amhara;Amhara region
ETH|8.0|39.0|110|Oromia;Oromia region
ETH|11.8|40.9|110|Afar;Afar region
ETH|6.6|43.8|110|Somali region;Ogaden
ETH|6.5|37.0|110|SNNPR;Southern Nations
ETH|10.5|35.5|110|Benishangul-Gumuz
ETH|7.8|34.3|110|Gambela;Gambella
KEN|-1.3|36.8|110|Nairobi County
KEN|-3.9|39.7|110|Mombasa County
KEN|-1.3|40.0|110|Garissa County
KEN|-2.3|40.9|110|Lamu County
KEN|3.1|35.6|110|Turkana;Turkana County
KEN|2.3|40.0|110|Wajir County
KEN|3.5|39.5|110|Marsabit County
KEN|3.5|41.3|110|Mandera County
KEN|0.5|36.0|110|Rift Valley
COD|-1.5|29.0|110|North Kivu;Nord-Kivu;Kivu del Norte
COD|-3.0|28.3|110|South Kivu;Sud-Kivu;Kivu del Sur
COD|1.7|29.9|110|Ituri;Ituri province
COD|-10.0|26.0|110|Katanga;Haut-Katanga
COD|-5.9|22.4|110|Kasai;Kasaï
COD|-6.0|25.2|110|Kasai-Oriental;Kasaï-Oriental
COD|-5.2|27.7|110|Tanganyika province
COD|-3.3|26.3|110|Maniema
COD|0.5|25.2|110|Tshopo
COD|-5.0|14.0|110|Kongo Central;Bas-Congo
COD|-1.7|29.3|55|Kivu
SDN|13.0|30.0|110|Kordofan;North Kordofan;South Kordofan;West Kordofan
SDN|13.6|25.4|110|North Darfur
SDN|11.5|24.8|110|South Darfur
SDN|13.0|22.5|110|West Darfur
SDN|12.2|23.5|110|Central Darfur
SDN|11.2|26.3|110|East Darfur
SDN|14.0|33.5|110|Gezira;Al Jazirah state;El Gezira
SDN|11.0|34.2|110|Blue Nile state;Blue Nile region
SDN|15.6|32.5|110|Khartoum state
SDN|19.0|36.5|110|Red Sea state
SDN|14.5|36.3|110|Kassala state
SDN|13.0|35.0|110|Sennar state
SDN|13.5|32.5|110|White Nile state
MMR|21.0|95.5|110|Mandalay Region
MMR|22.0|95.0|110|Sagaing;Sagaing Region
MMR|20.0|94.5|110|Magway Region
MMR|17.0|95.5|110|Ayeyarwady;Irrawaddy Region
MMR|17.5|96.3|110|Bago Region
MMR|19.7|93.9|110|Rakhine;Rakhine State;Arakan;Arakan State
MMR|21.0|97.5|110|Shan State
MMR|26.0|97.5|110|Kachin;Kachin State
MMR|22.5|93.5|110|Chin State
MMR|19.2|97.3|110|Karenni;Kayah State
MMR|17.5|97.8|110|Karen State;Kayin State
MMR|16.0|97.8|110|Mon State
MMR|12.5|99.0|110|Tanintharyi;Tenasserim
YEM|15.0|43.5|110|Hodeidah province;Hodeidah governorate;Hudaydah
YEM|15.5|45.3|110|Marib;Marib province;Marib governorate
YEM|16.5|49.0|110|Hadramawt;Hadramout;Hadhramaut
YEM|13.5|44.0|110|Taiz province;Taiz governorate
YEM|17.0|43.8|110|Saada province;Saada governorate;Sa'dah
YEM|13.1|45.6|110|Abyan
YEM|14.8|46.3|110|Shabwa;Shabwah
YEM|15.9|51.8|110|Al Mahrah;Mahra
YEM|12.5|53.8|110|Socotra
LBY|31.0|21.0|300|Cyrenaica;Cirenaica
LBY|32.0|13.5|250|Tripolitania
LBY|26.0|14.0|420|Fezzan;Fezán
MLI|16.8|-1.0|110|Timbuktu region;Tombouctou region
MLI|16.3|-0.3|110|Gao region
MLI|18.5|1.5|110|Kidal region
MLI|14.3|-3.5|110|Mopti region
MLI|14.3|-7.0|110|Ségou region;Segou region
MLI|19.0|-1.0|400|Azawad
VEN|10.5|-66.6|40|Miranda state;estado Miranda
VEN|10.2|-67.3|40|Aragua;estado Aragua
VEN|10.0|-69.5|60|Lara state;estado Lara
VEN|8.4|-71.6|60|Mérida state;estado Mérida
VEN|8.2|-70.4|70|Barinas state;estado Barinas
VEN|9.3|-69.4|65|Portuguesa
VEN|9.0|-66.5|140|Guárico;Guarico
VEN|6.5|-64.0|300|Bolívar state;estado Bolívar
VEN|3.5|-66.0|230|Amazonas state of Venezuela;estado Amazonas
VEN|9.4|-70.5|45|Trujillo state;estado Trujillo
VEN|10.4|-68.6|45|Yaracuy
VEN|9.6|-68.3|55|Cojedes
VEN|10.6|-67.0|20|La Guaira;Vargas state;estado Vargas
VEN|10.5|-66.9|20|Capital District;Distrito Capital
GBR|53.96|-1.1|110|Yorkshire
GBR|54.2|-1.5|90|North Yorkshire
GBR|53.5|-1.3|35|South Yorkshire
GBR|53.75|-1.7|40|West Yorkshire
GBR|53.8|-0.6|45|East Yorkshire;East Riding of Yorkshire
GBR|53.8|-2.6|55|Lancashire
GBR|53.5|-2.3|20|Greater Manchester
GBR|53.4|-2.9|20|Merseyside
GBR|53.2|-2.5|40|Cheshire
GBR|53.1|-1.6|50|Derbyshire
GBR|53.1|-1.0|45|Nottinghamshire
GBR|52.7|-1.1|40|Leicestershire
GBR|53.1|-0.2|70|Lincolnshire
GBR|52.3|-0.9|40|Northamptonshire
GBR|52.1|-0.5|40|Bedfordshire
GBR|52.3|0.0|40|Cambridgeshire
GBR|52.6|1.0|40|Norfolk county
GBR|52.2|1.0|40|Suffolk county
GBR|51.8|0.6|40|?Essex
GBR|51.8|-0.2|40|Hertfordshire
GBR|51.8|-0.8|40|Buckinghamshire
GBR|51.8|-1.3|40|Oxfordshire
GBR|51.45|-1.2|40|Berkshire
GBR|51.1|-1.3|40|Hampshire
GBR|51.2|-0.4|40|?Surrey
GBR|51.2|0.7|40|?Kent
GBR|50.9|-0.3|40|Sussex;West Sussex;East Sussex
GBR|51.3|-1.9|40|Wiltshire
GBR|51.8|-2.2|40|Gloucestershire
GBR|51.1|-3.0|40|?Somerset
GBR|50.8|-2.3|40|?Dorset
GBR|50.7|-3.8|40|?Devon
GBR|50.4|-4.8|40|?Cornwall
GBR|52.3|-1.6|40|Warwickshire
GBR|52.2|-2.2|40|Worcestershire
GBR|52.8|-2.0|40|Staffordshire
GBR|52.6|-2.7|40|Shropshire
GBR|52.1|-2.8|40|Herefordshire
GBR|52.5|-1.9|40|West Midlands
GBR|54.6|-3.0|40|Cumbria
GBR|55.2|-2.0|40|Northumberland
GBR|54.7|-1.6|40|County Durham
GBR|55.0|-1.6|40|Tyne and Wear
GBR|50.7|-1.3|40|Isle of Wight
GBR|57.5|-4.5|40|Scottish Highlands;the Highlands
GBR|51.6|-3.4|40|South Wales
GBR|53.0|-3.5|40|North Wales
SYR|33.55|36.45|20|Ghouta;Eastern Ghouta;eastern Ghouta
SYR|36.51|36.87|25|Afrin;Afrin region
`;

export interface WorldAdminRow {
  country: string;
  lat: number;
  lon: number;
  radius_km: number;
  /** Names as written in the table (bare names may give way to a same-named large town). */
  names: string[];
  /** "?Kent": also a US town or a first name, so only a place when the document names the country. */
  needsContext: boolean;
}

export const WORLD_ADMIN_ROWS: WorldAdminRow[] = LINES.split('\n')
  .filter((l) => l.includes('|'))
  .map((l) => {
    const [country, lat, lon, r, names] = l.split('|');
    const needsContext = names.startsWith('?');
    return { country, lat: Number(lat), lon: Number(lon), radius_km: Number(r), names: names.replace(/^\?/, '').split(';'), needsContext };
  });

const TYPED = /\b(state|province|region|oblast|krai|county|governorate|prefecture|department|territory|district|estado|provincia|departamento|región|distrito)\b/i;

/** Generic forms of a bare area name: "Kano State", "state of Zulia", "provincia de Salta". */
export function qualifiedForms(name: string): string[] {
  if (TYPED.test(name)) return [];
  return [
    `${name} State`, `${name} Province`, `${name} Region`, `${name} Governorate`, `${name} Oblast`, `${name} Prefecture`,
    `${name} Department`, `state of ${name}`, `province of ${name}`, `estado de ${name}`, `estado ${name}`,
    `provincia de ${name}`, `provincia del ${name}`, `departamento de ${name}`, `departamento del ${name}`, `región de ${name}`,
  ];
}
