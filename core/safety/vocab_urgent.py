"""Urgent signs (see a doctor today) in the words people use when nobody gave them a form to fill.

concepts.py and vocabulary.py hold the first lists; this module writes each urgent sign of
safety-sources.md §2.3 out further: fever as men describe it ("running hot", "coming down with
something", "thermometer says 39"), sheets soaked at night, a cancer history named by its treatment,
weight going without a cut, pain that no position or rest touches, thin bones or long-term steroids
with a fall or strain, a weak immune system, injecting. Stance is judged in screening.py.
"""
from __future__ import annotations

from core.safety.concepts import near
from core.safety.patterns import NO_KNOCK, PAIN_STRICT, Rule
from core.safety.signs import Sign

# pain said about the body, not "back" the adverb ("back to the gym after flu")
HURTS = (rf"\b(?:{PAIN_STRICT}|sore|throbb\w*|spine|spinal|lumbar|sciatica|agony|excruciating|in bits|grumbling"
         r"|moaning|playing up|acting up|not happy|killing|kills|paining|flared|flaring|playing (?:silly buggers|games|funny))\b|\b(?:because of|for|with|from) (?:my |the )?back\b"
         r"|\bback (?:is |has |was )?(?:been )?(?:bad|crook|rubbish|grim|awful|terrible|rough|wrecked|knackered|shot|done in|gone|worse)\b")
SORE = (rf"\b(?:{PAIN_STRICT}|sore|sorer|throbb\w*|agony|tender|grumbling|moaning|in bits|killing me"
        r"|painfull?|paining)\b")
_FEVER_WORDS = (
    r"\b(?:temp|temperature|thermometer|fever)\b(?: \w+){0,3} (?:3[7-9]|4[0-2]|high|up|raised|spiking"
    r"|spiked|climbing|through the roof|sky high)\b"
    r"|\b(?:high|raised|spiking|spiked) (?:temp|temperature|fever)\b"
    r"|\brunning (?:hot|a fever|a temp|a temperature|a high)\b"
    r"|\b(?:having|have|has|got|with) (?:a |some |high )?(?:temperature|temp|fever)\b(?! (?:check|of the room|in the gym))"
    r"|\b(?:flu|fluey|covid|corona|flu bug|virus|chest infection|kidney infection|uti|water infection|abscess"
    r"|stomach bug|tummy bug)\b"
    r"|\b(?:coming|came|come) down with (?:something|a bug|the flu|flu|a virus|a cold|a fever)\b"
    r"|\b(?:under the weather|run down|poorly|death warmed up|fevery|feverish|feverishness|febrile|crook as a dog"
    r"|rough as (?:guts|a dog)|cant (?:get|stay|keep) warm|cant stop shivering)\b"
    # "hot and sweaty one minute, freezing the next": the swing may cross a comma
    r"|\b(?:hot|sweaty|boiling|roasting|burning up|sweating)\b(?: (?:\w+|\|)){0,5} (?:freezing|cold|shivering|shivery"
    r"|shaking) (?:the next|after|then)\b"
    r"|\b(?:freezing|cold|shivering|shivery)\b(?: (?:\w+|\|)){0,5} (?:hot|boiling|roasting|sweating|sweaty) (?:the next|after|then)\b"
    r"|\b(?:hot|sweaty|boiling|roasting|sweating|freezing|cold|shivering|shivery)\b(?: (?:\w+|\|)){0,3} (?:the next|then)"
    r"(?: minute| moment| second| hour)? (?:freezing|cold|shivering|shivery|shaking|hot|boiling|roasting|sweating|sweaty)\b"
    r"|\b(?:shivering|shaking|shivery|shaky|the shakes|chills|freezing|cold)\b(?: \w+){0,3}"
    r" (?:and|then|but|one minute) (?:\w+ )?(?:sweat\w*|hot|boiling|burning up|roasting)\b"
    r"|\b(?:hot|boiling|roasting|sweating)\b(?: \w+){0,2} (?:and|then|n) (?:\w+ )?(?:cold|freezing|shivering"
    r"|shaking|shivery)\b"
    r"|\b(?:aching|achy|aches|sore) all over\b|\bbody aches\b"
    r"|\b(?:shivering|shivers|shivery|teeth chattering|chattering teeth)\b"
    r"|\bnot (?:very |feeling |at all )?well\b(?! (?:rested|executed|done|made|planned|written|known))")
_NOT_ILL = (r"\b(?:fever pitch|cabin fever|temperature check\w*|room temperature|gym (?:is|was) (?:hot|cold|freezing)"
            r"|hot in (?:here|the gym)|sauna|hangover|hungover|cold shower|ice bath|cold plunge|lol|haha"
            r"|after (?:the |my |a )?(?:session|workout|run|sets?|leg day|cardio)|bug in the app|app|phone"
            r"|laptop|computer|pump|doms|fever dream|chills (?:watching|listening|down my spine)|gave me (?:the )?chills"
            r"|heating|freezing gym|cold gym|jab|vaccine|vaccination|flu shot|booster)\b")
_WET = (r"(?:wet through|wet body|all wet|soaking wet|soaked|soaking|soakd|sopping|sweatin|swetting|wringin|drenched|dripping|pouring|wringing wet"
        r"|puddle|clammy|sweat|sweats|sweating|sweaty|swetty|damp|(?:jumped|been) in (?:a |the )?(?:pool|lake|sea|river|shower)"
        r"|change (?:my |the )?(?:t shirt|shirt|top|pyjamas|pajamas|pjs|sheets)|wring (?:out )?(?:my |the )?(?:t shirt|shirt|pjs))")
_NIGHT = (r"(?:wake|woke|waking|wakes|wakin|wokeup|woken|awake|night|nights|nightly|overnight|bed|sheets|pillow|mattress"
          r"|pyjamas|pajamas|pjs|1am|2am|3am|4am|5am|asleep|sleeping)")
_CANCER_MORE = (r"\b(?:canc\w*|prostate (?:cancer|removed|out|op|operation|surgery|biopsy)|psa (?:is |was )?"
                r"(?:high|up|raised)|secondaries|mets|big c|c word|hodgkin\w*|mesothelioma|seminoma"
                r"|malignan\w*|oncolog\w*|chemo\w*|radiotherapy|radiation treatment|remission"
                r"|(?:lump|growth|tum(?:ou?|e)r|mole) (?:removed|cut out|taken out|out)|(?:removed|cut out|took out)"
                r" (?:a |the |my )?(?:lump|growth|tum(?:ou?|e)r)|cancer survivor|survivor of (?:cancer|\w+ cancer)|melanoma|lymphoma|leuka?emia|myeloma|sarcoma"
                r"|carcinoma|bowel cancer|stage (?:1|2|3|4|one|two|three|four))\b")
_WEIGHT = (r"(?:weight|weigt|weigh|kg|kgs|kilo|kilos|kilogram\w*|pound|pounds|lbs|lb|stone|stones|half a stone"
           r")")  # "5kg" is read as "5 kg" (normalise.py)
_GOING = (r"(?:lost|losing|lose|loses|loss|minus|less|dropped|dropping|shed|shedding|down|gone down|fallen|falling"
          r"|reducing|reduced|decreasing|decreased|going down itself"
          r"|melting|coming off|falling off|dropping off|keeps dropping|keeps going down|going down|went down)")
_UNEXPLAINED = (r"\b(?:not (?:even |really |actually )?(?:trying|dieting|cutting|on a (?:diet|cut)|meaning to)"
                r"|no (?:reason|idea|clue|explanation)|dont (?:even )?know (?:why|how)|cant explain|without (?:trying|meaning to"
                r"|dieting|diet|a diet|doing anything|a reason|any reason|changing)|eating (?:normally|the same|more|loads|plenty|like a horse"
                r"|well|as much|as usual|everything|lots)|havent changed|not changed|same diet|same food"
                r"|bulk|bulking|unexplained|for no|mysteriously|by itself|on its own|out of nowhere"
                r"|not sure why|no appetite|off my food|cant eat|scary|worried|weird|no diet|dont (?:make |do )?diet"
                r"|not diet\w*|eat (?:the )?same|eat more|eating extra|eating more|havent (?:been )?tr(?:i|y)\w*|not been trying"
                r"|without me|no cardio|unexplain\w*|unwanted|not wanted|didnt want|dunno why|confus\w*"
                r"|havent changed (?:anything|my diet|my food)|no change in (?:eating|my eating|diet|my diet|food|what i eat)|itself|didnt (?:try|mean|want)|did not try|not try"
                r"|(?:havent|hasnt|wasnt|not|never) been (?:on (?:a |any )?(?:diet|cut)|dieting|cutting|trying|counting)"
                r"|nothing (?:is |has )?changed)\b")
_CUT = (r"\b(?:lol|haha|holiday)\b|(?<!not )(?<!not even )(?<!not on a )(?<!even on a )(?<!without )(?<!no )(?<!changed my )(?<!change my )(?<!any )(?<!nt been )(?<!not been )\b(?:cut|cutting|diet|dieting|deficit"
        r"|calories|fasting|keto|shred\w*|weight loss goal|goal weight|on track|progress|weigh in)\b")
# the writer says the weight loss is meant: "I'm on a cut", "the diet is working"
ON_A_CUT = (r"\b(?:lol|haha|holiday)\b|(?<!not )(?<!even )(?<!never )(?<!havent been )\bon a (?:cut|diet|deficit)\b"
            r"|\b(?:the|my) (?:cut|diet|deficit) is\b")
_NO_POSITION = (
    r"\b(?:no matter (?:how|what|which way|where)|doesnt matter (?:how|what|which way|where)|whether|whatever way"
    r"|(?:doesnt|dont|didnt) care (?:if|whether|how)"
    r"|whichever way|any way|every way|any position"
    r"|every position|whatever position|which ever way) (?:\w+ ){0,2}(?:lie|lay|sit|sleep|turn|position"
    r"|move|try|lying|laying|sitting|standing|sleeping)\b"
    r"|\b(?:turning over|rolling over|changing position\w*|moving position|shifting position|switching sides"
    r"|lying (?:down|flat|still|in bed)|laying (?:down|flat|in bed)|lie down|going to bed"
    r"|changing sides|lying on my side|propping|pillows?)(?: \w+){0,3} (?:does nothing|doesnt help|didnt help"
    r"|makes no difference|no difference|doesnt change|doesnt ease|wont ease|changes nothing|helps nothing"
    r"|nothing)\b"
    r"|\b(?:day (?:and|or|n) night|night (?:and|or) day|round the clock|around the clock|24 7|twenty four seven"
    r"|all day and all night|all day all night|never lets up|doesnt let up|wont let up|never switches off"
    r"|tossing and turning|toss and turn|constantly|sits there all night|there all night|throbs all night"
    r"|nothing (?:makes it|will make it|helps it|lets it) (?:ease|settle|calm down)|nothing eases it"
    r"|never eases|never settles|always there|there all the time|there constantly|no let up|constant"
    r"|nonstop|non stop|no side is comfortable|no position (?:helps|works|is comfortable)|whatever way i lie"
    r"|same all day|resting (?:does|did) (?:zero|nothing)|rest (?:does|did) (?:zero|nothing)|every (?:minute|hour|second|waking (?:minute|hour)) of the day|all day every day)\b"
    r"|\b(?:awake|lay awake|lying awake|laying awake) (?:since|from|till|until|every night|most nights"
    r"|half the night|all night) (?:\d+|midnight|2|3|4|three|four|two)?"
    r"|\b(?:hurt|hurts|hurting|ache|aches|aching|pain|sore|painful) always\b"
    r"|\balways (?:\w+ )?(?:hurts?|hurting|aches?|aching|sore|painful|in pain|there)\b"
    r"|\b(?:even|also|still) (?:when|while|if|as) (?:i |im )?(?:rest|resting|lie|lying|lay|laying|sit|sitting"
    r"|sleep|sleeping|in bed|doing nothing|still|relax\w*|on the sofa|on the couch)\b"
    r"|\b(?:even|also|still) (?:in bed|at rest|at night|lying (?:down|still|flat)|resting|sitting still"
    r"|doing nothing|on the sofa|on the couch)\b"
    r"|\b(?:cant|couldnt) find (?:a |any |the )?(?:good |comfortable |comfy |right )?position\b"
    r"|\b(?:cant|couldnt) get (?:comfy|comfortable)(?: \w+){0,3} (?:at night|in bed|all night|no matter)\b"
    r"|\b(?:not|isnt|no|never) (?:any )?better (?:when|while|if|with|after) (?:i )?(?:rest|resting|lie|lying|lay|laying"
    r"|sit still|sleep|sleeping|stay still)\b"
    r"|\b(?:hurts?|hurting|aches?|aching|pain|painful|sore)\b(?: \w+){0,3} (?:also|even) (?:in|at|during) (?:the )?night\b"
    r"|\b(?:keeps|kept|keeping) me awake\b|\bawake (?:every|all|most) (?:single )?nights?\b"
    r"|\b(?:cant|couldnt|unable to) (?:sleep|get to sleep|stay asleep|lie down|lie flat|lie on my back)"
    r" (?:for|because of|with|due to|from) (?:the |my |this )?(?:back|pain|ache)\b")
# "no matter which way I turn it doesn't ease": relief not coming is itself about pain
_NIGHT_HURTS = HURTS + r"|\b(?:ease|eases|easing|eased|relief|shifts it|worse at night|better when i rest)\b"
_NOT_REST_PAIN = (r"(?<!position )(?<!any )(?<!no )(?<!not )(?<!doesnt )(?<!dont )(?<!wont )(?<!never )(?<!nothing )\b(?:better|eases"
                  r"|easier|helps|fine|goes away|go away|gone|stops|relief|baby|kids?"
                  r"|newborn|toddler|noise|neighbours?|caffeine|coffee|pre ?workout|shift|nights? (?:out|shifts?)|(?:on|work|working) nights|open|gym is"
                  r"|constant tension|constantly (?:improving|progressing)|keep (?:it|your back) (?:tight|neutral)"
                  r"|brace|bracing|form|cue|i train|train|training|gym|i work|working)\b")
_WEAK_BONES = (r"\b(?:bones? (?:are |is )?(?:\w+ )?(?:weak|thin|thinning|brittle|fragile|soft|crumbly|like chalk)"
               r"|(?:weak|thin|thinning|brittle|fragile|soft|crumbly) bones|bone (?:density|scan|loss)"
               r"|osteo\w*|steroid\w*|prednisolone|prednisone|pred|cortico\w*|hydrocortisone|dexamethasone"
               r"|budesonide|long term steroids?"
               r"|roids for (?:my |the )?(?:lungs?|asthma|copd|chest|crohns|colitis|arthritis|skin|eczema|bowel|kidneys?|lupus))\b")
_KNOCK = (r"\b(?:fell|fall|falls|fallen|slipped|slip|tripped|trip|twisted|lifted|lift|lifting|strained|strain"
          r"|tweaked|tweak|hurt|jarred|bent|sneezed|coughed|picking up|picked up|landed|knocked|bumped|missed"
          r" a step|went over|stumbled|pulled)\b")
_GEAR = r"\b(?:gear|cycle|juice|juicing|roids(?! for (?:my |the )?(?:lungs?|asthma|copd|chest|crohns|colitis|arthritis|skin|eczema|bowel|kidneys?|lupus))|anabolic|natty|test e|test cyp|testosterone|trt|sarms|bodybuilding|gains)\b"
_IMMUNE_MORE = (r"\b(?:imm?uno\w*|neutrophils?|neutropeni\w*|transpla?nt\w*|anti rejection|rituximab|infliximab|adalimumab|humira|enbrel|etanercept|stelara"
                r"|mycophenolate|cellcept|prograf|tacrolimus|azathioprine|methotrexate|biologics?|dialysis"
                r"|spleen (?:removed|out)|no spleen|organ transplant|kidney transplant|liver transplant"
                r"|transplant|hiv|aids|white (?:blood )?(?:cell|cells) (?:count )?(?:is |are )?(?:low|down)"
                r"|low (?:immunity|white cells?)|immunity (?:is )?(?:low|weak|shot)|get sick (?:easy|easily|all the time)"
                r"|catch everything|(?:medicine|medicines|meds|medication|tablets|pills|drugs|injections) (?:for|that lower"
                r"|that suppress|to suppress|to lower) (?:my |the )?immun\w*|immune (?:suppressing|suppressant)\w*"
                r"|immune system\b(?: \w+){0,6} (?:weak|low|shot|rubbish|compromised|useless|chocolate teapot|non existent"
                r"|suppressed|knackered|wrecked|bad|poor|down|on the floor|tanked|zero)"
                r"|white (?:blood )?(?:cell|cells|count)(?: \w+){0,3} (?:low|down|on the floor|rock bottom|tanked))\b")
_INJECTING = (r"\b(?:heroin|smack|methadone|needle exchange|track marks|jacking up|slamming|injecting|inject"
              r"|injected|using needles|shooting up|shot up|iv user|iv drug\w*|banging up|speedball\w*"
              r"|needles? users?|intravenous\w*|iv|jabbing myself|injecting myself|pinning"
              r"|(?:use|using|used|share|sharing|shared) (?:\w+ )?needl?e?s|needl?e?s (?:for|with) (?:drugs|gear|smack|heroin))\b")

_INFECTION = (r"\b(?:infection|infections|infected|infecton|antibiotics?|antibiotcs|anti biotics|ab(?:s|sc|c)ess|septic|cellulitis|uti|utis|sepsis|pus|oozing"
              r"|weeping|stepped on a (?:nail|rusty)|puncture wound|deep cut|gash|stab wound|wound|wounds|spinal (?:surgery|op|operation)|(?:surgery|op|operation)"
              r" on my (?:spine|back)|back (?:surgery|op|operation))\b"
              r"|\b(?:wound|cut|scar|tattoo|piercing|bite|graze|spot|boil)\b(?: (?:\w+|\|)){0,8} (?:red|swollen|hot|angry"
              r"|infected|weeping|oozing|septic)\b")
_NOT_INFECTION = (r"\b(?:wound up|wound down|wounded pride|immune to|antibiotic free|infection control|ear infection|eye infection|someone|kid|kids|lol"
                  r"|haha|tattoo (?:idea|artist|session)|deadlift|rows?|squats?|from (?:the )?(?:gym|session|workout))\b")
_LUMP = r"(?:lump|lumps|bump|swelling|swollen bit|swollen area|knobbly bit|something hard|hard bit|growth|mass)"
_SPINE = (r"(?:spine|spinal|backbone|vertebra\w*|on my back|on the back|lower back|over the spine|bone in my back"
          r"|bones in my back)")
_SHAPE = (r"\b(?:spine|back|backbone|shoulders?)\b(?: \w+){0,3} (?:looks?|is|are|has|seems|gone|going|started to|getting"
          r"|look)(?: \w+){0,2} (?:crooked|curved|bent|wonky|hunched|round|rounder|rounded|twisted|lopsided|uneven"
          r"|not straight|curve|s shaped|to one side|sticking out)\b"
          r"|\bsticking out (?:more|further)\b|\b(?:lost (?:some |a bit of |an inch of |\d+ ?cm of )?height"
          r"|getting shorter|gotten shorter|more short|shorter than (?:i was|before))\b")
_NOT_SHAPE = (r"\b(?:video|deadlifts?|form|reps?|lifts?|squats?|sets?|pulls?|rows?|cue|bar|neutral|brace|posture|desk"
              r"|phone|computer|lol|haha|pump|lats|wider|bigger|muscle|knot)\b")
_THORACIC = (r"(?:(?:middle|midle|mid) of (?:my |the )?(?:spine|back)|upper middle back|middle back|upper back|mid spine|mid back|centre of (?:my |the )?back"
             r"|center of (?:my |the )?back|bra ?(?:strap|line)|in the middle|middle part|behind (?:my |the )?chest"
             r"|level of (?:my |the )?chest|thora\w*|between (?:my |the )?shoulderblades"
             r"|(?:between|betwen|btwn|tween) (?:my |the |both )?(?:shoulder ?blades?|sholder ?blades?|shouldr ?blades?"
             r"|shoulder bones|scapula\w*))")
# thoracic pain with a lift named as its cause anywhere in the message is a strain, not a red flag
_LIFT_CAUSE = (r"\b(?:did|doing|done|after|from|since) (?:\w+ ){0,2}(?:rows?|rowing|pull ?ups?|pullups?|chin ?ups?"
               r"|deadlifts?|shrugs|pulldowns?|face pulls|bench)\b")
_NO_CAUSE = (r"\b(?:no (?:obvious )?(?:cause|reason|accident|injury|strain)|havent (?:even )?(?:trained|done any\w*|lifted)"
             r"|(?:havent|not) (?:even )?been (?:to the gym|training|lifting)|not training"
             r"|if i havent|didnt (?:strain|lift|train|do)|not from|just sitting|watching tv|at home|no sport|nothing i can"
             r"|for no|out of nowhere|not the usual|not (?:muscle|the low back|the lower back)|rest this week"
             r"|by itself|on its own|didnt lift|cant link|cant think of (?:anything|what)|nothing (?:set|sets|caused) it"
             r"|no idea (?:what|why)|dont know what (?:caused|did|set)|didnt do anything|havent done anything)\b")



def _across(first: str, second: str, gap: int) -> str:
    """`near`, but the two may sit in neighbouring clauses of one sentence ("middle of my back, it is paining")."""
    a, b, words = f"(?:{first})", f"(?:{second})", rf"(?: (?:\w+|\|)){{0,{gap}}}"
    return rf"\b{a}\b{words} {b}\b|\b{b}\b{words} {a}\b"


URGENT_WORDS: tuple[Rule, ...] = (
    Rule(Sign.RECENT_INFECTION, _INFECTION, context=SORE, context_too=r"\b(?:back|spine|spinal|lumbar)\b",
         without_context="drop", unless=_NOT_INFECTION),
    Rule(Sign.SPINE_DEFORMITY, near(_LUMP, _SPINE, 6), context=SORE + r"|\b(?:new|appeared|wasnt there|never had)\b",
         without_context="drop", unless=r"\b(?:knot|bump into|bumped|lump of|lumps? of|pump)\b"),
    Rule(Sign.SPINE_DEFORMITY, _SHAPE, context=SORE, without_context="drop", unless=_NOT_SHAPE),
    Rule(Sign.MID_BACK_PAIN, _across(_THORACIC, rf"(?:{PAIN_STRICT}|sore|soreness|pain|ache|burning|stabbing|throbbing"
                                                r"|gnawing|deep|dull|constant|sharp|hurting|hurt|paining)", 8),
         context=_NO_CAUSE, without_context="drop",
         unless=r"\b(?:from|after|during|doing|did) (?:\w+ ){0,2}(?:rows?|rowing|pull ?ups?|pullups?|chin ?ups?"
                r"|deadlifts?|shrugs|pulldowns?|face pulls|bench)\b|\b(?:strained|pulled|tweaked|overdid|doms|pump|knot)\b",
         unless_anywhere=_LIFT_CAUSE),
    Rule(Sign.MID_BACK_PAIN, r"\b(?:higher up|further up|higher than (?:usual|normal)|behind (?:my |the )?(?:heart|ribs"
                             r"|breastbone))\b",
         context=_NO_CAUSE, context_too=HURTS + r"|\bnot (?:my |the )?(?:lower|low) back\b", without_context="drop",
         unless=r"\b(?:bar|rack|hands?|grip|shelf|pins?|bench|strained|pulled|tweaked)\b", unless_anywhere=_LIFT_CAUSE),
    Rule(Sign.FEVER, _FEVER_WORDS, context=HURTS, without_context="drop", unless=_NOT_ILL),
    Rule(Sign.NIGHT_SWEATS, near(_NIGHT, _WET, 7),
         unless=r"\b(?:workout|training|session|sets|gym|run|running|cardio|sauna|heating|heatwave|summer|duvet"
                r"|blanket|hot|heat|warm|air ?con|nightmare|dream|hangover|beers?|pee|peed|wet the bed|drool"
                r"|rain|shower|swim|lol|haha)\b"),
    Rule(Sign.CANCER_HISTORY, _CANCER_MORE,
         context=HURTS + r"|\b(?:playing up|acting up|flaring|flare)\b", without_context="drop",
         unless=r"\b(?:cancer stick|cancer research|charity|fundrais\w*|run for|race for|sponsor\w*"
                r"|star sign|zodiac|horoscope|someone|mets game)\b"),
    Rule(Sign.WEIGHT_LOSS, near(_GOING, _WEIGHT, 4), context=_UNEXPLAINED, without_context="drop",
         unless=_CUT, unless_anywhere=ON_A_CUT),
    Rule(Sign.WEIGHT_LOSS, r"\b(?:clothes|cloths|clothing|jeans|trousers|trousrs|pants|shorts|shirts?|tops?|belt|t shirts?"
                           r"|everything|collar|waistband|watch|rings?)\b(?: \w+){0,3}"
                           r" (?:hanging off|falling off|falling down|loose|looser|baggy|swimming on|too big)\b"
                           r"|\bnew hole in (?:my |the )?belt\b|\b(?:notch\w*|holes?|sizes?) (?:on|in|down) (?:my |the )?belt\b"
                           r"|\b(?:scales?|weight) (?:keeps |keep |is |has been |just )?(?:going|goes|went|dropping|falling"
                           r"|reducing|coming off)"
                           r"(?: down)?\b|\bwasting away\b|\bskin and bone\b|\bweigh (?:less|lighter)\b|\bshrinking\b"
                           r"|\b(?:belt|waist|trousers?|jeans) (?:\w+ ){0,4}(?:new hole|notch\w*|size down|too big|tighter hole|holes)\b"
                           r"|\bdropped (?:a |one |two )?(?:belt|trouser|jeans|waist|clothes) sizes?\b"
                           r"|\b(?:look|looking|looks|face is|face looks|getting|more) (?:\w+ )?(?:thinner|skinnier|gaunt"
                           r"|drawn|bony|thin)\b|\bscales? (?:says?|shows?|reads?) (?:minus|down|less)\b",
         context=_UNEXPLAINED, without_context="drop", unless=_CUT,
         unless_anywhere=ON_A_CUT),
    Rule(Sign.NIGHT_OR_REST_PAIN, _NO_POSITION, context=_NIGHT_HURTS, without_context="drop", unless=_NOT_REST_PAIN),
    Rule(Sign.NIGHT_OR_REST_PAIN, r"\b(?:no position (?:helps|works|is comfortable|feels|eases)|no side is comfortable"
                                  r"|whatever way i (?:lie|lay|sleep)|whichever way i (?:lie|lay)"
                                  r"|never switches off|day and night|night and day|even at night|all night long)\b",
         context=HURTS, without_context="ask",
         unless=_NOT_REST_PAIN + r"|\b(?:train\w*|gym|work\w*|study\w*|lol|haha|think|thinking|dream\w*|deadlifts?)\b"),
    Rule(Sign.BRITTLE_BONES, _WEAK_BONES, context=_KNOCK, without_context="drop", unless=_GEAR, unless_anywhere=NO_KNOCK,
         context_too=HURTS + r"|\b(?:tweaked|pulled|strained|hurt|jarred|twisted|put out|did)(?: \w+){0,3} back\b"),
    Rule(Sign.WEAK_IMMUNITY, _IMMUNE_MORE, context=HURTS + r"|\b(?:fever|temperature|chills|infection)\b",
         without_context="drop", unless=r"\b(?:immune to|herd immunity|vitamin c|boost\w* (?:my )?immun\w*)\b"),
    Rule(Sign.INJECTED_DRUGS, _INJECTING, context=HURTS, without_context="drop",
         unless=r"\b(?:vaccine|insulin|b12|flu shot|doctor injected|steroid injection|cortisone|slamming"
                r" (?:the|a|it|my) (?:bar|door|weights?|plates?|dumbbells?)|iv drip|on a drip)\b"),
)
