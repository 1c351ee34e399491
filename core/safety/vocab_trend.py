"""Pain trends in words (coaching.md §5, issue 13 item 4): rising, high twice, not eased by rest or weeks.

People rarely give the numbers the pain rules want. They say "worse than last week", "from bad to
worse", "sore after the second, painful after the third", "a 6 on Monday and a 7 today", "two
sevens", "rested all week and it still hurts", "three weeks of gentle sessions and no better".
Each counts like the numbers do: see a provider. A trend with no back or pain word in the message
is asked about; lift talk ("my bench is getting better", "6 sets again") is left alone.
"""
from __future__ import annotations

from core.safety.patterns import Rule
from core.safety.signs import Sign
from core.safety.vocab_urgent import HURTS

_ACROSS = r"(?: (?:\w+|\|))"  # a word or a clause break: "a 7 last time, and a 7 again today"
_HIGH = r"(?:6|7|8|9|10|six|seven|eight|nine|ten)"  # literal digits: the gate starts at them
_HIGHS = r"(?:sixes|sevens|eights|nines|tens)"
_NOT_SCORE = (r"\bwould\b(?: \w+){0,3} again\b|\b(?:reps?|sets?|kg|kgs|lbs?|kilos|minutes|mins|hours|seconds|secs|km|miles|am|pm|rpe|rir"
              r"|x|plates?|hours? sleep|out of 10 (?:sleep|energy|mood|motivation)|rounds|laps|floors)\b")
_LIFTS = (r"\b(?:bench|squat|deadlift|pbs?|prs?|numbers|lifts?|progress|gains|weights?|form|technique|grip"
          r"|reps|cardio|sleep|diet|motivation|strength|endurance|better and better|stronger|band|bands)\b")
_ON_A_LIFT = (r"\b(?:rpe|rir|over the sets|kg|kgs|lbs)\b|\b(?:negatives|reps|sets|pull ups|push ups|chin ups|dips|laps"
              r"|rounds|steps|km|miles|minutes|seconds|plates)\b(?: \w+){0,2} (?:more|further|faster|longer)\b|\b(?:back|i|im|core|body|legs|grip|lifts?) (?:is |am |are |feels |feel |getting |got )?(?:stronger|bigger"
              r"|better|fitter)\b|\b(?:gains|numbers|weights?|lifts?|pbs?|prs?|strength|reps)\b(?: \w+){0,2} (?:climbing"
              r"|rising|growing|increasing|going up|building)\b|\b(?:traffic|weather|prices?|queues?|motivation|app|wifi"
              r"|rain|winter|economy|out there)\b|\b(?:on|at|in|with|for) (?:the |my |those )?(?:squats?|bench|deadlifts?|rows?|pull ?ups?|lifts?"
              r"|sets?|reps?|cardio|run|form|technique|rower|erg|bike|treadmill|sprints?|intervals)\b|\bmy (?:bench|squat|deadlift|lifts?|form|technique|numbers"
              r"|grip|cardio|sleep|diet)\b|" + _LIFTS + r"(?: \w+){0,2} (?:up|more|higher|better)\b")
_PAINISH = HURTS + r"|\b(?:back|niggle|pain)\b"
_REST = (r"\b(?:rest|rested|resting|week off|weeks off|days off|day off|time off|break|deload|off training|no training"
         r"|not trained|havent (?:trained|lifted|been training|been lifting|been to the gym)|stopped training|stop sport"
         r"|stopped sport|laid off|took it easy|taking it easy|easy week|sat on my (?:backside|bum|arse|butt)|sat around"
         r"|lying down|ibuprofen|painkillers|couch|sofa|skipped|rest week|long weekend|without (?:the )?(?:gym|training|sport"
         r"|lifting)|no gym|no sport|away from the gym|(?:2|3|4|5|6|7|8|9|10|14|two|three|four|five|six|seven"
         r"|ten) days (?:off|of rest|without))\b")
# "it hasn't eased", "still the same": the relief that did not come is said of a pain
_BACK_HURTS = (r"\b(?:back|spine|spinal|lumbar|sciatica|pain|pains|painful|ache|aches|aching|hurts?|hurting|agony|eased"
               r"|easing|ease|eases|settled|settling|still the same|any better|improv\w*|shifted|budged|still as bad)\b")
_WEEKS = (r"\b(?:weeks|weks|wks|fortnight|month|months|week (?:2|3|4|5|6|two|three|four|five|six)|(?:since |from )?day one|(?:2|3|4|5|6|8|10|12|two|three|four|five|six) weeks"
          r"|since (?:early |late |mid |the start of |the end of )?(?:january|february|march|april|may|june|july|august"
          r"|september|october|november|december|christmas|easter|summer|spring|autumn|winter)|a while|ages|light (?:sessions"
          r"|training|weights|stuff)|gentle (?:sessions|training|stuff|mode|plan|workouts)|easy (?:mode|sessions"
          r"|exercise|workouts)|easier (?:plan|workouts|sessions)|lighter (?:loads|weights|sessions)|baby weights"
          r"|going easy)\b")
# the pain has not moved: "still sore", "the same", "no better", "did nothing", "hasn't settled"
_STILL = (r"\b(?:still (?:\w+ )?(?:hurts?|hurting|aches?|aching|sore|painful|the same|same|there|moaning|grumbling"
          r"|bad|meh|not right|playing up|crook|rubbish|crap|dodgy|grim|not great|no good|iffy)|still where i was"
          r"|same(?! (?:as (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|before|usual|always|planned"
          r"|the plan|ever)|split|plan|routine|weights?|time|session|workout|again))"
          r"|same (?:back )?pain|(?:hasnt|havent|didnt|not|isnt|wasnt) (?:\w+ )?(?:changed|settled|improv\w*|gone down"
          r"|going down|coming down|reducing|easing|easing up|easing off|eased|letting up|clearing|going away"
          r"|getting better|improving"
          r"|got any better|gotten any better|any better|helped|eased|shifted|budged|changing)|no better"
          r"|(?:zero|no|not much) (?:improvement|progress|change|difference)|not (?:\w+ )?any (?:improvement|progress"
          r"|change|difference|better)|cant (?:really )?say (?:its |it is )?(?:any )?better|did nothing|does nothing|does zero"
          r"|did zero|not making a dent|no dent|just as sore|as sore as|doesnt go better|take the pain down"
          r"|where it started|unchanged|plateaued|didnt get the memo|not really changing|about the same)\b")

TREND_WORDS: tuple[Rule, ...] = (
    # --- rising ---
    Rule(Sign.WORSENING_PAIN, r"\b(?:more|worse|worst|higher|stronger|bigger|sorer|sharper|more painful) (?:than|then)"
                              r" (?:last|the last|before|the one before|yesterday|it was|the previous|previous|on"
                              r"|the (?:week|day|session|time|workout|month) before)\b"
                              r"|\b(?:worse|worst|sorer|more painful|more sore) (?:this|today|now|these)(?: \w+){0,3}"
                              r" (?:than|then)\b"
                              r"|\b(?:getting|gets|got|gotten|becoming)"
                              r" (?:\w+ )?(?:worse|worst|more painful|sorer|more sore|more intense)\b"
                              r"|\b(?:worse|worst|more|more bad|bigger|higher|stronger) (?:after|with|each|every|and worse)"
                              r" (?:\w+ )?(?:every|each|workout|session|time|week|day|single|training)\b"
                              r"|\bfrom bad to (?:worse|worst)\b|\bfrom (?:a |an )?(?:0|1|2|3|4|5|zero|one|two|three|four|five)"
                              r" to (?:a |an )?(?:6|7|8|9|10|six|seven|eight|nine|ten)\b|\bworse (?:(?:and|sore) )?(?:worse|again)\b"
                              r"|\b(?:progressively|gradually|steadily|increasingly) (?:\w+ )?(?:worse|worst|sorer"
                              r"|more painful)\b|\b(?:escalating|snowballing|spiralling|spiraling|trending up"
                              r"|upward (?:slope|trend|curve)|more not less|more and not less)\b"
                              r"|\b(?:rising|climbing|increasing|growing|building|go up|goes up|going up|went up|gone up|risen|rose"
                              r"|crept up|creeping up|creeps up) (?:every"
                              r"|each|week|session|day|with|after|since)\b|\bfrom one (?:workout|session|week|day|training) to the next\b"
                              r"|\b(?:every|each) (?:training|session|workout|time|week)\b(?: \w+){0,5} (?:more|worse|higher"
                              r"|up|rising)\b",
         context=_PAINISH, without_context="ask", unless=_ON_A_LIFT,
         unless_anywhere=r"\bmy (?:bench|squat|deadlift|lifts?|form|technique|numbers|grip|pull ?ups?|rows?|cardio|sleep"
                         r"|diet) i mean\b"),
    Rule(Sign.WORSENING_PAIN, r"\b(?:was|started as|began as|started|at first|first) (?:just |only |as |a )?(?:a |an )?"
                              r"(?:niggle|twinge|bit sore|bit tight|little sore|small ache|tightness|stiffness|mild ache"
                              r"|little|fine|ok)\b" + _ACROSS + r"{0,14} (?:(?:this week|now|today|these days|lately)"
                              r"(?: \w+){0,3} (?:more|worse|painful|properly|really|agony|bad)|(?:properly|really|very|now"
                              r"|much|more) (?:painful|sore|bad|worse|agony))\b"
                              # within two clauses, so "was fine" here is part of the trend, not a history
                              r"|\b(?:(?:was|felt|been) )?(?:fine|ok|okay|niggle|twinge) after the first(?: \w+){0,3} \|"
                              r" (?:\w+ ){0,2}(?:sore|painful|worse|hurt\w*) after the (?:second|2nd|third|3rd)\b"
                              r"|\b(?:sore|niggle|twinge) (?:after|on) (?:monday|tuesday|wednesday|thursday|friday|saturday"
                              r"|sunday|the first)\b" + _ACROSS + r"{0,3} worse\b",
         unless_anywhere=r"\b(?:gone|better now|good now|easing|eased|settled|cleared|no pain)\b"),
    # --- high twice ---
    Rule(Sign.TWO_HIGH_SESSIONS, rf"\b{_HIGH}\b{_ACROSS}{{0,6}} (?:and|then|now|today|also|again|too|while)"
                                 rf"{_ACROSS}{{0,6}} (?:a |an |about |around )?{_HIGH}\b(?! (?:reps|sets|kg))"
                                 rf"|\b{_HIGH} (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday"
                                 r"|last (?:time|session|week|night|workout))(?: \|)? (?:and |then |now )?(?:a |an )?"
                                 rf"{_HIGH} (?:today|now|tonight|this (?:morning|time|session|week))\b"
                                 rf"|\b(?:two|2|both) {_HIGHS}\b|\b{_HIGH} (?:or|to) {_HIGH}\b(?: \w+){{0,6}} (?:both|two|last"
                                 r" two|2) (?:sessions|workouts|times|days)\b",
         context=r"\b(?:pain|back|hurt|hurts|hurting|out of 10|10|spine|sore|ache)\b", without_context="ask",
         unless=_NOT_SCORE),
    Rule(Sign.TWO_HIGH_SESSIONS, rf"\b{_HIGH}\b(?: (?:out of )?10)?(?: \w+){{0,4}}"
                                 r" (?:again|once more|as well|too|like last time|same as last)\b"
                                 rf"|\bagain\b(?: \w+){{0,6}} (?:a |an |level )?{_HIGH}\b"
                                 rf"|\b{_HIGH}\b(?: \w+){{0,8}} (?:after|in|on|for) (?:both|two|the last two|my last two)"
                                 r" (?:sessions|workouts|times|days)\b",
         context=r"\b(?:pain|back|hurt|hurts|hurting|out of 10|spine|sore|ache)\b", without_context="drop",
         unless=_NOT_SCORE),
    # --- rest or weeks of easier training have not helped ---
    Rule(Sign.WORSENING_PAIN, r"\b(?:no|zero|not (?:much|any)|hardly any|barely any) (?:difference|change|improvement"
                              r"|relief|better)\b|\b(?:didnt|doesnt|dont|hasnt|havent|not|isnt) (?:made|make|making) (?:a |any |much )?"
                              r"(?:difference|dent)\b|\b(?:didnt|doesnt|dont|hasnt|havent|isnt|wasnt|never|not) (?:\w+ ){0,3}(?:help"
                              r"|helps|helped|helping|touch|touched|fix|fixed|shift|shifted|ease|eased|easing)\b|" + _STILL,
         context=_REST, context_too=_BACK_HURTS, without_context="drop", unless=_LIFTS),
    Rule(Sign.WORSENING_PAIN, _STILL, context=_WEEKS, context_too=_BACK_HURTS, without_context="drop", unless=_ON_A_LIFT),
)
