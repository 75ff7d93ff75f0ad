// News outlets and agencies (sector MED), one line each: code | kind | name | aliases (;) | Wikidata (only when certain).
// kind: A agency, N newspaper, B broadcaster, S site, M magazine. Names already in the lexicon only gain aliases.
export const OUTLET_ROWS = `
USA|S|HuffPost|Huffington Post|
USA|S|Business Insider|Insider|
USA|B|CNBC||
USA|B|PBS|PBS NewsHour|
USA|B|Radio Free Europe/Radio Liberty|RFE/RL;Radio Liberty;Radio Free Europe|
USA|B|Radio Free Asia|RFA|
USA|M|Foreign Policy||
USA|M|Foreign Affairs||
USA|S|The Daily Beast|Daily Beast|
USA|S|Breitbart News|Breitbart|
USA|N|The Washington Times|Washington Times|
USA|N|New York Post|NY Post|
USA|N|Chicago Tribune||
USA|N|The Boston Globe|Boston Globe|
USA|N|Houston Chronicle||
USA|N|Stars and Stripes||
USA|S|Defense News||
USA|S|Military Times||
USA|S|The War Zone||
USA|S|Breaking Defense||
USA|S|Al-Monitor|Al Monitor|
USA|B|Newsmax||
USA|S|Responsible Statecraft||
GBR|N|The Independent||
GBR|N|Daily Mail|Mail Online;MailOnline|
GBR|N|The Times of London|The Times (London)|
GBR|B|ITV News|ITV|
GBR|B|Channel 4 News||
GBR|M|The Spectator||
GBR|M|New Statesman||
GBR|S|Middle East Eye||
GBR|B|BBC Mundo||
GBR|B|BBC Persian||
GBR|B|Iran International||
GBR|N|The New Arab|Al-Araby Al-Jadeed;Al Araby Al Jadeed|
SAU|N|Asharq Al-Awsat|Asharq al-Awsat|
GBR|M|Janes|Jane's;Jane's Defence Weekly|
FRA|N|Le Figaro||
FRA|N|Libération|Liberation|
FRA|B|Radio France Internationale|RFI|
FRA|N|Le Parisien||
FRA|N|Les Echos||
FRA|S|Mediapart||
FRA|B|TV5Monde|TV5 Monde|
FRA|B|BFMTV|BFM TV|
FRA|M|Jeune Afrique||
DEU|N|Die Zeit||
DEU|N|Frankfurter Allgemeine Zeitung|FAZ;Frankfurter Allgemeine|
DEU|N|Süddeutsche Zeitung|Sueddeutsche Zeitung|
DEU|N|Bild|Bild-Zeitung|
DEU|N|Die Welt||
DEU|N|Handelsblatt||
ESP|N|La Vanguardia||
ESP|S|El Confidencial||
ESP|B|RTVE|TVE;Televisión Española;Radiotelevisión Española|
ESP|B|Cadena SER|SER|
ESP|S|elDiario.es||
ESP|N|El Periódico|El Periodico|
ESP|N|La Razón|La Razon|
ESP|N|20minutos|20 Minutos|
ITA|N|Corriere della Sera|Corriere|
ITA|N|La Repubblica|Repubblica|
ITA|N|La Stampa||
ITA|B|RAI|Rai|
ITA|N|Il Sole 24 Ore||
RUS|A|RIA Novosti|RIA|
RUS|A|Interfax||
RUS|S|Sputnik|Sputnik News|
RUS|N|Kommersant||
RUS|N|Izvestia||
RUS|N|Novaya Gazeta||
RUS|S|Meduza||
RUS|N|Vedomosti||
RUS|S|Mediazona||
RUS|B|Channel One Russia|Channel One;Pervy Kanal|
UKR|A|Ukrinform||
UKR|S|The Kyiv Independent|Kyiv Independent|
UKR|S|Ukrainska Pravda||
UKR|N|Kyiv Post||
UKR|B|Suspilne||
UKR|A|UNIAN||
QAT|B|Al Arabiya|Al-Arabiya|
LBN|B|Al Mayadeen|Al-Mayadeen|
LBN|B|Al Manar|Al-Manar|
IRN|A|IRNA|Islamic Republic News Agency|
IRN|A|Tasnim News Agency|Tasnim|
IRN|A|Fars News Agency||
IRN|B|Press TV|PressTV|
IRN|A|Mehr News Agency|Mehr|
IRN|A|ISNA|Iranian Students' News Agency|
ISR|N|Haaretz||
ISR|S|The Times of Israel|Times of Israel|
ISR|N|The Jerusalem Post|Jerusalem Post|
ISR|N|Yedioth Ahronoth|Ynet;Ynetnews|
ISR|B|Channel 12|Channel 12 News;N12|
ISR|B|i24NEWS|i24 News|
PSE|A|WAFA|Wafa|
SYR|A|SANA|Syrian Arab News Agency|
TUR|A|Anadolu Agency|Anadolu|
TUR|N|Daily Sabah||
TUR|N|Hürriyet|Hurriyet|
TUR|B|TRT World|TRT|
EGY|N|Al-Ahram|Al Ahram;Ahram Online|
EGY|A|Middle East News Agency|MENA|
SAU|A|Saudi Press Agency||
SAU|N|Arab News||
ARE|N|Gulf News||
ARE|A|WAM|Emirates News Agency|
YEM|B|Al Masirah|Al-Masirah|
YEM|A|Saba News Agency|Saba|
IRQ|B|Kurdistan24|Kurdistan 24|
IRQ|B|Rudaw||
IRQ|S|Shafaq News||
LBN|N|L'Orient-Le Jour|L'Orient Today|
LBN|N|An-Nahar|Annahar;An Nahar|
LBN|N|Al Akhbar|Al-Akhbar|
LBN|A|National News Agency|NNA|
JOR|A|Petra News Agency|Jordan News Agency|
QAT|A|Qatar News Agency|QNA|
KWT|A|Kuwait News Agency|KUNA|
CHN|B|CGTN|China Global Television Network|
CHN|N|China Daily||
CHN|N|Global Times||
CHN|N|People's Daily|Renmin Ribao|
CHN|B|CCTV|China Central Television|
CHN|N|South China Morning Post|SCMP|
CHN|M|Caixin||
JPN|A|Kyodo News|Kyodo|
JPN|B|NHK||
JPN|N|Nikkei|Nikkei Asia|
JPN|N|The Japan Times|Japan Times|
JPN|N|Asahi Shimbun|Asahi|
JPN|N|Yomiuri Shimbun|Yomiuri|
KOR|A|Yonhap News Agency|Yonhap|
PRK|A|Korean Central News Agency|KCNA|
PRK|N|Rodong Sinmun||
KOR|N|The Korea Herald|Korea Herald|
IND|A|Press Trust of India|PTI|
IND|A|Asian News International|ANI|
IND|N|The Times of India|Times of India|
IND|N|Hindustan Times||
IND|B|NDTV||
PAK|N|Dawn newspaper|Dawn.com|
PAK|B|Geo News|Geo TV|
PAK|N|The Express Tribune|Express Tribune|
PAK|A|Associated Press of Pakistan|APP|
AFG|B|TOLOnews|Tolo News|
IDN|A|Antara|Antara News|
IDN|N|The Jakarta Post|Jakarta Post|
SGP|N|The Straits Times|Straits Times|
MYS|A|Bernama||
PHL|N|Philippine Daily Inquirer|Inquirer|
PHL|S|Rappler||
THA|N|Bangkok Post||
TWN|A|Central News Agency|CNA|
TWN|N|Taipei Times||
AUS|B|Australian Broadcasting Corporation|ABC Australia|
AUS|N|The Sydney Morning Herald|Sydney Morning Herald|
NGA|A|News Agency of Nigeria|NAN|
NGA|S|Premium Times||
KEN|N|Daily Nation||
UGA|N|Daily Monitor||
KEN|N|The East African||
ETH|S|Addis Standard||
SDN|S|Sudan Tribune||
NLD|B|Radio Dabanga|Dabanga|
SOM|S|Garowe Online||
ZAF|N|Mail & Guardian|Mail and Guardian|
ZAF|S|News24||
ZAF|B|SABC|South African Broadcasting Corporation|
DZA|A|Algeria Press Service|APS|
MAR|A|Maghreb Arab Press|MAP|
MEX|N|Excélsior|Excelsior|
MEX|N|El Financiero||
MEX|S|Animal Político|Animal Politico|
MEX|B|Televisa|Noticieros Televisa;N+|
MEX|B|TV Azteca||
COL|B|RCN|Noticias RCN|
COL|B|Caracol Televisión|Noticias Caracol|
ARG|N|Página/12|Pagina 12;Página 12|
BRA|N|O Estado de S. Paulo|Estadão;Estadao|
BRA|B|TV Globo|Globo;GloboNews|
CHL|N|El Mercurio||
CHL|N|La Tercera||
ECU|S|Primicias||
VEN|S|Armando.info||
VEN|S|Crónica Uno|Cronica Uno|
VEN|N|Correo del Orinoco||
VEN|S|Runrunes|Runrun.es|
VEN|S|El Estímulo||
CUB|S|14ymedio||
CUB|S|CiberCuba||
NIC|S|Confidencial (Nicaragua)|Confidencial digital|
SLV|S|El Faro||
SLV|N|La Prensa Gráfica|La Prensa Grafica|
GTM|N|Prensa Libre||
DOM|N|Listín Diario|Listin Diario|
HTI|N|Le Nouvelliste||
GUY|N|Stabroek News||
JAM|N|The Gleaner|Jamaica Gleaner|
PRI|N|El Nuevo Día|El Nuevo Dia|
`;
