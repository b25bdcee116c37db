/**
 * News agencies and wires as they sign stories. A byline's last piece is an agency when it is one of
 * these, or when it ends like one ("Kuwait News Agency", "Press Trust of India").
 */
const KNOWN_AGENCY =
  /^(?:(?:the\s+)?associated\s+press|ap|reuters?|afp|agence\s+france[\s-]presse|upi|united\s+press\s+international|bloomberg(?:\s+news)?|xinhua(?:\s+news\s+agency)?|dpa|deutsche\s+presse-agentur|efe|ansa|kyodo(?:\s+news)?|yonhap|tass|itar-tass|interfax|ria\s+novosti|anadolu(?:\s+agency)?|aap|(?:the\s+)?canadian\s+press|pa|pa\s+media|(?:the\s+)?press\s+association|pti|ians|ani|kuna|wam|irna|mena|petra|bernama|antara|cnn|bbc|npr)$/i;
const AGENCY_ENDING =
  /\s(?:news\s+agency|press\s+agency|news\s+service|wire\s+service|press|newswire|news)$|^press\s+trust\s+of\s+\S+$/i;

/** True for a known wire or a name shaped like one ("Kuwait News Agency"). */
export function isAgencyName(name: string): boolean {
  const cleaned = name.trim().replace(/\.$/, '');
  return KNOWN_AGENCY.test(cleaned) || (AGENCY_ENDING.test(cleaned) && /^[A-Z]/.test(cleaned));
}
