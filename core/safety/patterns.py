"""The phrase patterns for each warning sign, written over canonical words (see normalise.py).

Patterns only ever see lower-case canonical words separated by single spaces,
so `(?: \\w+){0,3}` means "up to three words in between" and never crosses a
clause. Limb symptoms (numbness, weakness) are not here: where they are felt
decides their tier, so limbs.py handles them.
"""
from __future__ import annotations

from dataclasses import dataclass

from core.safety.signs import Sign

PAIN = (r"(?:pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|achy|sore|soreness|tweaked"
        r"|strained|injured|injury|twinge|agony|killing me)")
PAIN_STRICT = r"(?:pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|achy|agony|killing me)"
BACKISH = r"(?:back|spine|spinal|tailbone|coccyx|lumbar|neck|sciatica)"
PAIN_CONTEXT = rf"\b(?:{PAIN}|{BACKISH})\b"
_TROUBLE = (r"(?:cant|couldnt|unable|trouble|hard|harder|difficult|difficulty|difficulties|problem"
            r"|problems|issue|issues|control|controlling|leak|leaks|leaking|leaked|accident|accidents"
            r"|dribble|dribbling|numb|wont|wouldnt|struggle|struggling|struggled|retain|retaining"
            r"|retention|incontinent|lost|losing|loss|weird|strange|change|changes|changed"
            r"|no feeling|didnt feel|dont feel|without feeling|without noticing)")
_NEEDS_TO_GO = (r"\b(?:need|needed|needs|have|gotta|got|going|go|quick|cant wait) (?:to )?(?:pee|poo)\b"
                r"|\bbefore (?:a|the|my|big|heavy) (?:\w+ )?(?:lift|comp|competition|meet|race|session|workout|match)\b"
                r"|\b(?:nerves|nervous|anxious)\b")
# hard-training talk that sounds like a fall: "crashed on the sofa", "lats hit by a truck"
_NOT_A_FALL = (r"\b(?:asleep|sofa|couch|bed|like a truck|by a truck|like a bus|by a bus|(?:arms|legs|hands)"
               r" (?:\w+ )?fell off|fell off somewhere|crashed out)\b")
# "is strength training good for osteoporosis?": a training question about a condition, no pain in the message
# thin bones said with the knock denied: "osteoporosis but I haven't fallen or strained anything"
NO_KNOCK = (r"\b(?:havent|hasnt|didnt|not|never|no|without) (?:had |been |ever )?(?:a |any )?(?:fallen|fall|falls|strained"
            r"|strain|injured|injury|knocked|tweaked|tripped)\b|\bnothing (?:has )?happened\b")
_TRAINING_QUESTION = (r"^(?!.*\b(?:pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|sore|agony|killing)\b)"
                      r"(?=.*\b(?:allowed|safe|good for|ok to|okay to|fine to|recommended|advice|tips|program|plan)\b)")
# out of breath from the effort just made, said with nothing that lasts: "gasping after the sled pushes"
_SPENT = (r"^(?!.*\b(?:still|minutes|mins|hours|wont|isnt|not settling|even|sat|sitting|resting|rest|lying|ages|now)\b)"
          r".*\b(?:after|from) (?:the |my |that |those |a |each |every )?(?:carries|sled|sled pushes|sprints?|swings|burpees"
          r"|circuit|intervals|hiit|run|set|class|session|workout|finisher|emom|amrap|wod|hills?|rower|bike|stairs)\b")
_JOKE = r"\b(?:almost|nearly|practically|basically|about to|gonna|going to|could have|couldve) "


@dataclass(frozen=True)
class Rule:
    """One way of saying a sign. Without `context` in the message the match is dropped or asked about."""

    sign: Sign
    pattern: str
    context: str = ""
    without_context: str = "ask"  # "ask" (needs a yes/no) or "drop" (not a sign at all)
    unless: str = ""  # a clause matching this is ordinary talk, not the sign
    unless_anywhere: str = ""  # a message matching this anywhere is ordinary talk ("..., my bench I mean")
    context_too: str = ""  # a second context the message must also hold ("rested" and "back pain")


RULES: tuple[Rule, ...] = (
    # --- emergency ---
    Rule(Sign.BLADDER_BOWEL, r"\bincontinent\b"),
    Rule(Sign.BLADDER_BOWEL,
         r"\b(?:pee|poo|pooped|pissed|wet|soiled|shat|shit|crapped|messed)"
         r" (?:myself|my (?:pants|shorts|trousers|bed|self))\b",
         unless=_JOKE + r"(?:\w+ ){0,2}(?:pee|poo|pooped|pissed|wet|shat|shit|crapped|messed)\b"
                r"|\b(?:lol|lmao|haha\w*|kidding|joking)\b"),
    Rule(Sign.BLADDER_BOWEL, rf"\b(?:pee|poo|bladder)\b(?: \w+){{0,4}} {_TROUBLE}\b"),
    Rule(Sign.BLADDER_BOWEL, rf"\b{_TROUBLE}(?: \w+){{0,4}} (?:pee|poo|bladder)\b",
         unless=_NEEDS_TO_GO + r"|\b(?:full|good|total|complete|normal|perfect) control\b"),
    Rule(Sign.BLADDER_BOWEL, r"\b(?:cant|couldnt|dont|didnt|barely) (?:feel|tell|notice|sense)\b(?: \w+){0,5}"
                             r" (?:pee|poo|bladder|toilet|bathroom)\b"),
    Rule(Sign.BLADDER_BOWEL,
         r"\b(?:cant|couldnt|unable to|struggling to|struggle to|barely) (?:go to|go|use|get to|make it to)"
         r" (?:the )?(?:toilet|bathroom|loo)\b"),
    Rule(Sign.CHEST_PAIN,
         r"\bchest (?:is |feels |felt |was |got |getting |really |so )*(?:pain|pains|painful|pressure"
         r"|tight|tightness|tightening|hurts|hurting|hurt|ache|aches|aching|heavy|heaviness"
         r"|squeez\w*|crushing|discomfort|weird|funny|strange|killing me|pounding)\b",
         unless=r"\b(?:on the bench|bench press\w*|benching|bar path|brace|bracing|arch|pump|pumped|doms|flyes|flys|dips)\b"),
    Rule(Sign.CHEST_PAIN,
         r"\b(?:pain|pains|pressure|tightness|tight|heaviness|heavy|crushing|squeezing|ache|aching"
         r"|discomfort|weight|stabbing|sharp|burning) (?:in|on|across|around|behind|through)"
         r" (?:my |the )?chest\b", unless=r"\b(?:bar|barbell|bench|dumbbells?|plates?)\b"),
    Rule(Sign.CHEST_PAIN, r"\b(?:crushing|squeezing|stabbing|sharp|tight) chest\b|\bheart attack\b"
                          r"|\bangina\b|\bchest pains?\b",
         unless=r"\b(?:gave|give|giving|nearly had|almost had|nearly gave|almost gave) (?:me |him |her )?(?:a )?"
                r"(?:mini |little |small )?heart attack\b|\b(?:mini|little|small) heart attack\b"),
    Rule(Sign.FAINTING, r"\b(?:fainted|syncope|unconscious)\b",
         unless=r"\b(?:nearly|almost) (?:\w+ )?(?:fainted|passed out) (?:when i (?:saw|heard|read|got)|seeing|at the"
                r"|reading|looking)\b|\bhow id describe\b"),
    Rule(Sign.FAINTING,
         r"\b(?:i|im|feel|felt|feeling|going|went|nearly|almost|gonna|to|bit|little|so|very"
         r"|really|got|getting|and|then|might|could) faint\b"),
    Rule(Sign.FAINTING, r"\b(?:pass|passed|passing|passes|black|blacked|blacking|blacks|grey|greyed"
                        r"|gray|grayed) out\b",
         unless=r"\bout (?:on|in) (?:the |my )?(?:couch|sofa|bed)\b|\b(?:beers?|drinks|drunk)\b"
                r"|\bout (?:the |some |all the |those |these )?(?:flyers|leaflets|windows|cards|sheets|papers|forms"
                r"|programmes|programs|sweets|cake|water|tickets|medals|drinks|snacks)\b"),
    Rule(Sign.FAINTING, r"\b(?:lost|lose|losing|loss of) consciousness\b"),
    Rule(Sign.FAINTING, r"\b(?:everything|vision|eyesight|sight|world|eyes) (?:went|goes|going"
                        r"|turned|turning|gone|go) (?:black|dark|white|grey|gray|blurry|fuzzy)\b",
         unless=r"\b(?:glasses|goggles|contacts|lenses|sweat|sweaty|chalk|screen|phone|tv|lights? (?:went|go))\b"),
    Rule(Sign.FAINTING, r"\b(?:i|me|just|nearly|almost|and|then|had|literally) collapsed\b"
                        r"|\bcollapsed (?:on|onto|to|in) (?:the )?(?:floor|ground|gym)\b",
         unless=r"\bknees?\b(?: \w+){0,3} collapsed\b|\bcollapsed (?:inward|inwards)\b|\b(?:lay|lying|laid) there\b"
                r"|\bcollapsed in(?= \||$| on (?:the |my )?(?:squat|rep|ascent|way up|lunge))"),
    Rule(Sign.BREATHLESS,
         r"\b(?:cant|couldnt|can barely|could barely|can hardly|could hardly|struggling to"
         r"|struggle to|struggled to|hard to|unable to|trouble|difficulty|problems?) (?:breathe)\b"),
    Rule(Sign.BREATHLESS, r"\bcant catch (?:my )?breathe\b|\bshort(?:ness)? of breathe\b"
                          r"|\bbreathless\w*|\bgasping\b|\bwheez\w*",
         unless=r"\b(?:lol|lmao|haha\w*|kidding|joking|had me gasping)\b|" + _SPENT),
    Rule(Sign.FALL_OR_CRASH,
         r"\bfell (?:off|down|over|from|onto|on|backwards|hard|awkwardly|badly|through|out of (?:a|the"
         r"|my) (?:tree|window|bed|chair|loft|car|truck|bunk))\b",
         context=PAIN_CONTEXT,
         unless=_NOT_A_FALL + r"|\bfell (?:off|out of) (?:the |my )?(?:wagon|bandwagon|track|plan|routine|program"
                r"|programme|schedule|habit|radar|map)\b|\bfell through\b|\bfell off a cliff\b"
                r"|\bfell down the (?:rankings|table|leaderboard|list|order|standings)\b"),
    Rule(Sign.FALL_OR_CRASH,
         r"\b(?:slipped|tripped) (?:and|on|down|over)\b|\b(?:had|took|have had|suffered|after)"
         r" (?:a|the|my) (?:\w+ )?(?:fall|tumble)\b|\b(?:bad|nasty|hard|big|heavy) (?:fall|tumble)\b"
         r"|\bfalling (?:off|down)\b|\b(?:i|and|then|just) fell\b|\b(?:ate shit|ate it|stacked it"
         r"|went flying|took a tumble)\b|\b(?:fall|fell|landed|land) on (?:the|my) (?:back|bum|butt"
         r"|tailbone|spine)\b",
         context=PAIN_CONTEXT,
         unless=_NOT_A_FALL + r"|\bfell (?:short|asleep|behind|apart|in love|flat|out of love)\b"
                r"|\b(?:bar|barbell|plates?|dumbbells?|weights?|grip|hands?|phone|bottle|straps?|belt|towel|kettlebell|kb|bell"
                r"|band|rope|cable|handle|chalk|shoe|shoes|foot|feet)"
                r" (?:\w+ )?slipped\b"),
    Rule(Sign.FALL_OR_CRASH,
         r"\b(?:car|bike|motorbike|motorcycle|ski|skiing|snowboard|cycling|work|traffic|road|scooter)"
         r" (?:accident|crash|smash)\b|\bcrashed (?:my|the|a|on|into|off)\b(?! (?:plans?|party|app|laptop|computer"
         r"|website|site|server|game|phone|pc|system|program|day|week)\b)|\b(?:was|been|got|in)"
         r" (?:in )?a (?:\w+ )?crash\b|\b(?:hit|knocked down) by a (?:car|bike|van|truck|bus)\b"
         r"|\brear ended\b|\bwhiplash\b|\blanded (?:hard )?on (?:my )?(?:back|tailbone|butt|bum|spine)\b"
         r"|\bdropped (?:the|a) (?:\w+ )?on (?:my )?(?:back|spine|neck)\b",
         context=PAIN_CONTEXT, unless=_NOT_A_FALL),
    Rule(Sign.HEARD_A_CRACK,
         r"\b(?:heard|felt|hear|feel) (?:a |an |some |something |it |this |a loud |a big )?"
         r"(?:crack|cracked|cracking|snap|snapped|snapping|crunch)\b"
         r"|\bsomething (?:cracked|snapped)\b|\b(?:loud|big|massive) (?:crack|snap)\b",
         unless_anywhere=r"\b(?:it was (?:the|my|a|just) \w+|turned out (?:to be )?(?:the|my|a|it was))\b",
         unless=r"\b(?:knuckles?|knees?|joints?|fingers?|toes?|ankles?|neck|pop of|crack on|phone|screen|glass|mirror|bottle|plate|plates|bench|floor tile|tiles|egg|walnut|nut|code|joke|whip|band|rope|creak\w*|squeak\w*|zip|zipper|bag|strap|straps|belt|lace|laces|chair|stick|twig|branch|pen|pencil"
                r"|no pain|painless|all fine|no harm)\b"),
    # --- urgent ---
    Rule(Sign.FEVER, r"\b(?:fever|chills|the shivers|shivering|shivery|rigors)\b"
                     r"|\b(?:have|got|running|run|with|had) a (?:high |bit of a )?(?:temperature|temp)\b"
                     r"|\bhigh (?:temperature|temp)\b",
         context=PAIN_CONTEXT,
         unless=r"\b(?:cabin|gym|spring|pump|football|saturday night|jungle|bieber) fever\b"
                r"|\bfever pitch\b|\btemperature checks?\b|\bfever dream\b|\bchills (?:watching|till|until|listening|down my"
                r" spine)\b|\bgave me (?:the )?chills\b|\bheating\b|\bsomeone (?:has|had|got|is) (?:a |the )?(?:fever|temp"
                r"|temperature|flu)\b",
         unless_anywhere=r"\b(?:gym|it|room|weather) (?:is|was) (?:freezing|cold|baltic)\b|\bheating (?:broke|is off|was off)\b"),
    Rule(Sign.NIGHT_SWEATS, r"\bnight sweats?\b|\bsweat\w* (?:at|through the|during the|in the)"
                            r" night\b|\b(?:wake|woke|waking) up (?:drenched|soaked|sweating|in a sweat)\b",
         unless=r"\b(?:heatwave|heat wave|the heat|hot (?:weather|night|nights|room)|summer|duvet|air ?con|hangover"
                r"|nightmare|fever dream)\b"),
    Rule(Sign.CANCER_HISTORY,
         r"\b(?:cancer|tumour|chemo|chemotherapy|radiotherapy|radiation therapy|oncologist|oncology"
         r"|leukaemia|leukemia|lymphoma|myeloma|metastas\w*|carcinoma|melanoma|sarcoma)\b",
         context=rf"\b(?:{PAIN}|playing up|acting up|flaring|flared|flare up|killing me)\b",
         unless=r"\b(?:cancer research|charity|fundrais\w*|run for|race for|sponsor\w*|star sign|zodiac|horoscope)\b",
         unless_anywhere=_TRAINING_QUESTION),
    Rule(Sign.WEIGHT_LOSS,
         r"\b(?:lost|losing|lose|dropped|dropping|shed|shedding)(?: \w+){0,3}"
         r" (?:weight|kg|kgs|kilos|pounds|lbs|lb|stone|\d+(?:kg|kgs|lbs?|kilos))\b|\bweight loss\b",
         context=r"\b(?:without trying|not trying|for no reason|no reason|not dieting|not on a diet"
                 r"|without dieting|no idea why|dont know why|unexplained|unintentional\w*|eating"
                 r" (?:normally|the same|more|as usual|loads)|mysteriously|not sure why|cant explain"
                 r"|out of nowhere|without meaning to)\b",
         without_context="drop", unless_anywhere=r"\b(?:lol|haha|holiday)\b"),
    Rule(Sign.NIGHT_OR_REST_PAIN,
         rf"\b(?:{PAIN_STRICT}|back)\b(?: \w+){{0,4}} (?:at night|all night|every night|at rest"
         r"|when (?:im )?(?:i )?(?:rest|resting|lying|lie|lay|sitting still|sleeping|sleep|in bed)"
         r"|while (?:resting|lying|sleeping|asleep)|in bed|even lying|even resting|day and night)\b",
         unless=r"(?<!any )(?<!no )(?<!not )(?<!nothing )\b(?:eases|eased|easier|better|goes away|go away|settles|helps"
                r"|improves|calms|fine|gone|relief"
                r"|(?:doesnt|dont|didnt|never|wont) (?:wake|keep|hurt|bother))\b"),
    Rule(Sign.NIGHT_OR_REST_PAIN, r"\b(?:night|nighttime|resting|rest) (?:pain|ache|aching)\b"
                                  r"|\bno position\b|\bnothing (?:helps|eases|works)\b"
                                  r"|\bcant (?:find|get) (?:a |any )?(?:comfortable|comfy)\b"
                                  r"|\bcant get comfortable\b",
         context=PAIN_CONTEXT, without_context="drop"),
    Rule(Sign.NIGHT_OR_REST_PAIN,
         r"\b(?:wakes|woke|waking|wake|keeps|keeping|kept) me up\b|\b(?:cant|couldnt) sleep\b",
         context=rf"\b(?:{PAIN_STRICT}|back)\b", without_context="drop"),
    Rule(Sign.NIGHT_OR_REST_PAIN,
         rf"\b(?:constant|constantly|nonstop|relentless|unrelenting) (?:\w+ )?{PAIN_STRICT}\b"
         rf"|\b{PAIN_STRICT} (?:is |are |has been )?(?:constant|nonstop|relentless|all the time|24 7"
         r"|day and night|never stops|doesnt stop|wont stop|never goes away)\b"
         r"|\b(?:always|constantly) (?:hurts|hurting|aches|aching|in pain)\b"),
    Rule(Sign.MID_BACK_PAIN,
         r"\b(?:between (?:my |the )?shoulderblades|mid back|midback|middle of (?:my |the )?back"
         r"|thoracic)\b",
         context=rf"\b{PAIN_STRICT}\b", without_context="drop",
         unless=r"\b(?:from|after|during|since|doing|did) (?:\w+ ){0,2}(?:rows?|rowing|pull ?ups?"
                r"|pullups?|chin ?ups?|deadlifts?|deadlifting|lifting|training|workout|session|gym"
                r"|bench|shrugs|pulldowns?|set|sets)\b|\b(?:strain|strained|pulled|tweaked|tweak"
                r"|overdid|squeeze|squeezing|retract)\b"),
    Rule(Sign.BRITTLE_BONES,
         r"\b(?:osteoporosis|brittle bones|low bone density|bone density|prednisone|prednisolone"
         r"|corticosteroids?|cortisone tablets|steroid (?:tablets|pills|medication|meds)"
         r"|long term steroids|steroids for)\b",
         context=r"\b(?:fall|fell|fallen|slipped|tripped|strain|strained|tweak|tweaked|twisted|pulled"
                 r"|hurt|hurts|pain|injured|crash|crashed|lifted|lifting|jarred)\b",
         unless_anywhere=_TRAINING_QUESTION + "|" + NO_KNOCK),
    Rule(Sign.WEAK_IMMUNITY,
         r"\b(?:immunocompromised|immuno compromised|immunosuppress\w*|immune suppress\w*"
         r"|(?:weak|weakened|low|poor|compromised|suppressed) immune(?: system)?"
         r"|immune system is (?:weak|low|compromised|suppressed)|transplant|hiv)\b",
         context=PAIN_CONTEXT, unless_anywhere=_TRAINING_QUESTION),
    # --- provider ---
    Rule(Sign.SHARP_PAIN,
         r"\bsharp (?:\w+ )?(?:pain|pains|twinge|stab|jab|sting|ache|shooting|feeling|sensation"
         r"|hurt|spasm)\b|\b(?:pain|it|twinge|back)(?: \w+){0,2} (?:is |was |got |feels |felt )?"
         r"(?:really |very |so |super )?sharp\b|\bsomething sharp\b|\bstabbing\b|\bstabs? of pain\b"
         r"|\blike a knife\b|\bknife like\b|\bpiercing pain\b",
         unless=r"\b(?:headlines?|news|paper|article|film|movie|series|documentary|fork|steak|food)\b"),
    Rule(Sign.SOMETHING_POPPED,
         r"\bsomething (?:\w+ )?(?:popped|went pop|tore|snapped|ripped)\b|\b(?:felt|heard|feel)"
         r" (?:a |something |it |my \w+ )?(?:pop|popped|popping|tear|tearing|rip|ripping)\b"
         r"|\b(?:back|spine|disc|disk|hip|glute|hamstring|lat|lats) (?:just )?(?:popped|went pop"
         r"|tore|snapped|cracked)\b|\bpop in (?:my )?(?:lower |low |upper |mid )?back\b"
         r"|\b(?:tore|torn|tear|ruptured?) (?:my |a |the )?(?:\w+ )?(?:muscle|lat|lats|hamstring|disc"
         r"|disk|ligament|tendon|back|bicep|biceps|pec|something)\b"
         r"|\bthink i (?:tore|ripped|pulled|snapped|broke) something\b",
         unless=r"\b(?:stretch\w*|crack my back|cracked my back|chiro\w*|felt great|feels great|relief|nicely"
                r"|(?:feels|felt) (?:\w+ )?better|cat cow|satisfying|yoga|knuckles|no pain|painless|didnt hurt)\b"),
    Rule(Sign.LEG_PAIN,
         r"\b(?:leg|thigh|calf|buttock) (?:pain|pains)\b|\b(?:pain|pains|ache) (?:in|down|into)"
         r" (?:my |the |one |left |right )*(?:leg|thigh|calf|buttock)\b"),
    Rule(Sign.WORSENING_PAIN,
         rf"\b(?:{PAIN}|back|it|sciatica)\b(?: \w+){{0,3}} (?:getting|gets|got|keeps getting"
         r"|keep getting|is getting|gotten|becoming|goes) worse\b|\bworse (?:and worse|every|each"
         r"|after every|after each|by the day|day by day)\b|\b(?:wont|doesnt|isnt|hasnt|not|never"
         r"|didnt) (?:go|going|gone|went) away\b|\b(?:not|isnt|hasnt|wont|doesnt|never|didnt)"
         r" (?:getting |gotten |got |been |get )?(?:better|improving|improved|easing|eased|ease"
         r"|settling|settled|settle)\b|\b(?:rest|resting|time off|days off|week off)\b(?: \w+){0,3}"
         r" (?:doesnt|didnt|isnt|hasnt|wont|not) (?:help|helping|helped|work|working|fix|change"
         r"|changed|make)\b|\beven (?:with|after) (?:rest|resting|time off|days off|a week off"
         r"|a break)\b|\bstill (?:hurts|hurting|aching|painful|in pain)(?: \w+){0,3} (?:after|despite)\b",
         context=PAIN_CONTEXT, without_context="drop"),
    # --- modify: a pain report, so the coach asks for the 0-10 number ---
    Rule(Sign.BACK_PAIN,
         r"\b(?:threw|thrown|put|tweaked|tweak|hurt|injured|strained|pulled|twisted|jarred|tweeked)"
         r" (?:out )?(?:my |the )?(?:lower |low |upper )?back\b|\bback (?:went|gave) (?:out|way"
         r"|on me)\b|\b(?:pain|twinge|spasm|spasms|ache|aches) in (?:my |the )?(?:lower |low"
         r" |upper )?back\b|\b(?:back|spine|lumbar)(?: is| was| has been| keeps| feels)?"
         r" (?:pain|pains|hurts|hurting|hurt|aches|aching|achy|painful|killing me|spasm\w*"
         r"|twinged|twinging|locked up|seized up)\b"),
)
