import { wordSet } from './words.js';

/**
 * Common given names in English-language news (English, Arabic, Persian, Kurdish, Turkish, Spanish).
 * A capitalised pair that starts with one of these is a person even with no title or speech verb
 * ("rival Joe Biden" aside, "met Hillary Clinton"). Not exhaustive: other evidence covers the rest.
 */
export const FIRST_NAMES = wordSet(`
  aaron adam adrian alan albert alex alexander alexandria alice alicia allen amanda amber amy andrea andrew
  angela ann anna anne anthony antonio arthur ashley barack barbara ben benjamin bernie beth betsy betty
  bill billy bob bobby brad bradley brandon brian bruce bryan carl carla carly carol caroline catherine
  charles charlie cheryl chris christian christina christine christopher chuck cindy claire colin corey
  cory craig cynthia dan daniel danielle darren dave david dean debbie deborah debra denis dennis diana
  diane dick don donald donna doug douglas dylan ed eddie edward elizabeth ellen emily emma eric erica
  erik eugene evan frank fred gary george gerald gina glenn gordon grace greg gregory hannah harold harry
  heather heidi helen henry hillary howard hugh ian jack jacob jake james jamie jane janet jared jason
  jeb jeff jeffrey jennifer jeremy jerry jesse jessica jill jim jimmy joan joe joel john johnny jon
  jonathan jose joseph josh joshua joy joyce juan judith judy julia julian julie justin karen kate
  katherine kathleen kathy katie keith kelly ken kenneth kevin kim kimberly kirsten kyle larry laura
  lauren lawrence lee leon lindsey linda lisa loretta louis lucy luis lynn marco marcus margaret maria
  marie mark martha martin mary matt matthew maxine megan melania melissa michael michele michelle mike
  mitch mitt nancy nathan neil nick nicholas nicole nikki oliver pamela pat patricia patrick paul paula
  peter phil philip rachel ralph rand randy ray raymond rebecca reince rex richard rick rob robert robin
  roger ron ronald rose roy rudy russell ruth ryan sally sam samantha samuel sandra sarah scott sean
  sharon shawn sheila stephanie stephen steve steven susan tammy ted terry thomas tim timothy tina todd
  tom tommy tony tracy tyler valerie vanessa victor victoria vincent virginia walter wayne wendy william
  willie zach
  abdullah abdul abdel abbas adel adnan ahmad ahmed akram ali amir amr anwar ashraf ayman bashar bassam
  faisal fadel farid fouad hadi haidar haider hamid hamza hassan hasan hussein hossein husayn ibrahim
  imad ismail jalal jamal jawad kamal karim khaled khalid mahdi mahmoud majid mansour marwan masoud
  mohammad mohammed muhammad mohamed mustafa nabil nasser nouri nuri omar osama qassem qasim qais rashid
  saad saddam salah saleh salim sami samir tariq walid yasser yousef youssef yusuf zaid
  hoshyar iraj javad mahmoud hassan ebrahim ruhollah akbar reza mojtaba abolfazl masoumeh fatemeh
  fatima zahra layla leila nadia noor rania yasmin mustafa kazem kadhim muqtada nechirvan masrour barham
  recep ahmet mehmet mevlut binali
  carlos diego fernando francisco javier jorge juan manuel miguel pablo pedro rafael ricardo sergio
  vladimir dmitry sergei sergey alexei mikhail volodymyr petro viktor xi li wang narendra imran
  emmanuel angela theresa boris justin shinzo jacinda benjamin naftali yair
`);
