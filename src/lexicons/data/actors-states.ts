// Countries whose state institutions are generated from templates (see actors-states.ts).
// One line per country: alpha-3 | English name | English demonym | Spanish name | Spanish demonym (m) | (f) | Wikidata | skipped templates.
// Skipped templates are covered by hand-written entries elsewhere in the lexicon.
export const STATE_ROWS = `
USA|United States|American|Estados Unidos|estadounidense|estadounidense|Q30|gov,fm,def,int,mil,army,navy,af,pol,intel,leg
CAN|Canada|Canadian|Canadá|canadiense|canadiense|Q16|
MEX|Mexico|Mexican|México|mexicano|mexicana|Q96|gov,def,army,navy
BRA|Brazil|Brazilian|Brasil|brasileño|brasileña|Q155|
ARG|Argentina|Argentine|Argentina|argentino|argentina|Q414|
COL|Colombia|Colombian|Colombia|colombiano|colombiana|Q739|gov,mil,army,pol
VEN|Venezuela|Venezuelan|Venezuela|venezolano|venezolana|Q717|gov,fm,def,mil,army,navy,pol,intel,leg
ECU|Ecuador|Ecuadorian|Ecuador|ecuatoriano|ecuatoriana|Q736|
PER|Peru|Peruvian|Perú|peruano|peruana|Q419|
BOL|Bolivia|Bolivian|Bolivia|boliviano|boliviana|Q750|
CHL|Chile|Chilean|Chile|chileno|chilena|Q298|
PRY|Paraguay|Paraguayan|Paraguay|paraguayo|paraguaya|Q733|
URY|Uruguay|Uruguayan|Uruguay|uruguayo|uruguaya|Q77|
GUY|Guyana|Guyanese|Guyana|guyanés|guyanesa|Q734|
SUR|Suriname|Surinamese|Surinam|surinamés|surinamesa|Q730|
PAN|Panama|Panamanian|Panamá|panameño|panameña|Q804|
CRI|Costa Rica|Costa Rican|Costa Rica|costarricense|costarricense|Q800|
NIC|Nicaragua|Nicaraguan|Nicaragua|nicaragüense|nicaragüense|Q811|
HND|Honduras|Honduran|Honduras|hondureño|hondureña|Q783|
SLV|El Salvador|Salvadoran|El Salvador|salvadoreño|salvadoreña|Q792|
GTM|Guatemala|Guatemalan|Guatemala|guatemalteco|guatemalteca|Q774|
CUB|Cuba|Cuban|Cuba|cubano|cubana|Q241|
DOM|Dominican Republic|Dominican|República Dominicana|dominicano|dominicana|Q786|
HTI|Haiti|Haitian|Haití|haitiano|haitiana|Q790|
TTO|Trinidad and Tobago|Trinidadian|Trinidad y Tobago|trinitense|trinitense|Q754|gov
JAM|Jamaica|Jamaican|Jamaica|jamaiquino|jamaiquina|Q766|
GBR|United Kingdom|British|Reino Unido|británico|británica|Q145|
FRA|France|French|Francia|francés|francesa|Q142|
DEU|Germany|German|Alemania|alemán|alemana|Q183|
ITA|Italy|Italian|Italia|italiano|italiana|Q38|
ESP|Spain|Spanish|España|español|española|Q29|
PRT|Portugal|Portuguese|Portugal|portugués|portuguesa|Q45|
NLD|Netherlands|Dutch|Países Bajos|neerlandés|neerlandesa|Q55|
BEL|Belgium|Belgian|Bélgica|belga|belga|Q31|
CHE|Switzerland|Swiss|Suiza|suizo|suiza|Q39|
AUT|Austria|Austrian|Austria|austriaco|austriaca|Q40|
IRL|Ireland|Irish|Irlanda|irlandés|irlandesa|Q27|
SWE|Sweden|Swedish|Suecia|sueco|sueca|Q34|
NOR|Norway|Norwegian|Noruega|noruego|noruega|Q20|
FIN|Finland|Finnish|Finlandia|finlandés|finlandesa|Q33|
DNK|Denmark|Danish|Dinamarca|danés|danesa|Q35|
POL|Poland|Polish|Polonia|polaco|polaca|Q36|
CZE|Czech Republic|Czech|República Checa|checo|checa|Q213|
SVK|Slovakia|Slovak|Eslovaquia|eslovaco|eslovaca|Q214|
HUN|Hungary|Hungarian|Hungría|húngaro|húngara|Q28|
ROU|Romania|Romanian|Rumania|rumano|rumana|Q218|
BGR|Bulgaria|Bulgarian|Bulgaria|búlgaro|búlgara|Q219|
GRC|Greece|Greek|Grecia|griego|griega|Q41|
CYP|Cyprus|Cypriot|Chipre|chipriota|chipriota|Q229|
SRB|Serbia|Serbian|Serbia|serbio|serbia|Q403|
HRV|Croatia|Croatian|Croacia|croata|croata|Q224|
BIH|Bosnia and Herzegovina|Bosnian|Bosnia y Herzegovina|bosnio|bosnia|Q225|
XKX|Kosovo|Kosovar|Kosovo|kosovar|kosovar|Q1246|
ALB|Albania|Albanian|Albania|albanés|albanesa|Q222|
MKD|North Macedonia|Macedonian|Macedonia del Norte|macedonio|macedonia|Q221|
MNE|Montenegro|Montenegrin|Montenegro|montenegrino|montenegrina|Q236|
EST|Estonia|Estonian|Estonia|estonio|estonia|Q191|
LVA|Latvia|Latvian|Letonia|letón|letona|Q211|
LTU|Lithuania|Lithuanian|Lituania|lituano|lituana|Q37|
RUS|Russia|Russian|Rusia|ruso|rusa|Q159|
UKR|Ukraine|Ukrainian|Ucrania|ucraniano|ucraniana|Q212|
BLR|Belarus|Belarusian|Bielorrusia|bielorruso|bielorrusa|Q184|
MDA|Moldova|Moldovan|Moldavia|moldavo|moldava|Q217|
GEO|Georgia|Georgian|Georgia|georgiano|georgiana|Q230|
ARM|Armenia|Armenian|Armenia|armenio|armenia|Q399|
AZE|Azerbaijan|Azerbaijani|Azerbaiyán|azerbaiyano|azerbaiyana|Q227|
KAZ|Kazakhstan|Kazakh|Kazajistán|kazajo|kazaja|Q232|
UZB|Uzbekistan|Uzbek|Uzbekistán|uzbeko|uzbeka|Q265|
KGZ|Kyrgyzstan|Kyrgyz|Kirguistán|kirguís|kirguisa|Q813|
TJK|Tajikistan|Tajik|Tayikistán|tayiko|tayika|Q863|
TUR|Turkey|Turkish|Turquía|turco|turca|Q43|
ISR|Israel|Israeli|Israel|israelí|israelí|Q801|
PSE|Palestine|Palestinian|Palestina|palestino|palestina|Q219060|
IRN|Iran|Iranian|Irán|iraní|iraní|Q794|
IRQ|Iraq|Iraqi|Irak|iraquí|iraquí|Q796|
SYR|Syria|Syrian|Siria|sirio|siria|Q858|
LBN|Lebanon|Lebanese|Líbano|libanés|libanesa|Q822|
JOR|Jordan|Jordanian|Jordania|jordano|jordana|Q810|
EGY|Egypt|Egyptian|Egipto|egipcio|egipcia|Q79|
SAU|Saudi Arabia|Saudi|Arabia Saudita|saudí|saudí|Q851|
YEM|Yemen|Yemeni|Yemen|yemení|yemení|Q805|
ARE|United Arab Emirates|Emirati|Emiratos Árabes Unidos|emiratí|emiratí|Q878|
QAT|Qatar|Qatari|Catar|catarí|catarí|Q846|
KWT|Kuwait|Kuwaiti|Kuwait|kuwaití|kuwaití|Q817|
BHR|Bahrain|Bahraini|Baréin|bareiní|bareiní|Q398|
OMN|Oman|Omani|Omán|omaní|omaní|Q842|
AFG|Afghanistan|Afghan|Afganistán|afgano|afgana|Q889|
PAK|Pakistan|Pakistani|Pakistán|pakistaní|pakistaní|Q843|
IND|India|Indian|India|indio|india|Q668|
BGD|Bangladesh|Bangladeshi|Bangladés|bangladesí|bangladesí|Q902|
LKA|Sri Lanka|Sri Lankan|Sri Lanka|esrilanqués|esrilanquesa|Q854|
NPL|Nepal|Nepali|Nepal|nepalí|nepalí|Q837|
CHN|China|Chinese|China|chino|china|Q148|
TWN|Taiwan|Taiwanese|Taiwán|taiwanés|taiwanesa|Q865|
JPN|Japan|Japanese|Japón|japonés|japonesa|Q17|
KOR|South Korea|South Korean|Corea del Sur|surcoreano|surcoreana|Q884|
PRK|North Korea|North Korean|Corea del Norte|norcoreano|norcoreana|Q423|
MNG|Mongolia|Mongolian|Mongolia|mongol|mongola|Q711|
PHL|Philippines|Philippine|Filipinas|filipino|filipina|Q928|
VNM|Vietnam|Vietnamese|Vietnam|vietnamita|vietnamita|Q881|
THA|Thailand|Thai|Tailandia|tailandés|tailandesa|Q869|
MMR|Myanmar|Myanmar|Birmania|birmano|birmana|Q836|
KHM|Cambodia|Cambodian|Camboya|camboyano|camboyana|Q424|
MYS|Malaysia|Malaysian|Malasia|malasio|malasia|Q833|
SGP|Singapore|Singaporean|Singapur|singapurense|singapurense|Q334|
IDN|Indonesia|Indonesian|Indonesia|indonesio|indonesia|Q252|
AUS|Australia|Australian|Australia|australiano|australiana|Q408|
NZL|New Zealand|New Zealand|Nueva Zelanda|neozelandés|neozelandesa|Q664|
ZAF|South Africa|South African|Sudáfrica|sudafricano|sudafricana|Q258|
NGA|Nigeria|Nigerian|Nigeria|nigeriano|nigeriana|Q1033|
MLI|Mali|Malian|Malí|maliense|maliense|Q912|
NER|Niger|Nigerien|Níger|nigerino|nigerina|Q1032|
BFA|Burkina Faso|Burkinabe|Burkina Faso|burkinés|burkinesa|Q965|
TCD|Chad|Chadian|Chad|chadiano|chadiana|Q657|
MRT|Mauritania|Mauritanian|Mauritania|mauritano|mauritana|Q1025|
SEN|Senegal|Senegalese|Senegal|senegalés|senegalesa|Q1041|
CMR|Cameroon|Cameroonian|Camerún|camerunés|camerunesa|Q1009|
CIV|Ivory Coast|Ivorian|Costa de Marfil|marfileño|marfileña|Q1008|
GHA|Ghana|Ghanaian|Ghana|ghanés|ghanesa|Q117|
LBR|Liberia|Liberian|Liberia|liberiano|liberiana|Q1014|
SLE|Sierra Leone|Sierra Leonean|Sierra Leona|sierraleonés|sierraleonesa|Q1044|
GIN|Guinea|Guinean|Guinea|guineano|guineana|Q1006|
ETH|Ethiopia|Ethiopian|Etiopía|etíope|etíope|Q115|
ERI|Eritrea|Eritrean|Eritrea|eritreo|eritrea|Q986|
SOM|Somalia|Somali|Somalia|somalí|somalí|Q1045|
DJI|Djibouti|Djiboutian|Yibuti|yibutiano|yibutiana|Q977|
SDN|Sudan|Sudanese|Sudán|sudanés|sudanesa|Q1049|
SSD|South Sudan|South Sudanese|Sudán del Sur|sursudanés|sursudanesa|Q958|
KEN|Kenya|Kenyan|Kenia|keniano|keniana|Q114|
UGA|Uganda|Ugandan|Uganda|ugandés|ugandesa|Q1036|
RWA|Rwanda|Rwandan|Ruanda|ruandés|ruandesa|Q1037|
BDI|Burundi|Burundian|Burundi|burundés|burundesa|Q967|
COD|Democratic Republic of the Congo|Congolese|República Democrática del Congo|congoleño|congoleña|Q974|
CAF|Central African Republic|Central African|República Centroafricana|centroafricano|centroafricana|Q929|
TZA|Tanzania|Tanzanian|Tanzania|tanzano|tanzana|Q924|
MOZ|Mozambique|Mozambican|Mozambique|mozambiqueño|mozambiqueña|Q1029|
ZWE|Zimbabwe|Zimbabwean|Zimbabue|zimbabuense|zimbabuense|Q954|
ZMB|Zambia|Zambian|Zambia|zambiano|zambiana|Q953|
AGO|Angola|Angolan|Angola|angoleño|angoleña|Q916|
DZA|Algeria|Algerian|Argelia|argelino|argelina|Q262|
MAR|Morocco|Moroccan|Marruecos|marroquí|marroquí|Q1028|
TUN|Tunisia|Tunisian|Túnez|tunecino|tunecina|Q948|
LBY|Libya|Libyan|Libia|libio|libia|Q1016|
`;

/** Country Wikidata ids for countries not generated above (hand-checked). */
export const MORE_COUNTRY_QIDS: Record<string, string> = {
  SVN: 'Q215', LUX: 'Q32', MLT: 'Q233', ISL: 'Q189', TKM: 'Q874', BTN: 'Q917', MDV: 'Q826', LAO: 'Q819', BRN: 'Q921',
  TLS: 'Q574', FJI: 'Q712', MDG: 'Q1019', NAM: 'Q1030', BWA: 'Q963', GNB: 'Q1007', GMB: 'Q1005', TGO: 'Q945', BEN: 'Q962',
  GAB: 'Q1000', GNQ: 'Q983', COG: 'Q971', MWI: 'Q1020', LSO: 'Q1013', SWZ: 'Q1050', MUS: 'Q1027', SYC: 'Q1042', COM: 'Q970',
  CPV: 'Q1011', BLZ: 'Q242', BHS: 'Q778', BRB: 'Q244', GRD: 'Q769',
};
