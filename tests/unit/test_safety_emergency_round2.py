"""Round 2 of the fresh emergency corpus: new sentences of our own, per family of wordings, to check that
the vocabulary added for its misses reaches wordings nobody wrote (and that harmless senses stay quiet)."""
from __future__ import annotations

import pytest

from core.safety.screening import Tier, screen

EMERGENCY = [
    # the stream will not start or stop, told as what happens at the toilet
    "Stood at the toilet for ages this morning and nothing came out even though I'm bursting.",
    "It takes forever to get going when I wee now, never used to.",
    "Once I start peeing I can't turn it off, it's new since Friday.",
    # known only by another sense, the place in another sentence
    "Went to the bathroom. Only knew I was going from the sound.",
    "Sat on the toilet and didn't feel any of it come out.",
    # accidents not felt
    "Couldn't hold it on the way to the loo, first time ever, my back has been bad all week.",
    "Found a mark in my underwear I never felt, since my back went.",
    # erection and feeling during sex
    "Can't keep an erection since my back went on Tuesday.",
    "Had sex last night and couldn't feel a thing, that's new since my back went.",
]
HARMLESS = [
    "Went to the loo before squats, felt nothing in my back the whole session, great day.",
    "Kettle is not starting, nothing coming out of the tap either, landlord is useless.",
    "Couldn't hold the plank past a minute, my core is weak.",
    "I can't finish the program this week, work is mad.",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_an_indirectly_told_card_sign_is_an_emergency_at_once(text: str) -> None:
    found = screen(text)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, found


@pytest.mark.parametrize("text", HARMLESS)
def test_everyday_words_of_the_same_shape_raise_nothing(text: str) -> None:
    assert screen(text).tier < Tier.PROVIDER, screen(text)


VITAL_SIGNS = [
    # breathing hard at rest, said without the word breathless
    "Sat on the bench for ten minutes and I'm still panting like I've run a marathon, it won't settle.",
    "I can only get out a couple of words before I need air, and I stopped a while ago.",
    "Breathing is really hard right now even lying down.",
    # the heart racing with dizziness, in slang
    "My heart is going like crazy and the room is spinning, I had to sit down.",
    "Pulse is thumping in my ears and everything tilted when I stood up from the rower.",
    # chest pressure told as a place
    "There's a pressing pain behind my sternum that came on during the carries.",
    # a fall told in slang
    "Came a cropper on the ice this morning, landed right on my back and it's agony.",
    # a crack with pain off the scale
    "Something went snap in my lower back on the deadlift and the pain is off the charts.",
    # a sign that has not gone is lasting, not over
    "A squeezing ache behind my breastbone that hasn't gone in half an hour.",
]
CALM_VITALS = [
    "Heart rate was high on the bike but I wasn't dizzy at all and it came down quickly.",
    "Breathing is hard on the hill sprints, is that normal?",
    "I practise box breathing after training, breathing like I've been told helps me calm down.",
    "Heavy weight on my chest during bench today, new PB.",
]


@pytest.mark.parametrize("text", VITAL_SIGNS)
def test_a_vital_sign_in_other_words_is_an_emergency_at_once(text: str) -> None:
    found = screen(text)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, found


@pytest.mark.parametrize("text", CALM_VITALS)
def test_hard_effort_or_a_denied_dizziness_raises_no_emergency(text: str) -> None:
    assert screen(text).tier < Tier.PROVIDER, screen(text)


EVERYDAY_SENSES = [
    "Bum went numb about an hour into the sportive, fine as soon as I got off the bike.",
    "Been dragging my heels about booking the physio, and dragging my feet on leg day too.",
    "Flopped onto the sofa like a sack of potatoes after the circuit, bliss.",
    "I've blacked out my diary every Monday for lifting.",
    "My water bottle fell off the rack and cracked, annoying.",
    "Can't feel my lats working on rows, only biceps, any cues?",
    "Couldn't feel my legs after that spin class lol.",
    "Chest is a bit tight from the dips yesterday, tender to the touch.",
    "Crashed onto my bed after the long run like a corpse, best sleep ever.",
    "Came off my motorbike in 2012, hurt my back, all clear for years, nothing since.",
    "Can a back injury stop you peeing properly? Out of curiosity, not happening to me.",
]
STILL_MEANT = [
    "After the ride my groin went numb and it's still numb this morning.",
    "I fainted in the changing room and they laid me on the sofa.",
    "My legs went numb on the run lol but actually they're still numb now, both of them.",
    "Just curious, is it bad that my groin has been numb since Monday?",
]


@pytest.mark.parametrize("text", EVERYDAY_SENSES)
def test_the_everyday_sense_of_a_signs_words_raises_nothing(text: str) -> None:
    assert screen(text).tier < Tier.PROVIDER, screen(text)


@pytest.mark.parametrize("text", STILL_MEANT)
def test_an_everyday_setting_does_not_excuse_a_sign_that_lasts(text: str) -> None:
    found = screen(text)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, found


LEGS_AND_SADDLE = [
    # pain that travels down both legs, or spreads to the other one in another sentence
    "There's an electric feeling running from my lower back down both legs.",
    "My left leg has had sciatica for a month. Now the right one has joined in.",
    "The shooting pain has spread to the other leg since this morning.",
    # both legs or feet that cannot feel
    "In the bath I couldn't feel how hot the water was on either foot.",
    "Both my feet feel like wood since yesterday.",
    # both legs without strength
    "I went to get out of bed and my legs just weren't there, both of them.",
    # the saddle area as a place
    "The part where my boxers sit feels numb and dead since Sunday.",
    "Sat on the toilet and couldn't feel the seat under me at all.",
]
LEGS_EVERYDAY = [
    "Both legs lit up on the sled pushes, brutal finisher.",
    "My mates weren't there so I trained alone, legs were fine.",
    "Couldn't feel my feet on the ice rink, both frozen, warmed up fine.",
    "We did both sides of the hip stretch at once, felt great.",
]


@pytest.mark.parametrize("text", LEGS_AND_SADDLE)
def test_both_legs_and_the_saddle_described_not_named_are_an_emergency(text: str) -> None:
    found = screen(text)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, found


@pytest.mark.parametrize("text", LEGS_EVERYDAY)
def test_effort_cold_and_other_peoples_absence_are_not_leg_signs(text: str) -> None:
    assert screen(text).tier < Tier.EMERGENCY, screen(text)


GAIT_FOOT_AND_FAINT = [
    "Walking like I've downed a few beers and I haven't had a drop, since this morning.",
    "My walking has been all over the place since Sunday, I keep drifting.",
    "I can't walk in a straight line today, no idea why.",
    "The front of my right foot won't come up when I walk, it catches on every step.",
    "My toes just hang down when I step and my foot slaps the floor.",
    "Next thing I knew I was lying on the gym floor with people around me.",
]
GAIT_EVERYDAY = [
    "My sleep has been all over the place this week.",
    "Walking like I've had ten pints after the pub quiz last night, hungover today.",
    "I can't lift my foot high enough on the box jumps yet, any progressions?",
    "Did yoga, next thing I knew I was asleep on the mat in savasana.",
]


@pytest.mark.parametrize("text", GAIT_FOOT_AND_FAINT)
def test_gait_foot_drop_and_a_faint_told_as_stories_are_an_emergency(text: str) -> None:
    found = screen(text)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, found


@pytest.mark.parametrize("text", GAIT_EVERYDAY)
def test_messy_schedules_hangovers_and_naps_are_not_gait_or_faints(text: str) -> None:
    assert screen(text).tier < Tier.EMERGENCY, screen(text)


def test_a_question_out_of_curiosity_that_says_it_is_happening_since_monday_still_tells() -> None:
    found = screen("Can a back injury stop you keeping an erection? Asking because it's happening to me since Monday.")
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, found


def test_a_typed_slip_in_peeing_still_reads_as_peeing_but_seeing_stays_seeing() -> None:
    assert screen("cant feel myself peing, only know from the sound").tier is Tier.EMERGENCY
    assert screen("seeing my back get stronger, felt nothing but gains, only heard good things").tier is Tier.NONE


def test_feet_numb_from_the_cold_on_a_winter_run_are_ordinary_unless_they_stay_numb() -> None:
    assert screen("both feet went numb on the icy run, fine after a warm shower").tier < Tier.PROVIDER
    assert screen("both feet went numb on the icy run and they're still numb hours later").tier is Tier.EMERGENCY


SAME_WORDS_ORDINARY = [
    "It takes me ages to get going in the morning, then I need a wee and a coffee.",
    "I couldn't hold it any longer on the plank, then ran to the toilet.",
    "Felt nothing special today, went to the loo, then trained legs.",
    "My walking has gone wonky because of the new shoes.",
    "Urine colour is pale, so hydration is fine; the session is not starting till six.",
    "The music is not starting, need a pee before the class anyway.",
]


@pytest.mark.parametrize("text", SAME_WORDS_ORDINARY)
def test_the_words_of_a_card_sign_in_an_ordinary_day_raise_no_emergency(text: str) -> None:
    assert screen(text).tier < Tier.EMERGENCY, screen(text)


def test_the_urine_that_will_not_start_is_an_emergency() -> None:
    found = screen("The urine is not starting easily, I stand and wait, it is getting worse.")
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, found


@pytest.mark.parametrize("text", [
    "Heart going like crazy on the last sprint and the room was spinning a bit, normal after a minute.",
    "I lost my senses for a second when I saw the price of the gym membership.",
    "Legs weren't there today, both of them tired from the run yesterday.",
    "I didn't feel a thing when the physio did the dry needling, toilet break after.",
])
def test_a_passing_effort_a_joke_or_a_treatment_is_not_an_emergency(text: str) -> None:
    assert screen(text).tier < Tier.EMERGENCY, screen(text)
