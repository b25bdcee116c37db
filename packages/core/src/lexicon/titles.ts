import { reportingLemmaOf } from './reporting-verbs.js';
import { wordSet } from './words.js';

/** Courtesy titles: the next capitalised words are a person's name ("Mr. Clarke", "Dr Ali"). */
export const HONORIFICS = wordSet(`
  mr mrs ms miss mx dr sir dame messrs mme mlle herr
`);

/**
 * Titles printed before a name, capitalised ("Foreign Minister Hoshyar Zebari", "Sen. David Perdue",
 * "Maj. Gen. Ali"). A capitalised run that ends in one of these and has words after it is a role plus
 * a name; one with nothing after it ("Iranian Major") is not a person.
 */
export const TITLE_WORDS = wordSet(`
  president vice-president minister premier chancellor ambassador envoy consul secretary
  senator sen rep representative congressman congresswoman congressmember delegate assemblyman assemblywoman
  governor gov lt lieutenant mayor councillor councilor councilman councilwoman alderman speaker
  judge justice magistrate prosecutor attorney solicitor barrister
  king queen prince princess emperor empress sultan emir sheikh shaikh sheik crown duke duchess lord lady baron
  ayatollah imam mullah cleric pope cardinal archbishop bishop rabbi reverend rev father pastor patriarch
  general gen maj major colonel col brigadier brig captain capt commander cmdr cdr admiral adm sergeant sgt
  corporal cpl private pvt lance marshal field-marshal commodore
  chief chairman chairwoman chair chairperson director spokesman spokeswoman spokesperson commissioner
  superintendent supt inspector detective det officer constable sheriff marshal warden
  professor prof dr doctor
  president-elect nominee candidate leader
  ceo cfo coo chief-executive founder
  manager economist banker analyst strategist
`);

/** Words that qualify a title ("Former Iraqi Foreign Minister", "Deputy Prime Minister"). */
export const TITLE_MODIFIERS = wordSet(`
  former ex acting deputy vice assistant associate senior junior chief first second grand supreme high
  foreign prime interior defence defense finance health justice state home trade oil economy education
  labour labor energy transport transportation agriculture environment culture information communications
  treasury commerce housing security intelligence military national federal regional provincial local
  executive managing general attorney press public principal late then outgoing incoming retired top
  district circuit appeals chief-of-staff staff army navy air naval police party majority minority
  presidential prime-minister secretary-general under interim caretaker
  u.s us uk un eu
`);

/**
 * Lower-case nouns that name what a person is, printed before the name ("militia leader Abu Mahdi
 * al-Muhandis", "campaign spokesman Jason Miller") or heading an apposition ("Zebari, a leader in ...").
 */
export const ROLE_NOUNS = wordSet(`
  leader commander chief head founder president minister ambassador envoy official spokesman spokeswoman
  spokesperson secretary senator lawmaker legislator congressman congresswoman governor mayor deputy
  adviser advisor aide assistant strategist manager director chairman chairwoman chair executive ceo
  candidate nominee rival challenger opponent incumbent contender running-mate mate surrogate supporter
  lawyer attorney prosecutor judge justice counsel analyst expert economist scientist researcher professor
  scholar historian journalist reporter correspondent editor columnist commentator anchor host writer
  author activist campaigner organiser organizer cleric imam priest bishop rabbi preacher
  officer general colonel captain soldier fighter militant commander-in-chief
  member delegate representative diplomat negotiator mediator consultant pollster
  businessman businesswoman tycoon billionaire entrepreneur investor banker owner partner
  actor actress singer rapper star musician director player coach striker athlete
  student teacher doctor physician surgeon nurse resident witness survivor victim mother father son
  daughter wife husband brother sister widow uncle aunt cousin friend colleague ally
  chancellor premier president-elect vice-president governor-elect mayor-elect
  whistleblower insider operative strategist fundraiser donor veteran fellow moderator
`);

/** Words a role may start with after a comma: "Zebari, a leader in ...", "Amiri, leader of ...". */
export const APPOSITION_DETERMINERS = wordSet(`a an the his her their its our`);

/** Name particles written in lower case inside a name ("Abu Mahdi al-Muhandis", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = wordSet(`
  al el bin ibn bint ben abu abd abdel abdul van von der den de del della di da du dos das le la ter ten y
`);

/**
 * Words that follow "Secretary of", "Minister of", "Ambassador to" and belong to the title, not to the
 * name: "Secretary of State Mike Pompeo" must give "Mike Pompeo", never "State Mike".
 */
export const DEPARTMENT_WORDS = wordSet(`
  state defense defence justice health interior foreign affairs finance treasury commerce energy education
  agriculture labor labour transportation transport housing veterans homeland security trade industry
  environment culture information communications oil economy planning youth sport sports tourism water
  electricity higher religious endowments displacement migration women human rights the and of for
  public works urban development international
`);

/** Verbs of thinking that, like verbs of saying, have somebody (or some body) as subject. */
const COGNITION_VERBS = wordSet(`
  believes believed thinks thought hopes hoped contends contended maintains maintained
`);

/**
 * A verb of saying or thinking: a capitalised run next to one is somebody (or some body) speaking.
 * The verbs of saying are the quotes parser's reporting verbs, so both parsers agree on them.
 */
export const SPEECH_VERBS = {
  has(word: string): boolean {
    return COGNITION_VERBS.has(word) || reportingLemmaOf(word) !== null;
  },
};
