"""Emergency signs of the legs, heart, breath and injuries, in the words people use for them.

From coaching.md §5 and safety-sources.md §2.2-2.4: both legs numb, weak or giving way, sciatica
spreading to the second leg, foot drop; chest pain or pressure; a faint or collapse that just
happened; breathlessness at rest; a fall, crash or knock with back pain; a crack or snap with severe
pain. Rules use `joined` (vocab_emergency.py), so region and symptom may sit in two clauses of one
sentence. Stance is judged in screening.py.
"""
from __future__ import annotations

from core.safety.patterns import PAIN_CONTEXT, Rule
from core.safety.signs import Sign
from core.safety.joining import joined

_EVERYDAY_LEGS = (r"\b(?:leg_\w+|squats?|squatting|lunges?|split squats?|step ups|run|running|ran|race|marathon"
                  r"|cycle|cycling|bike|ride|hike|hiking|doms|pump|burn|pool|swim\w*|laugh\w*"
                  r"|after (?:the |that )?"
                  r"(?:session|workout|set|class)|wall sits?|knees (?:in|caving|collapsed in)|drunk|pints|beers?)\b")
LEGS = (r"both legs|both my legs|my legs|legs|both sides|both thighs|thighs|both knees|knees|two legs|each leg"
        r"|both feet|both calves|both shins|lower half|lower body|from the waist down|waist down")
LEGS_FAIL = (r"giving way|gave way|gives way|give way|giving out|gave out|gives out|give out|buckl\w*|collaps\w*"
             r"|went from under me|go from under me|going from under me|jelly|noodles|rubber|wobbly|wonky"
             r"|just (?:went|gone|go|goes)|went on me|gave up on me|give up on me|not mine|not_mine"
             r"|(?:wont|dont|doesnt|didnt|wouldnt) (?:hold|support|carry|work|cooperate|obey|listen|take my weight)"
             r"|not working|stopped working|weak|weaker|weakness|no (?:strength|power)|(?:lost|losing) (?:\w+ )?(?:strength|power)"
             r"|(?:dont|didnt|doesnt) (?:have it|have any|work)|shaking and giving|giving in|gave in|(?:could|might|will) go"
             r"|wet spaghetti|spaghetti|like (?:noodles|jelly|rubber|water)|fold\w*|go down by themselves"
             r"|heavy as lead|like lead|like concrete|useless|failing|folding|folded|crumpl\w*|keep going|kept going"
             r"|cant (?:trust|rely on|stand on|walk on|feel)|numb|tingling|tingly|pins_and_needles")
_LEGS_NOW = (r"\b(?:since|today|yesterday|this morning|days|hours|now|keep|keeps|kept|again|stairs|walking|walk"
             r"|standing|stand up|stand|chair|getting up|get up|out of bed|scared|scary|worried|for no reason"
             r"|no reason|out of nowhere|havent trained|didnt train|rest day|not from|isnt from|wasnt from"
             r"|back|spine|disc|sciatica|fell|falling|trip|tripping|suddenly|weird|every day|worse|floor|ground"
             r"|ended up|collapsed|went down)\b")
SPREAD = (r"(?:going|goes|went|runs|running|ran|travels|travelling|traveling|shoots|shooting|shot|spreads"
          r"|spreading|spread|moving|moves|moved|coming|radiat\w*) (?:all the way )?(?:down|into|through)")
FOOT = r"foot|feet|toes|toe|ankle|ankles"
FOOT_FAILS = (r"slaps?|slapping|flops?|flopping|floppy|drags?|dragging|dragged|catch|catches|catching|caught|scuffs?"
              r"|(?:doesnt|dont|isnt|wont) (?:lift|lifting|come up|go up|raise|clear)"
              r"|scuffing|scrap\w*|clips?|clipping|snags?|snagging|wont (?:lift|come up|go up|raise|point)"
              r"|cant (?:lift|raise|pull up|point up|flex|bend up|cock)|hangs? (?:down|limp)|hanging|limp|flaps?"
              r"|flapping|slapping down|wont do what")
HEART = r"heart|ticker"
HEART_WRONG = (r"hurts?|hurting|pain|pains|painful|aches?|aching|pressure|tight|tightness|squeez\w*|crush\w*|heavy"
               r"|not right|doesnt feel right|dont feel right|feels? wrong|funny|weird|stabbing|burning|sore")
CHEST = r"chest|breastbone|sternum|ribcage|heart|ticker|behind (?:my |the )?ribs"
CHEST_SIGNS = (r"\b(?:sweat\w*|clammy|sick|nause\w*|dizzy|faint|breathe|left arm|arm|jaw|neck|spreading|spreads|going into"
               r"|radiat\w*|pressure|elephant|crush\w*|squeez\w*|band|vice|heavy|heaviness|off|wrong|not right"
               r"|dont like|dont feel good|scared|worried|worse|spreading|wont (?:go|shift|stop|ease))\b")
_CHEST_EVERYDAY = (r"\b(?:pump|pumped|doms|push ?ups?|press ups?|pressups|bench|dips|flyes|flys|fly|cable|pec|pecs"
                   r"|chest_\w+|stretch\w*|heartburn|reflux|indigestion|spicy|curry"
                   r"|heart rate|heart ?rates?|hr|monitor|zone|broke my heart|heartbroken|heart out|heart set"
                   r"|heart is in|bless)\b")
FLOOR = r"floor|ground|deck|mat|canvas|gym floor"
BREATHE_WRONG = (r"cant|couldnt|can barely|can hardly|could barely|struggl\w*|hard|difficult|trouble|fighting"
                 r"|wont (?:calm|settle|slow|come back)|not easing|isnt easing|cant fill|feels wrong|wrong|not right"
                 r"|not enough|barely|hardly|gasping|straw|tight|heavy|short|shallow|rattl\w*|wheez\w*")
_AT_REST = (r"\b(?:sitting|sat|sit|resting|rest|lying|laying|lie|still|doing nothing|talking|talk|speak|sentence"
            r"|words|lips|blue|since|hours|all day|wont settle|not settling|doesnt settle|getting worse|scared"
            r"|scary|panic|dizzy|walking|stairs|cant stop|hasnt stopped|not stopped|for no|still"
            r"|isnt settling|not going|isnt going|wont go|never had|new|getting worse|worse|minutes|mins|easing"
            r"|not easing|isnt easing|wont ease|half an hour)\b")
_BREATHE_EVERYDAY = (r"\b(?:(?:after|from) (?:the |my |a |that |those )?(?:sprints?|run|set|hill|burpees|intervals|hiit|circuit"
                     r"|swings|carries|sled|sled pushes|emom|amrap|wod|finisher|class"
                     r"|rower|bike|stairs? sprint|finisher|conditioning)|breathe (?:technique|cue"
                     r"|pattern|drill|work|in|out)|brace|bracing|hold (?:my|your) breathe|between sets|cold|blocked nose"
                     r"|hay ?fever|asthma (?:is|was) fine)\b")
FELL = (r"fell|fallen|fall|falling|tumbled?|tumbling|slipped|slip|tripped|went flying|came off|come off|thrown off"
        r"|knocked off|knocked over|went over|wiped out|stacked it|landed|crashed|crash|smashed|t boned|rear ended"
        r"|went into the back of|drove into|ploughed into|hit me|knocked down|run over|ran over|came a cropper|cleaned up by"
        r"|hit by a (?:car|van|cyclist|bike|motorbike|lorry)|went arse over|went head over heels")
_FALL_EVERYDAY = (r"\b(?:asleep|fell behind|fell short|fell through|fell apart|fall apart|off the wagon|in love|sofa|couch"
                  r"|bed|like a truck|by a truck|like a bus|by a bus|crashed out|crash diet|crash course|sugar crash"
                  r"|caffeine crash|landed (?:a|the|my) (?:job|lift|pr|pb|rep)|phone|bar fell"
                  r"|plates? fell|weights? fell|fell off (?:the |my )?(?:program|plan|routine|track|bandwagon))\b")
SEVERE = (r"agony|agonising|agonizing|excruciating|unbearable|screaming|severe|worst pain|10 out of 10|cant move"
          r"|can barely move|can hardly move|couldnt move|unable to move|cant stand|cant get up|couldnt get up"
          r"|on the floor|collapsed|dropped|so much pain|hurts so (?:bad|much)|in bits|killing me|crying|tears"
          r"|took my breathe away|too much|very bad|really bad|serious pain|terrible|awful|horrendous|so bad"
          r"|not (?:be )?able to (?:stand|move|walk|get up)|cant straighten|off the charts|unreal|insane|(?:taking|takes|took) my breathe"
          r" away|cant move for")
CRACK = (r"crack|cracked|cracking|snap|snapped|went snap|crunch|crunched|pop|popped|clunk|bang|twang|noise|sound"
         r"|something (?:go|went|gave|give|break|broke)|(?:go|went|gave) in my back|break|broke"
         r"|like a twig|like a stick|like a gunshot")

# the back as a body part, not a direction: "stepped back", "came back", "back to training" are not it
_BACK = (r"(?:my|the|lower|upper|low|whole|mid) back|(?<!stepped )(?<!step )(?<!stepping )(?<!get )(?<!got )(?<!came )(?<!come )(?<!went )(?<!go )(?<!going )"
         r"(?<!bounce )(?<!bounced )(?<!fell )(?<!fall )back(?! (?:to|on|in|at|home|up|into|and forth|off|out|then|from)\b)"
         r"|spine|tailbone|coccyx")

BODY_RULES: tuple[Rule, ...] = (
    Rule(Sign.BOTH_LEGS_WEAK, joined(LEGS, LEGS_FAIL, 4), context=_LEGS_NOW, without_context="drop",
         unless=_EVERYDAY_LEGS),
    Rule(Sign.BOTH_LEGS_WEAK, joined(LEGS, r"buckl\w*|giving way|gave way|gives way|give way|giving out|gave out|gives out"
                                           r"|went from under me|keep (?:going|failing|collapsing)", 8),
         context=_LEGS_NOW, without_context="drop", unless=_EVERYDAY_LEGS),
    Rule(Sign.BOTH_LEGS_WEAK, r"\bcant (?:trust|rely on) (?:my )?(?:legs|knees)\b|\blegs (?:keep|kept) (?:going|failing)\b"
                              r"|\b(?:(?:struggl\w*|unable) to|cant|couldnt|cannot) (?:stand|get|push) up (?:from|off|out of) (?:a |the |my )?"
                              r"(?:chair|sofa|couch|bed|toilet|floor)\b",
         unless=_EVERYDAY_LEGS),
    Rule(Sign.BOTH_LEGS_WEAK, joined(LEGS, r"(?:cant|dont|do not|cannot) trust|wont hold me|cant hold me|could go at any"
                                          r"|go from under|not (?:doing|going) (?:what|where) i", 8), unless=_EVERYDAY_LEGS),
    Rule(Sign.BOTH_LEGS_NERVE, joined(r"both legs|both my legs|both sides|both feet|both calves|both thighs|each leg|both pins"
                                      r"|both buttocks|both glutes|other leg|other side|left and right|right and left",
                                      f"sciatica|nerve|pain|pains|shooting|electric\\w*|burning|numb|tingl\\w*"
                                      f"|pins_and_needles|{SPREAD}|zaps?|zapping|asleep|sleeping|static|fizzy|fizzing|buzzing"
                                      f"|cardboard|(?:wont|dont|doesnt) wake up|made of|not_mine|on fire|involved|electric"
                                      f"|hurts?|burning|numbness|cant feel", 5),
         unless=r"\b(?:cold|freezing|frozen|snow|ice bath|winter|fell asleep|crossed|sat on|sitting on|pump|doms)\b"),
    Rule(Sign.BOTH_LEGS_WEAK, joined(LEGS, r"like (?:concrete|lead|stone|wood|dead weights?)|heavy as lead|useless|not_mine"
                                          r"|(?:barely|hardly|cant|couldnt) (?:lift|move|raise|feel) them|wont (?:hold|support|carry) me"
                                          r"|(?:dont|wont|doesnt) work|stopped working|no (?:strength|power)"
                                          r"|(?:lost|losing) (?:all |my |their )?(?:strength|power)|(?:just )?(?:didnt|dont) have it"
                                          r"|giving in|gave in|give in", 6), unless=_EVERYDAY_LEGS),
    Rule(Sign.BOTH_LEGS_NERVE, joined(r"feet|legs|shins|calves|soles|thighs",
                                      r"numb|numbness|tingl\w*|pins_and_needles|cotton wool|cardboard|wrapped in|asleep"
                                      r"|buzzing|fizzy|static|cant feel|no feeling", 8),
         context=r"\b(?:both|either)\b", without_context="drop",
         unless=r"\b(?:cold|freezing|frozen|snow|ice bath|fell asleep|crossed|sat on|sitting|sat|pump|doms"
                r"|leg_\w+|squats?|both (?:sessions|days|workouts|sets|times|of my sessions))\b"),
    Rule(Sign.BOTH_LEGS_NERVE, joined(r"either foot|either leg|both feet|both legs|both soles",
                                      r"(?:cant|barely|hardly|not sure i can|cannot) (?:really |properly )?feel (?:the )?"
                                      r"(?:floor|ground|pedals?)", 8)),
    Rule(Sign.BOTH_LEGS_NERVE, r"\b(?:double|bilateral) sciatica\b|\bsciatica (?:on|in|down|into) both\b"
                               r"|\b(?:now|and) (?:its |it is |theyre |they are )?(?:in |down |into |going down )?both"
                               r"(?: legs| sides| of them)?(?= \||$| (?:legs|sides|now|too|as well|of them|feet)\b)"
                               r"|\b(?:spread|spreading|moved|gone|going|went) (?:in|into|down|to) the other (?:leg|side)\b"
                               r"|\b(?:left|right) (?:leg|side)\b(?: \w+| \|){0,10} (?:now|too|also|as well)(?: \w+){0,6}"
                               r" (?:the )?(?:other|right|left) (?:one|leg|side)\b"
                               r"|\b(?:left|right) (?:leg|side|calf|foot|thigh|buttock)\b(?: \w+| \|){0,10} now(?: \w+){0,3}"
                               r" (?:the )?(?:other|left|right)\b|\bin both (?:at once|at the same time)\b",
         context=r"\b(?:sciatica|nerve|pain|pains|shooting|electric\w*|burning|numb|tingl\w*|pins_and_needles|hurts"
                 r"|goes|going|runs|running|spreading)\b", without_context="drop"),
    Rule(Sign.FOOT_DROP, joined(FOOT, FOOT_FAILS, 4),
         unless=r"\b(?:dropped (?:a|the) (?:plate|weight|dumbbell|bar)|on my foot|stubbed"
                r"|tripped over (?:a|the|my) (?:\w+ )?(?:bag|plate|mat|cable|dog|kerb|curb|step)|bar|rope|skipping"
                r"|box jumps?|sled|heel drop|calf raises?|toes to bar|toe touch\w*|foot position|foot placement)\b"),
    Rule(Sign.FOOT_DROP, r"\b(?:cant|couldnt|unable to) (?:walk|stand|go) on (?:my )?(?:heels?|tiptoes|toes)\b"
                         r"|\b(?:cant|couldnt|unable to|wont) (?:lift|raise|pull|point|bring|flex|cock) (?:my |the )?"
                         r"(?:toes|foot|feet|front of (?:my |the )?foot)(?: \w+){0,2} (?:up|towards me)\b"
                         r"|\b(?:foot|feet) (?:hits|hit|slaps|smacks|lands|slams) (?:the )?(?:ground|floor|down)"
                         r" (?:like|flat)\b|\b(?:doesnt|dont|wont|cant) clear the (?:ground|floor|step|kerb)\b"
                         r"|\b(?:keep|keeps|kept) tripping over (?:my )?(?:own )?(?:toes|feet|foot)\b"),
    Rule(Sign.CHEST_PAIN, joined(HEART, HEART_WRONG, 5), unless=_CHEST_EVERYDAY),
    Rule(Sign.CHEST_PAIN, joined(CHEST, r"burning|tight|tightness|pain|hurts|ache|aching|heavy|heaviness|pressure|vice"
                                        r"|squeez\w*|press|pressing|pushing|weight|sore|off|wrong|not right", 6),
         context=CHEST_SIGNS, without_context="drop", unless=_CHEST_EVERYDAY),
    Rule(Sign.CHEST_PAIN, joined(r"jaw", r"(?:left )?arm|arms|shoulder", 5),
         context=r"\b(?:pain|pains|hurts|hurting|ache|aching|tight|pressure|heavy|numb|tingl\w*)\b",
         without_context="drop", unless=r"\b(?:curls?|press|punch\w*|boxing|sparring)\b"),
    Rule(Sign.FAINTING, r"\bnext thing i (?:knew|know|remember)\b|\blights (?:went |go )?out\b"
                        r"|\b(?:came|come|coming|woke|woken) (?:round|around|to|up) (?:on|in) (?:the )?"
                        rf"(?:{FLOOR}|changing room|floor of)\b|\b(?:i was|ended up|found myself|i am|im) (?:lying |laying )?"
                        rf"(?:on|flat on) (?:the )?(?:{FLOOR})\b(?: \w+){{0,6}} (?:people|staff|someone|everyone"
                        r"|around me|over me|ambulance|paramedics|no idea|dont remember|didnt know)\b"
                        r"|\b(?:vision|sight|eyes|everything) (?:went|goes|started going|closed in|tunnel\w*|faded)\b"
                        r"(?: \w+| \|){0,5} (?:dropped|collapsed|went down|hit the|fell|floor|ground|passed|blacked)\b"
                        r"|\b(?:dropped|went down|collapsed|fell) like a (?:sack|stone|tree|bag)\b",
         unless=r"\b(?:sofa|couch|bed|bar|plates?|dumbbells?|weights?|phone)\b"),
    Rule(Sign.BREATHLESS, joined(r"breathe|for air|enough air|any air|get air|the air|take air|out of breathe|short of breathe|winded",
                                 BREATHE_WRONG, 4),
         context=_AT_REST, without_context="drop", unless=_BREATHE_EVERYDAY),
    Rule(Sign.BREATHLESS, r"\b(?:out|short) of breathe\b", context=_AT_REST, without_context="drop",
         unless=_BREATHE_EVERYDAY),
    Rule(Sign.BREATHLESS, r"\b(?:cant|couldnt|can barely|can hardly) (?:get|catch|take|draw|pull) (?:a |my |enough |any )?"
                          r"(?:breathe|air|breathes|oxygen)(?: in)?\b|\b(?:cant|couldnt|can barely|can hardly) (?:talk|speak"
                          r"|finish a sentence|say a sentence)\b(?: \w+){0,6} (?:breathe|air)\b"
                          r"|\bbreathing through a straw\b|\blips (?:are |look |going |have gone |turned )?blue\b"
                          r"|\b(?:every|after every|each) (?:few |couple of |two |three )?words? to breathe\b"
                          r"|\bstop (?:mid sentence|talking|mid word) to breathe\b",
         unless=_BREATHE_EVERYDAY),
    Rule(Sign.BREATHLESS, r"\bbreathe back\b|\bbreathe (?:isnt|wont|doesnt|not) (?:coming|come) back\b",
         context=r"\b(?:minutes|mins|hours|ages|still|struggl\w*|wont|cant|long|since)\b", without_context="drop",
         unless=_BREATHE_EVERYDAY),
    Rule(Sign.FALL_OR_CRASH, r"\b(?:in|had|was in) a (?:\w+ )?(?:smash|shunt|prang|pile up|collision)\b",
         context=PAIN_CONTEXT, without_context="drop", unless=_FALL_EVERYDAY),
    Rule(Sign.FALL_OR_CRASH, joined(FELL, _BACK, 8, parts_between=True),
         context=PAIN_CONTEXT,
         without_context="drop", unless=_FALL_EVERYDAY),
    Rule(Sign.FALL_OR_CRASH, r"\b(?:went|drove|ploughed|plowed|smashed|crashed|slammed|ran|bumped|rammed|piled)"
                             r" (?:straight |right )?into (?:the (?:back|side) of )?(?:me|my car|my van|my bike|us)\b"
                             r"|\b(?:hit|knocked) (?:me )?off (?:my|the) (?:bike|motorbike|scooter|horse)\b"
                             r"|\b(?:written|wrote) (?:my|the) car off\b|\bcar (?:was|got) written off\b",
         context=PAIN_CONTEXT, without_context="drop", unless=_FALL_EVERYDAY),
    Rule(Sign.HEARD_A_CRACK, joined(CRACK, SEVERE, 12, parts_between=True),
         context=r"\b(?:back|spine|disc|lumbar|bar|lift|lifting|deadlift|squat|picked|pick|bent|bending|twist\w*)\b",
         without_context="drop",
         unless=r"\b(?:knuckles|neck|knees?|joints?|cracked (?:\d+|a|the) ?(?:kg|pb|pr|plate)|phone|screen|glass|mirror|bottle|plate|plates|bench|floor tile|tiles|egg|walnut|nut|code|joke|whip|band|rope|creak\w*|squeak\w*|zip|zipper|bag|strap|straps|belt|lace|laces|chair|stick|twig|branch|pen|pencil|crack on"
                r"|pb|pr|record|stretch\w*|chiro\w*|relief|felt (?:great|good|better))\b"),
)
