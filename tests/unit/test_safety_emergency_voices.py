"""A second batch of emergency sentences, written after the first batch passed and before the rules
were changed for it: how well the vocabulary carries to voices it was not written against.

Non-native, dictated, slang, typo'd, emoji, long diaries and questions that state the sign. Each
must get the emergency advice at once.
"""
from __future__ import annotations

import pytest

from core.safety.screening import screen
from core.safety.signs import Tier

VOICES = [
    # saddle
    "Sorry for personal question but I have no feeling on my bottom and around the anus since Sunday",
    "my backside feels like its made of rubber",
    "when i sit on the loo i cant feel the seat under me",
    "weird numb patch right on my taint",
    "is it bad that i cant feel my balls properly",
    "should I be worried my groin has gone tingly since the deadlifts?",
    "my nether regions are numb, sorry tmi",
    "so like my whole saddle area kind of went dead after training and its still like that",
    "Numbness in the buttocks and between the legs from this morning.",
    "cant feel nothing down there bro",
    "🍑 feels dead, like not sore, dead dead",
    "inner thighs and bum have gone all tingly and numb",
    # urine
    "I must push very hard to make the urine come, this is new",
    "i went to the toilet 3 times and could only squeeze out a few drops",
    "can't seem to fully empty, always feels like there's more",
    "peed a little in my shorts on the squat and didnt even know till after",
    "my pee just dribbles out now and I can't stop it",
    "is it normal that I can't tell when I need a wee any more?",
    "woke up in a wet bed and I'm 34",
    "I have to sit down to pee because it won't start standing up",
    "been to the loo loads but nothing comes out even tho i'm bursting",
    "so um i didnt really feel myself peeing this morning like at all",
    "pee isnt coming out properly and my back is killing me",
    "Not able to pass urine since last night",
    # bowel
    "had an accident in my boxers on the way home, didn't know it was happening",
    "I can't hold a fart in any more, it just goes",
    "Soiled myself today and I didn't feel it",
    "I have no control when I need to poo, it just comes",
    "didnt realise i'd pooped till i got home",
    "back door has no feeling at all",
    # sex
    "can't get an erection since I hurt my back two weeks ago",
    "my penis feels numb",
    "nothing happens down there any more, not even in the mornings",
    "could not finish with my girlfriend last night, everything was numb",
    "sex feels like nothing since the injury",
    # legs
    "both my legs went to jelly on the stairs and I'm not training them",
    "my legs feel like they're not mine and keep buckling",
    "i keep tripping on my own feet and my legs feel weak all the time",
    "Legs are very weak, I cannot climb the stair in my house",
    "both my thighs are numb from the hips to the knees",
    "numbness going down the back of both legs now",
    "the pain was in my right leg but now it is in both",
    "sciatica now on both sides not just the left",
    "my left foot slaps down when i walk and i cant lift my toes",
    "i'm catching my toes on every step, the foot just hangs",
    "legs keep giving out under me when I walk",
    "my legs just went and I ended up on the floor",
    # chest
    "feel a squeezing in my chest, like someone is standing on it",
    "Having chest pain that goes to my neck and jaw",
    "my chest is really tight and I'm sweating and feel sick",
    "pressure in the middle of my chest and my left arm feels heavy",
    "my heart feels like it's being squeezed",
    "chest hurts when I breathe in and I feel dizzy",
    "sharp pain in my chest on the treadmill, stopped",
    # faint
    "I passed out on the gym floor after my set",
    "blacked out for a few seconds, woke up on the mat",
    "I fainted after deadlifts, coach had to catch me",
    "went all grey and woke up on the floor",
    "lost consciousness on the rower",
    "I collapsed in the changing room",
    # breath
    "I cant breathe, chest feels tight, sitting down",
    "I'm really struggling for breath and it's not settling",
    "can't get a proper breath even lying down",
    "out of breath after just talking, never had this",
    # injury
    "slipped in the shower and landed hard on my back, it's really bad",
    "fell from the climbing wall onto my back",
    "someone drove into me on my bike, back is really sore",
    "was in a car crash this morning and now my lower back hurts",
    "fell off a horse yesterday, my back is killing me",
    "heard a massive crack when I lifted and now I can't stand up",
    "something snapped in my back and I'm on the floor in agony",
    "my spine made a popping sound and now the pain is unbearable",
    "fell down the stairs last night, lower back is agony",
]


@pytest.mark.parametrize("said", VOICES)
def test_an_emergency_sign_in_a_voice_the_rules_were_not_written_against_gets_emergency_advice(said: str) -> None:
    found = screen(said)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, (said, found)


# a third batch, written after tuning on the fresh development part, before changing anything for it
THIRD = [
    "I feel like I'm on a boat when I walk, swaying all over, since this morning",
    "keep veering into the wall when I walk down the hall",
    "my heart is racing and everything is spinning, I'm sat on the bench",
    "pulse is all over the place and I feel faint",
    "my jaw aches and the ache is going down my left arm",
    "pain in my throat and chest when I ran for the bus",
    "haven't needed to pee since breakfast and it's 6pm, I've had 3 litres",
    "no idea if my bladder's full or not any more",
    "I can't tell when I need the loo any more",
    "passed wind and didn't feel a thing",
    "when I go for a poo I can't feel it coming out",
    "pee dribbles out when I stand up and I can't stop it",
    "my wee comes out in a tiny trickle and I have to strain",
    "both legs feel like concrete and I can barely lift them",
    "my feet feel like they're wrapped in cotton wool, both of them",
    "numbness in both soles and it's creeping up",
    "my bits feel numb when I touch them",
    "the skin around my back passage feels numb when I wipe",
    "couldn't keep an erection last night, first time ever, back's been bad",
    "I fainted on the rower, came round with the staff around me",
    "felt my heart thumping and went light headed then sat down",
    "my breathing is really laboured even sitting still",
    "slipped off the ladder and landed on my lower back, in a lot of pain",
    "heard a crunch in my lower back and I can't get off the floor",
]


@pytest.mark.parametrize("said", THIRD)
def test_a_third_batch_of_emergency_signs_gets_emergency_advice(said: str) -> None:
    found = screen(said)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, (said, found)


# a fourth batch (non-native, run-on dictation, slang), written before the rules changed for it
FOURTH = [
    'so yeah did my rows and stuff and then on the way home i noticed i cant really feel anything around my bum and down the back of my thighs its been like that since',
    'My saddle is without feeling since Monday, it is normal?',
    "When I sit on toilet I don't feel anything on my bottom skin",
    'i pissed in my joggers at the gym and didnt even realise until my mate said',
    'I need to go constantly but only a little comes and then it stops',
    'the stream keeps cutting out halfway and I have to push to finish',
    "I've wet the bed twice this week, I'm 41",
    'had to wear a pad to work today because I keep leaking',
    "shat myself a little on the walk and didn't feel it coming at all",
    'Cannot control the poo, it comes when it wants',
    "my farts just slip out now and I can't hold them",
    'penis feels dead since friday, no sensation',
    'no feeling in my balls or my dick since the injury',
    'My erection goes away immediately, this began after the back problem',
    'both of my legs are going weak and wobbly when I stand',
    'my legs feel like they belong to someone else, both of them',
    'I have the electric in both legs, down to the toes',
    'this sciatica is now in the two legs, not one',
    "I trip on my right foot because it doesn't lift up",
    'my foot flops when I walk',
    "chest hurts like someone sitting on it and I'm sweating",
    'tightness in my chest spreading to my back and jaw',
    "I went down on the gym floor and don't remember it",
    'I blacked out on the rower for a few seconds',
    "breathing is so hard I can't finish a sentence",
    "I can't stop gasping, it's been 20 minutes since I stopped",
    'got knocked off my bike by a van this morning, back is agony',
    'fell off the loft ladder onto my back, can barely move',
    "massive bang in my lower back on the deadlift and now I'm on the floor in agony",
    'my heart is going crazy and the room is spinning',
]


@pytest.mark.parametrize("said", FOURTH)
def test_a_fourth_batch_of_emergency_signs_gets_emergency_advice(said: str) -> None:
    found = screen(said)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, (said, found)


# a fifth batch: terse, shouted, American, stretched letters
FIFTH = [
    'numb down there',
    'cant pee',
    "should I go to A&E? can't feel my bum",
    'CANT FEEL MY LEGS PROPERLY SINCE THIS MORNING',
    'my butt is numbbbb and its not from sitting',
    "can't feel my junk",
    'my package feels numb',
    "pooped my pants at the store, didn't feel it coming",
    "I can't poop, I push and nothing happens and I can't feel it",
    'I have no bladder control since Tuesday',
    "peeing is weird, like I can't tell when I'm done",
    'wiping feels like touching through a glove',
    'both my legs are buckling on the stairs',
    "my legs won't work right, both of them, since yesterday",
    'tingling both legs and my groin',
    "pins and needles in both feet that won't go",
    "chest pressure and I'm sweaty and sick",
    'heart hurts and left arm is numb',
    "I'm struggling to breathe and my chest is tight",
    'just passed out on the bench',
    'I fainted twice after squats today',
    'fell off a wall onto my back, really hurts',
    'truck hit my car at a junction, my back is killing me',
    "my back went crack and I'm on the floor, can't move",
    "feel dizzy and my heart's going mad",
    "walking like I'm on the deck of a ship",
    "can't lift the front of either foot",
]


@pytest.mark.parametrize("said", FIFTH)
def test_a_fifth_batch_of_emergency_signs_gets_emergency_advice(said: str) -> None:
    found = screen(said)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, (said, found)


# long training updates with the sign in passing, punctuated and dictated: the log's "at 40", "used to",
# "my mate", "otherwise all good lol" must not cancel a sign said earlier
_LOG = ("Week three done. Rows 4x8 at 40, deadlifts 3x5 at 90, felt strong, my mate spotted me and we had a laugh."
        " I used to hate mornings but I'm fine with them now. ")
_SIGN_OFF = " Otherwise all good, fell behind on sleep a bit and crashed on the sofa after Thursday's session lol."
_SIGNS = [
    'Weird thing is my groin and inner thighs have felt numb since Tuesday.',
    "Also I've had real trouble starting a wee for two days, I stand there forever.",
    "Oh and I had an accident on the way home and didn't feel it happening, not sure what that's about.",
    'Both legs went wobbly on the stairs yesterday and I nearly went down, still feel weak now.',
    'On Wednesday my chest felt tight and heavy during the carries and my left arm ached, I stopped.',
    'I passed out for a few seconds after the last set of deadlifts, came round on the floor.',
    "Since Monday my foot has been slapping down when I walk and I can't lift my toes properly.",
    "I heard a crack in my lower back on the last rep and the pain was unbearable, couldn't get up for ages.",
    'so basically i cant feel when i need a wee anymore like the urge is just gone',
    'my heart was pounding and i felt dizzy for like twenty minutes after the intervals and it wouldnt settle',
]
_DICTATED = "week three done rows 4x8 at 40 deadlifts 3x5 at 90 felt strong my mate spotted me {} otherwise all good lol"


@pytest.mark.parametrize("sign", _SIGNS)
def test_a_sign_said_in_passing_in_a_long_update_gets_emergency_advice(sign: str) -> None:
    for said in (_LOG + sign + _SIGN_OFF, _DICTATED.format(sign.lower().replace(",", "").replace(".", ""))):
        found = screen(said)
        assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, (said, found)


@pytest.mark.parametrize("said", ["I wonder if my groin numbness is serious",
                                  "wondering whether I should worry about the numbness in both legs since Monday",
                                  "should I be worried about my numb groin since the deadlifts?"])
def test_wondering_about_a_sign_that_is_there_still_states_it(said: str) -> None:
    found = screen(said)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, (said, found)


# the last batch, measured blind (11 of 15) before these rules changed
@pytest.mark.parametrize("said", ["feels like my bum has been injected with something, completely numb",
                                  "I peed and only realised because my leg got wet",
                                  "my bladder feels full all the time but barely anything comes out",
                                  "Can't feel the toilet seat under me anymore",
                                  "I went white and hit the floor in the changing room",
                                  "got run over by a cyclist and my back is in agony"])
def test_the_last_batch_of_emergency_signs_gets_emergency_advice(said: str) -> None:
    found = screen(said)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, (said, found)
