"""Build the fresh referral corpus part (urgent, provider, modify tiers and ordinary gym chat).

Deterministic: every meaning-bearing sentence is written by hand below; the generator only
parses the blocks, embeds a few hand-written sign clauses inside longer training diaries
(filler chosen by position, not at random) and writes referral.jsonl and referral.families.json.

Block format: one message per line, `voice|text` or `voice|text|note`.
Calm lines (negation, hypothetical, past_resolved, other_person, and general questions marked
`gq`) are labelled none.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CALM = {"negation", "hypothetical", "past_resolved", "other_person"}
QUESTION_NOTE = "a question that states a current sign keeps the tier"

FAMILIES: dict[str, dict[str, str]] = {}
ROWS: list[dict[str, str]] = []
LONG_CLAUSES: list[tuple[str, str, str]] = []  # (family, label, clause)


def more(family: str, block: str) -> None:
    """Add lines to a family already declared (hedged wordings, extra calm mentions)."""
    info = FAMILIES[family]
    fam(family, info["label"], info["description"], block)


def fam(family: str, label: str, description: str, block: str) -> None:
    FAMILIES[family] = {"label": label, "description": description}
    for raw in block.strip().splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        parts = raw.split("|")
        voice, text = parts[0], parts[1]
        note = parts[2] if len(parts) > 2 else ""
        if voice == "longclause":
            LONG_CLAUSES.append((family, label, text))
            continue
        row_label = label
        if voice == "gq":
            voice, row_label = "question", "none"
        elif voice in CALM or voice in {"joke_hyperbole", "gym_chat"}:
            row_label = "none"
        elif voice == "question" and label in {"urgent", "provider", "emergency"} and not note:
            note = QUESTION_NOTE
        row = {"text": text, "label": row_label, "family": family, "voice": voice}
        if note:
            row["note"] = note
        ROWS.append(row)


# ---------------------------------------------------------------- urgent
fam("fresh_fever", "urgent", "back pain with fever, chills, rigors or feeling generally unwell (coaching.md §5 urgent; sources §2.1 infection, RCEM 'generally unwell')", """
plain|My lower back has been aching since yesterday and now I've got a temperature of 38.6.
plain|Running a fever today and my back is killing me, not the gym kind of sore.
plain|I keep shivering under two blankets and my back hurts more than it did after deadlifts.
plain|Back pain plus chills since this morning. Should I still do the session tonight?
plain|Feeling properly unwell, hot and cold, and there's a deep ache in my spine that won't shift.
slang|back's wrecked and i'm burning up, thermometer says 39 lol not great
slang|got the shakes and the sweats and my lower back is throbbing, feel like absolute garbage
slang|proper feverish today mate and my back's in bits, skipping rows for sure
typo|i have a fevr and my lower bakc is realy sore since last nite
typo|chils all day and my back pian is worse then yesterday
typo|temprature 38 and the back ache is constant, feeling rough
non_native|I have fever since two days and also my back is paining very much.
non_native|Today my body is hot and I am shaking, and the pain in the back is strong, is not like training pain.
non_native|Doctor not seen yet. I have high temperature and back hurt together since Monday.
voice_to_text|so um i woke up with a fever like thirty eight point something and my back is really hurting down low
voice_to_text|yeah i've been getting these chills on and off all day and my back is sore in a way it normally isn't
voice_to_text|my back hurts and i feel shivery and sick so i don't think i'm training today
emoji|🤒🤒 fever + back pain combo today, not great
emoji|shivering 🥶 and my lower back is on fire 🔥😣
emoji|temp is up 🌡️ and back aches like crazy 😩
question|Is it fine to train with a fever if my back has been aching all week too?
question|I've got chills and my back hurts, could I just do a light session?
question|Why would my back hurt this much when I've also got a temperature?
plain|Sweating and shivering in turns since lunch, and the pain low in my back is getting sharper.
plain|I feel flu-ish, everything aches, but the back is by far the worst and it started first.
slang|feel like death warmed up, high temp and my spine is screaming
plain|Came down with something: 38.9 this morning and my back has been hurting since Saturday.
non_native|I am feeling ill, cold then hot, and my back is very painful, what should I do with the plan?
typo|feel feverish n my back is killing me, defo not DOMS this time
plain|Got a temperature again tonight and the ache in my lower back is keeping me awake.
longclause|Also I've had a fever on and off since Tuesday and my lower back has been aching in a way that feels nothing like normal soreness.
longclause|side note, I've been shivery with a temperature the last two days and my back has hurt the whole time
negation|No fever, no chills, just normal tiredness after yesterday's pulls.
negation|Back feels fine and I don't have a temperature, the cold is only in my nose.
hypothetical|What should I do if I ever get back pain together with a fever?
hypothetical|If I wake up with chills and a sore back, do I skip the session?
past_resolved|Had a fever with a sore back last month, got antibiotics, all cleared and fine now.
past_resolved|The flu I had in January came with back aches but that's long gone.
other_person|My wife has a temperature and a bad back, she's not training anyway.
other_person|My training partner called in sick with a fever, so I'm solo today.
gq|Can a fever make your back hurt?
gq|Is it normal to get back ache with the flu?
""")

fam("fresh_night_sweats", "urgent", "back pain with night sweats (coaching.md §5 urgent; sources §2.4 U-list)", """
plain|I keep waking up soaked in sweat at night and my back has been sore for about two weeks.
plain|Night sweats three nights in a row, and my lower back is aching the whole time.
plain|My sheets are drenched every morning lately, and the back pain hasn't gone away.
slang|waking up swimming in sweat every night + my back's been aching for ages, weird combo
slang|drenched the bed again lol, and the back is still grumbling, what's that about
typo|night sweets every night this week and my back hurts more evry day
typo|i wake up all swetty at 3am and my lower back aches alot
non_native|In the night I am sweating very much, I must change the t-shirt, and also the back is painful.
non_native|Since one week I wake up wet from sweat and the pain in my back stays.
voice_to_text|i keep waking up at like four am totally soaked and my back is sore again
voice_to_text|so the night sweats are back and my lower back is still hurting not sure what's going on
emoji|😰💦 soaked through at night again and back aching 😣
emoji|night sweats 🛏️💦 and my back pain won't quit 😩
question|Is it normal to have night sweats while my back is this sore?
question|Could the night sweats be connected to my back pain? Both started around the same time.
plain|The room isn't warm but I wake up dripping, and my back has ached every single day since.
plain|Back still hurting, and I've been changing my pyjamas in the middle of the night because they're wet through.
slang|sweating buckets in my sleep every night and the back's no better, kinda freaking me out
non_native|I have sweat in bed every night and back pain in the lower part, it is not from training I think.
typo|havin these nite sweats and my back is sore, both started last week
plain|Slept badly again: woke up wet with sweat twice, and my back is throbbing this morning.
plain|For about ten days I've had heavy night sweats and a dull back pain that doesn't go.
voice_to_text|woke up drenched again and my back is aching should i still do the rows today
slang|legit night sweats every night + achy back, not the vibe
plain|My back pain came with these sweats at night, I'm not sure whether to keep training.
non_native|Every night I am wake up with wet body and the back is hurting, it is strange for me.
emoji|back hurts 😖 + sweaty nights 🌙💧 for a week now
question|Should I be worried that I'm sweating through the sheets at night and my back still hurts?
plain|Quick one: sweating through my shirt every night lately, and my lower back aches most of the day.
longclause|The only odd thing is I've been waking up drenched in sweat most nights, and my back has been aching alongside it.
negation|No night sweats or anything, my back just feels a bit stiff after the car ride.
negation|I sleep fine, no sweating, no back pain, ready for Thursday.
hypothetical|If someone had night sweats and back pain, would the coach stop them training?
past_resolved|I had night sweats during a bad chest infection last year but that's all sorted.
other_person|My dad's been getting night sweats, he's seeing his GP tomorrow.
other_person|Menopause night sweats are hitting my mum hard, poor thing.
gq|What causes night sweats?
""")

fam("fresh_cancer_history", "urgent", "history of cancer plus new or changed back pain (coaching.md §5 urgent; sources §2.1 cancer red flags)", """
plain|I was treated for breast cancer three years ago and now I've got a new ache in my lower back.
plain|I finished chemo last spring. This week my back started hurting and it's not from lifting.
plain|Heads up: I had prostate cancer in 2021, and there's a new pain in my back since Sunday.
slang|cancer survivor here, back's started hurting out of nowhere, not loving that
slang|had the big C a few years back and now my spine is aching for no reason, bit spooked
typo|i had cancer before (lymfoma) and my back started hurting this week
typo|had a tumor removed 2 yrs ago and now new back pain, dont know why
non_native|Before I had cancer in the lung, it was treated. Now I have new pain in back since some days.
non_native|I am in remission from cancer and the back start to hurt without reason.
voice_to_text|so just so you know i had bowel cancer a few years back and now my lower back has started to hurt
voice_to_text|um i'm in remission and this new back pain showed up on tuesday
emoji|post-chemo 🎗️ and now a new back pain 😟
emoji|cancer free for 2 years 🙏 but back started hurting this week 😬
question|I had cancer five years ago, is this new back pain something to worry about?
question|Does it matter that I had melanoma when my back has started aching?
plain|My oncologist discharged me last year. The back pain I've had since Friday is new.
plain|I still take hormone therapy after my breast cancer, and my back has begun to hurt in a new way.
slang|ex-cancer patient, now got this nagging back pain that's def not from the gym
non_native|I had the operation for cancer of kidney in 2020 and now back is hurting, it is new.
typo|had thyriod cancer a while ago, now my back aches evry day and its new
plain|The pain in my back is different from the usual soreness, and I did have cancer in the past.
plain|Having back pain for the first time ever, and I should say I had myeloma treatment.
voice_to_text|just to flag it i had cancer treatment two years ago and my back has been sore all week
slang|back's been acting up for a week and given my cancer history it's making me nervous
question|Is it okay to keep training through this new back pain given that I had cancer before?
plain|Since my radiotherapy finished I've been fine, but now there's an ache in my spine that won't leave.
non_native|My history: cancer in 2019. Now: pain in low back, started last week, not from exercise.
emoji|had cancer 🎗️, now back pain 😣, should I stop?
plain|My back pain changed this week, it's deeper and constant, and I've had cancer before.
longclause|One more thing: I had breast cancer a few years ago and this week my back started to hurt, which is new.
negation|I had cancer years ago but my back feels completely fine, no pain at all.|cancer history with no back pain is none
negation|No back pain today. Finished my last round of chemo in 2022 and I'm here to get strong.|cancer history with no back pain is none
hypothetical|If my back ever started hurting, would my cancer history change what you'd tell me?
past_resolved|I had a bit of back pain after my cancer surgery but it went away within a month, nothing since.
other_person|My aunt has cancer and her back hurts, I'm driving her to appointments this week.
other_person|A friend of mine is doing chemo, I'm training for her charity walk.
gq|Can cancer cause back pain?
gq|Are cancer survivors allowed to lift weights?
""")

fam("fresh_weight_loss", "urgent", "unexplained weight loss (coaching.md §5 urgent; sources §2.1 cancer red flags)", """
plain|I've lost about 6 kilos in two months without trying, and my back has been sore.
plain|The scale keeps dropping and I'm not dieting at all. Is that a problem for the plan?
plain|My clothes are getting loose but I'm eating the same as always, and my back aches.
slang|dropped like 5kg outta nowhere, not cutting, not trying, bit weird
slang|weight's falling off me and I'm literally not doing anything different
typo|lost weight without trying, like 4 kg this month, and my back hurts
typo|im loosing weight and i dont know why, eating normal
non_native|I lose weight, maybe 7 kilo, but I don't make diet. Also the back hurt.
non_native|My weight is going down since two months and I don't know why.
voice_to_text|so i've lost like five kilos and i'm not trying to i'm eating the same stuff
voice_to_text|my belt's on a new hole and i haven't changed anything and my back's been aching
emoji|lost 5kg 📉 without trying 🤷 and back aches 😕
emoji|⚖️ keeps going down and I'm eating loads 🍝, confused
question|Should I be worried that I've lost weight without trying?
question|Is it normal to lose 4 kg in a month when I haven't changed my diet?
plain|People keep telling me I look thinner and I honestly haven't tried to lose anything.
plain|I've dropped a belt size without meaning to, and the back pain started around the same time.
slang|not even on a cut and I've lost half a stone, plus the back's been grumbling
non_native|My face is more thin, people say, and the scale say minus 5, but I eat same.
typo|unexplaind weight loss like 3kg, and lower back ache for 2 wks
plain|I weigh less every week even though I've been eating extra to build muscle.
plain|I'm down 8 kilos since summer and I can't explain it.
voice_to_text|honestly i don't know why but i keep losing weight and i'm actually trying to bulk
slang|weight's dropping while I'm trying to bulk, make it make sense
question|Why would I be losing weight if I eat more than before?
plain|Lost weight for no reason and have been tired and achy in the back. Should I still train?
non_native|I am losing the weight, not wanted, and also in the night I have pain in back.
emoji|down 6kg 😳 no diet, no cardio, nothing
plain|My appetite hasn't changed but I've lost noticeable weight over the last six weeks.
longclause|Also, weirdly, I've lost about five kilos over the past couple of months without trying at all.
negation|I've lost weight but that's because I'm on a cut and counting every calorie.|intentional weight loss is none
negation|Weight's steady, back's fine, nothing to report.
hypothetical|If I started losing weight without dieting, would you tell me to stop training?
past_resolved|I lost some weight when I was ill last year but it's all back now and I feel great.
other_person|My brother lost a lot of weight without trying and the doctor is running tests.
joke_hyperbole|Lost 2 kg on my cut this month, abs are finally saying hello.|planned cut, not a sign
gq|How much unexplained weight loss is worrying?
""")

fam("fresh_night_rest_pain", "urgent", "constant pain at night or at rest that no position eases (coaching.md §5 urgent; sources §2.1 persistent night pain not eased by changing position)", """
plain|My back hurts all night and it doesn't matter how I lie, nothing eases it.
plain|The pain is there even when I'm lying completely still. Changing position doesn't help at all.
plain|I've been awake most nights this week because of back pain that no position takes away.
slang|back pain won't quit even lying down, tried every position, nada
slang|can't get comfy at night no matter what, back just throbs 24/7
typo|my back hurts at nite and i cant find any position thats ok
typo|constant pain even when resting, lying on side or back, doesnt matter
non_native|The pain in my back is staying all the time, also in bed, no position is good.
non_native|In the night I cannot sleep because the back hurts, I turn and turn but it is same.
voice_to_text|my back hurts even when i'm lying down and nothing i do makes it any better
voice_to_text|i was up at three again because of my back and turning over didn't help at all
emoji|awake at 3am again 😫 back hurts no matter how I lie 🛏️
emoji|resting, lying, sitting 🤷 the back pain is the same all day 😣
question|Is it normal for back pain to be constant even when I'm lying still?
question|Why doesn't my back pain ease when I lie down or change position?
plain|It's a steady deep ache, day and night, and rest does nothing for it.
plain|Pain woke me up again and I couldn't find a single comfortable position.
slang|back's been on full volume all night, curled up, flat, side, nothing works
non_native|Also when I do nothing, only sit or lie, the pain is not going down, it is constant.
typo|its constent, day and nite, resting dosnt change it
plain|The ache doesn't change whether I'm moving or resting. It's just always there.
plain|I can't sleep on my back, my side or my front, the pain is the same in all of them.
voice_to_text|it's not even a movement thing my back just hurts all the time even in bed
slang|this back pain is 24 7 mate, resting does zero
question|Should I still train if my back hurts constantly, even at rest and at night?
plain|It hurts most when I'm trying to sleep, and shifting around gives me no relief at all.
non_native|I wake up many times in night with the pain and no side is comfortable.
emoji|no position helps 😩 been like this for 4 nights 🌙
plain|Since Sunday the pain has been constant, even sitting on the sofa doing nothing.
longclause|The thing bothering me most is that my back aches all through the night now and no position I try makes it ease off.
negation|My back is only a bit stiff in the morning and it loosens up once I move, no pain at night.
negation|Slept like a baby, no back pain in bed at all.
hypothetical|What if my back pain ever started waking me up at night?
past_resolved|Had a couple of rough nights with my back in spring, it eased after a week and has been fine since.
other_person|My flatmate says her back keeps her awake at night, I told her to see a doctor.
joke_hyperbole|My toddler kept me up all night, my back is fine but my soul is tired.
gq|When is back pain at night a red flag?
""")

fam("fresh_thoracic", "urgent", "mid-back (thoracic) pain between the shoulder blades with no clear strain (coaching.md §5 urgent; RCEM thoracic back pain)", """
plain|I've got a pain right between my shoulder blades and I can't think of anything that caused it.
plain|My mid-back has been hurting for a few days, and I haven't lifted anything or trained since last week.
plain|There's a deep ache in the middle of my spine, not the low back, and it came out of nowhere.
slang|random pain between my shoulder blades, didn't do anything to it, kinda weird
slang|mid back's been aching for days for zero reason, haven't even been to the gym
typo|pain in the midle of my back between shoulder blades, no idea why
typo|my thorasic spine hurts and i didnt strain it or anything
non_native|I have pain in middle of back, between the shoulder blade, I don't know from where it comes.
non_native|The pain is not low, it is in the middle of the back, and I did not lift anything.
voice_to_text|so i've got this pain in the middle of my back between my shoulder blades and i haven't done anything to it
voice_to_text|my upper middle back started hurting on sunday and i was just sitting at home
emoji|pain between shoulder blades 😖 and I didn't even train 🤷
emoji|mid-back ache 🤕 for 3 days, no idea where it came from
question|Why would my back hurt between my shoulder blades if I haven't trained?
question|Is mid-back pain with no obvious cause something I should get checked?
plain|It's not the usual lower back. The ache is around bra-strap level and I didn't strain anything.
plain|My back hurts in the middle, at the level of my chest, and it started while I was just watching TV.
slang|thoracic pain outta nowhere, haven't rowed in a week, not a DOMS thing
non_native|Pain in the center of my back, behind the chest. I rest this week, no sport, but it hurts.
typo|sore spot between my shoulderblades for days, no injury no training
plain|I've had a constant ache in the middle of my spine since the weekend and can't link it to anything.
plain|This isn't muscle soreness from rows: I haven't done any, and it's right on the spine between my shoulder blades.
voice_to_text|i don't know what i did but the bit of my spine between my shoulder blades has been aching all week
slang|my mid back is killing me and I've literally been on the sofa all week
question|I didn't lift anything but my mid-back aches, should I keep training?
plain|Pain sits in the middle of my back behind my ribs, started on its own two days ago.
non_native|I feel the pain in the back, middle part, near the spine, no reason, no accident.
emoji|middle of my back hurts 😣 no workout, no strain, nothing 🤔
plain|The ache is in my thoracic spine, not the muscles beside it, and there was no injury.
longclause|Also, I've had this ache in the middle of my back, between the shoulder blades, for a few days now, and I honestly can't think of anything that set it off.
negation|Upper back just feels pumped after the rows, no pain between my shoulder blades.
negation|No mid-back pain at all, only the usual lat soreness.
hypothetical|If I got pain between my shoulder blades for no reason, would that be a concern?
past_resolved|Had some mid-back pain from a bad mattress last year, new mattress fixed it.
other_person|My colleague complains of pain between her shoulder blades, I told her to see someone.
gq|What's the difference between upper-back soreness and thoracic pain?
""")

fam("fresh_osteo_steroids", "urgent", "osteoporosis or long-term steroid use plus a fall or strain (coaching.md §5 urgent; sources §2.1 fracture: minor trauma with osteoporosis or corticosteroid use)", """
plain|I have osteoporosis and I slipped on the stairs yesterday. My back has hurt since.
plain|I've been on prednisolone for two years and I tweaked my back picking up my grandson.
plain|Osteoporosis here. I sat down hard on a chair this morning and now my back is sore.
slang|got osteoporosis and took a tumble in the garden, back's been grim since
slang|been on steroids for my asthma for years and I strained my back lifting a box
typo|i have osteoprosis and i fell over on the ice, back hurts
typo|on long term steriods for crohns and my back went sore after a small fall
non_native|I have the weak bones, osteoporosis, and I fall in the bathroom, now the back is painful.
non_native|I take cortisone pills since long time and yesterday I lift the suitcase and the back hurts strong.
voice_to_text|so i've got osteoporosis and i tripped over the dog and landed on my bum and my back hurts
voice_to_text|i'm on steroids for my arthritis and i felt something in my back when i lifted the shopping
emoji|osteoporosis 🦴 + slipped on wet floor 😬 back sore since
emoji|long-term prednisone 💊 and I strained my back moving furniture 😣
question|I have osteoporosis and I fell off a low step, is it okay to train today?
question|Could a small fall matter more because I've been taking steroids for years?
plain|My bone density scan showed osteoporosis, and I jarred my back missing the last step.
plain|I've taken prednisone for my lupus for ages, and after a cough fit my back started hurting badly.
slang|brittle bones + a dumb trip on the curb = sore back, great
non_native|My doctor say I have osteopenia going to osteoporosis. I fall from bicycle slow, back hurts now.
typo|fell on my backside, i have osteporosis, pain in my spine since
plain|I'm on long-term steroids and I felt a sudden pain in my back when I bent to tie my shoe.
plain|With my osteoporosis I probably should mention that I slipped in the shower and my back has hurt since.
voice_to_text|i'm on prednisolone every day and i strained my back carrying the laundry basket upstairs
slang|on the roids for my lungs, the medical kind lol, and I strained my back lifting the kid
question|Is it normal to have this much back pain after a small fall when I have osteoporosis?
plain|I have osteoporosis and I felt a sharp pain in my back after a heavy sneeze yesterday.
non_native|Many years I take steroid medicine. I slip on the stairs, sit hard, and now back is very painful.
emoji|fell 😫 and I'm on steroids for years 💊 back really hurts
plain|Long-term hydrocortisone user here. I lifted a watering can and something in my back hurt right away.
longclause|Also worth saying: I have osteoporosis and I slipped on the kitchen floor on Wednesday, and my back has been sore since.
negation|I'm on steroids for asthma but I haven't fallen or strained anything, back feels fine.|risk factor without a fall or strain is none
negation|I have osteoporosis but no fall, no pain, just want to get stronger.|risk factor without a fall or strain is none
hypothetical|If I fell with osteoporosis, should I stop training and get checked?
past_resolved|I had a fall last winter with my osteoporosis, was X-rayed, nothing broken, fully healed.
other_person|My mum has osteoporosis and slipped yesterday, we're taking her to the doctor.
gq|Is strength training good for osteoporosis?
""")

fam("fresh_immune", "urgent", "weakened immune system plus new back pain (coaching.md §5 urgent; sources §2.1 immunosuppression)", """
plain|I'm on immunosuppressants after my kidney transplant and my back has started hurting.
plain|I have HIV and there's a new pain in my lower back since last week.
plain|I take methotrexate which lowers my immunity, and I've got new back pain that isn't from training.
slang|transplant patient, immune system's basically on mute, and now my back's hurting
slang|on biologics for my RA so my immunity's rubbish, and my back started aching outta nowhere
typo|im immunosupressed and got new back pain this week
typo|on anti rejection meds and my back startd hurting 3 days ago
non_native|My immune system is weak because of medicine, and now I have new pain in the back.
non_native|I have HIV, I take treatment, and this week the back begin to hurt without reason.
voice_to_text|so i'm on chemo tablets at the moment and my immune system is low and now my back hurts
voice_to_text|i had a liver transplant so i'm on the anti rejection drugs and my back's been sore since monday
emoji|immunosuppressed 💊 and new back pain 😟 since Friday
emoji|transplant life 🫀 + back started hurting this week 😬
question|My immune system is suppressed, should I worry about new back pain?
question|I'm on immunosuppressants, does this new back ache mean I should stop?
plain|My white cell count is low from treatment and I've developed an ache in my back.
plain|I'm on high-dose steroids for my Crohn's, so my immunity's down, and my back started hurting two days ago.
slang|immune system's shot from the meds and my back's aching like never before
non_native|I have the disease where I take medicine to make immune low, and the back start hurting last week.
typo|low imunity from my meds and a new ache in my spine
plain|I had a stem cell transplant last year and this back pain is new.
plain|I'm on infliximab infusions and a new pain in my lower back turned up this week.
voice_to_text|just so you know my immune system's compromised and i've had back pain for three days now
slang|on immunosuppressants + random back pain = not taking chances, should I skip?
question|Is new back pain a concern if I have HIV?
plain|My doctor says my immune system is weakened by the treatment, and now my back hurts for no clear reason.
non_native|Because of my medicines I get sick easy, and now there is pain in the back, new.
emoji|weak immune system 😷 + new pain in my back 😣
plain|New back pain, and for context, I'm immunocompromised after chemo.
longclause|Something I should mention: I'm on immunosuppressants for my transplant and I've had a new pain in my back since the weekend.
negation|I'm on immunosuppressants but my back is perfectly fine, no pain.|risk factor with no back pain is none
negation|HIV positive, well controlled, zero back issues, just want a plan.|risk factor with no back pain is none
hypothetical|If I'm immunosuppressed and get back pain, what should I do?
past_resolved|After my transplant I had some back soreness from the hospital bed, that settled months ago.
other_person|My brother had a transplant and his back hurts, he's phoning his team today.
gq|Is it safe to lift weights while taking immunosuppressants?
""")

fam("fresh_ivdu", "urgent", "injecting drug use plus back pain (coaching.md §5 urgent via infection; sources §2.1 IV drug use)", """
plain|I inject drugs and my back has been really painful for a few days.
plain|I've been using needles again recently and now there's a bad pain in my lower back.
plain|Being honest: I inject heroin sometimes, and my back started hurting on Saturday.
slang|been shooting up again, not proud, and my back's properly killing me
slang|I use with needles and my back is sore as hell this week
typo|i inject and my back hurts realy bad since the weekend
typo|been injectin again and got this back pain that wont go
non_native|I use drugs with injection and now my back is very painful.
non_native|I must be honest, I take drug by needle, and the back pain started some days ago.
voice_to_text|i've been injecting again and my back is hurting a lot and it's not from the gym
voice_to_text|so um i use needles and now my lower back has got this deep pain
emoji|💉 user, back's been agony for 3 days 😣
emoji|not proud 😔 been injecting, and back pain now 😖
question|I inject drugs, could that have anything to do with my back pain?
question|Is back pain something to worry about when you inject?
plain|I relapsed and have been injecting, and now my back hurts in a way I've never felt.
plain|Back pain plus I've been injecting for the last month. Thought you should know.
slang|been using again, IV, and my back's in bits, not a lifting thing
non_native|I am using heroin with needle since one month and my back is hurting, also I feel hot.
typo|i inject speed and my back is sore evry day now
plain|I'm on a needle exchange program and my back has been getting more painful all week.
plain|I started injecting steroids myself for the gym and my back hurts near my spine.|self-injection with back pain counts as injecting use (infection risk)
voice_to_text|honestly i've been injecting stuff and my back has been hurting since tuesday
slang|jabbing myself with gear I got off a mate and my back's been sore since, prob nothing?|self-injection with back pain counts as injecting use (infection risk)
question|I inject, my back aches badly, should I just rest or see a doctor?
plain|I should tell you I use intravenous drugs, and my back has been aching for days.
non_native|The back hurts very strong and I inject drugs, I don't go to doctor yet.
emoji|been using needles 💉 and now my back hurts 😰
plain|I've been injecting for about a year and this week my lower back became really painful.
longclause|Also, being straight with you, I've been injecting again lately and my back has been sore for the last few days.
negation|I've never injected anything and my back is fine, the needle question on the form confused me.
negation|Clean for three years, no needles, no back trouble.
hypothetical|If someone who injects gets back pain, why is that serious?
past_resolved|I used to inject years ago, clean since 2019, and my back has been fine.
other_person|My cousin injects and says his back hurts, I'm trying to get him to a clinic.
gq|Why is back pain riskier for people who inject drugs?
""")

fam("fresh_recent_infection", "urgent", "back pain after a recent bacterial infection or a penetrating wound (sources §2.1 infection red flags; U-tier via infection)", """
plain|I had a kidney infection two weeks ago and now my back hurts in a new, deep way.
plain|Just finished antibiotics for a urine infection and my lower back has started aching badly.
plain|I had an abscess drained last month and now there's pain in my back near the spine.
slang|had a nasty infection last week, antibiotics done, now my back's aching big time
slang|got over a chest infection and now the back's gone sore for no reason
typo|had a uti last week and now my back hurts alot, not from training
typo|just had cellulitis on my leg and now back pain, no idea if its related
non_native|I had infection in the blood two weeks before, now the back hurts very much.
non_native|After the infection in my tooth, I have now pain in the back since three days.
voice_to_text|so i had an infection in my foot that needed antibiotics and now my back's really hurting
voice_to_text|i got over a kidney infection and this back pain came on straight after
emoji|just off antibiotics 💊 and now my back hurts 😣
emoji|had an infected cut 🩹 last week, back pain now 😖
question|I had an infection recently, could that be why my back hurts so much?
question|Is it normal to get back pain right after finishing antibiotics for an infection?
plain|I stepped on a nail in the garden last week and now I have a bad ache in my lower back.
plain|I had an epidural injection in my back ten days ago and the area is getting more painful.
slang|got a deep cut on my back from a fall onto a fence, it's getting sorer not better
non_native|I have a wound on the back from accident at work, and now the pain is more each day.
typo|had a back injection from the pain clinic and its hurting worse now, feels hot
plain|Since my pneumonia a fortnight ago I've had back pain that doesn't let up.
plain|I had surgery on my spine six weeks ago and the pain around the scar is increasing.|recent spinal surgery with rising pain: infection risk, same-day advice
voice_to_text|i had a boil on my bum that got infected and now my lower back is aching a lot
slang|urine infection last week and now my back's aching round the side, skipping the gym
question|Should I train with back pain that started after a bladder infection?
plain|A wound on my lower back from a fall has gone red and my back is aching more every day.
non_native|Some days ago I had fever from infection, now no fever but strong back pain.
emoji|infection ✅ antibiotics ✅ now back pain ❌ 😩
plain|My back started hurting soon after I had a dental abscess treated.
plain|I got a tattoo on my lower back and now it's red, swollen and the back underneath aches.
longclause|The other thing is I had a kidney infection a couple of weeks back, and since then my lower back has been aching in a deep, constant way.
negation|Had a cold, no infection, no back pain, just a runny nose.
hypothetical|If I got back pain after an infection, is that something to mention?
past_resolved|I had an infection last year that made my back ache, treated and fine now.
other_person|My dad's got a kidney infection and back pain, he's at the GP now.
gq|Can an infection spread to the spine?
""")

fam("fresh_deformity", "urgent", "a new visible deformity or lump of the spine with back pain (sources §2.1 cancer and fracture red flags: structural deformity)", """
plain|There's a new lump on my spine that wasn't there before, and the area hurts.
plain|My partner says my spine looks bent to one side now, and my back has been painful.
plain|One of the bones in my back is sticking out more than it used to, and it's tender.
slang|got a weird bump on my spine that's new and sore, not a fan
slang|back looks wonky in the mirror lately and it's aching, never used to look like that
typo|theres a lump on my backbone thats new and it hurts when i press
typo|my spine looks crooked now and its painfull
non_native|I see a new bump on the back, on the spine, and it is painful to touch.
non_native|My wife tell me my back is not straight anymore, it look curved, and it hurts.
voice_to_text|so i found a lump right on my spine and it's sore and i don't remember it being there
voice_to_text|my back looks kind of hunched now compared to photos and it's been hurting
emoji|new lump on my spine 😳 and it hurts 😣
emoji|my back looks crooked 📸 + aching 😬
question|Is it normal to have a lump on my spine that hurts?
question|Why would my spine suddenly look curved when it hurts?
plain|I've noticed a hard swelling over my lower spine and it aches all the time.
plain|Looking in the mirror, my shoulders are uneven now and my back hurts more than before.
slang|there's a knobbly bit on my spine that's new and it's sore af
non_native|On my spine there is something hard and round that is new, and pain around it.
typo|found a swollen bit on my lower back over the spine, sore, new
plain|My back has started to curve forward and it hurts; I'm getting shorter according to my doctor.
plain|A vertebra near the middle of my back is poking out and it's painful to lean against a chair.
voice_to_text|i can feel a bump on the bone in my back that i never had and it's tender
slang|my spine's got a new lump and it's throbbing, dunno what's going on
question|Should I be training with a new painful bump on my spine?
plain|I've lost height, my back looks rounder, and there's pain in the middle of it.
non_native|I am more short than before and the back is round and painful.
emoji|new swelling on my spine 😟 tender to touch 👆
plain|There's a soft swelling on my lower back that appeared last week and it aches.
longclause|Also, I found a new lump right over my spine this week, and it's sore when I touch it.
negation|No lumps, no bumps, back looks normal, just want better posture.
hypothetical|If I noticed a lump on my spine, what should I do?
past_resolved|I had a cyst on my back removed years ago, nothing since.
other_person|My nan's back has gone very curved, the doctor is looking into it.
gq|Can bad posture make your spine look crooked?
""")


# ---------------------------------------------------------------- provider
fam("fresh_numb_one_leg", "provider", "numbness, tingling or pins and needles in one leg or foot (coaching.md §5 see a provider; sources §2.4 S-list)", """
plain|My left leg has been tingling since yesterday's deadlifts.
plain|I've got pins and needles down my right calf into my foot.
plain|The outside of my left foot feels numb and it's been like that for two days.
slang|right leg's gone all fizzy and tingly since the hinges, weird
slang|left shin feels kinda dead, like it's asleep but it doesn't wake up
typo|tingling in my rigth leg after the workout, still there today
typo|my left foot is numm on the top, since monday
non_native|I feel in my left leg like small ants walking, since the training.
non_native|My right foot is sleeping all the time, I don't feel it good.
voice_to_text|so my left leg has got this pins and needles feeling that won't go away
voice_to_text|the back of my right thigh feels kind of numb since yesterday
emoji|left leg tingling 🦵⚡ since the RDLs
emoji|pins and needles in my right foot 🦶😕 all day
question|Is it normal that my left leg tingles after deadlifts?
question|My right toes feel numb, can I still do the session?
plain|Three of my toes on the left side don't feel quite right, sort of muffled.
plain|I noticed my right thigh is numb in a patch on the outside.
slang|foot on the left keeps going to sleep, pins and needles city
non_native|The skin on my right leg, the side, I touch it and it feels like not mine.
typo|leg tingels on one side when i sit, the left one
plain|There's a buzzing feeling running down my left leg whenever I sit for a while.
plain|Since Friday my right big toe has been numb.
voice_to_text|every time i bend forward my right leg goes tingly down to the ankle
slang|calf's all tingly on one side, feels like static
question|Why does only my left leg get pins and needles after rows?
plain|My left heel has felt numb since the session on Tuesday.
non_native|One leg, the right, has tingle feeling from knee to foot.
emoji|right leg feels numb-ish 😶 since training
plain|Half of my left foot feels like it's wrapped in cotton wool.
longclause|One thing: my right leg has been tingling on and off since the deadlifts, down the back of the calf.
negation|No numbness or tingling in my legs, just tired glutes.
negation|Legs feel normal, no pins and needles.
hypothetical|What if my leg started tingling mid-set, should I stop?
past_resolved|My leg tingled for a day last month after a long flight, it passed and hasn't come back.
other_person|My coworker has pins and needles in her leg, she's seeing a physio.
joke_hyperbole|Sat on the loo too long scrolling, leg fell asleep, classic.|ordinary limb falling asleep from sitting, resolved at once
gq|What does tingling in one leg usually mean?
""")

fam("fresh_shooting_one_leg", "provider", "shooting, electric, burning or radiating pain down one leg (coaching.md §5 see a provider; sources §2.3 S tier)", """
plain|I get a shooting pain down my right leg when I bend over.
plain|There's a burning pain running from my left buttock to the back of my knee.
plain|Every time I cough I feel a jolt of pain down my left leg.
slang|got this zap down my right leg whenever I hinge, like an electric shock
slang|pain shoots down the back of my leg like lightning, left side
typo|shootin pain down my left leg into my calf
typo|burnig pain goes down my rigth leg to the ankle
non_native|I have pain like electricity from the back to the leg, left side.
non_native|When I sit, the pain goes down in my right leg until the foot.
voice_to_text|i've got this pain that shoots from my lower back right down my left leg
voice_to_text|so when i sneeze it's like a bolt down my right leg
emoji|⚡ zap down my left leg every time I bend 😖
emoji|pain shooting 🔥 down my right leg to the foot 😣
question|Is it normal to get a shooting pain down one leg after deadlifts?
question|Why does pain run down my leg when I sit for long?
plain|The pain starts in my right hip and travels down the outside of the leg to my shin.
plain|My left leg aches below the knee, and it seems to come from my back.
slang|got a hot wire feeling down my leg, left side, since Tuesday
non_native|From my bottom to my knee I have the burning, only one leg.
typo|radiating pain down the leg when i walk, only the right one
plain|Sharp electric shocks go down my left leg if I twist.
plain|It's a deep ache that spreads from my lower back down into my right calf.
voice_to_text|every time i pick something up from the floor there's a pain that goes down my left leg
slang|leg pain's shooting down to my toes, right side, not muscle
question|Does pain going down the back of one leg mean I should stop training?
plain|Since yesterday there's been a burning line of pain down the back of my right thigh.
non_native|The pain is walking from the back to the leg, the left one, to the calf.
emoji|burning down the leg 🔥🦵 since yesterday
plain|Pain down my leg wakes me when I roll onto my left side.
longclause|Side note: I keep getting a shooting pain down my left leg when I bend to pick things up.
negation|The pain stays in my lower back, nothing goes down my legs.
negation|No shooting pain, no leg symptoms, just a tired back.
hypothetical|If I ever got pain shooting down my leg, what should I do?
past_resolved|I had shooting pain down my leg two years ago, physio sorted it, fine since.
other_person|My husband gets a burning pain down one leg, he's booked a physio.
joke_hyperbole|Shooting for 10 reps on the rows today.|sign word in a harmless sense
gq|What causes shooting pain down the leg?
""")

fam("fresh_weak_one_leg", "provider", "weakness in one leg or foot, not worsening (coaching.md §5 one-sided leg weakness; sources §2.3 S tier)", """
plain|My right leg feels weaker than the left since Monday, I can't push off properly.
plain|When I climb stairs my left leg feels like it doesn't have the same strength.
plain|I can't stand on the toes of my right foot as well as the left any more.
slang|left leg's gone a bit weak and wobbly, right's fine
slang|right leg just feels off, like it's got no power
typo|my left leg is weeker than before, noticed on the stairs
typo|cant do a single leg bridge on the right, leg feels weak
non_native|My right leg has no power like before, the left is normal.
non_native|When I walk the left leg is more weak, I feel it not strong.
voice_to_text|so my right leg has got weaker and i noticed it when i was doing step ups
voice_to_text|my left calf feels weak when i try to go up on my toes
emoji|right leg weak 🦵😕 since the weekend
emoji|left leg has no power 😬 the right is fine
question|Is it normal that one leg feels weaker after deadlifts?
question|My left leg gives a bit when I step down, should I still train?
plain|My right knee buckles slightly when I step off a curb, and the leg feels weaker.|one leg giving a little, not both legs giving way
plain|I noticed that my left calf can't lift me onto my toes like the right can.
slang|one leg's just not firing, left side, since the session
non_native|On one side I cannot make heel raise, the leg is weak.
typo|weakness in the right leg, its not worse, but its there
plain|Single-leg stuff is way harder on the left now, the leg just feels weak.
plain|My right leg tires far quicker than the left on the stairs and feels weaker.
voice_to_text|i tried the single leg bridge and my left leg just couldn't do it like the right one
slang|left leg feels like jelly, only that one|one leg only; jelly legs in both legs would be an emergency
question|Why would my right leg feel weak but not the left?
plain|Getting up from a chair, I have to lean on my left because the right leg feels weak.
non_native|The right leg is weak when I go up on the stairs, since four days.
emoji|can't do calf raises on the left 😣 weak
plain|My left thigh seems to give out slightly when I go downstairs.|one leg giving a little, not both legs giving way
longclause|Oh and my right leg has felt weaker than the left for a few days, especially on the stairs.
negation|Both legs feel strong, no weakness at all.
negation|No leg weakness, just tired from the walk.
hypothetical|What if one leg suddenly felt weak in the middle of a set?
past_resolved|My leg was a bit weak after knee surgery years ago, fully back now.
other_person|My gym buddy's left leg feels weak, he's seeing a doctor.
gq|Can a back problem make one leg weak?
""")

fam("fresh_sharp_stabbing", "provider", "sharp, stabbing or catching pain (coaching.md §5 see a provider; sources §2.4 S-list)", """
plain|I got a sharp stabbing pain in my lower back on the third deadlift.
plain|There's a knife-like pain in my back whenever I bend forward.
plain|My back gave me a sharp jab when I picked up the kettlebell.
slang|felt a stab in my lower back mid-rep, not the usual burn
slang|back's giving me these sharp pokes when I twist, like a needle
typo|sharp pain in my lowr back when i bend, like a stab
typo|stabing pain on the left side of my back after rows
non_native|I feel pain like a knife in the lower back when I lift.
non_native|The pain is sharp, not tired pain, in my back on the right.
voice_to_text|so on the second set of deadlifts i got this really sharp pain in my lower back
voice_to_text|it's like a stabbing feeling in my back when i stand up from the chair
emoji|🔪 sharp pain in my lower back mid-set 😖
emoji|stabbing pain 😣 every time I bend over
question|Is it okay to keep training with a sharp pain in my back?
question|Why do I get a sharp stab in my back when I twist?
plain|It's a sharp, catching pain that comes when I straighten up.
plain|My lower back catches sharply when I reach to the side.
slang|sharp twinge in my back every time I hinge, not your normal ache
non_native|When I bend, pain come sharp like something cut inside the back.
typo|its a sharp pain not a dull one, right side of my back
plain|I felt a sudden, piercing pain just above my belt on the right.
plain|Every now and then my back stabs me when I step off the curb.
voice_to_text|the pain isn't achy it's sharp like somebody poking me in the back
slang|back keeps giving me these sharp zingers when I cough
question|Is a sharp pain during deadlifts a reason to stop?
plain|There's a pinpoint sharp pain on the left of my spine that hits when I lift.
non_native|Sharp pain, like needle, in the back, only when I move some way.
emoji|sharp twinge ⚡ in my back each time I lift 😬
plain|A sharp pain caught me halfway through the row and it's still there.
longclause|The one thing that worried me was a sharp, stabbing pain in my lower back on the last set of hinges.
negation|No sharp pain, just a dull tired ache after the session.
negation|Nothing sharp or stabbing, muscles just feel worked.
hypothetical|If I get a sharp pain during a lift, should I stop immediately?
past_resolved|I had a stabbing pain in my back last year from a bad lift, gone after two weeks.
other_person|My friend felt a sharp pain lifting a sofa, he's seeing a physio.
joke_hyperbole|My sister's sharp comments about my skipping leg day really stab.|harmless sense
gq|What's the difference between sharp pain and soreness?
""")

fam("fresh_popped", "provider", "something popped, gave or went during a lift, with pain (coaching.md §5 'something popped'; sources §2.4 S-list)", """
plain|I felt something pop in my lower back on the last rep and it's been sore since.
plain|Something went in my back when I lifted the bar off the floor.
plain|There was a pop in my back during the row and now it hurts to bend.
slang|something went twang in my back mid-deadlift, not good
slang|felt a pop in my lower back and now it's aching like mad
typo|somthing popped in my back on the 3rd set, hurts now
typo|i felt a pop in my lowerback lifting the kettlebell
non_native|Something in my back make a pop and now it is painful.
non_native|During the lift I feel like something is breaking a little in back, now pain.
voice_to_text|so i was doing the deadlift and i felt something pop in my back and now it's sore
voice_to_text|my back went on the last rep i felt it go
emoji|felt a pop 💥 in my lower back 😖 mid-set
emoji|something went 😬 in my back, hurts now
question|I felt something pop in my back, can I still do the rest of the session?
question|Is it bad if something went in my back during the deadlift?
plain|I heard a small click and felt a pull in my back, and it's been painful all evening.
plain|My back gave way a little on the last pull, like something slipped, and now it aches.
slang|back went pop and now I'm walking like a robot
non_native|I feel in the back like a pop, now when I move it is hurt.
typo|somethin gave in my back when i picked up the weight
plain|As I stood up with the bar, something in my back went and I had to drop it.
plain|There was a tearing feeling in my lower back during the swing.
voice_to_text|i felt a sort of snap feeling in the muscle of my lower back and it hurts now|muscular pop with pain, not a crack with severe pain
slang|I think I tweaked something, felt it pop, back's sore as hell
question|Should I ice my back? I felt something pop during rows.
plain|During the good mornings I felt something give in my back and it's sore to move.
non_native|When I lift, something in back go pop, and now I am careful to move.
emoji|pop 💥 + pain 😣 in my back, stopped the session
plain|My back popped when I twisted with the plate and it hurts to turn.
longclause|Honestly the session went okay until the last deadlift, when I felt something pop in my lower back, and it's been sore since.
negation|My back clicks sometimes but there's no pain with it.|painless clicking is none
negation|Nothing popped, nothing hurts, just tired.
hypothetical|What should I do if I feel something pop in my back?
past_resolved|Something popped in my back last year, it healed with rest and physio, fine now.
other_person|My mate felt something pop in his back at work, he's off to see a physio.
joke_hyperbole|Popped a PR on rows today, 40 kg for 8!|sign word in a harmless sense
gq|Is a popping sound in the back dangerous?
""")

fam("fresh_disc_selfdx", "provider", "lay self-diagnosis of a slipped, herniated or bulging disc (sources §2.4 S-list)", """
plain|I think I've slipped a disc, my lower back has been bad since Saturday.
plain|Pretty sure I've got a bulging disc from the deadlifts last week.
plain|My back feels like it did when I herniated a disc years ago, I think it's happened again.
slang|reckon I've popped a disc, back's in pieces
slang|think my disc's gone, can barely bend
typo|i think i herniatd a disc, lower back pain since the gym
typo|pretty sure its a slipd disc, hurts to sit
non_native|I think the disc in my back is come out, it hurts a lot.
non_native|Maybe I have hernia of the disc, the back pain is strong since the lifting.
voice_to_text|i'm fairly sure i've slipped a disc because my back's been agony since monday
voice_to_text|so i think it might be a bulging disc the way my back is feeling
emoji|think I slipped a disc 😩 back's wrecked
emoji|bulging disc vibes 😣 since Thursday's session
question|Could I have herniated a disc? My back hurts since deadlifts.
question|How do I know if I've slipped a disc? My back has been sore since yesterday.
plain|My physio friend thinks it sounds like a disc, and my back is pretty painful.
plain|It feels like a disc problem: sore to sit, worse bending forward.
slang|disc's playing up again I reckon, lower back's screaming
non_native|My back, I think it is the disc problem, because I cannot sit long.
typo|feels like my L5 disc is bulging, back sore evry time i sit
plain|I've self-diagnosed a prolapsed disc from Google, my back is really sore.
plain|I'm convinced I've damaged a disc lifting the kettlebell.
voice_to_text|i've looked it up and i'm pretty sure it's a herniated disc in my lower back
slang|think I blew a disc on the last set, bending's a no go
question|Should I stop deadlifting if I think I've slipped a disc?
plain|My lower back is sore and I suspect a bulging disc, it's worse every morning.
non_native|Disc slip, I think, because back pain and stiff since I lift heavy box.
emoji|google says disc 🤓 my back says ouch 😖
plain|The pain feels deep in my spine, like a disc rather than a muscle.
longclause|I'm starting to think I've slipped a disc, because my lower back has been sore ever since the Thursday session.
negation|My MRI came back with no disc problems and my back feels fine.
negation|Not a disc thing, my back's fine, just asking about programming.
hypothetical|If I had a bulging disc, could I still do rows?
past_resolved|Had a slipped disc in 2018, rehab went well, no issues since.
other_person|My wife has a herniated disc, can she use the plan too?
gq|Is a slipped disc serious?
gq|What's the difference between a bulging and a herniated disc?
""")

fam("fresh_nerve_selfdx", "provider", "lay self-diagnosis of a trapped or pinched nerve or sciatica in one leg (sources §2.4 S-list)", """
plain|I think I've got a trapped nerve in my lower back.
plain|My sciatica is flaring up on the right side since the deadlifts.
plain|Feels like a pinched nerve, my back and left buttock are sore.
slang|sciatica's back with a vengeance, left side
slang|think I've trapped a nerve, can't get comfy
typo|i think i have siatica in my right leg
typo|trapt nerve in my lower back i reckon
non_native|I think the nerve in my back is trapped, it is pain when I move.
non_native|I have sciatic on left side, begin after the training.
voice_to_text|i think my sciatica has come back on the left side
voice_to_text|so i think i've pinched a nerve in my back it's really sore
emoji|sciatica flare 😩 right side again
emoji|pinched nerve 😣 I think, lower back
question|Could this be sciatica? My right buttock hurts after deadlifts.
question|Do I have a trapped nerve? My back and hip hurt on one side.
plain|I'm fairly sure it's sciatica, the pain sits in my left buttock.
plain|My doctor once said I had a trapped nerve, and this feels exactly like that.
slang|nerve's pinched for sure, back's locked on one side
non_native|Is nerve trapped, I feel it, back pain on right side and in hip.
typo|pinchd nerve i think, pain in my lowr back and bum on the left
plain|Feels like sciatica again, after the hinge session on Monday.
plain|I'm nearly certain I trapped a nerve picking up the bar.
voice_to_text|pretty sure it's my sciatic nerve playing up on the right
slang|sciatica's doing my head in, left side, since the weekend
question|Is it sciatica if the pain sits in one buttock?
plain|I woke up with what I'm sure is a trapped nerve in my back.
non_native|The sciatica is coming again, one side, after the rows.
emoji|think it's a trapped nerve 😖 back + hip
plain|My old sciatica seems to have returned after the kettlebell work.
longclause|I think I might have trapped a nerve on Tuesday, because my back and right buttock have been sore ever since.
negation|No sciatica, no nerve stuff, back's happy.
negation|My sciatica hasn't bothered me at all this year.
hypothetical|What should I change if my sciatica ever comes back?
past_resolved|Had sciatica in my twenties, it settled with physio and hasn't returned.
other_person|My dad has sciatica, is there anything in the plan he should avoid?
gq|Is sciatica serious?
gq|What is a trapped nerve exactly?
""")

fam("fresh_locked_back", "provider", "a locked back, spasm that won't release, or being unable to stand up straight (sources §2.4 S-list)", """
plain|My back locked up this morning and I can't stand up straight.
plain|I'm stuck bent forward, my back won't let me straighten.
plain|My lower back seized when I bent to pick up a sock and it's still locked.
slang|back's gone into lockdown, walking like a question mark
slang|can't stand up straight, I'm basically a banana today
typo|my back is lockd and i cant strighten up
typo|cant stand up strait since this morning
non_native|My back is blocked, I cannot make it straight.
non_native|I stay bent, the back does not let me go up straight.
voice_to_text|i can't stand up straight my back's completely locked
voice_to_text|so my back went into spasm and it won't let go
emoji|back locked 🔒 can't stand straight 😫
emoji|bent over like an old man 👴 back won't straighten
question|Should I train if I can't stand up straight?
question|Why is my back stuck and won't let me straighten up?
plain|The muscles in my lower back went into spasm and they won't release.
plain|I'm leaning to one side and can't get upright.
slang|back's seized up proper, tilted to the left and stuck
non_native|When I stand, my body goes to one side, I cannot be straight.
typo|back spasm wont let go, been like this since last nite
plain|My back keeps catching and locking when I try to stand up from the sofa.
plain|I've been hunched over all day, I physically can't straighten my back.
voice_to_text|my lower back is stuck in one position and every time i try to straighten it catches
slang|back's locked solid, took me ten minutes to get out of bed
question|Is it normal for my back to lock up after training?
plain|Since lunchtime my lower back has been in a spasm that won't ease off.
non_native|The back make spasm and is not finishing, I can't stand well.
emoji|🔒 back is locked in place 😩 can't straighten
plain|I'm shuffling around bent over at the waist because my back won't let me stand tall.
longclause|This morning my back locked up and I'm still not able to stand up straight.
negation|Back's loose, no spasm, standing tall.
negation|My back isn't locked, just a bit stiff first thing.
hypothetical|What should I do if my back ever locks up?
past_resolved|My back locked last year for a day, heat and walking sorted it.
other_person|My neighbour's back locked while gardening, he's stuck on the sofa.
joke_hyperbole|Legs locked out at the top of every rep today, felt strong.|sign word in a harmless sense
""")

fam("fresh_limping", "provider", "limping or walking differently since training (sources §2.3 S tier: pain that changes how you walk; §2.4 limping since the workout)", """
plain|I've been limping since Tuesday's session.
plain|My walk has changed since I trained, I'm favouring my left side.
plain|I've had a limp since the deadlifts and it's not getting better.
slang|been hobbling around since Monday, back's not right
slang|walking like a penguin since the last workout
typo|im limpin since the gym, right side
typo|i walk diffrent since the session, kind of lopsided
non_native|I walk not normal since the training, I limp a little.
non_native|Since the exercise I walk with one leg more slow.
voice_to_text|i've had a limp since the training on saturday
voice_to_text|my walking's all funny since the session i'm kind of favouring one side
emoji|limping 🚶‍♂️😣 since leg-day-ish back session
emoji|hobbling around 🐧 since Tuesday
question|Is it normal to limp after deadlifts?
question|Why am I walking funny since my session?
plain|I can't walk normally since training, I'm taking short steps on the right.|changed gait on one side, not unable to walk
plain|My partner says I've been walking strangely since the workout.
slang|got a proper limp going on, back's been off since the hinges
non_native|After the training I am walking like injured, one side.
typo|limpng since yesterday, back sore
plain|I'm walking lopsided since the session, shifting my weight off the right side.
plain|My stride is shorter on one side since the kettlebell work.
voice_to_text|every time i walk i kind of limp now since the session
slang|walking like I've been shot since Monday lol, back's not happy|limp stated with hyperbole, the limp is real
question|I'm limping a bit since training, should I rest?
plain|Since the workout I've been leaning and limping to protect my back.
non_native|Now I walk bad, little limp, from two days after the training.
emoji|limping 😕 back's not happy
plain|Walking to work took twice as long today because I'm limping.
longclause|Also I've been limping a bit since the Tuesday session, favouring my right side when I walk.
negation|No limp, walking fine, back's good.
negation|Not limping at all, just sore hamstrings.
hypothetical|If I started limping after a session, what would you tell me?
past_resolved|I limped for a day after a sprained ankle last month, all good now.
other_person|My partner has been limping since her run, she's seeing a physio.
""")

fam("fresh_rising_words", "provider", "pain that keeps getting worse session to session or week to week, said in words (coaching.md §5 across sessions)", """
plain|My back pain has been getting worse every session this week.
plain|Each workout leaves my back a bit more painful than the last one.
plain|The pain is worse this week than last week, and last week was worse than the one before.
slang|back's getting worse every time I train, not better
slang|every session my back's a bit more wrecked, trend's going the wrong way
typo|my back gets worse evry session, its building up
typo|pain is worse each week, not improving at all
non_native|Every training my back pain is more, not less.
non_native|Week after week the back is hurting more, I don't understand.
voice_to_text|so my back is getting a bit worse after every session
voice_to_text|it was sore after monday worse after wednesday and now it's worse again
emoji|back pain 📈 every session 😟
emoji|each week worse 😣📈
question|Is it normal that my back gets more painful after each session?
question|Why does the pain keep building from one workout to the next?
plain|My back was fine after the first session, sore after the second, and properly painful after the third.
plain|It's creeping up: a bit more each time I do the hinges.
slang|pain's stacking up session on session, don't like it
non_native|The pain go up every time, first little, now more.
typo|getting wors and wors after each workout
plain|Over the last three weeks my back has hurt more each week.
plain|The ache after training lasts longer and hurts more every time.
voice_to_text|every week my back hurts a little more and i'm not sure why
slang|trend is up and not in the gains way, back's worse each session
question|Should I keep going if my back keeps getting worse each week?
plain|My back pain is on an upward slope since I started the plan.
non_native|My back is more bad each session, three sessions now.
emoji|worse 😣 worse 😖 worse 😫 three sessions in a row
plain|I used to recover by the next day, now each session leaves me sorer than the one before.
longclause|The pattern worries me a bit: my back has been a little more painful after each of the last three sessions.
negation|My back isn't getting worse, it's steady and improving if anything.
negation|Pain's not building up, each session feels the same or better.
hypothetical|If my back got worse every session, when should I stop?
past_resolved|A few months ago my back got worse week on week, physio fixed it, fine now.
other_person|My friend's back keeps getting worse each week, I told her to see someone.
""")

fam("fresh_two_high_words", "provider", "pain of six or more on two sessions, said in words (coaching.md §5 pain ≥ 6 on two sessions)", """
plain|My back was a seven on Monday and a seven again today.
plain|Back pain hit six out of ten last session and again this one.
plain|Two sessions in a row my back has been around a seven.
slang|back's been a solid eight two workouts running
slang|pain was a six last time and a six today, hmm
typo|back was a sevn on tuesday and a seven again thursday
typo|pain six out of ten both sessions this week
non_native|Last training the pain was seven and today also seven.
non_native|Two times the back pain is eight, Monday and Wednesday.
voice_to_text|my back was about a seven last session and it's a seven again today
voice_to_text|pain's a six again like it was on saturday
emoji|back pain at seven again, same as last time 😣
emoji|six out of ten 😬 both sessions this week
question|My back was a seven last session and is a seven today, can I still train?
question|Is two sessions at six out of ten a problem?
plain|Both of my last two sessions ended with my back at about seven out of ten.
plain|Again my back is at a level six after training, just like on Friday.
slang|two sessions, two sevens, back's not happy
non_native|The pain is high, six and seven, two trainings one after other.
typo|it was an eigth on sunday and its an eight again today
plain|For the second workout running my back hurt at least a six.
plain|Yesterday it was a seven and today during the rows it was a seven too.
voice_to_text|it's been a six or seven after both of my last two sessions
slang|back's sat at an eight after two sessions straight
question|My back has been at seven after two workouts, should I rest?
plain|Pain was high on Tuesday, about seven, and it's high again today, about seven.
non_native|Again seven. Also last time seven. The back.
emoji|second session in a row at seven outta ten 😖
plain|My back was at six after last week's session and at six again today.
longclause|The back was about a seven after Monday's session, and today it was a seven again by the end.
negation|My back's never gone above a three.
negation|No high pain days, back's been a two or three all week.
hypothetical|What happens if my back hits a seven twice?
past_resolved|Back was a seven twice back in March, rested, it's been a one since.
other_person|My training partner's back was a seven two sessions running, he's taking a break.
""")

fam("fresh_not_easing_rest", "provider", "back pain that does not ease with rest (coaching.md §5 across sessions; sources §2.4)", """
plain|I've rested for five days and my back pain hasn't eased at all.
plain|Took a whole week off and my back hurts the same as before.
plain|Rest isn't helping, my back is still sore after several days off.
slang|had a full week on the couch and my back's still moaning
slang|rested loads, back didn't get the memo
typo|rested for a week and my back still hurts the same
typo|resting dosnt help my back pain at all
non_native|I rest many days and the back is not better.
non_native|One week no training but pain in back is same.
voice_to_text|i've had four days off and my back isn't any better
voice_to_text|so i stopped training to let it settle and it hasn't settled
emoji|rested 🛋️ all week, back still hurts 😩
emoji|5 days off 🛌 and back pain the same 😕
question|Why isn't my back pain getting better with rest?
question|I took a week off, is it normal my back still hurts?
plain|I've skipped the last three sessions and the pain in my back hasn't changed.
plain|Even after a long weekend of rest my back feels just as sore.
slang|break didn't help, back's as grumpy as it was
non_native|I stop sport for ten days, the back pain still same.
typo|took time off but the ache in my back hasnt gone down
plain|Resting is not making a dent in my back pain.
plain|I thought a week off would fix it but my back still aches.
voice_to_text|i've been resting my back for like a week and it still hurts just as much
slang|full rest week, zero improvement on the back
question|Should I see someone if a week of rest hasn't helped my back?
plain|Nothing I do, including resting, seems to take the pain down.
non_native|I rested like you say but the back doesn't go better.
emoji|rest did nothing 😤 back still sore
plain|My back hasn't improved after ten days without training.
longclause|I've taken this whole week off to let my back recover but honestly it hasn't eased at all.
negation|A couple of days of rest and my back feels good again.
negation|Rest helped, the back's back to normal.
hypothetical|If rest doesn't help my back, what's the next step?
past_resolved|My back didn't improve with rest once, physio sorted it, fine now.
other_person|My husband's back isn't easing with rest, he's booking a doctor.
""")

fam("fresh_no_improvement_weeks", "provider", "no improvement after weeks of gentle or modified training (sources §2.3 S tier: ~2 weeks; §2.1 failure to improve after a month)", """
plain|I've done gentle mode for three weeks and my back is no better.
plain|A month of light sessions and the back pain is exactly where it started.
plain|Two weeks of the easier workouts haven't changed how my back feels.
slang|been on the baby weights for weeks, back's still the same
slang|three weeks of gentle stuff and zero progress on the back pain
typo|weeks of light training and no improvment in my back
typo|gentel mode for 2 weeks, back still sore
non_native|Three weeks I do the soft training but the back is not better.
non_native|Since one month easy exercise, the pain is same.
voice_to_text|i've been doing the gentle version for like three weeks and my back hasn't improved at all
voice_to_text|so it's been a month of easy sessions and it still hurts
emoji|3 weeks gentle mode 🐢 back no better 😕
emoji|a month of light training 📆 same back pain 😐
question|Is it normal that my back hasn't improved after weeks of gentle training?
question|How long should gentle mode take? It's been three weeks and no change.
plain|I've stuck to the modified plan for a fortnight and the pain hasn't budged.
plain|Since switching to bridges three weeks ago, my back hasn't got any better.
slang|weeks of going easy, back's still meh
non_native|I make the easy sessions for two weeks and the back is still painful.
typo|its been 4 weeks of gentle and no change
plain|Despite weeks of lighter loads, my back is as sore as when I started.
plain|I expected the gentle sessions to help by now but my back is unchanged.
voice_to_text|it's been weeks now of light training and my back is still the same
slang|month of easy mode, back's still grumbling
question|Should I see someone if weeks of gentle training haven't helped?
plain|My back has plateaued at sore for about three weeks, even with the easier plan.
non_native|Many weeks, light training, but no better for the back.
emoji|📅 weeks of easy sessions and still 😣
plain|After a month of modified training there's still no improvement in my back.
longclause|I've done the gentle sessions for about three weeks now and my back honestly isn't any better than when I started.
negation|Gentle mode is working, back's a lot better after two weeks.
negation|After three weeks easy my back has improved loads.
hypothetical|If gentle training doesn't help after a few weeks, what then?
past_resolved|Took a while last year but gentle training sorted my back eventually.
other_person|My mate's back hasn't improved after weeks of light training.
""")

fam("fresh_arm_nerve", "provider", "arm nerve symptoms, elbow pop or shoulder clunk with pain during pulls, rows or carries (sources §2.4 scope extensions)", """
plain|My ring and little finger have gone numb since the pull-ups.
plain|I felt a pop in my elbow on a chin-up and it hurts now.
plain|My shoulder clunked on the way down from a pull-up and it's painful.
slang|little finger's all tingly since the rows, like I hit my funny bone but it stays
slang|elbow went pop on the last rep and it's sore as
typo|my pinky and ring finger are numb after pullups
typo|shoulder clunkd with pain on the hang
non_native|My small fingers on right hand are sleeping since the pull up training.
non_native|In the elbow I feel pop and now is pain.
voice_to_text|so my last two fingers on my left hand are tingling since the rows
voice_to_text|my shoulder made a clunk during the pull up and it really hurt
emoji|elbow pop 💥😣 on the chin-ups
emoji|pinky numb 🤚😕 since pull-ups
question|Is it normal that my little finger goes numb after rows?
question|I felt my elbow pop on a pull-up, should I stop?
plain|My arm suddenly went weak on a pull-up and I couldn't hold the bar.
plain|There's tingling down the inside of my forearm into my pinky since the carries.
slang|shoulder clunked and now overhead stuff hurts
non_native|My arm is weak suddenly, I can not pull like before, since the session.
typo|elbow pops and hurts evry rep
plain|My shoulder makes a painful clunk whenever I lower from the bar.
plain|My ring finger has felt numb for two days since the heavy rows.
voice_to_text|my right arm went weak all of a sudden during the pull up
slang|arm's gone weak and tingly after the carries, right side
question|Why do my fingers tingle after the farmer's carries?
plain|I felt a pop in the front of my elbow on a chin-up and it hurts to bend.
non_native|The shoulder make a sound like clunk with pain when I go down.
emoji|shoulder clunk 🔩 + pain 😖
plain|Since the pull-ups my little finger side of the hand feels numb.
longclause|Also my ring and little finger on the left hand have been numb since the pull-ups on Tuesday.
negation|Fingers feel normal, no numbness after pull-ups.
negation|My elbow clicks but there's no pain.|painless clicking is none
hypothetical|What if my elbow popped during a chin-up?
past_resolved|My fingers tingled after a long bike ride last month, gone now.
other_person|My friend's shoulder clunks on pull-ups, he's seeing a physio.
joke_hyperbole|Arms numb from the carries lol, grip is toast.|ordinary fatigue hyperbole after carries
""")


# ---------------------------------------------------------------- modify
fam("fresh_back_ache", "modify", "ordinary lower-back soreness or ache, no warning sign (coaching.md §5 amber rules)", """
plain|My lower back is a bit sore after yesterday's deadlifts.
plain|Back's achy today, nothing dramatic.
plain|I've got a dull ache in my lower back since the hinges.
plain|Lower back feels tired and a little sore this morning.
slang|back's a bit cranky after the RDLs
slang|lower back's grumbling a bit today
slang|bit of a sore back, nothing major
typo|lowr back is a bit sore frm the deadlifts
typo|my back is achey today
non_native|The lower back is little bit painful after training.
non_native|I have small pain in the low back from the exercise.
voice_to_text|my lower back is a bit sore after yesterday
voice_to_text|back's kind of achy this morning nothing crazy
emoji|lower back a bit sore 😅
emoji|achy back today 🥲
question|My lower back is a bit sore, should I still do deadlifts today?
question|Back's achy after the session, is that okay?
plain|Feeling a mild soreness across my lower back after the swings.
plain|Bit of a tender lower back, I think from the extra set.
slang|back's feeling it today, mild ache
non_native|My back is tired and little pain after the session.
plain|The ache in my lower back is there when I bend, mild though.
plain|My lower back has been mildly sore for a day after the good mornings.
typo|sore lowerback afer the kettlebell swings
emoji|back feels worked 😮‍💨 mild ache
longclause|My lower back is a little sore today, just a dull ache from the deadlifts, nothing worrying.
""")

fam("fresh_back_stiff", "modify", "lower-back stiffness, tightness or a niggle, no warning sign (coaching.md §5 amber rules)", """
plain|My lower back is stiff this morning.
plain|Back feels tight after sitting all day at work.
plain|There's a niggle in my lower back when I bend to tie my shoes.
slang|back's stiff as a board this morning
slang|lower back's a bit tight and grumpy
typo|back is stiff after the long drive
typo|tite lower back today
non_native|My back is stiff when I wake up.
non_native|The back is tight, I feel it when I bend.
voice_to_text|back's a bit stiff today after sitting in the car for hours
voice_to_text|lower back feels tight kind of niggly
emoji|stiff back 🥴 this morning
emoji|back tight like a guitar string 🎸
question|My lower back is stiff today, do I train as normal?
question|Should I warm up longer if my back feels tight?
plain|Lower back is stiff first thing but loosens after a walk.
plain|A small niggle on the left of my lower back, nothing sharp.
slang|got a lil niggle in my lower back, mild
non_native|Some tightness in the low back after long sitting.
plain|My back feels a bit locked up in the morning but it frees up after ten minutes.|morning stiffness that eases, not a locked back
longclause|Lower back is a bit stiff from sitting on the train, but it loosens once I move about.
""")

fam("fresh_pain_number", "modify", "a single pain number for the back (coaching.md §5 0-10 table; one high number is modify, not provider)", """
plain|Back's a 4 today.
plain|Pain is about 3 out of 10 this morning.
plain|My back pain is a 5 right now.
plain|Lower back is at a 2 after the session.
slang|back's sitting at a 4ish
slang|solid 3 on the back today
typo|back pian is a 5 today
typo|its a 3 outta 10 rn
non_native|My back pain today is number 4.
non_native|The pain is 5 from 10.
voice_to_text|back pain's about a four today
voice_to_text|i'd say my back's a three this morning
emoji|back = 4/10 😐
emoji|pain 3️⃣ today
question|Back is a 5 today, should I go gentle?
question|My back is at 6, is it a training day?
plain|My back's a 7 this morning.|one high number: no training today, still modify
plain|Pain after the last set was a 4.
plain|Before the session my back is a 3.
slang|back's at a 6 today, meh|one moderate-high number is modify
non_native|Back pain level today: 4.
plain|Next morning check: back's a 2, same as before the session.
""")


# ---------------------------------------------------------------- ordinary chat
fam("gym_fresh_hyperbole", "none", "jokes and hyperbole of hard training", """
joke_hyperbole|Those rows absolutely killed me today.
joke_hyperbole|I'm dying after that last set, send snacks.
joke_hyperbole|The gym was at fever pitch tonight, everyone chasing PRs.
joke_hyperbole|Honestly I'm sick of rows, can we swap them for something?
joke_hyperbole|Sweating buckets in there, the aircon was broken.
joke_hyperbole|Pull-ups are going to be the death of me.
joke_hyperbole|My lats have filed a complaint with HR.
joke_hyperbole|RIP my grip, farmer's carries won.
joke_hyperbole|That finisher made me see my ancestors.
joke_hyperbole|I'm a puddle. A happy puddle.
joke_hyperbole|Crawled out of the gym on all fours, worth it.
joke_hyperbole|My forearms are on fire, the good kind.
joke_hyperbole|Deadlifts tried to murder me and I survived.
joke_hyperbole|Lost a kilo on my cut this week, slow but steady.
joke_hyperbole|Lost weight on my cut and my rows went up, best week ever.
joke_hyperbole|I'm so sick of the rain, had to train indoors again.
joke_hyperbole|Shooting for 12 reps on pull-ups by Christmas.
joke_hyperbole|Popped a new PR on the deadlift, 120 for 3!
joke_hyperbole|Legs locked out at the top and the bar flew up, felt amazing.
joke_hyperbole|My hands are numb from the cold bar lol, the heating's off.
joke_hyperbole|That workout was a crime scene.
joke_hyperbole|Lungs on fire after the kettlebell circuit, loved it.
joke_hyperbole|I'm absolutely broken but smiling.
joke_hyperbole|Currently lying on the floor reconsidering my life choices.
joke_hyperbole|My arms fell off somewhere around set four.
joke_hyperbole|Nearly cried on the last rep, in a proud way.
joke_hyperbole|The hill sprints were a war crime, love you coach.
joke_hyperbole|Feel like I got hit by a bus, a motivated bus.
joke_hyperbole|My grip gave up before I did, weak hands gang.
joke_hyperbole|Chalk everywhere, I look like a ghost.
joke_hyperbole|Those carries were brutal, my traps are screaming.
joke_hyperbole|I'm so dead I could sleep on the rack.
joke_hyperbole|Sweat was literally dripping into my eyes, gross but glorious.
joke_hyperbole|The PR was so heavy I think I heard the bar cry.
joke_hyperbole|Going to need a crane to get me off the sofa tonight.
joke_hyperbole|Lats so pumped I can't put my arms down, T-rex mode.
joke_hyperbole|My soul left my body on the last set of rows.
joke_hyperbole|Killer session, killed it, now killing a pizza.
joke_hyperbole|I'm melting, it's like 30 degrees in here.
joke_hyperbole|Shaking like a leaf after those hangs, but I held 60 seconds!
joke_hyperbole|Burned out on rows, I need variety lol.
joke_hyperbole|The kettlebell and I are no longer on speaking terms.
joke_hyperbole|My legs are jelly after the bike commute, not doing that again.|jelly legs from cycling fatigue, said as a joke
joke_hyperbole|I'm dying of boredom doing these bird dogs.
joke_hyperbole|Had a fever dream about deadlifting a car.
joke_hyperbole|The new program is sick, loving it.
joke_hyperbole|Pulled a 2-hour nap after the session, zero regrets.
joke_hyperbole|Cracked 100 kg on the deadlift, finally.
joke_hyperbole|My heart nearly stopped when I saw the bar weight, then I lifted it.|joke, no chest symptom
joke_hyperbole|Nearly passed out laughing when my mate fell off the bench, he's fine.
""")

fam("gym_fresh_sign_words", "none", "sign-like words in harmless senses (fever, cancer, sweats, numb, popped, locked, shooting, weight, steroids, night)", """
gym_chat|My kid has a fever so I'll train at home today.
gym_chat|Doing a charity deadlift for cancer research next month, any tips?
gym_chat|Got chills watching the Olympic lifting final, what a clutch lift.
gym_chat|I work night shifts, can I train at 6am after getting home?
gym_chat|My phone died halfway through the session so I didn't log the last set.
gym_chat|Fell behind on my sessions this week, how do I catch up?
gym_chat|The bar popped out of the rack hooks, made a racket but nobody was hurt.
gym_chat|My gym locker was locked and I forgot the code, lost 20 minutes.
gym_chat|Shot a video of my deadlift, can you check it?
gym_chat|Weight on the bar: 80 kg. Weight on me: 82 kg. Nice symmetry.
gym_chat|My doctor said the steroid cream for my eczema is fine with training.
gym_chat|Night owl here, is training at 10pm okay?
gym_chat|My wife is a Cancer star sign and she says I'm too stubborn about leg day.
gym_chat|I'm cold-blooded, always wear a hoodie for warm-ups.
gym_chat|I've been feeling sharp and focused on sessions lately.
gym_chat|The new trap bar is a game changer.
gym_chat|Got a stabbing headline in the paper about gyms, ignore it.
gym_chat|I'm tingling with excitement about the meet next week.
gym_chat|Numb to the alarm clock these days, hit snooze three times.
gym_chat|Burning through my protein powder way too fast.
gym_chat|My knees crack when I squat but nothing hurts, is that okay?
gym_chat|Pinched a parking spot right outside the gym, lucky day.
gym_chat|My dog went limping off with my lifting belt in his mouth.
gym_chat|My favourite band's new album is on fire, perfect for deadlifts.
gym_chat|Shooting hoops after the session with my son.
gym_chat|The weight plates were all over the floor, someone didn't rerack.
gym_chat|I'm on a fat loss phase, down 3 kg on purpose.
gym_chat|The gym's heating broke, I had chills till the warm-up sets.
gym_chat|My thermostat at home says 28, it's sweaty lifting in the garage.
gym_chat|Popped into the gym for a quick session at lunch.
gym_chat|My watch lost signal so the heart rate graph is weird.
gym_chat|I'm stuck on 60 kg rows for two weeks, any tips to break through?
gym_chat|The pin on the cable machine keeps slipping.
gym_chat|Our gym's pump class is wild, everyone's sweating.
gym_chat|My mate's a tumour researcher, he trains with me on Fridays.
gym_chat|The sauna after training makes me sweat like crazy, love it.
gym_chat|I dropped a dumbbell and it cracked the floor tile, oops.
gym_chat|My spine-chilling horror movie marathon kept me up late, tired today.
gym_chat|Weight loss isn't my goal, I want a stronger back.
gym_chat|The night before a heavy day I always eat pasta.
""")

fam("gym_fresh_set_reports", "none", "set reports and session logs", """
gym_chat|Rows 3x10 at 40 kg, last set was tough but clean.
gym_chat|Deadlift 5x5 at 90, felt smooth.
gym_chat|Pull-ups: 6, 5, 5. Getting there.
gym_chat|Done! All sets finished, 45 minutes.
gym_chat|Hit 8 reps on the kettlebell swings with the 24.
gym_chat|Bird dogs 3x8 each side, nice and slow.
gym_chat|Farmer's carry 4 x 30 m with 32s.
gym_chat|Glute bridges 3x15, burning in the glutes.
gym_chat|Back extensions 3x12, bodyweight.
gym_chat|Chin-ups 4x4, added a fifth set.
gym_chat|Dead hang 45 seconds, new best!
gym_chat|RDLs 3x8 at 60, hamstrings felt it.
gym_chat|Rows up to 42.5 today, all 10 reps.
gym_chat|Inverted rows 3x12, feet on a box.
gym_chat|Good mornings with the empty bar, 3x10.
gym_chat|Finished the session, logged everything.
gym_chat|Suitcase carry left and right, 3 rounds.
gym_chat|Skipped the last set of swings because I ran out of time.
gym_chat|Did 4 sets instead of 3 on the rows, felt great.
gym_chat|Lat pulldown 3x10 at 55.
gym_chat|Session done in 38 min, quickest yet.
gym_chat|Deadlift top set 100x3, RPE 8.
gym_chat|Band pull-aparts 3x20 between sets.
gym_chat|Side plank 30 s each side, three times.
gym_chat|Only managed 2 of 3 sets of pull-ups, grip went.
gym_chat|Rows felt easy, can I go up next time?
gym_chat|Hip thrusts 4x10 at 70.
gym_chat|Log: swings 5x15, rows 3x10, carries 3x40m.
gym_chat|Pallof press 3x10 per side.
gym_chat|Negatives on pull-ups, 5 slow ones.
gym_chat|All reps done, form felt solid.
gym_chat|Rack pulls 3x5 at 110, easy.
gym_chat|Seal rows 3x12, new exercise, liked it.
gym_chat|Two sets of hangs, 40 and 35 seconds.
gym_chat|Deadlift volume day, 6x4 at 80.
""")

fam("gym_fresh_small_talk", "none", "small talk, motivation, food, sleep", """
gym_chat|Morning coach! Ready for today.
gym_chat|Thanks, that tip about bracing really helped.
gym_chat|What should I eat before an evening session?
gym_chat|Slept 8 hours, feel fresh.
gym_chat|Had a big breakfast, oats and eggs.
gym_chat|How much protein do I need a day?
gym_chat|Is coffee before training a good idea?
gym_chat|Feeling motivated this week, three sessions done.
gym_chat|My friend wants to join, can I share the plan?
gym_chat|Happy Friday! Anything special today?
gym_chat|Lol I forgot my shoes and trained in socks.
gym_chat|I think I'm getting hooked on deadlifts.
gym_chat|Good night coach, see you tomorrow.
gym_chat|Do you have a playlist recommendation?
gym_chat|Creatine: worth it or not?
gym_chat|Took my daughter to the gym, she loved the kettlebells.
gym_chat|Drank too much coffee, I'm buzzing.
gym_chat|My posture looks better in photos, people noticed.
gym_chat|How long until I see results?
gym_chat|Just wanted to say this app keeps me consistent.
gym_chat|Rest day today, going for a walk.
gym_chat|Bit tired from work but I'll still train.
gym_chat|It's my birthday, cake first, deadlifts later.
gym_chat|Should I drink during the session or after?
gym_chat|Meal prep Sunday done, chicken and rice for days.
gym_chat|The new gym near work has a great rack.
gym_chat|My partner says I've been in a better mood since I started.
gym_chat|What does RPE mean?
gym_chat|Do I need a lifting belt?
gym_chat|Bought chalk, feeling like a pro.
gym_chat|hey hows it going
gym_chat|ok thanks 👍
gym_chat|💪💪💪
gym_chat|Yes
gym_chat|No thanks, maybe later.
""")

fam("gym_fresh_scheduling", "none", "scheduling, plan changes and commands", """
gym_chat|Can we move Wednesday's session to Thursday?
gym_chat|I'm on holiday next week, pause the plan please.
gym_chat|Remind me at 7am tomorrow.
gym_chat|What's on today?
gym_chat|/start
gym_chat|/today
gym_chat|Can I train two days in a row?
gym_chat|I only have 20 minutes today, can you shorten it?
gym_chat|Switch me to three days a week.
gym_chat|I missed Monday, do I just continue?
gym_chat|Skip today, I'll do it tomorrow.
gym_chat|Can I do the session in the evening instead?
gym_chat|I'm travelling with only a resistance band, what can I do?
gym_chat|Next session is when?
gym_chat|Change my reminder to 6pm.
gym_chat|How many weeks is this block?
gym_chat|Can I add an extra rowing day?
gym_chat|I want to start again from week one.
gym_chat|I'll be at a hotel gym on Saturday, adapt the plan?
gym_chat|Show me last week's log.
gym_chat|Is it okay to train in the morning and run in the evening?
gym_chat|Move all sessions one hour later.
gym_chat|I'm back from holiday, resume please.
gym_chat|Can we do a deload week?
gym_chat|What's my next progression step on rows?
gym_chat|Swap deadlifts for trap bar deadlifts please.
gym_chat|I have no barbell at home, only dumbbells.
gym_chat|Can I split the session into two halves today?
gym_chat|Busy week, two sessions max.
gym_chat|Doing the session now, start the timer.
""")

fam("gym_fresh_form", "none", "form and technique questions", """
gym_chat|How far apart should my feet be for deadlifts?
gym_chat|Should the bar touch my shins?
gym_chat|Where should I be looking during a row?
gym_chat|How do I brace properly?
gym_chat|Overhand or mixed grip for deadlifts?
gym_chat|My hips shoot up first on the deadlift, how do I fix that?
gym_chat|How do I keep my back flat on rows?
gym_chat|Should I pause at the top of the row?
gym_chat|How deep should I go on RDLs?
gym_chat|Is it okay if my elbows flare on rows?
gym_chat|What's the right tempo for bird dogs?
gym_chat|Do I squeeze my glutes at the top of a swing?
gym_chat|Should my shoulder blades move on a pull-up?
gym_chat|How do I stop the kettlebell flipping on my wrist?
gym_chat|When do I exhale during a deadlift?
gym_chat|Is it a hinge or a squat if my knees bend a lot?
gym_chat|Straps or no straps for heavy rows?
gym_chat|How high should the box be for inverted rows?
gym_chat|Do I reset between deadlift reps or touch and go?
gym_chat|Can you explain the hip hinge with a dowel?
gym_chat|Should my chin be tucked on deadlifts?
gym_chat|How wide should my grip be on pull-ups?
gym_chat|What does 'lats tight' actually mean?
gym_chat|Should I wear flat shoes for deadlifts?
gym_chat|Is it okay that the bar drifts forward a bit?
gym_chat|How do I know if my back is rounding?
gym_chat|Best cue for keeping the bar close?
gym_chat|Should I do rows with a neutral grip?
gym_chat|How slow should the lowering be on negatives?
gym_chat|What's the difference between a Romanian and a stiff-legged deadlift?
""")

fam("gym_fresh_doms", "none", "ordinary muscle soreness (DOMS) in lats, arms, hamstrings, glutes, chest or upper back right after rows", """
gym_chat|Lats are sore from yesterday's pull-ups.
gym_chat|Hamstrings are tight and sore after the RDLs, ouch.
gym_chat|Biceps sore after all those chin-ups.
gym_chat|Upper back feels worked right after the rows, nice pump.
gym_chat|My glutes are sore, can barely sit on the bus lol.
gym_chat|Forearms burning after the carries.
gym_chat|Chest is a bit sore from the push-ups.
gym_chat|Traps sore after the shrugs and carries.
gym_chat|Rear delts feel it after the face pulls.
gym_chat|Sore hamstrings two days after deadlifts, normal?
gym_chat|Lats are sore when I reach for the top shelf.
gym_chat|Arms are a bit sore today, in a good way.
gym_chat|Upper back is sore between the shoulder blades right after the heavy rows, pumped.|clear strain cause (rows), ordinary DOMS, not the mid-back sign
gym_chat|Calves sore from the skipping warm-up.
gym_chat|Grip is shot, hands sore from the bar.
gym_chat|Glutes and hamstrings have that good DOMS feeling.
gym_chat|Sore lats, happy lats.
gym_chat|Shoulders sore after the overhead carries.
gym_chat|My abs are sore from the planks, didn't expect that.
gym_chat|DOMS in my hamstrings is real today.
gym_chat|Triceps sore from the dips I added.
gym_chat|Biceps feel tender after the negatives.
gym_chat|Rhomboids feel worked after rows, that's the aim right?
gym_chat|Quads sore from the step-ups.
gym_chat|Upper back tight right after rows, eased after stretching.
gym_chat|Lats and biceps sore, back feels great though.
gym_chat|Hamstrings feel like guitar strings after RDLs.
gym_chat|Sore hands from the new knurling.
gym_chat|Mild soreness in my lats, going to train anyway.
gym_chat|Day two soreness in my glutes is worse than day one, ha.
""")


# ---------------------------------------------------------------- long diaries
# Training-update filler: no sign in any of these, so the embedded clause carries the label.
FILLER = [
    "Quick update on the week.",
    "Monday I did the full session: rows 3x10 at 40, deadlifts 3x5 at 85 and the carries.",
    "Grip held up better than last time, I think the chalk helps.",
    "Wednesday was shorter because of work, I only had half an hour, so I did the rows and skipped the swings.",
    "Sleep has been okay, maybe seven hours most nights.",
    "I've been eating a bit more protein like you suggested, eggs at breakfast and chicken at lunch.",
    "The gym was packed on Thursday so I waited ages for the rack and ended up doing dumbbell rows instead.",
    "Pull-ups are moving: I got six on the first set, which is a best for me.",
    "My lats and hamstrings were sore the day after, the normal kind.",
    "I also walked about eight thousand steps a day on average, according to my watch.",
    "Work has been stressful, deadlines everywhere, but the sessions help me switch off.",
    "I tried the new warm-up with the band pull-aparts and liked it.",
    "The hinge felt more natural this week, I kept the bar closer to my legs.",
    "Saturday I went for a long walk with the family instead of an extra session.",
    "I bought a pair of flat shoes for deadlifts, they feel more stable.",
    "Hydration has been better, I carry a bottle everywhere now.",
    "Bird dogs still feel wobbly on the left, I'll keep practising.",
    "My friend came along on Friday and we took turns on the carries, which was fun.",
    "I'm thinking about adding a fourth day once things calm down at work.",
    "The kettlebell swings were snappier, I focused on driving with the hips.",
    "Diet-wise nothing special, normal meals, a bit too much coffee.",
    "I logged everything in the app, I hope the numbers came through.",
    "The hangs are up to forty seconds, my forearms burn by the end.",
    "Next week I'm travelling for two days, so I might need the hotel version.",
    "Overall I'm enjoying it and feel stronger than a month ago.",
    "I've been stretching my hips in the evenings while watching TV.",
    "My partner laughed at my chalky hands when I came home.",
    "The rows felt heavy on the last set but I kept the form tidy.",
    "Let me know what you think about moving up the weights.",
    "Thanks for the plan, it's been really easy to follow.",
]


def diary(i: int, clause: str) -> str:
    # Length grows with i so a few diaries reach ~2,000 characters; filler rotates deterministically.
    n = 3 + (i * 7) % 12 if i % 9 else 27
    start = (i * 5) % len(FILLER)
    chosen = [FILLER[(start + j) % len(FILLER)] for j in range(n)]
    at = 1 + (i % max(1, n - 1))
    return " ".join(chosen[:at] + [clause] + chosen[at:])


def add_long_rows() -> None:
    for i, (family, label, clause) in enumerate(LONG_CLAUSES):
        ROWS.append({"text": diary(i, clause), "label": label, "family": family, "voice": "long"})


fam("gym_fresh_long_diaries", "none", "long training diaries with no warning sign", """
longclause|My lower back felt completely fine all week, not even stiff.
longclause|No pain anywhere this week apart from the usual sore lats after pull-ups.
longclause|The only ache was in my forearms after the carries, gone by the next morning.
longclause|Back was a zero before and after every session.
""")


def main() -> None:
    add_long_rows()
    for row in ROWS:
        if row["voice"] == "long" and row["label"] == "none":
            row["note"] = "long diary with no warning sign"
    out = HERE / "referral.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    fams = HERE / "referral.families.json"
    fams.write_text(json.dumps(FAMILIES, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- hedged wordings and more calm mentions
more("fresh_fever", """
plain|Not sure if it's relevant, but I've felt a bit feverish and run-down and my back has been aching with it.
slang|think I'm coming down with something, all shivery, and the back's sore too, might be nothing
""")
more("fresh_night_sweats", """
plain|Might be the duvet, but I've woken up damp with sweat most nights and my back keeps aching.
plain|Probably nothing, but I've been sweaty at night and my back's still sore.
negation|Definitely no night sweats, I just sleep hot in summer and my back's fine.
""")
more("fresh_cancer_history", """
plain|Bit of a sensitive one: I've had cancer in the past, and there's an ache in my back I haven't had before.
plain|Might be overthinking it, but after my treatment for cancer I've started getting back pain.
""")
more("fresh_weight_loss", """
plain|I seem to be shrinking a bit, maybe 4 kilos down, and I really haven't been trying.
plain|Could be stress, but the weight's been coming off without me doing anything.
negation|Weight dropped 2 kg because I cut out beer for January, totally on purpose.|intentional weight loss is none
""")
more("fresh_night_rest_pain", """
plain|Might sound dramatic, but the back pain is just there all the time now, lying down included.
plain|I wouldn't call it bad, but it never switches off, even at night, whatever way I lie.
negation|My back only hurts when I bend, lying down it's totally fine.
""")
more("fresh_thoracic", """
plain|Probably slept funny, but there's been an ache on my spine between the shoulder blades for days and I can't pin it on anything.
slang|kinda vague but my middle back's been sore since the weekend for no reason I can think of
negation|Between my shoulder blades feels fine, it's only my lats that are sore.
hypothetical|Would mid-back pain after a heavy rowing day be normal?
""")
more("fresh_osteo_steroids", """
plain|It was only a small slip, and I do have osteoporosis, but my back has been sore since.
slang|tiny trip, nothing really, but with my steroid meds I'm a bit worried the back's been hurting since
negation|On steroids, no falls, no strains, all good.|risk factor without a fall or strain is none
other_person|My grandma is on long-term steroids and slipped on the step, the doctor's seeing her today.
""")
more("fresh_immune", """
plain|Might be nothing, but my immune system's weak from my meds and my back's been aching lately, which is new.
slang|probs just slept badly but I'm immunocompromised and my back's sore in a new way
negation|My immune system's fine these days and my back's good.
other_person|A friend on chemo has back pain, she's calling her team.
""")
more("fresh_ivdu", """
plain|It's awkward to say, but I've injected a few times recently, and my back has started hurting.
slang|not gonna lie, been using needles a bit, and my back's sore, probs unrelated?
hypothetical|Hypothetically, if I injected and my back hurt, would you tell me to see a doctor?
other_person|Someone in my hostel injects and has a bad back, I've given him the clinic number.
""")
more("fresh_recent_infection", """
plain|Probably unrelated, but I had an infection recently and my back has been aching since.
slang|maybe a coincidence, but got over a water infection and now my back's sore
negation|No infections lately, back's fine.
hypothetical|What if my back started hurting after a kidney infection?
past_resolved|Had a kidney infection in 2022, back ached, antibiotics fixed everything.
""")
more("fresh_deformity", """
plain|Might be nothing, but I think there's a new lump over my spine and it's sore.
slang|could be my imagination but my spine looks a bit bent now and it aches
negation|My spine looks straight, no lumps, no pain.
hypothetical|What would a lump on the spine mean?
other_person|My uncle found a lump on his back, he's getting it checked.
""")
more("fresh_numb_one_leg", """
plain|It's not painful, but my left shin feels slightly numb and it hasn't gone away.
slang|kinda hard to describe, my right foot just feels fuzzy since yesterday
negation|Checked my feet like you said, no numbness, no tingling.
""")
more("fresh_shooting_one_leg", """
plain|Not sure what to call it, but something runs down the back of my right leg when I bend.
slang|dunno if it's a nerve thing but there's a zingy pain down my left leg now and then
negation|Pain doesn't travel at all, it stays put in my lower back.
""")
more("fresh_weak_one_leg", """
plain|Hard to say, but my left leg seems a touch weaker than it was.
slang|might be tiredness, but the right leg's not pulling its weight on stairs
negation|Single-leg bridges are equal on both sides, no weakness.
hypothetical|If one leg felt weak, would you stop the plan?
""")
more("fresh_sharp_stabbing", """
plain|I wouldn't call it bad, but it's a sharp pain rather than an ache, low on the right.
slang|it's like a sharp little poke in my back every time I bend, weird
negation|It's dull and tired, not sharp.
""")
more("fresh_popped", """
plain|Maybe nothing, but I think something went in my back on the last set, it's been sore since.
slang|felt a weird give in my lower back, not sure, but it's sore now
negation|No pops, no snaps, just heavy.
""")
more("fresh_disc_selfdx", """
plain|Could be a disc, could be a muscle, but my back's been bad since the lift.
slang|no idea if it's a disc but that's what it feels like
negation|It's not a disc, my physio checked, just a sore muscle and it's fine now.
""")
more("fresh_nerve_selfdx", """
plain|Might be a nerve, not sure, but my back and one hip have been sore since Monday.
slang|maybe nerve, maybe not, but my left bum cheek is aching since deadlifts
past_resolved|My trapped nerve from last winter is long gone.
""")
more("fresh_locked_back", """
plain|Not fully locked, but my back won't let me stand fully upright today.
slang|kinda stuck at a slight bend this morning, back's not letting go
negation|Back moves freely, I can stand tall.
other_person|My dad can't stand up straight since he lifted the mower.
""")
more("fresh_limping", """
plain|Might just be tight, but I've got a bit of a limp since the session.
slang|walking's a bit wonky since Tuesday, not sure why
negation|Walking normally, no limp at all.
other_person|My son is limping after football, nothing to do with me.
hypothetical|Should I train if I start limping?
""")
more("fresh_rising_words", """
plain|Not sure if it's a pattern, but my back seems a bit worse after each session lately.
slang|maybe it's in my head but the back's getting worse each week
negation|Each session my back feels a little better, not worse.
hypothetical|How would I know if my back was getting worse week to week?
past_resolved|My pain crept up over a few weeks in the spring, a break sorted it.
""")
more("fresh_two_high_words", """
plain|Roughly a seven again today, about the same as last session, I'd say.
slang|prob around a six again, same as last time
negation|Only a one today, and it was a two last time.
hypothetical|If it's six next time too, what happens?
other_person|My partner's back was a seven twice so she's resting.
""")
more("fresh_not_easing_rest", """
plain|Hard to tell, but the days off don't seem to be helping my back much.
slang|rest is maybe helping a tiny bit, honestly not really, back's still sore
negation|Rested two days and my back feels good, ready to go.
hypothetical|How long should I rest before my back eases?
other_person|My brother rested a week and his back's still sore.
""")
more("fresh_no_improvement_weeks", """
plain|It's hard to say, but after weeks on the gentle plan my back feels about the same.
slang|gentle mode's meh, back's not really changing after weeks
negation|Weeks of gentle training worked, pain's gone.
hypothetical|What if gentle mode isn't working after a month?
past_resolved|Last year gentle training took six weeks but my back got there.
""")
more("fresh_arm_nerve", """
plain|Not sure it's a big deal, but my little finger has been a bit numb since the pull-ups.
slang|elbow kinda popped on the chin-up, maybe nothing, but it's sore
hypothetical|What if my fingers go numb during carries?
other_person|A guy at my gym popped his elbow on pull-ups, he's seeing a doctor.
""")
more("fresh_back_ache", """
plain|Lower back is a little achy, probably from sitting at the desk all day.
plain|Mild ache in my lower back this evening, nothing special.
slang|back's a tad sore, all good though
typo|back abit sore today, not bad
non_native|The back is tired today, little ache.
voice_to_text|my back's a little bit achy after the swings but it's fine
emoji|tiny bit of back ache 🤏
question|Slight ache in my lower back today, gentle session or normal?
plain|Some soreness in the lower back after moving boxes yesterday, mild.
plain|Back feels a bit bruised from the deadlifts, just soreness.
""")
more("fresh_pain_number", """
plain|Back at a 1 today, feeling good.
plain|Before training: back pain 4.
typo|back = 3 tday
non_native|Pain now is two.
voice_to_text|pain's a two after the session
""")
fam("gym_fresh_banter", "none", "group chat banter and encouragement", """
gym_chat|Who's in for Saturday morning deadlifts?
gym_chat|Nice one Sam, that's a big PR!
gym_chat|Group total this week: 42 sessions, let's go.
gym_chat|Whoever left the 25s on the bar, I'm coming for you.
gym_chat|Tom owes me a coffee, I beat him on pull-ups.
gym_chat|Welcome to the group, Priya!
gym_chat|Leaderboard update when?
gym_chat|Who stole my chalk bag, confess.
gym_chat|Congrats on a month streak, everyone!
gym_chat|Anyone want to split a kettlebell order?
gym_chat|Next challenge: 100 swings a day for a week?
gym_chat|My rows are catching up with Jo's, watch out.
gym_chat|Hahaha that video of your deadlift face is gold.
gym_chat|Gym's closed Monday for the bank holiday, heads up.
gym_chat|Group photo after Friday's session?
joke_hyperbole|Dave's deadlift face could stop traffic.
joke_hyperbole|Mike says he's dying but he's been saying that since 2019.
joke_hyperbole|If I miss Saturday assume the kettlebell got me.
joke_hyperbole|Leg day? Never heard of her.
joke_hyperbole|I'm one more burpee away from calling an ambulance lol.
joke_hyperbole|Sarah's carrying the whole group's total, as usual.
joke_hyperbole|We need a defibrillator for my motivation.
joke_hyperbole|Somebody check on Luke, he went quiet after the rows.
joke_hyperbole|My rows are so slow they're basically a meditation.
joke_hyperbole|Broke the app with my PR spam, sorry.
gym_chat|Thanks for the encouragement guys, needed it.
gym_chat|Who's got the good playlist for tonight?
gym_chat|Reminder: bring your own towel, the gym's out.
gym_chat|Anyone tried the new row variation coach posted?
gym_chat|See you all Thursday!
""")
more("gym_fresh_doms", """
gym_chat|Lats so sore I can't wash my hair properly, ha.
gym_chat|Hamstrings still a bit tender three days later, easing though.
gym_chat|Upper arms ache after the chin-ups, feels like progress.
gym_chat|Glutes are sore after the bridges, sitting is a mission.
gym_chat|Sore forearms from the hangs, is that normal for a beginner?
""")
more("gym_fresh_sign_words", """
gym_chat|I lost my water bottle again, third one this month.
gym_chat|The fire alarm went off mid-set, we all stood outside in the cold.
gym_chat|My son's got chickenpox, I'm training at home this week.
gym_chat|Stayed up late for the match, running on coffee.
gym_chat|The coach at my gym has a sharp eye for form.
""")


# Hand-written long messages (not assembled from filler).
more("fresh_night_rest_pain", """
long|Right, weekly check-in. Training-wise things were decent: I got all three sessions in, the rows went up to 45 kg for all sets and I finally managed the single-arm carries without my grip giving out halfway. Food's been fine, I've cut back on takeaways. The annoying part is sleep. For the last five nights my back has ached the whole night through, and it's not like the usual stiffness that goes when I roll over. I've tried a pillow between my knees, lying flat, lying on my front, even the recliner downstairs, and none of it touches it. It's the same at my desk when I'm not doing anything. I'm not sure whether to do Saturday's session, so let me know what you think.
""")
more("fresh_numb_one_leg", """
long|ok so long story. went to the gym tuesday evening, busy as always, had to wait for the platform so i warmed up on the rower for ten minutes and did my band stuff. deadlifts felt heavy but fine, 3 sets of 5 at 90, then rows and the suitcase carries. drove home, had dinner, all normal. wednesday i noticed the outside of my right foot felt sort of asleep, like when you sit cross-legged too long, except it didn't wake up. it's thursday now and it's still there, plus a bit of tingling up the side of the calf. left leg is totally normal. back itself only feels a little tired. anyway that's my week, should i still do friday?
""")
more("fresh_popped", """
long|Session report, and a question at the end. Warm-up: five minutes on the bike, hip hinges with the dowel, bird dogs. Main work: kettlebell swings 4x12 with the 20, then the barbell rows, which felt really strong, I might be ready to go up. Then I moved on to RDLs. On the fourth rep of the second set I felt something pop low on the left side of my back, and straight away it hurt enough that I put the bar down. I skipped the rest of the RDLs and did a couple of sets of hangs instead because they didn't bother it. It's the evening now and it's sore when I bend or twist to get out of the car. I iced it. Do I do Thursday as planned or change something?
""")
more("fresh_weight_loss", """
long|Monthly reflection, since you asked for one. Consistency: 11 of 12 sessions, only missed one because of a work trip. Strength: deadlift up from 70 to 85, rows from 32 to 40, pull-ups from 2 to 5. I'm really pleased with that. Energy has been lower than I'd like, though, and here's the odd bit: I've dropped about six kilos since the start of the month and I haven't changed what I eat at all, if anything I've been eating more because I was told to for muscle. My jeans are loose. My back has had a low ache on and off too, though I assumed that was the deadlifts. Anyway, what's the plan for next month?
""")
more("fresh_rising_words", """
long|I wanted to give you a fuller picture rather than just the numbers. The first week of the new block my back felt fine, just the normal tiredness after deadlifts. The second week it was a bit sore the day after each session. This third week it's been properly sore after every session, and the soreness now hangs around until the next one, so each workout starts from a worse place than the last. I've kept the weights the same the whole time and I think my form is okay, I filmed it. Everything else is fine, pull-ups are improving and my grip is much better. I'd just like to know whether I'm doing something wrong.
""")
fam("gym_fresh_long_updates", "none", "long hand-written training updates with no warning sign", """
long|Big week! I got all four sessions done even with the kids off school. Deadlifts moved to 95 for triples and they felt quick, rows are at 42.5 for 10, and I held a dead hang for 50 seconds which I never thought I'd manage. My lats and forearms were sore for a day after the hangs but nothing else. Back feels strong, honestly better than it has in years, no aches at all when I get up in the morning. I've also started walking to work twice a week. For next week I'd like to try the trap bar if the gym has one free, and maybe add a set of carries at the end. Let me know if that's too much too soon.|long update with no warning sign
long|Quick-ish recap because I've been quiet. Work trip Monday to Wednesday, so I did the hotel version with dumbbells up to 24 kg, which was enough for rows but not really for the hinge, so I did single-leg RDLs instead and they humbled me. Back home Thursday and did the normal session, all sets done, felt a bit rusty. Saturday was the best one: rows felt smooth and I added a fifth pull-up to every set. Sleep's been poor because of the travel but I'm catching up. No pain anywhere, just the usual tired hamstrings after the RDLs. Happy to go up on rows if you think so.|long update with no warning sign
""")


if __name__ == "__main__":
    main()
