// Venezuela: government, forces, officials, opposition, and the criminal groups of the case.
import { type ActorEntry, group, org, person } from './actors-types.ts';

const PSUV = 'PSUV';

export const venezuelaActors: ActorEntry[] = [
  org('Venezuelan Government', 'VEN', 'GOV', null, ['Government of Venezuela', 'Venezuelan government', 'Venezuelan regime', 'Venezuelan Executive', 'Gobierno de Venezuela', 'Gobierno venezolano', 'gobierno venezolano', 'régimen venezolano', 'Miraflores', 'Miraflores Palace', 'Palacio de Miraflores', 'Chavismo', 'chavismo', 'chavistas'], { heads: ['government', 'regime', 'gobierno', 'régimen'] }),
  org('Bolivarian National Armed Forces', 'VEN', 'MIL', null, ['FANB', 'Fuerza Armada Nacional Bolivariana', 'Venezuelan Armed Forces', 'Venezuelan armed forces', 'Venezuelan military', 'Venezuelan army', 'Venezuelan Army', 'Fuerzas Armadas venezolanas', 'Venezuelan forces', 'Venezuelan troops'], { heads: ['armed forces', 'military'] }),
  org('Bolivarian National Guard', 'VEN', 'MIL', null, ['Guardia Nacional Bolivariana', 'GNB', 'Venezuelan National Guard'], {}),
  org('Bolivarian Militia', 'VEN', 'MIL', null, ['Milicia Nacional Bolivariana', 'Milicia Bolivariana', 'Bolivarian National Militia'], { heads: ['militia'] }),
  org('Bolivarian Navy of Venezuela', 'VEN', 'MIL', null, ['Armada Bolivariana', 'Venezuelan Navy'], {}),
  org('Bolivarian National Police', 'VEN', 'POL', null, ['Policía Nacional Bolivariana', 'PNB', 'Venezuelan police'], {}),
  org('Bolivarian National Intelligence Service', 'VEN', 'INTEL', null, ['SEBIN', 'Sebin', 'Servicio Bolivariano de Inteligencia Nacional'], { heads: ['agency'] }),
  org('Directorate General of Military Counterintelligence', 'VEN', 'INTEL', null, ['DGCIM', 'Dirección General de Contrainteligencia Militar'], { heads: ['agency'] }),
  org('National Assembly of Venezuela', 'VEN', 'LEG', null, ['Venezuelan National Assembly', 'Asamblea Nacional de Venezuela', 'Asamblea Nacional'], { heads: ['assembly'] }),
  org('Supreme Tribunal of Justice', 'VEN', 'JUD', null, ['Tribunal Supremo de Justicia', 'TSJ', 'Venezuelan Supreme Court', "Venezuela's Supreme Court"], { heads: ['court', 'tribunal'] }),
  org('National Electoral Council', 'VEN', 'GOV', null, ['Consejo Nacional Electoral', 'CNE', 'Venezuelan electoral council'], { heads: ['council'] }),
  org('Ministry of Foreign Affairs of Venezuela', 'VEN', 'GOV', null, ['Venezuelan Foreign Ministry', 'Venezuelan foreign ministry', 'Cancillería venezolana', 'Cancillería de Venezuela'], { heads: ['ministry', 'foreign ministry'] }),
  org('Ministry of Defense of Venezuela', 'VEN', 'MIL', null, ['Venezuelan Defense Ministry', 'Venezuelan defense ministry', 'Ministerio de la Defensa'], { heads: ['ministry'] }),
  org('Petróleos de Venezuela', 'VEN', 'BUS', null, ['PDVSA', 'Petroleos de Venezuela, S.A.', 'Petróleos de Venezuela, S.A.'], { heads: ['company', 'state oil company', 'oil company'] }),
  org('United Socialist Party of Venezuela', 'VEN', 'PTY', null, ['PSUV', 'Partido Socialista Unido de Venezuela'], { heads: ['party'] }),
  org('Venezolana de Televisión', 'VEN', 'MED', null, ['VTV', 'Venezolana de Television'], { heads: ['broadcaster', 'channel', 'network'] }),
  group('Venezuelan officials', 'VEN', 'GOV', null, ['Venezuelan authorities', 'Venezuelan government officials', 'autoridades venezolanas', 'funcionarios venezolanos'], {}),
  group('Venezuelan opposition', 'VEN', 'OPP', null, ['oposición venezolana', 'Unitary Platform', 'Plataforma Unitaria', 'Vente Venezuela'], {}),
  group('Tren de Aragua', 'VEN', 'CRM', null, ['TdA', 'Tren de Aragua gang', 'Tren de Aragua cartel'], { heads: ['gang', 'group', 'organization', 'banda', 'pandilla'] }),
  group('Cartel de los Soles', 'VEN', 'CRM', null, ['Cartel of the Suns', 'Cártel de los Soles', 'Cartel of the Sun'], { heads: ['cartel', 'cártel', 'group', 'organization'] }),
  // officials (roles as of late 2025)
  person('Nicolás Maduro', 'VEN', 'GOV', 'Q57413', ['Nicolás Maduro Moros', 'Maduro'], { role: 'President of Venezuela', roles: ['president', 'venezuelan president', 'president of venezuela', 'venezuelan leader', 'leader of venezuela', 'presidente venezolano', 'presidente de venezuela', 'mandatario venezolano', 'líder venezolano', 'strongman'], party: PSUV }),
  person('Diosdado Cabello', 'VEN', 'GOV', null, ['Diosdado Cabello Rondón', 'Cabello'], { role: 'Minister of the Interior', roles: ['interior minister', 'minister of the interior', 'minister of interior', 'minister of interior, justice and peace', 'interior and justice minister', 'ministro del interior', 'ministro de interior', 'ministro de interior, justicia y paz', 'ministro del interior, justicia y paz'], party: PSUV }),
  person('Delcy Rodríguez', 'VEN', 'GOV', null, ['Delcy Eloína Rodríguez'], { role: 'Executive Vice President of Venezuela', roles: ['vice president', 'executive vice president', 'venezuelan vice president', 'vicepresidenta', 'vicepresidenta ejecutiva'], party: PSUV }),
  person('Jorge Rodríguez', 'VEN', 'LEG', null, ['Jorge Rodríguez Gómez'], { role: 'President of the National Assembly', roles: ['president of the national assembly', 'national assembly president', 'presidente de la asamblea nacional'], party: PSUV }),
  person('Vladimir Padrino López', 'VEN', 'MIL', null, ['Vladimir Padrino', 'Padrino López', 'Padrino'], { role: 'Minister of Defense', roles: ['defense minister', 'minister of defense', 'minister of defence', 'defence minister', 'ministro de defensa', 'ministro de la defensa'], party: PSUV }),
  person('Yván Gil', 'VEN', 'GOV', null, ['Yván Gil Pinto', 'Yvan Gil'], { role: 'Minister of Foreign Affairs', roles: ['foreign minister', 'minister of foreign affairs', 'canciller', 'ministro de relaciones exteriores'], party: PSUV, noSurname: true }),
  person('Tarek William Saab', 'VEN', 'JUD', null, ['Tarek Saab', 'William Saab'], { role: 'Attorney General of Venezuela', roles: ['attorney general', 'fiscal general', 'venezuelan attorney general', 'prosecutor general'], party: PSUV, noSurname: true }),
  person('Freddy Ñáñez', 'VEN', 'GOV', null, ['Ñáñez'], { role: 'Minister of Communication', roles: ['communications minister', 'information minister', 'ministro de comunicación'], party: PSUV }),
  person('Héctor Obregón', 'VEN', 'BUS', null, ['Obregón'], { role: 'President of PDVSA' }),
  person('Cilia Flores', 'VEN', 'GOV', null, ['Flores'], { role: 'First Lady of Venezuela', party: PSUV, noSurname: true }),
  person('Domingo Hernández Lárez', 'VEN', 'MIL', null, ['Hernández Lárez'], { role: 'Commander of the Strategic Operational Command' }),
  person('Hugo Chávez', 'VEN', 'GOV', 'Q8440', ['Hugo Rafael Chávez Frías', 'Chávez', 'Hugo Chavez'], { role: 'former President of Venezuela' }),
  person('Alex Saab', 'VEN', 'BUS', null, [], { noSurname: true }),
  person('Tareck El Aissami', 'VEN', 'GOV', null, ['El Aissami'], { role: 'former Vice President of Venezuela' }),
  // opposition
  person('María Corina Machado', 'VEN', 'OPP', null, ['Maria Corina Machado', 'Machado'], { role: 'opposition leader', roles: ['opposition leader', 'líder opositora', 'nobel laureate', 'nobel peace prize winner'], party: 'Vente Venezuela' }),
  person('Edmundo González Urrutia', 'VEN', 'OPP', null, ['Edmundo González', 'Edmundo Gonzalez', 'González Urrutia'], { role: 'opposition presidential candidate', noSurname: true }),
  person('Juan Guaidó', 'VEN', 'OPP', null, ['Guaidó', 'Juan Guaido', 'Guaido'], {}),
  person('Leopoldo López', 'VEN', 'OPP', null, ['Leopoldo Lopez'], { noSurname: true }),
  person('Henrique Capriles', 'VEN', 'OPP', null, ['Henrique Capriles Radonski', 'Capriles'], {}),
  // criminal figures
  person('Héctor Guerrero Flores', 'VEN', 'CRM', null, ['Niño Guerrero', 'Nino Guerrero'], { role: 'leader of Tren de Aragua', roles: ['leader of tren de aragua', 'tren de aragua leader'], noSurname: true }),
];
