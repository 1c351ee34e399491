"""More of the cauda equina card in everyday words: the euphemisms and roundabout ways people use.

People rarely say "loss of sensation when passing urine". They say they have to look down to check,
that the urge has switched off, that the bladder has no brakes, that things slip out at the back, that
the plumbing stopped working. Each card item gets the signals people describe (the urge, the signal, the
feeling, control, brakes, response) joined to what happened to them (gone, switched off, on mute, can't
clench). Written from safety-sources.md §2.2 and the ways men talk about these things.
"""
from __future__ import annotations

from core.safety.patterns import Rule
from core.safety.signs import Sign
from core.safety.joining import joined
from core.safety.vocab_emergency import SEAT_EXCUSE

_NUMB_LIKE = (r"numb|no (?:feeling|sensation)|zero (?:feeling|sensation)|(?:cant|couldnt|dont|didnt|hadnt|not|never"
              r"|barely|hardly|only half|half) (?:really |even |properly )?(?:feel|felt|feeling)|feels? (?:like )?nothing"
              r"|felt (?:like )?nothing|felt zero|feel nada|nada|muted|dulled|duller|dull|faint and far away|far away"
              r"|(?:local|general) anaesthetic|anaesthetic|bubble wrap|wrapped in|like (?:wood|air)|may as well be air"
              r"|not registering|isnt registering|doesnt register|(?:has )?changed|not normal|doesnt feel normal"
              r"|not like before|(?:doesnt|dont|isnt) feel (?:as before|the same|right|normal)|sleeping|gone to sleep|ants|went quiet|gone quiet|missing|no warmth|warmth")
_GONE = (r"gone|disappeared|vanished|switched off|turned off|on mute|radio silent|missing|isnt there|not there|lost"
         r"|no longer|stopped|(?:dont|didnt|havent|never|cant|not) (?:get|got|feel|felt|sense|notice|have|had)"
         r"|no (?:idea|clue|sense)|guessing|by the clock|cant tell|not sure")
_URGE = (r"urge|(?:the|usual|bladder|that) signal|signal (?:that|to)|the need|need to pee feeling|feeling (?:that i need|of needing|to go|when i need)"
         r"|need the (?:toilet|loo)|needing to go")
_NOT_URGE = (r"\b(?:urge to (?:train|eat|quit|skip|lift|go to the gym|snack)|signal (?:on|at) the gym|phone|wifi|watch|gps"
             r"|tv|radio|satellite|garmin|strava|tracker|reception|bars)\b")

CARD_RULES: tuple[Rule, ...] = (
    # 1-3: saddle, buttocks, wiping
    Rule(Sign.SADDLE_NUMBNESS, joined(r"booty|bum cheek|butt cheek|private part\w*|private part zone|intimate|thighs inside"
                                      r"|inside (?:the |my )?thighs|between the thighs|down below|back end|back there"
                                      r"|rear end|crotch|groin|bottom|backside|wipe|wiping|toilet paper|toilet roll",
                                      _NUMB_LIKE, 6),
         unless=SEAT_EXCUSE + r"|\b(?:hamstrings?|doms)\b"),
    Rule(Sign.SADDLE_NUMBNESS, r"\b(?:pinched|pinch|poked|prodded|touched|touch) (?:my )?(?:bum|backside|bottom|groin|butt)"
                               r"(?: cheek)?\b(?: \w+| \|){0,6} (?:hardly|barely|couldnt|cant|didnt|dont) (?:feel|felt)\b"),
    # 4-5: starting and stopping the stream
    Rule(Sign.BLADDER_BOWEL, r"\bonly (?:a (?:little|bit|tiny bit|dribble|trickle)|a few drops|dribbles) (?:comes|came|come)\b",
         context=r"\b(?:go|pee|wee|toilet|loo|bladder|urinal)\b", without_context="drop"),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:getting|get) (?:my |the )?(?:pee|wee|stream|flow) (?:started|going|to start|out)\b",
         context=r"\b(?:effort|hard|harder|struggle|struggling|difficult|ages|forever|problem|issue|push|strain\w*|trouble"
                 r"|cant|takes)\b", without_context="drop"),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:waiting (?:for it|ages|forever|and waiting)|a waiting game|struggl\w* to (?:pee|wee|start|go)"
                             r"|struggled to start)\b",
         context=r"\b(?:pee|wee|toilet|loo|bladder|urinal|go for a)\b", without_context="drop"),
    Rule(Sign.BLADDER_BOWEL, joined(r"pee|wee|bladder|flow|stream|mid stream|my water",
                                    r"hold (?:\w+ )?back|(?:cant|couldnt|unable to) (?:hold|stop|control|clench|rein)"
                                    r"|lets? go|rein in|no stopping|mind of its own|(?:zero|no) brakes|keeps going"
                                    r"|wont stop|muscle (?:doesnt|does not|wont|isnt) work\w*|escapes?|escaping"
                                    r"|now i cant|cant (?:anymore|any more|at all)|(?:dont|no|lost|havent got) (?:have )?(?:any )?control",
                                    6),
         unless=r"\b(?:laugh\w*|joke|water bottle|hold (?:my|your) breathe|hold it (?:together|in the))\b"),
    # 6: feeling the stream
    Rule(Sign.BLADDER_BOWEL, r"\b(?:look|looking|looked) (?:down )?to (?:check|see|make sure) (?:if |that )?(?:i am|im|it is|its)"
                             r" (?:actually )?(?:pee|going|coming)\b|\bfeeling of (?:the )?pee\b|\bpee just happens\b"
                             r"|\bwatching someone else do it\b"),
    Rule(Sign.BLADDER_BOWEL, joined(r"pee|wee|take a leak|taking a leak|whiz|taking a whiz|slash|pee passing",
                                    _NUMB_LIKE, 5),
         unless=r"\b(?:clear|colour|color|yellow|dark|drink|water bottle)\b"),
    # 7: leaks and pads
    Rule(Sign.BLADDER_BOWEL, r"\b(?:buy|bought|buying|wear|wearing|need|needing|use|using) (?:some )?pads\b"
                             r"|\b(?:pee|urine) (?:\w+ )?escapes?\b|\bleak\w* (?:when|whenever|if) i (?:stand|walk|cough"
                             r"|sneeze|lift|bend|move)\b|\bwet patch on (?:the |my )?(?:\w+ )?(?:chair|seat|sofa|bed)\b"
                             r"|\b(?:arent|isnt|not) (?:staying|stay) in\b",
         unless=r"\b(?:knee|elbow|shin|bench|pads? for (?:my )?(?:knees|elbows)|sweat\w*|spill\w*|drink|water bottle)\b"),
    # 8: not knowing whether the bladder is full
    Rule(Sign.BLADDER_BOWEL, joined(_URGE, _GONE, 6), unless=_NOT_URGE),
    Rule(Sign.BLADDER_BOWEL, r"\bbladder (?:is |has )?(?:gone |been )?(?:on mute|radio silent|switched off|silent|quiet)\b"
                             r"|\b(?:no idea|no clue|cant tell|unsure|guessing) (?:as_to |when )(?:i )?(?:need|needed|have) to"
                             r" (?:go|pee|wee)\b"),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:havent|hadnt|not|never|dont|didnt) (?:ever )?(?:felt|feeling|needed|need|had) (?:like i need"
                             r" |the urge to |the need to |to )?(?:a )?(?:pee|wee|go)\b(?: \w+){0,4} (?:in|for|all)"
                             r" (?:like |about |over )?(?:\d+|a whole|the whole|ages|hours|day|today)\b"
                             r"|\b(?:havent|hadnt|not) (?:needed|felt the need|had the urge) (?:to |a )?(?:pee|wee|go)"
                             r" since (?:breakfast|lunch|this morning|last night|yesterday|\w+day|\d+ ?(?:am|pm)?)\b"
                             r"|\bwithout (?:ever )?feeling (?:that |like )?i (?:needed|need) (?:a |to )?(?:pee|wee|go)\b"
                             r"|\bfull (?:or|\|) empty\b|\bno sense of (?:whether|as_to)\b|\banything in my bladder\b"
                             r"|\bpress (?:on )?my (?:belly|stomach|tummy)\b|\bemptied my bladder\b",
         unless=r"\b(?:phone|battery|tank|gas|petrol|bottle|gym is|class)\b"),
    # 9: bowel control
    Rule(Sign.BLADDER_BOWEL, r"\b(?:leak\w*|mess|messes|stains?|staining|soiling|accidents?|slipping out|slips out|slipped out"
                             r"|shart\w*|follow through)\b",
         context=r"\b(?:back end|bum|backside|bottom|underwear|pants|boxers|myself|cant control|cant stop|dont feel|groin"
                 r"|only notice|notice when|when i check"
                 r"|didnt feel|didnt know|wasnt a fart|not a fart|at the back|back there|happening|today|since)\b",
         without_context="drop",
         unless=r"\b(?:bottle|roof|tap|pipe|water|oil|car|news|bag|shake|chalk|dog|cat|kids?|baby|coffee|paint|food"
                r"|ink|blood|sweat\w*|grass|mud|workout|session|kitchen|mess of|messy|made a mess|hot mess|shake"
                r"|protein)\b"),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:cant|couldnt|unable to) (?:clench|tighten|squeeze)\b(?: \w+){0,3} (?:to )?(?:hold|stop|keep)"),
    # 10: feeling a bowel motion or wind
    Rule(Sign.BLADDER_BOWEL, joined(r"motion|motions|take a dump|taking a dump|kids off at the pool|poo|dump|gas|farts?"
                                    r"|farting|farted|tooting|toot|pass wind|passing wind|wind passing|myself go"
                                    r"|when i go to the (?:loo|toilet)|going to the (?:loo|toilet)|on the (?:loo|toilet)",
                                    _NUMB_LIKE + r"|without (?:knowing|noticing|feeling|the feeling)|escapes"
                                    r"|cant tell|not sure i felt", 8),
         unless=r"\b(?:protein|joke|range of motion|motion (?:sickness|control)|through the motions"
                r"|gas (?:tank|bill|station|money|prices?)|need a poo|before deadlifts)\b"),
    # 11: erection and ejaculation
    Rule(Sign.SEXUAL_FUNCTION, r"\b(?:out of service|out of order|zero response|no response|stopped working|not working"
                               r"|does not become hard|doesnt (?:get|become|go) hard|not getting hard|wont get hard)\b",
         context=r"\b(?:little guy|groin|willy|todger|dick|cock|plumbing|in bed|bedroom|sex|partner|someone"
                 r"|erections?|hard|down there|man bits)\b", without_context="drop",
         unless=r"\b(?:phone|car|app|machine|website|gym|tv|printer|fridge|boiler|lift|elevator|laptop)\b"),
    Rule(Sign.SEXUAL_FUNCTION, r"\b(?:ed|erectile dysfunction)\b(?: \w+){0,4} (?:since|out of nowhere|suddenly|after|now)\b"
                               r"|\b(?:lose|lost|losing) (?:their|my|his|the) (?:erections?|hard ons?|boners?)\b"
                               r"|\bmorning wood (?:has )?(?:totally |completely |just )?(?:gone|disappeared|stopped)\b"
                               r"|\baroused\b(?: \w+| \|){0,6} nothing (?:happens|happened|happening)\b"
                               r"|\b(?:cant|couldnt) (?:really )?feel someone\b|\bnothing (?:is )?working (?:for me )?in bed\b"),
    # 12: genital feeling during sex
    Rule(Sign.SEXUAL_FUNCTION, joined(r"sexy time|got busy|getting busy|intimate|being intimate|in bed|bedroom"
                                      r"|couldnt feel my partner|cant feel my partner|where i normally would",
                                      _NUMB_LIKE + r"|cant (?:really )?tell", 6),
         unless=r"\b(?:tired|sleep\w*|mattress|pillow)\b"),
)
