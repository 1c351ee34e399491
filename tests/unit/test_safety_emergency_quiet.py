"""Gym talk that uses the emergency words, and calm mentions of the signs, stay quiet (issue 13).

The wider the emergency vocabulary, the more ordinary chat sits near it: burning legs, chest day,
passing out on the sofa, a wee between sets. None of these may raise an alarm or a question.
"""
from __future__ import annotations

import pytest

from core.safety.screening import screen
from core.safety.signs import Tier

GYM = [
    "I need a wee between sets",
    "drink more water so your pee is clear",
    "pre workout makes me pee every 20 minutes",
    "my bladder is tiny lol, three toilet trips in one session",
    "nipped to the loo between sets, then finished the rows",
    "had to take a leak halfway through, all good",
    "watched a live stream of the powerlifting meet",
    "squats nearly made me shit myself lol",
    "need a poo before deadlifts, every time",
    "protein farts are killing my girlfriend",
    "pre workout goes straight through me",
    "leg day tomorrow, legs still jelly from last week lol",
    "legs like jelly after squats",
    "my legs gave up on the last set of lunges",
    "legs dead after the run, can't feel them lol",
    "glutes on fire after hip thrusts",
    "bum is sore from the bike seat",
    "numb bum from the spin class saddle",
    "my bum went numb sitting on the bench between sets",
    "chest is sore after bench",
    "chest pump is insane today",
    "chest DOMS from the push ups",
    "chest day tomorrow, can't wait",
    "out of breath after sprints, as expected",
    "breathing hard after the burpees",
    "that circuit had me gasping lol",
    "hold your breath and brace on the squat",
    "passed out on the couch after the session",
    "nearly passed out lol that set killed me",
    "fell off the wagon this week, back on it now",
    "fell behind on my sessions",
    "crashed on the sofa after training",
    "my form fell apart on the last rep",
    "cracked 200 kg on the deadlift!",
    "knees crack when I squat, no pain",
    "my back cracked nicely when I stretched, felt good",
    "sex after leg day is hard lol",
    "hard session today, came in early",
    "come to the gym with me tomorrow",
    "my hands went numb from the farmers carries",
    "both feet numb from the cold on the run",
    "foot fell asleep sitting cross legged",
    "the bar slipped and dropped on the floor, no harm",
    "my phone fell and cracked the screen",
    "rows 3x10 at 20, pull-ups 3x5, deadlift 3x8 at 80, felt strong",
    "wiped down the bench after my set",
    "can't wait to hit a 100kg squat",
    "my wife can't come to the gym this week",
    "I'll be there at 6, can't make it earlier",
    "my grip gave out on the last set of deadlifts",
]

CALM = [
    "no numbness in my groin or legs, just sore",
    "peeing fine, no problems with the bladder",
    "my legs aren't giving way, they just feel tired",
    "what if my groin went numb, what would I do?",
    "if I ever can't pee, should I go to A&E?",
    "had numbness down there years ago after a bike ride, fine since",
    "my dad has sciatica in both legs",
    "my mate fainted at the gym last week",
    "is chest pain during exercise ever serious?",
    "bladder is fine, bowels fine, no numbness anywhere",
    "no chest pain, no dizziness, just tired",
    "my legs are fine, no tingling, no weakness",
]


@pytest.mark.parametrize("said", GYM + CALM)
def test_ordinary_gym_talk_and_calm_mentions_raise_no_alarm(said: str) -> None:
    assert screen(said).tier < Tier.PROVIDER, (said, screen(said))


# written after the emergency vocabulary grew: everyday senses of its new words
EVERYDAY_SENSES = [
    "my knee pads are soaked with sweat",
    "shorts were wet from the rain on the walk in",
    "spilt my shake all over my shorts, gutted",
    "my water bottle leaked in my bag again",
    "the roof at the gym is leaking onto the rack",
    "had a little accident with the chalk bucket, gym is white now",
    "the dog had an accident on the rug while I was training",
    "the flow of the session was great today",
    "stream of consciousness: squats, rows, done",
    "nothing comes close to the feeling after a PR",
    "I can't finish the program this week, away with work",
    "couldn't finish the last set, too heavy",
    "my girlfriend can't come to the gym tonight",
    "lost control of the bar on the last rep, dumped it safely",
    "toilet at the gym was out of order so I held it",
    "needed a wee halfway through, back to it after",
    "had to empty my bag to find my belt",
    "can't empty my head before a heavy set",
    "my legs just went on the last set of lunges lol",
    "legs gave out on the final squat rep, as expected at RPE 10",
    "legs feel like jelly after the bike intervals",
    "feet went numb in the ice bath",
    "glutes are dead after the hip thrusts, proper doms",
    "butt is sore from the squats yesterday",
    "my rear delts are on fire",
    "hit the bottom of the squat and stood up easy",
    "my heart rate was 180 on the rower",
    "heart was pounding after the sprint but settled in a minute",
    "heart set on a 200 kg deadlift this year",
    "chest was pumped after the dips",
    "out of breath after the sled pushes, normal",
    "breathing heavy between sets of 20 rep squats",
    "crashed into bed after the session",
    "my car got rear ended last year, all sorted, back fine",
    "tripped over a plate but caught myself, all good",
    "the barbell crashed down onto the safeties, no drama",
    "heard a crack, it was the bench creaking, all fine",
    "my back cracked when I stretched and it felt amazing",
    "fell asleep on the train home after training",
    "my vision went blurry because my glasses were sweaty",
    "my phone dropped on the floor and the screen cracked",
    "I blacked out the windows in my garage gym",
    "passed out the flyers for the gym open day",
    "knees collapsed in on the squat, working on it",
    "sex on the beach is my favourite cocktail",
    "I come to the gym at 6 every day",
    "my mate collapsed laughing at my form",
    "wiped the sweat off the bench and went again",
]


@pytest.mark.parametrize("said", EVERYDAY_SENSES)
def test_everyday_senses_of_the_emergency_words_raise_no_alarm(said: str) -> None:
    assert screen(said).tier < Tier.PROVIDER, (said, screen(said))


# the newer families (walking, racing heart, arm and jaw, urges) in their everyday senses
NEWER_EVERYDAY = [
    "heart racing before my first comp lol",
    "bit dizzy when I stood up too fast after the stretch, fine after a sip of water",
    "lost my balance on the single leg RDLs, need more practice",
    "stumbled into the gym half asleep at 6am",
    "my jaw aches from clenching on the deadlifts",
    "left arm is sore from the curls yesterday",
    "had the urge to skip leg day but went anyway",
    "lost signal in the basement gym so couldn't log my sets",
    "no urge to train today, motivation is gone",
    "heart rate hit 175 on the intervals, felt great",
    "walking like a cowboy after leg day lol",
    "my walking lunges felt wobbly on the left",
    "pulse was high after the sprints, back to normal in two minutes",
    "drank so much water I was peeing every half hour",
    "I wee a lot more since I started creatine",
    "my arms were shaking after the farmer's carries",
    "the kettlebell slipped and crashed onto the mat",
    "balance board work is humbling",
]


@pytest.mark.parametrize("said", NEWER_EVERYDAY)
def test_everyday_senses_of_the_newer_emergency_families_raise_no_alarm(said: str) -> None:
    assert screen(said).tier < Tier.PROVIDER, (said, screen(said))


# calm mentions in the newer words: denied, imagined, over, someone else's
CALM_NEWER = [
    "no trouble getting my wee started, all normal down there",
    "my legs didn't give way, they were just tired",
    "heart wasn't racing and I wasn't dizzy, just pumped",
    "my dad keeps stumbling since his stroke, worried about him",
    "if my heart ever raced and I got dizzy, what should I do?",
    "years ago I kept losing my balance with an ear infection, fine since",
    "I can feel everything when I wipe, no numbness",
    "never had any bladder problems, pee is normal",
    "what would it mean if someone couldn't feel themselves pee?",
    "my grandad wears pads, is that something to watch for in me?",
    "my mate's jaw and arm hurt before his heart attack last year",
    "had a car crash in 2015, no back pain since",
    "no chest pain, no jaw pain, no arm pain, just sore lats",
    "my breathing is fine at rest, only hard during the sprints",
]


@pytest.mark.parametrize("said", CALM_NEWER)
def test_calm_mentions_in_the_newer_words_raise_no_alarm(said: str) -> None:
    assert screen(said).tier < Tier.PROVIDER, (said, screen(said))


# written with the fourth emergency batch
FOURTH_QUIET = [
    'gassed after the conditioning, great session',
    'heart racing on the last sprint, then back to normal quickly',
    'my legs are wobbly after 100 walking lunges lol',
    'my bum is numb from the long drive to my parents',
    'had an accident with the dumbbell and chipped the floor',
    'I leaked all my secrets to my training partner lol',
    'my stream crashed during the live meet',
    'the plumbing in the gym showers stopped working',
    "can't come tomorrow, work",
    "I couldn't finish the burpees, gassed",
    "my balls are the only thing I'm not training lol",
    'sat on the toilet scrolling for 20 minutes again, classic',
    "haven't peed in ages, need to drink more water today",
    'foot slipped on the plate when I stepped back, no injury',
    'heard a crack - it was my phone screen, sigh',
    'my wife fainted at the sight of my deadlift PR video lol',
    "if my legs ever go numb I'll tell you straight away",
    'no leaks, no numbness, just a tight lower back',
    'last year I passed out from the heat at a festival, fine since',
]


@pytest.mark.parametrize("said", FOURTH_QUIET)
def test_everyday_and_calm_sentences_of_the_fourth_batch_raise_no_alarm(said: str) -> None:
    assert screen(said).tier < Tier.PROVIDER, (said, screen(said))


FIFTH_QUIET = [
    'numb bum after the 4 hour drive lol',
    'peeing a lot, drinking 4 litres a day',
    'legs gone after 10k, classic',
    'my butt is sore from the hip thrusts',
    'heart going mad on the sprints, love it',
    'dizzy after spinning the kids round in the park',
    "can't poop before a big lift, nerves",
    'fell off the wagon with my diet',
    'had a car crash in 2019, no issues since',
    'my chest pressure on the bench felt solid today',
    'sweaty and sick after the hangover session lol',
    "can't feel my arms after the farmers walks, grip fried",
    "if I ever can't feel my legs, what should I do",
    "my dad fainted at the gym last year, he's fine now",
]


@pytest.mark.parametrize("said", FIFTH_QUIET)
def test_everyday_and_calm_sentences_of_the_fifth_batch_raise_no_alarm(said: str) -> None:
    assert screen(said).tier < Tier.PROVIDER, (said, screen(said))


_LOG = ("Week three done. Rows 4x8 at 40, deadlifts 3x5 at 90, felt strong, my mate spotted me and we had a laugh. ")
_SIGN_OFF = " Otherwise all good, crashed on the sofa after Thursday's session lol."


@pytest.mark.parametrize("middle", ["Legs were jelly after the lunges but that's normal.",
                                    "My dad was rushed in with chest pain last month, he's fine now thankfully.",
                                    "No numbness, no tingling, bladder and bowels normal, just stiff."])
def test_a_long_update_with_only_everyday_or_calm_words_raises_no_alarm(middle: str) -> None:
    said = _LOG + middle + _SIGN_OFF
    assert screen(said).tier < Tier.PROVIDER, (said, screen(said))


@pytest.mark.parametrize("said", ["would numbness in both legs be an emergency?", "I wonder what foot drop feels like",
                                  "I wonder if my legs would ever go numb from squats", "didn't pass out, just sat down",
                                  "no trouble starting or stopping when I pee", "my heart isn't racing, I'm just excited"])
def test_general_wondering_and_denials_raise_no_alarm(said: str) -> None:
    assert screen(said).tier < Tier.PROVIDER, (said, screen(said))
