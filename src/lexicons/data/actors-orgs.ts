// Organisations written from general knowledge, one line each:
// code (alpha-3, IGO or -) | sector | O = organisation, G = group | name | aliases (;) | head nouns (;) | Wikidata (only when certain).
// A name already in the lexicon only gains the aliases.
export const ORG_ROWS = `
PSE|REB|G|Palestinian Islamic Jihad|Islamic Jihad;PIJ;Yihad Islámica|group;movement|
PSE|REB|G|Izz ad-Din al-Qassam Brigades|Qassam Brigades;al-Qassam Brigades;Brigadas Ezedin al Qasam|group|
PSE|REB|G|Al-Aqsa Martyrs' Brigades|al-Aqsa Martyrs Brigades|group|
PSE|REB|G|Popular Front for the Liberation of Palestine|PFLP|group|
PSE|GOV|O|Fatah|Fatah Party;Al Fatah|party;movement|
PSE|GOV|O|Palestine Liberation Organization|PLO;Palestinian Liberation Organization;OLP;Organización para la Liberación de Palestina|organization|
PSE|GOV|O|Palestinian Authority|Palestinian National Authority;Autoridad Palestina;Autoridad Nacional Palestina|authority|
IRN|MIL|O|Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guards;Revolutionary Guard;Guardia Revolucionaria;Cuerpo de la Guardia Revolucionaria Islámica;Pasdaran|guards|
IRN|MIL|O|Quds Force|Fuerza Quds|force|
IRN|MIL|O|Basij|Basij militia|militia|
IRN|INTEL|O|Ministry of Intelligence of Iran|MOIS|ministry|
IRN|LEG|O|Islamic Consultative Assembly|Majlis|assembly|
IRQ|REB|G|Popular Mobilization Forces|PMF;Hashd al-Shaabi;Popular Mobilisation Forces|militia;group|
IRQ|REB|G|Kataib Hezbollah|Kata'ib Hezbollah|militia;group|
IRQ|REB|G|Islamic Resistance in Iraq||group|
IRQ|GOV|O|Kurdistan Regional Government|KRG|government|
IRQ|MIL|O|Peshmerga|peshmerga|forces|
SYR|REB|G|Hayat Tahrir al-Sham|HTS;Hayat Tahrir al Sham|group|
SYR|REB|G|Syrian Democratic Forces|SDF;Fuerzas Democráticas Sirias|forces;group|
SYR|REB|G|People's Protection Units|YPG|militia;group|
SYR|REB|G|Syrian National Army||group|
SYR|REB|G|Free Syrian Army|FSA|group|
SYR|PTY|O|Baath Party|Ba'ath Party;Arab Socialist Ba'ath Party|party|
TUR|REB|G|Kurdistan Workers' Party|PKK;Kurdistan Workers Party;Partido de los Trabajadores del Kurdistán|group|
TUR|INTEL|O|National Intelligence Organization|Turkish National Intelligence Organization|agency|
TUR|PTY|O|Justice and Development Party|AKP;AK Party|party|
TUR|PTY|O|Republican People's Party|CHP|party|
YEM|REB|G|Southern Transitional Council|STC|council;group|
YEM|REB|G|Al-Qaeda in the Arabian Peninsula|AQAP|group|
LBN|PTY|O|Amal Movement|Amal|movement|
LBN|MIL|O|Lebanese Armed Forces|LAF|army|
EGY|OPP|G|Muslim Brotherhood|Hermandad Musulmana;Ikhwan|group;movement|
EGY|OPP|G|Kifaya|Kefaya|movement|
ISR|MIL|O|Israel Defense Forces|IDF;Israeli Defense Forces;Israeli Defence Forces;Fuerzas de Defensa de Israel;Tsahal;Tzahal|army;military|
ISR|INTEL|O|Mossad|Mosad|agency|
ISR|INTEL|O|Shin Bet|Shabak;Israel Security Agency|agency|
ISR|LEG|O|Knesset|Kneset|parliament|
ISR|PTY|O|Likud|Likud party|party|
SOM|REB|G|al-Shabaab|Al-Shabaab;al-Shabab;Al-Shabab;Al Shabaab;Harakat al-Shabaab al-Mujahideen|group;militants|
MLI|REB|G|Jama'at Nasr al-Islam wal-Muslimin|JNIM;Jamaat Nusrat al-Islam wal-Muslimin;Group for the Support of Islam and Muslims|group|
MLI|REB|G|Front for the Liberation of Azawad|FLA;Azawad Liberation Front|group|
MLI|REB|G|National Movement for the Liberation of Azawad|MNLA|group|
NER|REB|G|Islamic State Sahel Province|ISGS;Islamic State in the Greater Sahara;IS Sahel|group|
NGA|REB|G|Boko Haram||group|
NGA|REB|G|Islamic State West Africa Province|ISWAP;Islamic State West Africa|group|
NGA|REB|G|Movement for the Actualization of the Sovereign State of Biafra|MASSOB|movement|
NGA|REB|G|Indigenous People of Biafra|IPOB|group|
NGA|REB|G|Movement for the Emancipation of the Niger Delta|MEND|group|
NGA|PTY|O|All Progressives Congress||party|
NGA|PTY|O|Peoples Democratic Party|PDP|party|
AFG|REB|G|Islamic State Khorasan Province|ISIS-K;ISKP;IS-K;Islamic State Khorasan|group|
AFG|REB|G|Haqqani network|Haqqani Network|group|
PAK|REB|G|Tehrik-i-Taliban Pakistan|TTP;Pakistani Taliban|group|
PAK|REB|G|Lashkar-e-Taiba|LeT;Lashkar-e-Toiba|group|
PAK|REB|G|Jaish-e-Mohammed|JeM;Jaish-e-Muhammad|group|
PAK|REB|G|Balochistan Liberation Army|BLA|group|
PAK|INTEL|O|Inter-Services Intelligence|ISI|agency|
PAK|PTY|O|Pakistan Tehreek-e-Insaf|Pakistan Tehreek-i-Insaf|party|
PAK|PTY|O|Pakistan Muslim League-Nawaz|PML-N;PML(N)|party|
LKA|REB|G|Liberation Tigers of Tamil Eelam|LTTE;Tamil Tigers|group;rebels|
PHL|REB|G|Moro Islamic Liberation Front|MILF|group;rebels|
PHL|REB|G|Abu Sayyaf|Abu Sayyaf Group|group|
PHL|REB|G|New People's Army|NPA|group;rebels|
IDN|REB|G|Free Aceh Movement|GAM|group;rebels|
DZA|REB|G|Islamic Salvation Front|FIS;Front Islamique du Salut;Frente Islámico de Salvación|front;group|
DZA|REB|G|Armed Islamic Group|GIA|group|
DZA|REB|G|Al-Qaeda in the Islamic Maghreb|AQIM|group|
DZA|PTY|O|National Liberation Front|FLN|party|
SDN|REB|G|Rapid Support Forces|RSF;Fuerzas de Apoyo Rápido;paramilitary Rapid Support Forces|paramilitary;group;forces|
SDN|REB|G|Sudan People's Liberation Movement|SPLM;SPLM/A;Sudan People's Liberation Army;SPLA;SPLM-N|movement;rebels|
SDN|REB|G|Justice and Equality Movement|JEM|movement;rebels|
SDN|REB|G|Sudan Liberation Movement|SLM;Sudan Liberation Army;SLA|movement;rebels|
SDN|REB|G|Janjaweed|Janjawid|militia|
SDN|MIL|O|Sudanese Armed Forces|SAF|army|
SSD|REB|G|Sudan People's Liberation Movement-in-Opposition|SPLM-IO|movement|
COD|REB|G|M23|March 23 Movement;Mouvement du 23 mars;M-23;Movimiento 23 de Marzo;M23 rebels|group;rebels|
COD|REB|G|Congo River Alliance|Alliance Fleuve Congo;AFC|alliance|
COD|REB|G|Allied Democratic Forces|ADF|group;rebels|
COD|REB|G|CODECO||group;militia|
COD|IGO|O|MONUSCO|UN mission in Congo|mission|
RWA|REB|G|Democratic Forces for the Liberation of Rwanda|FDLR|group;rebels|
RWA|PTY|O|Rwandan Patriotic Front|RPF|party|
UGA|REB|G|Lord's Resistance Army|LRA|group;rebels|
UGA|PTY|O|National Resistance Movement|NRM|party|
SLE|REB|G|Revolutionary United Front|RUF|group;rebels|
LBR|REB|G|National Patriotic Front of Liberia|NPFL|group;rebels|
LBR|REB|G|Liberians United for Reconciliation and Democracy|LURD|group;rebels|
AGO|REB|G|UNITA|National Union for the Total Independence of Angola|movement;rebels|
MOZ|REB|G|RENAMO|Renamo;Mozambican National Resistance|movement|
MOZ|PTY|O|FRELIMO|Frelimo|party|
ETH|REB|G|Tigray People's Liberation Front|TPLF|front|
ETH|REB|G|Fano|Fano militia|militia|
ETH|REB|G|Oromo Liberation Army|OLA|group|
ETH|PTY|O|Prosperity Party||party|
BDI|REB|G|Forces for the Defence of Democracy|Forces for Defence of Democracy;CNDD-FDD;FDD|group|
CIV|REB|G|Forces Nouvelles|New Forces|group;rebels|
LBY|MIL|O|Libyan National Army|LNA|army;forces|
LBY|GOV|O|Government of National Unity|GNU|government|
ZAF|PTY|O|African National Congress|ANC|party|
ZWE|PTY|O|ZANU-PF|Zanu-PF|party|
ZWE|OPP|O|Movement for Democratic Change|MDC|party|
SEN|PTY|O|PASTEF|Pastef|party|
RUS|MIL|G|Africa Corps|Cuerpo Africano|group|
RUS|MIL|O|Rosgvardia|National Guard of Russia;Russian National Guard;Rosgvardiya|guard|
RUS|MIL|G|Akhmat|Akhmat forces;Kadyrovites|forces|
RUS|INTEL|O|Federal Security Service|FSB;Servicio Federal de Seguridad|agency;service|
RUS|INTEL|O|Foreign Intelligence Service of Russia|SVR|agency;service|
RUS|INTEL|O|GRU|Main Intelligence Directorate;Russian military intelligence|agency|
RUS|LEG|O|State Duma|Duma;Duma Estatal;Russian Duma|parliament|
RUS|LEG|O|Federation Council|Consejo de la Federación|council|
RUS|PTY|O|United Russia|Rusia Unida|party|
RUS|BUS|O|Gazprom||company|
RUS|BUS|O|Rosneft||company|
RUS|GOV|O|Ministry of Emergency Situations of Russia|EMERCOM|ministry|
UKR|MIL|O|Azov Brigade|Azov;Azov Regiment;Azov battalion|brigade|
UKR|INTEL|O|Main Directorate of Intelligence of Ukraine|HUR;GUR;Ukrainian military intelligence|agency|
UKR|INTEL|O|Security Service of Ukraine|SBU;Servicio de Seguridad de Ucrania|agency;service|
UKR|LEG|O|Verkhovna Rada|Rada;Ukrainian parliament|parliament|
UKR|GOV|O|Office of the President of Ukraine|Presidential Office of Ukraine;Bankova|office|
UKR|GOV|O|State Emergency Service of Ukraine|SESU;Ukrainian emergency service|service|
UKR|BUS|O|Naftogaz||company|
UKR|BUS|O|Energoatom||company|
GBR|INTEL|O|MI6|Secret Intelligence Service|agency;service|
GBR|INTEL|O|MI5|Security Service (UK)|agency;service|
GBR|INTEL|O|GCHQ|Government Communications Headquarters|agency|
GBR|GOV|O|Foreign Office|Foreign, Commonwealth and Development Office;FCDO;British Foreign Office;Foreign and Commonwealth Office|office|
GBR|LEG|O|House of Commons|Cámara de los Comunes|house|
GBR|LEG|O|House of Lords|Cámara de los Lores|house|
GBR|PTY|O|Labour Party|Labour;Partido Laborista|party|
GBR|PTY|O|Conservative Party|Tories;Conservatives;Partido Conservador británico|party|
GBR|PTY|O|Reform UK||party|
FRA|INTEL|O|DGSE|Directorate-General for External Security|agency|
FRA|LEG|O|National Assembly of France|French National Assembly;Assemblée nationale;Asamblea Nacional francesa|assembly|
FRA|GOV|O|Élysée Palace|Élysée;Elysee;Elysée;Elysee Palace;Palacio del Elíseo;Elíseo|palace|
FRA|MIL|O|French Foreign Legion|Foreign Legion;Legión Extranjera|legion|
FRA|PTY|O|National Rally|Rassemblement National;Agrupación Nacional|party|
DEU|LEG|O|Bundestag|German parliament|parliament|
DEU|MIL|O|German Armed Forces|Bundeswehr|armed forces|
DEU|INTEL|O|Federal Intelligence Service|BND|agency|
DEU|PTY|O|Christian Democratic Union|CDU|party|
DEU|PTY|O|Social Democratic Party of Germany|SPD|party|
DEU|PTY|O|Alternative for Germany|AfD;Alternativa para Alemania|party|
ITA|PTY|O|Brothers of Italy|Fratelli d'Italia|party|
ESP|GOV|O|La Moncloa|Moncloa;Palacio de la Moncloa|government|
ESP|LEG|O|Congress of Deputies|Congreso de los Diputados|congress|
ESP|POL|O|Guardia Civil|Civil Guard;Spanish Civil Guard|police|
ESP|POL|O|Policía Nacional (España)|Spanish National Police|police|
ESP|INTEL|O|Centro Nacional de Inteligencia|CNI;Spanish intelligence|agency|
ESP|PTY|O|PSOE|Spanish Socialist Workers' Party;Partido Socialista Obrero Español|party|
ESP|PTY|O|Partido Popular|Popular Party (Spain)|party|
ESP|PTY|O|Vox|VOX|party|
CHN|MIL|O|People's Liberation Army|PLA;Ejército Popular de Liberación;Chinese People's Liberation Army|army;military|
CHN|MIL|O|People's Liberation Army Navy|PLA Navy|navy|
CHN|MIL|O|China Coast Guard|Chinese coast guard;Guardia Costera china|coast guard|
CHN|PTY|O|Chinese Communist Party|Communist Party of China;CCP;CPC;Partido Comunista de China;Partido Comunista Chino|party|
CHN|INTEL|O|Ministry of State Security|MSS|ministry|
CHN|LEG|O|National People's Congress|NPC|congress|
CHN|GOV|O|Zhongnanhai||leadership|
TWN|PTY|O|Democratic Progressive Party|DPP|party|
TWN|PTY|O|Kuomintang|KMT|party|
TWN|LEG|O|Legislative Yuan||legislature|
PRK|MIL|O|Korean People's Army|KPA|army|
PRK|PTY|O|Workers' Party of Korea|WPK|party|
KOR|INTEL|O|National Intelligence Service|NIS|agency|
KOR|MIL|O|Joint Chiefs of Staff (South Korea)|South Korean Joint Chiefs of Staff|military|
JPN|MIL|O|Japan Self-Defense Forces|JSDF;Self-Defense Forces;Japanese Self-Defense Forces|forces|
JPN|PTY|O|Liberal Democratic Party|LDP|party|
IND|INTEL|O|Research and Analysis Wing|RAW;R&AW|agency|
IND|PTY|O|Bharatiya Janata Party|BJP|party|
IND|PTY|O|Indian National Congress|Congress party|party|
BGD|PTY|O|Awami League||party|
BGD|PTY|O|Bangladesh Nationalist Party|BNP|party|
MMR|PTY|O|National League for Democracy|NLD|party|
MMR|REB|G|Arakan Army||group|
MMR|GOV|O|Tatmadaw|Myanmar junta;military junta of Myanmar|junta|
BRA|GOV|O|Itamaraty|Brazilian Foreign Ministry|ministry|
BRA|POL|O|Federal Police of Brazil|Polícia Federal;Policía Federal de Brasil;Brazilian Federal Police|police|
BRA|PTY|O|Workers' Party (Brazil)|Partido dos Trabalhadores|party|
BRA|CRM|G|Primeiro Comando da Capital|PCC;First Capital Command|gang;group|
BRA|CRM|G|Comando Vermelho|Red Command|gang;group|
BRA|BUS|O|Petrobras||company|
ARG|GOV|O|Casa Rosada|La Casa Rosada|government|
ARG|PTY|O|La Libertad Avanza||party|
MEX|POL|O|Mexican National Guard|Guardia Nacional de México;Guardia Nacional mexicana|guard|
MEX|JUD|O|Fiscalía General de la República|FGR;Mexican Attorney General's Office|office|
MEX|PTY|O|Morena|MORENA;Movimiento Regeneración Nacional|party|
MEX|PTY|O|Institutional Revolutionary Party|PRI;Partido Revolucionario Institucional|party|
MEX|GOV|O|Palacio Nacional|National Palace|government|
MEX|CRM|G|Beltrán Leyva Organization|Beltrán Leyva cartel;Cártel de los Beltrán Leyva|cartel|
MEX|CRM|G|Juárez Cartel|Cártel de Juárez;Cartel de Juárez;La Línea|cartel|
MEX|CRM|G|Tijuana Cartel|Cártel de Tijuana;Arellano Félix Organization|cartel|
MEX|CRM|G|Los Chapitos|Chapitos|faction;cartel|
MEX|BUS|O|Pemex|Petróleos Mexicanos|company|
COL|JUD|O|Fiscalía General de la Nación|Colombian Attorney General's Office|office|
COL|PTY|O|Pacto Histórico|Historic Pact|coalition|
COL|PTY|O|Centro Democrático|Democratic Center|party|
COL|CRM|G|Los Rastrojos|Rastrojos|gang|
COL|BUS|O|Ecopetrol||company|
VEN|OPP|O|Primero Justicia|Justice First|party|
VEN|OPP|O|Voluntad Popular|Popular Will|party|
VEN|OPP|O|Vente Venezuela||party|
VEN|OPP|O|Mesa de la Unidad Democrática|MUD;Democratic Unity Roundtable|coalition|
VEN|CRM|G|colectivos|colectivos chavistas;armed colectivos|group|
VEN|CRM|G|El Tren del Llano|Tren del Llano|gang|
ECU|CRM|G|Los Choneros|Choneros|gang|
ECU|CRM|G|Los Lobos|Lobos gang|gang|
ECU|PTY|O|Revolución Ciudadana|Citizen Revolution|party|
BOL|PTY|O|Movement for Socialism|MAS;Movimiento al Socialismo|party|
CUB|PTY|O|Communist Party of Cuba|Partido Comunista de Cuba|party|
NIC|PTY|O|Sandinista National Liberation Front|FSLN;Frente Sandinista;Frente Sandinista de Liberación Nacional;Sandinistas|party|
SLV|PTY|O|Nuevas Ideas|New Ideas|party|
HTI|CRM|G|Viv Ansanm|Viv Ansanm coalition|coalition;gang|
HTI|CRM|G|400 Mawozo||gang|
HTI|CRM|G|G9 Family and Allies|G9|gang|
HTI|IGO|O|Gang Suppression Force|GSF|force|
HTI|IGO|O|Multinational Security Support Mission|Kenya-led mission in Haiti|mission|
PER|REB|G|Militarized Communist Party of Peru|MPCP|group|
USA|GOV|O|Department of Homeland Security|DHS|department|
IGO|IGO|O|African Union|AU;Unión Africana;UA|bloc;union|Q7159
IGO|IGO|O|ECOWAS|Economic Community of West African States;CEDEAO;Cedeao|bloc|
IGO|IGO|O|Alliance of Sahel States|AES;Alianza de Estados del Sahel;Confederation of Sahel States|alliance;bloc|
IGO|IGO|O|IGAD|Intergovernmental Authority on Development|bloc|
IGO|IGO|O|Southern African Development Community|SADC|bloc|
IGO|IGO|O|East African Community|EAC|bloc|
IGO|IGO|O|Arab League|League of Arab States;Liga Árabe;Liga de Estados Árabes|league;bloc|
IGO|IGO|O|Gulf Cooperation Council|GCC;Consejo de Cooperación del Golfo|council;bloc|
IGO|IGO|O|OSCE|Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe;Organización para la Seguridad y la Cooperación en Europa|organization|
IGO|IGO|O|Council of Europe|Consejo de Europa|council|
IGO|IGO|O|European Council|Consejo Europeo|council|
IGO|IGO|O|Council of the European Union|EU Council;Consejo de la UE|council|
IGO|IGO|O|European Community|EC;European Communities;European common market;European Economic Community;EEC;Common Market;Comunidad Europea|bloc;community|
IGO|IGO|O|Asia-Pacific Economic Cooperation|APEC|forum|
IGO|IGO|O|ASEAN|Association of Southeast Asian Nations;Asean|bloc|
IGO|IGO|O|Shanghai Cooperation Organisation|SCO;Shanghai Cooperation Organization;Organización de Cooperación de Shanghái|bloc|
IGO|IGO|O|Organisation of Islamic Cooperation|OIC;Organization of Islamic Cooperation;Organization of the Islamic Conference|organization|
IGO|IGO|O|Commonwealth of Independent States|CIS;Comunidad de Estados Independientes|bloc|
IGO|IGO|O|Collective Security Treaty Organization|CSTO|alliance|
IGO|IGO|O|UNASUR|Union of South American Nations;Unión de Naciones Suramericanas|bloc|
IGO|IGO|O|Comunidad Andina|Andean Community|bloc|
IGO|IGO|O|Central American Integration System|SICA;Sistema de la Integración Centroamericana|bloc|
IGO|IGO|O|Lima Group|Grupo de Lima|group|
IGO|IGO|O|Pacific Alliance|Alianza del Pacífico|bloc|
IGO|IGO|O|Inter-American Development Bank|IDB;BID;Banco Interamericano de Desarrollo|bank|
IGO|IGO|O|Inter-American Court of Human Rights|Corte Interamericana de Derechos Humanos;Corte IDH|court|
IGO|JUD|O|European Court of Human Rights|ECHR;Tribunal Europeo de Derechos Humanos|court|
IGO|JUD|O|International Criminal Tribunal for the former Yugoslavia|ICTY|tribunal|
IGO|JUD|O|International Criminal Tribunal for Rwanda|ICTR|tribunal|
IGO|JUD|O|Special Tribunal for Lebanon|STL|tribunal|
IGO|JUD|O|Court of Justice of the European Union|European Court of Justice;CJEU;ECJ|court|
IGO|JUD|O|Permanent Court of Arbitration|PCA|court|
IGO|IGO|O|European Central Bank|ECB;BCE;Banco Central Europeo|bank|
IGO|POL|O|Frontex||agency|
IGO|POL|O|Europol||agency|
IGO|MIL|G|United Nations peacekeepers|UN peacekeepers;U.N. peacekeepers;UN peacekeeping troops;UN peackeepers;cascos azules;UN peacekeeping force|peacekeepers|
IGO|IGO|O|International Atomic Energy Agency|IAEA;OIEA;Organismo Internacional de Energía Atómica;UN nuclear watchdog|agency;watchdog|
IGO|IGO|O|Organisation for the Prohibition of Chemical Weapons|OPCW;OPAQ|organisation|
IGO|IGO|O|Comprehensive Nuclear-Test-Ban Treaty Organization|CTBTO|organization|
IGO|IGO|O|UNRWA|UN Relief and Works Agency;United Nations Relief and Works Agency for Palestine Refugees|agency|
IGO|IGO|O|UNICEF|United Nations Children's Fund;Unicef|agency|
IGO|IGO|O|World Food Programme|WFP;World Food Program;PMA;Programa Mundial de Alimentos|agency|
IGO|IGO|O|OCHA|UN Office for the Coordination of Humanitarian Affairs;Office for the Coordination of Humanitarian Affairs;UN humanitarian office|office|
IGO|IGO|O|UNDP|United Nations Development Programme;PNUD|agency|
IGO|IGO|O|UNESCO|Unesco|agency|
IGO|IGO|O|International Labour Organization|ILO;International Labor Organization;International Labor Office;International Labour Office;OIT|organization;office|
IGO|IGO|O|Food and Agriculture Organization|FAO|agency|
IGO|IGO|O|International Organization for Migration|IOM;OIM;Organización Internacional para las Migraciones|agency|
IGO|IGO|O|World Trade Organization|WTO;OMC;Organización Mundial del Comercio|organization|
IGO|IGO|O|UN Women||agency|
IGO|IGO|O|UNFPA|United Nations Population Fund|agency|
IGO|IGO|O|UNIFIL|United Nations Interim Force in Lebanon|force;mission|
IGO|IGO|O|UNMISS|United Nations Mission in South Sudan|mission|
IGO|IGO|O|MINUSMA|UN mission in Mali|mission|
IGO|IGO|O|UNAMA|United Nations Assistance Mission in Afghanistan|mission|
IGO|IGO|O|African Union Mission in Somalia|AMISOM;ATMIS;AUSSOM|mission|
IGO|IGO|O|Quad|Quadrilateral Security Dialogue|group|
IGO|IGO|O|AUKUS||pact|
IGO|IGO|O|Non-Aligned Movement|Movimiento de Países No Alineados|movement|
IGO|IGO|O|OECD|Organisation for Economic Co-operation and Development;OCDE|organisation|
IGO|IGO|O|Paris Club|Club de París|group|
IGO|IGO|O|International Energy Agency|IEA|agency|
IGO|IGO|O|UN Committee Against Torture|Committee Against Torture|committee|
IGO|IGO|O|Financial Action Task Force|FATF;GAFI|watchdog|
-|NGO|O|Médecins Sans Frontières|MSF;Doctors Without Borders;Médicos Sin Fronteras;Medecins Sans Frontieres|charity;group|
-|NGO|O|International Federation of Red Cross and Red Crescent Societies|IFRC|federation|
-|NGO|O|Red Crescent|Red Crescent Society;Media Luna Roja|society|
PSE|NGO|O|Palestine Red Crescent Society|PRCS;Palestinian Red Crescent|society|
-|NGO|O|Save the Children||charity;group|
-|NGO|O|Oxfam|Oxfam International|charity;group|
-|NGO|O|International Rescue Committee|IRC|group|
-|NGO|O|Norwegian Refugee Council|NRC|group|
-|NGO|O|CARE International|CARE|group|
-|NGO|O|Mercy Corps||group|
-|NGO|O|World Central Kitchen|WCK|charity|
-|NGO|O|Caritas|Cáritas;Caritas Internationalis|charity|
-|NGO|O|Transparency International|Transparencia Internacional|group|
-|NGO|O|Freedom House||group|
-|NGO|O|Human Rights Foundation||group|
-|NGO|O|Global Witness||group|
-|NGO|O|Armed Conflict Location & Event Data Project|ACLED;Armed Conflict Location and Event Data Project|group;monitor|
GBR|NGO|O|Syrian Observatory for Human Rights|SOHR;Observatorio Sirio de Derechos Humanos;Syrian Observatory|monitor;group|
ISR|NGO|O|B'Tselem|B’Tselem|group|
PSE|NGO|O|Al-Haq||group|
-|NGO|O|Physicians for Human Rights|PHR|group|
-|NGO|O|Airwars||monitor|
-|NGO|O|Bellingcat||group|
USA|NGO|O|Institute for the Study of War|ISW|think tank|
SWE|NGO|O|Stockholm International Peace Research Institute|SIPRI|institute|
GBR|NGO|O|International Institute for Strategic Studies|IISS|institute|
USA|NGO|O|Council on Foreign Relations|CFR|think tank|
USA|NGO|O|Atlantic Council||think tank|
USA|NGO|O|RAND Corporation|RAND|think tank|
USA|NGO|O|Brookings Institution|Brookings|think tank|
GBR|NGO|O|Chatham House||think tank|
USA|NGO|O|Center for Strategic and International Studies|CSIS|think tank|
USA|NGO|O|Carnegie Endowment for International Peace|Carnegie Endowment|think tank|
USA|NGO|O|Wilson Center||think tank|
USA|NGO|O|Washington Office on Latin America|WOLA|group|
VEN|NGO|O|Observatorio Venezolano de Violencia|OVV;Venezuelan Violence Observatory|group|
VEN|NGO|O|Transparencia Venezuela||group|
VEN|NGO|O|Cofavic||group|
VEN|NGO|O|Espacio Público||group|
VEN|NGO|O|Sindicato Nacional de Trabajadores de la Prensa|SNTP|union|
-|NGO|O|Inter American Press Association|IAPA;SIP;Sociedad Interamericana de Prensa|association|
RUS|NGO|O|Memorial Human Rights Centre|Memorial rights group;Memorial human rights group|group|
RUS|NGO|O|OVD-Info||group|
-|NGO|O|Global Initiative against Transnational Organized Crime|GI-TOC|group|
-|NGO|O|Small Arms Survey||group|
-|NGO|O|International Crisis Group|ICG|think tank|
-|NGO|O|Association of African Jurists||association|
`;
