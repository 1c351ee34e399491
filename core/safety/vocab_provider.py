"""See-a-provider signs in the words people use: the rest of safety-sources.md's S-list and coaching.md §5.

One leg that feels wrong (cotton wool, cardboard, not my own) or hurts down to the knee, one leg that
will not push off, a sharp or stabbing pain, something that went, gave or pinged, a lay diagnosis
("done a disc", "L5 S1", "hitting a nerve"), a back that will not straighten, a changed walk, and pain
rising or high in words: "worse than last week", "from bad to worse", "a 6 on Monday and a 7 today".
A few rules cross a comma (`_ACROSS`): people write "one leg, the right, has no feeling".
"""
from __future__ import annotations

from core.safety.concepts import near
from core.safety.patterns import PAIN_STRICT, Rule
from core.safety.signs import Sign
from core.safety.vocab_urgent import HURTS

_ACROSS = r"(?: (?:\w+|\|))"  # a word or a clause break: signs split by a comma in one sentence
_LEG = r"(?:leg|calf|shin|foot|ankle|heel|toes?|thigh|hamstring|hammy|knee|buttock|bum cheek|glute|sole)"
_ODD = (r"(?:cotton wool|wrapped in|cardboard|wooden|rubbery|sock|not my own|not mine|not_mine|muffled"
        r"|(?:feels?|feeling|is|gone|went) (?:\w+ )?(?:sleeping|asleep)|no (?:proper |real )?sensation"
        r"|doesnt feel like mine|not there|half asleep|muffled|novocaine|anaesthetic|anesthetic|dentist"
        r"|ice cold|cold patch|hot patch|burning patch|crawling|ants|bugs|buzz\w*|fizz\w*|zing\w*|vibrat\w*"
        r"|prickl\w*|needley|stingy|without feeling|lost feeling|lost the feeling|less feeling|reduced feeling"
        r"|no sensation|cant feel|numb\w*|tingl\w*|pins_and_needles|no feeling|sleeping all|asleep all|dont feel it"
        r"|cant feel it|(?:dont|doesnt) feel (?:quite |very )?(?:right|normal|the same)|fuzzy|toothache|nerve pain"
        r"|electric\w*|shocks?|burning pain)")
_NERVY = (r"(?:pain|pains|ache|aching|burning|burn|electric\w*|shock|shocks|zap\w*|zing\w*|jolt\w*|shoot\w*"
          r"|shot|radiat\w*|travel\w*|spread\w*|wire|lightning|bolt|current|nerve|sting\w*|throb\w*|toothache"
          r"|sciatica|tingl\w*|numb\w*|pins_and_needles)")
_DOWN_LEG = (r"(?:down|into|along|through|to|round|around|right down|all the way down|all the way to|past)"
             r" (?:in |into )?(?:the (?:back|side|front|outside|inside) of )?(?:my |the |one |left |right )*(?:\w+ )?"
             r"(?:leg|calf|shin|foot|ankle|heel|toes|thigh|hamstring|hammy|knee|buttock|bum cheek)")
_FROM_BACK = r"(?:bum|butt|buttock|glute|hip|back|backside|arse|lower back|spine|sacrum|tailbone|si joint)"
_LEG_WORK = (r"\b(?:leg_day|cramp\w*|doms|pump|burn from|the burn|stretch\w*|foam roll\w*|massage gun|bar"
             r"|barbell|dumbbells?|kettlebells?|lower it|slide it|cue|lol|haha|quads)\b")
_WEAKER = (r"(?:weak|weaker|wobbly|jelly|no power|not firing|no strength|same strength|gives|giving way|gave way|noodly"
           r"|noodle|no oomph|not got the oomph|no juice|no drive|couldnt lift|cant lift|wont lift|couldnt push|cant push"
           r"|(?:doesnt|dont|hasnt|hasnt got|havent got) (?:have )?(?:the same |any |its )?(?:push|power|strength|oomph|drive|spring)"
           r"|give up|gave up|gives up|give out|gave out|gives out|give way|collaps\w*"
           r"|buckles|buckling|tires (?:\w+ )?(?:quicker|faster)|couldnt do it|cant do it|not pulling its weight|feeble"
           r"|useless|dead weight|lazy|off|not as strong|less strong|weeker)")
_SHARP = (r"(?:sharp|ice pick|icepick|knife|knives|blade|stabs|stab|poking|prodding|stabby|knifey|shank\w*|stabbed|stabbing|piercing|hot poker|poker|skewer\w*|dagger|spike"
          r"|jabbing|jolt|jolts|jolting|lightning|grabs|grabbing|seizes|electric|twinge of|pinch\w*|sting)")
_BACK = r"(?:back|spine|lower back|lumbar|tailbone|sacrum|si joint|pain|pains|twinge|belt ?line|waist ?band|flank)"
_NOT_SHARP = (r"\b(?:look\w* sharp|stay sharp|sharp form|sharp focus|sharp mind|sharp dressed|sharp looking"
              r"|sharper|pinch of|pinch grip|pinching the|pinch the|electric bike|electric bill|lightning fast"
              r"|sting of|grabs? the bar|grabbing the bar)\b")
_WENT = (r"(?:went|wnet|gave|gone|give|given|shifted|moved|slipped|clicked|clunked|twanged|pinged|tweaked|let go"
         r"|went ping|went twang|went pop|went click|went clunk|went crunch|popped)")
_GONE_WELL = (r"\b(?:went|gone) (?:well|right|great|better|fine|ok|okay|viral|missing|down well|smoothly)\b"
              r"|\b(?:no pain|painless|doesnt hurt|didnt hurt|felt (?:great|good|better)|relief|chiro\w*"
              r"|crack my back|cracked my back|knuckles|neck|shoulder|elbow|back went up|lol|haha)\b")
_FELT = (r"\b(?:felt|heard|feel|got|had|there was|make|made|makes|like) (?:(?:a|an|some|something|summat|it|this|like a|sort of"
         r"|kind of) ){0,3}"
         r"(?:little |small |big |loud |weird |funny |sudden |horrible |nasty )?(?:ping|twang|clunk|click|pop"
         r"|give|shift|slip|snap|crunch|rip|tear|go|pull)\b"
         r"|\b(?:went|go|goes|going) (?:ping|twang|pop|click|clunk|snap|crunch)\b"
         r"|\b(?:felt|heard|feel) (?:my |the )?(?:lower |low )?(?:back|spine) (?:go|give|went|gave|pop|ping|twang|click|shift"
         r"|slip|snap|tear|rip)\b(?! (?:tight|stiff|pumped|ok|okay|fine|well|red|numb))")
_PAINLESS = (r"\b(?:no pain|painless|pain free|doesnt hurt|didnt hurt)\b"
             # a click or pop while stretching that felt good, with no pain anywhere in the message
             r"|^(?!.*\b(?:hurts?|hurting|pain|pains|painful|agony|sore|aches?|aching|killing)\b)(?=.*\b(?:pop|popped"
             r"|popping|click\w*|crack\w*|go|went)\b(?: (?:\w+|\|)){0,6} (?:felt (?:great|good|better|amazing)|feels"
             r" (?:great|good|better|amazing)|such relief|relief|lovely|amazing)\b)")
_DISC = (r"(?:done|knackered|wrecked|damaged|injured|hurt|screwed|messed|problem|problems|issue|issues|injury|bul?d?g\w*"
         r"|trouble|thing|degenerat\w*|wear|torn|tear|annular|bulge|herniation|nerve|pressing|compress\w*"
         r"|squash\w*|flattened|worn|dried|narrow\w*|slip\w*|popped)")
_NERVE = (r"\b(?:nerve|nerves)\b(?: \w+){0,5} (?:trapped|pinched|caught|irritated|inflamed|squashed|compressed"
          r"|pressed|being pressed|stuck|hit|touched|tangled|impinged)\b"
          r"|\b(?:hitting|catching|pressing on|pressing|touching|pinching|trapping|squashing|irritating|on)"
          r" (?:a |the |my |some )?nerve\b|\bnerve (?:thing|issue|problem|related|damage|root|entrapment"
          r"|impingement|getting)\b")
_LAY_MORE = (r"\b(?:spondylo\w*|stenosis|pars (?:defect|fracture|stress)|facet (?:joint|joints|syndrome)"
             r"|si joint|sacroiliac|piriformis|slipped vertebra\w*|vertebra\w* (?:slipped|out|moved)"
             r"|out of (?:place|line|alignment)|degenerat\w* disc|annular tear|disc bulge|bulge|herniation|l[1-5] s1|l[1-5]"
             r" l[1-5]|l[1-5])\b")


PROVIDER_WORDS: tuple[Rule, ...] = (
    # --- one leg: feeling, pain travelling down it, weakness ---
    Rule(Sign.ONE_LEG_NERVE, near(_LEG, _ODD, 7), unless=_LEG_WORK + r"|\b(?:fell asleep|sat on|crossed|cold)\b"),
    Rule(Sign.ONE_LEG_NERVE, rf"\b(?:one|left|right) (?:leg|foot|calf|thigh|side)\b{_ACROSS}{{0,12}}"
                             r" (?:without feeling|no feeling|numb\w*|tingl\w*|pins_and_needles|cant feel|not mine|not my own)\b",
         unless_anywhere=r"\b(?:hands?|fingers?|arms?|forearms?|grip|bar)\b"),
    Rule(Sign.ONE_LEG_NERVE, near(_NERVY, _DOWN_LEG, 6), unless=_LEG_WORK),
    Rule(Sign.ONE_LEG_NERVE, near(_NERVY, r"(?:below|past|under|behind) the knee", 5), unless=_LEG_WORK + r"|\bknee pain\b"),
    Rule(Sign.ONE_LEG_NERVE, r"\b(?:comes?|coming|seems to come|starts?|starting) from (?:my |the )?(?:lower |low )?back\b",
         context=r"\b(?:leg|calf|shin|foot|thigh|knee|hamstring|buttock)\b", without_context="drop", unless=_LEG_WORK),
    Rule(Sign.ONE_LEG_NERVE, rf"\bfrom (?:my |the )?(?:lower |low )?{_FROM_BACK}\b(?: \w+){{0,3}} (?:down |right down"
                             r" |all the way down |all the way )?(?:to |down )?(?:to|into|down|till|until|past|in) (?:my |the )?(?:\w+ )?"
                             r"(?:leg|calf|shin|foot|ankle|heel|toes?|thigh|hamstring|knee)\b",
         context=HURTS + r"|\b(?:electric\w*|burning|shoot\w*|radiat\w*|nerve)\b", without_context="drop",
         unless=_LEG_WORK),
    Rule(Sign.ONE_LEG_WEAK, r"\b(?:cant|couldnt|struggl\w*|unable|hard to|barely) (?:to )?(?:push off|stand on (?:my )?"
                            r"(?:tip ?toes|toes|heel|heels|tiptoe|(?:the )?(?:toes|heel|ball) of (?:my )?(?:left |right )?foot)|go up on (?:my )?toes|walk on (?:my )?(?:toes|tiptoes"
                            r"|heels)|lift my (?:left |right )?(?:leg|knee|foot)|hop on)\b",
         context=r"\b(?:left|right|one|foot|leg|side|toes?|heel|calf)\b", without_context="drop",
         unless=r"\b(?:floor|bench|box|plyo|jump|lol|calf raises?)\b"),
    Rule(Sign.ONE_LEG_WEAK, r"\b(?:left|right|one) (?:leg|side|calf|foot|thigh|knee)\b(?: \w+){0,5} (?:not as strong"
                            r"|isnt as strong|doesnt feel as strong|weaker than|less strong|lost (?:its |some |all )?"
                            r"(?:strength|power)|feels? (?:weak|feeble|useless|like jelly|floppy)|wont take (?:my )?weight"
                            r"|cant take (?:my )?weight|keeps giving|wont do what)\b",
         context=r"\b(?:since|suddenly|days|week|back|nerve|out of nowhere|new|lately|recently|stairs|walking"
                 r"|as it did|as it was|as before|used to|any ?more|worried)\b", without_context="drop",
         unless=r"\b(?:lunges?|split squats?|single leg|imbalance|always been|dominant|unilateral|bulgarian"
                r"|pistol)\b"),
    Rule(Sign.ONE_LEG_WEAK, rf"\b(?:left|right|one) (?:leg|side|foot|calf|thigh|knee|glute|hip)\b{_ACROSS}{{0,8}} {_WEAKER}\b"
                            rf"|\b{_WEAKER}\b(?: \w+){{0,4}} (?:on|in) (?:the |my )?(?:left|right|one) (?:side|leg)?\b",
         context=r"\b(?:other|the (?:left|right)|(?:left|right|other) (?:one|is|side is|leg is|has|does|side was|was)|rights|lefts|only (?:that|one)"
                 r"|since|before|any ?more|stairs|upstairs|step|steps|suddenly|lately|used to|new|worried|session|workout"
                 r"|started|this week)\b",
         without_context="drop",
         unless=r"\b(?:lunges?|split squats?|imbalance|always been|always was|dominant|unilateral|bulgarian|pistol|doms"
                r"|leg_day|pump|burn|lol|rows?|rowing|press|presses|bench|curls?|pull ?ups?|pulldowns?|carries|arms?"
                r"|shoulders?|lats?|grip)\b"),
    # one side that cannot do what it did: "can't do a calf raise on my right anymore", "right leg has no power"
    Rule(Sign.ONE_LEG_WEAK, r"\b(?:cant|couldnt|unable to|can no longer|no longer) (?:do |manage |get )?(?:a |one |any |single )?"
                            r"(?:single leg )?(?:calf_raises?|calf raises?|heel raises?|toe raises?|heel_raises?)\b"
                            r"(?: \w+){0,4} (?:left|right|one)\b",
         context=r"\b(?:other|left|right) (?:\w+ )?(?:is |side is |one is |was )?(?:normal|fine|ok|good|easy)\b"
                 r"|\b(?:any ?more|since|new|used to|before|weak|weaker)\b", without_context="drop"),
    Rule(Sign.ONE_LEG_WEAK, rf"\b(?:left|right|one) (?:leg|foot|calf|thigh|knee)\b{_ACROSS}{{0,6}} (?:has |had |got )?"
                            r"(?:no power|no strength|(?:keeps |kept )?(?:giving way|gives way|gave way|buckling|buckles"
                            r"|buckled)|gives|gave)\b(?! (?:me|you|us|him|her|it|them|up|out on the)\b)",
         unless=r"\b(?:lunges?|split squats?|bulgarian|pistol|doms|leg_day|pump|lol|haha|bike|sprint\w*|run|running)\b"),
    Rule(Sign.ONE_LEG_WEAK, r"\b(?:toes|toe|foot|ankle)\b(?: \w+){0,4} (?:wont|doesnt|dont|cant|wouldnt|isnt|wont) (?:lift"
                            r"|come up|go up|pull up|clear|raise)\b",
         context=r"\b(?:left|right|one)\b", without_context="drop", unless=r"\b(?:bar|weight|plates?|kg)\b"),
    # --- sharp or stabbing; something went, gave or pinged ---
    Rule(Sign.SHARP_PAIN, near(_SHARP, _BACK, 7), context=HURTS + r"|\b(?:back|ouch|ow)\b",
         without_context="drop", unless=_NOT_SHARP),
    Rule(Sign.SHARP_PAIN, r"\b(?:catch|catches|catching) (?:in|at|when|whenever|every) (?:my |the )?(?:lower |low )?"
                          r"back\b|\bback (?:keeps )?(?:catching|catches|caught(?! (?:a|the|some|my|sun)\b))\b|\bcatching pain\b|\bsharp catch\b"),
    Rule(Sign.SOMETHING_POPPED, rf"\bsomething (?:just |kind of |sort of |like |kinda )?{_WENT}\b", context=HURTS + r"|\b(?:back|spine|disc)\b",
         without_context="drop", unless=_GONE_WELL + r"|\bsomething went (?:on|up|in the app)\b"),
    Rule(Sign.SOMETHING_POPPED, r"\bback (?:just |completely |totally |has |had"
                                r" |then |suddenly )?(?:went|gone|gave|given|went again|gone again|went on me|gave on"
                                r" me|popped|pinged|twanged|clicked|clunked|snapped|shifted|slipped)"
                                r"(?= (?:on|during|mid|when|while|again|lifting|picking|at|as|doing|halfway|in|after"
                                r"|with|last|this|yesterday|today|and|\|)\b| ?$)",
         unless=_GONE_WELL, unless_anywhere=_PAINLESS),
    Rule(Sign.SOMETHING_POPPED, _FELT, context=r"\b(?:back|spine|disc|lumbar|tailbone)\b", without_context="drop",
         unless=_GONE_WELL + r"|\b(?:hips?|knees?|ankles?|wrists?|fingers?|jaw|bar|plates?|pump|pre ?workout)\b",
         unless_anywhere=_PAINLESS),
    Rule(Sign.SOMETHING_POPPED, near(r"(?:pop|popped|popping|snap|snapped|snapping|tear|tearing|torn|rip|ripping|ripped"
                                     r"|twang|ping|clunk|something (?:is )?breaking|breaking)",
                                     r"(?:back|spine|pain|hurts?|painful|agony|lumbar)", 8),
         context=r"\b(?:back|spine|lumbar|disc)\b", without_context="drop", unless_anywhere=_PAINLESS,
         unless=r"\b(?:pop|popped|popping) (?:in|by|over|round|out) (?:to|at|for|the gym)\b|\bpopped (?:a|an|my|some)"
                r" (?:pr|pb|pill|pre|preworkout|painkiller|ibuprofen|paracetamol|new)\b|\bpop (?:a|an|some) (?:pill"
                r"|painkiller|ibuprofen)\b|\b(?:tear|rip|ripped) (?:up|through|into)\b|\bripped (?:abs|physique)\b"
                r"|\b(?:crack|cracked|cracking) my back\b|\bchiro\w*|\brelief\b"),
    # a click or crack with pain straight after: "one click came in my back and after that pain started"
    Rule(Sign.SOMETHING_POPPED, near(r"(?:click|clicked|clunk|clunked|crunch|crunched)", rf"(?:{PAIN_STRICT}|sore|painful|agony)", 8),
         context=r"\b(?:back|spine|lumbar|disc)\b", without_context="drop", unless_anywhere=_PAINLESS,
         unless=r"\b(?:knees?|hips?|shoulders?|neck|knuckles|jaw|wrists?|ankles?|crack my back|chiro\w*|relief|better)\b"),
    # --- the person's own diagnosis ---
    Rule(Sign.LAY_DIAGNOSIS, near(r"(?:disc|disk|discs|disks)", _DISC, 5),
         unless=r"\b(?:disc (?:brake|brakes|golf|jockey)|frisbee|dj|plates?|cd|dvd|vinyl|hard (?:disk|drive))\b"),
    Rule(Sign.LAY_DIAGNOSIS, r"\b(?:disc|disk|discs|disks)\b", context=HURTS + r"|\b(?:back|spine|ouch)\b",
         without_context="drop", unless=r"\b(?:disc (?:brake|brakes|golf|jockey)|frisbee|dj|plates?|cd|dvd|vinyl|kg"
                                        r"|weights?|bumper|olympic|loaded|\d+ ?kgs?)\b"),
    Rule(Sign.LAY_DIAGNOSIS, r"\bnerve\b", context=HURTS + r"|\b(?:back|spine|buttock|bum|hip)\b", without_context="drop",
         unless=r"\b(?:nerves? (?:before|about)|nervous|lost my nerve|nerve to|nerves of steel|bag of nerves|on my nerves"
                r"|nerve (?:racking|wracking)|the nerve of)\b"),
    Rule(Sign.LAY_DIAGNOSIS, r"\b(?:feels|felt|feel|feeling) (?:exactly |just )?like (?:a |my |the )?(?:disc|disk|slipped disc"
                             r"|nerve|trapped nerve|sciatica)\b|\b(?:sure|think|reckon|bet|probably|must be|guess|as_to)(?: \w+){0,2}"
                             r" (?:a |my |the )?(?:disc|disk)\b(?! (?:plates?|weights?|brakes?|golf))"),
    # sciatica said as the writer's own, flaring now
    Rule(Sign.LAY_DIAGNOSIS, r"\bsciatica\b(?: \w+){0,2} (?:flared|flaring|flare|flares|playing up|kicking off|acting up|is back"
                             r"|came back|started|again|is bad|worse|killing)\b|\bmy sciatica\b"),
    Rule(Sign.LAY_DIAGNOSIS, _NERVE, unless=r"\b(?:nerves? (?:before|about)|nervous|my nerves|lost my nerve|nerve to"
                                            r"|nerves of steel|bag of nerves)\b"),
    Rule(Sign.LAY_DIAGNOSIS, _LAY_MORE, context=HURTS + r"|\b(?:back|disc|nerve|playing up|flaring|flare|physio"
                                                         r"|issue|problem)\b", without_context="drop",
         unless=r"\b(?:bulge (?:in|of) (?:my |the )?(?:bicep|biceps|arm|arms|muscle|quad|calf|vein)|veins?)\b"),
    # --- a back that will not straighten; a changed walk ---
    Rule(Sign.LOCKED_BACK, r"\b(?:doesnt|wont|not|isnt) let(?:ting)? me (?:go up |stand |get |stand up |be )?(?:fully |properly"
                           r" )?(?:straight|upright|up)\b|\bcant be straight\b|\b(?:goes|going|pulled|pulls) to one side\b"
                           r"|\bstuck (?:at|in) a (?:\w+ )?bend\b|\bnot letting go\b|\b(?:lock|locks|locking) up\b"
                           r"|\b(?:cant|couldnt|unable to) (?:i |he )?(?:stand|straighten|get up|stand up|sit up)"
                           r"(?: up)? (?:straight|upright|properly|fully)\b"
                           r"|\b(?:leaning|tilted|tilting|shifted|crooked|lopsided|skewed|listing|bent) (?:over )?"
                           r"(?:to (?:one|the) (?:side|left|right)|sideways)\b"
                           r"|\b(?:cant|couldnt) (?:get|climb|roll) out of (?:bed|the car)\b|\bhad to crawl\b"
                           r"|\bcrawl\w* to the (?:toilet|loo|bathroom)\b",
         context=HURTS + r"|\b(?:back|spine|spasm|seized|locked|stand|straight|upright|since|session|workout"
                         r"|morning)\b", without_context="drop",
         unless=r"\b(?:lol|haha|doms|legs|hangover|hungover|tired|lazy|motivation|bar path)\b"),
    Rule(Sign.CHANGED_WALKING, r"\b(?:walk|walking|walks|stride|gait|steps?)\b(?: \w+){0,4} (?:strangely|oddly|weirdly"
                               r"|funny|funnily|slow|slower|more slow|shorter|uneven|unevenly|lopsided|wonky|on one side"
                               r"|all over the place"
                               r"|like (?:a |an )?(?:injured|penguin|robot|cowboy|old man|ive been shot|i was shot|i got shot))\b"
                               r"|\bwalk with one leg\b|\bhitch in (?:my |me |the )?(?:giddy ?up|giddyup|step|stride|walk|gait)\b"
                               r"|\b(?:walkin|walking|walk) (?:funy|funny|wonky|weird)\b|\b(?:cant|couldnt) walk (?:normal|well|good|like (?:before|normal))\b",
         unless=r"\b(?:lol|haha|leg_day|doms|squats|lunges|walking lunges|to the gym|home|treadmill|incline|dead legs"
                r"|step ?ups|to the car|after (?:those|that|these))\b"),
    Rule(Sign.CHANGED_WALKING, r"\b(?:favouring|favoring|babying|sparing|guarding) (?:my |the |one )?(?:left |right )?"
                               r"(?:leg|side|foot|knee|hip)\b|\b(?:cant|couldnt) put (?:any |much |full |my )?weight"
                               r" (?:on|through) (?:my |the |that )?(?:left |right )?(?:leg|foot|side)\b"
                               r"|\b(?:dragging|drag|dragged) (?:my |the |one )?(?:left |right )?(?:side|leg)\b"
                               r"|\bwalking (?:like )?(?:on the (?:side|outside|edge) of my foot|bent over|crooked|lopsided"
                               r"|sideways|like a robot|like an old man|with a stick)\b|\bwalking stick\b",
         unless=r"\b(?:lol|haha|leg_day|doms|squats|lunges)\b"),
)
