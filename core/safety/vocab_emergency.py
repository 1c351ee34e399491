"""The cauda equina card in the words people use, each region joined to what is wrong with it.

Written from safety-sources.md §2.2 item by item (saddle and back passage, wiping, starting, stopping
and feeling urine, not knowing if the bladder is full, leaks, bowel control and feeling, erection,
ejaculation, feeling during sex) in plain, slang, euphemistic, non-native and dictated words. A region
and its symptom may sit in two clauses of one sentence ("my groin, it's gone numb"; "bladder's full,
but nothing's coming out"): `joined` lets a match cross one clause break, and screening.py keeps it
only within a sentence, with neither part denied. Stance (denied, asked, someone else's, over) is
judged in screening.py as for every rule.
"""
from __future__ import annotations

from core.safety.joining import joined
from core.safety.patterns import Rule
from core.safety.signs import Sign

# --- regions ------------------------------------------------------------------------------------
# normalise.py already folds crotch, taint, perineum, genitals, anus, inner thighs, between my legs,
# down there, back passage, my balls/dick/junk/bits... to "groin"
SEAT = (r"groin|groins|bum|bums|backside|back side|buttocks?|butt|butts|arse|bum cheeks|butt cheeks|arse cheeks"
        r"|ass cheeks|ring piece|ringpiece|sphincter|rectum|privates|private (?:area|parts|bits|region)"
        r"|intimate (?:area|zone|parts|region|bits)|down below|nether regions?|the bit i sit on|what i sit on"
        r"|where i sit|sitting area|sit bones|pelvic floor|willy|todger|knob|cock|dick|shaft|manhood"
        r"|ball ?sack|nut ?sack|sack|inside of (?:my |both |the )*(?:thighs?|legs)|inner legs?|bottom area"
        r"|(?:zone|area|region|part) between (?:my |the )?legs|saddle|perineal|anal")
SEAT_VAGUE = r"bottom|behind|rear|rear end|cheeks|seat|ring|hoop|glutes|glute|package"
# --- what is wrong: feeling ---------------------------------------------------------------------
FEEL_LOST = (r"numb|numbish|tingling|tingly|pins_and_needles|no (?:feeling|sensation|sensitivity)|(?:lost|lose|losing) (?:the |all |my )?"
             r"(?:feeling|sensation)|(?:cant|couldnt|can barely|can hardly|barely|hardly|dont|didnt|cannot) (?:really |properly |even )?feel"
             r"|feel nothing|felt nothing|feels nothing|without (?:any )?feeling|anaesthetised|anesthetised|anaesthetic"
             r"|novocaine|dentist|injected|cotton wool|cardboard|rubbery|rubber|made of (?:wood|plastic)|not_mine|not there|isnt there|not attached"
             r"|muffled|muted|deadened|less (?:feeling|sensation|sensitive)|reduced (?:feeling|sensation)"
             r"|frozen|like (?:its|it is) not|no sensitiv\w*|insensitive|nothing there|unregistering|dulled"
             r"|(?:through|wearing|in) (?:a |thick |rubber )?(?:glove|gloves|sock|cloth|towel)")
FEEL_ODD = r"dead|asleep|fuzzy|weird|strange|odd|funny|different|buzzing|prickly|fizzy|not right|off"
SEAT_EXCUSE = (r"(?<!when i )(?<!whenever i )(?<!if i )\b(?:sitting(?! down)|sat|bike|cycling|cycle|spin|saddle seat|bike seat|drive|driving|flight|plane"
                r"|toilet seat|desk|long haul|train journey|lorry|cab|truck"
                r"|ride|journey|trip|travel\w*|commute|bus|meeting|cinema|film|lecture|exam|wedding|church|podcast|cyclists?"
                r"|cold|freezing|ice bath|swim|horse|bum (?:out|deal|note)"
                r"|bottom (?:of|position)|cheeks? (?:are |were )?(?:red|flushed)|ring finger|rear delts?)\b")
_TRAINED = (r"\b(?:squats?|lunges?|hip thrusts?|bridges|glute \w+|leg_\w+|doms|pump|burn|session|workout|sore|after"
            r"|massage|foam roll\w*|stretch\w*)\b")
# --- what is wrong: urine -----------------------------------------------------------------------
URINE = r"pee|wee|wees|weeing|bladder|stream|urine flow|toilet|loo|urinal|number ones?|passing water|slash"
URINE_STUCK = (r"(?:cant|couldnt|cannot|unable to|not able to|struggl\w* to|hard to|trouble|difficulty) (?:to )?"
               r"(?:get (?:it |the \w+ )?(?:started|going|out)|start(?:ing)?|go|empty|make|finish|pee|wee)"
               r"|nothing (?:is )?(?:coming|comes|came|happens|happened|happening)|(?:wont|doesnt|didnt|wouldnt)"
               r" (?:start|come|flow|come out|go)|takes? (?:forever|ages|so long|a long time|minutes)"
               r"|(?:have|had|having) to (?:strain|push|wait|force)|straining|stuck|blocked|retention"
               r"|stand (?:there )?(?:for )?ages|(?:havent|hasnt|not) (?:been able to )?(?:pee|wee|been)"
               r"|(?:cant|couldnt|dont|doesnt|wont|never) empty|not empty(?:ing)?|still full|never empty"
               r"|full (?:but|and) (?:nothing|cant|wont)|nothing(?= \||$)|trying for (?:ages|\w+ minutes)"
               r"|(?:only|just|barely) (?:squeeze|squeezed|get|got|manage|managed|push|pushed|force|forced) out"
               r"|(?:a few|few|couple of|some) (?:drops|drips|dribbles)"
               r"|(?:barely|hardly|not much|very little|only a little) (?:anything |any )?(?:comes|came|coming) out")
URINE_LEAK = (r"(?:cant|couldnt|cannot|unable to|not able to) (?:stop|hold|control)|(?:wont|doesnt) stop"
              r"|no control|lost control|losing control|leak\w*|dribbl\w*|drips?|dripping|dribs and drabs"
              r"|(?:just |keeps? )?(?:comes|coming|came) out(?: on its own| by itself)?|on its own|by itself"
              r"|without (?:me )?(?:knowing|noticing|feeling|warning|realising|realizing)|pads?|nappy|nappies"
              r"|stops and starts|stop start|on and off|in bits|spurts|weak|weaker|feeble|pathetic|trickle")
URINE_FEEL = (r"(?:cant|couldnt|dont|didnt|doesnt|cannot|barely|hardly|never) (?:really |even |properly )?"
              r"(?:feel|notice|sense|tell|know|realise|realize)|no (?:sensation|feeling|urge|warning)"
              r"|lost (?:the )?(?:feeling|urge|sensation)|numb|(?:only|just) (?:know|knew|realised|realized|noticed)"
              r"|hear it|didnt notice"
              r"|no idea|cant tell|full or (?:not|empty)|empty or (?:not|full)|never (?:get|feel) the urge"
              r"|feels? (?:weird|different|strange|numb|like nothing)")
_URINE_EXCUSE = (r"(?<!when i )(?<!once i )(?<!if i )\b(?:need|needed|have|gotta|got|going|go|quick|dying|busting|cant wait) (?:to )?(?:pee|wee|loo"
                 r"|toilet)\b|\b(?:pee|wee|toilet|loo) (?:break|breaks|trip|trips|stop)\b|\bflow state\b"
                 r"|\bgo with the flow\b|\b(?:live|video|twitch) ?stream\w*\b|\bstream(?:ing|ed)? (?:the|a|my|on|it)\b"
                 r"|\b(?:creatine|coffee|caffeine|pre workout|preworkout|water|drinking|drank|beers?|tea"
                 r"|laughing|laughed|sneez\w*|cough\w*|busy|queue|occupied|engaged|clean|dirty|gross)\b"
                 r"|\b(?:pee|urine) (?:is |was )?(?:clear|yellow|dark|colour|color)\b|\b(?:toilet|loo) (?:roll|paper|seat)\b")
# --- bowels and wind ----------------------------------------------------------------------------
BOWEL = r"poo|poop|pooed|pooped|bowels?|bowls|wind|farts?|farted|farting|back door|number twos?"
BOWEL_WRONG = (r"(?:cant|couldnt|cannot|unable to|not able to) (?:hold|control|stop|feel|tell|clench|keep)"
               r"|no control|lost control|losing control|let go|lets go|leak\w*|accidents?|soil\w*"
               r"|(?:came|comes|slipped|slips|slip|slipping|coming) out|without (?:me )?(?:noticing|feeling|knowing|realising)"
               r"|(?:didnt|dont|never) (?:feel|notice|know|realise|realize)|barely made it|didnt make it"
               r"|couldnt make it|numb|no (?:feeling|sensation|warning)")
_BOWEL_EXCUSE = (r"\b(?:nearly|almost|practically|about to|could have|couldve) (?:\w+ )?(?:shat|shit|pooed|pooped|pee|wet"
                 r"|pissed|weed)\b|\blaugh\w*\b"
                 r"|\b(?:protein|pre workout|preworkout|curry|kebab|coffee|food poisoning"
                 r"|beans|lactose)\b|(?<!when i )(?<!once i )(?<!if i )\b(?:need|needed|have|gotta|got|going|go|quick) (?:to |for )?(?:a )?(?:poo|poop|shit|crap)\b"
                 r"|\bwind (?:down|up|ing)\b|\b(?:gas|crap|shit) (?:gym|session|workout|form|sleep|day|coach|music)\b")
# --- sex ----------------------------------------------------------------------------------------
SEX_ACT = (r"sex|intercourse|orgasms?|climax\w*|ejaculat\w*|making love|masturbat\w*|wank\w*|jerking off"
           r"|in bed with|with (?:my |the )?(?:wife|girlfriend|gf|partner|missus|bird|someone)|foreplay")
SEX_WRONG = (r"numb|no (?:feeling|sensation)|not getting (?:any )?feeling|any feeling|zero (?:feeling|sensation)"
             r"|(?:lose|losing|lost) (?:the |all )?feeling|cant (?:really )?tell|(?:cant|couldnt|barely|hardly|didnt|dont) (?:really |even )?feel"
             r"|felt (?:like )?nothing|feels? (?:like )?nothing|nothing (?:there|happens|happened)|dull|muted"
             r"|less (?:sensitive|sensation|feeling)|(?:cant|couldnt|unable to|not able to) (?:finish|come|cum|climax)")
ERECTION = r"erections?|hard ons?|boners?|stiffy|stiffies|morning wood|morning glory|wood"
_CANT = (r"(?:cant|couldnt|cannot|unable to|not able to|havent been able to|struggl\w* to|trouble|problems?"
         r"|difficulty|hard to|wont|doesnt)")
_PARTNER = (r"\b(?:sex|wife|girlfriend|gf|partner|missus|bird|bed|last night|tried|erection|orgasm|climax|someone"
            r"|masturbat\w*|wank\w*|back|since|injury|never|anymore|any more|lately)\b")

EMERGENCY_RULES: tuple[Rule, ...] = (
    Rule(Sign.SADDLE_NUMBNESS, joined(SEAT, FEEL_LOST, 7), unless=SEAT_EXCUSE),
    Rule(Sign.SADDLE_NUMBNESS, joined(SEAT, FEEL_ODD, 5), unless=SEAT_EXCUSE + "|" + _TRAINED),
    Rule(Sign.SADDLE_NUMBNESS, joined(SEAT_VAGUE, FEEL_LOST, 3), unless=SEAT_EXCUSE + "|" + _TRAINED),
    Rule(Sign.SADDLE_NUMBNESS, joined(r"wipe|wiping|wiped|toilet paper|toilet roll|loo roll|bog roll|tissue|paper"
                                      r"|clean myself|cleaning myself|cleaning up",
                                      f"{FEEL_LOST}|{FEEL_ODD}", 8),
         unless=r"\b(?:bench|machine|equipment|sweat|mat|down the)\b"),
    Rule(Sign.BLADDER_BOWEL, joined(URINE, f"{URINE_STUCK}|{URINE_LEAK}|{URINE_FEEL}", 7), unless=_URINE_EXCUSE),
    Rule(Sign.BLADDER_BOWEL, joined(r"peeing|weeing|urinating|pissing|i pee|i wee|i go", URINE_FEEL, 4),
         unless=_URINE_EXCUSE),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:havent|hasnt|not|cant|couldnt|didnt|unable to) (?:been able to |managed to |able to )?"
                             r"(?:pass |do |had |have |go for )?(?:a )?(?:pee|wee|been for a (?:pee|wee))\b(?: \w+){0,3}"
                             r" (?:since|all day|in \d+|for \d+|hours|today"
                             r"|yesterday|last night|this morning)\b"
                             r"|\b(?:dont|cant|never|no longer) (?:know|tell|feel|sense) when (?:i )?(?:need|have|want) to"
                             r" (?:go|pee|wee)\b"
                             r"|\b(?:cant|couldnt|never|dont|doesnt|wont|not) (?:seem to |quite |ever |really )?(?:fully |completely"
                             r" |properly )?empty(?= \||$| (?:my bladder|out|it|properly|fully|all the way|completely)\b)",
         unless=_URINE_EXCUSE),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:wet|pee|pissed|weed|poo|pooed|pooped|shat|shit|crapped|soiled|messed)"
                             r" (?:a (?:little|bit|tiny bit|tad) |slightly |abit |a little bit )?(?:in |into |on )?(?:myself|my self"
                             r"|my (?:pants|shorts|trousers|boxers|underwear|bed|joggers|kecks|undies))\b"
                             r"|\b(?:wet|wetting|wetted) (?:the|my) bed\b|\bwoke up (?:in|to|on) (?:a )?(?:wet|soaked|damp) (?:bed|sheets)\b"
                             r"|\bwet (?:patch|patches) (?:on|in) (?:my )?(?:pants|shorts|trousers|boxers|underwear|joggers)\b"
                             r"|\b(?:pants|shorts|trousers|boxers|underwear|joggers) (?:were |are |was |got )?(?:wet|damp|soaked|soiled)\b",
         unless=_BOWEL_EXCUSE + r"|\b(?:sweat\w*|rain|swim\w*|pool|spilled|spilt|water bottle|shake|dog|cat|kids?|baby"
                                r"|son|daughter|drunk|pissed up|beers?)\b"),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:had|have had|having|there was) an? (?:little |lil |small |slight |tiny |bit of an? )"
                             r"accident\b|\baccidents? (?:in|on) (?:my )?(?:pants|shorts|trousers|boxers|underwear|bed)\b",
         unless=r"\baccident (?:with|involving) (?:the|a|an|my)\b(?! (?:bladder|bowels?|pee|poo))"
                r"|\b(?:car|bike|road|work|crash|plate|bar|dropped|kitchen|toe|finger|hand|head|glass|spilled|spilt"
                r"|coffee|shake|protein|dog|cat|baby|kid|kids)\b"),
    Rule(Sign.BLADDER_BOWEL, joined(BOWEL, BOWEL_WRONG, 4), unless=_BOWEL_EXCUSE),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:no|lost|losing|zero|poor|little) (?:bladder|bowel|poo|pee) control\b"),
    Rule(Sign.BLADDER_BOWEL, r"\bleak(?:s|ed|ing)?\b(?: \w+| \|){0,4} (?:didnt|dont|without|never|cant|couldnt)"
                             r" (?:even )?(?:notice|noticing|feel|feeling|realise|realize|realising|know|knowing|stop|control)\b",
         unless=r"\b(?:bottle|shaker|roof|tap|pipe|water|news|oil|car|tent|tyre|boat|info|data|details|story|sweat"
                r"|bag|shake|cup|ceiling|window)\b"),
    Rule(Sign.BLADDER_BOWEL, r"\bbums? (?:is |keeps |has been |has started )?(?:leak\w*|soil\w*)\b"
                             r"|\b(?:cant|couldnt|unable to) (?:clench|tighten|squeeze) (?:my )?(?:bum|backside|arse|sphincter)\b"
                             r"|\b(?:cant|couldnt) (?:tell|know) (?:if|whether|cant tell) (?:its |it is )?(?:wind|a fart|gas)\b"
                             r"|\bcant tell (?:its |it is )?(?:wind|a fart|gas)\b|\b(?:wind|a fart|gas) or (?:poo|a poo|worse)\b"),
    Rule(Sign.SEXUAL_FUNCTION, joined(SEX_ACT, SEX_WRONG, 6), unless=r"\b(?:leg_day)\b"),
    Rule(Sign.SEXUAL_FUNCTION, r"\b(?:erection|erections|hard on|boner)s? (?:\w+ )?(?:goes|go|went|going) (?:away|soft|down)"
                               r" (?:straight away|immediately|right away|quickly|fast|in seconds|too soon)\b"
                               r"|\b(?:erection|erections|hard on|boner)s? (?:wont|doesnt|dont|cant) (?:last|stay|hold)\b"),
    Rule(Sign.SEXUAL_FUNCTION, rf"\b{_CANT} (?:get|getting|keep|keeping|stay|staying|maintain\w*|have|having) (?:it up|hard"
                               r"|an erection|erections|a boner|a hard on|wood|stiff)\b"
                               r"|\bno (?:more )?(?:morning wood|morning glory|erections?|boners?|hard ons?|stiffies)\b"
                               r"(?! (?:problems?|issues?|trouble|worries))"
                               rf"|\b(?:{ERECTION}) (?:is |are |has |have )?(?:gone|stopped|disappeared|vanished|weak|weaker"
                               r"|soft|not (?:happening|working|there)|problems?|trouble|issues)\b",
         unless=r"\b(?:wood (?:floor|chip|work|en)|plates?|bar)\b"),
    Rule(Sign.SEXUAL_FUNCTION, rf"\b(?:cant|couldnt|cannot|unable to|not able to|havent been able to|struggl\w* to)"
                               r" (?:really )?(?:come|cum|finish|climax|orgasm|ejaculate|bust|get there)"
                               r"(?= \||$| (?:with|during|in|when|since|any|anymore|properly|last|lately|at|for|either"
                               r"|now|no|like|and)\b)",
         context=_PARTNER, without_context="drop",
         unless=r"\b(?:set|sets|rep|reps|session|workout|workouts|program|plan|meal|food|class|run)\b"),
    Rule(Sign.SEXUAL_FUNCTION, joined(r"groin|willy|todger|knob|cock|dick|manhood|little guy|man bits|junk",
                                      r"nothing (?:happens|happening|happened|going on|doing|stirring)|no (?:response|life|action|reaction)"
                                      r"|(?:wont|doesnt|dont|didnt|isnt) (?:respond\w*|react\w*|wake up|do anything|get hard|rise)"
                                      r"|dead to the world|lifeless|limp", 5),
         unless=r"\b(?:gym|equipment|cold|shrinkage)\b"),
    Rule(Sign.SEXUAL_FUNCTION, r"\b(?:willy|dick|cock|groin|knob|todger|little guy|junk|soldier|man|manhood|down there"
                               r"|equipment|tackle) (?:doesnt|isnt|wont|not|has stopped|stopped|cant) (?:really )?"
                               r"(?:work|working|respond\w*|cooperat\w*|rise|rising|play ball|get up|stand up|function\w*)\b",
         unless=r"\b(?:gym|equipment (?:is|isnt) (?:broken|working))\b"),
)

