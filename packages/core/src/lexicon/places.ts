import { phraseSet, wordSet } from './words.js';

/** Countries and territories, as commonly written in English news. */
export const COUNTRIES = phraseSet(`
  Afghanistan | Albania | Algeria | Andorra | Angola | Argentina | Armenia | Australia | Austria |
  Azerbaijan | Bahamas | Bahrain | Bangladesh | Barbados | Belarus | Belgium | Belize | Benin | Bhutan |
  Bolivia | Bosnia | Bosnia and Herzegovina | Botswana | Brazil | Brunei | Bulgaria | Burkina Faso |
  Burma | Burundi | Cambodia | Cameroon | Canada | Cape Verde | Central African Republic | Chad | Chile |
  China | Colombia | Comoros | Congo | Costa Rica | Croatia | Cuba | Cyprus | Czech Republic | Czechia |
  Denmark | Djibouti | Dominica | Dominican Republic | East Timor | Ecuador | Egypt | El Salvador |
  Equatorial Guinea | Eritrea | Estonia | Eswatini | Ethiopia | Fiji | Finland | France | Gabon | Gambia |
  Georgia | Germany | Ghana | Greece | Grenada | Guatemala | Guinea | Guinea-Bissau | Guyana | Haiti |
  Honduras | Hungary | Iceland | India | Indonesia | Iran | Iraq | Ireland | Israel | Italy |
  Ivory Coast | Jamaica | Japan | Jordan | Kazakhstan | Kenya | Kiribati | Kosovo | Kuwait | Kyrgyzstan |
  Laos | Latvia | Lebanon | Lesotho | Liberia | Libya | Liechtenstein | Lithuania | Luxembourg |
  Madagascar | Malawi | Malaysia | Maldives | Mali | Malta | Mauritania | Mauritius | Mexico |
  Micronesia | Moldova | Monaco | Mongolia | Montenegro | Morocco | Mozambique | Myanmar | Namibia |
  Nauru | Nepal | Netherlands | New Zealand | Nicaragua | Niger | Nigeria | North Korea | N. Korea |
  North Macedonia | Macedonia | Norway | Oman | Pakistan | Palau | Palestine | Panama |
  Papua New Guinea | Paraguay | Peru | Philippines | Poland | Portugal | Qatar | Romania | Russia |
  Rwanda | Samoa | San Marino | Saudi Arabia | Senegal | Serbia | Seychelles | Sierra Leone | Singapore |
  Slovakia | Slovenia | Somalia | Somaliland | South Africa | South Korea | S. Korea | South Sudan | Spain |
  Sri Lanka | Sudan | Suriname | Swaziland | Sweden | Switzerland | Syria | Taiwan | Tajikistan |
  Tanzania | Thailand | Togo | Tonga | Trinidad and Tobago | Tunisia | Turkey | Turkmenistan | Tuvalu |
  Uganda | Ukraine | United Arab Emirates | UAE | United Kingdom | UK | Britain | Great Britain |
  England | Scotland | Wales | Northern Ireland | United States | United States of America | US | U.S. |
  USA | U.S.A. | America | Uruguay | Uzbekistan | Vanuatu | Vatican | Venezuela | Vietnam | Yemen |
  Zambia | Zimbabwe | Gaza | Gaza Strip | West Bank | Crimea | Kurdistan | Hong Kong | Puerto Rico |
  Greenland | Tibet | Chechnya | Darfur | Kashmir | West Germany | East Germany | Soviet Union | USSR |
  Yugoslavia | Czechoslovakia | Rhodesia | Zaire | Ceylon
`);

/** Capitals and large or often-reported cities. */
export const CITIES = phraseSet(`
  Kabul | Tirana | Algiers | Luanda | Buenos Aires | Yerevan | Canberra | Sydney | Melbourne | Vienna |
  Baku | Manama | Dhaka | Minsk | Brussels | La Paz | Sarajevo | Brasilia | Rio de Janeiro | Sao Paulo |
  Sofia | Phnom Penh | Ottawa | Toronto | Montreal | Vancouver | Santiago | Beijing | Shanghai |
  Hong Kong | Wuhan | Bogota | Kinshasa | Havana | Nicosia | Prague | Copenhagen | Cairo | Alexandria |
  Asmara | Addis Ababa | Helsinki | Paris | Marseille | Lyon | Tbilisi | Berlin | Munich | Frankfurt |
  Hamburg | Accra | Athens | Port-au-Prince | Budapest | Reykjavik | New Delhi | Delhi | Mumbai |
  Kolkata | Jakarta | Tehran | Isfahan | Mashhad | Qom | Baghdad | Basra | Mosul | Erbil | Kirkuk |
  Fallujah | Ramadi | Tikrit | Najaf | Karbala | Samarra | Sulaimaniyah | Dublin | Jerusalem |
  Tel Aviv | Haifa | Rome | Milan | Naples | Tokyo | Osaka | Amman | Astana | Nairobi | Mombasa |
  Pristina | Kuwait City | Bishkek | Vientiane | Riga | Beirut | Tripoli | Benghazi | Vilnius |
  Kuala Lumpur | Bamako | Nouakchott | Mexico City | Chisinau | Ulaanbaatar | Rabat | Casablanca |
  Maputo | Yangon | Kathmandu | Amsterdam | The Hague | Rotterdam | Wellington | Auckland | Managua |
  Niamey | Abuja | Lagos | Pyongyang | Oslo | Muscat | Islamabad | Karachi | Lahore | Peshawar |
  Ramallah | Panama City | Lima | Manila | Warsaw | Lisbon | Doha | Bucharest | Moscow |
  St Petersburg | Saint Petersburg | Kigali | Riyadh | Jeddah | Mecca | Medina | Dakar | Belgrade |
  Freetown | Mogadishu | Johannesburg | Cape Town | Pretoria | Seoul | Juba | Madrid | Barcelona |
  Colombo | Khartoum | Stockholm | Geneva | Zurich | Bern | Damascus | Aleppo | Homs | Idlib | Raqqa |
  Deir ez-Zor | Taipei | Dushanbe | Dar es Salaam | Bangkok | Tunis | Ankara | Istanbul | Kampala |
  Kyiv | Kiev | Kharkiv | Odesa | Odessa | Abu Dhabi | Dubai | London | Manchester | Birmingham |
  Edinburgh | Glasgow | Belfast | Washington | New York | New York City | Los Angeles | Chicago |
  Houston | Philadelphia | Phoenix | San Antonio | San Diego | Dallas | San Francisco | Boston |
  Seattle | Miami | Atlanta | Detroit | Denver | Baltimore | Las Vegas | New Orleans | Cleveland |
  Pittsburgh | Minneapolis | St. Louis | Orlando | Tampa | Charlotte | Nashville | Austin | Brooklyn |
  Manhattan | Montevideo | Tashkent | Caracas | Hanoi | Ho Chi Minh City | Sanaa | Aden | Hodeidah |
  Lusaka | Harare | Gaza City | Kandahar | Herat | Mazar-i-Sharif | Tabriz | Shiraz | Ahvaz | Quetta |
  Sinai | Luxembourg | Monaco | Singapore | Vatican City | Bonn | Leningrad | Frankfurt | Zurich |
  Osaka | Nagoya | Kobe | Yokohama | Calgary | Sao Paulo | Hanover | Cologne | Dusseldorf | Stuttgart
`);

export const US_STATES = phraseSet(`
  Alabama | Alaska | Arizona | Arkansas | California | Colorado | Connecticut | Delaware | Florida |
  Georgia | Hawaii | Idaho | Illinois | Indiana | Iowa | Kansas | Kentucky | Louisiana | Maine |
  Maryland | Massachusetts | Michigan | Minnesota | Mississippi | Missouri | Montana | Nebraska | Nevada |
  New Hampshire | New Jersey | New Mexico | New York | North Carolina | North Dakota | Ohio | Oklahoma |
  Oregon | Pennsylvania | Rhode Island | South Carolina | South Dakota | Tennessee | Texas | Utah |
  Vermont | Virginia | Washington | West Virginia | Wisconsin | Wyoming | District of Columbia
`);

export const REGIONS = phraseSet(`
  Middle East | Near East | Far East | Gulf | Persian Gulf | Arabian Peninsula | Levant | Maghreb |
  Sahel | Horn of Africa | Balkans | Caucasus | Central Asia | South Asia | Southeast Asia | East Asia |
  Europe | Asia | Africa | North Africa | West Africa | East Africa | Latin America | South America |
  North America | Central America | Caribbean | Scandinavia | Arctic | Antarctica | Mediterranean |
  Red Sea | Black Sea | Caspian Sea | Mediterranean Sea | Pacific | Atlantic | Indian Ocean |
  Midwest | Silicon Valley | Wall Street | Kurdistan Region | Nineveh | Anbar | Diyala | Salahuddin |
  Babil | Wasit | Dhi Qar | Maysan | Muthanna | Qadisiyah | Dohuk | Duhok | Halabja
`);

/** One name for the different ways of writing the same country, so they make one entity. */
export const PLACE_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['us', 'united states'],
  ['u.s.', 'united states'],
  ['usa', 'united states'],
  ['u.s.a.', 'united states'],
  ['america', 'united states'],
  ['united states of america', 'united states'],
  ['uk', 'united kingdom'],
  ['britain', 'united kingdom'],
  ['great britain', 'united kingdom'],
  ['uae', 'united arab emirates'],
  ['kiev', 'kyiv'],
  ['odessa', 'odesa'],
  ['burma', 'myanmar'],
  ['saint petersburg', 'st petersburg'],
  ['n. korea', 'north korea'],
  ['s. korea', 'south korea'],
]);

/**
 * Capitalised last words that make a run a place: "Green Zone", "Al-Zawra Park", "Tahrir Square",
 * "Nineveh Province", "Baghdad International Airport".
 */
export const PLACE_HEADS = wordSet(`
  park zone square street st road avenue boulevard bridge airport airbase port harbour harbor province
  governorate district county prefecture region valley river mountains mountain mount hills hill island
  islands peninsula strait gulf bay lake sea ocean desert plain plains gate camp crossing checkpoint
  neighbourhood neighborhood quarter village town city suburb highway motorway expressway canal dam
  palace stadium market bazaar compound base barracks coast shore beach canyon forest heights
`);

/** Words before a name that make it a place when nothing else claims it: "in Al-Bab Al-Muzam". */
export const PLACE_PREPOSITIONS = wordSet(`in near outside inside across around toward towards`);

/** "the city of Fallujah", "the province of Anbar": the noun makes the next name a place. */
export const PLACE_NOUNS = wordSet(`
  city town village district province region governorate county state capital neighbourhood
  neighborhood suburb area island port municipality enclave
`);
