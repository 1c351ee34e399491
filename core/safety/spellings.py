"""Spellings, idioms and symbols for the issue-13 vocabulary (emergency, then urgent and provider signs),
folded before any rule runs.

Kept apart from normalise.py's own lists so the sign words can grow without touching them:
short sign words typed with a slip ("crak", "hutts"), more spellings of words that already have a
list ("urin", "strugling"), idioms that would otherwise read as something else ("dropped the kids off
at the pool", "feels like it belongs to someone else"), dictation fillers and body emoji.
"""
from __future__ import annotations

# canonical word -> the spellings people type (merged with normalise.py's own table)
SPELLINGS: dict[str, tuple[str, ...]] = {
    "crack": ("crack", "crak", "crakc", "ctack", "crck", "cracck"),
    "cracked": ("cracked", "craked", "crackd", "crakced", "cracekd"),
    "hurts": ("hurts", "hutts", "hurst", "hurtz", "hrts", "hurta", "hurtss"),
    "barely": ("barely", "baely", "barly", "bearly", "barelly"),
    "feel": ("feel", "feal", "fele"),
    "feeling": ("feeling", "feelin", "feelng", "feling", "feelimg", "feleing"),
    "inner": ("inner", "innr", "iner", "innner"),
    "tight": ("tight", "tite", "tighht", "tigth", "tght", "tihgt"),
    "sore": ("sore", "sroe"),
    "agony": ("agony", "agnoy", "agoney", "agonie", "agny"),
    "passage": ("passage", "pasage", "passge", "pasaage"),
    "asleep": ("asleep", "aslepe", "asleap", "alseep", "asleeep", "asleeo"),
    "leaking": ("leaking", "leakin", "leakng", "lekaing"),
    "pee": ("urin", "urinat", "peeeing", "weeeing"),
    "struggling": ("strugling", "strugglin", "struggleing", "struglling"),
    "sensation": ("sensatoin", "sensaton", "sensasion", "sensaiton", "sensations"),
    "wipe": ("wpe", "wipw", "wiep"),
    "giving": ("giveing", "givin", "givng"),
    "dragging": ("draging", "dragin", "draggin"),
    "terrible": ("terible", "terrable", "terribel"),
    "heard": ("herd", "haerd"),
    "something": ("somthing", "somethin", "smth", "sth"),
    "really": ("realy", "relly", "rly"),
    "dizzy": ("dizy", "dizzie", "dizzey"),
    "different": ("diffrent", "diferent", "differant"),
    "crash": ("crsh", "carsh", "crasj"),
    "losing": ("looseing", "loosing", "lossing"),
}

# (pattern, replacement) over canonical words, like normalise.py's phrase folds
PHRASES: tuple[tuple[str, str], ...] = (
    # "feels like it belongs to someone else" is a numb body part, not a report about another person
    (r"\b(to|wiping|touching|like|feels|is|are) (?:someone|somebody) elses?(?: is)?\b", r"\1 not_mine"),
    (r"\bcheat (pain|pains|tight|tightness|pressure|hurts|feels)\b", r"chest \1"),
    # "work out if I need to go" asks nothing: the "if" is "whether", and the not knowing is the sign
    (r"\b((?:to|no|cant|couldnt|dont|didnt|hard to|trying to) (?:work out|figure out|check|know|tell|see)|no idea|no clue"
     r"|unsure|guessing) (?:if|whether)\b", r"\1 as_to"),
    (r"\b(?:like|as|than) (?:i|it) used to\b", "as before"),
    (r"\b(?:cant|couldnt|dont|didnt|cannot) (?:tell|know|say) (?:anymore|any more|now|really|these days) (?:if|whether)\b",
     "cant tell"),
    # "can I still train if I'm staggering?": the "if" tells what is happening now, it imagines nothing
    (r"\b((?:can|could) i still|should i (?:still |just )?(?:keep going|keep|carry on|rest|stop|train|go on|continue|push)"
     r"|is it (?:ok|okay|safe) to)\b((?: \w+){0,5}) if (?!(?:\w+ ){0,3}ever\b)(i am|im|i have|ive|i cant|my|both|i keep)\b",
     r"\1\2 given \3"),
    (r"\b(anyone|anybody|does anyone|do you|you) know (?:if|whether)\b", r"\1 know as_to"),
    (r"\bhow do i (know|tell) (?:if|whether)\b", r"how do i \1 as_to"),
    (r"\b(guessing|no idea|no clue|cant tell|not sure|unsure) when to\b", r"\1 as_to"),
    (r"\b(?:dropped|dropping|drop) (?:the|my) kids off at the pool\b", "took a dump"),
    # "I wonder if my groin numbness is serious" states the numbness; "what would it feel like" imagines
    (r"\b(i )?(wonder|wondering|wondered) (?:if|whether)\b(?!(?: \w+){0,4} (?:would|ever|could)\b)", r"\1\2 as_to"),
    (r"\b(?:i )?wonder what (\w+(?: \w+){0,2}) (feels|looks|is) like\b", r"imagine \1 \2 like"),
    (r"\bno sense (?:of )?(?:if|whether)\b", "no sense of as_to"),
    (r"\b(signal|urge|feeling|sensation|need) (?:just )?(?:isnt|wasnt|is not) there\b", r"\1 missing"),
    (r"\b(?:isnt|not|doesnt|dont|wasnt) register(?:ing|s)?\b", "unregistering"),
    # "why can't I feel it" says "I can't feel it"
    (r"\b(why|how come|since when) (cant|dont|doesnt|didnt|wont|isnt|arent|havent|hasnt|couldnt) (i|it|my \w+|they|we)\b",
     r"\1 \3 \2"),
    # referral round 2: "whether I lie on my left or right" is "no matter how I lie", not a hypothetical;
    # "as they used to" compares with before like "as I used to"
    (r"\bwhether (i|im) (lie|lay|sleep|sit|turn|move)\b", r"no matter how \1 \2"),
    (r"\b(?:doesnt|dont|didnt) care (?:if|whether)\b", "no matter how"),
    # "people keep asking if I've lost weight" reports, it imagines nothing; "same as three years ago" compares
    (r"\b(asking|asked|asks) (?:me )?(?:if|whether)\b", r"\1 as_to"),
    (r"\bsame (\w+ )?as (?:\w+ ){0,2}(?:years?|months?) ago\b", r"same \1as before"),
    (r"\b(?:like|as|than) (?:they|we|you|he|she) used to\b", "as before"),
    (r"\b(?:t|tee) ?boned\b", "t boned"), (r"\brear ?(?:ended|ejded|endid|endded)\b", "rear ended"),
)

# "my back um passage": a filler must not split a phrase
FILLERS = frozenset("uh uhh uhm um umm erm er hmm mm".split())
# emoji that stand for a body part or function ("🍑 numb all around")
EMOJI = {"\U0001f351": " bum ", "\U0001f346": " groin ", "\U0001f4a9": " poo ", "\U0001fac0": " heart ",
         "\U0001f9b5": " leg ", "\U0001f9b6": " foot ", "\U0001f6bd": " toilet ", "\U0001fac1": " lungs ",
         "\U0001f493": " heart racing ", "\U0001f691": " ambulance ", "\u26a1": " electric ",
         "\U0001f697": " car ", "\U0001f41c": " ants "}


# --- referral vocabulary (issue 13, urgent and provider signs): more spellings people type ---------
REFERRAL_SPELLINGS: dict[str, tuple[str, ...]] = {
    "cancer": ("cancer", "canser", "cancr", "cancre", "kancer", "cansur", "canceer"),
    "melanoma": ("melanoma", "melenoma", "melanona", "melonoma"),
    "lymphoma": ("lymphoma", "limphoma", "lymphona", "lymfoma"),
    "leukemia": ("leukemia", "leukaemia", "lukemia", "leukimia", "leukamia", "leukemea"),
    "chemo": ("chemo", "kemo", "chemotheraphy", "chemothrapy"),
    "fever": ("fevr", "feaver", "fevah", "fevver"),
    "temperature": ("temperature", "temprature", "temperture", "tempreture", "temperatur"),
    "shivering": ("shivering", "shibering", "shivring", "shiverin", "shievering"),
    "steroid": ("steroid", "steoid", "sterod", "steriod", "steroyd"),
    "steroids": ("steroids", "steriods", "steoids", "sterods"),
    "prednisolone": ("prednisolone", "prednisalone", "prednislone", "prednisilone"),
    "brittle": ("brittle", "brittke", "britle", "brittel", "brittl"),
    "disc": ("disc", "disck", "dsic", "diskc"),
    "herniated": ("herniated", "hernitated", "herneated", "herniaited"),
    "prolapsed": ("prolapsed", "prolasped", "prolapesd"),
    "limping": ("limping", "limpin", "limpng", "limpimg"),
    "radiates": ("radiates", "radiatws", "radiats", "raidates"),
    "electric": ("electric", "ekectric", "elecric", "electirc", "eletric", "electrik"),
    "sharp": ("sharp", "shaep", "sharo", "shatp", "sjarp", "shsrp"),
    "getting": ("getting", "geting", "gettin", "gettng", "getitng"),
    "better": ("better", "bettr", "beter", "betetr"),
    "worse": ("worse", "wrose", "worsr", "woerse", "wirse"),
    "again": ("again", "agian", "agin", "agsin", "agaun", "agen"),
    "sleep": ("sleep", "slwep", "sleeo"),
    "weight": ("weight", "wieght", "weigth", "waight"),
    "night": ("nite", "nites"),
    "sweaty": ("sweaty", "swetty", "swety", "sweatty"),
    "constant": ("constant", "constent", "constanly", "contsant"),
    "constantly": ("constantly", "constently", "constanty"),
    "trapped": ("trapt", "traped", "trappd"),
    "something": ("something", "somthing", "somethin", "sumthing", "somethng", "smth", "sth"),
    "worse": ("wors", "worce", "wosre"),
    "eight": ("eigth", "eigt", "eihgt"),
    "weaker": ("weaker", "weeker", "waeker", "weakr"),
    "different": ("different", "diffrent", "diferent", "differnt"),
    "improvement": ("improvement", "improvment", "improvemnt", "imporvement"),
    "gentle": ("gentle", "gentel", "gental"),
    "immunity": ("immunity", "imunity", "immunty"),
    "thoracic": ("thoracic", "thorasic", "thorassic", "thoraic"),
    "painful": ("painful", "painfull", "painfl", "pianful"),
    "pops": ("pops",),  # not a spelling of "poops": "my elbow pops"
    "unexplained": ("unexplained", "unexplaind", "unexplianed", "unexpained"),
}
# pictures that stand for a sign word (read before other non-ASCII characters are dropped)
REFERRAL_EMOJI: dict[str, str] = {"\U0001f489": " needle ", "\U0001f4c8": " rising ", "\u2696": " scale ",
                                   "\U0001f319": " night ", "\U0001f912": " fever ", "\U0001f52a": " stabbing ",
                                   # round 2: pained faces beside a body part, and pictures of a sign's words
                                   "\U0001f623": " sore ", "\U0001f616": " sore ", "\U0001f62b": " sore ",
                                   "\U0001f321": " temperature ", "\U0001f9a0": " infection ", "\U0001f397": " cancer ",
                                   "\U0001f4a5": " pop ", "\U0001f4c9": " dropping ",
                                   "\U0001f6cf": " bed ", "\U0001f6cc": " bed ", "\U0001f6cb": " couch "}
REFERRAL_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\b(?:out of|outta|outa) ten\b", "out of 10"),
    (r"\b(?:runs|run|running) in (?:my|the|our) family\b", "someone has it"),
    (r"\b(?:have|has|had|with) fiver\b", "have fever"),  # non-native; "a fiver" stays money
    (r"\bfever ?ishly\b", "excitedly"),  # "fever-ishly excited"
    (r"\b(?:tingling|tingly|buzzing|fever|feverish|shaking|trembling|shivering) with (?:excitement|anticipation|nerves|joy|pride)\b", "excited"),
    (r"\bnumb to (?!the touch)(?:the|it|this|that|my|all)\b", "used to"),
    # a "mate" spoken to is not a mate spoken about: "proper feverish today mate"
    (r"(?<!\ba )(?<!\bmy )(?<!\bthe )(?<!\bhis )(?<!\bour )(?<!\byour )(?<!\bwith )(?<!\band )(?<!\bme )\bmate\b"
     r"(?!s\b| of\b| has\b| had\b| is\b| was\b| said\b| says\b| got\b| thinks\b| reckons\b| told\b)", "pal"),
    (r"\bmy (?:kid|kids|children|child|baby|toddler|little one|lad|boy|girl|nephew|niece|grandson)\b", "someone"),
)
# --- end of referral vocabulary ---------------------------------------------------------------------
