"""Warning signs as concepts: a body region (or function) near a symptom, each in lay words.

patterns.py lists ways of saying a sign; this module composes them: every word people use for a
region (groin, backside, bladder, both legs, chest...) said within a few words of every word they
use for what is wrong with it (numb, gone dead, won't start, gives way, sitting on my chest...).
A new combination of known words is caught without anyone writing it down. Who it is about,
whether it is denied, asked, hypothetical or over and done is judged in screening.py.
"""
from __future__ import annotations

from core.safety.patterns import PAIN_CONTEXT, PAIN_STRICT, Rule
from core.safety.signs import Sign


def _any(words: str) -> str:
    return "(?:" + "|".join(words.split(",")) + ")"


def near(first: str, second: str, gap: int = 4) -> str:
    """`first` and `second` in one clause, in either order, at most `gap` words apart."""
    a, b = f"(?:{first})", f"(?:{second})"
    return rf"\b{a}\b(?: \w+){{0,{gap}}} {b}\b|\b{b}\b(?: \w+){{0,{gap}}} {a}\b"


BACK_CONTEXT = r"\b(?:back|spine|lumbar|disc|disk|sciatica|" + PAIN_STRICT[3:]

# --- the vocabulary: regions -------------------------------------------------------------------
SADDLE = _any("groin,bum,backside,back side,bottom,buttocks?,butt,arse,ass,behind,privates,crotch,inside of"
              r"(?: my| both| the)* thighs?,when i wipe,wiping,toilet paper,my (?:cock|willy|todger|man part)")
URINE = _any("pee,wee,wees,weeing,bladder,flow,stream,urine,take a leak,toilet,jeans,pants,underwear,trousers")
BOWEL = _any(r"poo,faecal,fecal,bowels?,stool,wind,farts?,farting,number twos?,bum,code brown")
SEX = _any(r"erections?,erectile,ejaculat\w*,impoten\w*,get it up,boner,orgasms?,climax,come,cum"
           r",get hard,get properly hard,stay hard,little guy"
           r",sex,man part|soldier,stiffy,hard ons?")
LEGS = _any(r"legs,both legs,my legs,both my legs,both sides,thighs,knees,two legs,jelly legs")
ONE_LEG = _any(r"(?:left |right |one )?(?:leg|foot|calf|shin|toes|thigh|ankle|heel|buttock)")
CHEST = _any("chest,breastbone,sternum,ribcage")

# --- the vocabulary: what is wrong -------------------------------------------------------------
NO_FEELING = _any(r"numb,tingling,tingly,pins_and_needles,dead,fuzzy,no feeling,cant (?:really |properly )?feel(?: \w+)?"
                  r",without feeling,sleeping,feeling is not coming back"
                  r",feel nothing,feels nothing,no sensation,less feeling,reduced feeling,asleep"
                  r",strange,different,weird,not right,funny,buzzing,prickly,like cardboard,rubbery")
CANT_GO = _any(r"cant (?:start|get|go|empty|finish|stop|hold|control|tell|feel|know|push)(?: \w+)?"
               r",nothing (?:comes|happens|came|happened),not coming,wont (?:start|come|go|stop)"
               r",barely start,hard to (?:start|stop),push (?:very )?hard,straining,strain,trickle"
               r",dribbl\w*,leak\w*,damp,wet,accidents?,pads,nappies,nappy,control,hold it,hold on"
               r",didnt notice,dont notice,without noticing,didnt realise,dont realise,cant tell"
               r",not sure,no idea,full or empty,weak,takes ages,slow,harder,difficult,push\w*"
               r",nothing is coming,coming out,to begin,wait and wait,wetting,alone,cant stop(?: it)?"
               r",couldnt stop(?: it)?,barely made it,cannot control,tissue")
BOTH_WEAK = _any(r"giving way,gave way,gives way,give way,giving out,gave out,gives out,buckl\w*,collaps\w*"
                 r",wont hold me,cant hold me,cant support me,jelly,noodles,rubber,wobbly,wont work"
                 r",not working,weak,weaker,no strength,folding,folded,went from under me,no power,under me")
RADIATES = _any(r"shoots?,shooting,shot,radiat\w*,runs,running,travels?,travelling,goes,go,going"
                r",spreads?,spreading,moves,zaps?,zapping,electric\w*,burning,burns,fizzing,crawling"
                r",ants,asleep,buzzing,numb,tingl\w*,pins_and_needles,dead,cant feel,no feeling,fizzy,fizz"
                r",needley,needles,on fire,zapped,without feeling")
CHEST_WRONG = _any(r"sitting on,sat on,pressing,pressed,pressure,heavy,heaviness,squeez\w*,crush\w*"
                   r",band,elephant,weight on,stone,vice,tight,tightness,clamp\w*,pain,hurts,hurting")

CONCEPT_RULES: tuple[Rule, ...] = (
    # --- emergency: the cauda equina card, by region x altered feeling or function ---
    Rule(Sign.SADDLE_NUMBNESS, near(SADDLE, NO_FEELING),
         unless=r"(?<!not from )(?<!been )\b(?:sitting|sat)\b|\b(?:bike|cycling|cycle|spin|saddle seat|chair|drive|driving|flight"
                r"|ride|journey|trip|train|travel\w*|commute|meeting|cinema|lecture"
                r"|toilet seat|sofa|couch|bench|squat|squats|lunges|glutes|kidding|joking)\b"
                r"|\bbum (?:out|deal|note)\b|\bdead ?(?:lift|lifts|lifting|hang)\b"),
    Rule(Sign.SEXUAL_FUNCTION, near(SEX, NO_FEELING, 5)),
    Rule(Sign.BLADDER_BOWEL, near(URINE, CANT_GO, 5),
         unless=r"\b(?:need|needed|have|gotta|got|go|going|quick|dying|busting) (?:to )?(?:pee|wee)\b"
                r"|\b(?:flow state|in the flow|go with the flow|stream(?:ing|ed)? (?:the|a|my|on))\b"
                r"|\b(?:hold(?:ing)? (?:the|a) (?:\w+ )?(?:flow|stream))\b"
                r"|\b(?:full|good|total|complete|normal|perfect) control\b"),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:nothing (?:is )?(?:coming|comes|came) out|it is not coming|not coming out"
                             r"|(?:must|have to|having to) push (?:very |really )?hard|wont come out)\b",
         context=r"\b(?:pee|wee|urine|urinate|bladder|toilet|loo|poo)\b", without_context="drop"),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:dribbling|dribbled|dribble|dribbles)\b|\bcode brown\b"
                             r"|\bbarely made it to the (?:toilet|loo|bathroom)\b",
         unless=r"\b(?:ball|football|basketball|soccer|sweat|drool|coffee|protein|shake)\b"),
    Rule(Sign.BLADDER_BOWEL, near(BOWEL, CANT_GO, 5),
         unless=r"\b(?:need|needed|have|gotta|go|going|quick) (?:to )?poo\b|\bwind (?:down|up|ing)\b"
                r"|\b(?:full|good|total|complete|normal|perfect) control\b"),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:faecal|fecal|urinary|bladder|bowel) (?:leakage|leaking|incontinence"
                             r"|accidents?)\b|\b(?:wearing|need|needing|started|bought|buying) (?:\w+ )?"
                             r"(?:pads|nappies|incontinence pants|depends)\b|\bunderwear (?:is |was |has been )?"
                             r"(?:damp|wet|soaked)\b|\baccident (?:with|on|in) (?:the )?(?:toilet|loo|pants)\b"),
    Rule(Sign.SEXUAL_FUNCTION, near(r"(?:groin|little guy|man part)", r"(?:not working|isnt working|arent working"
                                                                      r"|wont work|doesnt work|stopped working)", 3)),
    Rule(Sign.SEXUAL_FUNCTION, r"\b(?:cant|couldnt|not able to|unable to|havent been able to) (?:\w+ )?(?:finish|bust)\b",
         context=r"\b(?:sex|wife|girlfriend|partner|last night|in bed|hard|tried|erection)\b",
         without_context="drop"),
    Rule(Sign.SEXUAL_FUNCTION, near(SEX, r"(?:cant|couldnt|wont|stopped|no longer|not|doesnt|dont|havent|unable"
                                       r"|gone|lost|problem|problems|trouble|issues)", 4),
         unless=r"\b(?:come on|come back|come in|come up|come down|came|comes|coming|come to|come from"
                r"|come round|come over|come along|come again|hard set|hard session|hard work|sex life"
                r" (?:is|was) (?:great|fine|good))\b"
                r"|\b(?:cant|couldnt|wont|not) (?:\w+ )?come (?!(?:any more|anymore|during|with|when|properly|at all|since)\b)"),
    Rule(Sign.BOTH_LEGS_WEAK, near(LEGS, BOTH_WEAK, 4), context=r"\b(?:not from|since|for no reason|days|today|twice"
         r"|wont go away|scary|scared|walking|fall|falling"
         r"|keep|keeps|kept|back|spine|injury|session|out of nowhere|scared|worried|new|suddenly)\b",
         without_context="drop",
         unless=r"(?<!not from )\b(?:leg_day|leg day)\b|\b(?:squat|squats|lunges|after (?:the )?(?:squats|lunges|run|race|cycle"
                r"|ride|marathon|leg_\w+)|from (?:the )?(?:squats|lunges|run|leg_\w+)|lol|haha|knees"
                r" (?:in|caving|collapsed in))\b"),
    Rule(Sign.BOTH_LEGS_NERVE, near(r"(?:both legs|both sides|both my legs|each leg|other leg|left and right"
                                    r"|right and left|both feet|both calves)",
                                    r"(?:sciatica|shooting|shoots|pain|pains|radiat\w*|burning|tingl\w*"
                                    r"|numb|pins_and_needles|electric\w*|killing me|hurts|nerve)", 6),
         unless=r"\b(?:cold|freezing|frozen|snow|ice bath|winter|asleep|crossed|sat on|sitting on|lol|haha)\b"),
    Rule(Sign.CHEST_PAIN, near(CHEST, CHEST_WRONG, 5),
         unless=r"\b(?:pump|pumped|doms|push ?ups?|press ups?|pressups|bench|dips|flyes|flys|stretch"
                r"|fly|cable|pec|pecs|workout|session day)\b|\bchest (?:day|press)\b"),
    Rule(Sign.CHEST_PAIN, near(r"(?:left arm|my jaw|jaw)", r"(?:pain|hurts|hurting|ache|aching|numb|tingl\w*"
                                                         r"|heavy|pressure)", 3),
         context=r"\b(?:chest|heart|breath|breathe|sweaty|sweating|dizzy|sick)\b", without_context="drop"),
    Rule(Sign.FAINTING, r"\b(?:hit|hitting) the (?:deck|floor|ground|mat|canvas)\b|\blights out\b"
                        r"|\b(?:keeled|keeling|conked) over\b|\bout cold\b|\b(?:came|come|coming) to on\b"
                        r"|\bwoke up on the (?:floor|ground|mat)\b|\b(?:dropped|went down|collapsed|fell)"
                        r" (?:to|on|onto) the (?:floor|ground|mat)\b|\bwent down like\b"
                        r"|\b(?:vision|everything) (?:went|goes) (?:\w+ )?(?:black|dark|grey|white)\b"
                        r"|\bwoke up (?:on|with|to|and)\b|\bdropped in the gym\b|\blose conscious\w*\b"
                        r"|\b(?:came|come|coming) round\b",
         unless=r"\b(?:bar|barbell|plates?|phone|weights?|dumbbells?|kettlebells?|bottle|towel|bag)\b(?: \w+){0,4}"
                r" (?:hit|went down|dropped|fell|crashed|slipped)\b|\b(?:lay|lying|laid) there\b"
                r"|\b(?:couch|sofa|bed) lol\b"),
    Rule(Sign.FALL_OR_CRASH, near(r"(?:car|bike|motorbike|van|truck|bus|ladder|stairs|roof|horse"
                                  r"|scaffold\w*|ice|icy|quad bike|scooter)",
                                  r"(?:accident|crash|crashed|fell|fall|knocked|hit|came off|come off|thrown"
                                  r"|slipped|tumbled|rolled)", 4),
         context=PAIN_CONTEXT,
         unless=r"\b(?:hit by a truck|like a truck|like a bus|hit by a bus|ran over|train|truckload|asleep|sofa"
                r"|couch|bed)\b"),
    Rule(Sign.HEARD_A_CRACK, r"\b(?:went snap|snapped|cracked|crack|crunch|breaking|broke|noise|bang|popped)\b",
         context=r"\b(?:agony|cant move|cant get up|couldnt move|couldnt get up|severe|excruciating|worst pain"
                 r"|screaming|unbearable|cant walk|hurts so bad|pain of my life|so much pain|too strong"
                 r"|very much pain|cannot move)\b", without_context="drop",
         unless=r"\b(?:knuckles|neck|knees?|joints?|cracked (?:\d+|a|the|it)|pb|pr|phone|screen|record|code|joke)\b"),
    Rule(Sign.HEARD_A_CRACK,
         near(r"(?:crack|cracked|crunch|snap|snapped|bang|clunk|noise|pop|popped|breaking|break|went snap"
              r"|like a twig|like a stick)",
              r"(?:agony|cant move|cant get up|cant stand|couldnt move|couldnt get up|severe|excruciating"
              r"|worst|screaming|unbearable|cant walk|on the floor|hurts so bad|pain of my life|so much pain"
              r"|too strong|very much pain|cannot move)", 10),
         unless=r"\b(?:knuckles|cracked (?:\d+|a|the) ?(?:kg|pb|plate)|phone|screen|glass|mirror|bottle|plate|plates|bench|floor tile|tiles|egg|walnut|nut|code|joke|whip|band|rope|creak\w*|squeak\w*|zip|zipper|bag|strap|straps|belt|lace|laces|chair|stick|twig|branch|pen|pencil|lol|haha)\b"),
    # --- urgent ---
    Rule(Sign.FEVER, r"\b(?:temperature|temp) of \d+|\b(?:3[89]|40) ?(?:degrees|c)\b|\bburning up\b"
                     r"|\bshaking with cold\b|\b(?:hot and cold|hot then cold|cold sweats?|feverish|flu like"
                     r"|sweaty and shivery|boiling hot|body is hot|the shakes|the sweats|cold sweats"
                     r"|feel like death|feverish)\b",
         context=PAIN_CONTEXT, unless=r"\b(?:lol|haha|lmao|after (?:\w+ )?(?:workout|session|sets?|leg_day|leg day"
                                      r"|run|class|cardio|circuit))\b"),
    Rule(Sign.NIGHT_OR_REST_PAIN,
         r"\b(?:lying|laying|lie|lay) (?:flat|down|still)\b|\bdoing nothing\b|\b(?:every|any|no|comfy"
         r"|comfortable) position\b|\bup at \d+ ?(?:am)?\b|\b(?:wakes|woke|waking|wake) me\b|\bat rest\b"
         r"|\bup (?:all|half) the night\b|\bcant sleep\b|\bno relief\b|\bnothing (?:eases|helps) it\b",
         context=BACK_CONTEXT, without_context="drop",
         unless=r"\b(?:better|eases|easier|relief when|helps|fine|goes away|go away|gone|stops|sorts?|sorted|fixes"
                r"|relieves|settles|should i (?:\w+ )?(?:lie|lay))\b"),
    Rule(Sign.BRITTLE_BONES, r"\b(?:on pred|pred for|preds|steroids|steroid|pred|cortisone)\b",
         context=r"\b(?:fall|fell|fallen|slipped|tripped|strain|strained|tweak|tweaked|twisted|pulled"
                 r"|hurt|hurts|pain|injured|did my back in|back|lifting|jarred)\b", without_context="drop",
         unless=r"\b(?:gear|cycle|juice|juicing|roids|natty|natural|anabolic|gains)\b"),
    Rule(Sign.INJECTED_DRUGS, r"\b(?:inject\w*|heroin|shooting up|shoot up|shot up|iv drugs?|needles|using iv"
                              r"|banging up|using needles"
                              r"|intravenous)\b",
         context=BACK_CONTEXT, without_context="drop",
         unless=r"\b(?:vaccine|jab|insulin|b12|flu shot|doctor injected|steroid injection|cortisone)\b"),
    # --- see a provider ---
    Rule(Sign.ONE_LEG_NERVE, near(ONE_LEG, RADIATES, 5),
         unless=r"\b(?:leg_day|cramp|cramping|asleep on|sat on|crossed|kidding|pump|burn from|the burn|cold|freezing|winter"
                r"|warmed up|frostbit\w*"
                r"|fell asleep|falls asleep|sitting|sat|kneeling"
                r"|burning from|dead from|lunges|squats|split squats)\b"),
    Rule(Sign.ONE_LEG_NERVE, r"\bfrom (?:my |the )?(?:lower )?back (?:\w+ ){0,3}(?:down|into) (?:to )?(?:my |the )?"
                             r"(?:left |right )?(?:leg|calf|foot|thigh|buttock|knee)\b"),
    Rule(Sign.SHARP_PAIN, r"\b(?:jabbing|jab of|jabs of|knife|knives|stabbed|stab|shard|razor|like a needle"
                          r"|needle like|electric shock|lightning)\b", context=BACK_CONTEXT,
         without_context="drop", unless=r"\b(?:flu jab|jab and|cross|boxing|punch)\b"),
    Rule(Sign.LAY_DIAGNOSIS, near(r"(?:disc|disk|discs|disks)", r"(?:slipped|slip|herniat\w*|hernia|bulg\w*"
                                                               r"|prolaps\w*|blew|blown|gone|popped|out"
                                                               r"|ruptured|burst|protrud\w*|did my|dodgy"
                                                               r"|bad|playing up|flaring|going out|l[345]"
                                                               r"|s1)", 5),
         unless=r"\b(?:disc (?:brake|brakes|golf|jockey)|dj|plates?)\b"),
    Rule(Sign.LAY_DIAGNOSIS, r"\b(?:trapped|pinched|compressed|squashed|impinged|irritated) (?:a )?nerves?\b"
                             r"|\bnerves? (?:is |are |got |has been |feels )?(?:trapped|pinched|compressed"
                             r"|squashed|impinged)\b|\bsciatic nerve\b|\bslipped disc\b"),
    Rule(Sign.LOCKED_BACK, near(r"(?:back|spine|lower back)", r"(?:locked|seized|seizing|stuck|jammed|frozen"
                                                            r"|wont let go|spasm\w*|wont straighten"
                                                            r"|cant straighten|lockdown|blocked)", 4),
         unless=r"\b(?:back squat|lockout|locked out (?:the|my) (?:arms|elbows|rep))\b"),
    Rule(Sign.LOCKED_BACK, r"\b(?:cant|couldnt|unable to|wont let me) (?:get |stand |stand up |straighten"
                           r" |get up )?(?:upright|straight|up straight|straighten up|straighten)\b"
                           r"|\b(?:stuck|staying|bent|hunched|frozen) (?:bent )?(?:over|forward|to one side"
                           r"|sideways|like a)\b|\bleaning to (?:one|the) side\b"
                           r"|\b(?:doesnt|wont) allow me to stand\b|\bcant stand up\b|\bcannot be straight\b"
                           r"|\bwalking like a (?:question mark|banana|crab|hunchback|old man)\b"
                           r"|\bhalf bent\b",
         context=r"\b(?:back|spine|hip|lower|stand|upright|bent|leaning|morning|woke|hurt|pain)\b",
         unless=r"\b(?:bar|path|form|cue|lockout|row|rows|lol|haha|crunches|sit ?ups|abs|laughing|laptop|desk|phone"
                r"|computer|keyboard)\b"),
    Rule(Sign.CHANGED_WALKING, r"\b(?:limp|limping|limped|hobbling|hobble|shuffling|shuffle|waddl\w*)\b"
                               r"|\b(?:walking|walk|walks|gait|stride) (?:is |has |feels )?(?:\w+ )?"
                               r"(?:funny|weird|different|differently|changed|off|wonky|strange|odd|uneven)\b"
                               r"|\b(?:cant|couldnt) walk (?:properly|normally|straight|right)\b"
                               r"|\bdragging (?:my |one |the )?(?:leg|foot)\b",
         unless=r"\b(?:kidding|lol|haha|leg_day|after leg|doms|from the squats|lunges"
                r"|(?:limping|limp|limped|hobbling) (?:along|through|on) (?:with|at|in|through)|limp (?:handshake|wrist|excuse))\b"),
    Rule(Sign.WORSENING_PAIN,
         r"\bworse (?:after|with|each|every) (?:every|each|single|week|session|workout|time|day)\b"
         r"|\b(?:more|worse|higher) (?:each|every|after each|after every) (?:week|session|workout|time"
         r"|training|day)\b|\b(?:each|every) (?:week|session|workout|time)\b(?: \w+){0,6}"
         r" (?:more|worse|higher|bigger|stronger)\b|\b(?:week|session) (?:on|after|by) (?:week|session)\b"
         r"|\b(?:keeps|keep) (?:getting|creeping|climbing|going) (?:worse|up|higher)\b"
         r"|\b(?:creeping|climbing|going|ramping|building) up\b|\bworse and worse\b|\bsteadily worse\b"
         r"|\b(?:grows|growing|increases|increasing|builds|building) (?:after|with|each|every|week|session)\b"
         r"|\bgoing downhill\b|\bworse (?:every|each) (?:single )?(?:week|session|workout|time)\b"
         r"|\b(?:getting|got) worse\b|\bworse than (?:last|the last|the one before|before)\b"
         r"|\bmore (?:and more|every|each)\b|\bnot (?:easing|settling|improving|getting better)\b"
         r"|\bno (?:better|improvement|change)(?! there)\b|\b(?:rest|resting|break|days off|time off|week off)"
         r"(?: \w+){0,4} (?:didnt|doesnt|hasnt|not|no) (?:help|helped|change|difference|better)\b"
         r"|\bstill (?:the same|hurts|sore|painful|bad)\b(?: \w+){0,4} (?:after|despite)\b",
         context=BACK_CONTEXT + r"|\b(?:ouch|niggle)\b", without_context="ask",
         unless_anywhere=r"\bmy (?:bench|squat|deadlift|lifts?|form|technique|numbers|grip|pull ?ups?|rows?"
                         r"|cardio|sleep|diet|motivation)(?: i mean)?\b",
         unless=r"\b(?:lifts?|weights?|loads?|numbers|pbs?|prs?|reps|sets|grip|form|bench|squat|deadlift"
                r"|pull ?ups?|chin ?ups?|gains|better and better|getting stronger)\b"
                r"(?: \w+){0,2} (?:up|more|higher|better)\b|\bmy (?:bench|squat|deadlift|lifts?|form|technique"
                r"|numbers|grip|pull ?ups?|rows?|cardio|sleep|diet)\b|\b(?:bench|squat|deadlift|form|technique"
                r"|grip|cardio|sleep) (?:is|are|keeps|has been) (?:getting|got)\b"
                r"|\b(?:on|at|in|with|for) (?:the |my )?(?:squats?|bench|deadlifts?|rows?|pull ?ups?|lifts?|sets?"
                r"|reps?|cardio|form|technique|rower|erg|bike|treadmill|sprints?|intervals)\b"
                r"|\b(?:traffic|weather|prices?|queues?|motivation|app|wifi|rain|winter|economy|out there)\b"),
    Rule(Sign.TWO_HIGH_SESSIONS,
         r"\b(?:6|7|8|9|10|six|seven|eight|nine|ten)(?: out of 10| outta 10| 10| or more| plus)?\b"
         r"(?: \w+){0,6} (?:again|in a row|running|like last time|like the last|same as last|both"
         r" sessions|both times|last session|last time|twice)\b"
         r"|\b(?:second|2nd|two|2|both|another) (?:session|sessions|workouts?|times?|days?)(?: in a row| running"
         r"| straight)?(?: \w+){0,6} (?:6|7|8|9|10|six|seven|eight|nine|ten)\b",
         context=r"\b(?:pain|back|hurt|hurts|out of 10|outta 10|10|spine|sore)\b", without_context="drop",
         unless=r"\b(?:reps?|sets?|kg|kgs|lbs?|kilos|minutes|mins|hours|seconds|secs|km|miles|am|pm)\b"
                r"|\bwould\b(?: \w+){0,3} again\b|\bback in (?:january|february|march|april|may|june|july|august|september|october|november"
                r"|december|spring|summer|autumn|winter|the day)\b"),
    Rule(Sign.ARM_NERVE, near(r"(?:ring|little|pinky|small|last two|last 2) (?:finger|fingers|side)",
                              r"(?:numb|tingl\w*|pins_and_needles|no feeling|dead|asleep|cant feel)", 6)),
    # referral helper (issue 13): the little finger side on its own, and an arm gone weak since a session
    Rule(Sign.ARM_NERVE, near(r"(?:pinky|pinkie|pinkies|little fingers?|ring fingers?|small fingers?)",
                              r"(?:numb\w*|tingl\w*|pins_and_needles|no feeling|dead|asleep|sleeping|cant feel|fuzzy)", 8)),
    Rule(Sign.ARM_NERVE, near(r"(?:arm|arms)", r"(?:is weak|went weak|gone weak|weak suddenly|suddenly weak|weak and"
                                               r"|cant pull like before|lost (?:its |my )?strength)", 4),
         context=r"\b(?:sudden|suddenly|since|now|still|after the|right side|left side|one side)\b", without_context="drop",
         unless=r"\b(?:lol|haha|pump|burn|failure|last rep|cooked|fried)\b"),
    Rule(Sign.ARM_NERVE, near(r"(?:arm|arms|hand|grip)", r"(?:sudden weakness|went weak|gone weak|goes weak"
                                                         r"|lost strength|no strength|gave out)", 4),
         context=r"\b(?:sudden|suddenly|just|still|since|now|mid set)\b", without_context="drop",
         unless=r"\b(?:lol|haha|pump|burn|failure|last rep|forearms? (?:were|are) (?:fried|cooked))\b"),
    Rule(Sign.SOMETHING_POPPED, near(r"(?:elbow|shoulder|bicep|biceps|forearm|wrist)",
                                     r"(?:pop|pops|popped|popping|clunk\w*|snapped|tore|ripped|went|sound like)", 4),
         unless=r"\b(?:pump|pumped|popping off|veins)\b",
         unless_anywhere=r"\b(?:no pain|painless|pain free|doesnt hurt|didnt hurt)\b"),
)
