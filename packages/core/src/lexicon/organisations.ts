import { phraseSet, wordSet } from './words.js';

/**
 * Capitalised last words that make a run an organisation: "Kurdistan Democratic Party", "Badr
 * Organisation", "Islamic Revolutionary Guards Corps", "Popular Mobilisation Forces", "Quds Force".
 */
export const ORGANISATION_HEADS = wordSet(`
  party parties organisation organization organisations organizations forces force corps army armies navy
  guard guards brigade brigades battalion battalions regiment division militia militias movement front
  alliance coalition bloc union unions league federation confederation association associations society
  council committee commission board bureau agency authority administration department ministry office
  secretariat directorate service services police gendarmerie court tribunal assembly parliament congress
  senate house cabinet government caucus campaign foundation fund trust institute institution university
  college school academy hospital clinic centre center laboratory lab group groups company co corp corp.
  corporation inc incorporated ltd limited llc plc holdings industries enterprises partners bank airlines
  airways motors media news network networks times post journal tribune herald gazette telegraph guardian
  observer independent express chronicle review magazine press broadcasting television radio channel tv
  studios records entertainment pictures systems technologies technology solutions energy petroleum oil
  gas mining insurance securities capital investments ventures exchange reserve embassy consulate mission
  church mosque synagogue diocese order brotherhood mujahideen taliban hezbollah hizbollah hamas
  network watch institute initiative project programme program club team fc squad convention conference
  summit forum investigations affairs resources studies relations operations laboratories mines
`);

/**
 * Capitalised words that end an organisation's name but begin or head nothing: "Swiss Bank Corp
 * International", "RBC Capital Markets". Inside a run ("Minister of International Trade", "Vice
 * President for International Services") they are part of a title or a department.
 */
export const ORGANISATION_LAST_WORDS = wordSet(`
  international markets
`);

/** Lower-case nouns after a name that make it an organisation: "Ahl al-Kahf militia", "Al-Nujaba group". */
export const ORGANISATION_NOUNS = wordSet(`
  militia militias group groups party movement faction organisation organization brigade brigades
  battalion network company firm agency ministry network newspaper daily channel broadcaster website
  outlet magazine bank insurer carrier airline charity union coalition alliance bloc front gang cartel
  clan tribe institute think-tank
`);

/**
 * Well-known organisations named in one word or an acronym. Kept short: a name used with a speech verb
 * or expanded in parentheses is found without it.
 */
export const KNOWN_ORGANISATIONS = wordSet(`
  reuters afp ap bloomberg xinhua tass ria itar-tass anadolu irna isna fars tasnim bbc cnn msnbc nbc cbs
  abc fox npr pbs politico politifact axios breitbart buzzfeed gallup quinnipiac rasmussen ipsos yougov
  pentagon kremlin congress senate nato un unicef unesco unhcr who wto imf opec opcw iaea interpol
  europol frontex eu fbi cia nsa dhs doj dod epa fda cdc nasa irs ice tsa atf dea sec fcc ftc fec gop
  dnc rnc naacp aclu nra fed treasury hamas hezbollah hizbollah taliban isis isil daesh al-qaeda al-qaida qaeda
  al-shabaab shabaab houthis hashd irgc pmf pmu sdf ypg pkk fsa
  google facebook twitter apple microsoft amazon netflix tesla uber meta instagram youtube tiktok
  wikileaks walmart exxon exxonmobil chevron boeing airbus toyota samsung huawei
`);

/** Multi-word names that neither end in an organisation word nor come with an acronym. */
export const KNOWN_ORGANISATION_PHRASES = phraseSet(`
  White House | Supreme Court | Downing Street | Capitol Hill | Wall Street | Secret Service |
  Red Cross | Red Crescent | Human Rights Watch | Amnesty International | Islamic State | Al Qaeda |
  New York Times | Washington Post | Wall Street Journal | Associated Press | Fox News |
  Federal Reserve | Scotland Yard | Green Party | Muslim Brotherhood | Kataib Hezbollah |
  Asaib Ahl al-Haq | Saraya al-Salam | European Union | United Nations | Goldman Sachs | Wells Fargo |
  Morgan Stanley | Planned Parenthood | Black Lives Matter | Tax Policy Center | Tax Foundation |
  General Electric | General Motors | General Mills | General Dynamics | National Amusements
`);

/**
 * Organisations whose name a run of capitalised words cannot hold: a possessive ("Moody's said",
 * "People's Daily") or an "and" ("Securities and Exchange Commission") inside it, so the words on either
 * side would read as names of their own ("Moody", "Exchange Commission"). Only names no person's
 * possessive is likely to share ("Christie's" is also Chris Christie's, "McDonald's" also Laquan
 * McDonald's).
 */
export const ORGANISATIONS_ACROSS_RUNS = phraseSet(`
  Moody's | Standard and Poor's | Standard & Poor's | People's Daily | People's Liberation Army |
  People's Bank of China | Macy's | Sotheby's |
  Securities and Exchange Commission | Ways and Means Committee | Food and Drug Administration |
  Organisation for Economic Cooperation and Development | Organization for Economic Cooperation and Development |
  Organisation for Economic Co-operation and Development | Organization for Economic Co-operation and Development |
  American Telephone and Telegraph | Nippon Telegraph and Telephone | Nippon Telephone and Telegraph |
  Procter and Gamble | Procter & Gamble | Johnson and Johnson | Johnson & Johnson | Marks and Spencer |
  Marks & Spencer | Barnes and Noble | Barnes & Noble | Department of Health and Human Services |
  Department of Housing and Urban Development | Bureau of Alcohol, Tobacco, Firearms and Explosives
`);

/** Capitalised short words in capitals that are not organisations ("TV", "OK", "COVID"). */
export const NOT_ACRONYMS = wordSet(`
  tv ok am pm ad bc ce bce vs ceo cfo coo cto gdp gmt utc est edt pst pdt bst cet id ii iii iv vi vii viii
  ix xi xii xx dj mc mp mps pr qa faq url usb dvd cd pc it mr mrs dr rip lol omg covid hiv aids sars ebola
  dna rna ufo vip wmd ied ieds rpg rpgs usd eur gbp uk us usa uae dc la nyc
  a i
`);
