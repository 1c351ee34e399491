"""Vocabulary for the signs of safety-sources.md and coaching.md §5 that concepts.py left thin.

Written from the sources, sign by sign, in the words people use (plain, slang, non-native, dictated):
feeling when wiping, stopping the stream, passing urine or wind unnoticed, numbness during sex, foot
drop, breathlessness, night sweats, weight loss, mid-back pain without a strain, cancer, weak
immunity, one weak leg, pain that rest does not ease, no improvement over weeks.
Stance (denied, asked, someone else's, over) is judged in screening.py as for every rule.
"""
from __future__ import annotations

from core.safety.concepts import near
from core.safety.patterns import PAIN_CONTEXT, PAIN_STRICT, Rule
from core.safety.signs import Sign
from core.safety.vocab_urgent import ON_A_CUT

_FEEL_LESS = (r"(?:numb|numbness|tingl\w*|pins_and_needles|dead|fuzzy|different|weird|strange|odd|funny"
              r"|cant (?:really |properly )?feel|couldnt feel|dont feel|didnt feel|barely feel|hardly feel"
              r"|feel nothing|felt nothing|no feeling|less feeling|no sensation|reduced sensation"
              r"|without feeling|not feel|not the same)")
_PASSING = (r"(?:peeing|weeing|pissing|urinating|passing (?:urine|water|wind)|farting|pooing|pooping"
            r"|going to the (?:toilet|loo|bathroom)|on the (?:toilet|loo)|when i go)")
_SEX = r"(?:sex|orgasm|orgasms|climax|climaxing|ejaculat\w*|intercourse|in bed with|making love|masturbat\w*)"
_FOOT = r"(?:foot|feet|toes|ankle)"
_FOOT_DROPS = (r"(?:drops|dropping|dropped|slaps|slapping|flops|flopping|floppy|drags|dragging|catches"
               r"|catching|scuffs|scuffing|trips|tripping|wont lift|cant lift|cant pull up|wont come up"
               r"|hangs|hanging|limp|cant raise|wont raise|cant point up|flaps|flapping)")
_BREATH = (r"(?:out of breath|short of breath|shortness of breath|breath|breathing|breathe|air|gasp\w*"
           r"|puff\w*|winded)")
_BREATH_WRONG = (r"(?:cant|couldnt|struggl\w*|hard|harder|difficult|trouble|laboured|labored|fight\w*"
                 r"|not getting enough|not enough|barely|hardly|no|lost|losing|heavy|short|shallow)")
_SWEAT = r"(?:sweat|sweats|sweating|sweaty|drenched|soaked|soaking|wringing wet|damp|clammy)"
_NIGHT = r"(?:night|nights|sleep|sleeping|asleep|bed|sheets|pillow|pyjamas|pajamas|woke|wake|waking|3am|4am)"
_NOT_TRAINING = (r"\b(?:workout|training|session|sets|gym|run|running|cardio|sauna|hot room|heating|heatwave"
                 r"|summer|duvet|blanket|hot night|warm night|air con|aircon|nightmare|hangover|beers?)\b")
_WEIGHT = r"(?:weight|kg|kgs|kilos|pounds|lbs|stone)"  # "5kg" is read as "5 kg" (normalise.py)
_UNEXPLAINED = (r"\b(?:without trying|not trying|no reason|not dieting|not on a diet|without dieting|no idea"
                r"|dont know why|unexplained|unintentional\w*|eating (?:normally|the same|more|as usual|loads"
                r"|plenty)|not sure why|cant explain|out of nowhere|by itself|on its own|appetite|clothes"
                r" (?:are )?(?:loose|baggy|hanging)|belt|not cutting|not on a cut|havent changed)\b")
_CUTTING = r"\b(?:cut|cutting|diet|dieting|calorie|calories|deficit|fasting|keto|weigh in|goal|shred\w*)\b"
_MID_BACK = (r"(?:between (?:my |the )?shoulder ?blades|mid back|midback|middle of (?:my |the )?back|upper back"
             r"|thoracic|behind my ribs|under my shoulder ?blades?|bra line|around my ribs)")
_NO_STRAIN = (r"\b(?:no strain|not from|didnt (?:lift|do|strain|pull|tweak)|havent (?:lifted|trained|done)"
              r"|no reason|out of nowhere|nothing (?:happened|caused)|no injury|for no|not after|at rest"
              r"|at night|wakes me|woke me|doing nothing|not training|didnt train|no idea why|came on"
              r"|constant|all the time|dont know why|by itself|on its own)\b")
_CANCER = (r"(?:cancer|tumou?r|chemo\w*|radiotherapy|radiation|oncolog\w*|leuka?emia|lymphoma|myeloma"
           r"|metasta\w*|carcinoma|melanoma|sarcoma|malignan\w*|the big c|in remission|remission)")
_IMMUNE = (r"(?:immuno\w*|immune (?:system )?(?:is )?(?:weak|weakened|low|suppressed|compromised|shot)"
           r"|(?:weak|weakened|low|poor|compromised|suppressed|rubbish|bad) immune|transplant|hiv"
           r"|biologics?|methotrexate|humira|azathioprine|tacrolimus|ciclosporin|cyclosporine"
           r"|anti ?rejection|on chemo|diabet\w*)")
_REST_DOESNT_HELP = (r"(?:(?:rest|resting|rested|lying down|lie down|laying down|sleep|time off|days off|week off"
                     r"|break|sitting|heat|ice|ibuprofen|painkillers|paracetamol|stretching)(?: \w+){0,4}"
                     r" (?:doesnt|didnt|dont|isnt|hasnt|wont|not|no|never|nothing) (?:help|helps|helped|helping"
                     r"|ease|eases|eased|easing|work|works|worked|change|touch|do|did|make|shift|budge|better)"
                     r"|(?:doesnt|didnt|wont|not|never) (?:ease|eases|easing|settle|settles|settling|calm|calming"
                     r"|let up|letting up|subside|subsiding|shift|budge|budging|go down)"
                     r"|no (?:relief|difference|let up|change|improvement) (?:from|with|after|when|even)"
                     r"|even (?:when|while|after|with) (?:i )?(?:rest|resting|lying|lie|laying|sitting|sleep|off))")
_WEEKS = (r"(?:weeks|week|fortnight|month|months|(?:2|3|4|5|6|8|10|12) weeks|six weeks|three weeks|a while|ages"
          r"|since (?:january|february|march|april|may|june|july|august|september|october|november|december))")
_NO_BETTER = (r"(?:no better|not better|not any better|no improvement|not improving|not improved|hasnt improved"
              r"|havent improved|hasnt got better|hasnt gotten better|not getting better|isnt getting better"
              r"|still the same|same as|still there|still hurts|still sore|still painful|not going away"
              r"|hasnt gone|not gone|wont go|still aching|still bad|no change|hasnt changed|same pain"
              r"|not shifting|hasnt shifted|not budging|hasnt budged|not healing|hasnt healed)")
_ONE_LEG = r"(?:(?:left|right|one|my) (?:leg|thigh|calf|knee|hip|quad)|one side)"
_WEAK = (r"(?:weak|weaker|weakness|gives? way|gave way|giving way|buckl\w*|no power|no strength|lost strength"
         r"|losing strength|wont hold|cant hold|cant push|cant lift|gives out|gave out|giving out|not working"
         r"|doesnt work|wont work|useless|floppy|feeble)")
_LEG_WORK = r"\b(?:leg_day|leg day|squats?|lunges?|split squats?|after (?:the )?run|doms|pump|burn|fatigue|cramp\w*|lol)\b"

VOCABULARY_RULES: tuple[Rule, ...] = (
    # --- emergency: the rest of the cauda equina card ---
    Rule(Sign.SADDLE_NUMBNESS, near(r"(?:wipe|wiping|wiped|toilet paper|loo roll|tissue|cleaning myself)",
                                    _FEEL_LESS, 8)),
    Rule(Sign.BLADDER_BOWEL, near(_PASSING, _FEEL_LESS, 5)),
    Rule(Sign.BLADDER_BOWEL, near(r"(?:stream|flow|pee|wee|piss|urine|weeing|peeing)",
                                  r"(?:stops|stopping|stopped|cuts out|cutting out|cut out|starts and stops"
                                  r"|stop start|on and off|comes and goes|in bits|spurts|weak|weaker|pathetic"
                                  r"|feeble|trickle|trickles|slow|takes forever|takes ages|wont stop|cant stop"
                                  r"|cant start|wont start|hesitant|hesitat\w*|interrupted)", 4),
         unless=r"\b(?:need|needed|have|gotta|got|go|going|quick|dying|busting) (?:to )?(?:pee|wee)\b"
                r"|\b(?:flow state|in the flow|go with the flow|workflow|cash flow|live stream|streaming"
                r"|stream(?:ed)? (?:the|a|my|on))\b|\b(?:blood|air) flow\b"),
    Rule(Sign.BLADDER_BOWEL, near(r"(?:bladder|pee|wee|toilet|loo)",
                                  r"(?:full or (?:not|empty)|empty or (?:not|full)|whether its full|if its full"
                                  r"|if its empty|still full|never empty|not empty|doesnt empty|wont empty"
                                  r"|no urge|dont get the urge|no need|dont need to go|cant sense|dont know when)", 6)),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:lost|losing|no) (?:control of|control over) (?:my )?(?:bladder|bowels?|pee|poo)\b"
                             r"|\b(?:wet|wetting|pissed|peed|pooed|soiled) (?:myself|the bed|my pants|my shorts)"
                             r" (?:without|and didnt|and dont)\b|\b(?:didnt|dont|cant) (?:even )?(?:feel|notice|know)"
                             r" (?:i was|im|when im|that i was) (?:peeing|weeing|going|leaking|farting)\b"),
    Rule(Sign.SEXUAL_FUNCTION, near(_SEX, _FEEL_LESS, 6)),
    Rule(Sign.SEXUAL_FUNCTION, near(r"(?:penis|dick|cock|knob|willy|todger|genitals?|private parts|privates"
                                    r"|balls|testicles|scrotum|down below|down there|man bits)",
                                    _FEEL_LESS, 5),
         unless=r"\b(?:bike|cycling|cycle|saddle|spin|sitting|sat|cold|swim|kidding|joking|lol)\b"),
    Rule(Sign.FOOT_DROP, near(_FOOT, _FOOT_DROPS, 4),
         unless=r"\b(?:kidding|lol|haha|dropped (?:a|the) (?:plate|weight|dumbbell|bar)|on my foot"
                r"|tripped over (?:a|the|my) (?:\w+ )?(?:bag|plate|mat|cable|dog|kerb|curb|step))\b"),
    Rule(Sign.FOOT_DROP, r"\bfoot drop\b|\bdrop foot\b|\b(?:slapping|slaps) (?:my |the )?foot\b"
                         r"|\b(?:cant|couldnt|unable to) (?:lift|raise|pull up|point up|walk on) (?:my )?(?:heel|heels"
                         r"|toes|foot|front of my foot)\b"),
    Rule(Sign.BREATHLESS, near(_BREATH, _BREATH_WRONG, 3),
         context=r"\b(?:resting|rest|sitting|sat|lying|still|doing nothing|since|suddenly|all day|cant stop"
                 r"|chest|scared|scary|worried|getting worse|not from|for no|walking|stairs|talking|talk"
                 r"|sentence|speak|words|lips|blue|dizzy)\b", without_context="drop",
         unless=r"\b(?:after (?:the |my |a )?(?:sprint|run|set|hill|burpees|intervals|hiit|circuit|rower|bike"
                r"|stairs? sprint)|lol|haha|kidding|breath of fresh|breathing (?:technique|cue|pattern|drill|work)"
                r"|brace|bracing|hold (?:my|your) breath|between sets)\b"),
    Rule(Sign.BREATHLESS, r"\b(?:cant|couldnt|can barely|can hardly) (?:get|catch|take|draw) (?:a |my |enough |any )?"
                          r"(?:breath|breathe|air)\b|\bgasping for (?:air|breath)\b|\bstruggling for (?:air|breath)\b"
                          r"|\b(?:cant|couldnt) (?:finish|speak in|say) (?:a )?(?:sentence|full sentence|words)\b",
         unless=r"\b(?:after (?:the |my |a )?(?:sprint|run|set|hill|burpees|intervals|hiit)|lol|haha|laughing)\b"),
    # --- more lay words from the E/U/S lists of safety-sources.md §3 ---
    Rule(Sign.SADDLE_NUMBNESS, near(r"(?:back passage|anus|perineum|taint|undercarriage|saddle area|ring piece"
                                    r"|between my legs|down below|nether regions|inner thighs?)", _FEEL_LESS, 5),
         unless=r"\b(?:bike|cycling|cycle|spin|saddle seat|sitting|sat|squat|squats|lunges|kidding|joking|lol)\b"),
    Rule(Sign.FEVER, r"\b(?:shivery|shaky and hot|hot and shivery|flu ?ish|flu like|fluey|proper poorly|really poorly"
                     r"|feel (?:really |very |properly |so )?(?:unwell|ill|rough|awful|terrible|crap|grim)"
                     r"|sweating and shaking|shaking and sweating|teeth chattering|running a temp|high temp"
                     r"|temp of|burning hot|roasting and freezing|freezing then boiling)\b",
         context=PAIN_CONTEXT, without_context="drop",
         unless=r"\b(?:hangover|hungover|after (?:the )?(?:session|workout|run|leg day)|doms|lol)\b"),
    Rule(Sign.FAINTING, r"\bheart (?:is |was )?(?:racing|pounding|going mad)\b(?: \w+){0,4} (?:dizzy|light headed"
                        r"|lightheaded|faint|woozy|room spinning)\b|\b(?:dizzy|light headed|lightheaded)\b"
                        r"(?: \w+){0,4} heart (?:is |was )?(?:racing|pounding)\b"),
    Rule(Sign.NIGHT_OR_REST_PAIN, rf"\b(?:{PAIN_STRICT}|back)\b(?: \w+){{0,4}} (?:worse|worst) (?:when |if )?"
                                  r"(?:lying|laying|lie|lay|in bed|at night|resting|i rest|i lie)\b"),
    Rule(Sign.FALL_OR_CRASH, r"\b(?:fell|fallen|came off|come off|thrown off) (?:\w+ ){0,2}(?:from|off) (?:a |the |my )?"
                             r"(?:height|ladder|roof|wall|scaffold\w*|loft|tree|horse|motorbike|bike)\b"
                             r"|\b(?:hit by|knocked over by|knocked off by) (?:a |the )?(?:car|van|motorbike|cyclist)\b"
                             r"|\b(?:car|road|motorbike) (?:accident|crash|smash)\b|\brear ended\b",
         context=PAIN_CONTEXT, without_context="ask",
         unless=r"\b(?:like a truck|like a bus|asleep|sofa|couch|bed|lol|haha)\b"),
    Rule(Sign.BOTH_LEGS_WEAK, r"\b(?:keep|keeps|kept) (?:stumbling|tripping|falling over)\b"
                              r"|\blegs (?:are |keep |have been )?(?:getting )?weaker\b",
         unless=_LEG_WORK),
    Rule(Sign.BRITTLE_BONES, near(r"(?:osteoporosis|osteopenia|thin bones|brittle bones|bone density|steroids"
                                  r"|prednisone|prednisolone|pred)",
                                  r"(?:fell|fall|slipped|tripped|twisted|lifted|lifting|sneezed|coughed|bent down)", 10),
         unless=r"\b(?:gear|cycle|juice|roids|anabolic|natty)\b"),
    # --- urgent ---
    Rule(Sign.NIGHT_SWEATS, near(_SWEAT, _NIGHT, 5),
         unless=_NOT_TRAINING + r"|\b(?:dream|nightmare|hot|heat|warm)\b"),
    Rule(Sign.NIGHT_SWEATS, r"\b(?:change|changing|changed) (?:the |my )?(?:sheets|pyjamas|pajamas|t shirt|shirt)"
                            r"(?: \w+){0,4} (?:night|sweat\w*|soaked|drenched|wet)\b"),
    Rule(Sign.WEIGHT_LOSS, near(r"(?:lost|losing|dropped|dropping|shed|shedding|down|falling|melting|gone)",
                                _WEIGHT, 4),
         context=_UNEXPLAINED, without_context="drop", unless=_CUTTING,
         unless_anywhere=ON_A_CUT),
    Rule(Sign.WEIGHT_LOSS, r"\b(?:clothes|jeans|trousers|shirts?|belt) (?:are |is |feel |getting )?(?:so |really )?"
                           r"(?:loose|baggy|hanging off)\b|\b(?:lighter|thinner|skinnier|wasting away)\b"
                           r"(?: \w+){0,4} (?:without|for no|no reason|not trying|not dieting)\b"
                           r"|\bweight (?:is )?(?:dropping|falling|coming) off\b|\bno appetite\b|\blost my appetite\b",
         context=rf"\b(?:{PAIN_STRICT}|back|spine|unexplained|not trying|no reason|not dieting|eating)\b",
         without_context="drop", unless=_CUTTING,
         unless_anywhere=ON_A_CUT),
    Rule(Sign.MID_BACK_PAIN, near(_MID_BACK, rf"(?:{PAIN_STRICT}|sore|pain|burning|stabbing|throbbing|gnawing"
                                             r"|deep|dull|constant|sharp)", 5),
         context=_NO_STRAIN, without_context="drop",
         unless=r"\b(?:from|after|during|doing|did) (?:\w+ ){0,2}(?:rows?|rowing|pull ?ups?|pullups?|chin ?ups?"
                r"|deadlifts?|shrugs|pulldowns?|face pulls|bench)\b|\b(?:strain|strained|pulled|tweaked|tweak"
                r"|overdid|doms|pump|knot)\b",
         unless_anywhere=r"\b(?:did|doing|done|after|from|since) (?:\w+ ){0,2}(?:rows?|rowing|pull ?ups?|pullups?|chin ?ups?"
                         r"|deadlifts?|shrugs|pulldowns?|face pulls|bench)\b"),
    Rule(Sign.CANCER_HISTORY, _CANCER, context=PAIN_CONTEXT + r"|\b(?:playing up|acting up|flaring|flare)\b",
         unless=r"\b(?:cancer stick|radiation from|phone radiation|cancer research|charity|fundrais\w*"
                r"|run for|race for|sponsor\w*|star sign|zodiac|horoscope|my (?:dad|mum|mother|father|aunt|uncle|nan|grandad|wife|mate)s?)\b"),
    Rule(Sign.WEAK_IMMUNITY, _IMMUNE, context=PAIN_CONTEXT + r"|\b(?:fever|temperature|chills|infection)\b",
         unless=r"\b(?:immune to|immunity to|herd immunity|vitamin c|boost (?:my )?immun\w*)\b"),
    # --- provider ---
    Rule(Sign.ONE_LEG_WEAK, near(_ONE_LEG, _WEAK, 5), context=r"\b(?:since|back|spine|nerve|keeps|kept|foot"
         r"|walking|stairs|suddenly|days|week|worried|new|out of nowhere|not from)\b",
         without_context="drop", unless=_LEG_WORK),
    Rule(Sign.WORSENING_PAIN, near(_WEEKS, _NO_BETTER, 8), context=PAIN_CONTEXT, without_context="drop",
         unless=r"\b(?:bench|squat|deadlift|pb|pr|numbers|lifts|progress|gains|weight|form)\b"),
    Rule(Sign.NIGHT_OR_REST_PAIN, _REST_DOESNT_HELP, context=PAIN_CONTEXT, without_context="drop",
         unless=r"\b(?:bench|squat|deadlift|pb|pr|numbers|lifts|progress|gains|motivation|sleep quality)\b"),
)
