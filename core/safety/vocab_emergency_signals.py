"""Emergency signs that are a combination or a change of function rather than one body part's symptom.

- a sudden change in walking: unsteady, stumbling, staggering, losing balance, "walking like I'm
  drunk" (G-Care: gait disturbance); a one-sided limp stays a provider sign (CHANGED_WALKING);
- the heart racing, pounding or fluttering together with dizziness (safety-sources §2.4 E-list);
- pain spreading to the left arm, jaw, neck or throat with exertion or a cold sweat.
Gait disturbance is reported as LEGS_GIVING_WAY (the nearest sign name; no new name for the logs).
"""
from __future__ import annotations

from core.safety.patterns import Rule
from core.safety.signs import Sign
from core.safety.joining import joined

_UNSTEADY = (r"unsteady|wobbly|stumbl\w*|stagger\w*|weaving|drunk|newborn giraffe|baby deer|on (?:a|the) (?:\w+ ){0,3}(?:ship|boat)|clumsy"
             r"|sway\w*|veer\w*|lurch\w*|zig ?zag\w*|listing|drifting (?:to|into)|off balance|(?:losing|lose|lost|loosing) (?:my )?balance"
             r"|balance (?:is )?(?:off|gone|all over the place|shot|terrible|bad)|bumping into (?:walls|things|doors)"
             r"|(?:hold|holding|need|needing|grab\w*) (?:onto |on to )?(?:the )?walls|falling (?:over|to one side|sideways)"
             r"|(?:nearly|almost) (?:fell|fall|fallen|went over|toppled)|fall almost|toppl\w*|heel to toe"
             r"|(?:wont|dont|doesnt|cant|arent) (?:co ?ordinate|go where|do what|listen|take orders|work together)"
             r"|not (?:doing|going) (?:what|where) i|not taking orders|wont do the walking")
_WALKING = r"\b(?:walk\w*|legs|feet|steps?|balance|get around|getting around|moving around|floor|walls|kitchen|bathroom"
_WALKING += r"|toilet|stairs|since|today|this morning|yesterday|everywhere|all over|around|about|suddenly)\b"
_NOT_GAIT = (r"\b(?:words|video|article|post|upon|across|pub|pints?|beers?|hangover|hungover"
             r"|got drunk|was drunk|were drunk|half asleep|tired|sleepy|leg_\w+|squats?|lunges?|single leg|pistol"
             r"|bosu|yoga|balance (?:board|work|drill|exercise|training)|bird dogs?|dark|ice|icy|boat|heels|new shoes"
             r"|trail|hike|hiking|after (?:the |my |that )?(?:session|workout|run|marathon|class))\b")
_ONE_SIDED = (r"\b(?:limp\w*|favour\w*|favor\w*|lopsided|one side|one leg|short steps|penguin|robot|question mark"
              r"|hunched|bent over|hobbl\w*|left (?:leg|side|foot)|right (?:leg|side|foot))\b")
HEART = r"heart|heartbeat|heart beat|heart rate|pulse|ticker|hart"
RACING = (r"racing|races|race|pounding|hammering|thumping|fluttering|flutter\w*|going (?:mad|crazy|nuts|wild|like mad"
          r"|like the clappers|like a drum|really fast|so fast|too fast|fast|realy fast)|jumping|flips|flipping|skipping"
          r"|skips|irregular\w*|uneven|jerky|all over the place|beats? wrong|beating (?:really |so |too )?fast|fast"
          r"|through the roof|(?:wont|doesnt|not) (?:slow|calm|settle)|out of my chest|banging|something is wrong"
          r"|go very fast|goes very fast|\d{3}|like crazy|like mad|mental|nuts|very fast|way too fast|drum solo|doing a drum"
          r"|in my (?:throat|ears|neck)|wont slow down")
DIZZY = (r"\b(?:dizzy|dizziness|dizy|light ?headed|light headded|woozy|spinning|spins|swimming|seeing stars|fall over"
         r"|falling over|toppl\w*|unsteady|wobbly|tilting|faint|i will fall|fall down|pass out|passing out|black out"
         r"|head is turning|my head turning|have dizzy|vision going|going grey|swimmy|went light|head went"
         r"|light and|rotating|tilted|tilting|tilts|floor (?:moving|moves|tipping)|room (?:moving|moves|spinning|spins)"
         r"|spinnin|whirling|cant stand|cannot stand|unable to stand|grab the (?:rack|wall|bar)|had to (?:lie|sit) down)\b")
_NOT_HEART = (r"\b(?:crush|date|excited|nervous|love|film|movie|game|match|penalty|exam"
              r"|interview|zone|monitor|watch says|tracker|strava|garmin)\b")
# "not dizzy at all", "came down fast": the heart was fast, the rest is denied or over
_NOT_DIZZY = (r"\b(?:not|no|never|wasnt|isnt|without) (?:\w+ )?(?:dizzy|light ?headed|woozy|faint)\b"
              r"|\b(?:came|comes|dropped|drops|went|settled) (?:back )?(?:down|back) (?:fast|quickly|quick)\b"
              r"|\b(?:normal|fine|ok|okay|good|settled|gone|passed) (?:again )?(?:after|within|in) (?:a|one|two|a few|\d+)"
              r" (?:sec\w*|min\w*|moments?)\b")
# breathing that stays hard at rest, said without the word breathless: "breathing like I've sprinted and
# it won't slow down", "only a few words at a time", "small small breaths"
_BREATH_HARD = (r"\b(?:breathing|breathe|breaths?|blowing|panting|puffing|heaving)\b(?: \w+){0,3} (?:like (?:ive|i have|i had"
                r"|a train|a steam)\w*|very difficult|so difficult|really difficult|hard work|wont slow|isnt slowing|wont settle"
                r"|wont stop|not slowing|not settling|small|shallow|fast and shallow)\b"
                r"|\b(?:small|shallow|tiny|short) (?:small |little )?breathe only\b|\bonly (?:say|get out|manage) a (?:few|couple of)"
                r" words\b|\b(?:cant|couldnt|cannot|not able to|unable to) (?:get|catch|take|draw) (?:my |a )?breathe"
                r"(?: back| properly| in| right)?\b")
_LASTING = (r"\b(?:still|even|sitting|sat|resting|rest|lying|ages|minutes|mins|hours|stopped|wont|same|now|anymore|long)\b")
_CHEST = r"chest|breastbone|sternum"
ARM = r"left arm|left shoulder|arm|arms|shoulder"
ACHE = (r"pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|achy|heavy|heaviness|sore|throbbing|tight|tightness"
        r"|pressure|numb|tingl\w*|wrong|weird")
_EXERTION = (r"\b(?:clammy|sweat\w*|sick|nause\w*|dizzy|light ?headed|breathe|chest|jaw|throat|neck|during|mid|training"
             r"|workout|session|carries|pushed|exert\w*|hill|bike|run|running|swings?|cardio|set|treadmill|rower"
             r"|sprints?|stairs|walking)\b")
_NOT_CARDIAC = (r"\b(?:curls?|bicep\w*|tricep\w*|press\w*|pull ?ups?|chin ?ups?|rows?|rowing|forearms?|grip|elbow|wrist"
                r"|punch\w*|boxing|sparring|doms|pump|injection|jab|vaccine|jabbed|slept on|sleeping on"
                r"|teeth|tooth|dentist|grind\w*|chew\w*|gum|shrugs?|lateral raises?|raises)\b")

SIGNAL_RULES: tuple[Rule, ...] = (
    Rule(Sign.BREATHLESS, _BREATH_HARD, context=_LASTING, without_context="drop",
         unless=r"\b(?:brace|bracing|hold (?:my|your) breathe|cue|technique|pattern|drill|yoga|meditat\w*|box breathing"
                r"|nose|cold|flu|hay ?fever|lol|haha\w*)\b"),
    Rule(Sign.BREATHLESS, r"\bbreathe (?:is|feels|has been|getting|got) (?:very|so|really|extremely|too) (?:difficult|hard)\b",
         unless=r"\b(?:after|during|from|on|in) (?:the |my |those |these |a )?(?:sprints?|intervals|hills?|run|swings|set|class"
                r"|carries|burpees|circuit|hiit|finisher)\b|\b(?:lol|haha\w*|mask|altitude)\b"),
    # a crushing or heavy feeling in the middle of the chest or behind the breastbone
    Rule(Sign.CHEST_PAIN, r"\b(?:crushing|squeezing|heavy|pressing|tight|burning|aching) (?:\w+ ){0,2}(?:feeling|ache|pain|pressure"
                          r"|weight|band) (?:in|on|behind|across|around) (?:the |my )?(?:middle of (?:my |the )?chest|centre of"
                          r" (?:my |the )?chest|breastbone|sternum)\b"
                          r"|\b(?:ache|pain|pressure|heaviness|tightness) behind (?:my |the )?(?:breastbone|sternum)\b",
         unless=_NOT_CARDIAC + r"|\b(?:bench\w*|bar|barbell|flyes|flys|dips|push ?ups|doms|pump\w*|sore to touch)\b"),
    Rule(Sign.LEGS_GIVING_WAY, rf"\b(?:{_UNSTEADY})\b", context=_WALKING, without_context="drop", unless=_NOT_GAIT),
    Rule(Sign.LEGS_GIVING_WAY, r"\b(?:cant|couldnt|cannot|unable to|not able to|struggl\w* to) (?:really )?walk"
                               r" (?:straight|in a straight line|properly|propperly|normally|normal|right|at all)\b"
                               r"|\b(?:can|could) (?:barely|hardly) walk\b|\bbarely able to walk\b"
                               r"|\bwalk(?:ing)? (?:is|has|feels)? ?(?:gone )?(?:wrong|very bad|all wrong)\b"
                               r"|\bwalking (?:just )?(?:doesnt|dont|does not) feel right\b|\bwalking(?: \w+| \|){0,4} wide\b"
                               r"|\b(?:not sure|unsure) (?:my )?legs (?:are )?(?:doing|going) (?:what|where)\b",
         unless=_NOT_GAIT, unless_anywhere=_ONE_SIDED),
    # walking as if drunk while sober: "walking like I've had ten pints and I'm stone cold sober"
    Rule(Sign.LEGS_GIVING_WAY, r"\bwalk\w* like (?:ive|i have|i had|id|i) (?:had|downed|drunk) (?:\w+ ){0,2}(?:pints|beers|drinks"
                               r"|shots)\b|\b(?:cant|couldnt|cannot|unable to) (?:keep|walk|hold) (?:in )?a straight line\b"
                               r"|\b(?:walk|walking|walkin|gait)\b(?: \w+){0,3} (?:wonky|all over the place)\b",
         context=r"\b(?:sober|not drunk|havent (?:had|drunk)|no alcohol|not (?:been )?drinking|since|today|this morning"
                 r"|yesterday|walking|walk)\b", without_context="drop",
         unless=r"\b(?:after (?:the |a )?(?:pub|party|wedding|night out|drinks)|hangover|hungover|got drunk|was drunk"
                r"|shoes|boots|heels|ice|icy|dark|trail|hik\w*|boat|squats?|lunges?|leg_\w+|single leg|bosu)\b"),
    # waking on the floor with a gap in memory: "one second I was bending over, the next I was on my side on the mat"
    Rule(Sign.FAINTING, r"\bnext (?:thing |second |moment )?i (?:was|knew|know)\b(?: \w+){0,4} (?:floor|ground|mat|on my (?:side"
                        r"|back|face))\b|\blost my senses\b|\bcame to on the (?:floor|ground|mat)\b",
         unless=r"\b(?:asleep|nap|napping|sofa|couch|bed|stretch\w*|foam roll\w*|yoga|savasana|lol|haha\w*|laugh\w*"
                r"|tug of war|game|wrestl\w*|judo|bjj|tackle\w*|pushed me|when i (?:saw|heard|read)|price|bill|cost)\b"),
    Rule(Sign.FAINTING, joined(HEART, RACING, 7), context=DIZZY, without_context="drop", unless=_NOT_HEART,
         unless_anywhere=_NOT_DIZZY),
    Rule(Sign.FAINTING, r"\bcollapsed\b", context=r"\b(?:dizzy|faint|floor|ground|woke|came round|ambulance|paramedics"
                                             r"|blacked|passed out|still|vision|grey|gray)\b", without_context="drop",
         unless=r"\b(?:knees?|squat|lungs?|tent|bridge|market|shelf|deal|building|tower|stack|form|laughing"
                r"|sofa|couch|bed)\b"),
    Rule(Sign.FAINTING, r"\b(?:dont|do not|cant|cannot|didnt) (?:remember|recall)\b(?: \w+){0,3} (?:it|going down|falling"
                        r"|hitting|what happened|how i got)\b|\b(?:lost|losing) (?:a (?:few |couple of )?)?(?:seconds|moments"
                        r"|a bit of time|time)\b"
                        r"|\b(?:then|next|suddenly) i was (?:on|lying on) the (?:floor|ground|mat)\b"
                        r"|\basking (?:me )?(?:my name|what day it was|if i (?:was|am) ok)\b",
         context=r"\b(?:floor|ground|mat|standing|just now|blacked|fell|dropped|dizzy|instructor|staff|people|went down"
                 r"|collapsed|woke)\b",
         without_context="drop", unless=r"\b(?:track of time|time on|phone|scrolling|game)\b"),
    Rule(Sign.CHEST_PAIN, joined(r"jaw|throat", rf"{ARM}|neck|chest", 8), context=rf"\b(?:{ACHE})\b",
         without_context="drop", unless=_NOT_CARDIAC),
    Rule(Sign.CHEST_PAIN, joined(r"left arm", ACHE, 5), context=_EXERTION, without_context="drop",
         unless=_NOT_CARDIAC),
    Rule(Sign.CHEST_PAIN, joined(r"jaw|throat", ACHE, 6),
         context=r"\b(?:during|mid|training|workout|session|carries|pushed|exert\w*|hill|bike|run|running|swings?"
                 r"|cardio|treadmill|rower|sprints?|stairs|clammy|sweat\w*|sick|dizzy)\b",
         without_context="drop", unless=_NOT_CARDIAC),
)
