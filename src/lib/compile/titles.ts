/**
 * The words of an office or a rank, lower-cased: what a title before a
 * person's name is made of ("Deputy Defence Minister", "Chief of Staff",
 * "presidential spokesman", "his Ukrainian counterpart"). One list for the
 * two readers of titles: `person-names.ts`, which cuts the title off a name
 * the knowledge lacks, and `mentions.ts`, which finds where such a title
 * starts so that the parties it names are not counted as mentions.
 */
export const OFFICE_WORDS: ReadonlySet<string> = new Set(
  (
    'president vice prime minister ministers deputy first foreign defence defense interior economy finance ' +
    'secretary general chief staff head spokesman spokeswoman spokesperson ambassador envoy adviser advisor ' +
    'aide chairman chairwoman chair speaker member mp senator sen. rep. representative governor mayor ' +
    'commander lieutenant colonel major captain admiral marshal pope pontiff patriarch chancellor premier leader ' +
    'negotiator delegate press presidential state assistant director officer official lawmaker parliamentary ' +
    'senior top former acting counterpart ministry billionaire businessman oligarch tycoon host anchor ' +
    'presenter moderator correspondent interviewer reporter journalist coordinator commissioner rapporteur ombudsman ' +
    'congressman congresswoman ceo executive founder undersecretary under-secretary mep ' +
    // Ireland's prime minister and deputy prime minister: "Tánaiste Simon Harris".
    'taoiseach tánaiste tanaiste ' +
    // The plural before two names: "Presidents Donald Trump and Volodymyr Zelenskyy".
    'presidents secretaries chiefs heads spokesmen spokeswomen ambassadors envoys advisers advisors aides ' +
    'chairmen senators governors mayors commanders generals chancellors premiers leaders negotiators delegates ' +
    'officials lawmakers counterparts deputies congressmen meps'
  ).split(' '),
);

/**
 * The small words inside a title, between its words ("Minister of Defence", "Secretary for the Economy", "Ambassador
 * to the US"): part of a title in its middle, never its first word.
 */
export const TITLE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'to', 'the', 'for']);
