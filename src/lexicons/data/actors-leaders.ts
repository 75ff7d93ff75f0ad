// Office holders by period, written from general knowledge (years inclusive; open end = in office as of late 2025).
// One line per term: alpha-3 or IGO | office key (see OFFICES in actors-leaders.ts) | from-to | name | aliases (;) | Wikidata (only when certain).
// A person with several terms has several lines; names already in the hand-written lexicon gain the terms.
export const LEADER_ROWS = `
USA|president|1981-1989|Ronald Reagan|Reagan|Q9960
USA|president|1989-1993|George H. W. Bush|George H.W. Bush|Q23505
USA|president|1993-2001|Bill Clinton|William Jefferson Clinton;Clinton|Q1124
USA|president|2001-2009|George W. Bush|Bush|
USA|president|2009-2017|Barack Obama||
USA|president|2017-2021|Donald Trump||
USA|president|2025-|Donald Trump||
USA|president|2021-2025|Joe Biden||
USA|vp|1993-2001|Al Gore|Gore|
USA|vp|2001-2009|Dick Cheney|Cheney|
USA|defence|1989-1993|Dick Cheney||
USA|vp|2009-2017|Joe Biden||
USA|vp|2017-2021|Mike Pence|Pence|
USA|vp|2021-2025|Kamala Harris||
USA|vp|2025-|JD Vance||
USA|fm|1993-1997|Warren Christopher||
USA|fm|1997-2001|Madeleine Albright|Albright|
USA|fm|2001-2005|Colin Powell|Powell|
USA|fm|2005-2009|Condoleezza Rice|Condoleeza Rice|
USA|fm|2009-2013|Hillary Clinton||
USA|fm|2013-2017|John Kerry|Kerry|
USA|fm|2017-2018|Rex Tillerson|Tillerson|
USA|fm|2018-2021|Mike Pompeo|Pompeo|
USA|fm|2021-2025|Antony Blinken|Blinken|
USA|fm|2025-|Marco Rubio||
USA|defence|1994-1997|William Perry||
USA|defence|1997-2001|William Cohen||
USA|defence|2001-2006|Donald Rumsfeld|Rumsfeld|
USA|defence|2006-2011|Robert Gates||
USA|defence|2011-2013|Leon Panetta|Panetta|
USA|defence|2013-2015|Chuck Hagel|Hagel|
USA|defence|2015-2017|Ash Carter||
USA|defence|2017-2019|Jim Mattis|James Mattis;Mattis|
USA|defence|2019-2020|Mark Esper|Esper|
USA|defence|2021-2025|Lloyd Austin||
USA|defence|2025-|Pete Hegseth||
USA|interior|2025-|Kristi Noem||
USA|interior|2021-2025|Alejandro Mayorkas|Mayorkas|
CAN|pm|1993-2003|Jean Chrétien|Jean Chretien;Chrétien|
CAN|pm|2006-2015|Stephen Harper||
CAN|pm|2015-2025|Justin Trudeau|Trudeau|
CAN|pm|2025-|Mark Carney||
CAN|fm|2025-|Anita Anand||
MEX|president|2000-2006|Vicente Fox||
MEX|president|2006-2012|Felipe Calderón|Felipe Calderon;Calderón|
MEX|president|2012-2018|Enrique Peña Nieto|Enrique Pena Nieto;Peña Nieto|
MEX|president|2018-2024|Andrés Manuel López Obrador||
MEX|president|2024-|Claudia Sheinbaum||
MEX|security|2024-|Omar García Harfuch||
BRA|president|1995-2002|Fernando Henrique Cardoso|Cardoso|
BRA|president|2003-2010|Luiz Inácio Lula da Silva||
BRA|president|2023-|Luiz Inácio Lula da Silva||
BRA|president|2011-2016|Dilma Rousseff|Rousseff|
BRA|president|2016-2018|Michel Temer|Temer|
BRA|president|2019-2022|Jair Bolsonaro||
BRA|fm|2023-|Mauro Vieira||
ARG|president|1989-1999|Carlos Menem|Menem|
ARG|president|2003-2007|Néstor Kirchner|Nestor Kirchner|
ARG|president|2007-2015|Cristina Fernández de Kirchner|Cristina Kirchner;Cristina Fernández|
ARG|president|2015-2019|Mauricio Macri|Macri|
ARG|president|2019-2023|Alberto Fernández|Alberto Fernandez|
ARG|president|2023-|Javier Milei||
ARG|security|2023-2025|Patricia Bullrich|Bullrich|
COL|president|1998-2002|Andrés Pastrana|Andres Pastrana;Pastrana|
COL|president|2002-2010|Álvaro Uribe||
COL|president|2010-2018|Juan Manuel Santos||
COL|president|2018-2022|Iván Duque||
COL|president|2022-|Gustavo Petro||
COL|vp|2022-|Francia Márquez||
COL|defence|2025-|Pedro Sánchez Suárez||
VEN|president|1999-2013|Hugo Chávez||
VEN|president|2013-|Nicolás Maduro||
VEN|fm|2006-2013|Nicolás Maduro||
VEN|vp|2018-|Delcy Rodríguez||
VEN|fm|2017-2018|Delcy Rodríguez||
VEN|interior|2024-|Diosdado Cabello||
VEN|interior|2002-2003|Diosdado Cabello||
VEN|defence|2014-|Vladimir Padrino López||
VEN|fm|2023-|Yván Gil||
VEN|interior|2008-2012|Tareck El Aissami||
VEN|vp|2017-2018|Tareck El Aissami||
VEN|speaker|2021-|Jorge Rodríguez||
CHL|president|2006-2010|Michelle Bachelet|Bachelet|
CHL|president|2014-2018|Michelle Bachelet||
CHL|president|2010-2014|Sebastián Piñera|Sebastian Piñera;Piñera;Pinera|
CHL|president|2018-2022|Sebastián Piñera||
CHL|president|2022-|Gabriel Boric||
CHL|president|1973-1990|Augusto Pinochet|Pinochet|
PER|president|1990-2000|Alberto Fujimori|Fujimori|
PER|president|2006-2011|Alan García|Alan Garcia|
PER|president|2021-2022|Pedro Castillo||
PER|president|2022-2025|Dina Boluarte|Boluarte|
PER|president|2025-|José Jerí|Jose Jeri;Jerí|
ECU|president|2007-2017|Rafael Correa|Correa|
ECU|president|2017-2021|Lenín Moreno|Lenin Moreno|
ECU|president|2021-2023|Guillermo Lasso|Lasso|
ECU|president|2023-|Daniel Noboa||
BOL|president|2006-2019|Evo Morales|Evo|
BOL|president|2020-2025|Luis Arce||
BOL|president|2025-|Rodrigo Paz||
CUB|leader|1959-2008|Fidel Castro||
CUB|president|2008-2018|Raúl Castro||
CUB|president|2018-|Miguel Díaz-Canel||
CUB|fm|2009-|Bruno Rodríguez Parrilla||
NIC|president|2007-|Daniel Ortega||
NIC|vp|2017-|Rosario Murillo||
SLV|president|2019-|Nayib Bukele||
HND|president|2022-|Xiomara Castro||
GTM|president|2024-|Bernardo Arévalo||
PAN|president|2024-|José Raúl Mulino||
PAN|leader|1983-1989|Manuel Noriega|Manuel Antonio Noriega;Noriega|
CRI|president|2022-|Rodrigo Chaves||
DOM|president|2020-|Luis Abinader||
HTI|president|1994-1996|Jean-Bertrand Aristide|Aristide|
HTI|president|2001-2004|Jean-Bertrand Aristide||
HTI|president|1996-2001|René Préval|Rene Preval;Préval|
HTI|president|2017-2021|Jovenel Moïse|Jovenel Moise|
HTI|leader|1988-1990|Prosper Avril||
GUY|president|2020-|Irfaan Ali||
TTO|pm|2025-|Kamla Persad-Bissessar||
TTO|pm|2015-2025|Keith Rowley|Rowley|
URY|president|2025-|Yamandú Orsi||
PRY|president|2023-|Santiago Peña||
GBR|pm|1979-1990|Margaret Thatcher|Thatcher|Q7416
GBR|pm|1990-1997|John Major||
GBR|pm|1997-2007|Tony Blair|Blair|Q9545
GBR|pm|2007-2010|Gordon Brown||
GBR|pm|2010-2016|David Cameron||Q192
GBR|fm|2023-2024|David Cameron||
GBR|pm|2016-2019|Theresa May||
GBR|pm|2019-2022|Boris Johnson||
GBR|fm|2016-2018|Boris Johnson||
GBR|pm|2022-2022|Liz Truss|Truss|
GBR|fm|2021-2022|Liz Truss||
GBR|pm|2022-2024|Rishi Sunak|Sunak|
GBR|pm|2024-|Keir Starmer||
GBR|fm|1989-1995|Douglas Hurd|Hurd|
GBR|fm|1995-1997|Malcolm Rifkind|Rifkind|
GBR|defence|1992-1995|Malcolm Rifkind||
GBR|fm|1997-2001|Robin Cook||
GBR|fm|2001-2006|Jack Straw||
GBR|interior|1997-2001|Jack Straw||
GBR|fm|2007-2010|David Miliband||
GBR|fm|2010-2014|William Hague|Hague|
GBR|fm|2018-2019|Jeremy Hunt||
GBR|fm|2019-2021|Dominic Raab|Raab|
GBR|fm|2022-2023|James Cleverly|Cleverly|
GBR|fm|2024-2025|David Lammy|Lammy|
GBR|fm|2025-|Yvette Cooper||
GBR|interior|2024-2025|Yvette Cooper||
GBR|interior|2025-|Shabana Mahmood||
GBR|defence|1989-1992|Tom King||
GBR|defence|2019-2023|Ben Wallace||
GBR|defence|2023-2024|Grant Shapps|Shapps|
GBR|defence|2024-|John Healey||
GBR|king|2022-|King Charles III|Charles III;King Charles|
GBR|king|1952-2022|Queen Elizabeth II|Elizabeth II|
FRA|president|1981-1995|François Mitterrand|Francois Mitterrand;Mitterrand;Francois Mitterand;Mitterand|Q2038
FRA|president|1995-2007|Jacques Chirac|Chirac|Q2105
FRA|president|2007-2012|Nicolas Sarkozy|Sarkozy|Q329
FRA|president|2012-2017|François Hollande|Francois Hollande;Hollande|Q157
FRA|president|2017-|Emmanuel Macron||
FRA|pm|1997-2002|Lionel Jospin|Jospin|
FRA|fm|2002-2004|Dominique de Villepin|de Villepin|
FRA|pm|2024-2025|François Bayrou|Francois Bayrou;Bayrou|
FRA|pm|2025-|Sébastien Lecornu|Sebastien Lecornu;Lecornu|
FRA|defence|2022-2025|Sébastien Lecornu||
FRA|defence|2025-|Catherine Vautrin||
FRA|fm|2024-|Jean-Noël Barrot|Jean-Noel Barrot|
FRA|interior|2024-2025|Bruno Retailleau|Retailleau|
FRA|interior|2025-|Laurent Nuñez|Laurent Nunez|
DEU|chancellor|1982-1998|Helmut Kohl|Kohl|Q2518
DEU|chancellor|1998-2005|Gerhard Schröder|Gerhard Schroeder;Schröder|Q2530
DEU|chancellor|2005-2021|Angela Merkel|Merkel|Q567
DEU|chancellor|2021-2025|Olaf Scholz|Scholz|Q61053
DEU|chancellor|2025-|Friedrich Merz||
DEU|fm|1974-1992|Hans-Dietrich Genscher|Genscher|
DEU|fm|1975-1990|Oskar Fischer||
DEU|fm|1998-2005|Joschka Fischer||
DEU|president|2017-|Frank-Walter Steinmeier|Steinmeier|
DEU|fm|2021-2025|Annalena Baerbock|Baerbock|
DEU|fm|2025-|Johann Wadephul|Wadephul|
DEU|defence|2023-|Boris Pistorius|Pistorius|
DEU|interior|2025-|Alexander Dobrindt|Dobrindt|
ITA|pm|2001-2006|Silvio Berlusconi|Berlusconi|Q11860
ITA|pm|2008-2011|Silvio Berlusconi||
ITA|pm|2006-2008|Romano Prodi|Prodi|
ITA|pm|2021-2022|Mario Draghi|Draghi|
ITA|pm|2022-|Giorgia Meloni||
ITA|fm|2022-|Antonio Tajani|Tajani|
ITA|defence|2022-|Guido Crosetto|Crosetto|
ITA|president|2015-|Sergio Mattarella|Mattarella|
ESP|pm|1982-1996|Felipe González||
ESP|pm|1996-2004|José María Aznar|Jose Maria Aznar;Aznar|
ESP|pm|2004-2011|José Luis Rodríguez Zapatero|Rodríguez Zapatero;Zapatero|
ESP|pm|2011-2018|Mariano Rajoy|Rajoy|
ESP|pm|2018-|Pedro Sánchez||
ESP|fm|2021-|José Manuel Albares||
ESP|defence|2018-|Margarita Robles||
ESP|interior|2018-|Fernando Grande-Marlaska|Grande-Marlaska;Marlaska|
ESP|king|2014-|King Felipe VI|Felipe VI;rey Felipe VI|
NLD|pm|2010-2024|Mark Rutte||
IGO|secgen-nato|2024-|Mark Rutte||
IGO|secgen-nato|2014-2024|Jens Stoltenberg|Stoltenberg|
NLD|pm|2024-|Dick Schoof|Schoof|
POL|president|1990-1995|Lech Wałęsa|Lech Walesa;Wałęsa;Walesa|
POL|pm|2007-2014|Donald Tusk|Tusk|
POL|pm|2023-|Donald Tusk||
POL|president|2015-2025|Andrzej Duda||
POL|president|2025-|Karol Nawrocki|Nawrocki|
POL|fm|2023-|Radosław Sikorski|Radoslaw Sikorski;Sikorski|
HUN|pm|2010-|Viktor Orbán|Viktor Orban;Orbán;Orban|
HUN|fm|2014-|Péter Szijjártó|Peter Szijjarto;Szijjártó;Szijjarto|
GRC|pm|1993-1996|Andreas Papandreou||
GRC|pm|2019-|Kyriakos Mitsotakis|Mitsotakis|
ROU|president|2025-|Nicușor Dan||
MDA|president|2020-|Maia Sandu||
BGR|leader|1954-1989|Todor Zhivkov|Zhivkov|
SRB|president|1989-1997|Slobodan Milošević|Slobodan Milosevic;Milošević;Milosevic|
SRB|president|2000-2003|Vojislav Koštunica|Vojislav Kostunica;Koštunica;Kostunica|
SRB|pm|2001-2003|Zoran Đinđić|Zoran Djindjic;Djindjic;Đinđić|
SRB|president|2017-|Aleksandar Vučić|Aleksandar Vucic;Vučić;Vucic|
HRV|president|1990-1999|Franjo Tuđman|Franjo Tudjman;Tudjman;Tuđman|
BIH|president|1990-1996|Alija Izetbegović|Alija Izetbegovic;Izetbegovic|
RUS|president|1991-1999|Boris Yeltsin|Yeltsin;Borís Yeltsin|Q34453
RUS|pm|1992-1998|Viktor Chernomyrdin|Chernomyrdin|
RUS|president|2000-2008|Vladimir Putin||
RUS|president|2012-|Vladimir Putin||
RUS|pm|1999-2000|Vladimir Putin||
RUS|pm|2008-2012|Vladimir Putin||
RUS|president|2008-2012|Dmitry Medvedev|Dmitri Medvedev;Medvedev|Q23530
RUS|pm|2012-2020|Dmitry Medvedev||
RUS|pm|2020-|Mikhail Mishustin|Mishustin|
RUS|fm|1990-1996|Andrei Kozyrev|Kozyrev|
RUS|fm|1996-1998|Yevgeny Primakov|Primakov|
RUS|pm|1998-1999|Yevgeny Primakov||
RUS|fm|1998-2004|Igor Ivanov||
RUS|fm|2004-|Sergey Lavrov||
RUS|defence|1992-1996|Pavel Grachev|Grachev|
RUS|defence|2001-2007|Sergei Ivanov||
RUS|defence|2012-2024|Sergei Shoigu|Sergey Shoigu;Shoigu|
RUS|defence|2024-|Andrei Belousov|Andrey Belousov;Belousov|
RUS|interior|2012-|Vladimir Kolokoltsev|Kolokoltsev|
RUS|armychief|2012-|Valery Gerasimov|Valeri Gerasimov;Gerasimov|
RUS|spokes|2012-|Dmitry Peskov|Dmitri Peskov;Peskov|
RUS|fmspokes|2015-|Maria Zakharova|Zakharova|
UKR|president|1991-1994|Leonid Kravchuk|Kravchuk|
UKR|president|1994-2005|Leonid Kuchma|Kuchma|
UKR|president|2005-2010|Viktor Yushchenko|Yushchenko|
UKR|president|2010-2014|Viktor Yanukovych|Yanukovych|
UKR|president|2014-2019|Petro Poroshenko|Poroshenko|
UKR|president|2019-|Volodymyr Zelensky||
UKR|pm|2020-2025|Denys Shmyhal|Shmyhal|
UKR|defence|2025-|Denys Shmyhal||
UKR|pm|2025-|Yulia Svyrydenko|Svyrydenko|
UKR|fm|2020-2024|Dmytro Kuleba|Kuleba|
UKR|fm|2024-|Andrii Sybiha|Andriy Sybiha;Sybiha|
UKR|defence|2021-2023|Oleksii Reznikov|Oleksiy Reznikov;Reznikov|
UKR|defence|2023-2025|Rustem Umerov|Umerov|
UKR|interior|2023-|Ihor Klymenko|Klymenko|
UKR|armychief|2021-2024|Valerii Zaluzhnyi|Valery Zaluzhny;Zaluzhnyi;Zaluzhny|
UKR|armychief|2024-|Oleksandr Syrskyi|Oleksandr Syrsky;Syrskyi;Syrsky|
UKR|intelchief|2020-|Kyrylo Budanov|Budanov|
UKR|chiefofstaff|2020-2025|Andriy Yermak|Andrii Yermak;Yermak|
BLR|president|1994-|Alexander Lukashenko|Aleksandr Lukashenko;Lukashenko|
GEO|president|1995-2003|Eduard Shevardnadze|Shevardnadze|
GEO|president|2004-2013|Mikheil Saakashvili|Saakashvili|
ARM|pm|2018-|Nikol Pashinyan|Pashinyan|
AZE|president|2003-|Ilham Aliyev||
AZE|president|1993-2003|Heydar Aliyev||
KGZ|president|1990-2005|Askar Akayev|Akayev|
KGZ|president|2021-|Sadyr Japarov|Japarov|
KAZ|president|1990-2019|Nursultan Nazarbayev|Nazarbayev|
KAZ|president|2019-|Kassym-Jomart Tokayev|Tokayev|
TUR|pm|2003-2014|Recep Tayyip Erdoğan||
TUR|president|2014-|Recep Tayyip Erdoğan||
TUR|president|1993-2000|Süleyman Demirel|Suleyman Demirel;Demirel|
TUR|pm|1999-2002|Bülent Ecevit|Bulent Ecevit;Ecevit|
TUR|fm|2023-|Hakan Fidan|Fidan|
TUR|defence|2023-|Yaşar Güler|Yasar Guler|
ISR|pm|1992-1995|Yitzhak Rabin|Rabin|
ISR|pm|1995-1996|Shimon Peres|Peres|
ISR|president|2007-2014|Shimon Peres||
ISR|pm|1996-1999|Benjamin Netanyahu||
ISR|pm|2009-2021|Benjamin Netanyahu||
ISR|pm|2022-|Benjamin Netanyahu||
ISR|pm|1999-2001|Ehud Barak||
ISR|pm|2001-2006|Ariel Sharon||
ISR|pm|2006-2009|Ehud Olmert|Olmert|
ISR|pm|2021-2022|Naftali Bennett||
ISR|pm|2022-2022|Yair Lapid|Lapid|
ISR|president|2000-2007|Moshe Katsav|Katsav|
ISR|president|2021-|Isaac Herzog|Herzog|
ISR|defence|2022-2024|Yoav Gallant|Gallant|
ISR|defence|2024-|Israel Katz||
ISR|fm|2024-|Gideon Sa'ar|Gideon Saar;Sa'ar|
ISR|armychief|2025-|Eyal Zamir||
PSE|president|1994-2004|Yasser Arafat|Arafat|Q34211
PSE|president|2005-|Mahmoud Abbas|Abu Mazen|
PSE|pm|2006-2007|Ismail Haniyeh|Haniyeh|
PSE|pm|2024-|Mohammad Mustafa||
IRN|supreme|1979-1989|Ruhollah Khomeini|Ayatollah Khomeini;Ayatollah Ruhollah Khomeini;Khomeini|Q38823
IRN|supreme|1989-|Ali Khamenei||
IRN|president|1989-1997|Akbar Hashemi Rafsanjani|Rafsanjani|
IRN|president|1997-2005|Mohammad Khatami|Khatami|
IRN|president|2005-2013|Mahmoud Ahmadinejad|Ahmadinejad|
IRN|president|2013-2021|Hassan Rouhani|Rouhani|
IRN|president|2021-2024|Ebrahim Raisi|Raisi|
IRN|president|2024-|Masoud Pezeshkian||
IRN|fm|2013-2021|Mohammad Javad Zarif|Javad Zarif;Zarif|
IRN|fm|2021-2024|Hossein Amir-Abdollahian|Amir-Abdollahian|
IRN|fm|2024-|Abbas Araghchi||
IRQ|president|1979-2003|Saddam Hussein|Saddam|Q1316
IRQ|pm|2006-2014|Nouri al-Maliki|Nuri al-Maliki;Maliki|
IRQ|pm|2014-2018|Haider al-Abadi|Abadi|
IRQ|pm|2022-|Mohammed Shia al-Sudani|Mohammed Shia' al-Sudani;al-Sudani|
SYR|president|1971-2000|Hafez al-Assad|Hafez Assad|
SYR|president|2000-2024|Bashar al-Assad|Bashar Assad;Assad;al-Assad|
SYR|president|2025-|Ahmed al-Sharaa|al-Sharaa;Abu Mohammed al-Jolani;al-Jolani|
SYR|fm|2024-|Asaad al-Shaibani|al-Shaibani|
LBN|president|1989-1998|Elias Hrawi|Hrawi|
LBN|president|1998-2007|Émile Lahoud|Emile Lahoud;Lahoud|
LBN|president|2016-2022|Michel Aoun||
LBN|president|2025-|Joseph Aoun||
LBN|pm|1992-1998|Rafic Hariri|Rafik Hariri|
LBN|pm|2000-2004|Rafic Hariri||
LBN|pm|2021-2025|Najib Mikati|Mikati|
LBN|pm|2025-|Nawaf Salam||
JOR|king|1952-1999|King Hussein|King Hussein of Jordan|
JOR|king|1999-|King Abdullah II|Abdullah II|
JOR|fm|2017-|Ayman Safadi|Safadi|
EGY|president|1981-2011|Hosni Mubarak|Mubarak|
EGY|president|2012-2013|Mohamed Morsi|Mohammed Morsi;Morsi|
EGY|president|2014-|Abdel Fattah el-Sisi|Abdel Fattah al-Sisi;el-Sisi;al-Sisi;Sisi|
EGY|fm|2024-|Badr Abdelatty|Abdelatty|
SAU|king|1982-2005|King Fahd||
SAU|king|2005-2015|King Abdullah|King Abdullah bin Abdulaziz|
SAU|king|2015-|King Salman|Salman bin Abdulaziz|
SAU|crownprince|2017-|Mohammed bin Salman|MBS;bin Salman|
SAU|fm|2019-|Faisal bin Farhan||
QAT|emir|1995-2013|Hamad bin Khalifa Al Thani|Sheikh Hamad bin Khalifa al-Thani|
QAT|emir|2013-|Tamim bin Hamad Al Thani|Sheikh Tamim;Emir Tamim|
ARE|president|2022-|Mohamed bin Zayed|Mohammed bin Zayed;MBZ|
YEM|president|1990-2012|Ali Abdullah Saleh||
YEM|president|2012-2022|Abdrabbuh Mansur Hadi|Hadi|
YEM|president|2022-|Rashad al-Alimi|al-Alimi|
LBY|leader|1969-2011|Muammar Gaddafi|Moammar Gadhafi;Muammar Qaddafi;Muammar al-Gaddafi;Gaddafi;Gadhafi;Qaddafi;Kadafi|
LBY|pm|2021-|Abdul Hamid Dbeibah|Dbeibah|
DZA|president|1963-1965|Ahmed Ben Bella|Ben Bella|
DZA|president|1999-2019|Abdelaziz Bouteflika|Bouteflika;Abdelaziz Bouteflicka;Bouteflicka|
DZA|president|2019-|Abdelmadjid Tebboune|Tebboune|
MAR|king|1961-1999|King Hassan II|King Hassan;Hassan II|
MAR|king|1999-|King Mohammed VI|Mohammed VI|
TUN|president|1987-2011|Zine El Abidine Ben Ali|Ben Ali|
TUN|president|2019-|Kais Saied|Kais Saïed;Saied|
SDN|president|1989-2019|Omar al-Bashir|Omar Hassan al-Bashir;Omar El Bashir;al-Bashir;Bashir|
SDN|leader|2019-|Abdel Fattah al-Burhan|al-Burhan;Burhan|
SSD|president|2011-|Salva Kiir|Salva Kiir Mayardit;Kiir|
SSD|vp|2016-2025|Riek Machar|Machar|
ETH|pm|1995-2012|Meles Zenawi|Meles|
ETH|pm|2018-|Abiy Ahmed|Abiy|
ERI|president|1993-|Isaias Afwerki|Isaias|
SOM|president|2012-2017|Hassan Sheikh Mohamud||
SOM|president|2022-|Hassan Sheikh Mohamud||
SOM|president|2017-2022|Mohamed Abdullahi Farmajo|Farmajo|
KEN|president|1978-2002|Daniel arap Moi|arap Moi|
KEN|president|2002-2013|Mwai Kibaki|Kibaki|
KEN|president|2013-2022|Uhuru Kenyatta|Kenyatta|
KEN|president|2022-|William Ruto|Ruto|
KEN|vp|2003-2008|Moody Awori|Awori|
UGA|president|1986-|Yoweri Museveni|Museveni|
RWA|president|1973-1994|Juvénal Habyarimana|Juvenal Habyarimana;Habyarimana;Juvenal Habyariman|
RWA|president|2000-|Paul Kagame|Kagame|
COD|president|1965-1997|Mobutu Sese Seko|Mobutu|
COD|president|1997-2001|Laurent-Désiré Kabila|Laurent Kabila|
COD|president|2001-2019|Joseph Kabila||
COD|president|2019-|Félix Tshisekedi|Felix Tshisekedi;Tshisekedi|
NGA|president|1999-2007|Olusegun Obasanjo|Obasanjo|
NGA|president|2010-2015|Goodluck Jonathan||
NGA|president|2015-2023|Muhammadu Buhari|Buhari|
NGA|president|2023-|Bola Tinubu|Bola Ahmed Tinubu;Tinubu|
MLI|president|2021-|Assimi Goïta|Assimi Goita;Goïta;Goita|
BFA|president|2022-|Ibrahim Traoré|Ibrahim Traore|
NER|president|2021-2023|Mohamed Bazoum|Bazoum|
NER|president|2023-|Abdourahamane Tiani|Abdourahamane Tchiani;Tiani;Tchiani|
TCD|president|1990-2021|Idriss Déby|Idriss Deby|
TCD|president|2021-|Mahamat Déby|Mahamat Idriss Déby;Mahamat Deby|
SEN|president|2012-2024|Macky Sall||
SEN|president|2024-|Bassirou Diomaye Faye|Diomaye Faye|
SEN|pm|2024-|Ousmane Sonko|Sonko|
CIV|president|1960-1993|Félix Houphouët-Boigny|Felix Houphouet-Boigny;Houphouët-Boigny|
CIV|president|2000-2011|Laurent Gbagbo|Gbagbo;Laurent Gbago|
CIV|president|2011-|Alassane Ouattara|Ouattara|
LBR|president|1997-2003|Charles Taylor||
LBR|president|2006-2018|Ellen Johnson Sirleaf|Johnson Sirleaf|
LBR|president|2018-2024|George Weah||
LBR|president|2024-|Joseph Boakai|Boakai|
SLE|president|2018-|Julius Maada Bio|Maada Bio|
ZAF|president|1989-1994|F. W. de Klerk|F.W. de Klerk;Frederik de Klerk;de Klerk|
ZAF|president|1994-1999|Nelson Mandela|Mandela|Q8023
ZAF|president|1999-2008|Thabo Mbeki|Mbeki|
ZAF|president|2009-2018|Jacob Zuma|Zuma|
ZAF|president|2018-|Cyril Ramaphosa|Ramaphosa|
ZWE|pm|1980-1987|Robert Mugabe|Mugabe|
ZWE|president|1987-2017|Robert Mugabe||
ZWE|president|2017-|Emmerson Mnangagwa|Mnangagwa|
ZMB|president|2002-2008|Levy Mwanawasa|Mwanawasa|
ZMB|president|2021-|Hakainde Hichilema|Hichilema|
AGO|president|1979-2017|José Eduardo dos Santos|Jose Eduardo dos Santos;Dos Santos;dos Santos|
AGO|president|2017-|João Lourenço|Joao Lourenco|
MOZ|president|2015-2025|Filipe Nyusi|Nyusi|
MOZ|president|2025-|Daniel Chapo|Chapo|
TZA|president|2021-|Samia Suluhu Hassan|Samia Suluhu|
GMB|president|1970-1994|Dawda Jawara|Jawara|
GMB|president|2017-|Adama Barrow|Barrow|
BDI|president|2020-|Évariste Ndayishimiye|Evariste Ndayishimiye;Ndayishimiye|
CAF|president|2016-|Faustin-Archange Touadéra|Faustin-Archange Touadera;Touadéra;Touadera|
GHA|president|2025-|John Mahama|John Dramani Mahama;Mahama|
CMR|president|1982-|Paul Biya|Biya|
CHN|leader|1978-1989|Deng Xiaoping|Deng|
CHN|president|1993-2003|Jiang Zemin||
CHN|president|2003-2013|Hu Jintao||
CHN|president|2013-|Xi Jinping||
CHN|pm|1988-1998|Li Peng||
CHN|pm|1998-2003|Zhu Rongji||
CHN|pm|2003-2013|Wen Jiabao||
CHN|pm|2013-2023|Li Keqiang||
CHN|pm|2023-|Li Qiang||
CHN|fm|2013-2022|Wang Yi||
CHN|fm|2023-|Wang Yi||
CHN|fm|2022-2023|Qin Gang||
CHN|defence|2023-|Dong Jun||
TWN|president|1988-2000|Lee Teng-hui||
TWN|president|2000-2008|Chen Shui-bian||
TWN|president|2008-2016|Ma Ying-jeou||
TWN|president|2016-2024|Tsai Ing-wen||
TWN|president|2024-|Lai Ching-te|William Lai|
JPN|pm|1996-1998|Ryutaro Hashimoto|Hashimoto|
JPN|pm|2001-2006|Junichiro Koizumi||
JPN|pm|2006-2007|Shinzo Abe|Abe|
JPN|pm|2012-2020|Shinzo Abe||
JPN|pm|2020-2021|Yoshihide Suga|Suga|
JPN|pm|2021-2024|Fumio Kishida|Kishida|
JPN|pm|2024-2025|Shigeru Ishiba|Ishiba|
JPN|pm|2025-|Sanae Takaichi|Takaichi|
JPN|fm|2025-|Toshimitsu Motegi|Motegi|
JPN|defence|2025-|Shinjiro Koizumi||
KOR|president|1998-2003|Kim Dae-jung||
KOR|president|2003-2008|Roh Moo-hyun||
KOR|president|2008-2013|Lee Myung-bak||
KOR|president|2013-2017|Park Geun-hye||
KOR|president|2017-2022|Moon Jae-in||
KOR|president|2022-2025|Yoon Suk Yeol|Yoon Suk-yeol|
KOR|president|2025-|Lee Jae-myung||
PRK|leader|1948-1994|Kim Il Sung|Kim Il-sung|
PRK|leader|1994-2011|Kim Jong Il|Kim Jong-il|
PRK|leader|2011-|Kim Jong Un||
PRK|fm|2024-|Choe Son Hui|Choe Son-hui|
IND|pm|1998-2004|Atal Bihari Vajpayee|Vajpayee|
IND|pm|2004-2014|Manmohan Singh||
IND|pm|2014-|Narendra Modi||
IND|fm|2019-|Subrahmanyam Jaishankar|S. Jaishankar;Jaishankar|
IND|defence|2019-|Rajnath Singh||
IND|interior|2019-|Amit Shah||
PAK|president|2001-2008|Pervez Musharraf|Musharraf|
PAK|pm|1988-1990|Benazir Bhutto|Bhutto|
PAK|pm|1993-1996|Benazir Bhutto||
PAK|pm|1997-1999|Nawaz Sharif||
PAK|pm|2013-2017|Nawaz Sharif||
PAK|pm|2018-2022|Imran Khan||
PAK|pm|2022-2023|Shehbaz Sharif||
PAK|pm|2024-|Shehbaz Sharif||
PAK|president|2008-2013|Asif Ali Zardari|Zardari|
PAK|president|2024-|Asif Ali Zardari||
PAK|armychief|2022-|Asim Munir|Syed Asim Munir|
PAK|fm|2024-|Ishaq Dar||
PAK|defence|2024-|Khawaja Asif||
PAK|interior|2004-2007|Aftab Ahmad Khan Sherpao|Sherpao|
AFG|president|2001-2014|Hamid Karzai|Karzai|
AFG|president|2014-2021|Ashraf Ghani||
AFG|supreme|2016-|Hibatullah Akhundzada|Akhundzada|
BGD|pm|2009-2024|Sheikh Hasina|Hasina|
BGD|leader|2024-|Muhammad Yunus|Yunus|
LKA|president|2024-|Anura Kumara Dissanayake|Dissanayake|
MMR|leader|2021-|Min Aung Hlaing||
MMR|leader|2016-2021|Aung San Suu Kyi|Suu Kyi|
IDN|president|1967-1998|Suharto||
IDN|president|2014-2024|Joko Widodo|Jokowi|
IDN|president|2024-|Prabowo Subianto|Prabowo|
PHL|president|2016-2022|Rodrigo Duterte|Duterte|
PHL|president|2022-|Ferdinand Marcos Jr.|Bongbong Marcos|
VNM|leader|2024-|Tô Lâm|To Lam|
KHM|pm|1985-2023|Hun Sen||
KHM|pm|2023-|Hun Manet||
THA|pm|2025-|Anutin Charnvirakul|Anutin|
AUS|pm|1996-2007|John Howard||
AUS|pm|2022-|Anthony Albanese|Albanese|
NZL|pm|2023-|Christopher Luxon|Luxon|
IGO|secgen-un|1982-1991|Javier Pérez de Cuéllar|Javier Perez de Cuellar;Pérez de Cuéllar|
IGO|secgen-un|1992-1996|Boutros Boutros-Ghali|Boutros-Ghali|
IGO|secgen-un|1997-2006|Kofi Annan|Annan|Q1254
IGO|secgen-un|2007-2016|Ban Ki-moon||Q1253
IGO|secgen-un|2017-|António Guterres||
IGO|commission-eu|2014-2019|Jean-Claude Juncker|Juncker|
IGO|commission-eu|2019-|Ursula von der Leyen||
IGO|hr-eu|2019-2024|Josep Borrell|Borrell|
IGO|hr-eu|2024-|Kaja Kallas||
IGO|secgen-arab|1979-1990|Chedli Klibi|Chadli Klibi;Klibi|
IGO|secgen-arab|2001-2011|Amr Moussa|Amr Mussa|
IGO|secgen-arab|2016-|Ahmed Aboul Gheit|Aboul Gheit|
IGO|dg-iaea|1997-2009|Mohamed ElBaradei|ElBaradei|
IGO|dg-iaea|2019-|Rafael Grossi|Rafael Mariano Grossi;Grossi|
IGO|dg-who|2017-|Tedros Adhanom Ghebreyesus|Tedros|
IGO|hc-refugees|2016-2025|Filippo Grandi||
IGO|hc-rights|2018-2022|Michelle Bachelet||
IGO|hc-rights|2022-|Volker Türk||
IGO|prosecutor-icc|2021-|Karim Khan||
IGO|secgen-oas|2015-2025|Luis Almagro|Almagro|
IGO|secgen-oas|2025-|Albert Ramdin||
IGO|chair-au|2017-2025|Moussa Faki|Moussa Faki Mahamat|
IGO|chair-au|2025-|Mahmoud Ali Youssouf||
IGO|relief-un|2024-|Tom Fletcher||
`;

/** Leaders of armed groups and movements (no state office); sector REB/CRM/OPP. code|sector|name|aliases(;)|role|Wikidata */
export const GROUP_LEADER_ROWS = `
LBN|REB|Hassan Nasrallah|Sayyed Hassan Nasrallah;Nasrallah|Secretary-General of Hezbollah|
LBN|REB|Naim Qassem|Naim Kassem;Qassem|Secretary-General of Hezbollah|
PSE|REB|Yahya Sinwar|Sinwar|leader of Hamas|
PSE|REB|Khaled Meshaal|Khaled Mashal;Meshaal|Hamas leader|
YEM|REB|Abdul-Malik al-Houthi|Abdul Malik al-Houthi|leader of the Houthis|
SDN|REB|Mohamed Hamdan Dagalo|Hemedti;Dagalo|commander of the Rapid Support Forces|
RUS|REB|Yevgeny Prigozhin|Prigozhin|founder of the Wagner Group|
LBY|MIL|Khalifa Haftar|Khalifa Hifter;Haftar;Hifter|commander of the Libyan National Army|
IRQ|REB|Abu Bakr al-Baghdadi|al-Baghdadi|leader of the Islamic State|
SAU|REB|Osama bin Laden|Osama Bin Laden;bin Laden;Usama bin Laden|founder of al-Qaeda|Q1317
EGY|REB|Ayman al-Zawahiri|al-Zawahiri;Zawahiri|leader of al-Qaeda|
COL|REB|Antonio García|Eliécer Erlinto Chamorro|commander of the ELN|
COL|REB|Iván Mordisco|Ivan Mordisco;Néstor Gregorio Vera|leader of the FARC dissidents (EMC)|
COL|REB|Iván Márquez|Ivan Marquez|leader of the Segunda Marquetalia|
COL|CRM|Dairo Antonio Úsuga|Otoniel|former leader of the Clan del Golfo|
COD|REB|Corneille Nangaa|Nangaa|leader of the Congo River Alliance (AFC)|
COD|REB|Sultani Makenga|Makenga|military leader of M23|
SOM|REB|Ahmed Diriye|Ahmad Umar Abu Ubaidah|leader of al-Shabaab|
MLI|REB|Iyad Ag Ghaly|Iyad ag Ghali|leader of JNIM|
NGA|REB|Abubakar Shekau|Shekau|former leader of Boko Haram|
LKA|REB|Velupillai Prabhakaran|Prabhakaran|leader of the LTTE|
TUR|REB|Abdullah Öcalan|Abdullah Ocalan;Öcalan;Ocalan|founder of the PKK|
AGO|REB|Jonas Savimbi|Savimbi|leader of UNITA|
SLE|REB|Foday Sankoh|Sankoh|leader of the RUF|
MEX|CRM|Ovidio Guzmán|Ovidio Guzman|Sinaloa Cartel figure|
RUS|OPP|Alexei Navalny|Alexey Navalny;Navalny|Russian opposition leader|
`;
