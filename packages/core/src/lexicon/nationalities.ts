import { wordSet } from './words.js';

/**
 * Nationality, ethnic, religious and party adjectives and their plurals. They are capitalised but never
 * a person on their own: "Iranian Major", "Iraqi militia leader", "Sunnis and Kurds".
 */
export const NATIONALITY_WORDS = wordSet(`
  afghan afghans albanian albanians algerian algerians american americans angolan argentine argentinian
  armenian armenians australian australians austrian austrians azerbaijani azeri bahraini bahrainis
  bangladeshi bangladeshis belarusian belgian belgians bolivian bosnian brazilian brazilians british briton
  britons bulgarian burmese cambodian cameroonian canadian canadians chadian chilean chileans chinese
  colombian colombians congolese croatian cuban cubans cypriot czech danish dane danes dutch ecuadorian
  egyptian egyptians emirati emiratis english eritrean estonian ethiopian ethiopians european europeans
  filipino filipinos finnish french frenchman georgian georgians german germans ghanaian greek greeks
  guatemalan haitian haitians honduran hungarian icelandic indian indians indonesian indonesians iranian
  iranians iraqi iraqis irish israeli israelis italian italians ivorian jamaican japanese jordanian
  jordanians kazakh kenyan kenyans korean koreans kosovar kurdish kurd kurds kuwaiti kuwaitis kyrgyz
  latvian lebanese liberian libyan libyans lithuanian macedonian malaysian malian maltese mauritanian
  mexican mexicans moldovan mongolian montenegrin moroccan moroccans mozambican namibian nepalese nepali
  nigerian nigerians nigerien norwegian omani pakistani pakistanis palestinian palestinians panamanian
  paraguayan persian peruvian polish portuguese qatari qataris romanian romanians russian russians rwandan
  salvadoran saudi saudis scottish senegalese serbian serb serbs singaporean slovak slovenian somali
  somalis south-african spanish sri sudanese swedish swede swiss syrian syrians taiwanese tajik tanzanian
  thai tunisian tunisians turkish turk turks turkmen ugandan ukrainian ukrainians uruguayan uzbek
  venezuelan venezuelans vietnamese welsh yemeni yemenis zambian zimbabwean
  arab arabs arabic asian asians african africans western westerner westerners eastern gulf latin
  latino latinos latina hispanic hispanics caucasian soviet soviets african-american african-americans
  sunni sunnis shia shias shiite shiites shi'ite alawite alawites druze christian christians muslim
  muslims jewish jew jews catholic catholics protestant protestants evangelical evangelicals hindu
  hindus sikh sikhs buddhist buddhists yazidi yazidis coptic copt copts orthodox islamic islamist
  islamists jihadi jihadist jihadists salafi salafist zionist
  democrat democrats democratic republican republicans gop conservative conservatives liberal liberals
  labour tory tories socialist socialists communist communists libertarian independent independents
  progressive progressives green greens
`);
