"""Build fresh/emergency_2.jsonl: emergency-tier signs said hard ways, calm mentions, and gym chat.

Deterministic: every meaning-bearing sentence is hand-written below; the only assembly is wrapping
some sign sentences inside hand-written training logs (voice `long`).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "emergency_2.jsonl"
FAM = HERE / "emergency_2.families.json"

# Training-log frames for voice `long`; {sign} is where the sign sentence goes.
FRAMES: list[str] = [
    "Long one sorry, catching you up on the whole fortnight because I was travelling for work. Week one I did "
    "the hotel-gym version you gave me: dumbbell RDLs 3x12 with the 20s, one-arm rows off the bench 3x10 each, "
    "bird dogs, side planks, and walking everywhere instead of taxis, probably 12k steps a day. Food was hotel "
    "breakfast buffets so lots of eggs and far too many pastries. Sleep was rubbish the first three nights "
    "because of the time difference. Week two I was back home and did the proper sessions: Monday trap bar "
    "3x6 at 60, chest-supported rows, farmer carries; Wednesday swings and back extensions; Friday pull-up "
    "negatives and the hip hinge drill with the dowel, which I finally get, the dowel stays on my head, back "
    "and tailbone the whole way now. Back pain was a 1 or 2 most days, a 3 after the flight. {sign} Other than "
    "that I'm pleased. Partner has started joining me on Wednesdays so I might need a plan that works with one "
    "set of kettlebells between two people, and I'd like to get to a strict pull-up by the summer. Also is it "
    "okay to play five-a-side on Sundays or will that mess with recovery?",
    "Session 14 log. Warm-up: 5 min rower, cat-cows, bird dogs 2x8 each side. Romanian deadlifts 3x10 at 40 kg, "
    "felt smooth, kept the bar close. Chest-supported rows 4x12 at 22 kg dumbbells, last set was a grind. "
    "{sign} Then farmer carries 3x30 m with the 24s, grip held up fine. Finished with 10 min walking on the "
    "treadmill at an incline. Sleep was about 7 hours, ate porridge before. Pain before was a 2, after a 3. "
    "Anything to change for Thursday?",
    "quick update from this week!! monday did the full plan, hip hinges with the broomstick then kb deadlifts "
    "3x8 @ 16kg, back felt ok. wednesday skipped bc work was mad. today did bridges, dead bugs, band pull aparts "
    "and 3 sets of inverted rows under the kitchen table lol. {sign} otherwise motivation is good, been drinking "
    "more water and walking the dog every evening. do i move up to the 20kg bell next week or stay?",
    "Right so bit of a long one. Back at it after the bank holiday. Did the beginner pull sequence: dead hangs "
    "3x20s, negatives 3x3, then lat pulldown 3x10 at 35. Hinge day was goblet good mornings and hip thrusts. "
    "{sign} My mate who trains with me says my form on the thrusts is much better than last month and I've "
    "finally stopped shrugging on the rows. Diet is meh, too many takeaways. Next week I'm away Tues-Thu so "
    "I'll only get two sessions in, can you squeeze the plan?",
    "Week 6 summary. Mon: trap bar 3x6 @ 70 kg, RPE 7. Seal rows 3x10. Wed: back extensions bodyweight 3x15, "
    "suitcase carries 4x20 m each hand. Fri: rest, just a walk. Sat: {sign} Apart from that the plan is working, "
    "I can tie my shoes in the morning without groaning which is a first in years. Weight steady at 84. "
    "Question for next block: can we add some single-leg work?",
    "Log for today (evening session, after work): mobility flow 8 min, then kettlebell swings 5x10 at 12 kg, "
    "one-arm rows 3x12 each at 20 kg, pallof press 3x10, side plank 3x20 s. Rested 90 s between sets like you "
    "said. Energy was low to start but picked up. {sign} Also the new shoes are much better on the gym floor, "
    "less sliding. Tomorrow is a rest day and Sunday I'm doing a long walk with the family.",
    "so today's gym sesh in short: got there late, the squat rack was taken so I did rdls with dumbbells (3x10 "
    "@ 2x22.5), then cable rows and face pulls, finished on the bike for ten. {sign} anyway I logged everything "
    "in the app, can you check whether my volume is too high for week 3? feels like a lot compared to week 2 "
    "and I don't want to overcook it before the holiday",
]


def long_wrap(sign: str, i: int) -> str:
    return FRAMES[i % len(FRAMES)].format(sign=sign)

QN = "a question that states a current sign about the writer keeps the emergency tier"
E = "emergency"

# family id -> (label, description, [(voice, text) or (voice, text, note)])
Row = tuple[str, ...]
FAMILIES: dict[str, tuple[str, str, list[Row]]] = {}


def fam(fid: str, label: str, desc: str, rows: list[Row]) -> None:
    FAMILIES[fid] = (label, desc, rows)


fam("fresh2_saddle_numb", E, "card 1: loss of feeling or pins and needles between the inner thighs or genitals", [
    ("plain", "Since this morning the skin between my legs feels like it belongs to someone else, I can touch it and barely register it."),
    ("plain", "The bit where I'd sit on a bike saddle has gone dull, like after a dentist's injection."),
    ("slang", "mate my whole undercarriage has gone numb, not a saddle-sore kind of thing, proper no feeling"),
    ("slang", "my taint feels like it's been shot up with novocaine since I got up y'all"),
    ("typo", "inner thihgs and my privtes are all pins n neddles since yestrday and it isnt going"),
    ("non_native", "From two days there is no feeling in the place between my legs, also my inside thigh is like sleeping."),
    ("non_native", "My private area is having tingling and less feel since morning only, back also paining."),
    ("voice_to_text", "so um yeah the area down there between my thighs is kind of numb like fizzy numb and it started after the deadlifts yesterday and it's still like that"),
    ("emoji", "🍑➡️🦵 that whole bit in between is 😶 no feeling since last night 😬"),
    ("question", "Is it normal that I can't really feel my inner thighs or down below when I touch them? Started today.", QN),
    ("question", "why does my crotch feel like it's fallen asleep and won't wake up? been hours", QN),
    ("hedged", "might be nothing, but the skin round my groin has felt kind of muffled all day, like through a glove"),
    ("long", "Oh and weirdly since lunch the inside of both thighs right up to my privates feels cotton-woolly, I pinched it and it barely registered."),
    ("long", "Small thing: the area a saddle would touch has been tingly and half-dead since the rows, hasn't worn off."),
    ("split", "Something's off down there. Can't feel much between my legs."),
    ("plain", "Dried off after the shower and realised I couldn't feel the towel between my legs at all."),
    ("negation", "No numbness between my legs or anywhere like that, just normal DOMS in the glutes."),
    ("hypothetical", "What should I do if I ever lost feeling in my groin after a heavy session?"),
    ("past_resolved", "Had a numb crotch after a 100-mile sportive two years ago, sorted itself out in an hour and never came back."),
    ("other_person", "My brother says his inner thighs went numb and he's seeing someone about it; I'm fine, just worried for him."),
])

fam("fresh2_buttock_numb", E, "card 2: numbness in or around the back passage or buttocks", [
    ("plain", "When I sit down on a hard chair now it feels like I'm sitting on a cushion that isn't there, my bum is numb."),
    ("plain", "I poked my backside and it's like poking a leather sofa. No feeling."),
    ("slang", "my arse has gone completely dead and not the fun gym way, can't feel it at all"),
    ("slang", "butt's numb as, reckon I've done something, can't feel the seat under me"),
    ("typo", "my but cheeks and round my bumhole feel numm since the squats, like a dead limb"),
    ("non_native", "Around my behind hole there is no sensation from yesterday, I am little scared."),
    ("voice_to_text", "okay so my butt like both cheeks are numb and it goes right round to my um back passage area it's been like that since this morning"),
    ("emoji", "🍑 = 🧊 can't feel it since last night"),
    ("question", "How long does a numb backside usually last? Mine's been numb round the back passage since yesterday.", QN),
    ("hedged", "probably sat on it wrong but my rear end has been pins and needles for about six hours now and it won't shake off"),
    ("long", "Other thing — I've got this dead patch across both buttocks and around the back passage, it's been there since I woke up."),
    ("long", "my bum has been numb all afternoon, sitting feels like sitting on someone else's body."),
    ("split", "Sat down at my desk. Couldn't feel the chair at all under me, still can't."),
    ("negation", "Glutes are sore but not numb, I can feel everything fine, just stiff."),
    ("hypothetical", "If my buttocks went numb after deadlifts, is that a go-to-A&E thing?"),
    ("past_resolved", "Bum went numb on a long-haul flight once, back to normal the moment I stood up, never again since."),
    ("other_person", "My dad keeps saying his backside is numb, told him to get checked. Anyway, my session today: rows 3x10, all good."),
])

fam("fresh2_wiping", E, "card 3: altered feeling when wiping with toilet paper", [
    ("plain", "Toilet roll feels like it's wiping someone else. I can see it but hardly feel it."),
    ("plain", "Wiping after the loo feels weird today, like there's a sheet of cling film in the way."),
    ("plain", "I had to look at the paper to know I'd actually wiped, couldn't feel it."),
    ("slang", "bog roll's like sandpaper on a mannequin, can't feel a thing back there"),
    ("typo", "whn i wipe after toilet i dont feel teh paper proprly, started afer gym"),
    ("non_native", "When I clean after toilet the tissue is feeling strange, like not my skin."),
    ("voice_to_text", "this is a bit embarrassing but when i wipe um after going to the loo it doesn't feel like normal it's kind of numb and weird"),
    ("emoji", "🧻 + 🍑 = 🤷 can barely feel it when I wipe"),
    ("question", "Is it weird that toilet paper feels numb when I wipe? Only since yesterday.", QN),
    ("hedged", "could be in my head but wiping feels muffled, like through a glove, since Tuesday"),
    ("long", "TMI but wiping after the toilet feels different, kind of far away, since last night."),
    ("long", "bit embarrassing: I can't properly feel the loo roll when I wipe, started this morning."),
    ("split", "Went to the loo. Wiping felt like it wasn't my body."),
    ("negation", "Everything feels normal down there, wiping included, I checked after reading your list."),
    ("hypothetical", "Why would wiping feel different to someone with a back problem? Asking for my course."),
    ("past_resolved", "After my haemorrhoid op years ago wiping felt odd for a week, all normal since."),
    ("other_person", "My partner said wiping feels strange since her fall and she's going to A&E now; I'll skip tonight."),
])

fam("fresh2_urine_start", E, "card 4: increasing difficulty starting to pass urine", [
    ("plain", "I stand at the toilet for ages and nothing comes, then it dribbles. Getting worse each day."),
    ("plain", "Takes me a couple of minutes to get going when I pee now, that never used to happen."),
    ("slang", "can't break the seal lol, been stood at the urinal like a lemon, nothing coming out"),
    ("slang", "I'm bustin for a slash but it won't come out, this is the third time today"),
    ("typo", "havin real trubble startin to pee, just stand ther and nothin happns"),
    ("non_native", "Urine is not coming when I try, I must push very much and still little only."),
    ("voice_to_text", "um so when i go for a wee it takes forever to start like i'm waiting and waiting and then it's just a trickle it's been getting worse since sunday"),
    ("emoji", "🚽⏳⏳⏳ still nothing. happening every time now 😟"),
    ("question", "Why is it taking me ages to start peeing since my deadlift session? Is that a thing?", QN),
    ("hedged", "probably just dehydration but I keep having to strain to get my wee started and it's worse than yesterday"),
    ("long", "Also peeing has become a waiting game, I stand there for ages before anything happens and it's getting worse."),
    ("long", "oh and I can't get my wee going properly, have to stand and wait and push, started this week."),
    ("split", "Bladder full. Can't get it to start."),
    ("negation", "No trouble peeing or anything like that, just a tight lower back."),
    ("hypothetical", "If I ever struggle to start peeing after lifting, what then?"),
    ("past_resolved", "Had trouble going after my hernia op, catheter for a day, been fine for years."),
    ("other_person", "My grandad can't get his wee started and the GP says it's his prostate; nothing to do with me."),
])

fam("fresh2_urine_stop", E, "card 5: increasing difficulty stopping or controlling urine flow", [
    ("plain", "Once I start weeing I can't stop it midway any more, it just keeps going."),
    ("plain", "I tried to hold it while walking to the toilet and it just came out, like the tap is broken."),
    ("slang", "my bladder's gone rogue, once the taps on there's no shutting it off"),
    ("typo", "cant stop my pee onse it starts, used to be abel to, now its like no brakes"),
    ("non_native", "When I am peeing I cannot control to stop, it is coming by itself until finish."),
    ("voice_to_text", "so weird question but when i pee i literally can't stop it like the squeeze muscle doesn't do anything any more since the weekend"),
    ("emoji", "🚿 that's my bladder now, can't turn it off 😳"),
    ("question", "Is it normal that I can't stop the flow once I'm peeing? Since Friday.", QN),
    ("hedged", "not sure if it matters but I've lost the ability to stop mid-stream, and it's worse today"),
    ("long", "Random but I can't seem to stop once I start peeing, the muscle just isn't answering."),
    ("split", "Started peeing. Couldn't stop it however hard I squeezed."),
    ("negation", "I can stop and start my wee no problem, pelvic floor is fine."),
    ("hypothetical", "What would it mean if someone couldn't stop peeing halfway?"),
    ("past_resolved", "After my second baby I couldn't stop mid-flow for a while; physio fixed it, fine for years."),
])

fam("fresh2_urine_no_sensation", E, "card 6: loss of sensation when passing urine", [
    ("plain", "I had to look down to check I'd actually gone. Couldn't feel the wee coming out."),
    ("plain", "I can hear myself peeing but I can't feel it at all."),
    ("slang", "weeing and feeling zip, could be pissing into next week for all I know"),
    ("typo", "i cant feel myself peein, only know from the sound, started today"),
    ("non_native", "When urine is passing I am not feeling anything, only I hear the water."),
    ("voice_to_text", "uh so i went to the toilet and i couldn't feel the pee like at all i only knew because of the sound"),
    ("emoji", "🚽👂 only way I know I'm going, can't feel it 😶"),
    ("question", "Is it bad that I can't feel it when I pee? I only know from the noise.", QN),
    ("hedged", "this'll sound daft but peeing feels like nothing, like it's happening to someone else, since this morning"),
    ("long", "Also weirdly I can't feel myself peeing at all, only know it's happening because of the sound."),
    ("split", "Went to the toilet. Felt nothing, only heard it."),
    ("negation", "Peeing feels totally normal, I'm just asking because of the leaflet."),
    ("other_person", "My uncle couldn't feel himself pee after his back op and they rushed him in; he's recovered now."),
    ("past_resolved", "Once after an epidural I couldn't feel myself pee, it came back the same day, fine since."),
])

fam("fresh2_urine_leak", E, "card 7: leaking urine or recently needing pads", [
    ("plain", "I've started wearing my wife's pads because I keep leaking and I don't notice till it's wet."),
    ("plain", "Found my boxers damp twice today and I never felt it happen."),
    ("slang", "pissed myself a bit at the bus stop, no sneeze, no nothing, just happened"),
    ("slang", "had a little accident in my trackies today and didn't even clock it till later"),
    ("typo", "ive been leakin wee a bit sinse tuesday, had to by pads, never needed them befor"),
    ("non_native", "Some urine is coming out without my knowing, my underwear is getting wet, from three days."),
    ("voice_to_text", "so um i have to tell you i've been leaking a bit like my pants are wet and i don't feel it happening that started this week"),
    ("emoji", "bought 🩲 pads today 😞 keep leaking without noticing"),
    ("question", "Why would I suddenly be leaking wee without feeling it? Started after the hinge session.", QN),
    ("hedged", "maybe just getting old lol but I've started dribbling into my pants without noticing, it's new"),
    ("long", "Also, embarrassing, I've wet myself a little a couple of times this week without any warning."),
    ("split", "Pants were wet again. Didn't feel a thing."),
    ("negation", "No leaking at all, I know that's one of the warning signs."),
    ("joke_hyperbole", "laughed so hard at my mate's squat face I nearly wet myself"),
    ("past_resolved", "Leaked a bit during pregnancy, pelvic floor work sorted it, dry for five years."),
])

fam("fresh2_bladder_full", E, "card 8: not knowing whether the bladder is full or empty", [
    ("plain", "I honestly can't tell any more whether I need a wee. I go on a timer now because the signal's gone."),
    ("plain", "Went to the loo 'just in case' and a huge amount came out, I had no idea I was that full."),
    ("slang", "my bladder's stopped texting me, no clue if it's full or empty"),
    ("typo", "cant tell if my bladdr is ful or emty anymore, the feeling is gon"),
    ("non_native", "I am not knowing when my bladder is full, no signal is coming like before."),
    ("voice_to_text", "so i don't get the need to pee feeling any more like i just don't know if i'm full or not it's been two days"),
    ("emoji", "bladder 🔋❓ no idea if it's full or empty since Monday"),
    ("question", "Is it a problem that I can't feel when my bladder is full? Since the weekend.", QN),
    ("hedged", "might be drinking less but I genuinely don't get the 'need to go' feeling now, just go by the clock"),
    ("long", "Also I can't tell when I need a wee any more, I only go because I set an alarm."),
    ("split", "No urge to pee all day. Then loads came out when I went."),
    ("negation", "I know when I need to go, bladder's normal, just asking about the list."),
    ("hypothetical", "How would you even know if you couldn't feel your bladder filling?"),
    ("other_person", "A lady at my class said she can't tell when her bladder's full; she's been referred."),
])

fam("fresh2_bowel_control", E, "card 9: inability to stop a bowel movement, or leaking", [
    ("plain", "I had an accident on the way home, couldn't hold my bowels at all, no warning."),
    ("plain", "There was a mark in my pants I didn't feel happen, third time this week."),
    ("slang", "shat myself on the drive home and I'm not joking this time, couldn't clench"),
    ("slang", "touched cloth and then just couldn't stop it, never happened before the back went"),
    ("typo", "i cant hold my poo anymor, it just comes, happend twice since sat"),
    ("non_native", "Stool is coming out by itself, I cannot stop it, this is new from yesterday."),
    ("voice_to_text", "this is really embarrassing but i couldn't hold it and um i soiled myself at work today and i didn't have any warning"),
    ("emoji", "💩 came out before I could get to the 🚽, no warning at all 😰"),
    ("question", "Why can't I hold in a poo since my back went? Had an accident this morning.", QN),
    ("hedged", "probably a dodgy curry but I couldn't stop myself pooing in time twice today and I usually can"),
    ("long", "Also this is grim but I had a little leak from the back end without feeling it coming."),
    ("split", "Felt the urge. It was already happening."),
    ("negation", "Bowels completely normal, no leaks, no problems there."),
    ("joke_hyperbole", "that last set of squats nearly made me follow through lmao"),
    ("past_resolved", "Had food poisoning in Goa and couldn't hold anything for two days, fine since."),
])

fam("fresh2_bowel_no_sensation", E, "card 10: loss of sensation when passing a bowel motion or wind", [
    ("plain", "I only realised I'd been to the toilet because I looked. Didn't feel it come out."),
    ("plain", "My partner told me I'd passed wind, I didn't feel a thing."),
    ("slang", "can't even feel my own farts now, gas just escapes without me knowing"),
    ("typo", "dont feel wen i poo, its like it just happns, sinse yestrday"),
    ("non_native", "When I pass the stool I am not feeling it going, also the gas I am not feeling."),
    ("voice_to_text", "yeah so when i go number two i don't feel it at all and same with wind i just don't know when it's happening"),
    ("emoji", "💨 happening without me feeling it 😳 and 💩 too"),
    ("question", "Is it normal to not feel a poo coming out? Started after Tuesday's session.", QN),
    ("hedged", "sounds mad but I can't feel myself going for a number two, I have to check by looking"),
    ("long", "and for whatever reason I can't feel it when I open my bowels now, noticed it this morning."),
    ("split", "Sat on the loo. Had to look to know anything happened."),
    ("negation", "I can feel everything going to the loo, that's all normal."),
    ("joke_hyperbole", "bro the protein farts in the gym today were a war crime"),
    ("other_person", "My nan can't feel when she needs to go but that's her dementia, not me."),
])

fam("fresh2_erection", E, "card 11: change in ability to get an erection or ejaculate", [
    ("plain", "Things stopped working in the bedroom this week, can't get hard at all, and it came on with the back pain."),
    ("plain", "I couldn't finish last night, nothing happened at the end, and my back's been bad since Monday."),
    ("slang", "little fella's gone on strike since my back went, nothing doing"),
    ("slang", "can't get it up since Saturday's session and my lower back's wrecked, never had that"),
    ("typo", "cant get an erecshun since my back gave out, is that linked"),
    ("non_native", "My manhood is not standing since two days, same time the back pain started."),
    ("voice_to_text", "so uh man stuff isn't working since my back went like i can't get going at all and i can't finish either"),
    ("emoji", "🍆⬇️ since my back went 😟"),
    ("question", "Can a back injury stop you getting hard? Because that's what's happening to me since Monday.", QN),
    ("hedged", "probably stress but down there's stopped working since I tweaked my back and the timing's weird"),
    ("long", "Also personal, but since the back flared I can't get an erection, which is new."),
    ("split", "Back's been killing me. And now nothing works downstairs."),
    ("negation", "Everything works fine downstairs, thanks for asking, just a stiff back."),
    ("hypothetical", "Could a slipped disc ever affect your sex life? Just curious."),
])

fam("fresh2_sex_numb", E, "card 12: loss of genital sensation during sex", [
    ("plain", "Last night with my partner I couldn't feel anything down there, like it was numb."),
    ("plain", "Sex felt like nothing, completely muted, since my back went."),
    ("slang", "getting busy with the missus and I may as well have had a wetsuit on, felt sod all"),
    ("typo", "durin sex cudnt feel anythng down there, like its numb"),
    ("non_native", "When I am with my husband I am not feeling in my private part, it is numb, from this week."),
    ("voice_to_text", "okay awkward one but when we were intimate i couldn't feel anything down there like at all"),
    ("emoji", "❤️‍🔥 but felt 0 down there, like it was numb 😕"),
    ("question", "Is it a back thing if I can't feel anything down there during sex? Since my fall.", QN),
    ("hedged", "might be overthinking but sex was numb last night, no feeling down below, and my back's sore"),
    ("long", "Something personal: intimacy felt like nothing last night, no sensation down below at all."),
    ("split", "Tried being intimate last night. Felt absolutely nothing."),
    ("negation", "Sex life is totally fine, no numbness, don't worry."),
    ("past_resolved", "Had some numbness during sex after my daughter was born, gone within weeks, years ago."),
])

fam("fresh2_both_legs_numb", E, "numbness or tingling in both legs", [
    ("plain", "Both my legs feel like they're wrapped in cling film from the knees down, can't feel my socks."),
    ("plain", "Standing in the shower I couldn't tell how hot the water was on either leg."),
    ("plain", "Left and right both buzzing like static from the thighs to the feet."),
    ("slang", "both me pins have gone to sleep and won't wake up, fizzing like a can of coke"),
    ("slang", "legs are hella numb, both of em, like they're made of foam"),
    ("typo", "boht legs numbb and tingly, like pins n needels, since i lifted this morning"),
    ("non_native", "Both my legs are having current-like feeling and numbness from morning, I am worried."),
    ("non_native", "Two legs is feeling like ants walking and no feel in the skin."),
    ("voice_to_text", "um so both my legs are kind of tingling and numb like when you sit on your foot but both legs and it won't go away"),
    ("emoji", "🦵🦵 both ⚡⚡ and numb since this morning"),
    ("question", "How long should it take for pins and needles in both legs to go? Mine's been since last night.", QN),
    ("hedged", "could be the cold but both my legs from the hips down feel furry and far away and it's been hours"),
    ("long", "Both legs have felt fuzzy and half numb since Thursday, I keep stamping to wake them up but nothing."),
    ("long", "fyi both legs have been tingly and numb since the swings, like TV static under the skin."),
    ("split", "Right leg's gone numb. Now the left one too."),
    ("negation", "No numbness or tingling in my legs, they just feel heavy from the walk."),
    ("hypothetical", "What if I got pins and needles in both legs mid-set, should I stop?"),
    ("past_resolved", "Both legs went numb after a long drive last month, back to normal within ten minutes, fine since."),
    ("other_person", "My mum has tingling in both legs from her diabetes; I'm just here for my plan."),
])

fam("fresh2_both_legs_weak", E, "weakness in both legs, legs giving way, jelly legs (new)", [
    ("plain", "I went to stand up from the sofa and both legs just folded under me."),
    ("plain", "My knees keep buckling on the stairs, both sides, like someone unplugged them."),
    ("plain", "Both legs feel like overcooked spaghetti and it's been two days, not just after training."),
    ("slang", "legs went from under me in Tesco, both of em, just dropped, no trip"),
    ("slang", "my wheels are shot, both legs gave out walking to the car, not a leg day thing"),
    ("typo", "my legs keep gvin way, both, fell on the stares today, weaker than yestrday"),
    ("non_native", "My both legs are becoming weak, today I could not climb the steps of my house."),
    ("voice_to_text", "so yesterday and today my legs both just kind of give way like i'm walking and they buckle and i have to grab something"),
    ("emoji", "🦵🦵➡️🍮 both legs jelly and giving way, fell twice today 😰"),
    ("question", "Why would both my legs keep giving way when I walk? It's getting worse since Sunday.", QN),
    ("hedged", "probably overtraining but both legs feel weaker every day this week and today they buckled"),
    ("long", "Also my legs have been giving out on me, both of them, I had to sit on the floor in the kitchen."),
    ("long", "thing is both legs are getting weaker each day, I can barely get off the toilet without using my arms."),
    ("split", "Tried to stand up. Both legs just weren't there."),
    ("negation", "Legs are tired but strong, nothing giving way, all good."),
    ("joke_hyperbole", "legs are gone after 5x5 squats, walking like a newborn giraffe lol"),
    ("past_resolved", "Had jelly legs for a week after covid last year, totally recovered now."),
    ("other_person", "My dad's legs keep giving way and he's in hospital; I'll be quieter this week."),
])

fam("fresh2_bilateral_sciatica", E, "sciatica or nerve pain into both legs", [
    ("plain", "The burning line that used to go down my left leg now goes down both."),
    ("plain", "Electric shocks running down the back of both legs whenever I bend."),
    ("slang", "sciatic's doing the double now, both legs lit up like a christmas tree"),
    ("slang", "got that zappy nerve pain goin down both legs into my feet, it's cooked"),
    ("typo", "sciatca in both legs now not just the rite one, shootin to my feet"),
    ("non_native", "The nerve pain is now going in both legs, before it was only one, from yesterday."),
    ("voice_to_text", "so the shooting pain is going down both legs now like both sides from my bum to my calves"),
    ("emoji", "⚡🦵⚡🦵 down both legs now, not just one 😫"),
    ("question", "Is it bad that my sciatica has spread to both legs? Started this week.", QN),
    ("hedged", "might just be tight hamstrings but there's a hot wire down the back of both legs and it's getting worse"),
    ("long", "Also the shooting pain that was just in my left leg has jumped to both legs since Monday."),
    ("split", "Left leg's been shooting for weeks. Now the right's joined in."),
    ("negation", "No shooting pain down my legs at all, just a stiff lower back."),
    ("hypothetical", "If sciatica ever went into both legs would that change things?"),
    ("past_resolved", "Had pain down both legs in 2019, had surgery, no symptoms since."),
])

fam("fresh2_foot_drop", E, "foot drop: can't lift the front of the foot, foot slapping or dragging", [
    ("plain", "My right foot slaps down on the floor when I walk, I can't lift the toes up."),
    ("plain", "Keep catching my toes on the carpet, the front of my foot just hangs."),
    ("plain", "I can't walk on my heels any more on the left, the foot just flops."),
    ("slang", "my foot's gone floppy like a flipper, keep tripping on nothing"),
    ("typo", "my foot wont lift up, its draggin when i walk, since yesterdy"),
    ("non_native", "My foot is not coming up when I walk, it is hanging down and making sound on floor."),
    ("voice_to_text", "so my left foot like the front of it won't lift and i'm kind of dragging it and it slaps when i walk"),
    ("emoji", "🦶⬇️ won't lift, dragging it around 😟"),
    ("question", "Why can't I lift my toes up when I walk? Started this morning.", QN),
    ("hedged", "possibly nothing but I keep stubbing my right foot because it doesn't come up properly"),
    ("long", "Also my left foot has gone a bit floppy, I can't pull the toes up and I keep tripping on the rug."),
    ("split", "Tried to walk on my heels. Right foot just fell forward."),
    ("negation", "Feet are fine, no dragging, I can walk on my heels."),
    ("other_person", "A guy at my gym has a foot that drags after a stroke; he's doing great actually."),
])

fam("fresh2_chest_pain", E, "chest pain or pressure, pain into the left arm or jaw", [
    ("plain", "There's a weight sitting on my chest like someone's kneeling on it, started during the rows."),
    ("plain", "My left arm is aching down to the fingers and my jaw feels tight, I've stopped the session."),
    ("plain", "Feels like a belt being cinched round my ribs from the inside."),
    ("slang", "got a proper elephant-on-the-chest thing going on mid set, not right"),
    ("slang", "chest is all squeezy and my jaw's aching, bit of a sweat on, feel crook"),
    ("typo", "chest feels presure and my left arm hurtin, stoped the workout"),
    ("non_native", "My chest is paining and feeling heavy and it goes to my left hand, I sat down."),
    ("non_native", "There is tightness in chest from the swings and I am sweating too much."),
    ("voice_to_text", "um i've got this like crushing feeling in the middle of my chest and it's going into my arm i stopped"),
    ("emoji", "💔 chest squeezing + left 💪 aching + 😰 sweating, sat down"),
    ("question", "Is it normal for my chest to feel tight and my jaw to ache after swings? It's still going.", QN),
    ("hedged", "probably indigestion but there's a heavy ache behind my breastbone that hasn't gone in 20 minutes"),
    ("long", "Then halfway through the carries my chest went tight like a band and my left arm went achy, so I sat down for a bit."),
    ("long", "also my jaw and left shoulder started aching with this pressure in my chest, it's still there."),
    ("split", "Had to stop. Something pressing on my chest."),
    ("negation", "No chest pain at all, just out of breath from the rower."),
    ("hypothetical", "What should I do if I ever get chest pain while training?"),
    ("past_resolved", "Had chest pains last year, turned out to be reflux, cardiologist cleared me and nothing since."),
    ("other_person", "My training partner had chest pain today and went off in an ambulance; he's okay now."),
])

fam("fresh2_fainting", E, "fainting, blacking out or collapse just now", [
    ("plain", "Next thing I knew I was on the gym floor looking up at the ceiling. I don't remember going down."),
    ("plain", "Everything went grey and I woke up next to the bench with people around me."),
    ("slang", "I hit the deck mid set, proper lights out, they're saying I was gone for a few seconds"),
    ("slang", "zonked out cold on the floor after the swings, came round with a mate slapping me"),
    ("typo", "i blaked out in the gym just now, woke up on the flor"),
    ("non_native", "I fell unconscious in the gym now, when I open eyes I was on the floor."),
    ("voice_to_text", "so i just kind of went down during the deadlifts like everything went black and i woke up on the mat"),
    ("emoji", "😵 ➡️ 🛌 on the gym floor just now, don't remember falling"),
    ("question", "Is it normal to black out for a few seconds after heavy sets? Happened 10 min ago.", QN),
    ("hedged", "might just be low sugar but I went down in the changing room just now and lost a few seconds"),
    ("long", "Then I went to stand up after the bridges and the world went black, I was on the floor for a bit, the staff helped me up."),
    ("split", "Stood up from the bench. Woke up on the floor."),
    ("negation", "Didn't faint, just felt a bit lightheaded for a second, fine now."),
    ("joke_hyperbole", "passed out on the sofa after leg day, slept eleven hours lol"),
    ("past_resolved", "I fainted at a blood test once as a teenager, never since."),
    ("other_person", "Someone collapsed in our gym today, paramedics came; shook me up but I'm fine."),
])

fam("fresh2_breathless", E, "severe breathlessness", [
    ("plain", "I can't get a full breath in, I've been sitting for ten minutes and it's not getting better."),
    ("plain", "I can only say a few words at a time, I'm gasping and I stopped ages ago."),
    ("slang", "can't catch me breath at all, sucking air like a fish, been sat down for ages"),
    ("typo", "cant breth properly, been sittin 15 min and stil gasping"),
    ("non_native", "I am not able to take breath properly from the running, even resting it is same."),
    ("voice_to_text", "i can't really breathe properly like i'm trying to talk and i keep having to stop it's not calming down"),
    ("emoji", "🫁❌ still gasping after resting 10 min 😨"),
    ("question", "How long should it take to get my breath back? It's been 20 minutes and I still can't talk.", QN),
    ("hedged", "probably unfit but my breathing won't settle and my lips feel odd, it's been a while"),
    ("long", "I stopped after the second round because I couldn't breathe, and even now sitting in the car I'm still struggling for air."),
    ("split", "Stopped the session. Still can't breathe properly."),
    ("negation", "Breathing's fine, just winded from the stairs for a minute."),
    ("joke_hyperbole", "that assault bike made me breathe like a dying walrus lmao, fine now"),
    ("hypothetical", "What if I can't get my breath back after intervals, when is that worrying?"),
])

fam("fresh2_racing_dizzy", E, "heart racing with dizziness", [
    ("plain", "My heart's going like a drum and the room is spinning, I'm sitting on the floor."),
    ("plain", "Heart fluttering really fast and I feel like I'm about to fall over."),
    ("slang", "ticker's going mental and I'm proper woozy, had to grab the rack"),
    ("typo", "hart pounding realy fast and im dizy, sat down"),
    ("non_native", "My heart is beating very fast and head is rotating, I cannot stand."),
    ("voice_to_text", "my heart is like racing really fast and i'm dizzy like properly dizzy and it's not stopping"),
    ("emoji", "💓💓💓 + 😵‍💫 can't stand up"),
    ("question", "Is it bad if my heart's racing and I'm dizzy even though I stopped 15 min ago?", QN),
    ("hedged", "maybe too much pre-workout but my heart's skipping and fluttering and the floor feels tilted"),
    ("long", "Then my heart started hammering and I went really dizzy, had to sit on the bench with my head down, still feel off."),
    ("split", "Heart going crazy fast. Room spinning."),
    ("negation", "Heart rate came down fast, not dizzy, just sweaty."),
    ("past_resolved", "Had palpitations with dizziness in 2021, ablation fixed it, no episodes since."),
])

fam("fresh2_new_walking_trouble", E, "new trouble walking, unsteady gait", [
    ("plain", "I'm walking like I'm drunk today and I haven't had a drop, keep drifting into the wall."),
    ("plain", "I can't walk in a straight line since this morning, have to hold the furniture."),
    ("slang", "walking like a wobbly toddler since yesterday, can't get about without the wall"),
    ("typo", "cant walk proprly since mornin, legs all over, hold the wals"),
    ("non_native", "From today my walking is not correct, I am swaying and need support."),
    ("voice_to_text", "um so i can't really walk properly today like i'm all wobbly and i need to hold onto things"),
    ("emoji", "🚶‍♂️〰️ wobbling everywhere, holding walls 😟"),
    ("question", "Why am I suddenly so unsteady walking? Had to use a stick today.", QN),
    ("hedged", "probably just tired but my walking's gone all wrong today and I nearly fell twice"),
    ("long", "Also my walking has gone really unsteady since yesterday, I'm shuffling and holding onto things."),
    ("split", "Got out of bed. Couldn't walk straight."),
    ("negation", "Walking is fine, no wobbles at all, just tired calves."),
    ("joke_hyperbole", "walked out of the gym like a cowboy after lunges lol"),
])

fam("fresh2_fall_crash", E, "back pain after a fall, crash or blow", [
    ("plain", "Came off my bike on the way to the gym, landed on my back and it really hurts."),
    ("plain", "Slipped on the ice and landed flat on my back, now it's agony to move."),
    ("plain", "Got rear-ended at the lights this morning and my lower back's been screaming since."),
    ("slang", "stacked it off the ladder clearing the gutters, landed on me back, hurts like hell"),
    ("slang", "came a cropper on the wet stairs, tailbone first, can barely sit"),
    ("slang", "had a prang in the ute this arvo, back's killing me"),
    ("typo", "fell down the stares this mornin, landed on my back, realy sore"),
    ("non_native", "I had accident on my scooter today and my back is paining too much."),
    ("voice_to_text", "so i fell off the trampoline with the kids and landed on my back and it really hurts"),
    ("emoji", "🛹💥 landed on my back, can't stand up straight 😭"),
    ("question", "Should I still train today? I fell off a horse this morning and my back hurts.", QN),
    ("hedged", "probably just bruised but I fell off the loft ladder onto my back an hour ago and it's throbbing"),
    ("long", "Also on Wednesday I slipped off the kerb and landed hard on my back, it's been really painful since."),
    ("split", "Got hit by a car on my bike this morning. Back is in bits."),
    ("negation", "Didn't fall or bang my back, just tired after the session."),
    ("joke_hyperbole", "fell off the wagon with the diet this weekend, pizza every night"),
    ("past_resolved", "Had a car crash in 2015, back was checked, nothing since."),
    ("other_person", "My son fell off the climbing frame and hurt his back; he's been checked."),
])

fam("fresh2_crack_snap", E, "a crack, snap or pop in the back with severe pain", [
    ("plain", "Heard a loud crack from my lower back on the deadlift and now I can't straighten up for the pain."),
    ("plain", "Something snapped in my back like a twig and the pain is unbearable."),
    ("slang", "felt a massive crunch in my back picking up the bar, absolute agony"),
    ("typo", "herd a crak in my spin on the squat, pain is 9/10"),
    ("non_native", "Some sound came from my back, like breaking, and now too much pain."),
    ("voice_to_text", "so i bent down and there was this loud like snap in my back and now i can't move the pain is crazy"),
    ("emoji", "💥🦴 back went CRACK, 😭 pain"),
    ("question", "Is it normal to hear a crack from your back and then be in agony? Just happened.", QN),
    ("hedged", "might be nothing but I heard something go snap in my back and the pain is off the charts"),
    ("long", "Then on the third rep I heard a crack in my back and the pain shot to a 9, I had to lie on the floor."),
    ("split", "Crack. Then the worst pain I've ever had."),
    ("negation", "Back cracked a bit when I stretched but no pain at all, felt good actually."),
    ("joke_hyperbole", "finally cracked 100 kg on the deadlift!!"),
    ("past_resolved", "Heard a crack in my back during a rugby tackle years ago, fully healed."),
])

N = "none"

fam("gym_fresh2_legs_gone", N, "hyperbole about legs after leg work: gone, jelly, can't walk (said as a joke)", [
    ("gym_chat", "Legs are gone after those walking lunges, had to take the lift up one floor lol"),
    ("gym_chat", "Bulgarian split squats turned my legs into jelly, 10/10 would suffer again"),
    ("gym_chat", "can't feel my legs after the hill sprints haha, worth it"),
    ("gym_chat", "waddling to the car like a penguin after leg day"),
    ("gym_chat", "my quads have filed a formal complaint"),
    ("gym_chat", "sitting on the toilet after leg day is an extreme sport"),
    ("gym_chat", "stairs are my nemesis today, hamstrings are screaming lol"),
    ("gym_chat", "legs were shaking on the last set of RDLs but form stayed clean"),
    ("gym_chat", "bro my calves are so pumped I'm walking on tiptoes"),
    ("gym_chat", "leg press to failure, now I'm a baby deer on ice"),
    ("gym_chat", "the goblet squats broke me, legs wobbling like a table with one short leg"),
    ("gym_chat", "my glutes are so sore I'm sitting down like a grandma"),
    ("gym_chat", "legs gave up on the 12th rep so I called it at 11"),
    ("gym_chat", "hamstrings tight as guitar strings after yesterday, normal DOMS?"),
    ("gym_chat", "after the step-ups my legs felt like noodles for ten minutes then fine"),
    ("gym_chat", "my legs were dead at parkrun today, still PB'd though"),
    ("gym_chat", "couldn't feel my legs after the wall sit challenge lmao"),
    ("gym_chat", "legs are toast mate, sofa for the rest of the day"),
    ("gym_chat", "doing hip thrusts with a 60 kg bar made my legs wobble on the walk home, love it"),
    ("gym_chat", "legs like lead on the run this morning, too many squats yesterday"),
    ("gym_chat", "my thighs are so sore I had to lower myself onto the loo with the sink, DOMS is real"),
    ("gym_chat", "quads buzzing after the sled push, in the good way"),
    ("gym_chat", "tiny wobble in my knees at the top of the last squat, going to stay at this weight"),
])

fam("gym_fresh2_toilet_humour", N, "toilet humour and bathroom talk that isn't a symptom", [
    ("gym_chat", "protein shake went straight through me, sprinted to the loo between sets"),
    ("gym_chat", "nearly peed myself laughing at my mate falling off the stability ball"),
    ("gym_chat", "drinking 3 litres a day now, I basically live in the toilet"),
    ("gym_chat", "pre-workout made me need a poo mid deadlift, classic"),
    ("gym_chat", "that bloke's farts on the rowing machine should be illegal"),
    ("gym_chat", "do I need to pee before heavy lifts? I always feel like I need to go when I brace"),
    ("gym_chat", "had to pause the session for a wee break, too much coffee"),
    ("gym_chat", "gym toilets out of loo roll again, the horror"),
    ("gym_chat", "creatine giving me the runs, should I split the dose?"),
    ("gym_chat", "almost followed through on the kettlebell swings lol, never skip the loo first"),
    ("gym_chat", "squatting heavy makes me feel like I need a number two every time, normal?"),
    ("gym_chat", "broccoli and protein = my flatmate wants me evicted"),
    ("gym_chat", "I wee like a racehorse since I started drinking enough water"),
    ("gym_chat", "the smell in the changing room today, someone had eggs"),
    ("gym_chat", "beetroot juice before cardio, scared myself in the toilet after, all fine lol"),
    ("gym_chat", "laughing so hard during planks I nearly wet myself, my sister was doing impressions"),
    ("gym_chat", "coffee, then the toilet, then the gym, the holy trinity"),
    ("gym_chat", "bladder the size of a walnut, had to go twice during an hour session"),
    ("gym_chat", "is it gross to bring my phone to the gym toilet to log sets"),
    ("gym_chat", "whoever invented the pre-squat loo break is a genius"),
])

fam("gym_fresh2_saddle_cycling", N, "cycling, saddle and seat talk: sore bum, padded shorts, numb from a long ride that passed", [
    ("gym_chat", "spin class saddle was brutal, my sit bones are bruised lol"),
    ("gym_chat", "need new padded shorts, these ones are see-through at the bum"),
    ("gym_chat", "what saddle height should I use for the bike warm-up?"),
    ("gym_chat", "saddle sore from the weekend sportive, chamois cream next time"),
    ("gym_chat", "my backside hates the gym bikes, any tips for a comfier ride?"),
    ("gym_chat", "did a 60 km ride, bum was a bit numb at the end, totally fine once I got off"),
    ("gym_chat", "I stand up on the pedals every five minutes so my bum doesn't go numb, works a treat"),
    ("gym_chat", "should I do the bike or rower for warm-up before deadlifts?"),
    ("gym_chat", "got a gel seat cover for the exercise bike, game changer"),
    ("gym_chat", "crotch of my cycling shorts ripped mid class, mortified"),
    ("gym_chat", "cycle commute both ways now, legs feel great, arse less so"),
    ("gym_chat", "Peloton leaderboard is my new obsession, 30 min ride done"),
    ("gym_chat", "tilted the saddle nose down a bit and the pressure's gone"),
    ("gym_chat", "how many minutes of bike count as the warm-up?"),
    ("gym_chat", "turbo trainer session then rows, sweated a lake"),
    ("gym_chat", "my bum's sore from sitting on the hard bench at my kid's football match lol"),
    ("gym_chat", "can I swap the walk for 20 min on the bike on rest days?"),
    ("gym_chat", "bought a bike fit, saddle was way too high, knees thank me"),
])

fam("gym_fresh2_cardio_breath", N, "cardio breathlessness said as a joke or normal exertion that settles", [
    ("gym_chat", "rowing 500 m flat out left me sucking wind for a minute, then fine"),
    ("gym_chat", "burpees are a lie told by people with lungs"),
    ("gym_chat", "out of breath after the stairs to the gym lol, I'm so unfit"),
    ("gym_chat", "the intervals had me gasping but I recovered in about a minute"),
    ("gym_chat", "heart going like the clappers after the sprints, back to 90 within two minutes"),
    ("gym_chat", "my smartwatch says I hit 178 bpm on the bike, is that a lot for 35?"),
    ("gym_chat", "huffing and puffing on the farmer carries but in a good way"),
    ("gym_chat", "breathing like Darth Vader on the incline walk"),
    ("gym_chat", "lungs on fire after the 2k row, new PB though"),
    ("gym_chat", "how should I breathe during a deadlift, in at the top?"),
    ("gym_chat", "do I hold my breath when bracing or is that bad"),
    ("gym_chat", "I can't talk while jogging yet but the coach said that's zone 3"),
    ("gym_chat", "pounding heart after the swings, took a minute and was fine, is 90s rest enough?"),
    ("gym_chat", "chest was heaving after skipping, got my breath back and did another round"),
    ("gym_chat", "asthma is well controlled, inhaler before cardio like the nurse said, all good today"),
    ("gym_chat", "the kettlebell complex made my lungs cry, love it"),
    ("gym_chat", "was so winded after the hill I could only say yes or no to my mate for a bit lol"),
    ("gym_chat", "cold air makes me cough on the run, fine indoors"),
    ("gym_chat", "I get a head rush if I stand up too fast after floor work, gone in a second, is slowing down enough?", "a brief head rush on standing with no faint is ordinary chat"),
])

fam("gym_fresh2_chest_arm_day", N, "chest, arm and jaw words in ordinary training: pump, DOMS, clenching", [
    ("gym_chat", "chest is so sore from push-ups I can't laugh without wincing"),
    ("gym_chat", "left arm is weaker than my right on rows, should I start with it?"),
    ("gym_chat", "my jaw aches because I clench on heavy sets, should I wear a mouthguard?"),
    ("gym_chat", "pecs tight after the dips, normal?"),
    ("gym_chat", "my arms are dead from the dumbbell rows, can't lift my coffee"),
    ("gym_chat", "chest tightness after push-ups, like the muscle, sore to touch"),
    ("gym_chat", "feels like I've been hugged by a bear, chest day DOMS"),
    ("gym_chat", "forearms pumped like Popeye after the carries"),
    ("gym_chat", "biceps sore two days after pull-ups, normal DOMS right?"),
    ("gym_chat", "my chest is heaving with pride, hit 10 push-ups unbroken"),
    ("gym_chat", "arm went numb from sleeping on it, fine after a shake, can I still train"),
    ("gym_chat", "got heartburn from eating right before the session, next time I'll eat earlier"),
    ("gym_chat", "clenching my teeth on the last rep of every set, my dentist will kill me"),
    ("gym_chat", "left shoulder was a bit tired on the face pulls, nothing painful"),
    ("gym_chat", "upper back burning after the rows but only in the muscle"),
    ("gym_chat", "my heart's not in it today, might do mobility only"),
    ("gym_chat", "heartbroken that the gym closed early, did bands at home"),
])

fam("gym_fresh2_drops_falls_cracks", N, "harmless falls, drops, cracks and snaps: plates, phones, knuckles, records", [
    ("gym_chat", "dropped a 20 kg plate on the floor, scared the whole gym, no harm done"),
    ("gym_chat", "my knuckles cracked when I gripped the bar, no pain"),
    ("gym_chat", "fell asleep on the foam roller lol"),
    ("gym_chat", "my phone fell off the bench and the screen cracked, sessions not logged"),
    ("gym_chat", "snapped my resistance band mid set, nearly took my eye out"),
    ("gym_chat", "finally cracked 80 kg on the trap bar!!"),
    ("gym_chat", "I fell behind on my sessions this week, can we catch up?"),
    ("gym_chat", "the dumbbell slipped and bounced on the mat, totally fine"),
    ("gym_chat", "neck clicked when I turned my head during the warm-up, no pain, just a noise"),
    ("gym_chat", "my hips pop on the bridges, painless, is that okay?"),
    ("gym_chat", "I fell in love with kettlebell swings"),
    ("gym_chat", "dropped the bar after the last rep like a pro, gym staff gave me a look"),
    ("gym_chat", "my back cracked nicely when I did the cat-cow, feels better after"),
    ("gym_chat", "tripped over my own shoelace walking in, very cool"),
    ("gym_chat", "crashed on the couch after the session, best nap ever"),
    ("gym_chat", "my laptop crashed so I lost my log, can you resend the plan"),
    ("gym_chat", "the pull-up bar fell off the door frame, I landed on my feet, lesson learned"),
    ("gym_chat", "snapped at my kids after a bad sleep, going to skip the gym and rest"),
    ("gym_chat", "Friday's session went up in flames, couldn't focus"),
    ("gym_chat", "I'm breaking the habit of ego lifting finally"),
])

fam("gym_fresh2_dramatic", N, "dramatic hyperbole: dying, collapsing, passed out, ambulance jokes", [
    ("gym_chat", "I collapsed onto the mat after the last set like a starfish, loved it"),
    ("gym_chat", "call an ambulance... but not for me, for my quads lol"),
    ("gym_chat", "pretty sure I saw the light during the last set of swings"),
    ("gym_chat", "passed out face down in bed at 9pm after training"),
    ("gym_chat", "dying after that session but in the best way"),
    ("gym_chat", "my soul left my body on the final row"),
    ("gym_chat", "RIP me, the new plan is brutal"),
    ("gym_chat", "I'm in pieces but happy, that was a great session"),
    ("gym_chat", "my grip gave out before my back did, which I think is the point"),
    ("gym_chat", "half dead on the sofa after the family hike"),
    ("gym_chat", "the coach tried to kill me today, legs are on strike"),
    ("gym_chat", "blacked out my calendar for gym time every Tue and Thu"),
    ("gym_chat", "numb hands from the farmer carries, came back after a minute"),
    ("gym_chat", "fainted with joy when I saw my new PR lol"),
    ("gym_chat", "my heart skipped a beat when the rack wobbled, all fine"),
    ("gym_chat", "deadlifts wrecked me (in a good way)"),
    ("gym_chat", "heart's pounding with excitement for tomorrow's test day"),
    ("gym_chat", "i'm broken lol, 4 sessions this week"),
])

fam("gym_fresh2_logs", N, "terse set logs and training questions", [
    ("gym_chat", "RDL 3x10 @ 50, rows 4x8 @ 24s, carries 3x40 m. pain 1 before, 1 after."),
    ("gym_chat", "done. swings 5x15, pullups 4x5, plank 3x45s"),
    ("gym_chat", "hinge day ✅ 💪 back feels good"),
    ("gym_chat", "bridges 3x15, bird dogs 3x10, dead bugs 3x10, all easy"),
    ("gym_chat", "trap bar 5x5 @ 90, RPE 8, no pain"),
    ("gym_chat", "how many sets of rows should I do on the short days?"),
    ("gym_chat", "is it fine to do pull-ups and deadlifts on the same day?"),
    ("gym_chat", "can you move Thursday's session to Friday"),
    ("gym_chat", "new PR: 10 strict chin-ups"),
    ("gym_chat", "pain 0. session done. rows felt strong."),
    ("gym_chat", "what rest between sets for the kettlebell swings"),
    ("gym_chat", "back extensions 3x12 bodyweight, then hanging knee raises"),
    ("gym_chat", "went down to 40 on the RDL because form slipped at 45"),
    ("gym_chat", "suitcase carry 3x30 m each side @ 28 kg, grip fine"),
    ("gym_chat", "skipped cardio, did mobility instead"),
    ("gym_chat", "should my feet be flat on the floor for seal rows"),
    ("gym_chat", "whats a good sub for the good morning if I don't have a bar"),
    ("gym_chat", "deadlift 3x5 @ 100 kg, felt heavy but clean, no pain, sleeping now"),
])


def more(fid: str, rows: list[Row]) -> None:
    FAMILIES[fid][2].extend(rows)


more("fresh2_saddle_numb", [
    ("slang", "bhai the area near my private parts has become sunn, no feeling only, since gym"),
    ("slang", "down under's gone numb, and I don't mean Australia, the bits between me legs"),
    ("typo", "numbnes in grion n inner thigs both sides, feels like rubber"),
    ("emoji", "🩲 area = 🪨 numb since leg day, can't feel it"),
    ("non_native", "Since yesterday evening the skin where underwear touches in front is feeling dead."),
    ("voice_to_text", "yeah like basically everything that touches a bike seat is numb like the whole saddle area has gone quiet"),
])
more("fresh2_buttock_numb", [
    ("slang", "my hindquarters have gone totally numb, can't feel my own bum when I slap it"),
    ("non_native", "My hips back side, the sitting part, is numb two sides since morning time."),
    ("typo", "cant feel my bum ceeks at all, pinched them and nothin"),
    ("plain", "It feels like I'm wearing a thick nappy that isn't there, the whole seat area is dull."),
    ("voice_to_text", "so erm my bottom is numb like i can't feel it when i sit down and it's been like that all day"),
])
more("fresh2_wiping", [
    ("plain", "Wiping feels like rubbing a rubber glove, one of the strangest sensations, started yesterday."),
    ("non_native", "Using the tissue in toilet I do not feel the touch well, half feeling only."),
    ("slang", "wiping me arse feels like wiping a dolly's, no feeling, bit freaky"),
    ("typo", "wiping feels numbe and strange, cant tell if ive done it proper"),
    ("voice_to_text", "okay so when i go to the toilet and wipe i can't feel it properly it's like i'm wiping through a layer of something"),
])
more("fresh2_urine_start", [
    ("non_native", "I am going to bathroom many times but the urine is not starting easily, it is becoming worse."),
    ("slang", "need a leak but the pipes won't play ball, been like that since Friday and it's worse every day"),
    ("typo", "pee wont start, i try for 5 mins, worse than yestday"),
    ("emoji", "💧❌ can't get my pee going, standing there for minutes"),
    ("plain", "I have to run the tap and wait before I can wee at all now, it's gone from a few seconds to minutes."),
])
more("fresh2_urine_stop", [
    ("non_native", "My urine control is gone, once it starts it does not stop until empty."),
    ("slang", "no brakes on the bladder any more, once it's flowing that's it"),
    ("typo", "lost controll of my pee, cant hold it or stop it"),
    ("plain", "The flow just carries on no matter how hard I clench, that's new since the weekend."),
    ("long", "Also I can't control my pee flow any more, when it goes it goes, which is new since Sunday."),
])
more("fresh2_urine_no_sensation", [
    ("slang", "I'm taking a leak and it's like it's not even me, zero feeling"),
    ("plain", "Went for a wee and it was like watching someone else's body, no feeling of it passing."),
    ("non_native", "Urine passing but I have no sensation, like the pipe is numb."),
    ("long", "Weird one, I can't feel my wee as it comes out, I only know because I hear it."),
])
more("fresh2_urine_leak", [
    ("non_native", "I am getting wet in my pant without knowing, now I put tissue there."),
    ("slang", "been dribbling in my undies all day and didn't feel it, started using the missus's liners"),
    ("plain", "I've started putting folded tissue in my pants because I keep leaking since Monday."),
    ("voice_to_text", "um i keep finding my underwear wet and i didn't feel it happen it's new this week"),
])
more("fresh2_bladder_full", [
    ("plain", "I don't get the urge to wee any more, I went eight hours without thinking of it and then had a lot."),
    ("slang", "bladder sensor's busted, no clue when I need to go"),
    ("emoji", "🚽❓ never know if I need to go anymore"),
    ("long", "and I've noticed I never feel like I need a wee now, I just go every few hours in case."),
])
more("fresh2_bowel_control", [
    ("non_native", "Without control the motion is coming, I have accident two times."),
    ("plain", "I had to throw away my underwear at work today, I couldn't hold it in at all."),
    ("typo", "lost controll of my bowls, accidnt this morning"),
    ("long", "also, grim, I couldn't stop a poo coming out before I got to the loo this morning, zero warning."),
])
more("fresh2_bowel_no_sensation", [
    ("plain", "Passing wind is silent to me now, not the sound, the feeling. I can't feel it happen."),
    ("non_native", "Gas is going out and I do not feel, my wife is telling me."),
    ("long", "Also noticed I can't feel it when I pass wind or go for a poo, no sensation at all back there."),
])
more("fresh2_erection", [
    ("plain", "Can't climax any more, it just doesn't happen, and that started the same day my back went."),
    ("non_native", "No ejaculation is happening from this week, and my back is very painful."),
    ("slang", "can't get wood since I did my back in, total flatline"),
    ("typo", "cant finsh when im with my gf since my back went, never had this"),
])
more("fresh2_sex_numb", [
    ("slang", "lady bits totally numb during sex last night, didn't feel a thing"),
    ("long", "Private thing: during sex this week there's been no feeling down there at all, it's like it's switched off."),
    ("emoji", "🛏️ last night = felt nothing down there 😶 my back's bad too"),
])
more("fresh2_both_legs_numb", [
    ("slang", "both me legs are dead as a dodo, can't feel the floor under my feet"),
    ("non_native", "Both of my leg has no sensation, like wood, when I touch I feel little only."),
    ("voice_to_text", "so like both my feet and up my shins are tingling and numb like both sides same it started last night"),
    ("plain", "I walked barefoot on the gravel and barely felt it with either foot."),
    ("plain", "Put my hand on my thigh and it felt like touching someone else's, both legs the same."),
])
more("fresh2_both_legs_weak", [
    ("non_native", "My legs are not having power, both, I am holding the wall to walk."),
    ("plain", "I can't get up off the floor without pulling myself up the sofa, my legs have no strength since yesterday."),
    ("slang", "legs have gone to water, both of em, can't push off the chair"),
    ("voice_to_text", "my legs are so weak like both of them i can't do a single step up and it's worse than this morning"),
    ("emoji", "🦵🦵🪫 no power, can't get off the chair"),
])
more("fresh2_bilateral_sciatica", [
    ("plain", "Pain shoots from my bum down both legs to the heels, left and right at once."),
    ("non_native", "From back the pain is going to both the legs like electric current."),
    ("typo", "pain runnin down bof legs now, like a burnin rope"),
    ("long", "and that nerve pain is now down both my legs into my feet, it was only the right last week."),
])
more("fresh2_foot_drop", [
    ("plain", "My flip-flop keeps falling off because I can't hold my foot up."),
    ("slang", "foot's gone all flappy, slapping the pavement like a clown shoe"),
    ("non_native", "When I walk my toes are touching the ground, I cannot raise the foot front."),
    ("voice_to_text", "my right foot won't come up at the front so i'm kind of lifting my knee high to walk"),
    ("plain", "I'm having to lift my knee really high to stop my foot scuffing, started today."),
])
more("fresh2_chest_pain", [
    ("slang", "chest's gone tight as a drum and I'm sweating buckets, not right at all"),
    ("non_native", "Heavy feeling in chest centre and pain is going to jaw and left arm also."),
    ("plain", "A crushing band across my chest and my left hand feels heavy, I've sat on the floor."),
    ("typo", "chest pian and my jaw hurts, felt sick too"),
    ("long", "Oh and halfway through I got this squeezing in my chest that went up into my jaw, it hasn't fully gone."),
])
more("fresh2_fainting", [
    ("plain", "I don't know what happened, one second I was bending over and the next I was on my side on the mat."),
    ("non_native", "I lost my senses in the gym now, I fell down, people gave me water."),
    ("emoji", "😵 went down in the gym just now, came to on the floor"),
    ("plain", "Lights out mid rep. Came round with the bar beside me."),
])
more("fresh2_breathless", [
    ("plain", "Even sitting still I'm breathing like I've sprinted, it won't slow down."),
    ("non_native", "Breathing is very difficult, I am taking small small breaths only."),
    ("slang", "can't get air in, lungs feel like they're full of concrete"),
    ("long", "I couldn't get my breath back after the rower, still can't speak a full sentence twenty minutes later."),
])
more("fresh2_racing_dizzy", [
    ("plain", "Heart's banging out of my chest and everything's swimming, I'm lying down."),
    ("non_native", "My heartbeat is too fast and I feel I will fall, head is spinning."),
    ("long", "Then my heart went racing and I got so dizzy I had to crouch by the rack, still spinning a bit."),
])
more("fresh2_new_walking_trouble", [
    ("plain", "I'm shuffling like an old man since yesterday and I can't pick up the pace."),
    ("non_native", "My walking is like drunk person from today, I need help of wall."),
    ("slang", "walking like I've had ten pints and I'm stone cold sober"),
])
more("fresh2_fall_crash", [
    ("plain", "I went over on the ice, landed square on my lower back, and it's the worst pain I've had."),
    ("non_native", "I fell from the bike today and my back got hit, now too much pain."),
    ("slang", "got cleaned up by a car on the roundabout, back's wrecked"),
    ("typo", "fel off a chair changing a bulb, landed on my bak, cant move much"),
])
more("fresh2_crack_snap", [
    ("plain", "Picking up the kettlebell I felt and heard something go in my back, now I can't move for the pain."),
    ("non_native", "When I lifted there was crack sound in my back and now I cannot stand because of pain."),
    ("slang", "heard a proper crunch in my back on the swing, in agony, can't move"),
    ("typo", "somthing snappd in my lower back, pain is insane"),
])


more("fresh2_saddle_numb", [
    ("question", "Should I be worried that my groin's gone numb since squats? Can still walk fine.", QN),
])
more("fresh2_buttock_numb", [
    ("question", "Does a numb bum mean I sat wrong? It's both cheeks and still numb after a day.", QN),
    ("emoji", "sat on the 🚽 and couldn't feel the seat 😳 bum totally numb"),
])
more("fresh2_wiping", [
    ("question", "Why does wiping feel like it's not my own body? Only started this week.", QN),
    ("negation", "Wiping feels normal, everything's fine down there, just sore glutes."),
])
more("fresh2_urine_start", [
    ("question", "Any idea why my wee takes so long to start now? Each day it's a bit worse.", QN),
    ("other_person", "My friend struggles to start peeing and thinks it's his back; I told him to get checked. I'm fine."),
])
more("fresh2_urine_stop", [
    ("other_person", "My mum can't stop her wee once it starts and she's been referred; I'm okay, just worried about her."),
    ("question", "Why can't I hold my wee on the way to the loo any more? Twice today.", QN),
])
more("fresh2_urine_no_sensation", [
    ("hypothetical", "What would it mean if you couldn't feel yourself peeing?"),
    ("question", "Should I worry that peeing feels like nothing now? Since yesterday.", QN),
])
more("fresh2_urine_leak", [
    ("other_person", "My wife leaks a bit when she skips, her physio is on it; she asked me to ask you for pelvic floor tips."),
    ("hypothetical", "If I started leaking urine after heavy lifts, would that be a red flag?"),
    ("question", "Is leaking pee without noticing a back thing? It's been three days.", QN),
])
more("fresh2_bladder_full", [
    ("past_resolved", "After my spinal anaesthetic I couldn't tell if I needed to pee for a day; back to normal since."),
    ("question", "Is it weird that I never feel a full bladder now? It's been since Tuesday.", QN),
])
more("fresh2_bowel_control", [
    ("hypothetical", "What if someone lost control of their bowels after a back injury?"),
    ("other_person", "My grandad's lost bowel control and he's in hospital; I'll do a short session."),
])
more("fresh2_bowel_no_sensation", [
    ("past_resolved", "After surgery in June I couldn't feel wind for a day, totally fine since."),
    ("hypothetical", "How would you know if you'd lost feeling when going to the loo?"),
    ("question", "Why can't I feel myself pass wind any more? Noticed today.", QN),
])
more("fresh2_erection", [
    ("other_person", "My mate says his back injury is affecting things in the bedroom and he's seeing a doctor; I'm fine."),
    ("past_resolved", "Had some trouble in that department on antidepressants years ago, sorted since."),
])
more("fresh2_sex_numb", [
    ("hypothetical", "Can back problems make you numb during sex? Just curious, nothing happening to me."),
    ("other_person", "My girlfriend says she's numb down there since her back op and is calling the surgeon."),
    ("question", "Is losing feeling during sex linked to the back? It happened to me last night.", QN),
])
more("fresh2_both_legs_numb", [
    ("question", "Is it bad that both my legs are tingling and it won't wear off?", QN),
])
more("fresh2_both_legs_weak", [
    ("hypothetical", "If my legs ever gave way under a bar, what should I do?"),
    ("question", "How come both my legs buckle when I walk now? Not after training, just all the time.", QN),
])
more("fresh2_bilateral_sciatica", [
    ("other_person", "My dad's got sciatica down both legs, he's at A&E; I'm fine."),
    ("past_resolved", "Had pain in both legs a few years back, went away with physio, nothing since."),
    ("question", "Does sciatica in both legs mean something worse? I've got it right now.", QN),
])
more("fresh2_foot_drop", [
    ("hypothetical", "What does foot drop feel like? Is it something to watch for?"),
    ("past_resolved", "Had a dropped foot from a peroneal nerve injury in 2018, fully recovered now."),
    ("question", "Is it normal that my foot flops down when I walk? Since this morning.", QN),
])
more("fresh2_fainting", [
    ("hypothetical", "What should I do if I ever faint during a deadlift?"),
    ("question", "Did I just faint? I was on the floor for a bit and don't remember going down.", QN),
])
more("fresh2_breathless", [
    ("past_resolved", "Had a bad asthma attack in 2020 and ended up in hospital, it's been controlled since."),
    ("other_person", "My training partner couldn't breathe after the sprints and went to hospital; I'm fine."),
    ("question", "Why can't I breathe properly even after resting? It's still going.", QN),
])
more("fresh2_racing_dizzy", [
    ("hypothetical", "If my heart races and I feel dizzy during swings, should I stop?"),
    ("other_person", "My dad gets a racing heart and dizziness, he's on pills for it; I'm fine."),
])
more("fresh2_new_walking_trouble", [
    ("hypothetical", "What if my walking got wobbly after training, should I worry?"),
    ("past_resolved", "Was unsteady on my feet after an ear infection last winter, fine since."),
    ("other_person", "My aunt's walking has gone funny and she's seeing a neurologist; I'm fine."),
    ("question", "Why am I walking so wonky today? Can't keep a straight line.", QN),
])
more("fresh2_fall_crash", [
    ("hypothetical", "If I fell on my back at the gym, would I need to stop the plan?"),
])
more("fresh2_crack_snap", [
    ("hypothetical", "Should I go to A&E if I hear a crack in my back with pain?"),
    ("other_person", "My colleague heard a snap in his back lifting a box and is in A&E; I'm fine."),
])
more("fresh2_chest_pain", [
    ("negation", "Not chest pain, just my pecs sore from yesterday's push-ups."),
])


fam("gym_fresh2_sign_words_harmless", N, "sign-like words in harmless senses: dragging feet, weak week, numb to it, pressure at work", [
    ("gym_chat", "been dragging my feet about getting to the gym all week, motivate me"),
    ("gym_chat", "weak week at work, under loads of pressure, but got two sessions in"),
    ("gym_chat", "I'm numb to the 5am alarm now, it's routine"),
    ("gym_chat", "feeling the pressure to hit a bodyweight deadlift before my birthday"),
    ("gym_chat", "I lost control of my diet over Christmas, back on track now"),
    ("gym_chat", "my bladder's tiny so I skip the big water bottle before carries, is that bad?"),
    ("gym_chat", "the kids had me running up and down the stairs all day, legs feel it"),
    ("gym_chat", "I couldn't hold the plank past 40 s, grip on the bar gave too"),
    ("gym_chat", "my foot fell asleep while I was sitting cross-legged watching the form videos, shook it off"),
    ("gym_chat", "toes went cold and a bit numb on the winter run, warmed up in the shower, fine"),
    ("gym_chat", "heart rate zones confuse me, can you explain zone 2?"),
    ("gym_chat", "the chest strap monitor keeps dropping signal"),
    ("gym_chat", "I can't feel the lats working on pulldowns, any cues?"),
    ("gym_chat", "can't feel my glutes on bridges, just hamstrings, what am I doing wrong"),
    ("gym_chat", "I don't feel anything in my back on the rows, only arms, is my form off"),
    ("gym_chat", "my sense of balance on single-leg RDLs is terrible, wobble every rep"),
    ("gym_chat", "tried barefoot deadlifts, feet felt weird on the cold floor but nice grip"),
    ("gym_chat", "stumbled on the box jump, caught myself, laughed it off"),
    ("gym_chat", "I'm in a bit of a slump, can we make the plan shorter for two weeks"),
    ("gym_chat", "shot a video of my deadlift, can you check my hips"),
    ("gym_chat", "I pulled a sickie from work and went to the gym instead, don't tell"),
    ("gym_chat", "collapsing the set count to 2 this week because of exams"),
    ("gym_chat", "my gym crush said hi and my heart nearly gave out lol"),
    ("gym_chat", "I nearly fell off my chair when I saw the protein price"),
])

fam("gym_fresh2_regional", N, "ordinary gym chat in regional English (UK, US, Australian, Indian)", [
    ("gym_chat", "reckon I'll smash out the rows this arvo after brekkie, legs are stuffed from footy"),
    ("gym_chat", "bhai today's workout was too good, back felt solid only"),
    ("gym_chat", "y'all the lat pulldown machine was finally free, I went nuts"),
    ("gym_chat", "proper knackered after the session, gonna have a brew and a sit down"),
    ("gym_chat", "bloody hot in the gym today, sweated like a pig, no aircon"),
    ("gym_chat", "I did my workout and my hands are paining from the bar, normal na?"),
    ("gym_chat", "deadlifts were sick bro, hit 5 plates on the trap bar lmao jk 3"),
    ("gym_chat", "me legs are rooted after the beach run, gonna have a swim"),
    ("gym_chat", "kindly share the plan for tomorrow, I will do it in the evening"),
    ("gym_chat", "gym was rammed, had to wait yonks for the rack, did dumbbells instead"),
    ("gym_chat", "just hit a PR, stoked mate, thanks for the program"),
    ("gym_chat", "my body is fully paining from yesterday's workout, DOMS only I think"),
    ("gym_chat", "flogged myself on the rower, knackered but chuffed"),
    ("gym_chat", "do the needful and add pull-ups to Friday please"),
    ("gym_chat", "that workout was wicked hard, my arms are noodles"),
    ("gym_chat", "feeling fair dinkum strong today, added 5 kg to rows"),
])

fam("gym_fresh2_more_jokes", N, "more jokes using emergency words harmlessly", [
    ("joke_hyperbole", "if I do one more burpee someone call 000 lol"),
    ("joke_hyperbole", "my hamstrings have declared a state of emergency"),
    ("joke_hyperbole", "I think my glutes need an ambulance after the hip thrusts, haha"),
    ("joke_hyperbole", "pretty sure my heart stopped when I saw Thursday's plan"),
    ("joke_hyperbole", "chest day broke me, I can't even clap"),
    ("joke_hyperbole", "my legs went on holiday and forgot to take me with them lol"),
    ("joke_hyperbole", "I need a new pair of lungs after that hill"),
    ("joke_hyperbole", "swings turned my bum into concrete, best workout ever"),
    ("joke_hyperbole", "I'm walking like I've just got off a horse after those lunges lmao"),
    ("joke_hyperbole", "squats so heavy I almost pooped, the struggle is real"),
    ("joke_hyperbole", "rowing sprint had my lungs filing for divorce"),
    ("joke_hyperbole", "my bladder and I had a disagreement about the 2 litre water challenge lol"),
])


more("fresh2_racing_dizzy", [
    ("slang", "heart's doin a drum solo and me head's spinnin like I've been on the waltzers"),
    ("typo", "heart beatin like crazy and evrything spinning, had to lie on the mat"),
    ("voice_to_text", "so my heart is going like a hundred miles an hour and i feel really faint and woozy and it's not settling"),
    ("plain", "I can feel my pulse in my throat, it's way too fast, and the floor keeps tilting."),
    ("emoji", "❤️‍🔥❤️‍🔥 pounding + 🌀 dizzy, been 10 min"),
    ("negation", "Heart was fast on the bike but not dizzy at all and it dropped quickly."),
])
more("fresh2_crack_snap", [
    ("plain", "There was a pop like a knuckle but a hundred times louder in my lower back, and now the pain is taking my breath away."),
    ("voice_to_text", "i was doing the rdl and there was a crack and now i'm on the floor and it's like a nine out of ten"),
    ("emoji", "🔊 *crack* in my back on the lift ➡️ 😫 can't get up"),
    ("split", "Heard it go. Now I can't move for the pain."),
    ("slang", "my back went like a gunshot on the last rep, pain's unreal"),
])
more("fresh2_bowel_no_sensation", [
    ("slang", "number twos happen now without me feeling a thing, proper weird"),
    ("typo", "cant feel when i pass wind at all, started afer the back pain"),
    ("voice_to_text", "um yeah i can't feel it when i go for a poo it's like there's no feeling back there"),
    ("split", "Went to the toilet. Didn't feel any of it."),
])
more("fresh2_new_walking_trouble", [
    ("typo", "my walkin is all ovr the place since yday, wobly and slow"),
    ("voice_to_text", "i'm finding it really hard to walk today like i'm unsteady and my legs don't go where i want"),
    ("long", "Also my walking's gone strange since yesterday, I'm weaving about and my wife noticed too."),
    ("split", "Can't walk straight today. Keep grabbing the walls."),
])
more("fresh2_sex_numb", [
    ("plain", "During sex my genitals felt like they had a local anaesthetic on them."),
    ("typo", "no feelin down ther durin sex, new since my back went"),
    ("non_native", "In intimacy I am feeling nothing at my private area, it is new."),
])
more("fresh2_breathless", [
    ("typo", "cant get my brefth back, chest heaving and its been ages"),
    ("voice_to_text", "i can't catch my breath at all i've been resting for ages and i'm still gasping"),
    ("split", "Sat down twenty minutes ago. Still gasping."),
    ("hedged", "could be the cold air but I'm struggling to breathe at rest and my lips look a bit blue"),
])
more("fresh2_bladder_full", [
    ("non_native", "I cannot understand if my bladder is full or empty, feeling is gone."),
    ("split", "Didn't need a wee all day. Then couldn't stop going."),
    ("hypothetical", "What's it called when you can't feel your bladder is full?"),
])
more("fresh2_erection", [
    ("emoji", "🍆💤 since my back went, can't get going"),
    ("voice_to_text", "um so since my back went i can't get an erection at all which has never been a problem"),
    ("split", "Back went on Monday. Since then nothing works in bed."),
    ("other_person", "My husband's worried about erection trouble but his back is fine, he's seeing his GP."),
])
more("fresh2_urine_no_sensation", [
    ("emoji", "💦 but felt 0 when peeing, only heard it"),
    ("typo", "cant feel wen im peein, only the sound tels me"),
    ("voice_to_text", "so when i wee i don't feel it at all like literally nothing"),
])
more("fresh2_bowel_control", [
    ("emoji", "couldn't hold 💩 at all, 🩲 ruined, no warning"),
    ("split", "Needed the loo. Didn't make it, couldn't hold it at all."),
])
more("fresh2_urine_stop", [
    ("emoji", "🚰 bladder won't shut off once I start 😳"),
    ("negation", "My bladder control is fine, I know to flag leaks."),
])
more("fresh2_saddle_numb", [
    ("other_person", "My friend's inner thighs went numb after her fall; she's at A&E, I'm fine."),
])
more("fresh2_buttock_numb", [
    ("other_person", "My colleague says her bum is numb after a fall and she's going to A&E; I'm fine."),
])
more("fresh2_foot_drop", [
    ("negation", "No foot drop, feet lift fine, just sore arches."),
])
more("fresh2_both_legs_numb", [
    ("negation", "Both legs feel normal, no pins and needles."),
])


more("fresh2_chest_pain", [
    ("voice_to_text", "okay so like my chest is really tight like a vice and um it's going up into my jaw and i feel sick i've stopped"),
    ("slang", "ticker's giving me grief, tight chest and my left arm's gone heavy, sat on the bench"),
    ("split", "Chest feels tight. Left arm's aching too."),
])
more("fresh2_fainting", [
    ("slang", "keeled over in the changing rooms just now, woke up on the tiles"),
    ("voice_to_text", "so um i just passed out like actually passed out at the gym and somebody caught me"),
    ("typo", "fainted just now at the rack, came round on the floor, feel wierd"),
    ("long", "Last set of swings I got tunnel vision and the next thing I remember is lying on the mat with the instructor talking to me."),
])
more("fresh2_breathless", [
    ("emoji", "😮‍💨😮‍💨😮‍💨 can't get air in, sat down ages ago"),
    ("slang", "blowing like a train and it won't stop even sitting down, feel proper crook"),
])
more("fresh2_fall_crash", [
    ("voice_to_text", "so i slipped in the shower and came down hard on my back and it's really really sore"),
    ("emoji", "🧊➡️🫠 slipped on the ice, landed on my back, agony"),
    ("long", "Also on Sunday I fell off the garden wall onto my back, it's been painful ever since, especially bending."),
    ("split", "Car crash on Saturday. Back's been sore ever since."),
])
more("fresh2_crack_snap", [
    ("long", "On the last rep of the RDLs there was a loud crack from my lower back and the pain was instant, I'm writing this lying on the floor."),
    ("question", "Can you still train after a snap in your back? Mine went on the deadlift and it's agony.", QN),
])
more("fresh2_foot_drop", [
    ("long", "Also my right foot has started slapping the ground and I can't lift the toes, noticed it walking home."),
    ("emoji", "🦶🫳 slapping the floor when I walk, can't lift it"),
    ("typo", "my foot is droping when i walk, cant lift toes up"),
])
more("fresh2_bilateral_sciatica", [
    ("slang", "nerve pain going down both me legs like hot wires, proper bad"),
    ("emoji", "🔥🦵🔥🦵 burning down both legs from my bum"),
    ("voice_to_text", "yeah so i've got the shooting pain down both legs now both at the same time"),
])
more("fresh2_bladder_full", [
    ("typo", "dont know if i need to pee or not, the feelin is gone"),
    ("voice_to_text", "i can't tell if my bladder is full or empty i just don't get the feeling anymore"),
])
more("fresh2_urine_leak", [
    ("emoji", "💦🩲 leaking without feeling it, new this week"),
    ("non_native", "Urine is leaking little little, I am using pad now, never before."),
])
more("fresh2_urine_no_sensation", [
    ("hedged", "maybe I'm imagining it but peeing feels like nothing now, no warmth, no feeling"),
])
more("fresh2_sex_numb", [
    ("voice_to_text", "this is embarrassing but during sex i couldn't feel anything down there like nothing at all"),
    ("hedged", "might be tiredness but sex felt numb down there for the first time ever, and my back's been bad"),
])
more("fresh2_new_walking_trouble", [
    ("emoji", "🚶‍♀️➡️🦯 needed a stick today, can't walk straight"),
    ("hedged", "not sure what's up but my walking's gone wonky since yesterday and it's getting worse"),
])


CALM = {"negation", "hypothetical", "past_resolved", "other_person", "joke_hyperbole", "gym_chat"}
# Authoring tags that the README's voice list folds into `plain`.
VOICE_ALIAS = {"hedged": "plain", "split": "plain"}
VOICES = {"plain", "slang", "typo", "non_native", "voice_to_text", "emoji", "long", "question", "negation",
          "hypothetical", "past_resolved", "other_person", "joke_hyperbole", "gym_chat"}
LABELS = {"emergency", "urgent", "provider", "modify", "none"}


def build() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    n_long = 0
    for fid, (label, _desc, items) in FAMILIES.items():
        for item in items:
            voice, text = item[0], item[1]
            if voice == "long":
                text = long_wrap(text, n_long)
                n_long += 1
            voice = VOICE_ALIAS.get(voice, voice)
            row = {"text": text, "label": N if voice in CALM else label, "family": fid, "voice": voice}
            if len(item) > 2:
                row["note"] = item[2]
            rows.append(row)
    return rows


def validate(rows: list[dict[str, str]]) -> None:
    seen: set[str] = set()
    for r in rows:
        assert set(r) <= {"text", "label", "family", "voice", "note"}, r
        assert r["label"] in LABELS and r["voice"] in VOICES, r
        assert r["family"].startswith(("fresh2_", "gym_fresh2_")), r
        if r["family"].startswith("gym_"):
            assert r["label"] == N, r
        key = " ".join(r["text"].lower().split())
        assert key not in seen, r["text"]
        seen.add(key)


def main() -> None:
    rows = build()
    validate(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    fams = {fid: {"label": lab, "description": desc} for fid, (lab, desc, _) in FAMILIES.items()}
    FAM.write_text(json.dumps(fams, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    from collections import Counter
    print(len(rows), "rows;", dict(Counter(r["label"] for r in rows)))
    print(dict(Counter(r["voice"] for r in rows)))


if __name__ == "__main__":
    main()
