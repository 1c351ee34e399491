"""Urgent and see-a-provider signs in words nobody wrote a pattern for (issue 13).

Each sign of coaching.md §5 and safety-sources.md, said the ways men say it in a gym chat: plain,
slang, euphemism, non-native, dictated, typo'd. A yes/no question about the tier counts as reaching
it (a "yes" escalates). Beside them, the gym talk that borrows the same words must stay quiet.
"""
from __future__ import annotations

import pytest

from core.safety.screening import screen
from core.safety.signs import Tier

URGENT = {
    "fever": [
        "running a temperature and my lower back is killing me",
        "got the chills all night and my back hurts like hell",
        "feel like I've got the flu and my lower back is in agony",
        "sweating and shaking, back pain since yesterday",
        "temp is 38.5 and my back hurts",
        "I'm burning up and the back pain is bad",
        "feel proper unwell with this back pain, can't stop shivering",
        "I have fiver and pain in back",
        "running hot af and my lower back aches",
        "Temperature is high and my back pain is strong.",
        "my back hurts and I think I'm coming down with something",
        "teeth chattering under two duvets and my back is throbbing",
        "feel like death warmed up and my back aches",
        "hot and cold all day, lower back aching",
        "I keep shibering under the duvet and my back is throbbing",
        "thermometer says 39 and my spine hurts",
        "im not well at all temp is up and back kills",
        "got covid or something, back aching like mad",
    ],
    "recent_infection": [
        "had a kidney stone infection and now back pain",
        "my bloods showed an infection and my back is sore",
    ],
    "night_sweats": [
        "waking up soaked in sweat every night",
        "my sheets are drenched when I wake up",
        "been sweating through my t shirt in bed at night",
        "I wake up wet through most nights lately",
        "my pillow is soaking when I wake",
    ],
    "cancer": [
        "I had prostate cancer 3 years ago and now my lower back has started hurting",
        "finished chemo last year, now my spine aches",
        "in remission from lymphoma, this back pain is new",
        "had a tumor taken out of my bowel, now there's pain in my back",
        "I had a melannoma removed in 2020 and now there's a pian in my back that's new",
        "had radiotherapy for testicular cancer, and now a new backache",
        "had canser two years back, new ache low in the back",
    ],
    "weight_loss": [
        "dropped 6 kilos without trying and my back aches",
        "I've lost a stone and I'm not even dieting",
        "losing weight and I don't know why, eating loads",
        "my clothes are hanging off me and I haven't changed anything",
        "weighed myself and I'm 5kg down, I'm not cutting",
        "the weight is just falling off me and I'm eating normally",
        "I'm eating more than ever but still losing weight",
        "I lose 5 kilo and I don't know why",
        "i lost like 6 kilos and i dont even know how",
        "my weight go down 5 kilo in one month, i dont know why",
        "on a bulk but the scale keeps going down",
        "dropped two belt notches without trying and my back aches",
        "everyone says ive lost weight but im eating normally",
    ],
    "night_or_rest_pain": [
        "back pain wakes me up every night",
        "it hurts even when I'm lying still",
        "the pain never lets up, day or night",
        "i was up at three again because of my back and turning over didn't help at all",
        "no matter how I lie it still hurts",
        "it aches all the time, even resting on the sofa",
        "the back pain is there 24/7",
        "I've been awake since 3am with back pain, turning over does nothing",
        "My back hurt always, also when I rest in bed.",
        "it's a constant deep ache in my back that nothing touches",
        "my back is worse at night and changing position doesn't help",
        "can't slwep for the back, it's 24/7 now",
        "back throbs all night, can't get comfy whichever way I lie",
        "back pain keeps me awake every single night",
        "wake up at 4am every night with a deep ache in my back",
    ],
    "mid_back": [
        "pain between my shoulder blades and I didn't do anything to it",
        "ache in the middle of my back, came on by itself",
        "upper back pain for no reason, haven't even trained this week",
        "there's a gnawing pain in my mid back, not from lifting",
        "sore between the shoulder blades and i havent been to the gym in weeks",
        "my upper back has been sore for like a week and i haven't even done anything",
    ],
    "brittle_bones": [
        "I've been on prednisolone for years, slipped on the stairs and my back is agony",
        "I have osteoporosis and I tweaked my back lifting the shopping",
        "doc says my bones are thin, I fell off a step and my back hurts",
        "My bones are weak by the doctor and yesterday I lift heavy and back is hurt.",
        "back pain and I take steroid tablets for asthma for years, I fell last week",
        "brittke bones gang here lol, tripped over the dog and now my back hurts",
        "long-term steoid user for crohn's, strained my back on the rows and it's painful",
        "been on pred for two years, hurt my back picking up my kid",
    ],
    "weak_immunity": [
        "I'm on immunosuppressants after my kidney transplant and my back is killing me",
        "on methotrexate for my arthritis and I've got new back pain",
        "I'm HIV positive and have new back pain",
        "my immune system is shot from the meds and my lower back aches",
        "I'm on humira and my back has started hurting",
        "i take medicine for my immune system and now my back hurts",
    ],
    "injecting": [
        "I inject and my back has been agony for days",
        "been using needles again and my back's been sore for days",
        "been banging up again, back's agony now, not proud",
        "iv drug user, back pain for a week now",
        "I've been shooting up heroin and my back is killing me",
    ],
}

PROVIDER = {
    "one_leg_nerve": [
        "my left foot's gone numb since deadlifts yesterday",
        "pins and needles in my right calf",
        "outside of my right thigh feels numb",
        "my right shin is tingly since the session",
        "top of my foot has no feeling",
        "my big toe is numb since Monday",
        "numbness down the back of my leg",
        "my left leg feels dead since the deadlift",
        "One leg, the right, is without feeling in the side.",
        "my foot feels like it's wrapped in cotton wool",
        "it feels like toothache in my right thigh",
    ],
    "one_leg_pain": [
        "pain shoots down my right leg when I bend",
        "it goes down the back of my leg to my knee",
        "electric feeling down my left leg",
        "burning down the back of my thigh",
        "pain from my bum down to my calf",
        "my back pain travels into my hamstring",
        "like a hot wire down my leg",
        "Pain radiatws from my lower back into my rite calf.",
        "There's an ekectric pain running from my bum to my right knee.",
        "burning pain down my left leg, past the knee",
        "sharp nerve pain down one leg when I sit",
    ],
    "one_leg_weak": [
        "my right leg feels weak on the stairs since Tuesday",
        "left leg keeps giving way",
        "left leg give up on me on stairs",
        "the leg on right side have tingles since 3 days",
        "can't push off my right foot properly",
        "can't stand on my tiptoes on the left side",
        "my right leg doesn't feel as strong as it did",
    ],
    "sharp": [
        "sharp pain in my lower back when I bend",
        "stabbing pain in my back",
        "it's like being stabbed in the back",
        "a sharp catch in my back when I twist",
        "a jolt of pain in my back every time I stand up",
        "like a hot poker in my lower back",
        "stabby pain in my lower back, like someone's shanking me",
        "lower back going ouch ouch ouch sharp every rep",
        "Sudden shaep pain in my lower back halfway through the RDLs, I stopped.",
    ],
    "popped": [
        "felt something pop in my lower back",
        "heard a pop in my back on the deadlift",
        "something went in my back on the last rep",
        "my back went on the last rep",
        "something gave in my back",
        "felt a ping in my lower back",
        "felt something twang in my back",
        "felt a clunk in my spine and now it hurts",
        "something went ping in my back 😬",
        "something shifted in my back",
        "i felt my back go when i lifted the box",
        "my back caught and now every move hurts",
        "something clicked in my back and it hurts since",
    ],
    "lay_diagnosis": [
        "I think I've slipped a disc",
        "pretty sure it's a herniated disc",
        "doc thinks it's a bulging disc",
        "I've prolapsed a disc",
        "trapped nerve in my back",
        "my sciatica is back",
        "I think I've slipped a disck.",
        "I reckon I've done a disc",
        "L5 S1 is playing up",
        "sounds like a pinched nerve to me",
    ],
    "locked_back": [
        "back locked up and I can't stand straight",
        "I'm bent over like an old man",
        "can't straighten up",
        "stuck leaning to one side",
        "my back's gone into spasm and won't let go",
        "Why can't I stand up straight since yesterday's session?",
        "my back seized",
    ],
    "walking": [
        "I'm limping since the deadlifts",
        "walking funny since Tuesday",
        "hobbling around the house",
        "I've got a limp",
        "can't walk properly",
        "my gait feels off",
        "my gait is all over the place since tuesday",
        "favouring my right leg when I walk",
        "i can not walk normal since training",
    ],
    "rising": [
        "each session it hurts a bit more",
        "my back is getting worse every time I train",
        "the pain has been climbing week on week",
        "my back hurts more than last week",
        "worse this week than last",
        "It was a niggle two weeks ago, sore last week, and properly painful this week.",
        "back's getting worst every simgle week, not a great trend",
        "its worst after every workout than the one before.",
        "My lower back is gradually gettinng worst, not bettr",
        "going from bad to worse with my back",
        "pain's gone from a 3 to a 6 over the last few sessions",
        "each week it's a notch worse",
        "my back pain level go up every session",
    ],
    "two_high": [
        "pain was a 6 on Monday and a 7 today",
        "back hit an 8 again",
        "second session in a row at 7/10 for the back",
        "Last time it was an 8 during the hinge, and today also about an 8.",
        "Two times now the pain arrive at 6 in the exercise.",
        "pain hit 6/10 agsin, two sessions in a row now",
        "it hit seven out of ten during rdls again same uh as last session",
    ],
    "rest_no_help": [
        "rested all week and my back still hurts",
        "took a week off, no difference to the pain",
        "even after resting it's still painful",
        "rest isn't helping my back",
        "one week without gym, the pain is same",
    ],
    "no_improvement": [
        "it's been 3 weeks and my back is not getting better",
        "a month later my back is still the same",
        "still hurts after 4 weeks of taking it easy",
    ],
}

QUIET = [
    "shooting for 10 reps today", "popped a PR on deadlifts", "sick of rows", "lost 3 kg on my cut",
    "sweating buckets in the gym", "locked out at the top", "popped a pre-workout and went", "I'm sick of it",
    "down 2kg this week, the diet is working",
    "sharp form today", "stabbed the PR", "my back went up a size lol", "hips shot up on the squat",
    "my lats are on fire", "legs are dead after squats", "my foot fell asleep on the toilet",
    "knees clicked on the lunges, no pain", "walking lunges with 20s", "walk to the gym is 10 min",
    "bench is getting better every week", "6 sets again today", "8 reps again on the row", "felt a good pump",
    "woke up at 3am for an early shift", "couldn't sleep, too much caffeine", "lying down helps my back",
    "my grip gave out on the last set", "something went right today for once", "cracked my back and felt great",
    "fever pitch in the gym today", "had a temperature check at work", "the bar popped off the rack",
    "my hamstrings are tight", "the gym was freezing, I got chills", "i have a cold so skipping today",
    "my back was sore last week but it has settled now", "took a week off and back feels brand new", "upper back is sore after rows", "sciatica runs in my family but I'm fine",
    "my dad had a slipped disc", "disc of 20kg on each side", "the nerve of that guy taking my bench",
    "7 reps again on the last set", "got a sharp new haircut", "lost 5kg on my diet, happy", "no numbness, no tingling, all good", "I'm not limping any more, all good",
]


def _tier(text: str) -> Tier:
    return screen(text).tier


@pytest.mark.parametrize("text", [t for texts in URGENT.values() for t in texts])
def test_an_urgent_sign_in_new_words_reaches_urgent_or_a_question_about_it(text: str) -> None:
    assert _tier(text) >= Tier.URGENT, text


@pytest.mark.parametrize("text", [t for texts in PROVIDER.values() for t in texts])
def test_a_provider_sign_in_new_words_reaches_a_provider_or_a_question_about_it(text: str) -> None:
    assert _tier(text) >= Tier.PROVIDER, text


@pytest.mark.parametrize("text", QUIET)
def test_gym_talk_that_borrows_sign_words_raises_no_alarm(text: str) -> None:
    assert _tier(text) < Tier.PROVIDER, (text, screen(text))


def test_a_long_update_that_ends_all_good_still_reports_the_sign_in_it() -> None:
    text = ("Did rows 3x10 at 20 and pull-ups 3x5. btw burning pain down my left leg, past the knee. "
            "Otherwise all good, the grip is getting better.")
    assert _tier(text) >= Tier.PROVIDER


def test_one_leg_weak_with_the_other_side_fine_is_one_sided_weakness() -> None:
    assert _tier("left leg's gone a bit weak and wobbly, right's fine") >= Tier.PROVIDER
    assert _tier("my left side is weaker on rows") < Tier.PROVIDER


def test_a_sign_that_comes_when_i_move_is_there_not_imagined() -> None:
    assert _tier("electric shocks go down my left leg if I twist") >= Tier.PROVIDER
    assert _tier("Should I train if I can't stand up straight?") >= Tier.PROVIDER
    assert _tier("What if I twist and my leg goes numb?") < Tier.PROVIDER
    assert _tier("If I ever get pins and needles in my foot, should I stop?") < Tier.PROVIDER


def test_someone_telling_the_writer_about_his_own_body_is_about_the_writer() -> None:
    assert _tier("my wife says my spine looks crooked now and it aches") >= Tier.URGENT
    assert _tier("my dad's spine looks crooked and it aches") < Tier.PROVIDER


def test_new_signs_of_the_sources_infection_and_a_changed_spine_are_urgent() -> None:
    assert _tier("just finished antibiotics for a kidney infection and now my lower back aches") >= Tier.URGENT
    assert _tier("there's a new lump on my spine and it's tender") >= Tier.URGENT
    assert _tier("I've lost height and my back hurts in the middle") >= Tier.URGENT


CALM = [
    "no fever, no night sweats, all good", "my dad has a lump on his spine",
    "I had a kidney infection last year, all cleared, back is fine", "not limping any more, walking normally",
    "my back was getting worse but it's better now", "what if my back keeps getting worse?",
    "if I ever lose weight without trying should I tell you?", "my mate's leg is weak since his op",
    "weeks of easy sessions and my back feels great", "no sharp pain, just a dull ache",
    "I don't think it's a trapped nerve, more like a tight glute", "my back doesn't wake me at night",
    "the pain eases when i rest", "my trainer says my back looks rounded on deadlifts",
    "walking lunges made me walk funny lol", "my back clicked when I stretched, felt good",
    "felt my back pop during the stretch, such relief", "felt my back go tight on the last set of rows",
    "my back caught a bit of sun at the beach", "night sweats from the heatwave, no other issues",
    "worse than last week on the rower, need more cardio", "I train also at night, my back is strong now",
    "my back is stronger every week", "upper back sore, no idea why, did rows yesterday", "did 8 again, same as last week", "rpe went from 5 to 8 over the sets",
    "the weather is getting worse every week, hate winter runs", "gym prices getting worse every year",
    "I think about deadlifts day and night haha", "no position on the rack was free so I used dumbbells",
    "my back gains are climbing every week", "antibiotics for a chest infection so skipping today, back feels fine",
    "new tattoo on my forearm is a bit red and sore, skipping pull ups", "got the flu jab today, arm is sore",
    "hunched over my laptop all day and my upper back is tight", "felt feverish with excitement before the meet",
    "lost 3 kilos on holiday, no idea how, ate loads lol", "my motivation is still the same after a week off", "one week without gym because of holidays, back feels great", "i used to inject years ago, clean for 10 years, back's fine",
]


@pytest.mark.parametrize("text", CALM)
def test_a_calm_mention_of_a_referral_sign_raises_no_alarm(text: str) -> None:
    assert _tier(text) < Tier.PROVIDER, (text, screen(text))


_FILLER = ("Session went fine, rows 4x8 at 60 and pull-ups 3x6. Did the stretches you sent, felt great. "
           "Once the deadline passes I'll add a day. Food's been good.")
_CLOSING = "Grip is better than it used to be. Otherwise all good, cheers coach."


@pytest.mark.parametrize("text", [t for texts in URGENT.values() for t in texts][::3]
                         + [t for texts in PROVIDER.values() for t in texts][::3])
def test_a_sign_said_in_passing_in_a_long_update_that_ends_well_is_still_heard(text: str) -> None:
    want = Tier.URGENT if any(text in texts for texts in URGENT.values()) else Tier.PROVIDER
    sentence = text if text.endswith((".", "?", "!")) else text + "."
    assert _tier(f"{_FILLER} {sentence} {_CLOSING}") >= want
