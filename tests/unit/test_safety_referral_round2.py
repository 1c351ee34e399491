"""Urgent and see-a-provider signs in hard wordings (issue 13, fresh round 2).

Written before the rules for them, as new sentences for each family the second fresh corpus missed:
roundabout descriptions (clothes loose, waking soaked, can't get comfy at night, walking like a cowboy),
regional slang, heavy typos, signs split over two sentences. Beside them, the harmless senses of the
same words (a past scan that was clear, a general question, "shooting pains in my wallet").
Batch 1 (written first): 8 of 40 signs missed, 8 of 14 harmless sentences alarming before the fixes.
Batch 2 (written after them, blind): 9 of 35 signs missed, 3 of 16 alarming; all but one fixed (a sign
said through an old diagnosis, "physio once said I had a trapped nerve, it feels like that again now").
Batch 3 (blind): 3 of 16 signs missed, 1 of 6 asking ("is a fever a reason to skip training?", a yes/no
question, half an alarm, left as it is: "is a sharp pain a reason to stop?" is a provider sign to ask about).
Batch 4 (blind; non-native, dictated, in passing): 2 of 12 signs missed, 0 of 6 alarming.
"""
from __future__ import annotations

import pytest

from core.safety.screening import screen
from core.safety.signs import Tier

URGENT = [
    # fever said sideways
    "feeling feverish since last night and my lower back is throbbing",
    "one minute roasting, the next minute freezing, and my back's aching too",
    "can't get warm under three blankets and my back hurts",
    "proper crook today, hot and shivery, back aching",
    # night sweats as what people see
    "I've had to change my pyjamas twice a night, drenched, and my back hurts",
    "waking up clammy and damp every night and the lower back aches",
    "the bed's wet with sweat every morning, back's sore as well",
    # cancer named by a treatment, all clear, or a ribbon
    "all clear after chemo two years ago but now my lower back aches",
    "had a tumour cut out of my lung, now new back pain",
    # weight going on its own
    "my jeans are falling off me and I haven't been dieting",
    "the scale keeps dropping though I eat the same as ever",
    "my weight keeps going down by itself and my back hurts",
    # pain that no position or rest touches
    "can't get comfy at night no matter what I do, back's aching all night",
    "tossing and turning every night with this back pain, nothing eases it",
    # mid-back with no strain
    "ache right between my shoulder blades and I haven't done anything to it",
    "pain up high behind my ribs in the middle of my back, no idea what caused it",
    # thin bones or steroids with a knock
    "been on prednisolone for years and I hurt my back lifting the shopping",
    # weak immunity
    "I'm a kidney transplant patient and my back has started aching",
    "my white count is really low from chemo and my back started hurting",
    # recent infection
    "had a water infection last week, took tablets, now my back is sore",
    "my piercing got infected and now there's a new pain in my back",
]

PROVIDER = [
    # one leg that feels wrong
    "my left foot feels like someone else's since the deadlifts",
    "right calf feels muffled, like it's wrapped in cling film",
    # pain travelling down one leg
    "a hot wire down the back of my right thigh after deadlifts",
    "it runs from my back right down into my calf like electricity",
    # one leg weaker
    "can't do a single leg calf raise on the left anymore, the right is fine",
    "my left leg has no power on the stairs since last week",
    "right leg feels noodly compared to the left since Monday",
    # something went
    "felt something give in my back on the last deadlift, sore ever since",
    "felt it go on the last rep. back's not right now.",
    "heard a twang in my lower back and it hurt straight away",
    # lay diagnosis
    "pretty sure it's a disc, it feels exactly like last time",
    "my sciatica has flared up on the right side",
    # a changed walk
    "walking like a cowboy since the session, back's the problem",
    "been dragging my left leg a bit when I walk since Sunday",
    # rising and not easing
    "each week my back is a bit worse than the one before",
    "took a week off and the back pain hasn't eased at all",
    "rested all week and my back is still the same",
    "it's been six weeks and my back still isn't any better",
    "a month on and my back is no better",
]

CALM = [
    "the weather has been freezing and hot in turns, my back feels great though",
    "shooting pains in my bank account after buying new shoes",
    "limping along with my diet this week, back's fine",
    "I had a kidney infection years ago, fully treated, no back issues since",
    "I have osteoporosis but nothing has happened, just want to get stronger",
    "why does back pain at night worry doctors more?",
    "my left leg was weak after surgery two years ago, fully recovered now",
    "why would my right leg be weaker than my left on lunges?",
    "ten out of ten would do leg day again",
    "two more reps than last week on the rows, getting there",
    "the sauna left me drenched, bed early tonight",
    "lying down after the session sorts my back out completely",
    "my back cracked nicely when I stretched, felt great",
    "feverishly refreshing the booking page for the new gym",
]


# batch 2, written after the first fixes and before looking at how they screened
URGENT += [
    'bin sweatin buckets every nite, sheets wringin, n my lower bak is sore',
    "I'm roasting then shivering, think I've caught a bug, and my back is killing",
    "my temp's been 38 all day and I've got this deep back ache",
    "I've been proper poorly with a high temperature and now my lower back is throbbing",
    'Wake up at 4am every night with my tee stuck to me, and the back aches.',
    "had breast cancer five years ago, recently my back has been aching and it's new",
    "finished radiotherapy in spring, everything was fine, now there's a new pain in my lower back",
    "my belt's on the last notch and I've not changed what I eat, back's sore too",
    "down nearly a stone since august and I'm honestly eating more than ever",
    "people keep asking if I've lost weight, I haven't tried to, and my back aches",
    "the pain doesn't care if I'm lying, sitting or standing, it's the same all night",
    "I can't sleep on any side, back aches all night whatever I do",
    "there's a deep ache between my shoulder blades, haven't trained upper body in weeks",
    "it's in the middle of my back, level with my chest, no reason I can think of, aches all day",
    "I'm on methotrexate and my back has started hurting this week",
    'been on long term prednisolone, slipped on the stairs and my back hurts now',
    'had a nasty chest infection two weeks ago, antibiotics, now my back really hurts',
    "cut on my foot went red and swollen and now I've got back pain I've never had",
]

# batch 2, written after the first fixes and before looking at how they screened
PROVIDER += [
    "my left shin feels like it's not attached to me, kind of numb since the rdls",
    'got this fizzing from my bum cheek down to my right ankle',
    'pain goes from my back into the back of my knee on the left',
    "left leg just doesn't have the same push when I go upstairs, started this week",
    'my right knee keeps buckling on the stairs since the weekend',
    "something pinged in my back on the kettlebell swing and it's hurt since",
    "heard a little pop in my lower back pulling the bar off the floor, now it's sore",
    "like someone's stabbing me in the lower back when I bend",
    "I reckon I've done a disc, same feeling as three years ago",
    "I'm limping on my right, back's been bad since the session",
    'my walk has gone funny since Tuesday, kind of favouring the left',
    'back pain was 5 after Monday, 6 after Wednesday and 7 today',
    'it gets a bit worse after every session this month',
    "two weeks of rest and it hasn't shifted one bit",
    'been a month of light stuff only and my back is no better',
    'week three and my lower back is still as bad as day one',
]

# batch 2, written after the first fixes and before looking at how they screened
CALM += [
    'sweating buckets in spin class, loved it',
    "I had a fever last month, all gone, back feels great and training's going well",
    'my brother has osteoporosis, what exercises would be safe for him?',
    'my grandad had cancer, what should I know about back pain?',
    "I'm on a cut, down 4 kg this month, clothes loose, feeling strong",
    'the scale keeps going down, the cut is working',
    'my back is a lot better than last week, thanks',
    'deadlift went from 100 to 120 over six weeks',
    'my disc plates arrived, 20 kg each',
    'stabbing my fork into this steak after leg day',
    'walked like a penguin after leg day lol',
    'my left leg is weaker on split squats, normal?',
    'felt a pop in my knuckles cracking them, no pain',
    'after a week off my back still feels great',
    'still the same weights as last month on rows, need to push',
    'night sweats from the heatwave and the duvet, nothing else',
]


# batch 3, blind again
URGENT += [
    "I've been sweating through my sleeping bag every night on this trip and my back is aching",
    'flu-ish all week, shivers and aches, and the lower back is the worst of it',
    'dropped two notches on my belt with no change in eating, bit worried, back aching too',
    "had lymphoma as a teenager, now in my thirties and there's a new deep ache in my back",
    'nothing makes it ease, not lying flat, not sitting, it just throbs all night',
    'a gnawing pain in my upper back, nowhere near where I train, no injury I know of',
    'on biologics for my crohns and my back has started hurting for no reason',
    'got a dental abscess last month, now my lower back is really sore',
]

# batch 3, blind again
PROVIDER += [
    'my right big toe has gone numb-ish since the deadlift session',
    "there's a zapping feeling that runs down my left leg when I sneeze",
    'my left calf feels weak and floppy going down stairs, right is fine',
    "something went twang in my lower back on the swing, it's been sore since",
    "I reckon I've trapped a nerve, my bum is aching down to the knee",
    "walking wonky since tuesday, back's not happy",
    "the pain's worse this week than last week and last week was worse than the week before",
    'ten days off and no change, back still aches',
]

# batch 3, blind again
CALM += [
    'sweating buckets at night in this heatwave, back feels great',
    'lost 3 kg on my cut, back is happy',
    "my mate's sciatica is flaring again, poor guy",
    'felt a twang in my guitar string lol',
    "the rowing machine's display went funny, numbers all over the place",
]


# batch 4 (non-native, dictated, in passing), blind
URGENT += [
    'Sir I am having temperature from two days and back side also paining too much',
    'so yeah woke up again at like 2 drenched had to sleep on a towel and the back is sore again',
    "Rows 4x8, bench 3x5, all fine. Weirdly I've dropped 5 kilos without trying and my back aches. Anyway see you Thursday.",
    "chemo finished last spring, back's been aching the past fortnight which is new for me",
    "my back pain is there all the time, even lying in bed it doesn't stop",
    "pain in my upper back between the blades, didn't train this week at all",
]

# batch 4 (non-native, dictated, in passing), blind
PROVIDER += [
    'my leg left side is having current feeling going till the foot',
    'on the last rep something kind of shifted in my back and now it hurts to bend',
    'my right foot keeps slapping down when I walk since yesterday',
    "Leg day was ok. Left leg felt like it wasn't mine on the walk home though, kind of numb. Protein shake after.",
    'hammy on the right is buzzing and numb since the deadlifts yesterday',
    'its been three weeks and my back hasnt really got any better',
]

# batch 4 (non-native, dictated, in passing), blind
CALM += [
    'first week of my cut, down 2 kg, feeling good',
    'my dad had a herniated disc, any tips for him?',
    'had pins and needles in my foot from sitting cross legged, gone now',
    'is night pain a sign of something serious?',
    "my back was sore last week but it's much better now",
    "the pump in my calves was insane, legs felt like they weren't mine",
]


# a sign asked and answered "no" at once; a history whose pain is only imagined
CALM += ["Fever? No, just warm from the sauna, all good.",
         "if my back ever hurts after deadlifts, does my steroid use matter?"]
URGENT += ["I had cancer two years ago and my back has been hurting, what if it is back?"]
PROVIDER += ["Sciatica down my right leg? Yes, since Monday."]


@pytest.mark.parametrize("text", URGENT)
def test_an_urgent_sign_in_roundabout_words_reaches_urgent(text: str) -> None:
    assert screen(text).tier >= Tier.URGENT, (text, screen(text))


@pytest.mark.parametrize("text", PROVIDER)
def test_a_provider_sign_in_roundabout_words_reaches_provider(text: str) -> None:
    assert screen(text).tier >= Tier.PROVIDER, (text, screen(text))


@pytest.mark.parametrize("text", CALM)
def test_a_harmless_sense_of_a_sign_word_raises_no_alarm(text: str) -> None:
    assert screen(text).tier < Tier.PROVIDER, (text, screen(text))
