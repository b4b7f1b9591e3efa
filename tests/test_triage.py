"""Red-flag triage through the whole matcher: warning signs caught through typos, long messages and
indirect wording; ordinary things that only sound alarming left alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot import replies, triage
from bot import text as textmod
from bot.faq import parse_faq
from bot.matching import Matcher

ROOT = Path(__file__).resolve().parent.parent


RED_FLAGS = {
    "saddle": [
        "it feels numb when I sit on the loo seat since my back went",
        "my groin and inner thighs have gone numb since my lower back started hurting after my run",
        "tingling around my bum and privates after my long run yesterday, back is sore too",
        "numbnes in my groyn after runing, lower bak also hurts",
        "i hav numbnes arund my privats and my lowr bak is sor",
        "I've been running for about two years, usually 30k a week, and last Sunday on my long run my back "
        "started to hurt a lot, then today when I wiped after the toilet I couldn't really feel anything down "
        "there, and my back is still sore. Should I just rest?",
        "can't feel my bottom properly when I sit down, started after my back went during a run",
    ],
    "bladder": [
        "I keep dribbling pee since my back started hurting",
        "since my back pain started I can't pee properly even when I need to",
        "lost control of my bowels this morning and my lower back is killing me after yesterday's run",
        "I wet myself on my run today and my back has been agony all week",
        "my bak hurts and i keep leeking urine wen i run",
        "it's hard to pee since my back started hurting",
    ],
    "leg-weakness": [
        "my left leg suddenly went weak and keeps giving way since my back started hurting",
        "my foot keeps dragging and slapping when I run since my back went",
        "pins and needles and numbness down both legs with my lower back pain",
        "legs feel weak and wobbly since yesterday, for no reason, and my back hurts",
        "no fever but I can't feel my legs properly and my back hurts",
    ],
    "trauma": [
        "I fell on ice during my run and landed hard on my back, now it really hurts",
        "got hit by a car while jogging, my back hurts now",
        "slipped on wet leaves during my run and fell on my tailbone, its sore",
        "came off my bike on the way to parkrun and now my back is aching",
        "my husband fell off a ladder yesterday and now his back is killing him, can he still run?",
        "I tripped over a curb and hurt my back",
    ],
    "fever": [
        "lower back pain and a fever since my long run on Sunday",
        "my back aches and I have chills and a temperature of 39",
        "bak pain with feverish shivers after my jog",
        "back has been killing me and i'm running a temp, should I run tomorrow?",
        "i have a fevr and bak pain after my run",
    ],
    "weight-loss": [
        "I've lost 6 kilos without trying and my back aches after every run",
        "lost weight for no reason over the last two months and my lower back hurts all the time",
        "my clothes are getting loose even though I eat the same, and my back is sore every day",
        "my back has been hurting for weeks and I've dropped about 5 kg without trying",
    ],
    "night-pain": [
        "back pain at night is unbearable, rest doesn't help at all",
        "my lower back wakes me up every night with pain that won't go away",
        "severe back pain at night, lying down makes no difference",
        "cant sleep bc my back pain is so bad at night",
    ],
    "chest": [
        "I get chest pain when I run",
        "tight chest and pain down my left arm during my jog today",
        "I get a crushing pressure in my chest while running, is that normal?",
        "I felt faint and nearly passed out on my run, heart was racing",
        "I can't catch my breath and my chest feels tight when I jog",
    ],
    # From a twenty-second new user's trial: heatstroke on a hot run (NHS).
    "heat": [
        "ran in the heat and got really confused, my mate had to walk me home",
        "halfway round the hot 10k I stopped sweating and my head was pounding",
        "my husband collapsed in the sun at parkrun and was talking nonsense",
    ],
    # From a third new user's trial: muscle breakdown after a long run, and a past cancer (NICE).
    "dark-urine": [
        "my wee was like coca cola after the ultra and my legs are killing me",
        "after the hot marathon my urine is dark brown and my thighs are agony",
        "peeing what looks like black tea since yesterday's long run",
    ],
    "pregnancy": [
        "28 weeks pregnant and I've had bleeding since my run this morning",
        "my waters have gone, I was only out for a gentle jog",
        "pregnant with my second, the baby has stopped moving since yesterday's run",
    ],
    "cancer": [
        "i had cancer 5 years ago and now my back hurts after runs, probably nothing right",
        "I had breast cancer treated in 2019, my lower back is sore after long runs now",
        "finished chemo for lymphoma last year, back pain after running lately",
    ],
}


def test_every_flag_has_at_least_three_messages():
    assert set(RED_FLAGS) == set(triage.FLAGS)
    assert all(len(msgs) >= 3 for msgs in RED_FLAGS.values())


@pytest.mark.parametrize("flag, message", [(f, m) for f, msgs in RED_FLAGS.items() for m in msgs])
def test_red_flag_is_urgent(matcher, flag, message):
    d = matcher.decide(message)
    assert d.kind == "urgent", d
    assert flag in d.flags
    assert set(d.flags) <= set(triage.FLAGS)


@pytest.mark.parametrize("message", [
    "I'm having trouble peeing since my back started hurting",
    "Been running 3 years no issues. Last week after a tempo run my lower back tightened up, but this time "
    "I'm also having difficulty peeing. Anyway my main question is whether I should foam roll or stretch?",
])
def test_trouble_peeing_is_urgent(matcher, message):
    d = matcher.decide(message)
    assert d.kind == "urgent" and "bladder" in d.flags


def test_weight_lost_written_5kg_is_urgent(matcher):
    d = matcher.decide("my back has been hurting for weeks and I've dropped about 5kg without trying")
    assert d.kind == "urgent" and "weight-loss" in d.flags


NEAR_MISSES = [
    "my physio says I have a bulging disc, can I still run?",
    "I have a herniated disc at L5, is running bad for it?",
    "I've lost 8 kilos since I started running and I'm really happy, will I keep losing weight?",
    "lost weight from running on purpose, now my lower back aches after long runs, why?",
    "my legs feel tired and heavy after my long run yesterday, is that normal?",
    "legs are like jelly after a half marathon, normal?",
    "my legs felt weak and tired after a hard interval session",
    "I feel warm and sweaty after my runs, even an hour later",
    "I get really hot and sweaty when I run, my back aches a bit after",
    "I fell in love with running last year, but now my lower back aches after every run",
    "I have hay fever, is it ok to run outside?",
    "hay fever and a bit of back ache after running, any tips?",
    "no numbness, no bladder problems, just a sore back after running",
    "no numbness or tingling, no fever, just a stiff lower back after my 10k",
    "I'm out of breath on hills, is that normal?",
    "fell asleep on the sofa after my run and now my back aches",
    "my back is sore at night after a long run",
]


# Kinds of telling found in lay posts (new examples written for these tests, not copied from any set).
TOLD_AS_PEOPLE_TELL = [
    ("saddle",
     "numb around my bum like after a long ride, but I haven't been on a bike in months and my back is wrecked"),
    ("chest", "a squeezing feeling behind my breastbone when I run hills, it goes when I slow to a walk"),
    ("chest", "heaviness across my upper body on the climbs that fades once I stop, is that just fitness?"),
    ("bladder", "since my back went I get sudden urges and I've nearly not made it to the loo twice"),
    ("fever", "teeth chattering under two duvets and my lower back aches on one side since yesterday"),
    ("night-pain", "my wife's back pain wakes her every night and she ends up pacing the landing"),
    ("leg-weakness", "since my back went my foot won't lift properly when I walk"),
    ("trauma", "I fall for my back for road yesterday, now e dey pain me well well"),
    ("weight-loss", "my back aches and the scale keeps going down though I'm not doing anything different"),
    ("night-pain", "bad back pain at night"),
    ("night-pain", "my back pain is really bad at night"),
    # Found in the lay-redflags4 and mixed posts, told here in new words.
    ("saddle", "back flared again and now there's a strange dead feeling round my lady garden"),
    ("saddle", "the insides of my thighs have gone numb since my disc went"),
    ("bladder", "my back's been bad for days and this morning I sat on the loo for ages and nothing happened"),
    ("bladder", "he says his bladder feels full but he can't go, his back is killing him"),
    ("bladder", "since my back went I can only wee if I push on my tummy"),
    ("bladder", "two bowel accidents this week since my back started, never felt it coming"),
    ("chest", "my chest felt tight going up the hill and it went away once I stopped, can I race Sunday?"),
    ("chest", "I was panting on an easy flat jog I normally chat through, is that my age?"),
    ("trauma", "a van forced me off the road on my bike yesterday and my back is stiff and sore today"),
    ("fever", "shivering all night, back and everything aching, still ok for my long run?"),
    ("weight-loss", "my leggings keep falling down and I've not changed a thing, back aches too"),
    ("weight-loss", "5 kg down in a month without me changing anything and my back aches"),
    ("night-pain", "my back won't let me lie down, 3am and up again"),
    ("night-pain", "his back keeps him awake all night and it doesn't matter if he lies down or sits up"),
    ("leg-weakness", "since my back went my foot won't swing through and I keep catching my toes on the kerb"),
    # Found in lay-redflags5, told here in new words.
    ("fever", "my lower back is killing me and the thermometer says 38.4"),
    ("bladder", "since my sciatica flared I can't tell if I've finished peeing"),
    ("bladder", "since my back went I can't really feel it when I need a poo"),
    ("bladder", "my back's bad and I keep finding myself wet with no warning"),
    ("bladder", "I couldn't go all night, my bladder felt full and nothing would come out, back agony"),
    ("chest", "felt lightheaded after my jog and next thing I was on the kitchen floor"),
    ("chest", "had to stop on my run, grey and clammy and felt sick"),
    ("chest", "my dad's arm and jaw felt weird on his walk and he was pouring with sweat"),
    ("saddle", "my bottom feels rubbery when I wipe since my back flared"),
    ("saddle", "sciatica again and now my rear is numb on the left"),
    ("trauma", "slid down the icy steps on my back this morning and it's really sore"),
    ("trauma", "we got t-boned at the lights last week and my lower back still hurts"),
    ("trauma", "didn't see the root and landed on my tailbone, sore ever since"),
    ("night-pain", "he wakes up every night around 2am with back pain"),
    ("night-pain", "my back hurts so much in bed I spend hours swapping positions"),
    ("night-pain", "my back aches at night and I'm hardly sleeping, whatever I do"),
    ("weight-loss", "another 3 kg gone this month and I'm not even trying, back aches too"),
    ("weight-loss", "had to tighten my belt again though I'm not dieting, sore back too"),
    ("weight-loss", "gran has gone right off her food and her skirts are hanging off her, says it's her back"),
    # Found in lay-redflags6 (held out until then), told here in new words.
    ("saddle", "since my back flared it's not numb exactly, but sitting down my bottom feels... different"),
    ("saddle", "my back's agony and there's a numb patch at the top of the crack of my bum"),
    ("bladder", "sciatica all week and when I sneezed some wee came out, that's never happened to me before"),
    ("bladder", "dad's back is terrible and he's wet himself twice without noticing"),
    ("leg-weakness", "my right foot won't flex up since Monday and my lower back is sore"),
    ("trauma", "a wardrobe toppled and landed across my lower back, it hurts to bend"),
    ("trauma", "a cyclist who hadn't seen me knocked me flat and now my lower back aches"),
    ("fever", "on and off temperatures all week and my lower back aches even lying down"),
    ("night-pain", "she's out of bed at 3am walking about because of her back, lying down makes it worse"),
    ("chest", "a funny feeling in my chest on my runs, like butterflies, and it's getting worse"),
    ("chest", "a pressure that spreads into my shoulders when I jog, lasts a minute then goes"),
    # Found in lay-redflags7 (held out until then), told here in new words.
    ("bladder", "my back went on Monday and I haven't had a wee all day, when I try hardly anything comes"),
    ("leg-weakness", "on hard efforts my right leg goes dead, nearly fell twice, and it is getting worse each week"),
    ("fever", "my daughter has had fevers all week and a deep ache between her shoulder blades"),
    ("weight-loss", "mum has gone from 70 kilos to 58 since spring without trying, and her back aches"),
    ("weight-loss", "lost a frightening amount of weight and my lower back aches all the time, nobody knows why"),
    ("chest", "my left arm cramps on my runs and it eases when I stop"),
    # Found in lay-redflags8, told here in new words.
    ("bladder", "since my back went I don't notice I need to pee until it's too late"),
    ("chest", "breathless on runs I used to chat through, a heavy feeling behind my breastbone that goes when I stop"),
    # From a code review: triggers and look-alikes that were too broad cancelled these.
    ("chest", "the pain in my chest was strong when running"),
    ("weight-loss", "please help, lost 6 kg without trying and my back aches"),
    ("weight-loss", "lost 5 kg without trying and I am not happy, my back aches"),
    ("weight-loss", "saw my GP with unexplained weight loss and back pain"),
    ("chest", "tight chest pressure when I run, I am in my twenties"),
    ("saddle", "my groin is numb and I'm waiting for the feeling to come back, back agony"),
    ("fever", "my fever went up to 39 and my back is killing me"),
    ("trauma", "when I tumbled down the stairs my back hurt badly"),
    ("chest", "crushing chest pain when running, I have asthma"),
    ("weight-loss", "lost 3 or 4 kg without trying, back aches"),
    # A purpose denied or told in the past is no purpose: the loss now is unexplained.
    ("weight-loss", "I never wanted to lose weight but my jeans are falling off and I eat the same, back aches"),
    # Found in lay-redflags9 and lay-redflags10, told here in new words.
    ("weight-loss", "my belt is two notches tighter and I'm 5 kilos down that I never meant to lose, back aches"),
    ("night-pain", "my bulging discs flared last night: sitting, standing, lying, nothing eases it, awake till dawn"),
    ("chest", "an ache started in my upper back on a hill and then spread round into my chest, still there"),
    ("chest", "on every jog I am breathless, far worse than my sister at the same pace, it never used to be so"),
    ("chest", "my first ever 10k and my chest feels tight and I feel sick, I've sat down on the kerb"),
    ("saddle", "low back agony since my run and numb between my legs"),
    ("saddle", "my waist dey pain me and my yansh don dey numb since yesterday"),
    ("fever", "pain in back on the left and fever 38.8 with shivering since the race"),
    ("weight-loss", "my weight is reducing by itself for two months, 5 kg, no diet, with some waist pain"),
    ("chest", "my uncle says his chest feels pressed when he jogs and he is hingal even walking"),
    # Found in lay-redflags11 and lay-redflags12, told here in new words.
    ("saddle", "my dad says when he wipes he not feel the paper and his back is bad"),
    ("saddle", "back ache and my seat area feels like rubber since Tuesday"),
    ("bladder", "my grandad has to press on his tummy before any water comes out, his back is bad"),
    ("bladder", "my mum's back is bad and I keep smelling urine on her clothes"),
    ("leg-weakness", "my right leg does not carry me on the stairs since my back went"),
    ("leg-weakness", "my back is sore and my left thigh is so weak I can hardly climb the stairs this week"),
    ("trauma", "my father fell off the roof and landed with the back on a wall, the pain is worse every day"),
    ("trauma", "came off my mtb onto my back yesterday and now I can barely walk"),
    ("fever", "my lower back hurts and I've been burning hot then freezing since last night"),
    ("fever", "back pain for a week and tonight she is 39 degree and shaking"),
    ("fever", "lower back pain that does not pass and fever in the evenings"),
    ("weight-loss", "grandad is full after a few bites and keeps getting thinner, his back aches"),
    ("weight-loss", "my nan is unbelievably thin now and her back hurts all the time"),
    ("weight-loss", "went from 11st 6 to 9st 12 without trying and my back aches"),
    ("chest", "pressure over my heart on the hills, I walked and it went away, came back when I ran"),
    ("chest", "I fainted at parkrun this morning, feel fine now, ok to run tomorrow?"),
    ("night-pain", "woke at 4 in agony with my lower back and couldn't get back to sleep"),
    ("night-pain", "midnight and my back is so bad the only way I can lie is on the floor"),
    ("night-pain", "sharp pain between my shoulder blades keeps me awake at night, every position hurts"),
    # From a code review of this round: look-alikes and triggers that were too broad cancelled these.
    ("chest", "The knee doctor found nothing. But I get a crushing chest pain on hills that eases when I stop"),
    ("chest", "Doctor says my back is fine. Today I got a crushing pain in my chest on a hill run"),
    ("chest", "My MRI scan for my back was fine. Now I get a tight band across my chest when running uphill"),
    ("saddle", "My groin has gone numb since my fall yesterday and my legs feel weak. Do any of these need A&E?"),
    ("saddle", "Numb groin and I can't pee since yesterday. Any of these serious?"),
    ("saddle", "I think I have red flags, my groin is numb and I can't pee since last night"),
    ("bladder", "Terrified I'll wet myself, I've lost control of my bladder twice this week since my back went"),
    ("saddle", "I'm anxious about this numbness in my groin, it started yesterday after my back went"),
    ("saddle", "Over the last few months back pain has got worse and I can't feel the toilet paper when I wipe"),
    ("saddle", "I had an epidural when my son was born 5 years ago. Since yesterday my groin is numb and I can't "
               "feel when I wipe"),
    ("saddle", "Had my flu injection this morning. My groin went numb an hour ago and I can't feel when I "
               "wipe"),
    ("leg-weakness", "I've been running for years. Since this morning my left foot is dragging and slapping "
                     "the ground"),
    ("leg-weakness", "Nothing new in my training but since Tuesday my right foot drags and catches the pavement"),
    ("bladder", "I've had back pain for years, and since Monday I've wet myself twice without noticing"),
    ("chest", "Got the all clear from the physio for my knee. Now I get breathless at rest and can't catch my breath"),
    ("chest", "My right arm goes heavy and aches when I run uphill and my lungs feel tight, goes when I stop"),
    ("trauma", "I was hit by a car yesterday, barely any pain at first but today my lower back is in agony"),
    ("fever", "Broke my collarbone years ago. Now I have had a fever of 39 and chills for two days and my lower back "
              "is agony."),
    ("fever", "Dropped my phone and it broke. I have a fever of 38.5 and chills and my lower back pain is really bad"),
    ("fever", "My temp was normal yesterday but tonight I'm shivering and burning up and my lower back is killing me"),
    ("fever", "I feel like I have the flu, fever of 39 and my lower back is in agony"),
    ("weight-loss", "My back pain came back on Sunday and I've lost 6 kg in two months without trying"),
    ("weight-loss", "The knee pain turned out to be ITB. But I've lost 8 kg in 2 months without trying and my "
                    "back aches"),
    ("weight-loss", "I've dropped 2 kg every week since Christmas without trying and my back aches at night"),
    ("chest", "I get a heaviness in my throat on hills, so I walked, it went away"),
    # Found in lay-redflags13 (held out until then), told here in new words.
    ("bladder", "My back went yesterday and I keep feeling like I need to go but nothing happens when I try"),
    ("bladder", "Since my back spasm on Friday I'm not feeling when I'm going to the toilet"),
    ("leg-weakness", "my right foot is numb and cold and it's creeping higher up my shin, lower back aches"),
    ("leg-weakness", "my right leg stops responding halfway round and goes wobbly, and my back is sore"),
    ("fever", "back's been aching since the race and my temperature is 38.7 this evening"),
    ("fever", "lower back pain for three days and temp 39.2 this morning"),
    ("weight-loss", "I went from 70 kg to about 63 since summer without trying and my back hurts"),
    ("weight-loss", "the tailor had to take my trousers in again and I'm not dieting, my back aches too"),
    ("night-pain", "her back has woken her up three nights running and nothing settles it"),
    ("chest", "my husband came in from his run grey in the face and said he felt awful"),
    # From a code review of this round: the fixes above had made these miss (years, tests, falls, water,
    # "back to sleep") or still missed them told a little differently.
    ("leg-weakness", "finished the 5k in 20.5 minutes this morning and both legs went numb, my back hurts"),
    ("chest", "I ran my 5k in 20.5 minutes and my chest got tight and heavy, it eased when I stopped"),
    ("leg-weakness", "both legs went numb in 19.5 km of the race and my back hurts"),
    ("leg-weakness", "my left leg went numb and weak in 20 minutes of running, back aches"),
    ("chest", "had chest pain on hills today that eased when I stopped, my covid test was clear"),
    ("chest", "The ECG was normal but the pressure in my chest came back on today's run"),
    ("chest", "Tests were all normal but the heaviness in my chest came back on my run today"),
    ("chest", "my ECG was fine last year but the squeezing in my chest came back today on a hill"),
    ("trauma", "Slipped on the stairs and landed hard on my tailbone, how long until my back is better?"),
    ("trauma", "Slipped on ice and landed hard on my bum, no damage to my phone luckily but I can't sit down"),
    ("trauma", "fell off a ladder at work and landed on my bum, nothing broken but the pain is terrible and I can't "
               "sit"),
    ("leg-weakness", "Ran along the river this morning and my left foot went numb and it's still numb, lower back "
                     "aching"),
    ("leg-weakness", "I swim twice a week and since last night my left leg is numb and my back hurts"),
    ("leg-weakness", "My lower back pain is nearly gone but now my left foot has been numb all week"),
    ("night-pain", "The pain in my lower back at night is unbearable and it's hours before I get back to sleep"),
    ("night-pain", "my back pain wakes me every night, I have to get up and walk around for an hour before I can go "
                   "back to sleep"),
    ("night-pain", "the pain in my lower back wakes me every night and even when I lie still it goes right through me"),
    ("leg-weakness", "my right foot has been numb and cold for 2 days and my lower back aches"),
    ("chest", "Dad came back from his run looking grey and said he felt a bit off"),
    ("fever", "my temperature keeps going up to 38.8 and my lower back is killing me"),
    ("night-pain", "my lower back hurts every night in bed and nothing seems to settle it"),
    ("leg-weakness", "my leg stops obeying me halfway round my run and my back is sore"),
    ("leg-weakness", "my left leg just cuts out on runs and my lower back aches"),
    # From a new user's trial: what someone cannot do denies nothing after it, "without warning" is
    # suddenly, control lost is no small leak on a run, and slang for the saddle area.
    ("saddle", "cant poo and numb between my legs since my back went on Tuesday"),
    ("leg-weakness", "without any warning my right leg buckled on the stairs and my lower back is killing me"),
    ("bladder", "lost control of my bladder during my run today and my lower back is agony"),
    ("bladder", "my lower back is bad and my husband says he keeps peeing himself"),
    ("saddle", "my junk has gone numb since my long run and my back aches"),
    # From a second code review: what the first review's fixes and the trial's made miss, or still missed.
    ("chest", "I think I'm having a heart attack after my run, and my lower back is killing me"),
    ("chest", "is this angina? came on during my run, my lower back is stiff too"),
    ("chest", "I'm scared I'm having a heart attack right now, what are my chances if I keep running?"),
    ("leg-weakness", "my legs just stopped working halfway through my run and my back is killing me"),
    ("leg-weakness", "both my legs stopped working on the last mile, lower back agony"),
    ("chest", "I get breathless lying flat in bed now, lower back sore from running"),
    ("chest", "I'm short of breath just sitting on the sofa and my back hurts"),
    ("chest", "short of breath and my ankles are swollen, back aches after my runs"),
    ("chest", "out of breath climbing one flight of stairs at home, back pain after runs too"),
    ("chest", "I'm breathless just talking and my back hurts between my shoulder blades"),
    ("chest", "I'm getting breathless on runs I used to find easy, and my upper back aches"),
    ("chest", "out of breath on my recovery run and my lips looked blue"),
    ("chest", "my wife said I was grey after my run and I felt awful, back aches"),
    ("chest", "he was ashen after the run and said he felt wrong"),
    ("fever", "temperature 39C since last night and back pain"),
    ("fever", "my temp was 101F this morning and my lower back aches"),
    ("fever", "temp 39ish and my lower back is sore"),
    ("weight-loss", "I've had to get all my trousers taken in and I'm not dieting, my back aches at night"),
    ("bladder", "I feel like I need to go constantly but nothing comes out and my back is killing me"),
    ("bladder", "I can't feel it when I'm going anymore and my lower back is in agony"),
    # From a third code review.
    ("chest", "I'm grey and clammy and feel awful after my run"),
    ("chest", "ecg was normal in may, but the chest pain is back again on runs"),
    ("chest", "stress test was normal but the pressure in my chest returned today on a hill"),
    # From a fourth code review.
    ("leg-weakness", "my legs have stopped working and my back is killing me"),
    ("leg-weakness", "my left leg has stopped working properly since the disc injury"),
    ("leg-weakness", "my right leg keeps stopping working when I run, back pain too"),
    ("chest", "I get short of breath when I lie down and my back aches after runs"),
    ("chest", "I'm short of breath and my legs are swollen, back sore after running"),
    ("leg-weakness", "my leg gave way on the stairs and I grabbed the wall, my back hurts"),
    ("leg-weakness", "in my last 10k race my foot started dropping and dragging, my back hurts"),
    ("chest", "my husband went grey and sweaty and felt sick on his run, he said he felt hot"),
    ("chest", "he went grey and clammy and said he felt awful, he'd cut out salt"),
    # Kinds from lay-redflags14 (read after it was held out): legs that fold, a leg that is somebody
    # else's, a missed step onto the back, a truck parked on the chest.
    ("leg-weakness", "my right knee just folded under me on the stairs twice today, lower back is sore"),
    ("leg-weakness", "since my back went my left leg feels like it belongs to somebody else"),
    ("trauma", "missed a step at work and went down on my back, it's worse today than yesterday"),
    ("chest", "on hills it feels like a truck is parked on my chest, goes when I stop"),
    # From a sixth code review: a foot that drags days after a marathon, giving way in training,
    # breathless when I'm lying down, a squeezing feeling back in the chest after a clear ECG.
    ("leg-weakness", "A week after the marathon my left foot is dragging and catching the kerb, lower back aches"),
    ("leg-weakness", "After starting marathon training my right leg keeps giving way and my back hurts"),
    ("chest", "I'm short of breath when I'm lying down and my back aches after runs"),
    ("chest", "I feel breathless whenever I'm lying flat, back sore from running"),
    ("chest", "my ecg was clear but the squeezing feeling has come back in my chest"),
    ("chest", "ECG was normal last month but the pain is back in my chest on runs"),
    # From a seventh code review: "nothing like this before" stresses a sign is new; a graze with a
    # hard fall, blood or age; chest pain on runs as well as laughing; a cold with crushing pain.
    ("saddle", "My groin and bum have gone numb and my back hurts. Nothing like this has ever happened before."),
    ("chest", "Crushing chest pain on my run this morning. Nothing like that before, is it my back?"),
    ("trauma", "Tripped on a run, grazed my knee, back pain and now I'm peeing blood"),
    ("trauma", "Fell hard on the ice, scraped my palms, my back has been aching since"),
    ("trauma", "I'm 78 and I tripped on a run, grazed my hands, back a bit sore since"),
    ("chest", "I get chest pain with laughing and also on every run up hills"),
    ("chest", "Crushing chest pain on my run today, is that normal with a cold?"),
    ("chest", "pretty sure this is a heart attack, since my bypass I've been careful"),
    ("night-pain", "Back pain keeps me awake every night, how can I sleep well again?"),
    # From a twelfth code review: stage 3, a survivor; tingling down into the legs.
    ("cancer", "I have stage 3 breast cancer and I am worried, my back hurts after runs"),
    ("cancer", "cancer survivor here, saw a documentary, my back hurts after runs now"),
    ("leg-weakness", "Tingling running down into my legs and my back hurts"),
    # From an eleventh code review: numb legs told with more words between, cancer now, another's
    # cancer beside one's own, dark urine with an adverb, a heavy fall, a bumped head.
    ("leg-weakness", "My legs have been going numb since yesterday and my back hurts"),
    ("leg-weakness", "Numbness down the backs of my legs and lower back pain"),
    ("cancer", "I still have bone cancer, can I run with back pain?"),
    ("cancer", "I beat bowel cancer and my dad had it too, now my back hurts after runs"),
    ("dark-urine", "Pee very dark brown after the ultra and my legs ache"),
    ("trauma", "Tripped on a root and took a heavy fall, back a bit sore"),
    # From a tenth code review: a real cancer history with a fear of its return.
    ("cancer", "I had prostate cancer in 2019 and I'm scared the cancer is back, my lower back aches"),
    # From a ninth code review: dark urine told without a verb, one side named after "weak", a fall
    # down a bank, a past cancer whose back pain is new and getting worse.
    ("dark-urine", "urine dark brown after the ultra and my legs ache"),
    ("dark-urine", "pee is the colour of coke after my long run"),
    ("leg-weakness", "Weakness in my left leg and lower back pain after running"),
    ("trauma", "tripped and fell down a bank on my trail run, back a bit sore"),
    ("trauma", "I am in my 70s, tripped on my run and grazed my hands, back a bit sore"),
    ("cancer", "I had cancer, the scan was clear last month, but my back pain is new and getting worse"),
    # From an eighth code review: serious falls with a back "a bit sore", both legs told one at a
    # time, one leg weak in or after the wall, cancer told as now, "nothing like that for me before".
    ("trauma", "I fell off the treadmill at full speed, my back is a bit sore"),
    ("trauma", "My mum is 80 and fell on her walk-run, her back is a bit sore"),
    ("leg-weakness", "my left leg is numb and my right leg is numb too, back agony"),
    ("leg-weakness", "hit the wall in the marathon, my right leg went weak, back sore"),
    ("cancer", "I was diagnosed with breast cancer last year and my back hurts after runs"),
    ("cancer", "currently having chemo for lymphoma and my back hurts after runs"),
    ("saddle", "My groin went numb after my run and my back hurts. Nothing like that for me before."),
    # From a third new user's trial: one leg weak since yesterday with a sore back; bowel sensation.
    ("leg-weakness", "back sore after the 10k and my right leg feels a bit weak going up stairs since yesterday"),
    ("bladder", "stopped being able to feel when i need a poo, back has been bad for a week"),
    # From a fourth new user's trial: a fall named after the season's word; a leg gone floppy.
    ("trauma", "my back has hurt since the fall off my bike last week, can I still run?"),
    ("leg-weakness", "my lower back twinges after a run and my leg has gone a bit weak and floppy since yesterday"),
    # From a fifteenth code review: breathless at rest after going off too fast; a loss without trying
    # asked about; a fever paracetamol only masks; a next sentence that tells it back again; a
    # relative's past and then one's own sign; a posture then a fall.
    ("chest", "Went off too fast at parkrun and now I'm short of breath even sitting on the sofa"),
    ("weight-loss", "Why do I lose weight so fast without trying? Back aches at night"),
    ("fever", "Fever and shivering with lower back pain, temp down for an hour after paracetamol then back up"),
    ("chest", "Crushing chest pain on my run. It's gone now. It comes back every time I run though."),
    ("chest", "Tight chest on every run. It's gone, all good when I stop."),
    ("saddle", "My mum had a slipped disc in her 40s and I've got numbness between my legs"),
    ("weight-loss", "I started running last year and I've lost 10 kg without trying, my back aches"),
    ("chest", "Crushing chest pain at mile 20 and died on the last hill, walked it in"),
    ("trauma", "I felt like I was going to fall and then I fell, back agony"),
    # From a fourteenth code review: the angina pattern told in the next sentence; an age now; a new
    # time after an old one; a dead watch; "so over it"; a check booked; generic "your"; a collision
    # beside an illness word or a posture; a dog that woke someone in pain; a loss beside an aim; a
    # disc beside leaking urine; a bony bum with no feeling; breathless lying flat after C25K; never
    # before; a question that tells; a bike crash with the feet first; trousers changed, a comma.
    ("chest", "I get chest pain when I run up hills. It's fine when I walk."),
    ("chest", "My chest hurts when I run. It is better when I stop."),
    ("leg-weakness", "Both my legs went numb on my run. It was fine before the run."),
    ("chest", "My husband, in his 50s, gets crushing chest pain when he runs"),
    ("leg-weakness", "When I was in my 30s I had sciatica, this week both legs went numb"),
    ("chest", "I took up running last year and this morning I had crushing chest pain on my run"),
    ("chest", "Crushing chest pain on my run today and my Garmin died halfway"),
    ("saddle", "Numb between my legs for two weeks and back pain, honestly I'm so over it now"),
    ("saddle", "Numb between my legs and back pain, GP appointment all sorted for Friday"),
    ("leg-weakness", "When I run it makes your whole leg go numb, both legs actually, and my back aches"),
    ("trauma", "A car clipped me on my run and it knocked me down, my lower back is agony"),
    ("trauma", "I was about to fall so I twisted and landed on my tailbone, back agony"),
    ("night-pain", "The dog woke me at 3am and my back was agony, I couldn't get comfortable in any position"),
    ("weight-loss", "I'm not trying to lose weight, yet I'm 8kg lighter than in March, back aches"),
    ("bladder", "Slipped disc and now I'm leaking urine, back agony"),
    ("saddle", "My backside is bony after losing 20kg and it feels dead down there when I wipe, back aches"),
    ("chest", "I get breathless lying flat in bed now, I'm 64, started C25K in May"),
    ("chest", "I'm getting out of breath on my usual runs, never had this before, I'm 58"),
    ("chest", "Out of breath on my runs and have to stop every 200 metres now, I'm 67"),
    ("leg-weakness", "My foot goes numb on the bike, is it normal it's spreading up my leg?"),
    ("trauma", "I came off my bike and my feet hit the road, lower back agony since"),
    ("bladder", "Had to change my trousers at work, didn't notice till I felt it, back has been bad since the weekend"),
    # Kinds from forum11: a crash into the back of a car, over the boot; an aim beside a loss told.
    ("trauma", "a car pulled out on my ride home and I went over the bonnet, my lower back has hurt since"),
    ("trauma", "cycled into the back of a van yesterday, lower back really painful today"),
    ("weight-loss", "not trying to lose weight at all but my jeans are falling off me, back aches after runs"),
    # A question after the sign is no sign told over: "It is normal with sciatica?"
    ("saddle", "Since Monday I feel numb between my legs and my back hurts. It is normal with a bad back?"),
    ("fever", "I have had a fever and chills since the race and my back aches. Is it over soon?"),
    # Kinds from lay-redflags17 and forum10 (read after they were held out): urine that comes
    # without control, waking up wet; feeling gone in a car's pedals; someone's weight loss whose
    # explanation is doubted; pacing the house at night; a new faint beside an old one.
    ("bladder", "my back is very painful since Sunday and the pee is coming without my control, I wake up wet"),
    ("leg-weakness", "back aching after runs and my left foot is numb, I can hardly feel the clutch when I drive"),
    ("weight-loss", "my wife says it's from her running but she only jogs 3 miles twice a week and has lost "
                    "a stone, her back aches too"),
    ("night-pain", "3am again, pacing the landing, nothing takes the edge off my lower back since last week's run"),
    ("chest", "I nearly passed out after parkrun this morning, everything went black. I fainted once years ago "
              "and the tests were normal then"),
    # From a thirteenth code review: a hedge is no guess at a cause; a fall a doctor diagnosed
    # something else for, or will check; "I fell running"; a fall beside a footstrike; breath back
    # only after half an hour; gasping on hills like never before; night pain beside the children's
    # bedtime; numb between the legs on the toilet; numbness that came on within minutes.
    ("leg-weakness", "My foot went numb after a cold swim, I think it's spreading up my leg, back aches"),
    ("chest", "Gasping on the hills, I think it's getting worse"),
    ("trauma", "Fell down the stairs today, lower back agony. My GP diagnosed osteoporosis last year"),
    ("trauma", "I fell off a ladder yesterday, going to hospital to get it checked, back is agony"),
    ("trauma", "I fell running yesterday and my lower back has been agony since"),
    ("trauma", "Fell racing at the weekend and my lower back has been killing me ever since"),
    ("trauma", "Slipped on ice, my heel hit the ground and I fell backwards onto my bum, back hurts"),
    ("chest", "Out of breath on an easy jog, took ages, got my breath back after 30 minutes"),
    ("chest", "Gasping on hills now, I have to stop every hundred yards. Never had this before."),
    ("night-pain", "My lower back pain is worst at night, once the kids are in bed I can't get comfortable "
                   "lying down and nothing helps"),
    ("saddle", "I've gone numb between my legs when I sit on the toilet, back pain for a week"),
    ("saddle", "Numb between my legs like sitting on frozen peas, back pain since Monday"),
    ("leg-weakness", "My left leg went numb in 20 minutes on the run and still is the next day, back sore"),
    # Kinds from lay-redflags16 and chat5 (read after they were held out): a simile of ice for
    # numbness, soiled clothes found late, a need to pee not felt, a loss while not cutting, hours
    # awake, breath short at everyday efforts.
    ("saddle", "since Tuesday it feels like I'm sitting on ice cubes, numb between my legs, back is bad"),
    ("bladder", "had to change my pants at the gym and did not notice until I looked, back sore since deadlifts"),
    ("bladder", "for three days I have not felt when my bladder is full, back aching after long runs"),
    ("weight-loss", "jeans falling off me, 6 kg gone and I was not cutting at all, back sore after runs"),
    ("night-pain", "5 hours awake again with my lower back, cannot lie any way that helps"),
    ("chest", "breathless hoovering the stairs now and I never had that before, back stiff after jogs"),
    ("chest", "on my jog I am out of breath and have to stop every few hundred yards, back aches too"),
    # Kinds from lay-redflags15 and forum9 (read after they were held out): someone else wetting
    # themselves, learners' English for not peeing, a weight loss with nothing changed, and a fall
    # told beside fell running (the sport).
    ("bladder", "my brother has been wetting himself since his back went last week"),
    ("bladder", "my wife wet herself in the night and did not notice, her back is very bad"),
    ("bladder", "My father back pain strong, since morning he did not make urine, is it the back?"),
    ("bladder", "bad back since Monday and she don't feel any need to pee since yesterday"),
    ("weight-loss", "down 6 kg in a month and I have not changed a single thing, back aching all the time"),
    ("trauma", "Fell runner here, I slipped on wet rock on the descent and landed on my back, it's agony"),
    ("trauma", "tumbled on a fell race last week and my lower back hurts more every day"),
    ("leg-weakness", "both my feet went numb on the run, no cleats or anything, and it is spreading up"),
    ("chest", "out of breath with a tight chest on an easy jog, got my breath back in a minute once I stopped"),
    ("night-pain", "since the night shift I get back pain all night that wakes me, no position helps"),
    # From a second new user's trial: what must still stand next to its new look-alikes.
    ("trauma", "I tripped on a run and landed on my back, grazed my hands and it's agony"),
    ("trauma", "fell off a ladder, grazed my arm and my back hurts"),
    ("chest", "I had a heart attack last year and now I get chest pain on my runs"),
    ("bladder", "I leak a bit on runs, is this a pelvic floor thing?"),
    # From a fifth code review: the symptom named, not the chest, when it comes back.
    ("chest", "I had chest pressure on runs, the stress test was normal, but now the pressure is back"),
    ("chest", "cardiologist says heart is fine but the tightness has returned on hills, chest feels heavy"),
    # From lay-redflags18's kinds (examples of our own): a checklist answered yes, strength lost in
    # learners' English, a foot that cannot hold a pedal, a first leak after lifting a child's things.
    ("night-pain", "Pain worse at night? yes. Does it wake you? - most nights. Lower back, after a long run"),
    # From a sixteenth code review: a cold sweat and a cold morning are no cold; a runner of years is no
    # beginner; "it and I fell off"; breath at rest after a hard effort; a sign told again today.
    ("chest", "Really breathless on my usual run this morning and came out in a cold sweat, never had this before"),
    ("chest", "Out of breath on my usual route on a cold morning, never had this before, I'm 62"),
    ("chest", "I started running 3 years ago and never had this before: out of breath on my usual loop this week"),
    ("trauma", "The bike hit a rut and then it and I fell off the bridge, back agony"),
    ("chest", "Went off too fast and got breathless, now my lips have gone blue"),
    ("chest", "Did hill sprints yesterday and now I'm breathless lying in bed"),
    ("chest", "Had chest pain in 2019, fine for years. Got chest pain on my run today."),
    ("chest", "Chest pain years ago, all sorted now. Chest pain again on my run this morning."),
    ("chest", "Chest pain on my run. It's gone now. Happens on every run."),
    ("chest", "Chest pain on my run. It's gone now, been fine. It comes back every time I run though."),
    ("trauma", "Since the fall last week my lower back is agony"),
    ("trauma", "Hit a root, couldn't avoid it and fell hard, back agony since"),
    ("saddle", "Numb groin after my run, everything else is fine"),
    ("saddle", "I'm in my 40s and my groin has gone numb since my run, back aches"),
    ("leg-weakness", "my back is hurting since the race and my right leg is not strong again, I limp to the bus"),
    ("leg-weakness", "back's been killing me since Friday's run and my right foot slips off the brake pedal"),
    ("leg-weakness", "sore lower back and my foot won't hold the accelerator down on the motorway"),
    ("bladder", "back sore since lifting my daughter's trampoline after a run, and I leaked on the bus today, "
                "never had that before"),
    # From a fifth new user's trial: bedwetting that starts (again) with back pain, a child's above all.
    ("bladder", "my 9 year old's back has hurt since sports day and she's wetting the bed again after years dry"),
    ("bladder", "lower back agony since the marathon and I've woken up in a wet bed twice this week"),
    # From a sixth new user's trial: pregnancy's urgent signs, and blood in the pee after a long run.
    ("pregnancy", "34 weeks pregnant, lower back aching and tightenings every 10 minutes since my walk-run"),
    ("pregnancy", "I'm 18 weeks pregnant and there was some bleeding after my run, back sore too"),
    ("dark-urine", "Pink pee after the 100k and my lower back aches"),
    ("dark-urine", "peed blood after the marathon, is that the running?"),
    ("pregnancy", "I haven't felt the baby move since yesterday's run"),
    # From a twentieth code review: the plainest wordings, and bleeding beside a heel or a blood pressure.
    ("dark-urine", "blood in my urine after parkrun yesterday"),
    ("dark-urine", "I'm weeing blood since the marathon"),
    ("pregnancy", "I'm 36 weeks and my waters just went on my walk-run"),
    ("pregnancy", "12 weeks pregnant and had some bleeding after a run, my heel hurts too"),
    ("pregnancy", "30 weeks pregnant and bleeding, and my blood pressure was high at my check"),
    # From a twenty-first code review: a calf's cramp beside the bleeding, a pregnancy once hoped for,
    # a quiet baby with the weeks told, a past tense of weeing blood.
    ("pregnancy", "I'm 30 weeks pregnant and spotting, my leg cramps come and go"),
    ("pregnancy", "We were trying to get pregnant for 2 years, now I'm 12 weeks and I'm bleeding"),
    ("pregnancy", "I'm 32 weeks and the baby's been really quiet today"),
    ("dark-urine", "I weed blood after my 10 mile run"),
    # From a twenty-second code review: "the waters" with the pregnancy told, a pregnancy now after a
    # past or hoped-for one, contractions beside cramping legs.
    ("pregnancy", "I'm 38 weeks pregnant and I think the waters have gone"),
    ("pregnancy", "I'm pregnant and bleeding, last pregnancy I ran fine"),
    ("pregnancy", "I'm pregnant now after trying to conceive, and I'm spotting"),
    ("pregnancy", "I'm pregnant, my legs are cramping and I have contractions every 10 minutes"),
    # Backache in one word is back pain; "achy" or "tight" is a back told (so tired legs do not
    # explain a leg that buckles).
    ("fever", "my mum has had backache and a high fever since Tuesday"),
    ("fever", "lumbago and a temperature of 39 since yesterday, ran on Sunday"),
    ("leg-weakness", "my right leg keeps buckling going downhill, back's a bit achy too"),
    # From a twenty-third code review: weeks along told without "pregnant"; a baby that has not moved or
    # kicked; practice contractions turned regular.
    ("pregnancy", "I'm 35 weeks, the baby has been really quiet since I napped after my run"),
    ("pregnancy", "I'm 37 weeks and I think the waters have gone on my walk"),
    ("pregnancy", "31 weeks pregnant and the baby hasn't kicked since this morning's jog"),
    ("pregnancy", "I'm 34 weeks and the baby is moving a lot less since my long run"),
    ("pregnancy", "I'm 36 weeks, the braxton hicks are now every 6 minutes and painful"),
    # From a twenty-fourth code review: a pregnancy told as "pregnant with my first", "she's N weeks" or "now
    # I'm N"; an expectation, a day before or a simile that do not undo a sign; a doctor content with a knee;
    # a calf pulled long ago beside a foot that will not lift.
    ("pregnancy", "pregnant with my first and my waters just went on my evening walk"),
    ("pregnancy", "she's 33 weeks and hasn't felt any movements since her run this morning"),
    ("pregnancy", "Last time I ran till 28 weeks, now I'm 31 and spotting after a jog"),
    ("saddle", "I assumed the numb groin would wear off after the bike ride but it hasn't"),
    ("trauma", "got knocked over by a cyclist on my run, felt like being hit by a train, back is killing me"),
    ("weight-loss", "the GP looked at my ankle and said it's fine, but I've lost 6 kg in a month without trying, "
                    "and my back aches"),
    ("leg-weakness", "tore my calf in the spring and now I can't lift my foot properly on runs, it slaps down"),
    # From a twenty-fifth code review: a single kick not felt, weeks told bare or of a wife; a race day
    # hoped for, a fever since the race, a loss without trying after an expectation, telling a coach of a
    # sign; a back told tight at the start; a kneecap that is fine.
    ("pregnancy", "I'm 29 weeks pregnant and haven't felt a single kick since lunchtime"),
    ("pregnancy", "31 weeks, haven't had any movements since my jog this morning"),
    ("pregnancy", "my wife's 33 weeks and hasn't felt a kick all afternoon"),
    ("chest", "tight crushing chest on every run this week, hope I'm better on the day"),
    ("fever", "was fine on race day but since the half I've had a fever of 39 and my back aches"),
    ("weight-loss", "I figured the weight would come off with running, but I've lost 12 kg in 2 months without "
                    "trying and my back aches"),
    ("chest", "how do I tell my club I've had chest pain on every run this week?"),
    ("leg-weakness", "Back tightness after the long run, and both legs gave way on the stairs"),
    ("leg-weakness", "my leg keeps giving way and my back hurts, my kneecap feels fine though"),
    # From a twenty-sixth code review: a pregnancy named without "I'm pregnant" beside a first run back or a
    # young age; a question on telling one thing from another beside a sign told after a comma; a bike's
    # numbness that has not improved.
    ("pregnancy", "third trimester, first jog back after a week off and now some bleeding"),
    ("pregnancy", "my sister is pregnant, she's 10 weeks and had bleeding after her run"),
    ("saddle", "how do you tell if it's a disc, my groin went numb on my run yesterday and still is"),
    ("saddle", "numb crotch after the sportive and it hasn't improved since Saturday"),
    ("pregnancy", "I'm 33 weeks pregnant, no movement at all today"),
    # From a twenty-seventh code review: weeks told without "pregnant" beside a kick not felt since last night
    # or a first run back; a second pregnancy after a first mentioned; a fever with "no back pain before".
    ("pregnancy", "I'm 35 weeks and haven't felt a kick since last night"),
    ("pregnancy", "I'm 13 weeks, first run back and a little bleeding after"),
    ("pregnancy", "Pregnant with our second! When I was pregnant with our first I ran all the way, but now "
                  "there's spotting after my runs"),
    ("fever", "no back pain before this half, now it's agony and I've got a fever of 39"),
    # From a seventh new user's trial: heavy bleeding after the birth, a gush of fluid, "her" not felt to
    # move, weeks written short, a baby emoji, a leg still weak days after a run.
    ("pregnancy", "6 weeks postpartum and bleeding really heavily, soaked through a pad in an hour"),
    ("pregnancy", "36 weeks pregnant and had a gush of fluid on my jog"),
    ("pregnancy", "haven't felt her move since this morning, 35 weeks"),
    ("pregnancy", "33w 👶 not kicking much today after my run"),
    ("pregnancy", "35 wks and baby very quiet today"),
    ("leg-weakness", "my left leg went weak after my run and three days later it still gives way, back aches"),
    # From a twenty-eighth code review: a birth told as days ago or postnatal, pads changed every hour; a leak
    # after a birth that came without her knowing; weeks written "34w" beside a quiet baby.
    ("pregnancy", "had a baby 12 days ago, changing pads every hour after a gentle jog"),
    ("bladder", "my baby is 11 weeks old, back pain and I wet myself on my run without noticing"),
    ("pregnancy", "35w, baby very quiet today after my walk"),
    # From a twenty-ninth code review: weeks of a plan beside a birth, contractions or waters told; "the
    # little one"; a caesarean wound bleeding heavily.
    ("pregnancy", "had a baby 4 weeks ago, 2 weeks into my return to running plan, soaking a pad every hour"),
    ("pregnancy", "33 weeks and 5 weeks into my c25k, contractions every 4 minutes"),
    ("pregnancy", "my waters went at 37 weeks, I was 15 weeks into a run walk programme"),
    ("pregnancy", "35 weeks pregnant and the little one is not moving much today"),
    ("pregnancy", "I had a c-section 4 weeks ago and the wound is bleeding heavily after my walk"),
    # From a thirtieth code review: one leg that still will not hold days after a run.
    ("leg-weakness", "three days after my run my right leg still won't hold me on the stairs, back aches"),
    # From a thirty-first code review: labour felt in the back and legs; "it's not moving as much" with the
    # pregnancy stated; one leg giving way with numbness, or again and again, after a run.
    ("pregnancy", "37 weeks pregnant, contractions in my back and legs every 4 minutes"),
    ("pregnancy", "I'm 33 weeks pregnant and it's not moving as much today"),
    ("leg-weakness", "my right leg gave way after my run and the shin is numb"),
    ("leg-weakness", "my left leg keeps giving way after my runs this week"),
    # From a thirty-second code review: a leg that gave way with a foot not felt, whatever the laugh;
    # "it hasn't been moving much" with a pregnancy stated.
    ("leg-weakness", "my right leg just gave way going down the stairs lol and I can't feel my foot"),
    ("pregnancy", "I'm 33 weeks pregnant and it hasn't been moving much today"),
    # From a thirty-third code review: one leg giving way after a run, suddenly or alone; swollen feet beside a
    # baby not kicking; labour felt in the legs at 38 weeks.
    ("leg-weakness", "my left leg suddenly gave way after my run, back a bit sore"),
    ("leg-weakness", "my right leg gave way after my 10k and I can't lift my foot properly"),
    ("pregnancy", "I'm 37 weeks pregnant and my feet are swollen, it's not kicking as much today"),
    ("pregnancy", "I'm 38 weeks pregnant and getting strong contractions in my legs after my walk"),
]


@pytest.mark.parametrize("flag, message", TOLD_AS_PEOPLE_TELL)
def test_signs_told_as_people_tell_them_are_urgent(matcher, flag, message):
    d = matcher.decide(message)
    assert d.kind == "urgent" and flag in d.flags, (d, matcher.decide(message, explain=True).explain["signs"])


ORDINARY_LOOK_ALIKES = [
    # From a thirty-second code review: a pregnant runner's calf contractions, a stiff knee or a broken watch
    # that is "not moving", one leg giving way with sore quads or exhaustion named.
    "I'm 29 weeks pregnant and get calf muscle contractions at night after runs, back fine",
    "I'm 30 weeks pregnant, my knee is stiff, it's not moving much today, back fine",
    "my left leg gave way a bit on the stairs after my long run, quads are sore, back fine",
    # From a thirty-first code review: one leg that will not hold, or gave way, with the race's soreness named.
    "one leg still won't hold me on the stairs the day after the marathon lol, back fine",
    "my right leg gave way going downstairs after my long run, DOMS is unreal, back ok",
    # From a thirtieth code review: a joint "not moving much" beside weeks of an injury; a hamstring's
    # contractions weeks into a plan; bleeding of a toe or nipples after a birth; a baby at home.
    "my knee has been sore for 3 weeks and it's not moving much today, back fine",
    "12 weeks into marathon training and I get painful contractions in my hamstring at night, back sore",
    "5 weeks postpartum, my nipples are bleeding heavily from feeding, stitches healing well, back aches",
    "10 weeks into marathon training and have a baby at home, some spotting after my long run, back sore",
    # From a twenty-ninth code review: marathon soreness that will not hold a leg on the stairs; a leak months
    # after a birth that is getting worse.
    "my legs still won't hold me going downstairs after the marathon, DOMS is brutal, is that normal?",
    "my baby is 9 months old and I leak on long runs, it's getting worse, back a bit achy, physio?",
    # From a twenty-eighth code review: legs weak days after a marathon; weeks of training beside heavy
    # bleeding from the nose, legs not moving much, or no kick in the last mile.
    "my legs are still weak two days after the marathon, back a bit sore, normal?",
    "12 weeks into marathon training and I had a heavy nosebleed on my run, back fine",
    "11 weeks into half marathon training and my legs are not moving much today, back stiff",
    "14 weeks into marathon training and I haven't had any kick in the last mile, back sore",
    # From a seventh new user's trial: a leak on a run months after a birth is the pelvic floor's.
    "my baby is 9 weeks old and I leak a little when I run, back aches a bit, is running ok?",
    "my water bottle leaked fluid all over my bag on the run, back sore after",
    # From a twenty-seventh code review: a frozen shoulder in pregnancy, a daughter's age, a first run back after
    # pregnancy, a fever over before race day, a kick in the legs.
    "I'm 27 weeks pregnant, my shoulder is frozen, no movement since Sunday, can I still jog? back fine",
    "My son is 9 weeks today, first run back and a little spotting, back a bit stiff, normal?",
    "first run back after pregnancy, some spotting, is that normal? back aches",
    "had a fever the week before but felt fine on race day, now I just have a sore back",
    "Couch to 5k week 6, and I still haven't felt any kick in my legs, back sore, normal?",
    # From a twenty-sixth code review: a runner's finishing kick after weeks of training; hamstrings that came
    # back tight; a question on telling numbness apart.
    "been running for 10 weeks and I still haven't had a kick at the end of parkrun, how do I sprint finish?",
    "my hamstrings came back tight and my legs were so tired they gave way on the stairs, back is fine",
    "how can I tell if numbness after a long run is serious? back a bit stiff",
    # From a twenty-fifth code review: a past pregnancy, an age and a hope, a baby's age, a simile of a
    # car, a bike's numbness that did not last, a calf tear's heel raise.
    "When I was pregnant with my daughter my waters broke on a walk, how soon can I run after this birth?",
    "had my second 10 weeks ago, now I'm 38 and keen to get back to parkrun, back a bit stiff",
    "she's 6 weeks and I'm bleeding a little after my first jog back, back aches, is that normal?",
    "felt like I'd been hit by a car the day after the marathon, back is sore, normal?",
    "numb bum on a long bike ride but it didn't last, back fine, ok to run tomorrow?",
    "tore my calf last month and I still can't raise my heel, can I jog yet?",
    # From a twenty-fourth code review: a runner's finishing kick, scales that do not move, a question on
    # telling practice contractions from real ones, hamstrings that came back tight.
    "I haven't had a kick at the end of my races lately, why? back is fine",
    "no movement since Monday on the scales even though I run daily, why won't my weight drop?",
    "how do I tell braxton hicks from real contractions? I'm 27 weeks pregnant and still jogging",
    "my hamstrings came back tight after the marathon and my legs gave way on the stairs, back is fine",
    # From a twenty-third code review: a past pregnancy's waters, the aid station's, weeks since the birth,
    # a muscle's contractions.
    "with my first the waters broke at 39 weeks, she's 5 months now, when can I run again?",
    "I'm 7 weeks postpartum and spotting a little after my first jog, back sore",
    "I'm 26 weeks pregnant, are isometric contractions for my knee safe?",
    "did my first parkrun 4 weeks after the birth and the baby was quiet in the buggy, back aches",
    # A knee that buckles with a kneecap told and the back fine; a loss put down to the running and eating less.
    "my knee buckled on the downhill, it's the kneecap tracking issue again, back is totally fine",
    "I've lost 4 kg because I'm running 3 times a week and eating less, that's not a warning sign is it? back aches",
    # A loss a doctor has checked and is content with.
    "my son has lost 3 kg this term without trying, the GP weighed him and is not worried. will running slim his bum?",
    # A sign told as over with the week before an event, or "long gone"; a simile of a blow; an
    # expectation that did not come true; a leg muscle torn and no back told.
    "I had a fever the week before the half but that's long gone, my lower back is stiff since the race",
    "shivery with flu the week before the 10k, fine on the day, back sore after",
    "chills and a fever the week before the half, woke up on race day feeling fine, my back was sore after",
    "the day after the trail race my back felt like I'd been hit by a bus, is that normal?",
    "I eat like a horse and assumed the weight would drop off once I ran every day, why hasn't it?",
    "my son's leg gave way in the 400m, the physio says he tore a hamstring, how long before he runs?",
    "my calves feel tight on hills, it eases when I stop",
    "I always need a porta-potty mid-race because of the gels, my back is fine otherwise",
    "if I ran every day without changing my diet, would the weight drop off?",
    "my shin pain doesn't go away after the warm-up walk, shin splints?",
    "dead legs after the marathon, every step hurts, how long till I can run?",
    "had chills and a fever on Monday, gone since Wednesday, can I run with my sore back?",
    "no numbness at all, I read that numbness means a disc problem, so what is my back pain?",
    "I can't touch my toes anymore, is my back just tight from running?",
    "tingling from my bum down the back of my thigh when I sit, could it be sciatica from running?",
    "crashed into bed after my half and woke up with a sore lower back, normal?",
    "my back half always falls apart in marathons, how do I pace it?",
    "woke up with an ache between my shoulder blades after yesterday's hill session",
    "I have a bad back and it is stiff in the morning after a long run",
    # Found in the lay-redflags4 and mixed posts, told here in new words.
    "no pins and needles and both legs strong, just a shooting pain in my bum after runs, disc?",
    "came off my bike last spring and hurt my back, physio sorted it, now it aches after runs",
    "my foot goes to sleep on the toilet after a run, fine once I walk about",
    "I slipped a disc years ago, can I run a marathon?",
    "I live on protein shakes after my runs, why am I not losing weight?",
    "my lower back aches after ten minutes of running and gets worse and worse, why?",
    "my neck was agony that night after the treadmill, how do I stop it?",
    "my heart rate jumps on hot runs, how do I stop overheating?",
    "my gymnast daughter's lower back hurts when she tumbles, can running help?",
    "I had numbness in my foot from sciatica, physio treated it and the feeling has come back, what now?",
    "out of breath from sprinting for the bus, my back aches after runs though, why?",
    "should I get my heart checked before racing a marathon at 50?",
    "can't sleep at 3am because my mind won't switch off, my back is fine lying down",
    "numb foot since an old operation, never changed, I've lost 20 kg and want to run 5k",
    # Found in lay-redflags5, told here in new words.
    "my groin went numb for a couple of minutes at my desk after squats, back to normal since",
    "heart trouble runs in my family, will a 5k give me a heart attack?",
    "my cardiac rehab team cleared me to run, I'm puffing but getting fit, is that ok?",
    "in my 70s now and I don't lift my feet like I used to, any drills?",
    "minor car accident in May, back was stiff for weeks but it's gone now, how do I restart running?",
    "had flu last week, my temperature has been normal for three days, back a bit stiff, can I run?",
    "couldn't feel my feet after a cold sea swim, feet are fine now, why does my back ache?",
    # Found in lay-redflags6, told here in new words.
    "lost 2 kilos the week after my half marathon, back up to my usual weight now, was it water?",
    "my partner is convinced every ache is a heart attack, my heart check was all clear, why does my back hurt?",
    "came off my bike in June and hurt my back, the physio sorted it and the pain has gone, how do I build up?",
    # Found in lay-redflags7 and forum4, told here in new words.
    "passed out on the sofa after my long run (asleep!), woke up with a stiff back, ok to run?",
    "tripped on a kerb on my run. I didn't go down, caught myself, but my lower back twinged. Still ok to race?",
    "hot run, legs felt wobbly afterwards, all fine within half an hour after a drink, just the heat?",
    "my back got steadily worse on my run and I ended up walking home, what did I do?",
    "my back went into spasm and I lay on the floor panting for a few minutes, is it a strain?",
    "a car accident when I was twelve left me with a stiff back, will running help?",
    "every marathon block I go from 76 kg to 80, why do I gain weight?",
    # From a code review: rows that were too broad raised these.
    "bailed on my long run today, back a bit sore",
    "the miles pile up and my back is sore",
    "went over the top with my training and my back aches",
    "my back hurts when I change position",
    "I wake up with a stiff back every morning",
    "temperatures are high this week, my back aches after runs",
    "the rubber on the bottom of my shoe wore out, back sore",
    # Found in lay-redflags8, told here in new words.
    "hit the wall at 20 miles, legs stopped and I couldn't lift my feet up the last hill, normal?",
    "the crowd was at fever pitch at the finish, now my back's stiff",
    "a little leak on long runs since my son was born, nothing new, do pelvic floor exercises help?",
    "both feet go numb after 3k, only when running, tried looser laces and new shoes",
    "my foot went to sleep on the long drive to the race, gone after a few minutes jogging",
    "breathless and gasping at altitude on holiday, ended up sitting down, just the thin air?",
    "asthmatic, chest tight on cold runs, two puffs of my inhaler and it settles",
    "had palpitations last year but the ECG and echo came back clear, can marathon training help me lose weight?",
    # Found in lay-redflags9, lay-redflags10 and forum5, told here in new words.
    "my right foot fell asleep halfway through my treadmill run, loosened my shoe and it went straight away",
    "things went numb down below on a long run in tight new shorts. Swapped them and the feeling came back, "
    "all normal now. Size up?",
    "on the turbo my bits go numb after half an hour, it comes straight back when I stand up on the pedals",
    "my chest muscles get tight because I grip the treadmill handrail, if I let go it eases",
    "I've had drop foot for years after polio, nothing new, can I run a half?",
    "my physio listed the back red flags: numb groin, bladder problems, weak legs. I have none of those, "
    "just a sore back, can I keep running?",
    "I'm petrified I'll wet myself in the race like my friend did, how do I avoid it?",
    "my back wakes me at night only when I lie on my front, when I roll onto my side it goes away",
    "a few years ago I lost weight without trying, it turned out to be my thyroid, now my weight is stable. "
    "Will running help?",
    "cycling is my weak leg in triathlon and my lower back aches on long rides",
    "had flu with a fever on Monday, the fever broke on Thursday and I'm still a bit stiff in my back, ok to run?",
    # Found in lay-redflags11, lay-redflags12 and forum6, told here in new words.
    "had a nerve block in my lower back this morning and my bum is numb, the doctor said it wears off. when can I run?",
    "I've leaked a little on long runs since the babies, for years, is my back ache after runs normal?",
    "I'm 68, legs heavy on my walks since covid, no numbness, I just don't feel like going",
    "got rear-ended last week, checked at A&E, all normal, barely any pain now, can I run?",
    "after a marathon I feel like I have flu the next day, aches everywhere, but no temperature",
    "my new diabetes tablets make me less hungry and my jeans are loose, doctor knows, can I start running?",
    "one bout of chest pain at my desk last year, ECG and CT normal, no pain since, ready for my ultra?",
    "out of breath on hills at 80, my heart tests all came back fine, is gentle jogging ok?",
    "burning down the back of my thigh, I'm scared about bladder problems but everything works, sciatica?",
    "had a 39 degree fever after the race, it broke 3 days ago, back a bit stiff, easy run ok?",
    "my teenager gets stabbing chest pains at rest for a second, echo and ECG normal, doctors say his heart's fine",
    "lungs and throat burn on hill sprints and it goes when I walk at the top",
    "first run in eight months after the baby, gasping by the end and my back ached, normal?",
    "lost 1 kilo in a whole year of running, back aches after long runs, why so slow?",
    "my feet go numb about 6k into my runs, not new, tried looser laces",
    "woke up with lower back pain this morning, did I sleep on it funny?",
    "my legs gave up on the last hill so I walked it in",
    # From a code review of this round: rows that were too broad raised these.
    "I went to a bootcamp class and now my chest muscles are sore from all the push ups",
    "My sweat went right through my shirt and across my chest, is that normal?",
    "I moved to a new training plan and my chest feels fine but my legs are sore",
    "Legs felt heavy around 30k and heart rate drifted up, normal?",
    "My blood pressure is around 130 and heart rate 55 at rest, is it safe to start running?",
    "I came off the ibuprofen I was taking for my back, can I run now?",
    "I went over the stretches for my back with my physio, how often should I do them?",
    "Landed in Berlin with my back stiff from the flight, ok to run the marathon on Sunday?",
    "Tripped over a root on a trail run and next thing I knew I was on the ground. Grazed knee, back is fine. "
    "Ok to run tomorrow?",
    "I used to faint as a teenager. Did a 10k this morning, how much water should I drink?",
    "I didn't pass out or faint, just felt a bit wobbly after the race. Normal?",
    "My inner thigh feels tight like a rubber band after speedwork",
    "I'm unfit and get out of breath way more than my friends when we run together, how do I improve?",
    "Woke up in agony with cramp in my calf this morning, how do I stop cramps?",
    "Ran a half marathon on no sleep last night and my back is sore today, normal?",
    "The only way I can get comfortable on long runs is in loose shorts, my calves ache after",
    "I'm really skinny and I eat loads but can't put on muscle, will running make it worse?",
    "I was shocked to see I've lost 6 kg since I started running in January!",
    "Ran in 40 degree heat and my lower back aches, normal?",
    "The race started freezing then got really hot, my lower back is sore after, normal?",
    "Pain in back of my thigh and a temperature since the race, is it a hamstring?",
    # Found in lay-redflags13 (held out until then), told here in new words.
    "Slipped on the ice and landed on my bum, x-ray showed no fracture and my back is fine, just a bruise. "
    "Run tomorrow?",
    "Rolling over in bed wakes me with a twinge in my lower back but it settles once I'm still and I go back "
    "to sleep",
    "I had chest pain last month, my stress test came back clear and the cardiologist said I can run. How do I "
    "build up?",
    "My physio found my tingling calves came from my posture and it's almost gone now, will running bring it back?",
    "My toes went numb after a cold swim in the lake and my back is a bit sore, normal?",
    # From a code review of this round: sites, needs and findings made too broad raised these.
    "I don't know if I'm going too fast on my easy runs, how do I tell?",
    "I can't tell if I'm going too fast on my easy runs",
    "I don't feel strong when I'm going up hills, any tips?",
    "I don't know when I'm going to be ready for a marathon",
    "not feeling great when I'm going uphill, tips?",
    "I need to go faster on hills but I can't push any harder, tips?",
    "I know I need to go out more but nothing happens with my fitness, any advice?",
    "I need to go sub 25 at parkrun but I just can't push on the last km",
    "My new grey running jacket is great but my shoulder rubs, any tips?",
    "It's a grey area whether to run when I'm feeling rough, thoughts?",
    "grey skies again today, my shoulder is stiff from swimming, should I run?",
    "the grey trainers are lovely but I feel off running in them, tips?",
    "I'm moving up to half marathon training and my legs feel heavy and weak after long runs, normal?",
    "My weekly mileage has been creeping up and my legs feel weak and tired after runs, normal?",
    "moving up to 40 miles a week, my legs are shaky and tired after the long run, is that ok?",
    "I've been eating loads more since upping my mileage and I've taken in so many gels, is that bad?",
    "So much to take it all in, I'm eating more since I started running, tips for a first 10k?",
    "I eat the same as always but I've taken in more water on long runs, my back aches",
    "my garmin stopped working at mile 5 and my knee started aching, my lower back is sore too",
    "did a tempo run of 39.5 minutes and my lower back aches, normal?",
    "My lower back is sore after my tempo 40.2 min 10k, is that normal?",
    "did a tempo run of 39 minutes and my lower back aches, normal?",
    "I don't know if I should go for a run today with my sore back",
    # From a new user's trial: effort breathlessness with nothing out of proportion; heart attacks in general.
    "I get out of breath really easily when I run, how do I get fitter?",
    "new to running and I'm always out of breath, is that normal?",
    "heart attack risk for runners over 50",
    # From a second code review: denials read as findings, pale pee and grey hair, results that "came back".
    "I can't say I've noticed any numbness in my groin, just a sore lower back after running",
    "I couldn't say I've had any trouble peeing, just back pain after my runs",
    "I can't honestly say there's any numbness down there, just a sore back after running",
    "I can't say my legs have felt weak, just a stiff lower back after long runs",
    "the physio could not find any loss of feeling in my groin, just a sore lower back after my run",
    "my lower back aches after running but without any warning signs like numbness or leg weakness",
    "back pain after my long run, with no warning signs such as numbness down there or bladder trouble",
    "lower back hurts after running, without warning signs like saddle numbness, is it a strain?",
    "I've had back pain for a while after runs with no warning signs like leg weakness or numbness",
    "my pee looked pale and I felt off after the long run, back sore",
    "my urine looks pale and I feel awful after hot runs",
    "my wee went pale after I drank loads and I felt weird",
    "my skin looks pale in winter and I feel rough on my runs, is it my iron?",
    "the colour went pale on my running shoes and I feel strange about it",
    "the sky turned grey halfway round and I felt rough",
    "my hair is turning grey and I feel rough after long runs",
    "my beard turned grey this year and I feel off",
    "I had some chest pain last month but my stress test came back normal this week, ok to run?",
    "had chest tightness a while ago, my ECG came back clear on Friday, can I start running again?",
    "I had a tight chest on runs, ECG and echo came back fine when I had them in May, ok to race?",
    # From a third code review: effort read as rest, training "going", gadgets and the wall, pallor, rain.
    "I'm on the couch to 5k plan and get out of breath so quickly, is that normal?",
    "I run at night and get really out of breath on the hill sprints, normal?",
    "I get out of breath on hills when I run at night, is it the cold air?",
    "I'm panting after hill sprints and have to lie down on the grass for a minute, is that normal?",
    "out of breath after intervals, I just lie down on the floor after, my back aches",
    "out of breath on my runs and my ankle is swollen from a sprain last week",
    "my feet are swollen after the marathon and I'm still a bit out of breath, back sore",
    "I'm unfit and just started running, out of breath after a minute when I go out at night",
    "I felt so dizzy after the race in the heat I had to lie down, back is sore now",
    "my heart is pounding after hill sprints, I usually run at night, normal?",
    "I don't know if my marathon training is going properly, any tips?",
    "I can't tell if my training is going properly, and my back aches after long runs",
    "I need to go again next week but I can't push the pace on hills",
    "I need to go again tomorrow but nothing happens when I try to speed up",
    "my stryd foot pod stopped working mid run and my lower back is a bit sore",
    "my knee brace stopped working and my back hurts after runs",
    "my legs stopped working in the last 5k of the marathon, how do I avoid that?",
    "at mile 22 my legs just stopped working, is that the wall? my lower back was sore too",
    "my legs stopped working after the hill reps, is that normal?",
    "my face goes white and I feel sick after a hard run, is that normal?",
    "my face was white with salt after the long run and I felt rough",
    "she was so pale after the parkrun and felt sick, it was hot",
    "my shorts keep taking in water in the rain and I haven't changed my diet, my back aches",
    # From a fourth code review: pace "going", a back pain "back again", a desk day.
    "I don't know if I'm going properly on my long runs, my pace feels off and my back aches",
    "I can't tell if I'm going properly fast enough in training, back is sore",
    "my ECG was normal and the chest tightness on runs is mild, my back pain is back though",
    "my back pain is back again and my chest feels tight on runs, but my ecg was fine",
    "stress test was normal, chest feels a bit tight on hills since I returned to running",
    "my ECG was clear; I returned to hill training and my chest gets tight, is that ok?",
    "I get really breathless on runs after sitting at my desk all day",
    # Kinds from lay-redflags14: someone else's sign denied for oneself, nights fine again, a
    # chest that stings from breathing hard.
    "my grandad had a disc go and lost control of his bladder. Nothing like that for me, just a sore back after runs",
    "back kept me up a few nights last week after a long run. sleeping fine now, should I rest more?",
    "my chest stings from breathing hard in the cold on hill sprints, fine a minute later, normal?",
    # From a seventh code review: wall talk with "dragged myself" or "training"; legs folded sitting,
    # knees that fold in; parking; a distance before weight gained.
    "I hit the wall at mile 20, my legs gave way and I dragged myself to the finish, lower back sore now",
    "Hit the wall at 30k in the marathon, legs buckled, my back aches. Was my training too short?",
    "I sit with my legs folded and my lower back aches",
    "My knees fold in when I land, lower back sore after running",
    "I parked at the start and my chest felt fine, back is sore",
    # From a sixth code review: a tightness or heaviness back elsewhere than the chest.
    "my ECG was normal, chest a bit tight on runs, and now my back tightness is back after long runs",
    "ECG normal, chest fine, the heaviness in my legs is back after the marathon",
    # From a fifteenth code review: unfit, a cold or reps beside "usual run" or "stop every 400 m";
    # the alarm woke me; heels that hit the ground flying down a hill.
    "I've got out of shape over the winter and now I'm out of breath on my usual route",
    "Breathless on my usual run after a week off with a cold",
    "Gasping on my reps, I stop every 400 m to recover, back aches",
    "The alarm woke me and my lower back was agony but it eased after a hot shower",
    "Heel strike: my heels hit the ground and I went flying down the hill fast, lower back aches",
    # From a fourteenth code review: ordinary words beside the round's new rules.
    "My lower back pain went into the back of my thigh after my long run",
    "A bus pulled out and I sprinted after it, my lower back has ached since",
    "Went fell running at the weekend and my lower back aches",
    "Been fell running all summer and my lower back aches after the descents",
    "Camping at the ultra, woke up wet through from the rain, back stiff",
    # Kinds from forum12 (read after it was held out): a foot asleep in a van and fine after a minute,
    # rest as days off, weight gained whatever one does on night shifts, a question whether running
    # alone takes the weight off, a plural shorthand the speller once read as a sign.
    "my foot fell asleep in the van on the way to work, fine after a minute. why does my back ache on runs?",
    "my back pain comes back every time I up my mileage, no matter how long I rest, why?",
    "on nights I put on weight no matter what I do and my back is sore, can running help?",
    "can I lose the weight by running without dieting? my back gets sore after",
    "saw two chiros about my back and nothing changed, why does it hurt after runs?",
    # Kinds from forum11 (read after it was held out): an illness that knocked someone flat, numbness
    # that went months after an operation, a gain written "+17kg", a beginner gasping at the start, a
    # backside gone bony after losing weight, an aim not to lose weight.
    "a stomach bug knocked me flat for a week, now my back aches on runs, normal?",
    "the numbness in my leg went about 3 months after the surgery, can I build up my running now?",
    "since lockdown I'm +12kg and my back aches when I jog, why am I not losing it?",
    "when I started c25k a minute of running had me gasping, now I can do 30 mins, why does my back ache after?",
    "lost 25kg running and now hard chairs hurt, like sitting on my tailbone, does running shrink your bum?",
    "I'm not trying to lose weight, how do I run without it becoming an obsession again?",
    # Kinds from the false alarms left in forum6-8 (tuning sets): a posture like falling, a disc that
    # leaks, not wanting to get injured, "day two", a relative in her fifties, a fever told over in the
    # next sentence, generic "your legs", an IT band.
    "I lean so far forward on hills I look like I'm about to fall over, why does my back ache after?",
    "the MRI showed a disc leaking onto the nerve, can I keep running on it?",
    "I'm 40 kg overweight, how much running do I need to start losing weight? I don't want to get injured",
    "on day two my feet went tingly in the new shoes, back a bit stiff, normal?",
    "my mum had a bad disc in her 50s and lost control of her bladder. my back aches after runs, should I worry?",
    "had a fever and shivers after the marathon. That's all gone now. Why is my back still stiff?",
    "they say running makes your legs weaker over time, is that true? my back hurts after",
    "my IT band is tight after long runs and my lower back aches, why?",
    # Kinds from lay-redflags17 and forum10: a fever that is over, a fear read about, a numb bum cheek
    # sorted last year, a friend who died, a loud footstrike, woken by one's wife, a face that got thinner.
    "had a bad cold with a temperature last week, completely over it now, why does my back ache on runs?",
    "I keep reading that a slipped disc can make you lose control of your bladder, should I stop running?",
    "last year I had tingling in my bum on long runs, the physio sorted it. how do I stop my back aching now?",
    "a man at our club collapsed at the finish and died in hospital, is running dangerous after 60?",
    "since I switched to forefoot striking my feet slap the road loudly, is that bad for my back?",
    "after the long run I slept on the sofa till my husband woke me for dinner, back a bit sore",
    "my face got thinner but the scale has not moved since marathon training began, why?",
    # From a thirteenth code review: a Scottish "wee", the need to go faster, a blister seen late,
    # a beginner stopping every few minutes, a hard session, shopping, hours awake on race day,
    # cutting corners, pushing through the back half of a route.
    "I didn't do a wee bit of stretching after my run and now my lower back aches",
    "I didn't do a wee before the race and needed one the whole way, lower back sore after",
    "I don't feel the need to go faster, my back aches on tempo runs though",
    "Didn't even feel it until I saw the blood on my sock, lower back sore after the long run too",
    "New to running, doing couch to 5k and I get so out of breath I have to stop every few minutes",
    "Out of breath on my tempo run, never had that before, but I did go out way too fast",
    "Out of breath after my long run then went shopping, back aches",
    "Up at 3am for the race, 18 hours awake by the finish, back sore after, is that normal?",
    "Dropped 3 kilos training for the marathon, I'm not cutting corners on my long runs, back aches",
    "Where do you all keep your phone on a run? I'm done pulling a soggy bus pass out of my sock",
    "still bendy enough to touch my toes before, but after the dog walk I can't get anywhere near my toes",
    # Kinds from lay-redflags16 and chat5: a leg numbness a doctor has named, a bump a doctor has
    # checked, a foot that goes dead on the loo, the feet hitting the ground, gasping on repeats,
    # a South African "lekker" (not "leaked"), a cause only asked about.
    "my shin went numb months ago, the physio says it's a nerve from the knee, can I keep jogging?",
    "I was in a small car bump last month, the GP checked me over and said it's muscular, back a bit sore",
    "my leg goes dead if I sit on the toilet too long, is that coming from my back?",
    "my lower back jars every time my heels hit the pavement, why?",
    "gasping during 400m repeats and my back is tight after, how do I stop that?",
    "lekker run this morning but my lower back is sore now, why?",
    # Kinds from lay-redflags15 and forum9: breath back in a minute after hills, feet numb from
    # cycling cleats, a leak after a baby with a physio, night runs and the children's bedtime,
    # fell running.
    "hill reps had me gasping, chest going like mad, got my breath back within a minute. abs from hills?",
    "toes go numb in my spin shoes, wears off in 5 minutes. how far do I run to lose weight?",
    "postnatal leaking on runs, the physio has me on pelvic exercises. why is my back sore after runs?",
    "late night runs are killing my lower back, why does it ache the next day?",
    "I can only run once the kids are in bed and my back is in agony after, why?",
    "Fell running wrecks my lower back on the descents, why?",
    # From a twelfth code review: anyone else's cancer, a question about cancer, a fall in confidence.
    "My neighbour has cancer and my back aches after runs",
    "Does back pain have a link to cancer?",
    "a big fall in my confidence after I tripped on a kerb, grazed knee, back a bit sore",
    # From a tenth code review: a pee and a coke, a brown hut, a bank holiday, heavy rain.
    "I need a pee after drinking coke on long runs, back sore",
    "Had a wee behind the brown hut at parkrun, back sore",
    "tripped on a kerb on bank holiday, grazed knee, back a bit stiff",
    "tripped on a kerb in heavy rain, grazed knee, back a bit sore",
    # From a ninth code review: "left" and "right" as ordinary words, a wee then a tea, black ice,
    # "er" and a weight in kg beside a minor trip, someone else's chemo, a fear of cancer.
    "had a wee then went for a tea, back sore after my run",
    "passing black ice on my run, back sore",
    "Er, I tripped on a kerb and grazed my knee, back a bit sore",
    "my weight is 70 kg, tripped on a kerb, grazed knee, back a bit stiff",
    "My mum is having chemo and my back hurts after runs",
    "I have a fear of cancer and my back hurts after runs",
    # From an eighth code review: a side named for another thing, cola drunk, cancer not one's own.
    "legs weak and tired after the marathon and my right knee hurts, back sore",
    "Does coke make me pee more on long runs? my back aches",
    "I had a cancer scare but the test came back clear, back sore after runs",
    "Finished the Cancer Research UK 10k, my back is sore",
    # From a third new user's trial: someone else's cancer, beetroot.
    "my mum had cancer and I run race for life, my back is sore after",
    "I ate beetroot and my pee was red after my run, back a bit sore",
    # From a second new user's trial: a leak after children, laughing, a past heart attack, a graze.
    "I wet myself a bit on a hard sprint, is that normal for women after kids?",
    "my chest hurts from laughing at my mates running style lol",
    "I had a heart attack last year, can I run",
    "fell over a kerb on my run this morning, grazed knee, back a bit stiff",
    # From a fifth code review: lying down after reps, the end of a marathon, returning to running.
    "after hard 400m reps I'm so out of breath I have to lie down for a minute",
    "the last 6 miles of the marathon my legs gave way and I had to walk, lower back sore",
    "my legs gave out over the last 10k of the marathon, is that my back?",
    "my legs have stopped working after yesterday's marathon, lower back stiff too",
    "ECG was normal, chest tight since I returned to running",
    # From forum13 and lay-redflags18's kinds: waiting in the cold, the menopause's sweats, a chest cold's
    # last days, hands that will not work, a busy child, a fall a physio has checked and cleared.
    "waited at the start line shivering for half an hour, my lower back ached from 10k on",
    "standing around shivering before the cross country, then my back was sore all the way round",
    "perimenopause means hot flushes and sweats every night, my back is fine, but why am I gaining weight?",
    "I wake up soaked in sweat most nights since the menopause started, back's fine, will running help my weight?",
    "got over a chest infection last week, a bit more puffed than normal on the hill today, lower back sore after",
    "fingers so cold my hands would not work on the early run, back a bit stiff, what gloves?",
    "my daughter is sport mad and never stops, her back aches after netball, is that normal?",
    "our lad is football crazy, never stops, and his back is sore after PE, growing pains?",
    "slipped on the towpath last Sunday, the GP checked me over, soft tissue only and said I can run, "
    "back still a bit sore",
    # From a sixteenth code review: a long-ago story goes on with "and I had"; "the fall in" is a drop;
    # "without trying" in the aim's own question; tired legs since yesterday's race; the wheels fall off.
    "Years ago I had a bad fall and I couldn't feel my legs for a week. Now my lower back aches after long runs, tips?",
    "In 2019 I had a disc op and I had numbness in my saddle area for months. Now I'm running again and my back "
    "aches after long runs",
    "The fall in my mileage has helped my back",
    "The fall in temperature makes my lower back ache on runs",
    "Can you lose weight without trying, just by running more? My back aches after long runs",
    "Will I lose weight without changing my diet if I run? My lower back aches after runs",
    "My legs have felt weak and heavy since yesterday's half marathon, back aches",
    "The wheels fall off at mile 20 and my lower back aches after every marathon",
    "In my 20s I had a slipped disc and I couldn't feel my bum for weeks. I'm 50 now and my back aches after runs",
    # From a fifth new user's trial: a small child who still wets the bed, drink, a leak at the finish,
    # a trip onto the hands.
    "my 5 year old still wets the bed now and then, and my back is stiff after my runs",
    "too many pints after the race, wet the bed, back sore from the run lol",
    "dribbled a bit of wee crossing the finish of my first 10k, mortified",
    "caught my toe on a kerb on my run and landed on my hands, back's sore today",
    # From a sixth new user's trial: a leak when running, a nosebleed in pregnancy, a cleared scare.
    "I leak a bit of pee when I run, back a bit stiff after",
    "pregnant and my nose bleeds on hot runs, back aches, normal?",
    "had blood in my pee after a marathon last year, the doctor checked it and it cleared, back sore now",
    # From a nineteenth code review: pregnancy's words beside a blood test, a toenail, a stitch; waters
    # to drink; a wee bit of red; blood on the toilet paper.
    "28 weeks pregnant, my blood test came back fine, back aches after runs",
    "pregnant and my toenail is bleeding after a run, back a bit stiff",
    "20 weeks pregnant and I get a stitch that comes and goes on runs",
    "I was expecting a PB but my calf cramps come and go, back sore",
    "Grabbed a couple of waters and went out for 10k, back sore after",
    "there was a wee bit of red in the bowl, my back aches",
    "The baby was quiet this morning so I squeezed in a 5k, back a bit stiff",
    "My foam roller is stuck, I can't feel it move on my IT band, back sore",
    "trying to get pregnant and my calf cramps come and go on long runs",
    "the waters went fast at the aid station, should I carry a bottle? back aches after",
    "I'm 6 weeks postpartum, the baby is very quiet in the running buggy, back a bit sore",
    "ran 5k with the buggy, first run in 6 weeks, the baby was really quiet, back stiff after",
]


@pytest.mark.parametrize("message", ORDINARY_LOOK_ALIKES)
def test_ordinary_look_alikes_are_not_urgent(matcher, message):
    d = matcher.decide(message)
    assert d.kind != "urgent", (d, matcher.decide(message, explain=True).explain["signs"])


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_near_miss_is_not_urgent(matcher, message):
    d = matcher.decide(message)
    assert d.kind != "urgent", d
    assert d.flags == ()


def test_near_misses_about_the_faq_still_get_their_answer(matcher):
    # Not urgent, and not dropped either: the question is answered like any other.
    assert matcher.decide("no numbness, no bladder problems, just a sore back after running").entry_id \
        == "back-pain-after-run"
    assert matcher.decide("I have a herniated disc at L5, is running bad for it?").entry_id == "herniated-disc"


def test_urgent_wins_over_small_talk(matcher):
    assert matcher.decide("hi").kind == "smalltalk"
    d = matcher.decide("hi, I get chest pain when I run")
    assert d.kind == "urgent" and d.flags == ("chest",)


def test_urgent_may_carry_the_faq_entry(matcher):
    d = matcher.decide("i have a fevr and bak pain after my run")
    assert d.kind == "urgent" and d.entry_id == "back-pain-after-run"


def test_red_flags_on_clean_text_in_flags_order():
    assert triage.red_flags("i have chest pain and my back hurts since i fell") == ("trauma", "chest")
    assert triage.red_flags("my back hurts after running") == ()
    assert triage.red_flags("no numbness in my groin") == ()
    assert triage.red_flags("numbness in my groin") == ("saddle",)


def test_custom_red_flag_phrases_from_the_faq():
    faq = parse_faq("""\
disclaimer: Not medical advice.
fallback: Sorry.
urgent: See a doctor today.
red_flag_phrases: [cauda equina, blue toes]
entries:
  - id: one
    question: Does running help?
    alternates: [running benefits]
    answer: Yes.
""")
    m = Matcher(faq)
    d = m.decide("could I have cauda equina?")
    assert d.kind == "urgent" and d.flags == ("custom",)
    assert m.decide("my toes went blue after my run").kind != "urgent"  # the whole phrase, in order
    assert m.decide("blue toes after my run").flags == ("custom",)
    # From a fourth new user's trial: read with ConText's modifiers like the built-in signs.
    assert m.decide("no blue toes at all, just tired legs after my run").kind != "urgent"
    assert m.decide("I had blue toes years ago, all fine now, why do my calves ache?").kind != "urgent"
    # From a sixteenth code review: every place the phrase is told is judged, and doubt is no denial.
    for message in ("No blue toes last week, but blue toes after today's run",
                    "Never had blue toes before, got blue toes today after my run",
                    "I don't know if this is cauda equina", "Could this not be cauda equina?",
                    "I can't rule out cauda equina, can I?"):
        assert m.decide(message).flags == ("custom",), message


def test_each_rules_gate_and_start_words_hold_for_every_match(matcher: Matcher) -> None:
    """assess() runs a rule only when the message holds one of its gate words, and tries it only
    at its start words: every match the full regex scan finds must hold both, or a sign is missed.
    There it tries only the phrases that can begin with the word (phrases.StartTable), a subset of the
    regex's alternatives in the same order: it must find the same match."""
    import yaml

    checked = 0
    for path in sorted((ROOT / "tests/data").glob("questions-*.yaml")):
        if "unseen" in path.name:
            continue  # held-out sets are read only through their summaries
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            tokens = matcher.read(str(item["text"])).tokens
            message = " ".join(tokens) + " "
            for rule in triage.RULES:
                for m in rule.finding.finditer(message):
                    words = message[m.start():m.end()].split()
                    assert words[0] in rule.starts[0] or words[0].startswith(rule.starts[1]), (rule.sign.name, m)
                    assert any(w in rule.gate[0] or w.startswith(rule.gate[1]) for w in words), (rule.sign.name, m)
                    cut = rule.finding_at.match(message, m.start(), words[0])
                    assert cut is not None and cut.span() == m.span(), (rule.sign.name, m, cut)
                    checked += 1
    assert checked > 300  # the sets hold hundreds of findings; none at all would mean nothing was tested


def test_a_look_alikes_gate_opens_for_every_message_its_words_match(matcher):
    """Each look-alike is tried only when phrases.Gate opens over the message's words: wherever its
    regex matches in a message that holds its sign, the gate must open, or a look-alike that explains
    an ordinary finding would be skipped and the finding raise an alarm. So must a sound-alike's gate
    (bot.senses.sound_alikes) wherever its regex matches the words it reads."""
    import yaml

    from bot import senses
    from bot import text as textmod

    checked = sounds = 0
    for path in sorted((ROOT / "tests/data").glob("questions-*.yaml")):
        if "unseen" in path.name:
            continue  # held-out sets are read only through their summaries
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            typed = matcher.speller.words(textmod.marked_words(textmod.normalize(str(item["text"]))), forms=False)
            typed_text = " ".join(typed) + " "
            for _, _, regex, _, gate in senses._SOUND_RULES:
                if regex.search(typed_text):
                    assert gate.opens_in(frozenset(typed), " " + typed_text), (regex.pattern[:60], typed_text)
                    sounds += 1
            tokens = matcher.read(str(item["text"])).tokens
            message = " ".join(tokens) + " "
            for rule in triage.RULES:
                if rule.finding.search(message) is None:
                    continue
                for look_alike in rule.look_alikes:
                    if look_alike.words.search(message):
                        assert look_alike.gate.opens_in(frozenset(tokens), " " + message), (
                            rule.sign.name, look_alike.spec.words[:3], message)
                        checked += 1
    assert checked > 300
    assert sounds > 30


def test_every_phrase_of_the_tables_compiles():
    """The triage table's and the senses' regexes are compiled when a message first needs them: a phrase that
    cannot compile ("m_s" reads as a contraction's remnant) would fail on that message in a running bot, not
    at start-up, so every one of them is compiled here."""
    from bot import senses

    fresh = [triage._Rule(r.sign, r.gate, r.starts) for r in triage.RULES]
    compiled = 0
    for rule in fresh:
        for regex in (rule.finding, rule.site, rule.needs, rule.elsewhere):
            compiled += regex is not None
        for look_alike in rule.look_alikes:
            compiled += sum(r is not None for r in (look_alike.words, look_alike.unless, look_alike.also))
    for sense in senses._SENSE_RULES:
        compiled += bool(sense.rx.pattern) + len(sense.parts)
    assert compiled > 1000


def test_a_look_alikes_regexes_are_compiled_only_once_a_message_opens_its_gate():
    """Most of the table's phrases are look-alikes: compiling them all costs about a second, which
    neither start-up nor the first messages should pay for words the message does not hold."""
    rule = next(r for r in triage.RULES if r.sign.flag == "trauma" and r.sign.look_alikes)
    fresh = triage._Rule(rule.sign, rule.gate, rule.starts)
    words = "i nearly fell on the ice and my back hurts".split()
    opening = [la for la in fresh.look_alikes if la.gate.opens(words)]
    assert len(opening) < len(fresh.look_alikes) / 2
    triage.RULES, saved = (*triage.RULES[:triage.RULES.index(rule)], fresh,
                           *triage.RULES[triage.RULES.index(rule) + 1:]), triage.RULES
    try:
        triage.assess(words)
    finally:
        triage.RULES = saved
    compiled = [la for la in fresh.look_alikes if "words" in la.__dict__]
    assert compiled and set(map(id, compiled)) <= set(map(id, opening))


SIGNS_THEN_ASKED = [
    ("chest", "chest pain while running"),
    ("saddle", "my saddle area is numb"),
    ("saddle", "groin numb after run"),
    ("fever", "my back hurts and I have a fever"),
    ("trauma", "I fell on a trail run and now my back hurts"),
    ("bladder", "I can't feel when I need to pee since my back went"),
    ("leg-weakness", "my legs keep giving way since my back pain started"),
]
ASKED = ["", " is that ok", " is that normal", ", is that normal?", " ok?", " is it ok to run", " am i ok?",
         " should I be worried?"]


@pytest.mark.parametrize("ending", ASKED)
@pytest.mark.parametrize("flag, sign", SIGNS_THEN_ASKED)
def test_a_sign_followed_by_a_question_about_it_stays_urgent(matcher, flag, sign, ending):
    """"Is that ok?" asks about the sign; it does not deny it as "my legs are ok" would."""
    d = matcher.decide(sign + ending)
    assert d.kind == "urgent" and flag in d.flags, (sign + ending, d)


@pytest.mark.parametrize("message", [
    "my bladder is fine, just a sore back after my run",
    "legs are ok, only my lower back aches after long runs",
    "chest is fine, it's my lower back that hurts after runs",
])
def test_a_sign_told_as_fine_is_still_denied(matcher, message):
    assert matcher.decide(message).kind != "urgent"


def test_a_phrase_cannot_offer_a_literal_question_mark():
    # From a code review: "need* ~2 to go ,|.|?|and|but" read as an optional slot, so "need to go
    # faster" was a bladder site.
    from bot.phrases import compile_phrases, pattern
    with pytest.raises(ValueError, match="literal"):
        pattern("go ,|.|?")
    assert compile_phrases(["go ,|?|."]).search("do i need to go ? ") is not None  # "?" between: literal
    assert compile_phrases(["go ,|."]).search("i need to go , ") is not None
    assert compile_phrases(["go ,|."]).search("i should go for a run ") is None


@pytest.mark.parametrize("phrase", ["i_am|i_m ~1 # weeks", "but it hasn_t", "that_s ~3 lost", "we_re ~1 expecting"])
def test_a_phrase_with_a_contractions_remnant_is_refused(phrase):
    # From a twenty-fourth code review: "she's 34 weeks" arrives as "she 34 weeks", so "she_s" never matched.
    from bot.phrases import pattern
    with pytest.raises(ValueError, match="contraction"):
        pattern(phrase)
    assert pattern("t boned") and pattern("it_is_back|its_back")  # words, not remnants


def test_a_phrase_with_an_ampersand_is_refused_and_its_spelling_out_matches(matcher):
    # bot.text spells "&" out, so "a&e" in the sign table never matched "A&E" (ten phrases were dead).
    from bot.phrases import compile_phrases, pattern
    with pytest.raises(ValueError, match="&"):
        pattern("a&e ~3 said")
    assert compile_phrases(["a_and_e ~3 said"]).search(" ".join(matcher.read("A&E said it was muscular").tokens))


def test_a_fall_seen_in_hospital_with_nothing_broken_is_no_sign_while_it_heals(matcher):
    # scope19's false alarm, in our own words: the x-ray found nothing, and healing is only hoped for.
    assert matcher.decide("slipped on the ice on my run on Monday, A&E x-rayed my back, nothing broken. How long "
                          "till it's better enough to jog again?").kind != "urgent"


@pytest.mark.parametrize("message", [
    "slipped on the ice on Monday, A&E x-rayed my back, nothing broken, but now my legs are going numb",
    "fell off my bike yesterday, hospital x-rayed me, nothing broken, but now my legs are going numb",
    "came off my bike, A&E said nothing broken, but my back is agony and getting worse",
])
def test_a_fall_seen_in_hospital_still_alarms_with_what_came_since(matcher, message):
    assert matcher.decide(message).kind == "urgent"


def test_a_number_with_its_unit_matches_that_unit_only():
    from bot.phrases import compile_phrases
    height = compile_phrases(["#m|#ft of gain"])
    assert height.search("800m of gain ") and height.search("1.5ft of gain ")
    assert height.search("6kg of gain ") is None and height.search("6 of gain ") is None
    # From a sixth code review: the gates took "#m" for a literal word no message holds.
    from bot.phrases import first_words, gate_words
    assert first_words(["#m of gain"]) == (frozenset(), tuple("0123456789"))
    assert gate_words(["#m|#ft"]) == (frozenset(), tuple("0123456789"))


def test_a_gate_needs_every_word_of_a_phrase_it_can_name():
    from bot.phrases import Gate, compile_phrases
    table = ["better off dead", "eat|eating|ate nothing but", "{not} want to be here ,|.|anymore", "self harm*",
             "lost # kg|lbs"]
    gate, regex = Gate(table), compile_phrases(table)
    for text in ("i would be better off dead", "i am eating nothing but toast", "i do not want to be here .",
                 "thoughts of self harming", "i lost 6 kg"):
        assert regex.search(text + " ") and gate.opens(text.split()), text
    # The mark a caller adds at the text's end is no word of the message: a slot of marks is not tested.
    assert regex.search("i do not want to be here . ") and gate.opens("i do not want to be here".split())
    # Each word alone is an everyday word: only all of one phrase's words open the gate.
    for text in ("better off with new shoes", "nothing but hills , then pasta", "i want to be here",
                 "i lost 6 stone", "self care"):
        assert not gate.opens(text.split()), text


def test_breathless_at_night_is_an_emergency_even_with_night_pain(matcher):
    # From a second code review: waking short of breath is out of proportion (BHF); night pain alone is "today".
    d = matcher.decide("I wake up at night short of breath and my back aches after running")
    assert d.kind == "urgent" and d.why == "emergency", d
    # Found fixing it: the search stopped at the first sign that stood, so a fever (today) hid chest pain.
    d = matcher.decide("I have a fever of 39 and back pain, and chest pain on my run today")
    assert d.kind == "urgent" and d.why == "emergency", d


def test_the_decisions_flag_is_the_sign_that_sets_its_urgency(matcher):
    # From a third code review: a fever ("today") was named on an emergency set by a chest sign.
    d = matcher.decide("I have a fever of 39 and back pain, and chest pain on my run today")
    assert d.why == "emergency" and d.flags[0] == "chest", d
    # ...and the others that stand follow it, named in the reply too (an eighteenth new user)
    assert d.flags == ("chest", "fever"), d


# How soon, as the NHS and the BHF put it. From a second new user's trial: tingling down one leg told
# people to call an ambulance (both legs, the saddle area or new weakness are the emergency; one numb
# leg, a doctor). From a third: "gone now" from yesterday did too (it needs checking the same day).
URGENCY_LEVELS = [
    # From a sixteenth code review: asking to run again brings no passed chest pain back.
    ("Chest pain on my run yesterday. It's gone now. Can I run again tomorrow?", "today"),
    # From a thirteenth code review: a past cancer told without "I", asking if it is back.
    ("Had prostate cancer 5 years ago, is back pain at night a sign of cancer?", "today"),
    ("Finished chemo for breast cancer last year, is new back pain a sign of cancer coming back?", "today"),
    ("Had a bit of chest pain on my run this morning, gone now, I just pushed through the back half of the route",
     "today"),
    # (one leg's tingling is for a doctor with the back told, as faq.yaml's urgent text says: lay-redflags42)
    ("tingling down my leg after running and my lower back aches", "today"),
    ("pins and needles in my left foot on runs and my lower back aches", "today"),
    ("both my legs have gone numb and my back hurts", "emergency"),
    ("my leg went numb and now my foot drags, back pain too", "emergency"),
    # From a seventh code review: legs or feet in the plural, or spreading and worse, are both sides.
    ("My legs have gone numb and my lower back is agony", "emergency"),
    ("My feet have gone numb and my lower back is killing me", "emergency"),
    ("numbness spreading down my leg from my lower back, getting worse", "emergency"),
    # From a ninth code review: "left" as an ordinary word does not make it both sides; a heart
    # attack's own features keep a passed pain an emergency.
    ("2 miles left and my left foot went numb, back aches", "today"),
    # From a tenth code review: the other side without a limb word; sore legs are no numb legs;
    # tightness into the neck or palpitations keep a passed chest pain an emergency.
    ("My left foot is numb and the right is doing it too, back aches", "emergency"),
    ("my left foot went numb on my run and my legs are sore, back aches", "today"),
    ("had chest pain on my run yesterday that felt tight and went into my neck, gone now", "emergency"),
    ("had chest pain running up the hill yesterday, gone now, can I run again?", "today"),
    # From a twelfth code review: a passed chest pain that went through to the back.
    ("Chest pain on my run this morning, gone now, it went through to my back", "emergency"),
    # From an eleventh code review: the heart's features in the next sentence; a bumped head.
    ("Chest pain on my run this morning, gone now. It went down my left arm.", "emergency"),
    ("I fainted on my run this morning and woke up on the pavement with a bumped head, fine now", "emergency"),
    ("had chest pain on my run yesterday, gone now, my legs are heavy", "today"),
    ("had crushing chest pain down my left arm on my run yesterday, gone now", "emergency"),
    ("fainted on my run yesterday and hit my head, fine now", "emergency"),
    ("had chest pain running up the hill yesterday, gone now, can I run today?", "today"),
    ("i fainted during my run yesterday, fine now", "today"),
    ("chest pain on my run right now and my back aches", "emergency"),
]


@pytest.mark.parametrize("message, urgency", URGENCY_LEVELS)
def test_the_urgency_fits_the_sign(matcher, message, urgency):
    d = matcher.decide(message)
    assert d.kind == "urgent" and d.why == urgency, d


@pytest.mark.parametrize("message, later", [
    ("numb bum after long run", None),
    # An emergency offers nothing for later (tenth and eleventh code reviews); a doctor today does.
    ("i have numbness in my groin after running and back pain", None),
    ("can running give me abs? also I have chest pain on runs", None),
    ("my lower back hurts after running and I have a fever of 39", "back-pain-after-run"),
])
def test_the_entry_offered_for_later_answers_the_rest_of_the_message(matcher, message, later):
    # From a first and a third new user's trial: "numb bum after a run" (saddle numbness) offered the
    # butt-shrinking entry for later, in the chat and inline.
    d = matcher.decide(message)
    assert d.kind == "urgent" and d.entry_id == later, d


def test_a_phrase_table_finds_what_its_regex_finds():
    """PhraseTable tries only the words a match can begin with (optional slots, macros, numbers,
    prefixes, gaps); its matches, in any window, are the regex's."""
    from bot.phrases import PhraseTable

    table = PhraseTable(("my? numb*", "{cannot} ~2 feel my legs", "lost # kg|kgs", "want|wanna to? die ,|.",
                         "back ~1 pain", "no|not feeling"))
    assert not table._anywhere
    texts = ["i can not really feel my legs and my numbness , numb toes . ", "lost 6 kg , i want to die . ",
             "my back really pain no feeling numbed ", "xmy numb  my numb wanna die . lost 12 kgs "]
    for text in texts:
        for pos in range(len(text) + 1):
            for endpos in (None, len(text) - 3, pos + 9):
                args = (text, pos) if endpos is None else (text, pos, endpos)
                assert [m.span() for m in table.finditer(*args)] == [m.span() for m in table.regex.finditer(*args)]
    assert PhraseTable(("my? ~2 legs",))._anywhere  # a gap after optional slots: any word may start it


# From forum15's kinds (examples of our own): a child or a partner who "falls asleep" has no fall; a
# loss "without trying" put down to giving up drink is explained. Still urgent when the loss goes on,
# comes with other signs or the writer cannot account for it.
@pytest.mark.parametrize("message", [
    "The baby falls asleep in the jogging stroller every time and my lower back aches after, why?",
    "my husband falls asleep on the sofa after his long runs, and his back is stiff, normal?",
    "Quit the booze in September and I've lost 5kg without even trying, will running help me lose more?",
    "Stopped drinking after new year, down 4 kg without trying, how many runs a week to keep going?",
    "two months sober and I've dropped 6 pounds without trying, can running make it faster?",
])
def test_a_sleep_or_a_loss_from_giving_up_drink_is_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "I stopped drinking in May but I keep losing weight without trying, 8 kg now, and my back aches at night",
    "Gave up alcohol a while back and lost 7 kg without trying, I can't explain it, is that a worry?",
    "My dad fell asleep at the wheel and crashed, his lower back hurts now",
])
def test_a_loss_or_a_fall_beside_those_words_still_stands(matcher, message):
    assert matcher.decide(message).kind == "urgent"


# From lay-redflags21's and scope7's kinds (examples of our own): the day's heat in degrees, an exercise
# named for what the heels do, a calf tear that explains weak toes, a back the fall spared, and
# others' signs read about are no warning signs; a vehicle rolled onto someone is a crash.
@pytest.mark.parametrize("message", [
    "It was 39 degrees at the start line, brutal, and my lower back is sore this evening. Was it the heat?",
    "Physio gave me calf raises and heel drops for my achilles, can I still run easy?",
    "Strained my calf at parkrun, I can't go up on my toes on that leg yet. Back's totally fine. When can I run?",
    "Slipped on the wet boardwalk, landed on my hands, my back didn't take any of it. "
    "Why is my lower back always tight after long runs?",
    "I've been reading horror stories about people losing control of their bowels from back problems. "
    "My lower back aches after runs, is that normal?",
])
def test_the_days_heat_an_exercise_or_a_spared_back_is_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "I have a fever, it was 38.6 degrees this morning, and my lower back really hurts",
    "rolled the ute on a gravel road on Friday, walked away from it, lower back has been sore since",
    "the tractor tipped and I was pinned under it for a minute, back's sore now",
    "Tried heel raises and my left heel just won't lift off the floor, my lower back aches too",
    "Fell off a ladder, the ladder came down on top of me, my lower back is sore",
])
def test_a_fever_a_rollover_or_a_heel_that_will_not_lift_still_stands(matcher, message):
    assert matcher.decide(message).kind == "urgent"


# A thirty-fourth review's defects (examples of our own): the look-alikes added this round must not
# talk down a real sign, nor read ordinary words as one.
@pytest.mark.parametrize("message", [
    # a loss with drink named that does not explain it
    "Lost 9kg since summer without trying, I've been teetotal for years so it isn't the drink",
    "my wife gave up wine in March, but I'm the one who's dropped 6kg without trying",
    # a fall told as sparing the back, and back pain told now
    "A cyclist knocked me over on the towpath, my back didn't take the brunt but my lower back is killing me now",
    # an exercise named beside a real weakness; a tear elsewhere
    "doing calf raises for my achilles but since my back went my left foot slaps and catches on the pavement",
    "cannot get up on my toes on the left since Monday, I tore a finger ligament in the summer",
    # a body's temperature in degrees
    "I'm burning up, it was 39.2 degrees when I took it, and my lower back hurts on one side",
    # read about, then told
    "read loads of posts about people losing bowel control and this morning I had an accident, my back is agony",
])
def test_the_review_34_look_alikes_leave_real_signs_standing(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "fell over at parkrun, felt terrible back home, my knee is grazed",
    "my son fell asleep while I was driving us home from the race, my lower back is stiff from the drive",
    "pinned under a sleeping toddler all evening and my lower back aches, normal?",
    "I rolled down the car window after my run to chat, lower back aches a bit, is that normal?",
    "my lower back aches after fell running, is that normal?",
])
def test_the_review_34_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A thirty-fifth review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "I'm 38.9 degrees and feeling under the weather, pain low on one side of my back",
    "came off my bike on the descent, knackered back when I twist",
    "dozed off driving back from the race and went into a ditch, my lower back hurts",
    "our car rolled over on the ice last night, my lower back is sore",
    "I was trapped under the weight of a fallen tree branch, lower back agony",
    "stopped drinking over a year ago and I've lost 8kg in two months without trying",
    "fell off a wall, didn't land on my back, but there's a stabbing pain in my lower back now",
    "doing heel raises for my calf but my left foot has gone floppy when I walk, and my lower back aches",
    "I can't do calf raises on the right any more since my back flared",
    "seen videos about people losing bladder control, and this evening I couldn't hold it, back is agony",
])
def test_the_review_35_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "heel drops to build strength in my calves, my lower back is a little sore as well, keep going?",
    "38 degrees at parkrun and I was sweating buckets, lower back a bit sore now",
    "twisted my ankle on a trail and can't go up on my toes on that side yet, when can I run?",
    "landed on my knees, my back didn't take any of it, but my knee is very sore now",
    "ran an awful back half of my marathon, tripped at mile 23 and grazed my palm",
    "8 weeks into my training block and I've hit a wall, my lower back feels stiff too",
])
def test_the_review_35_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A thirty-sixth review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "tripped down the steps, didn't land on my back, but my lower back really aches now",
    "came off my bike, my dodgy back on the right is killing me since",
    "I took it, 38.8 degrees since my long run in the heat, and my lower back hurts on one side",
    "dozed off at the wheel, the car hit a barrier, lower back sore",
    "gave up alcohol a long time ago, but I've lost 6kg in 6 weeks without trying",
])
def test_the_review_36_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "came off the road onto the trails this year and my lower back aches after long runs, why?",
    "crushed under the training load this month, my lower back aches, normal?",
    "I can't do single leg calf raises yet, is that normal for a beginner?",
    "what if, on my run, I lose bladder control? my back aches after runs",
    "I nearly fell asleep driving home from the race, my lower back aches, normal?",
])
def test_the_review_36_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A thirty-seventh review's and an eighth new user's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "my son mentioned he can't feel his bum and his lower back hurts after cross country",
    "the van left the road on the bend last night, my lower back hurts",
    "came off my bike, didn't land on my back, but my back's been aching since",
    "16 months sober and I've lost 7kg without trying",
    "my waist dey pain me and I no fit hold my wee",
    "I wan die, everything don spoil",
])
def test_the_review_37_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "the physio mentioned signs like numbness to look out for, my back aches after runs, normal?",
    "took my top off in the heat, it was 37 degrees in the sun, lower back aches after my run",
    "fell asleep on the sofa after my trail race, I'd jumped a ditch at mile 3, lower back is sore",
])
def test_the_review_37_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# An eighth new user's trial (examples of our own): a slippery path, an accident long ago or a fall onto
# a climbing mat is no emergency; a back smashed against a wall is a crash. ("Prang" was tried: the speller
# then read other words as it.)
@pytest.mark.parametrize("message", [
    "it was slippery underfoot on the towpath and my lower back is sore after my run",
    "had a bike accident a year ago, all fine, but my lower back aches after long runs now",
    "dropped off the top of the boulder problem onto the crash pad and my back is a bit sore",
])
def test_a_slippery_path_an_old_accident_or_a_mat_is_no_emergency(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "lost my footing on the treadmill and slammed my back against the wall behind it",
    "came off the treadmill at speed and smashed my back into the wall, lower back hurts",
])
def test_a_back_slammed_against_something_is_a_crash(matcher, message):
    assert matcher.decide(message).kind == "urgent"


# Kinds from lay-redflags22 (examples of our own): a fall told as going over backwards or someone
# charging into you; a weight told as two numbers; a night no position eases; breath compared with a
# sprint on an easy run; a faint the writer only guesses an ordinary cause for.
@pytest.mark.parametrize("message", [
    "toppled over backwards off the kerb onto my coccyx, it's sore now, can I still do my long run?",
    "a cyclist barrelled into me on the towpath, my lower back has ached since, ok to jog?",
    "my weight went from 71 to 64 kilos over the winter, I'm not dieting, and my back aches too",
    "low back pain after a run, slept in the armchair two nights now, lying down is impossible",
    "back hurts after my runs and rolling over in bed doesn't help at all",
    "gasping on my easy parkrun as if I'd been sprinting flat out, normally it's a doddle",
    "blacked out at the end of my tempo run, must be the heat, back's sore where I hit the track",
])
def test_the_lay_redflags22_kinds_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "the NHS site says losing bladder control with back pain means go to A&E, I don't have that, just "
    "a stiff lower back after my run",
    "my left shin goes numb on long runs, the physio checked it and says it's nothing to do with my back",
    "had bowel cancer five years ago; my lower back is stiff after yesterday's 10k but already easing",
    "my consultant says the backache is a side effect of the hormone tablets after my cancer, can I still jog?",
    "out of breath on my hill sprints, it's like I'm dying, normal?",
])
def test_the_lay_redflags22_look_alikes_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A thirty-eighth review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "I stretch on my yoga mat after runs; this morning I came off my scooter and my lower back hurts",
    "came off my bike on the ice an hour ago and my lower back is agony, I had a similar crash three years ago",
    "my son mentioned it feels like his bum is numb and his back aches after rugby",
    "I checked, 38.9 degrees since the race in the sun on Sunday, and a sharp pain low in my back",
    "my sister throws up after meals and runs twice a day to stay skinny",
    "my back dey pain me and my wee dey come out by itself",
    "it's 28 degrees outside and I've had chills and a temperature since last night, my lower back aches",
    "I tripped over the dog yesterday onto my tailbone, I also had a bad fall as a teenager",
    "had a bad slip on the stairs this morning and my lower back hurts",
])
def test_the_review_38_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "we left the road for the forest path, my lower back is sore after long runs, is that normal?",
    "we jumped in the river to cool off after the run, my lower back aches, normal?",
    "the taxi almost went off the road on the way to parkrun, my lower back aches after runs, normal?",
    "I bumped my back on the kitchen cupboard, a bit sore, can I still run?",
    "too hot for my body this afternoon, my lower back aches after the run, normal?",
    "my physio mentioned that losing bladder control would be a reason to call 999, my back aches after runs",
    "I took it easy, it was 37 degrees, my lower back is sore after my run",
])
def test_the_review_38_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# Kinds from lay-redflags23 and forum16 (examples of our own).
@pytest.mark.parametrize("message", [
    "did a hilly marathon on Saturday, my lower back hurts and I haven't managed to pee since last night",
    "back has been sore a fortnight and now when I go to the loo nothing will come out however hard I push",
    "lower back went lifting a patient at work and since this morning I have to strain to get my wee started",
    "my husband's back has been bad for weeks and he wet himself on his run, he's laughing it off",
    "since my back went my right leg feels like it's made of wood and won't do what I tell it",
    "my lower back aches, I'm 5 kg lighter than in the summer and still dropping though I'm eating plenty",
    "toddler is 2 now; my lower back has ached since my last race and it keeps waking me up at 3am",
])
def test_the_lay_redflags23_kinds_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "my uncle once lost control of his bowels with a back problem and now I worry. I don't have anything like "
    "that, my back is just stiff after long runs. Is that normal?",
    "my shins gave out in week 2 of couch to 5k last year, how do I stop my back getting sore this time?",
    "trying mouth taping on easy runs and I end up gasping after a mile, is nasal breathing worth it?",
    "my shoulders ache after treadmill runs, am I holding my arms wrong?",
])
def test_the_lay_redflags23_look_alikes_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A thirty-ninth review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "a bus nearly hit me, so I braked and crashed into a fence on my bike, my lower back hurts",
    "my left leg is numb since Monday and my back hurts, the GP told me to watch out for bladder trouble",
    "had lymphoma, my oncologist said back pain from it coming back would be a worry, my back aches after runs",
    "had melanoma years ago, back sore after my run on Monday, it eased a little today but it's still there",
    "my daughter felt really hot after her race, it was 39.4 degrees, and her lower back hurts on one side",
    "my right leg has gone numb since Tuesday, as far as I can tell it's not from my back, GP can't see me",
    "the pain in my lower back at night is excruciating, I have to lie flat on the floor",
])
def test_the_review_39_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "is walking backwards good for my lower back after runs?",
    "I had a car crash last year, today my lower back aches after my long run, is that normal?",
    "I wear a slip on trainer after long runs, my lower back is stiff, normal?",
    "the wall slammed into me at mile 22 and my lower back ached after, normal?",
    "I ran 12 miles in 38 degrees outside, my lower back was sore after, normal?",
])
def test_the_review_39_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# Kinds from chat8 (examples of our own): a toilet accident at a race is no crash; Irish "grand" is fine.
@pytest.mark.parametrize("message", [
    "had a small accident in the portaloo queue before the 10k, sorted now, but why does my lower back ache after?",
    "tripped on the treadmill belt and went flying, back's grand, only my ego hurt. can running give me abs?",
])
def test_the_chat8_look_alikes_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A fortieth review's and a ninth new user's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "My bum went numb on my jog this morning. I never had anything like this before, should I worry?",
    "had a car crash three years ago. came a cropper on my bike this morning and my lower back hurts",
    "had a slip on the stairs last night and my lower back is agony",
    "I do nasal breathing on easy runs but since Monday I'm gasping on my normal route, never had this",
    "my shins gave out last year; now my right leg keeps buckling and my lower back hurts",
    "the kids wake me early but my lower back pain is what's waking me up at 4am now",
    "my pee has blood in it since the half marathon and my back aches",
    "mi cyaan pass water since di marathon an mi back a hurt mi",
    "I weigh 70 kg now, was 77 kg at Easter, not trying to lose, lower back aches at night",
    "fell over backwards on the ice, my lower back hurts now",
    "my breathing was like I was racing on an easy jog today, never had that",
])
def test_the_review_40_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I didn't manage to have a wee before the gun because the loo queue was long, my lower back ached after",
    "a van nearly hit me on my run, so I stepped onto the grass; my lower back is sore after runs, normal?",
    "it was 37 degrees at the track, my lower back was sore after the session, normal?",
    "I've lost 3 kg since I started eating properly and jogging, is that a good rate?",
    "everyone says losing bladder control means a slipped disc, my back is sore after runs, is that right?",
    "if I have a good laugh on a run I leak a little, and my lower back is sore after, normal?",
    "on the last hill my legs wouldn't do what I told them, my lower back aches after, normal?",
    "my back aches after runs and it keeps me from running as often as I'd like",
    "we slept in our chairs on the overnight flight to the marathon, lower back stiff after, normal?",
])
def test_the_review_40_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A forty-first review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "I've been burning up all night, it was 38 degrees at the start line, and my lower back is agony",
    "I'm eating plenty yet still losing weight, and my back aches at night",
    "I read on a forum that numb buttocks are serious, and mine went numb on my run this morning with back pain",
    "a lorry almost clipped me and I went flying off my bike, my lower back hurts",
    "I keep leaking without noticing, even in the post office queue, and my back aches",
])
def test_the_review_41_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I had no water for the last few miles, lower back sore after, normal?",
    "my GP did urine and blood tests, all normal, my back aches after runs, what helps?",
    "panting after the hill reps, then jogged easy back home, lower back tight after, normal?",
    "had a row and spent the night on the sofa, my lower back is stiff after my run, normal?",
    "lower back ache after my long run and the toddler woke me at 5am, is that normal?",
    "my legs were like wood for the last 10k of the marathon, back sore after, normal?",
    "I slammed into the wall at mile 21, my lower back ached after, normal?",
])
def test_the_review_41_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A forty-second review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "no urine in 10 hours since the marathon finished and my lower back aches",
    "jogged slowly today and was so out of breath I had to walk, never happened before",
    "slipped on the stairs and slammed into the wall 3 days ago, my lower back hurts",
    "had whiplash years ago. Yesterday I hit the deck hard at parkrun and my lower back hurts",
    "my lower back pain is too sore for the bed, I've been sleeping on the floor",
    "my wee has blood in it since my long run and my lower back aches",
    "my bum went numb on my run, a friend says that means A&E",
])
def test_the_review_42_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


def test_burning_up_in_the_days_heat_is_no_fever(matcher):
    assert matcher.decide("it was 31 degrees and I was burning up by the finish, lower back sore after, normal?"
                          ).kind != "urgent"


# A forty-third review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "my bum went numb after parkrun, the nurse on the phone says that means go straight to A&E",
    "no wee since the half marathon finished and my lower back aches",
    "woke up burning up, it was 38 degrees yesterday at the race, my lower back hurts",
    "slipped on the wet changing room floor and smashed into the wall at the end, my lower back hurts",
    "my heel slammed down on black ice and I went flying, lower back hurts",
])
def test_the_review_43_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "jogged easy, then did 8 hill sprints and was gasping, lower back sore after, normal?",
    "no pee for 2 hours during the race because the portaloo queues were long, lower back sore after, normal?",
    "my back is too sore for the bed we have, should we get a firmer mattress?",
])
def test_the_review_43_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A forty-fourth review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "my wife is in the queue at the pharmacy for me, no wee in 15 hours and my lower back aches",
    "I jogged gently and got really breathless within a few minutes, my back aches too",
])
def test_the_review_44_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "numb legs and back pain, this means go straight to A&E, right? mine just aches after runs",
    "no pee stop for 5 hours on the ultra, lower back sore after, normal?",
    "burning up today in the heat, it was 31 degrees, lower back sore after my run, normal?",
    "my back is too sore for the bed, the mattress is ancient, what helps?",
])
def test_the_review_44_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"



# Kinds from three held-out sets read on 2026-11-30 (lay-redflags24, forum17, scope10), on examples of our own.
@pytest.mark.parametrize("message", [
    # a weight told as two numbers after a verb of going down
    "my mum is on the scales every week: she's gone from 74 to 66 kilos since spring and isn't dieting, "
    "and her lower back aches on her walk-jogs",
    # weight that has gone is the loss itself, not a sign that is over
    "my belt's on its last notch, 6 kilos gone since Easter, not dieting at all, and my back aches after runs",
    # a reading told after taking one, past a colon or a comma
    "my lower back has been aching all week. Checked my temperature before bed, it read 38.6",
    "back pain for ten days now. Took my temp after work out of interest: 38.4",
    # a loss of feeling that has not come back goes on
    "can't feel my bum on the bike seat any more and it hasn't come back since Saturday even when I'm walking, "
    "lower back aches",
    # numbness after a ride that does not wear off is no bike's
    "did a spin class on Friday and my bum and groin went numb and tingly, it's not going away and it's day 3 now. "
    "Lower back aching.",
    # urine that does not come well
    "my back has ached since the marathon and when I pee it doesn't flow properly",
])
def test_the_sets_read_on_2026_11_30_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # a crash of what is no body
    "since my knee op my motivation crashed and my back aches after runs, is that normal?",
    "my watch crashed halfway round and my lower back was sore after the run, is that normal?",
    # fell running, the sport of the hills
    "road and fell running most weeks, lower back stiff after long fell days, is that normal?",
    # a reading that is no fever, and a weight that went up
    "took my temperature this morning: 36.9, so no fever, but my back aches after runs",
    "I've gone from 60 to 64 kg since I started running and my back aches",
])
def test_the_sets_read_on_2026_11_30_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A forty-sixth review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    # a crash of what is no body explains only its own "crashed"
    "was checking my phone and crashed into a lamppost, landed hard on my lower back",
    "my mood crashed after the race, then on Monday I crashed my bike into a parked car and my lower back hurts",
    # fell running after a verb is a fall
    "went out for a jog and fell running down the steps, my lower back hurts now",
    # a feeling that has not come back, with no "numb" word
    "the feeling in my groin has never come back since the long run, lower back aches too",
    "the feeling in my left foot still hasn't come back since my back went on Sunday's run",
    # urine that doesn't come out well
    "my lower back hurts and when I go to the loo it doesn't come out well",
    # another sense of a fall word explains only its own word, not a real fall in the same sentence
    "fell asleep on the sofa after my long run, then tripped down the stairs, lower back really hurts",
    "did a crash diet before the race and slipped on the ice at the start, my lower back hurts",
    "my energy crashed at mile 18 and I tripped over a kerb and landed on my back, it hurts",
])
def test_the_review_46_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # bike-seat numbness that wears off, breaks taken on a ride, a saddle changed on a weekday
    "on long rides my groin goes numb, it wasn't wearing off while I rode but it's gone soon after I get off, normal?",
    "my groin goes numb on long rides even when I get off the bike every half hour to stretch, new saddle?",
    "my groin goes numb on long rides since I changed saddles on Monday, is it the saddle?",
    # a numbness that is over and has not come back
    "I had saddle numbness once after a ride, it went in an hour and has not come back yet, phew",
    # "it" finishing is no urine without a pee word
    "I don't know if it is finishing or not, the back strain, can I run?",
    # a temperature of a run, a gadget or the air
    "took my temp before the run, then ran 40 minutes and my lower back aches after",
    "checked my temp gauge in the car, 39 outside, and my lower back aches after runs in the heat",
    # a loss planned, not told
    "how long would going from 80 to 75 kg take if I run 30k a week and don't diet?",
    # a drinking bladder's hose
    "the hose on my hydration bladder doesn't flow properly and my lower back aches with the vest on",
])
def test_the_review_46_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A forty-seventh review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "my groin went numb on the turbo trainer this morning and it's not wearing off",
    "my bum has been numb since my spin class on Tuesday",
    "after my back went my foot went floppy and the strength has not come back yet",
    "since my back went I've lost control of my bowels and it has not come back yet",
    "I can't pee properly since my back went, even though I drink a whole water bladder on every run",
    "my temperature is 38.8 and the air temp outside is 5, lower back aches",
    "scrolling my phone crashed into a bollard, my lower back hurts",
    "took my temperature when I got back from parkrun feeling shivery, 38.7, and my lower back aches",
    "the feeling in my bum never came back after the long run",
    "I was on the road and fell running for the bus, my lower back is killing me",
])
def test_the_review_47_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "the tight feeling in my groin hasn't come back since I started stretching, can I run again?",
    "trail running and fell running both make my lower back ache",
    "my squeezy bottle is stiff, it doesn't come out well unless I squeeze hard, lower back aches on long runs",
    "my groin goes numb on long rides, it's not going away until I stand up on the pedals, new saddle?",
])
def test_the_review_47_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A forty-eighth review's defects and a tenth new user's (examples of our own).
@pytest.mark.parametrize("message", [
    # waiting "until I get" an appointment explains no numbness away
    "my groin has been numb since my back went, can I wait until I get to see my GP on Friday?",
    # a real crash beside "the crash", "hit the wall" or "caught myself"
    "since the crash on my scooter my lower back hurts",
    "hit the wall at mile 22 and then tripped on a cat's eye and landed on my back, it really hurts",
    "caught myself on the gate but still fell down the bank onto my lower back",
    # "out running and fell running" is a fall
    "I was out jogging and fell running for the train, lower back agony",
    # what is lost and has not come back yet
    "since my back went I've had no feeling in my groin and it has not come back yet",
    # a bladder of one's own beside a drinking one
    "my bladder leaks when I run and I drink from my hydration bladder, lower back aches",
])
def test_the_review_48_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # an episode that is over and has not come back since
    "I couldn't pee for a while after a marathon in May, it hasn't come back since, lower back aches after runs",
    # a runner's crash: a bonk or a long sleep
    "fell asleep on the sofa after the ultra and crashed for 14 hours, lower back stiff",
    "my race fell apart at mile 19, total crash, my lower back aches after",
    # the air's or a gadget's temperature, whoever felt awful
    "the air temperature was 39 and I felt dreadful by mile 8, lower back aches",
    "the thermometer in the garden said 38 today, back sore after a hot run",
    # a drinking bladder
    "I can't empty my hydration bladder, the valve is stuck, and my lower back aches from the pack",
    "my bladder pack leaks down my back sometimes, could the wet be making it stiff?",
    # numbness on the ride that goes after it
    "my bum went numb on a long ride, it wasn't wearing off during the ride but it was fine by teatime",
    # a mood that crashed into a hole, fell running asked about
    "my mood crashed into a dark place after the marathon, my back aches, normal?",
    "is fell running bad for your lower back?",
    "did some fell reps on Thursday and my back is sore",
    # nearly fell over is no fall, wherever it stands
    "my leg went dead on the loo after my run and I nearly fell over getting up, lower back a bit sore",
])
def test_the_review_48_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A tenth new user's trial (examples of our own).
@pytest.mark.parametrize("message", [
    "hardly any wee since the half yesterday and my lower back hurts",
    "I can barely pee and my lower back is killing me",
    "about 6 kg has gone since the spring, not dieting, and my back aches at night",
    "half a stone gone since Easter and I'm not trying, back aches at night",
    "I was 72 kg in March and I'm 66 now without dieting, my back aches at night",
    "the feeling in my bum and groin has never come back since the sportive",
    "numb down there after the long ride, it's never really come back, lower back sore",
    "I took my temperature this evening, as I always do, and it read 38.4. My back has been sore since Monday.",
])
def test_the_new_user_10_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "my mood has crashed since the marathon and my back aches, is that normal?",
    "I've crashed mentally since the injury, back still sore",
    "my garmin has crashed twice this week and my back is sore after runs",
    "after a fell run my lower back always aches",
    "Fell running in the mist was grim, back sore since.",
    "the car's thermometer said 38 but I feel fine, back sore after a long run",
])
def test_the_new_user_10_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A forty-ninth review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    # a real crash is no runner's bonk
    "big crash on the mountain bike yesterday, lower back agony",
    "crashed at 5k into another runner and my lower back hurts",
    # a loss that hasn't come back, told with no episode that passed
    "lost control of my bowels on Saturday and it hasn't come back, lower back agony",
    # a fall beside the sport's name
    "on a fell run I tripped, fell and hurt my back",
    # ("fell running downhill and it was horrible" names no faller: read as the sport, a fiftieth review)
    # a person's temperature wherever it was taken
    "running a temp at work all day, 38.7, and my lower back aches",
    "used the thermometer in the bathroom cabinet, 39.2, and my lower back aches",
    # a bladder of one's own, told without commas
    "when running bladder leaks happen now and my lower back is agony",
    "at the building site crashed off the ladder, lower back agony",
    # weights in either order
    "I was 70 kg in May and now 63, not dieting, my back aches at night",
    # after "caught myself", a fall told beside it
    "caught myself on the railing but still fell down four steps onto my lower back",
])
def test_the_review_49_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I was 60 kg in May and I'm 66 now, not dieting, back aches",
    "60kg to 66kg since May, back aches after runs",
    "6 kg has gone back on since the summer and my back aches after runs",
    "I barely pee during long runs because I sweat so much, lower back aches after",
    "I can barely pee in public toilets, always been that way, back aches after runs",
    "hit the wall at mile 22, crashed, but landed on my feet at the finish, lower back aches",
    "took my temperature this morning, normal, and it was 38 at the park by noon, lower back aches",
    "lost control of my bladder once at mile 20 last spring, it has not come back since, lower back aches",
])
def test_the_review_49_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A fiftieth review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "I can't pee and I'm sweating buckets, my back pain is agony",
    "went to the public loos after the race and couldn't pee at all, lower back aches",
    "total crash and came off my bike onto the road, lower back agony",
    "my temperature was 38.9 by lunchtime and my back is agony",
    "half a stone off since the spring without trying, my back aches at night",
    "I lost the feeling in my groin yesterday, it went and hasn't come back, back agony",
    "lots of water, bladder full but I can't pee, lower back agony",
    "now 60 kg, was 67 kg in May, not dieting, back aches at night",
    "60 now from 67 in May, not trying, back aches at night",
    "67 kg in May and 60 now, not dieting, back aches at night",
])
def test_the_review_50_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "caught myself before I hit the ground, lower back a bit sore after the run",
    "caught myself on the kerb, my friend fell over though, my back is sore after the run",
    "does fell running downhill hurt your back?",
    "the race entry site crashed and my back is sore after runs",
    "60kg to 67kg without trying, back aches after runs",
    "4 kg has gone up since I started running, back aches after runs",
    "I'd like to get half a stone off, will running help? my back aches after runs",
])
def test_the_review_50_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A fifty-first review, of the whole session's change against its start (examples of our own).
@pytest.mark.parametrize("message", [
    "I'd like to find out why I've lost 7 kg without trying, my back aches at night",
    "I crashed at halfway on the bike and the ambulance took me in, back agony",
    "my temperature was 38.8 outside the medical tent at the finish, my back aches",
    "the bathroom thermometer says I'm 38.9 and my lower back aches",
])
def test_the_review_51_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I nearly fell on the wet bridge this morning, my lower back aches after runs",
    "caught myself before I went into the hedge, lower back aches after the run",
    "I barely pee during ultras, is that normal? lower back aches after",
    "I hardly pee at night since I cut out coffee, lower back aches after runs",
    # ("half a stone off would be nice, not dieting" is read as a loss again: "would be nice" also followed real
    # losses, "...without trying, would be nice to know why": a fifty-third review)
    "4 kg has come off my deadlift and my back aches after runs",
    "checked my temperature and it was normal so I ran 39 minutes, lower back aches",
])
def test_the_review_51_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A fifty-second review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "I've barely peed since this morning and my lower back is agony",
    "when I wee the stream won't come properly, lower back agony",
    "my temp was normal at lunch but it has gone up since, I've got the shivers and my back is agony",
    "I saved myself before I went to work because I fell down the stairs this morning and my back is agony",
    "I've lost half a stone without trying and my back aches at night, would be good to know why",
    "I need to get my back looked at, I've lost 7 kg without trying and it aches at night",
    "the numbness in my bum from the bike saddle isn't wearing off",
    "total crash at the drinks station, three of us went down and my lower back is agony",
])
def test_the_review_52_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "the temperature was 39 outside today, my lower back aches after my run",
    "the office temperature was 38 and my back aches after my lunchtime run",
    "I'm 39 and the car temperature said 38 on my run, lower back aches",
    "I crashed at mile 21 of the marathon, my ride home was grim, lower back aches",
    "crashed for 11 hours flat on my back after the ultra, lower back aches",
    "I nearly fell down the steps this morning, my lower back aches after runs",
])
def test_the_review_52_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A fifty-third review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "crashed at 15k and ended up flat on my back on the road, agony",
    "I crashed at mile 8 of the ride when a van pulled out, my lower back is agony",
    "temp of 38.9 outside the first aid tent, lower back aches",
    "my core temp was 39.2 with the humidity and my lower back aches",
    "the office temperature check said 38.6 and sent me home, lower back aches",
    "my temperature was fine at breakfast but it's 38.9 now, lower back agony",
    "I've lost 7 kg without trying, would be nice to know why, my back aches at night",
])
def test_the_review_53_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I slipped on the wet leaves but caught myself before I fell over, lower back aches after runs",
    "I tripped but stopped myself before I fell, lower back aches after the run",
    "had a fever last week, it broke on Sunday, got up early and ran today, lower back aches",
    # ("barely peed today because I've hardly drunk anything" is a sign again: thirst words also came beside real
    # retention, "no pee for 16 hours, I was sweating a lot": a fifty-fourth review)
    "the live stream didn't come out properly and my lower back aches after the race",
    "I'm 41 now and my lower back aches after runs",
])
def test_the_review_53_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A fifty-fourth review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "I haven't peed in 18 hours, I was sweating buckets on my run, lower back agony",
    "my wee stream won't come out properly, lower back agony",
    "I fell off the ladder on Monday, today I tripped but caught myself before I fell, back agony",
    "crashed at mile 4 and went down in a heap, lower back agony",
    "temp was normal at lunch, 38.8 this evening and back agony",
])
def test_the_review_54_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "my VO2 max is 38.5 now and my lower back aches after runs",
    "the temp was 39 outside when I ran, lower back aches after",
    "I tripped on a root but caught myself before I fell over, lower back aches after runs",
])
def test_the_review_54_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# The kinds two read held-out sets showed (lay-redflags25, forum18); examples of our own.
@pytest.mark.parametrize("message", [
    # bladder: the warning gone, or noticed only once it has started
    "ever since my back went on a trail run I've stopped getting any warning that I need to pee",
    "I've stopped getting the urge to wee since the back pain started",
    "a couple of times I only noticed once I was already weeing, lower back sore since my run",
    # legs: rising from low, power lost in learners' words
    "since my back started hurting after runs I can't get up from a squat, my legs feel weak",
    "I need to grab the kitchen counter to stand up since my lower back went, my thighs have no strength",
    "my legs are not having strength like before since the back pain started",
    # a fall from a height told as coming off it
    "my husband came off a stepladder painting the hall, his lower back is killing him",
    "came off the scaffold at work yesterday, lower back getting worse",
    # breath on a climb that used to be easy
    "I'm 72 and I'm gasping on a hill I used to jog up without stopping",
    # pain over is told, not hoped for
    "tripped down the steps onto my back yesterday, how long till my back is fine again?",
])
def test_the_kinds_of_lay_redflags25_and_forum18_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # breath: the hard effort, with the easy run told as fine; a wheeze that cold air brings
    "I get very out of breath on hill reps, can barely talk, but I'm fine on easy runs. normal?",
    "when it's cold out I start wheezing ten minutes into a fast run and cough for ages after. summer is fine",
    # a fall: someone caught in time, only pride hurt, a list of parts told fine, pain over since
    "a runner stumbled at the finish and I caught him under the arms before he hit the ground, my lower back is "
    "sore since",
    "went flying over a kerb, only thing that got hurt was my pride, back, knees, everything else fine. my lower back "
    "does ache after long runs though, why?",
    "slipped in the shower last month onto my back, sore for a day then nothing since. ok to run?",
    # weight: a loss hoped for, one told gladly in a relative clause, and one that has stopped
    "I thought I'd be 5 kg lighter by now but I haven't changed anything and the scale hasn't moved, why?",
    "I've dropped 4 kilos, which I'm chuffed about, I haven't changed what I eat, my lower back aches after runs",
    "I lost 5 kg and then it stopped dropping even though I haven't changed my diet, what gives?",
    # a bum that goes numb at a desk, named by the physio
    "my physio calls it dead bum syndrome, my glutes switch off at my desk. will running fix it?",
])
def test_the_kinds_of_lay_redflags25_and_forum18_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A fifty-fifth review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "wheezing on cold runs and coughing up blood, lower back aches",
    "I've had a wheeze since winter that won't go away, worse on cold runs, lower back aches",
    "breathless on hill reps but fine on easy runs, and I feel my heart skip beats, lower back aches",
    "I've lost 7kg without trying, which I wanted to mention, and my back aches at night",
    "I fell off a roof last week, only my pride is dented but my back aches when I run",
    "came off my bike onto my back, back and neck fine, but pins and needles in my legs",
    "fell onto my back on the ice, no pain since I started taking co-codamol",
    "I fell down the stairs onto my back, then nothing since, I'm 80 with osteoporosis",
])
def test_the_review_55_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I have to push on the table to stand up because my lower back is stiff after long runs",
    "I need to hold the banister to get up the stairs after my half marathon, lower back aches",
    "came off the platform at the station and jogged home, lower back aches",
    "I get no warning before I need the loo on long runs, lower back aches after",
    "I used to run up hills with ease, now I'm breathless since my back injury stopped me training for months",
    "I don't have power in my legs on hills, my back is stiff after running",
])
def test_the_review_55_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A fifty-seventh review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "haven't got any strength in my legs and my back hurts",
    "I no longer get any warning before I need the toilet, and my back hurts",
    "my usual 5k used to be easy but since my surgery I'm gasping on it",
    "I came off the roof and now my lower back aches when I run",
    "my legs feel like lead and I can't get up from a squat since my back went",
    "fell onto my back, no pain since I started the diclofenac",
])
def test_the_review_57_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "tripped on a run, only my pride hurt. how do I prevent back pain when running",
    "breathless on hill reps but fine on easy runs, had a nosebleed last week",
    "fell down the steps onto my back last year, healed, now on tablets for my blood pressure, ok to run?",
    "came off the roof of the multi-storey and jogged home, lower back aches",
])
def test_the_review_57_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# scope12's kinds (read after it was held out): an animal's signs, a yoga inversion's breath, a thing that
# shakes; examples of our own.
@pytest.mark.parametrize("message", [
    "our spaniel has gone wobbly on his back legs and can't wee, the vet thinks it's his spine. can running hurt dogs?",
    "after a headstand in yoga it's hard to breathe for a few minutes, why?",
    "the treadmill shakes when I run fast and my lower back aches after",
])
def test_the_scope12_kinds_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "my dog pulled me over and I can't feel my legs, back pain",
    "the horse threw me and I landed on my back, lower back agony",
    "I tripped over our dog and fell, now my lower back is agony",
    "after my headstand I get crushing chest pain",
    "I've got the shakes and chills and my lower back is agony",
])
def test_the_scope12_kinds_leave_the_writers_signs(matcher, message):
    assert matcher.decide(message).kind == "urgent"


# A fifty-eighth review's defects (examples of our own): the writer's signs told beside an animal, a
# breathing emergency beside a yoga inversion, hands that shake with chills, a run-together word.
@pytest.mark.parametrize("message", [
    "The dog pulled hard on the lead, fell backwards, now numb from the waist down and can't pee",
    "Me and the dog went for a run, now back pain and can't feel my legs",
    "I do headstands in yoga. Last two days hard to breathe and coughing up pink froth, back pain too",
    "Back pain since Monday, my hands shaking and teeth chattering, feel awful",
    "numbness in my bumsaddle area after the run, back pain",
])
def test_the_review_58_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


# lay-redflags26 and lay-redflags27's kinds (read after they were held out), examples of our own: numbness
# told as someone else's skin or as "sleeping" (learners' English), "me arse", accidents that keep happening,
# urine that fails to pass or comes "small small", legs that go from under someone, a fall told as small,
# coming off his bike.
@pytest.mark.parametrize("message", [
    "my lower back is sore and down below feels like it's somebody else's when I wipe",
    "sorry my english, back pain since 3 days and the bottom and between the legs have sleeping feeling",
    "my back is hurting and the inside of my thighs is like sleeping",
    "hurt my back lifting, now my arse feels numb",
    "My husband's back has been bad for a week and now he keeps having accidents, bowels too",
    "back is paining for some days and i am failing to pass urine well",
    "my back is paining and the urine comes small small",
    "hurt my back lifting, today my legs went from under me on the stairs",
    "Stumbled on a trail run, not a big fall really. I'm on steroids and my back hurts more every day",
    "slid down a muddy bank and sat down hard, my lower back has hurt ever since",
    "my son came off his bike yesterday, his back hurts",
])
def test_the_kinds_of_lay_redflags26_and_27_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "took my temperature after a hot run, 37.2, is that a fever? back is a bit sore",
    "crashed on the couch after my long run, completely wiped out, back stiff",
    "hurt my back doing tumble turns at the pool",
    "lower back aches on my run but eases when I slow down",
    "had some tingling in my thigh a couple of times during a run, felt fine after, lower back sore",
])
def test_the_kinds_of_lay_redflags26_and_27_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # guards beside them: a loss that goes on after normal bloods, chest and back easing together, a wipe-out on ice
    "bloods were normal but I keep losing weight without trying, 7 kg now, back aches at night",
    "chest ache and back ache when I run up hills, eases when I stop",
    "wiped out on the ice on my run and landed on my back, back agony",
])
def test_the_signs_beside_the_lay_redflags27_look_alikes_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


# A fifty-ninth review's defects: a chest told with "comes back" or the ribs talked down as a back ache, a crash
# told as "wiped out", numbness that stays after "felt fine after", chills beside a low reading, and false alarms
# from a triathlon's "come off the bike", a heel come down hard, a toddler's accidents, "like sleeping".
@pytest.mark.parametrize("message", [
    "a heavy squeezing feeling comes back every time I run uphill and eases when I slow down",
    "tight band around my ribs and back when running, goes away when I stop",
    "I just wiped out on the ice and now my lower back really hurts",
    "wiped out on my bike after the run, back is killing me",
    "back pain, temp said 37.4 and i have chills",
    "lower back pain, temperature 37,8 and shivery",
    "lower back pain and my left leg has gone numb, it started twice on runs last week and now it is there all day",
    "back pain, my left shin is numb since the weekend and I keep tripping on it, was fine after my runs before",
])
def test_the_review_59_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "triathlon: lower back aches for the first mile after I come off the bike",
    "came down hard on my heel on the descent and my lower back has ached since",
    "my toddler keeps having accidents at night so I'm up lifting her, and my lower back aches on runs",
    "after the marathon I felt like sleeping for a week and my back and bum were sore",
    "back sore after the trail race, not a big fall or anything, I didn't actually go down",
])
def test_the_review_59_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# forum20 and scope14's kinds (read after they were held out), examples of our own: a share price that
# crashed, a back that is "out running" again, lying down told as bearable, a heel-drop exercise beside a
# "doesn't", an aim to lose no more, both legs asleep in a seat and fine once out of it.
@pytest.mark.parametrize("message", [
    "our share price crashed this week, back stiff after my run, normal?",
    "finished chemo last year, back out running 3 times a week, my legs ache generally after, is that normal?",
    "Slipped disc diagnosed last week. Sitting is the worst, walking is ok, lying down is meh. "
    "Could running have caused it?",
    "Been fighting my right achilles since the spring. Doesn't really hurt while running, which makes it hard to "
    "rest. I'm doing heel drops twice a day. What worked for you?",
    "lost 6 kg this year and I'm not trying to lose any more, will running make my bum smaller?",
    "three hours in the kayak, my lower back ached and both legs went to sleep, fine as soon as I got out",
])
def test_the_kinds_of_forum20_and_scope14_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "I'm not trying to lose any more weight but it keeps coming off, 5 kg this month, back aches at night",
    "finished chemo last year and now my lower back aches every night",
    "my son got kicked in the back at football on saturday and now it hurts when he runs",
    "both legs went numb on the drive and my back aches, still numb now a day later",
])
def test_the_signs_beside_the_forum20_look_alikes_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


# A twelfth new user's trial (examples the trial wrote): a child's wetting or accidents with back pain, labour
# told as back pain in waves, legs like jelly and tingly since bending, a loss told with "idk how".
@pytest.mark.parametrize("message", [
    "my 13 year old son's back hurts after races and he wet himself a bit at the finish",
    "my son has back pain and he wet himself during the race",
    "my daughter's back hurts and she's had a couple of accidents at school this week",
    "I'm 36 weeks pregnant and my back pain comes and goes every 10 minutes",
    "36 weeks pregnant, lower back pain coming in waves every few minutes",
    "pregnant 35 weeks, my bump goes hard every few minutes and my back hurts",
    "both my legs feel like jelly and tingly since I bent over this morning",
    "lost like 7kg idk how not dieting, back sore after runs",
])
def test_the_twelfth_trials_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "my dog fell in the river on our run and my back hurts from pulling him out",
    "my running club had a fall in numbers this year, lower back sore after sessions",
    "the race had a chest pain warning in the briefing, I'm fine, just back sore after",
    "I leak a little during races since my son was born, back aches after",
    "20 weeks pregnant and my back pain comes and goes, is running ok?",
])
def test_the_twelfth_trials_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A sixtieth review's defects: a toddler or the end of a run beside the writer's own loss of control, an aim
# to lose no more beside a loss that goes on, the writer tripped by a dog, labour told as getting stronger, a
# crash told as "I totally wiped out"; and false alarms: any pain that comes and goes every run in pregnancy,
# a leak since having a daughter, an age told beside a sneeze's leak.
@pytest.mark.parametrize("message", [
    "My lower back has been agony since I lifted my toddler, and today I lost control of my bowels",
    "potty training the toddler and I can't control my bladder since my back went",
    "I wet myself for the first time ever at the end of my run, back aches",
    "not trying to lose any more weight, and I've lost 7kg in 5 weeks, back sore",
    "my dog tripped me over on the trail and I landed on my back, lower back agony",
    "37 weeks, back pain coming and going and getting stronger",
    "I totally wiped out and now my lower back is agony",
])
def test_the_review_60_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "my knee pain comes and goes every run, I'm 30 weeks pregnant",
    "since having my daughter I leak a little on runs, back aches after",
    "I'm 45 years old and leak when I sneeze on runs, back sore",
])
def test_the_review_60_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# lay-redflags28's kinds (read after it was held out as redflags-unseen21), examples of our own: a buttock
# told "not there", trousers found wet without knowing, a bladder full that gives nothing, a heavy leg that
# will not lift, flat on one's back, a face gone thin and a new hole in a belt, two dated weights; and what
# is no sign: a relative's cauda equina told as history, an arm that aches from what it carries, a relative's
# myeloma told as "had myeloma", a gain between two dated weights.
@pytest.mark.parametrize("message", [
    "since my back went, the left side of my bottom feels dull and not there",
    "my husband's back is bad and his pants were wet this morning, he didn't even know he'd gone",
    "been to the loo three times between shifts, stood there and nothing came even though it feels kind of full. "
    "back went yesterday",
    "back's wrecked from lifting and since last night my left leg feels heavy like it's made of sand and won't lift",
    "went flat on my back on the wet floor at work last night, lower back is really sore in the middle",
    "my face has gone thin and my belt is on a new hole, not dieting, back aches at rest",
    "Weight 70.5 kg on 1 May, 64.2 kg on 30 Oct, no diet, back aches all the time",
])
def test_the_kinds_of_lay_redflags28_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "My brother had that cauda equina thing and lost control of his bladder. I just get normal back ache after "
    "runs, how do I avoid ending up like him?",
    "my right arm aches on long runs because I hold my phone in that hand. doctor checked my heart, all normal. "
    "better to use an armband?",
    "Uncle had myeloma that started with back pain so I'm nervous. My back only aches after long runs and is gone "
    "the next day. Normal?",
    "Weight 64.2 kg on 1 May, 70.5 kg on 30 Oct, no diet, back aches after runs",
])
def test_the_kinds_of_lay_redflags28_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "My sister had CES and I can't pee since my run, back agony",
    "my dad had cauda equina surgery last year. I've lost control of my bladder, back hurts",
])
def test_a_relatives_history_leaves_the_writers_own_sign(matcher, message):
    assert matcher.decide(message).kind == "urgent"


def test_the_writer_taking_over_ends_another_persons_scope(matcher):
    """ConText's experiencer: "my dad had bowel cancer and I had breast cancer" tells the writer's own past cancer."""
    message = "my dad had bowel cancer and I had breast cancer 3 years ago, now my back aches at night"
    assert matcher.decide(message).kind == "urgent"


# A sixty-first review's defects (its examples): a relative's surgery beside the writer's own or the relative's
# present loss of control; a crash "wiped out by a car"; two dated weights told newest first; and false alarms
# from a full stomach, lying flat to stretch, legs too heavy to go quicker, wet shorts at a water station, a pain
# "not there most of the time", a first marathon's sneeze leak, a trampoline's leak, a father's chemo.
@pytest.mark.parametrize("message", [
    "My brother had knee surgery last month. Lost control of my bowels on Saturday's long run.",
    "My wife had surgery last year. Wet my shorts on the run without realising.",
    "My mum had spinal surgery last month and she's been wetting herself",
    "Got wiped out by a car at a crossing on my run, my back is killing me",
    "Weight 76.9 kg on 28 Nov, 82.4 kg on 1 Sept. No diet. Back aches all the time",
])
def test_the_review_61_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "My stomach feels full after breakfast and I can't start my run",
    "I went flat on my back on the floor to stretch, lower back sore after runs",
    "Legs felt heavy today and I couldn't move any quicker, back a bit sore",
    "Shorts got wet at the water station, back sore after the race",
    "The pain in my buttock is dull and not there most of the time",
    "First time running a marathon and I leaked a little when I sneezed, back sore after",
    "I keep leaking a little when I jump on the trampoline, back fine",
    "My dad and I went to his oncology check-up, and I think being on chemo is why his back aches",
    "Weight 82.4 kg on 28 Nov, 76.9 kg on 1 Sept. No diet. Back aches all the time",
])
def test_the_review_61_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A sixty-second review's defects (its examples): falls, a full bladder, wet shorts, a past cancer of the
# writer's own after a father's, a buttock "dull and not there", a loss across a new year; and false alarms
# from being worn out by the heat, a marathon or a 20 miler.
@pytest.mark.parametrize("message", [
    "I went flat on my back during parkrun, lower back hurts since",
    "Went flat on my face on the trail, back sore",
    "haven't been able to go since this morning, I feel so full, back aches",
    "my shorts were wet, I honestly have no idea when it happened, back pain since Monday",
    "My dad had prostate cancer and I recently finished chemo, now back aches at night",
    "my right buttock is dull and not there, back pain",
    "82 kg in September, 76 kg in March without trying, back aches",
])
def test_the_review_62_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "got wiped out by the heat on my long run, back sore",
    "I've been wiped out since Sunday's marathon, lower back stiff",
    "was wiped out by the 20 miler, back sore",
])
def test_the_review_62_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# lay-redflags29's kinds (examples of our own): a foot that stays down in the heel walk, a toe caught on a
# single stair; night sweats told by the bed; a loss "never tried for" or told "was A kg, now I'm B kg"; and
# no alarm from a fever told finished in learners' English, a night pain that settled within days, a bonk's
# faintness gone with food, legs laughed about at an ultra's end, a leak feared once back running, or a loss
# explained by a treated thyroid when the writer is merely running again.
@pytest.mark.parametrize("message", [
    "Disc trouble since June. When I try to walk on my heels my left foot just stays down on the floor",
    "my back went on Tuesday and now my foot catches on the stair",
    "Back pain's been building for a fortnight and I wake up with the sheets soaked in sweat",
    "My lower back is killing me and I wake with the bedding drenched in sweat",
    "My back's sore all the time and I'm 4 kilos down, which I never aimed for",
    "I was 80 kg, now I am 73 kg. I eat the same as always. Back aches every day",
])
def test_lay_redflags29_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I have fever 3 days last week, now it is finished. My back is stiff after run, can I go today?",
    "Last month my back woke me three nights in a row after a hilly half. It cleared within a few days and "
    "I've been fine since. Should I rest next time?",
    "Felt faint at 30k until I ate some jelly babies, fine after. Back was tight at the end, normal?",
    "couldn't feel my legs after the hill reps lol, back's a bit tight today, normal?",
    "Had a baby in May, I'll probably leak once I'm back running. Back is sore too",
    "Lost weight without trying a while back, it turned out to be coeliac disease, now treated. I'm doing 30 "
    "miles a week again, why won't the scales move?",
])
def test_lay_redflags29_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # guards beside the new look-alikes: a leg that keeps failing, laughed about; faintness with chest pain
    "my legs keep giving way since my back went lol",
    "Felt faint at 30k until I ate a gel, and my chest was tight, back sore too",
])
def test_lay_redflags29_guards_stay_urgent(matcher, message):
    assert matcher.decide(message).kind == "urgent"


# A sixty-third review's defects (its examples): a collision told as "wiped out by", the writer's own cancer
# beside a neighbour or a cousin, two dated weights newest first four or five months apart, the writer's own
# numbness after a husband's history, a full lower belly with nothing coming; and false alarms from legs "full
# of lead", "full and sick", lying flat on the floor or the bed, shorts wet from a river or puddles.
@pytest.mark.parametrize("message", [
    "I've been wiped out by a cyclist on the towpath, lower back really hurts",
    "got wiped out by a bike mid run, lower back agony now",
    "in remission from myeloma, my neighbour has been on at me to ask: my lower back aches at night",
    "Myeloma in remission. My cousin has been running with me and now my lower back aches every night",
    "58 kg on 1 dec, was 63 kg on 1 aug, not trying, back aches",
    "58 kg on 1 dec, 63 kg on 1 jul, not trying to lose, lower back aches at night",
    "My husband had a slipped disc last year and I went numb around my bum after my long run today, back agony",
    "my lower belly feels full and hard, I've tried to go but nothing comes out, lower back agony since yesterday",
])
def test_the_review_63_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "tried to kick for the finish but nothing came, my legs felt full of lead, lower back sore",
    "had a gel at mile 18 and nothing happened, felt full and sick, lower back sore",
    "I go flat on my back on the floor after every run to ease my lower back",
    "I went flat on my back on the bed after the long run, lower back sore",
    "my shorts got wet in the river crossing, back sore after the trail run",
    "my shorts are wet from the puddles, lower back aches after my run",
])
def test_the_review_63_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # guards beside the new look-alikes: a leak at a river is still a leak; a relative's cancer is still theirs
    "I wet myself at the river crossing without noticing, back agony since yesterday",
    "Weight 82.4 kg on 28 Nov, 76.9 kg on 1 Sept. No diet. Back aches all the time",
])
def test_the_review_63_guards(matcher, message):
    d = matcher.decide(message)
    assert (d.kind == "urgent") == message.startswith("I wet"), d


# A thirteenth new user's trial (/tmp/newuser13/report.md; examples of our own beside its): saddle numbness that
# takes hours to fade or comes after every long run, voice typing's "bowls" and "week", night sweats told as
# waking in a sweat night after night; and no alarm from "by accident", a pace "fallen off a cliff", "falling a
# sleep", a father's past heart attack, a mate's collapse the medics sorted, legs weak at a marathon's end, or
# legs slapped by hand.
@pytest.mark.parametrize("message", [
    "bit of numbness round my bum and between my legs after long runs, wears off after a few hours",
    "my groin goes numb every long run then it goes away, lower back aches",
    "my back is agony and I can't control my bowls",
    "legs feel so week since yesterday's run and my lower back is killing me",
    "lower back pain for weeks and I keep waking up drenched most nights",
])
def test_the_newuser13_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "Forgot my gel by accident and bonked, back sore after",
    "my running has really fallen off a cliff since Christmas, back a bit stiff",
    "back sore after runs and I keep falling a sleep on the sofa",
    "my grandad had a heart attack so I want to know how to keep my back healthy running",
    "a runner collapsed near me at parkrun, the first aiders looked after him, my back is sore after",
    "I felt weak in the legs at the end of my first half, normal? back is sore too",
    "I slap my thighs with my hands before a race, back sore after",
])
def test_the_newuser13_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


def test_numbness_gone_in_minutes_off_the_bike_stays_ordinary(matcher):
    """Guard beside the hours-long numbness: a saddle's numbness gone ten minutes after the ride."""
    assert matcher.decide("numb bits after spin class, comes back ten minutes after I get off, back fine").kind \
        != "urgent"


# lay-redflags30's kinds (examples of our own): nothing "coming" at the toilet, no need to wee despite drinking,
# "when I try nothing happens"; and no alarm from a leg's strength told back to normal after a scan, or a fever
# told "finished already".
@pytest.mark.parametrize("message", [
    "My lower back went lifting a box on Monday. Now I go to the loo again and again and nothing is coming",
    "haven't needed a pee all day even though I've been drinking plenty, back agony since my run",
    "back went on my long run, I try to go and when I try nothing happens",
])
def test_lay_redflags30_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "Had back pain and my left leg went weak so I went to A&E, MRI showed a disc bulge, leg strength returned to "
    "normal now. How long will it take to settle?",
    "My son had fever with typhoid, the fever is finished weeks ago. His back is sore after his runs, normal?",
])
def test_lay_redflags30_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


def test_a_leg_whose_strength_has_not_returned_stays_urgent(matcher):
    """Guard beside the strength told back."""
    assert matcher.decide("my left leg went weak on Sunday and the strength hasn't returned, back agony").kind \
        == "urgent"


# A sixty-fourth review's defects (its examples): signs told with "once I start running", a night pain that
# passed after an hour but came the night before too, numb legs after a lift laughed about, night sweats beside
# "no fever"; and false alarms from a diet "never tried before", a calf stretch's flat foot, and a 2019 crash
# beside today's sore back.
@pytest.mark.parametrize("message", [
    "My foot has been dragging for 2 weeks and my back hurts, especially once I start running",
    "I have numbness in my saddle area and it spreads once I start running",
    "Severe back pain woke me at 3am again, I had to get up and walk around. It passed after an hour. "
    "The night before was the same.",
    "Couldn't feel my legs after lifting the sofa lol, back is agony",
    "Night sweats every night for a month with back pain, no fever since Monday though",
])
def test_the_review_64_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I lost 6 kg in 2 months doing keto, never tried it before, and now my back aches after runs",
    "When I do the calf stretch against the wall my back foot stays flat on the floor, is that right? My lower "
    "back is a bit stiff.",
    "I went numb in my saddle area in 2019 after a crash and today my back is sore after a run",
])
def test_the_review_64_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A sixty-fifth review's defects (its examples): a groin gone numb "and it started this morning" after a past
# operation, a loss "never tried to diet", a leg weak today whose strength came back in minutes, a foot that stays
# down "when I try to lift it", a fever thought finished that is back, numb legs after a lift laughed about, a
# groin numb today on a run beside a past bike crash; and false alarms from a try to go faster with a full belly,
# legs laughed about after spin, a night pain gone in two days, night sweats from a warm duvet.
@pytest.mark.parametrize("message", [
    "I had a disc op in 2018 and my groin went numb and it started this morning",
    "I've lost 5kg in two months, never tried to diet, and I feel tired",
    "An hour ago my right leg suddenly went weak during my run and I nearly fell, the strength came back after "
    "five minutes",
    "My foot stays down on the ground when I try to lift it since yesterday, back pain too",
    "I thought my fever was finished already but tonight I have 39.5 and my back is killing me",
    "Legs went numb after I lifted heavy at the gym lol, then did my run",
    "Crashed my bike in 2019 and hurt my back, but my groin went numb today on my run",
])
def test_the_review_65_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "When I try to go faster nothing happens and my belly feels full after breakfast",
    "Couldn't feel my legs after spin class lol",
    "Back pain woke me at night last week after my long run. It went away after two days. Is it ok to run?",
    "Lower back sore after hills, no fever, just night sweats from the duvet being too warm lol",
])
def test_the_review_65_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A sixty-sixth review's defects (its examples): emergencies that eased within hours, a bladder full with
# "hardly anything" or "I can't" when trying to go; and false alarms from a glute bridge's flat foot and a fever
# told finished now.
@pytest.mark.parametrize("message", [
    "My groin and bum went numb on my run and I wet myself. It passed after an hour.",
    "My leg suddenly went weak and my foot was dragging. It went away after two hours.",
    "my bladder feels full and when I try to go there is hardly anything, back agony",
    "back pain since Sunday, when I try to go I can't, lower back killing me",
])
def test_the_review_66_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "In glute bridges my foot stays flat on the floor when I lift my hips, back a bit sore",
    "the fever is finished now, but my back is sore after my run, ok to run?",
])
def test_the_review_66_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A sixty-seventh review's defects (its examples): a foot that stays flat "when I try to lift the toes" or with
# "I can't lift it"; and false alarms from "when I try to go, I can't get my legs moving", "it won't let me
# breathe", and a groin numbness that went away after three months.
@pytest.mark.parametrize("message", [
    "My foot stays flat on the floor when I try to lift the toes, back pain",
    "My foot stays flat on the floor, I can't lift it when I walk, back pain",
])
def test_the_review_67_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "When I try to go, I can't get my legs moving on hill reps, back sore",
    "When I try to go, it won't let me breathe properly, back sore",
    "I had numbness in my groin years back after a fall. It went away after three months. Now my back is sore "
    "after runs",
])
def test_the_review_67_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# Kinds from forum21, forum22 and scope16 (examples of our own): a thing that leaks, a back "made of wood", an
# illness on its way out, a wheeze that pollen or a chest infection brings, a change of weight too small to be a
# loss (under 5%), and a wish to keep what is not weight ("I don't want to lose that").
@pytest.mark.parametrize("message", [
    "my bladder keeps leaking since my back went last week",
    "my left leg feels like it's made of wood since yesterday and my lower back hurts",
    "back running after the flu but now I have a fever again and my back hurts",
    "hay fever season, wheezy on my runs and my chest feels tight and heavy, back aches",
    "gone from 80 kg to 74 kg since spring without trying, lower back aches",
    "I've lost 6 kg and I don't want to lose weight, my lower back aches",
])
def test_the_forum21_kinds_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "Since the building work started my lower back has ached after runs and the shower keeps leaking. Normal?",
    "my calves burnt and my lower back felt like it was made of wood after my jog, why?",
    "back running after the flu, lower back aches after my runs, normal?",
    "getting over a chest infection, my lower back aches after runs, why?",
    "the grass pollen is terrible, wheezy on my run despite my antihistamine, lower back sore after, tips?",
    "back jogging after a chest infection, a bit wheezy on runs, and my lower back aches after, normal?",
    "weighed 81 kg in March and 79.5 kg now without trying, lower back sore after runs, normal?",
    "I started running to lose weight and I'm down 4 kg. My bum is my best feature and I don't want to lose that! "
    "Will it shrink?",
])
def test_the_forum21_kinds_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A sixty-eighth review's defects (its examples): an attack's signs beside pollen, an allergy or a chest infection;
# a leak of urine at the toilet or in the bath; a leg that shares the back's "wood"; an infection not clearing;
# a loss not wanted told with its weight; a fast small loss; stones and pounds.
@pytest.mark.parametrize("message", [
    "ate a cereal bar with nuts on my long run, I'm allergic, now coughing and wheezing and my tongue is swelling",
    "the pollen is terrible, I'm wheezing and my inhaler isn't helping, I'm struggling to get my words out",
    "covid for a week, wheezing and my oxygen reading is 91 on the finger monitor",
    "my dad has a chest infection, he's wheezing and breathing really fast and he seems confused and drowsy today",
    "tree pollen season, I started wheezing and gasping on my run and had to sit on the kerb for 20 minutes",
    "ran for the loo but leaked before I got there, first time ever, and my bum feels numb",
    "I didn't make it to the toilet in time and leaked all down my leg, that has never happened before, my back is "
    "killing me",
    "since lunch my back felt like it was made of wood and so did my left leg, only the left",
    "my whole body feels like it is made of wood, especially my right leg, since this morning",
    "I'm supposedly getting over a kidney infection but it's getting worse, back pain and I'm being sick",
    "I finished my antibiotics for a kidney infection yesterday but it's not better, my back and side hurt and I feel "
    "hot and shaky",
    "my weight went from 70 kg to 63 kg since spring and I didn't want to lose the weight, my back hurts",
    "I've lost 7 kilos since June, I really didn't want to lose 7 kilos, and my back aches at night",
    "dropped from 64 to 61.5 kg in two weeks without trying, my back aches and I'm exhausted",
    "I've gone from 11st 12lb to 11st 2lb since the summer without trying, and my lower back aches every night",
])
def test_the_review_68_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I'm back running after the flu, it's great to be out again but my lower back aches after each run",
    "getting over a chest infection and started running again, my back is a bit sore after runs",
    "gone from 10st to 9st 8lb since spring without trying, back aches",
])
def test_the_review_68_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A fourteenth new user's trial (examples of our own): night sweats told as what keeps happening; legs weak and
# wobbly just after a race are tired legs, unless sudden, numb or one-sided.
@pytest.mark.parametrize("message", [
    "lower back aches after runs and I've been waking up soaked in sweat",
    "my back hurts and I keep waking up drenched",
    "did my first 10k, now both legs suddenly weak and numb, back pain",
])
def test_the_new_user_14_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "ran my first 10k, now my legs feel weak and wobbly and my lower back aches, is that normal?",
    "woke up drenched in sweat once after a hot night, back sore after runs",
])
def test_the_new_user_14_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A sixty-ninth review's defects (its examples): an attack's breathing told in other words beside pollen or an
# infection, and those words' ordinary senses; a leak of urine beside a thing's or unnoticed, and things that leak;
# an infection come back or not clearing, and the back or the pace that is worse; weights in two units, a span
# that is the weights', a floor under it; weakness that lasts after a race; nights wet from heat or bedding; a
# leg named beside the back's wood only to ache.
@pytest.mark.parametrize("message", [
    "pollen is high, wheezing and I can hardly speak",
    "hay fever, wheezing badly and can only say a few words at a time",
    "hay fever, wheezing and too breathless to talk",
    "hay fever, wheezing and my ventolin has stopped working",
    "had a chest infection, wheezing, my reliever only lasts an hour",
    "hay fever, wheezing on my run and my peak flow is half what it normally is",
    "pollen, wheezing and my face and eyes have puffed up",
    "pollen, wheezing and hives all over after eating prawns",
    "chest infection, wheezing and my pulse ox says 89",
    "bronchitis, wheezing and I can't get out of bed, too breathless to get dressed",
    "flu, wheezing and breathless just getting dressed",
    "chest infection, wheezy and breathless when I walk across the room",
    "the pollen count is high, wheezing and my chest feels tight and my inhaler is doing nothing",
    "my water bottle leaks, and on today's run I leaked urine without realising, my back has been agony for two days",
    "my shoes leak in the rain, and yesterday I wet myself on my run without feeling it, my back is killing me",
    "I got soaked in the rain and only realised at home I'd wet myself without feeling it, back pain for 3 days",
    "finished my antibiotics for a kidney infection but I think it's come back, my back and side hurt",
    "getting over a kidney infection, but it hasn't gone and my back and side are really sore",
    "getting over a kidney infection but I've relapsed, back pain and side pain",
    "recovering from a kidney infection but I can't keep anything down, back pain",
    "weight went from 13 stone to 76 kg since spring without trying and my back aches every night",
    "I went from 80 kg to 76 kg without trying and my back aches at night",
    "ran a marathon and a month on my legs still feel weak, back aches at night",
    "ran my first marathon, now my legs feel weak and I keep falling over",
    "ran my first half and my legs feel weak and my whole back is agony and I can't walk",
    "I've been waking up soaked in sweat for 3 weeks and my back aches at night",
])
def test_the_review_69_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "hay fever makes my eyes and throat itchy and I'm a bit wheezy on runs",
    "hay fever, wheezy on long runs, I've got a sore throat too",
    "hay fever season, antihistamines don't help much, a bit wheezy on my runs",
    "pollen is bad, a little wheezy on runs, I'm not working this week so I'm running more",
    "hay fever, slightly wheezy on my tempo runs when I'm breathing fast",
    "pollen is high, a bit wheezy for 5 minutes after my intervals then fine",
    "hay fever, wheezing on my run, had to stop at the toilet on the way",
    "hay fever, a bit wheezy on my stairs workout at the stadium",
    "hay fever, bit wheezy on my run, and my lips were chapped from the wind",
    "my car is leaking oil and my back hurts after runs",
    "the toilet is leaking and I get back pain after runs",
    "there's a leak in the roof and my back aches after my runs",
    "I spent the weekend fixing a leaking tap under the sink, now my back hurts when I run",
    "the van has a leak and I've been lifting buckets, back hurts after runs",
    "back running after the flu and my lower back is worse after each run",
    "getting over a chest infection, my back pain after runs is getting worse",
    "back running after the flu, I feel hot after runs and my lower back aches",
    "back running after flu, my pace is worse and my back hurts after runs",
    "my back has hurt for two weeks and my weight has gone from 70 kg to 69.5 kg without trying",
    "back pain for 3 days, I've gone from 65 kg to 64.5 kg, not dieting",
    "I run 4 days a week and have gone from 70 kg to 69 kg since Christmas without trying, my back aches after runs",
    "my weight went from 72 kg to 71 kg in 2 days without trying, back pain",
    "I went from 80 kg to 79 kg in a week without trying, and my back aches at night",
    "it's been so hot this week I keep waking up drenched, and my back aches after runs",
    "I've started waking up drenched since I switched to a heavier duvet, my back hurts after runs",
    "I've been waking up soaked because the tent leaks when it rains, back aches after runs",
    "my back felt like wood on the long run and my legs ached as usual",
])
def test_the_review_69_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A seventieth review's defects (its examples): numb legs after a race; an attack's breathing in yet other words
# (an airway trigger now explains only a wheeze told on a run or told as mild); a span before the weights; a leak
# unnoticed beside a seat, a lost "it" or a doctor's view; an infection not clearing; and ordinary senses of the
# last round's words (puffy eyes, autumn's fall, feeling rough after long runs, shaky legs after runs).
@pytest.mark.parametrize("message", [
    "ran my first marathon, now my legs feel numb and my back aches",
    "did a half marathon and my legs have gone numb and my back hurts",
    "ran a 10k today, legs feel numb and tingly, lower back aching",
    "ran my first marathon, now my legs feel weak and numb and my back aches",
    "pollen is high, wheezing and I can't get a full sentence out",
    "hay fever, wheezing and I have to stop every few words to breathe",
    "pollen, wheezing and I've needed my inhaler 10 times since this morning",
    "hay fever, wheezing, the inhaler only helps for 20 minutes",
    "hay fever, wheezing and my peak flow is 40% of my best",
    "hay fever, wheezing and my peak flow is 250, my best is 550",
    "hay fever, wheezing and my tongue feels thick",
    "pollen, wheezing and I feel like I can't swallow properly",
    "hay fever, wheezing and I'm exhausted from trying to breathe",
    "pollen, wheezing and I feel like I'm suffocating",
    "covid, wheezing and my chest is caving in when I breathe",
    "in the last 2 weeks I've gone from 70 kg to 67 kg without trying and my back aches at night",
    "there was a leak in the car seat when I got home from my run, I hadn't felt anything, back agony",
    "I had a leak on the toilet seat before I could sit down, back agony since yesterday",
    "on my run I just lost it without realising, my shorts were soaked, my back is agony",
    "my doctor thinks it's pelvic floor weakness, but I leaked and didn't feel it, my back is really bad",
    "recovering from a kidney infection, the symptoms haven't cleared and my back aches",
    "finished antibiotics for a kidney infection but the pain in my side is no better and my back aches",
    "getting over a kidney infection, I'm still not right and my back and side hurt",
])
def test_the_review_70_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "hay fever makes my eyes puffy and I'm a bit wheezy on runs",
    "chest infection last month, bit wheezy on runs, my face goes red and puffy after long runs",
    "asthma, a bit wheezy on runs, my inhaler isn't something I need often",
    "hay fever, bit wheezy on runs, I can't get up early enough to run before the pollen rises",
    "hay fever, a bit wheezy on my runs, antihistamines make me drowsy",
    "hay fever is an allergic reaction to pollen and I get wheezy on runs, what can I do?",
    "ran my first 10k this fall and my legs feel weak and tired after, is that normal?",
    "ran my first marathon, legs weak and wobbly, the fall in temperature didn't help",
    "ran my first marathon after training for months, now my legs feel weak and wobbly",
    "back running after a chest infection, I feel awful at the end of long runs and my back aches",
    "getting over flu, I feel rough after long runs and my back aches",
    "recovering from flu, I can't keep my pace down on easy runs and my back aches after",
    "back running after the flu, my lower back is stiff and it gets worse after runs",
    "back running after flu, I returned to running last week and my lower back aches after runs",
    "my legs are shaky after runs and my back aches",
    "my marathon is in 2 weeks and I've gone from 70 kg to 69 kg without trying, back sore after runs",
])
def test_the_review_70_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A seventy-first review's defects (its examples): an attack after "a bit wheezy on runs" told in yet other words,
# legs that give way after runs, an infection that is not clearing told of the person or the side; and ordinary
# senses of the last round's words (no better of a pelvic floor or a back, a peak flow back to its best, a few
# words of advice, an inhaler as prescribed, gels not swallowed, suffocating heat, shoes caving in, a bottle
# spilt all over a seat, the back's span before a weight).
@pytest.mark.parametrize("message", [
    "chest infection, a bit wheezy on runs, now my oxygen is low",
    "covid, a bit wheezy on runs, now very drowsy and hard to wake",
    "hay fever, a bit wheezy on runs, now my inhaler isn't making any difference",
    "hay fever, a bit wheezy on runs, now I'm having a severe allergic reaction",
    "chest infection, a bit wheezy on runs, now too breathless to walk to the loo",
    "my legs are shaky after runs and now they keep giving way, my back hurts",
    "getting over a kidney infection, I still feel terrible and my back and side hurt",
    "finished antibiotics for a kidney infection, I feel worse than yesterday and my back hurts",
    "finished antibiotics for a kidney infection but the pain in my side is no better and my back aches",
])
def test_the_review_71_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "years ago I lost control of my bladder after a birth, my pelvic floor is no better, lower back sore after runs",
    "getting over the flu, my back is no better after my runs",
    "asthma, a bit wheezy on runs, my peak flow is back to my best",
    "hay fever, a bit wheezy on runs, any few words of advice?",
    "asthma, a bit wheezy on runs, I use my inhaler 2 times a day as prescribed",
    "a bit wheezy on runs since a chest infection, I can't swallow energy gels either",
    "hay fever, a bit wheezy on runs in the suffocating heat",
    "a bit wheezy on runs after a chest infection, my old shoes are caving in",
    "my bottle leaked all over the car seat, lower back sore after runs",
    "my pack was leaking before I got to the start, lower back sore after runs",
    "my back has ached for the past 3 days and I've dropped from 13 st to 12 st 12 lbs, not dieting",
])
def test_the_review_71_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# Kinds read in scope17 and lay-redflags31 (held out as scope-unseen18 and redflags-unseen25), in our own examples:
# signs told as people tell them (a fall with the feet going, pain called crippling, a loss while neither eating
# nor training changed or with the appetite gone, breathing worse over months or years) and ordinary senses
# (positions of a hand or a seat, a pet named in the sentence before, a fall in a past season or a childhood, a
# vertebra that slipped, a leg tucked under one sitting, arm pain from typing, numb after an epidural).
@pytest.mark.parametrize("message", [
    "the ladder wobbled and I slammed onto my back on the patio, it hurts to move",
    "I'm losing weight even though nothing in my diet or my running has changed, and my back aches",
    "I get out of breath on hills and my breathing has got worse over the last two years, not better",
])
def test_the_scope17_and_lay_redflags31_kinds_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "after an hour in the saddle my lower back aches, I keep changing my grip position on the hoods, any tips?",
    "my lower back gets sore on long drives, I keep adjusting the seat position and nothing helps",
    "our cat has been hiding all day. She is panting and seems weak in her back legs. should I call the vet?",
    "Back in the winter I slipped on ice and bruised my tailbone. My back aches after runs, why?",
    "when he was little my son had lots of falls, could that be why his spine is curved?",
    "my L4 has slipped forward a little, could that be why my lower back aches after running?",
    "at my desk I sit with a leg folded under me and it gets pins and needles, my back is stiff after runs, why?",
    "I get arm pain from typing all day, and my lower back aches after a jog, is that normal?",
    "my backside went numb after the epidural when my son was born, now I want to run without back pain, tips?",
])
def test_the_scope17_and_lay_redflags31_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A seventy-second review's defects (its examples): a person's sign after a sentence naming an animal; a person who
# slipped; numbness long after an epidural or with more; a leg that folded getting up; a season that starts what
# goes on; a child's fever beside a past; rest pain whatever the position; pressure on hills beside typing; a loss
# told without trying "so far", or with food that cannot be faced.
@pytest.mark.parametrize("message", [
    "Our daughter's horse threw her at a jump this afternoon. She landed on her back and can't feel her legs.",
    "The horse bolted on the lane and threw Tom off. He hit the road hard on his back and now can't move his legs.",
    "Our dog knocked our son off his bike. He can't feel his legs and has wet himself.",
    "A client came to the session today, the dog in tow. She has had back pain with numbness around her back passage "
    "and lost control of her bladder.",
    "I'm 78 with osteoporosis and hurt my spine when I slipped in the bath, the pain in my back is bad.",
    "I hurt my spine when I slipped on the stairs yesterday and it is agony.",
    "Two weeks after the epidural for my c-section my saddle area is numb and I've had a couple of accidents with "
    "my bladder.",
    "My groin and bottom are numb after the epidural I had for knee surgery last month.",
    "Got up from sitting and my leg folded under me, I went down and my back is bad.",
    "Back in the winter my back pain started, and it has got so bad it wakes me every night now.",
    "Since back in the spring I have had night sweats and lost weight without trying, and my back is sore.",
    "My daughter has had a fever and back pain since Tuesday; she had a kidney infection when she was 3.",
    "My son has a fever and his back hurts, he never had back problems when he was little.",
    "My lower back pain is constant even at rest, nothing helps it, I've tried every seat position and head position.",
    "Typing all day gives me sore wrists, but lately on hill runs I get a tight pressure in my throat and down my "
    "right arm.",
    "My dad is 70 and has lost weight, he can't face food and has no interest in eating, and his back aches at night.",
])
def test_the_review_72_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I leak a bit of pee when I sneeze or jump on the trampoline, it just comes and I can't stop it. Pelvic floor "
    "exercises help a bit.",
    "When I cough on my runs I leak a little wee, I can't stop it happening, I've had weak pelvic floor since my baby.",
    "I stopped running for the winter and my fitness has got worse over the months, now I'm out of breath running up "
    "hills. How do I get it back?",
    "I get crippling DOMS in my legs after long runs, and my lower back is a bit stiff at night.",
    "The crippling cost of race entries aside, my back aches a bit in bed after long runs.",
    "I got home from the 10k and slammed down on my bum on the sofa, my lower back is a bit achy.",
    "Doing squats the bar slammed onto my upper back a bit hard, now my upper back is bruised and tender.",
    "My kid thumped down on my back when I was doing push ups, now my back is sore.",
    "I've lost 5 kg since my marathon training started, even though nothing in my diet changed, which is great for "
    "race weight! Why does my back ache after long runs?",
    "Had a nasty tummy bug last week, lost 3 kg and was off my food for days. Is it ok to run with a stiff back?",
    "Our retriever hurt his back jumping off the sofa. Now he is dragging his back legs and can't wee.",
])
def test_the_review_72_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# Kinds read in forum23 (held out as forum-unseen23), in our own examples: a car run into from behind as a cab; muscles
# "gone to sleep" (a dead butt) are no numb skin; a crash in a video game and a fall of the markets are no falls.
@pytest.mark.parametrize("message", [
    "a van drove into the back of my cab at a junction yesterday, my lower back has hurt ever since",
])
def test_the_forum23_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "my mate says my bum muscles have gone to sleep from driving all day, my lower back aches after runs, why?",
    "crashed my bike on Mario Kart all evening, then my lower back ached on this morning's run, is that normal?",
    "with the housing market falling and my back aching after runs, is running making it worse?",
])
def test_the_forum23_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A fall told as minor by its teller stays the emergency reply: a fall from a height, at an older age or from a
# vehicle is major trauma whatever is said of it (NICE CKS), and what the teller calls minor is no safe line (a
# downgrade to "see a doctor today" for "nothing major", after a fifteenth new user, was dropped after a
# seventy-fourth review found ten serious falls it downgraded).
@pytest.mark.parametrize("message", [
    "slipped off the ladder, nothing major, anyway ran 10k sunday and my lower back has been sore since, should i "
    "rest?",
    "I fell 4 metres off the scaffolding at work, nothing major, but my back hurts",
    "My 84 year old mum had a little fall, nothing major, now her back really hurts",
])
def test_a_fall_told_as_minor_is_still_an_emergency(matcher, message):
    d = matcher.decide(message)
    assert d.kind == "urgent" and d.why == "emergency", d


# A seventy-fourth review's defects (its examples): a fall in the house or the market, or in a match; numbness
# beside a "dead bum"; a rider thrown by name; a person slammed by another; a loss beside a specialist's name or an
# old bug; a season that starts what goes on; breathing worse over the last year.
@pytest.mark.parametrize("message", [
    "My dad had a fall in the house this morning and his back really hurts",
    "I had a fall in the market this morning and hurt my back",
    "Fell awkwardly in the game yesterday, back really hurts",
    "My dead bum feels numb round my back passage since my back went yesterday",
    "The pony bucked and Lily landed on her back. Now she can't move her legs.",
    "He slammed me onto my back in judo and now my back hurts a lot",
    "My GP referred me to a gastroenterologist. Lost 6 kg this month without trying and back pain at night",
    "Had norovirus at Christmas; since January I've lost a stone without trying, back aches",
    "Back in the winter I started getting night sweats with my back pain and I still get them most nights",
    "I get more out of breath on runs, my breathing has got worse over the last year",
])
def test_the_review_74_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I sat on my leg folded under me and it went numb",
    "Crippling back stiffness in the morning that eases once I'm moving, sometimes aches at night",
    "I went into the back of the cab queue and my back ached from standing",
    "Our labrador, a good girl, hurt her back on the stairs. She can't stand up on her back legs.",
])
def test_the_review_74_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A sixteenth new user's trial: a fever told hedged ("I think I might have a fever") is had now, not a "what if"
# (still one with "later if").
@pytest.mark.parametrize("message, urgent", [
    ("i think i might have a fever and my lower back is killing me after my run", True),
    ("my back aches, I reckon I might have a temperature now, is it ok to run", True),
    # a guess with nothing of now told stays a guess
    ("my back aches, I might have a temperature, is it ok to run", False),
    ("I might have a fever later if this goes on, my back aches", False),
    ("what if I might have a fever, my back aches after runs", False),
])
def test_a_hedged_fever_is_had_now(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") is urgent


# Kinds read in chat9 (held out as chat-unseen12), in our own examples: a blow told with where it landed before who
# dealt it; a chest's pain told moving into the jaw or the left arm on a run.
@pytest.mark.parametrize("message", [
    "got hit in the back by a bike on my run yesterday, lower back really sore today",
    "my mum got a cramp in her chest on her jog and it went up into her jaw, she says it's nothing",
])
def test_the_chat9_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


# A seventy-sixth review's defects of the last fixes (its examples): a feared fever or accident to come is no hedged
# fever had now; "my son slammed me onto my back" is a fall; a pet that reared and landed is still a pet; a runner's
# elbow or a car door on the leg is no collision; a pain that goes into the jaw is a chest's only when the chest is
# told; "hit from behind by a bike" is.
@pytest.mark.parametrize("message", [
    "My son slammed me onto my back in judo, my back is in agony now",
    "Was hit from behind by a bike on my run, back is sore",
])
def test_the_review_76_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I'm nervous I might have a fever tonight, my back is sore after the long run",
    "I might have a fever this weekend at the race, back is a bit sore, should I still run",
    "I might have an accident and wet myself on the long run on Sunday, back is fine just worried",
    "Our old mare reared and landed badly in the field. She can't get up and the vet is coming",
    "Got hit in the back by a runner's elbow at parkrun, back a bit sore",
    "Knocked on the leg by a car door in the car park, bruised, back aches from running",
    "Headache on my run that went down into my jaw",
    "Wrist pain after push ups that goes up into my left arm",
])
def test_the_review_76_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# A seventy-sixth review's leftover: a fear about what it is, then the sign told as had in a clause of its own, is the
# sign told ("I'm worried I might have a kidney infection, I've got a fever"); a fear of the sign itself stays one.
@pytest.mark.parametrize("message, urgent", [
    ("I'm worried I might have a kidney infection, I've got a fever and my back hurts", True),
    ("Worried it might be serious, my legs have gone numb since lifting yesterday", True),
    ("I'm scared that if I run, my legs will give way and my back hurts", False),
    ("what if I lose control of my bladder, my back hurts after runs", False),
])
def test_a_fear_of_the_cause_does_not_hide_the_sign_told(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") is urgent


@pytest.mark.parametrize("message", [
    # a seventy-eighth review: a clause that fears or foresees in its own words is no sign had
    "I'm worried, I've got a race on Sunday and might get a fever, my back hurts",
    "my back hurts after running and i worry, i have a fear of my legs going numb",
])
def test_a_clause_that_fears_in_its_own_words_is_no_sign_had(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# Read in forum24 (held out as forum-unseen24): a car's shunt is an accident; a dentist by trade, a drop in the
# ground, the back listed among parts told fine, the wind knocked out by a fall and what others would think are
# ordinary. Examples in our own words.
@pytest.mark.parametrize("message", [
    "Some van shunted into the back of us at the lights on Monday and now my lower back is stiff, can I run?",
    "A lorry piled into my car on the ring road yesterday. Lower back's killing me this morning, ok to jog?",
])
def test_a_shunt_is_an_accident(matcher, message):
    d = matcher.decide(message)
    assert d.kind == "urgent" and "trauma" in d.flags, d


@pytest.mark.parametrize("message", [
    "As a dentist I'm on my feet all day and my lower back aches after evening runs. Why?",
    "The ridge path has a sheer drop on one side and my foot slipped a bit, scary! Do trail runners use poles?",
    "Tripped on a kerb on my run, next second horizontal, palms stinging and winded. Would a chest light have "
    "helped me see it?",
    "My face goes so red on hot runs that people would think I'm having a heart attack lol. How do I stop my back "
    "aching after hot runs?",
    "We all piled into the car after parkrun. Is it ok to run with a sore lower back?",
])
def test_the_forum24_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


def test_the_back_listed_among_parts_told_fine_makes_a_fall_ordinary(matcher):
    found = matcher.triage("Went down hard on the pavement mid-run. Back, hips, everything else was fine, just the "
                           "knees. OK to keep running on bruised knees?").findings
    falls = [f for f in found if f.sign.name == "fall"]
    assert falls and all(f.ordinary and "everything else was fine" in f.ordinary for f in falls), falls


@pytest.mark.parametrize("message", [
    "My groin has gone numb like after a dentist injection since my back went on Sunday's run",
    "my foot drops and slaps on the pavement since my back went last week",
    "I fell in the summer and now I get winded on easy runs, even walking up stairs",
])
def test_the_forum24_signs_still_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


# The seventy-ninth review's regressions of the forum24 look-alikes, with its examples.
@pytest.mark.parametrize("message", [
    "I've got a drop foot on the left since my back went",
    "I fell and was winded, and now I get breathless on easy runs",
    "winded from a fall yesterday and my chest is sore when I breathe",
    "I would think this crushing chest pain after my run is a heart attack",
    "both legs feel as though the dentist had been at them since my back went",
    "that dentist feeling in my groin since my run",
    "Went down hard. Back, hips, everything else was fine until this morning when my back seized up",
])
def test_the_review_79_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "got shunted down to the B team, my back aches after runs, why?",
    "our van piled into the car park and my lower back hurts after the run, why?",
])
def test_the_review_79_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# The eighty-first review's regressions of the seventy-ninth's fixes, with its examples.
@pytest.mark.parametrize("message", [
    "Got shunted at a roundabout last week, my back has been sore since, is it ok to jog?",
    "I was shunted from behind at the lights, back sore since, ok to run?",
    "A driver piled into the side of my car, back is sore, ok to run?",
    "A car shunted me from behind at the lights and now my lower back is killing me, can I run?",
    "Had a shunt on the motorway on Friday, my back hurts now, can I run?",
    "Fell and was winded, my back is fine, but my lips went blue, can I run tomorrow?",
    "The physio says I have a drop of the left foot and back pain, can I run?",
    "The drop on my left foot is getting worse with my back pain, can I run?",
    "You would think I was having a heart attack with the chest pain when I run",
])
def test_the_review_81_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I'd think a heart attack would hurt more, I just have back ache after runs, normal?",
    "I get that dentist feeling before races, legs shaking, and my back hurts after, normal?",
])
def test_the_review_81_ordinary_words_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# Read in chat10: a run's end walked home is no night spent pacing; feeling suffocated while running stands.
def test_walking_the_end_of_a_run_is_no_night_pain(matcher):
    assert matcher.decide("my lower back went funny 10k into my long run so I ended up walking the last bit home. "
                          "sore to turn over in bed now, pulled muscle?").kind != "urgent"


def test_pacing_the_floor_at_night_still_stands(matcher):
    assert matcher.decide("my lower back pain is so bad at night I end up walking the floor for hours").kind == "urgent"


def test_feeling_suffocated_on_a_run_is_breath_out_of_proportion(matcher):
    assert matcher.decide("started jogging again this week, 5 minutes in I could not get my breath and felt like I "
                          "was suffocating. normal when you start?").kind == "urgent"


def test_suffocating_weather_is_no_breath_sign(matcher):
    # The commit before read "suffocating" alone (a seventy-first review's "suffocating heat" then alarmed).
    assert matcher.decide("hay fever again, a bit wheezy on runs in this suffocating humidity, is my lower back ache "
                          "normal?").kind \
        != "urgent"


def test_feeling_suffocated_told_alone_is_breath_out_of_proportion(matcher):
    # The eighty-third review: "felt like I was suffocating" raised nothing without another breath word.
    assert matcher.decide("I felt like I was suffocating halfway through an easy jog, never happened before").kind \
        == "urgent"


@pytest.mark.parametrize("message", [
    # The eighty-fourth review: what smothers is a mask or a crowd, not the breath
    "the mask felt like I was suffocating on my run, is my back ache normal",
    "felt suffocated by the crowd at the start, my lower back hurts after the race, why?",
])
def test_a_mask_or_a_crowd_that_smothers_is_no_breath_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # The eighty-fifth review: the smothering look-alike dismissed real signs told beside heat, a room or a mask
    "in the heat I felt like I was suffocating and passed out",
    "I woke up gasping for air in my room",
    "in the heat I couldn't catch my breath even after stopping",
    "wearing a buff I felt like I was suffocating and my lips went blue",
])
def test_the_review_85_breath_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


def test_a_mask_does_not_explain_breath_that_did_not_ease(matcher):
    # The eighty-sixth review.
    assert matcher.decide("ran with my mask and felt like I was suffocating and it didn't ease when I stopped").kind \
        == "urgent"


# lay-redflags32 (read as redflags-unseen27): the kinds it showed, in our own words.
@pytest.mark.parametrize("message", [
    # a clinician's safety-netting is advice, not a sign told
    "the physio said to ring 999 if my privates go numb or I can't pee. Could running cause a disc problem?",
    # the answer alone denies what the sentence before listed
    "The doctor checked me for numbness in my groin and leaking. Neither, thank god. Could a slipped disc come from "
    "running?",
    "A&E said to come back if I went numb in the groin. Could a slipped disc come from running?",
    # someone else's sign, checked and found to be nothing
    "my gym buddy had chest pains on a hike in the spring, turned out it was indigestion. Will running help me lose "
    "weight?",
    # an arm hurt in a fall, the back fine
    "fell on my outstretched hand on a trail run, wrist swollen and my arm tingles. back feels fine, ice it?",
    # stiff knees after a race, not weak legs
    "two days after the half my knees won't bend on the stairs and my back's stiff too, normal?",
    # a weight dropped on the foot, not a foot that drops
    "dropped a kettlebell on my foot at the gym last week, now my lower back aches after runs, why?",
    # numbness that goes the moment one stands
    "at the office my bum goes numb by lunch, fine the minute I stand up. how do I stop runs adding back pain?",
    "my right leg tingles whenever I sit in the recliner, then it's fine. could running bring my old disc back?",
    # a saddle's numbness on rides, told on a plural weekday (the speller split "Sundays" into "sun days", and
    # "days" of numbness is no saddle's)
    "I cycle 50 miles on Sundays and my groin goes numb on the longer rides, fine once I'm off the bike",
    # advice to anyone about weight
    "once you drop a few kilos running gets easier, right? how do I lose the first ones",
])
def test_the_lay_redflags32_near_misses_are_not_urgent(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "the GP said come back if it got worse, and now my groin has gone numb since last night",
    "my legs keep giving way and won't bend since my back went",
    "it usually goes the moment I get up, but this time my groin has been numb since this morning",
    "my left leg has gone numb whether I sit or stand, since my back went on Tuesday",
    "my brother has been on the loo half an hour trying to go but can't pass a thing, his back's killing him",
    "the pony bucked her off and she landed on her back, now she can hardly walk",
    "my stepladder slid from under me and I hit the patio, my back's agony",
    "landed face first on the trail and my lower back is really sore now",
    "each night I wake up soaked through and my back has been aching for weeks",
    "I wake up drenched and have to change my t-shirt, and my lower back hurts all the time",
    "gave up dieting months ago but the kilos keep falling off me, eating normally, and my back aches",
    "is it normal to drop 4 kg in 3 weeks without meaning to? lower back sore too",
    "my running buddy collapsed at the finish and his back hurts",
])
def test_the_lay_redflags32_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # A worry about a person, then the sign told of them as had: the worry is of the person, not a "what if".
    "As a carer I'm worried about one of my residents, she's been incontinent since Monday and her back is bad",
    "worried about my dad, he has lost weight without trying and his back aches",
])
def test_a_worry_about_someone_then_their_sign_told_stands(matcher, message):
    assert matcher.decide(message).kind == "urgent"


def test_a_worry_about_someone_and_what_might_come_stays_feared(matcher):
    assert matcher.decide("worried about my son, he might lose control of his bladder one day").kind != "urgent"


@pytest.mark.parametrize("message", [
    # The eighty-eighth review: what ba12f62's look-alikes and modifiers dismissed.
    "The physio said to call if I lost control of my bladder, and last night I did",
    "They told me to ring if I lost feeling in my bum, which I have since this morning",
    "My legs won't bend properly and I can barely walk, I have to hold the wall, since my back went yesterday",
    "Since my back went my knees won't bend and I can't stand up from the chair without my legs going to jelly",
    "My saddle numbness used to be gone the moment I stand up but now it stays for hours",
    # ...and older misses it found
    "Neither leg works properly since my back went yesterday",
    "None of my toes will move on my right foot since my back pain started",
    "Worried about my running, I have numbness in my groin and back pain",
])
def test_the_review_88_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "The new shoes threw me off, my lower back aches after long runs",
    "The pace threw me off in the first mile and my lower back aches after long runs",
    "I hit the tiles at the gym doing burpees, lower back a bit tight",
    "I drop my weight onto my heels when I run downhill, my lower back aches",
    "The physio said to call if I lost control of my bladder, and I have a question about running",
])
def test_the_review_88_ordinary_messages_do_not_alarm(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# forum25 (read as forum-unseen25): its false alarms' kinds, in our own words.
@pytest.mark.parametrize("message", [
    "that virus really knocked me back, and my lower back aches after runs since",
    "my first run since the flu today, lower back a bit achy after, is that normal?",
    "Had flu with a temperature of 38.7 last week. The temperature went four days ago and I feel fine. My back is "
    "stiff after today's run, normal?",
    "our springer slipped on the stairs and I jarred my back catching him, can I still run on it?",
    "that night I came down with the worst cold of my life, now my back aches on runs, why?",
    "losing my leftover baby weight, 6 kg down without changing anything, lower back aches after runs, normal?",
    "my foot went numb at 5k, I wiggled my toes and the feeling came straight back, back's fine. laces too tight?",
    # "back at work" is no body's back for the fever's need of back pain
    "I had flu with a fever last week. Back at work today, will running help me lose the weight I put on?",
])
def test_the_forum25_near_misses_are_not_urgent(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "my 12 year old got kicked in the back at rugby and now it hurts when he runs",
    "first run back after flu was yesterday, today I have a fever of 38.5 and my back is killing me",
    "the temperature went a week ago but today I've a fever of 38.6 again and my lower back aches",
    "the feeling came straight back in my foot but now my groin is numb and my back hurts",
])
def test_the_forum25_signs_still_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # A speller audit: "pre-workout" was read "pee workout", "gary" "gray" (a chest sign's grey skin).
    "my lower back hurts since I started pre-workout, is that normal?",
    "my lower back hurts after running with gary, why?",
])
def test_names_and_kit_words_raise_no_sign(matcher, message):
    assert not [f for f in matcher.triage(message).findings if f.stands]
    assert matcher.decide(message).kind != "urgent"


# lay-redflags33 (read as redflags-unseen28): the kinds it showed, in our own words.
@pytest.mark.parametrize("message", [
    "my back was getting worse all week, the GP said pulled muscle, and this morning his legs just didn't hold him",
    "came off the side of my horse into a hedge and landed on my left bum cheek, sore since",
    "lost my balance on the patio and my back hit the edge of the step, I'm 71 and it's really sore",
    "my dad is 88, he fell on Sunday, the hospital x-rayed him and found nothing broken, but he screams when he "
    "sits up and his back is agony",
    "my lodger has had back pain for weeks, today she's burning hot and confused",
    "my son's lower back hurts and his temperature is really high tonight",
    "my daughter was holding her lower back and her temperature shot up this evening",
    "there's a numb patch spreading in a place you really, really don't want to be numb, if you get me, and my back "
    "aches",
    "my wife has tingling creeping down both arms and today she can't walk steadily, her back hurts",
    "every night for weeks a stabbing pain in my back wakes me, some nights I get two hours' sleep",
    "my back is worse at night, spasms as bad as contractions, the tablets do nothing",
    # the eighty-ninth review's, each dismissed by a fix of fcc8654 or 73723da
    "My saddle area feels numb, it went numb 2 days ago and my back hurts",
    "The fever went a few days ago but I've got a temperature of 38.4 today and back pain",
    "The temperature went a week ago. Tonight I'm burning up and shivering and my back aches",
    "Toes went numb on my run, feeling came straight back, but my left leg is still numb and my back hurts",
    "The car knocked me back onto the kerb and my lower back is agony",
    "Lost the baby weight and kept losing, down 10 kg more since, not dieting, back aches",
    "fell on the ice, x-rayed my collarbone, nothing broken, but my lower back is sore",
])
def test_the_lay_redflags33_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "down 3 kg since I had the flu and couldn't face food, the GP checked me and my appetite is back now. will "
    "running keep the weight off?",
    "part of me worries my gran had a fall and isn't telling us, her back's been sore a week, the x-ray was clear",
    "my 6 year old slipped off the bunk bed ladder onto the rug, a tiny scratch on his back, running about like "
    "nothing happened",
    "my left foot has slapped the ground ever since a car broke my ankle at 40, which trainers help?",
])
def test_the_lay_redflags33_near_misses_are_not_urgent(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message, entry", [
    # the eighty-ninth review: a real disc or curve read in another sense
    ("Slipped disc in the mid spine, is running ok?", "herniated-disc"),
    ("Is an exaggerated curve in my lower back a function of weak glutes?", "spine-curvature"),
])
def test_the_review_89_disc_and_curve_keep_their_sense(matcher, message, entry):
    assert matcher.decide(message).entry_id == entry


def test_a_fall_seen_in_hospital_and_cleared_to_jog_is_no_sign_while_it_aches_a_little(matcher):
    # lay-redflags25's, broken on the way by the new "came off my mare": the check and the physio's clearance tell it
    assert matcher.decide("came off my horse a month ago, the hospital scanned me and nothing was broken. My physio "
                          "says I can start short jogs, it still aches a little after. ok to carry on?").kind \
        != "urgent"


@pytest.mark.parametrize("message", [
    # A nineteenth new user: an intensifier before the colour hid cola-dark pee
    "did 35k yesterday and my wee is really dark like coke this morning, back aches too",
    "my urine is so dark after the ultra, like cola",
    # ...and a collapse today "but fine now" was read as over, against the README's promise
    "collapsed at the end of my 10k this morning but I'm fine now, normal?",
    "my husband fainted after his run today but he's fine now",
])
def test_the_newuser19_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "my pee is really dark in the mornings, am I drinking enough for my runs?",
    "I fainted at a blood test last year and I'm fine now, can I run a half?",
])
def test_the_newuser19_near_misses_are_not_urgent(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # The ninetieth review: signs the fixes of 4a4f763 and 8473da8 dismissed
    "my left foot drops ever since I broke my ankle at 40, and now I can't lift my right foot either",
    "came off my bike yesterday, physio says I can try jogs next week, but my back is agony tonight",
    "I've lost 6kg in two months without trying, my appetite is back now but my back aches at night",
    "she worries she had a fall and is hiding it, her back is agony and she can't get out of bed",
    "fell on ice, a&e checked, nothing was broken, back still aches and I've got pins and needles in my foot",
])
def test_the_review_90_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "my pee is really dark after coffee",
    "my pee was really dark after the race, I hadn't drunk much",
    "it was burning hot on my long run and my back aches",
    "the temperature was really high at the race and my back hurts",
    "the temperature shot up to 28 degrees on my run, back aches",
    "I have a red hot pain in my lower back after runs",
    "only got two hours sleep before the marathon and my back aches",
    "my friend fainted at a race last year, she's fine, can she run again",
])
def test_the_review_90_ordinary_messages_do_not_alarm(matcher, message):
    assert matcher.decide(message).kind != "urgent"


def test_a_child_told_by_age_whose_fall_is_the_sign_is_someone_else(matcher):
    # The ninetieth review: the child's own verb was the sign's word, so "my 6 year old" was read as the writer.
    decision = matcher.decide("my 6 year old fell off the trampoline onto his back")
    assert decision.kind == "urgent" and decision.whose == "other"


@pytest.mark.parametrize("message", [
    # The ninety-first review: signs the narrowing of 8318126 dismissed
    "back pain and burning hot",
    "lower back pain, feeling boiling hot",
    "back pain and temperature is really high",
    "my mum's temperature is really high and her back hurts",
    "worried my mum had a fall, her back really hurts and she can barely walk",
    "fainted last year, ok after, but it happened again this morning on my run with back pain",
    "my back hurts at night so much I only got 2 hours sleep",
    "just 1 hour sleep most nights because of my back",
    "my pee is so dark it's cola after my long run",
    "my pee is tea coloured after the ultra",
])
def test_the_review_91_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "my foot has dropped for years since my op, my back aches after runs too",
    "the track was dry and burning hot, my back aches after",
])
def test_the_review_91_ordinary_messages_do_not_alarm(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# forum27 (read as forum-unseen27): its false alarms' kinds, in our own words.
@pytest.mark.parametrize("message", [
    "half a mile in my back went from a twinge to so painful I was gasping, had to walk home. ok to run on it?",
    "ran four times this week and still only lost 1.4 lb, how does running for weight loss actually work?",
    "I had some chest pain last year, lots of tests, turns out it's a harmless murmur, all checked and cleared. "
    "Does a curved spine matter for running?",
    "doing squats yesterday my back gave and I sort of controlled-collapsed onto the mat, no running involved",
    "after parkrun I looked at one of those flu posters and ticked aching limbs and sweating, all gone after I stopped",
    "my heart flutter was checked by a cardiologist and it's nothing. my form looks like someone running desperately "
    "to the loo, any drills?",
])
def test_the_forum27_near_misses_are_not_urgent(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "I was gasping for air on an easy jog and my chest felt tight",
    "collapsed at the finish line and came to on the ground",
    "my heart keeps fluttering on runs and I nearly fainted, the doctor checked it last year and it was nothing",
])
def test_the_forum27_signs_still_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # The ninety-second review: signs the narrowing of f140343 and 8318126 dismissed
    "collapsed at the finish today, last year I was fine at the same race, my back hurts",
    "a car reversed into me and it knocked me off my feet, my back hurts",
    "my pee is so dark it's cola after the ultra",
])
def test_the_review_92_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "lower back pain and burning hot weather on my long run",
    "lower back ache and temperature went up to 30 degrees on my run",
    "my back hurts with temperature so high in the gym",
    "my friend fainted last year, she's fine, and my back pain happened again yesterday",
    "the heat was that bad I only got 2 hours sleep, my back aches after runs",
    "my pee is dark after long runs, it's just the tea I drink",
    "my pee went from tea colour to clear after drinking water",
])
def test_the_review_92_ordinary_messages_do_not_alarm(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # The ninety-third review: signs the look-alikes of c9fb746 and f805647 dismissed
    "Chest pain on runs, turns out it was fine last time, but now it's back and worse than ever",
    "chest pain on runs, turns out it's muscular but it's still there on every run",
    "collapsed onto the bed and lost consciousness after my run",
    "Aching arms on hills that go when I stop, my limbs are otherwise fine",
    "my pee was cola-dark this morning after the ultra, it's lighter than tea now",
    "my heart flutters, the GP checked it and it was nothing, but it keeps coming back more often now",
    "lost 1.8 kg this week without trying and my back aches",
    "chest pain last year, all checked and cleared, but it came back on my run today",
])
def test_the_review_93_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


def test_a_gasp_of_a_calf_that_hurt_so_much_is_no_breath_sign(matcher):
    assert matcher.decide("My calf hurt so much I was gasping and had to stop").kind != "urgent"


@pytest.mark.parametrize("message, flag", [
    # accustomed to one thing, not over: the next sign is new
    ("I'm used to the numb bum after spin class but since Tuesday I can't feel anything when I wipe and my back "
     "is killing me", "saddle"),
    # a fall told by where someone ended up, or a blow from someone
    ("went out for a night run and ended up face down in the mud, my lower back has been really sore since",
     "trauma"),
    ("my brother punched me in the back messing about and now my lower back really hurts when I run", "trauma"),
    # held up so as not to go down
    ("at the end of the 10k the marshals had to hold me up and carry me to the medical tent, my back hurts "
     "today", "chest"),
    # woken drenched, the nights counted
    ("four nights in a row I've woken up drenched and my lower back aches", "fever"),
    # eating and still losing
    ("I can't keep my weight up no matter how much I eat and my back hurts on runs", "weight-loss"),
    ("my weight keeps slipping even though I'm eating loads, and my back aches", "weight-loss"),
    # grey and made to stop
    ("my running buddy said I went grey and I was so breathless on the hill I had to stop", "chest"),
    # woken by the pain, a baby only named
    ("my back wakes me at night in agony, I sit up till dawn, even holding the baby hurts", "night-pain"),
])
def test_the_kinds_of_lay_redflags34_stand(matcher, message, flag):
    d = matcher.decide(message)
    assert d.kind == "urgent" and flag in d.flags, (d.kind, d.flags)


@pytest.mark.parametrize("message", [
    "gone grey at 50 and puffing on the hills, is that just age?",
    "my bits go numb from the saddle on long rides, it wears off after, back's fine. better seat?",
    "I basically collapsed at the top. Not literally, but my lower back ached after",
    "I totally collapsed last month. Not literally, I mean I lost all my motivation. Why does my back ache after runs?",
    "the baby wakes us every night, and my lower back aches after runs",
])
def test_the_kinds_of_lay_redflags34_are_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # forum28's kinds, in new words
    "the wheelbarrow tipped and threw me down flat on the patio, my lower back is sore now",
    # the ninety-fourth review's examples of 132bea0's defects (and misses it found at both versions)
    "My motivation collapsed in November, not literally, but yesterday I had crushing chest pain on my "
    "run and it went down my left arm",
    "I have chest pain while running, so to speak a tight band round my chest, and I'm breathless",
    "my training has hit a wall so to speak, and since Tuesday I have numbness in my groin and inner "
    "thighs that hasn't gone",
    "Figuratively speaking my legs are dead, but literally since yesterday I have numbness around my bum "
    "and groin and can't pee",
    "Crushing chest pain on my run today going into my jaw. Figuratively I'm a wreck too",
    "My face went ashen grey at 5k and I was short of breath, my friend made me sit on a bench",
    "I turned grey at 30 minutes into my tempo run and was really out of breath, had to stop",
    "I've gone grey at 50 and my wife says my face went grey on our run today and I was so breathless I had to stop",
    "Going grey in my forties is one thing. But today my face turned grey on the hill and I was gasping "
    "and had to sit down",
    "Since I got off the saddle after hacking my horse yesterday my groin and bum are numb",
    "My groin has been numb for a week now, ever since I got off the saddle after a long ride",
    "I do 70 miles a week, can't keep my weight up no matter how much I eat, and I keep waking up "
    "drenched, soaked through the sheets",
    "Marathon training, 50 miles a week. Can't keep my weight up no matter what I eat, I keep getting the "
    "chills and have a high temp",
    "I run 70 miles a week and I can't keep my weight up no matter how much I eat, and my lower back has "
    "been hurting badly for a month",
    "Marathon training, 50 miles per week. Can't keep weight on whatever I eat, drenched in sweat at "
    "night and back pain",
    "Baby's 3 months. The pain in my lower back is so bad at night I can't sleep, I get up and walk around",
    "I haven't been able to feel my left leg since yesterday",
    "I'm pretty used to the numbness in my groin now, it's been there for a week and getting worse",
    "Ninth half marathon on Sunday. Felt normal for ten miles, then things went wobbly and blurry, and "
    "two strangers had to hold me up and walk me over the line. My lower back has ached since",
    "a friend's kid ran up behind me and whacked me right in the lower back, it came back worse each day",
    "I have rheumatoid arthritis and went out for a run last week. Next thing I knew I was face down on "
    "the road. Since then there's a deep ache in the middle of my back",
])
def test_the_kinds_of_forum28_and_the_review_94_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # forum28's kinds, in new words: a start "kicked in", a setback that "knocked me", the feeling back for good, a
    # heart checked and cleared, a fall off the wagon, a crash diet, a known condition cared for, sciatica named by
    # the doctor, a fear of a tumour
    "once the marathon training kicked in, my lower back started aching after runs",
    "I'm 60 and my back went lifting a bag, this has really knocked me. Is it a strain?",
    "my toes went numb on every run for a month, new insoles and I can feel my feet again now. How do I stop my "
    "back aching after runs?",
    "my heart was racing on a run so I went to A&E, they said my heart was fine and cleared me to exercise. Will "
    "running help me lose weight?",
    "fell off the wagon over the holidays and my back aches after runs, will running help me lose weight?",
    "crashed into a juice diet in January and my lower back aches on runs",
    "I lift my mum out of bed since she stopped walking and my back aches",
    "my husband has MS and his legs give way sometimes when I help him up, my back hurts from lifting him",
    "tingling down my right leg for two months, GP said sciatica and sent me to physio, could it be a disc?",
    "my brain has decided my back ache is a tumour, no weight loss, is it normal to ache after runs?",
    # the ninety-fourth review's examples of 132bea0's false alarms
    "Work held me up and I got to parkrun late, so I sprinted the first km and now my lower back is tight",
    "A friend held me up and I walked the last mile with her, is it bad to walk in a marathon?",
    "My friend held me up and walked me through the stretching routine, what stretches help lower back tightness?",
    "The coach had to hold me up for a minute while I got my shoe back on, my ankle is fine",
    "For the yoga stretch I lie face down on the floor and arch up, my lower back twinges, any alternatives?",
    "After my run I lay face down on the grass to cool off and stretch my back, is prone lying good for back pain?",
    "Lying face down on the massage table, the therapist punched me in the lower back with her fists, is "
    "that normal for sports massage?",
    "My brother punched me in the back as a joke after my run, now it's a little sore",
    "I'm a hard gainer, can't keep my weight up no matter how much I eat, any tips for putting on muscle "
    "while running?",
    "During my marathon block I can't keep weight on no matter how much I eat, what should I be eating?",
    "I'm a rugby player who runs, and I struggle to put on size, can't keep my weight up however much I "
    "eat. Best protein shake?",
    "Mum said I looked grey after my exams and made me sit down and eat before my run",
    "My friend says I look grey and tired lately from the night shifts, she made me sit down for a cup of "
    "tea and talk about my running plans",
    "I'm used to falling over on technical trails, how do I strengthen my ankles? My lower back is a bit sore from it",
    "The baby wakes every night and I sit up until morning feeding her, my lower back aches a bit, can I still run?",
    "Heating's been on full blast, three nights running I've woken up soaked, lower back a bit stiff too",
    "I collapsed in November. Not literally, I mean motivation went out the window. Why does my lower "
    "back hurt after running?",
    "Bike messenger, December. After a ten hour shift my bits go numb from the saddle, it wears off "
    "within half an hour of getting off. Back's fine. Any tips for a better seat?",
])
def test_the_kinds_of_forum28_and_the_review_94_ordinary_messages_do_not_alarm(matcher, message):
    assert matcher.decide(message).kind != "urgent"


def test_a_carer_is_read_as_a_carer(matcher):
    """A British word for someone who cares for another: "I'm her only carer" was read as "her only car"."""
    assert "carer" in matcher.read("I'm her only carer").tokens
    assert "carers" in matcher.read("carers week").tokens


@pytest.mark.parametrize("message, urgent", [
    # A twentieth new user's: night sweats told by the bed ("soaking the sheets most nights"), not by sweat
    ("lower back sore for weeks and most nights I drench the pillow, should I stretch more?", True),
    ("my back aches after long runs and I've been soaking the sheets most nights", True),
    ("it rained and I soaked my pyjamas hanging them out, back aches after runs", False),
    ("the dog soaked the sheets with his wet paws, my back aches after runs", False),
    # ...and a leak on a cough since a birth is the pelvic floor's, not lost control
    ("since my second baby I keep wetting myself a little when I cough, my back aches after runs, ok to run?", False),
    ("I keep wetting myself and can't feel it, my back hurts", True),
])
def test_the_twentieth_new_users_signs(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent


@pytest.mark.parametrize("message, urgent", [
    # A twentieth new user's: an older person's fall that changed their walking is for a doctor today, back or not
    ("my nan is 82 and slipped on the kitchen floor this morning, she says her back is fine but she can't put "
     "weight on her leg", True),
    ("my grandad (79) tripped over the dog yesterday and has been hobbling about since", True),
    ("I'm 68 and fell asleep in the chair, now I'm walking funny after my run", False),
    ("I'm 70 and run parkrun, my hip hurts and I limp after long runs, is it arthritis?", False),
    ("my 72 year old dad fell behind on the hill and was limping with a stitch", False),
])
def test_an_older_persons_fall_that_changed_their_walking(matcher, message, urgent):
    d = matcher.decide(message)
    assert (d.kind == "urgent") == urgent, (d.kind, d.flags)
    if urgent:
        assert d.flags == ("trauma",)


@pytest.mark.parametrize("message", [
    # The ninety-fifth review: signs that 5034597 and 343c832 dismissed (and one older miss of the same kind)
    "I have MS and now my legs are giving way, my back hurts",
    "I have MS and my legs have started giving way, back hurts",
    "I have a progressive condition and my legs are giving way more than before",
    "I care for my mum full time, I'm her only carer, and my legs have started giving way, back hurts",
    "I fainted, not literally dead, after my run",
    "I fainted, figuratively speaking I was done",
    "back pain and night sweats, figuratively I'm a wreck",
    "my back hurts and I have night sweats, not literally every night but most",
    "I keep wetting myself a bit when I cough since last week, back pain",
    "I keep wetting myself a bit when I cough, it's new, back pain",
    "got kicked in, the back by a horse",
    "I had MS for years, now my legs are giving way, back hurts",
])
def test_the_review_95_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message, entry", [
    # The ninety-fifth review: false alarms of 343c832, and reports read as wishes
    ("flat on my back on the drive under the car fixing it, now my back aches", None),
    ("flat on my back on the drive fixing the car, back aches", None),
    ("the dog soaking the sheets most nights with wet paws, my back hurts", None),
    ("soaking the sheets most nights from a leaking roof, back hurts", None),
    ("I was able to run 10k without back pain today!", "none"),
    ("I can run without back pain now, what shoes for a marathon?", "none"),
    ("how did I run 10k without back pain for once?", "none"),
    ("how did I manage to run without back pain today?", "none"),
])
def test_the_review_95_ordinary_messages(matcher, message, entry):
    d = matcher.decide(message)
    assert d.kind != "urgent"
    if entry == "none":
        assert d.kind != "answer", d.entry_id


@pytest.mark.parametrize("message", [
    # The ninety-sixth review: an older person's fall told in other words, a care home's, real sweats beside a dog,
    # a cough leak begun "since Monday" or "for the past week"
    "my mum is 82, she had a fall yesterday and now she can't get up off the floor",
    "my gran fell in the kitchen and her leg looks shorter than the other one",
    "grandad fell last night and now he won't walk",
    "the care home rang: my nan had a fall overnight and she can't stand",
    "my father, 79, had a fall on Sunday and he's been shuffling since",
    "my grandmother fell and her foot is turned outwards",
    "my 85 year old mum fell and she won't walk on it",
    "my 85 year old mum fell and she refuses to walk",
    "the care home said mum had a fall, she's now not weight bearing",
    "my elderly dad fell and now he's unable to get off the floor",
    "I keep leaking when I cough, it only started on Monday and my back hurts",
    "since Tuesday I wet myself when I cough and I have back pain",
    "my back hurts and I wake up with the sheets soaked in sweat every night, the dog sleeps on the floor",
    "the dog sleeps on my bed and I wake up soaking the sheets with sweat every night, back pain too",
    "back pain and I keep leaking when I cough since Monday",
    "back pain, and for the past week I wet myself when I cough",
    "back pain for weeks, I share a bed with the dog and still soak the sheets in sweat every night",
    "back pain and fevers, I soak the sheets every night, not the dog, not a leak in the roof, it's sweat",
    "back pain and I wet myself when I cough, only since Monday",
    "my dog sleeps next to me and I soak the sheets with sweat every night, back pain for a month",
    "I wake up with drenched sheets most nights, sweat not the dog, and my back aches, lost weight too",
    "back pain, soaking the bedding with sweat",
])
def test_the_review_96_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # The ninety-sixth review: numbers that fell, old falls, an older runner's limp without a fall
    "my dad fell in 2019 and has limped ever since, he's 72",
    "I'm 68 and fell behind in my race, my hip is sore",
    "I'm 66 and my pace fell off a cliff, hip is sore",
    "I'm 67, my times fell this year, my hip aches after long runs",
    "my 80 year old dad fell over ten years ago and has walked with a limp ever since",
    "I'm 30 and my gran fell last year; I'm limping after my run",
    "I'm 67, my times fell this year, my hip aches after long runs",
    "I'm 75, my pace fell and I limp a bit from arthritis",
    "I'm 72 and my mileage fell since my hip started aching",
    "my 70 year old dad's blood pressure fell and he's walking funny",
    "I'm 68 and my heart rate fell during the run, hip is sore now",
    "I'm 70, I fell for the hype and bought carbon shoes, now limping",
    "my gran fell, she is fine, no pain, walking normally",
    "my gran fell yesterday but she's walking fine, no limp",
    "I'm 69 and a bit stiff and hobbling after my long run, no fall",
])
def test_the_review_96_ordinary_messages_do_not_alarm(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # The ninety-seventh review: legs giving way that a named condition hid (someone else's, a new diagnosis, a
    # chronic illness of another kind), and night sweats told plainly
    "my mum has MS and I'm her carer; my back hurts and my legs keep giving way",
    "I have MS, my back hurts and my legs keep giving way",
    "I was diagnosed with MS last month, my back hurts and my legs keep giving way",
    "I have a chronic condition (diabetes) and my back hurts, my legs keep giving way",
    "I have a chronic back condition and my legs keep giving way when I run",
    "I am her only carer, my back hurts and my legs keep giving way",
    "I wake up drenched in sweat at night and my back hurts",
])
def test_the_review_97_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # The ninety-seventh review: wet sheets from a nappy or a heatwave, a sweat after a workout or a bath
    "the baby's nappy leaks so we've had drenched sheets most nights, my back aches from lifting her",
    "soaking the sheets with sweat after an evening spin class, back sore",
    "drenched the bedding with sweat after my night run, back hurts",
    "I sweated through my pjs after a hot bath, back sore from running",
    "we've been drenching the sheets most nights in this heatwave, back sore after runs",
])
def test_the_review_97_ordinary_messages_do_not_alarm(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message, urgent", [
    # A twenty-first new user's: a loss told with "no", a one-sided foot drop beside tired legs, night sweats beside
    # "after runs", an older mother's slow walk holding the wall after a fall
    ("I have had no bladder control since this morning", True),
    ("no bladder control issues, back aches after runs", False),
    ("my legs were jelly after the hill lol, but since last night my right foot drags", True),
    ("been getting night sweats and my back aches after runs whats going on", True),
    ("my mum (82) had a fall in the kitchen yesterday and now she's walking really slowly and holding the wall", True),
    ("I sweat buckets after runs and my back aches", False),
])
def test_the_twenty_first_new_users_signs(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent


@pytest.mark.parametrize("message, urgent", [
    # A twenty-first new user's: legs weak "after running" are tired legs; numb "after running" is no tiredness
    ("my legs feel weak after running, harder to get up the stairs", False),
    ("my legs suddenly feel weak after running and I can't lift my foot", True),
    ("lower back pain after jogging and now my left leg is numb from the knee down", True),
])
def test_legs_weak_after_running_are_tired_but_numb_ones_are_not(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent


@pytest.mark.parametrize("message, other", [
    # A twenty-first new user's: a relative named as the subject without "my" is someone else
    ("dad has started wetting the bed and complains of back pain", True),
    ("Husband is away this week and I've had no bladder control since this morning", False),
    ("dad is a runner too and I fell off my bike, my back hurts", False),
])
def test_a_relative_named_without_my_is_someone_else(matcher, message, other):
    d = matcher.decide(message)
    assert d.kind == "urgent" and (d.whose == "other") == other, (d.kind, d.whose)


@pytest.mark.parametrize("message", [
    # The ninety-eighth review: legs weak "after running" that last, are one-sided or come with falls; a foot drop
    # told in other words beside jelly legs; "zero control"; ages in words; night sweats told plainly
    "my legs feel weak after running since last week",
    "my legs feel weak after running, my left more than my right",
    "my legs feel weak after jogging and I tripped and fell",
    "my legs feel weak for days after running",
    "my legs feel weak after running, mainly my right leg",
    "my legs feel weak after running every day for a fortnight",
    "jelly legs after my run and now I have foot drop on the right",
    "legs were jelly after the run and I'm scuffing my right foot",
    "zero control over my bowels since this morning",
    "my mum is eighty and fell yesterday, now walking slowly",
    "my dad is 78, slipped on ice, now holding on to the rail to walk",
    "waking up drenched in sweat, back sore after my runs",
    "drenched in sweat at night and back pain after running",
])
def test_the_review_98_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "My legs felt weak after squats yesterday, can I still run today?",
    "nothing wrong with bladder control, back hurts after running",
    "no change in bladder control, back aches after running",
    "I hold onto the rail when I do calf raises, does running cause back pain",
])
def test_the_review_98_ordinary_messages_do_not_alarm(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # lay-redflags35's kinds, in new words: reaching the toilet in time no longer sure; an older person's weight
    # loss with back pain (NICE NG12); up again and again at night with it, every position alike; a near faint
    # in the heat; rising that takes several tries with walking along the wall; a leg that feels disconnected
    "ever since my back went I barely get any warning, yesterday I only just made it to the bathroom",
    "back's been bad a fortnight and now I get no warning for a wee, didn't make it twice",
    "My nan, 81, has a sore back and tummy for weeks and has gone from 60 kg to 54 kg, what could it be?",
    "I'm 66, my lower back has ached for a month and I've lost 5 kg, not sure why",
    "my wife is up 4 or 5 times a night with her back, walking the landing",
    "back pain is awful at night, sitting, lying, standing, it makes no difference",
    "did a hot 10k, felt fine, then at the finish I almost blacked out and had to sit on the kerb",
    "his back's been sore since spring; now it takes him three goes to get up off the sofa and he holds the walls "
    "to walk",
    "my left leg feels detached from me since my back went on Sunday",
])
def test_lay_redflags35_kinds_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # ...and their ordinary neighbours: a race only just made, a walk down the stairs, a fall without harm, a loss
    # at 60 or over told as planned, bending to socks with a stiff back, a night's pain a doctor named
    "I only just made it under two hours at the half, my lower back aches now",
    "queued for the portaloos and only just made it to the start, back tight after",
    "after the marathon I held the banister to walk down the stairs, lower back sore",
    "my dad (75) trips now and then but never hurt; my back aches from helping him up",
    "I'm 68, lost 9 kg since January on purpose and my back aches after my jogs, is that normal?",
    "I'm 64, been dieting and lost 6 kg, does running make back pain worse?",
    "my back is so stiff I can't bend down to reach my shoes in the morning, is a gentle jog ok?",
    "some nights the pain down my leg is terrible, the GP said it's sciatica; can I still jog?",
])
def test_lay_redflags35_neighbours_do_not_alarm(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # forum29's kinds, in new words: retention told as not being able to go; a near faint told by the sight going
    # and the fear of going down
    "my partner's back has been sore since his long run and now he keeps not being able to pee",
    "coming up the last hill my vision went grey and fuzzy and I had to grab a lamppost, sure I was going down",
    "mid-race the world started spinning and I had to sit on the kerb, back's been sore all week",
])
def test_forum29_kinds_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # ...and their ordinary neighbours: a pain that "hit me", walking round the kitchen by day, a treatment's agony
    # in the evening, the worst traffic at night, bruised pride, weight that crept back on, a known disc's tingling
    # told as before, a fear "holding me back", a head spinning with advice, a head rush on standing too fast
    "halfway up the hill a stabbing pain hit me in the lower back, had to walk home, is it a pulled muscle?",
    "even walking round the kitchen at the cafe my lower back feels off, and running makes it worse",
    "went for a sports massage last night which was agony, lower back still sore from Sunday's race",
    "drove through the night in the worst traffic, lower back stiff, any stretches for after a run?",
    "a couple of tumbles on the trails this year, grazes and bruised pride, nothing worse; is back pain after hilly "
    "runs normal?",
    "I dropped two stone when I took up running years ago and it's all crept back on, same food, same runs",
    "MRI showed a bulging disc last year; I get the tingling down my right leg again when I sit for long, can I "
    "still run?",
    "I've had a few falls on the fells and the fear of falling is holding me back, how do I get braver?",
    "my head was spinning with all the advice about back pain so I had to sit down and make a plan",
    "stood up too fast after stretching and saw stars, back a bit sore from my run",
])
def test_forum29_neighbours_do_not_alarm(matcher, message):
    assert matcher.decide(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # The ninety-ninth review: the toilet not reached told with its own "not"; a near faint on a run beside a
    # migraine, sweat or lights told fine; a fall "never hurt" with back pain after; an older person's loss beside
    # someone else's diet or one not started
    "my back has been bad all week and I didn't make it to the loo in time this morning",
    "back sore for days, I nearly didn't make it to the bathroom twice",
    "on my jog my sight went black and I had to hold a lamppost, I do get migraines sometimes",
    "at the end of my tempo run sweat ran into my eyes, then everything went grey and I nearly went down",
    "had a fall on my run, never hurt at first, now there's a sharp pain in my lower back",
    "my nan is 79, her back hurts and she has lost weight, my aunt keeps trying to get her to diet",
    "I'm 70, my back aches and I've lost weight, the nurse wants me to diet but I haven't started",
])
def test_the_review_99_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # ...and its ordinary messages: "urgently", a loo queue, drink or a fairground ride, lights that failed, a
    # weight lost since a couch-to-5k, a runner's flow
    "I urgently had to get to the office and only just made it, back stiff from the drive",
    "didn't make it to the portaloo queue before the gun, back sore after the 10k",
    "after a bottle of wine the room was spinning and I had to lie down, back sore from the run",
    "my head was spinning after the waltzer and I had to hold the rail, back a bit sore",
    "the power went and everything went dark, I had to hold the wall to find the stairs, back sore",
    "I'm 67, my back aches after running and I've lost weight since I started couch to 5k",
    "my legs feel disconnected from me when I'm in the zone on long runs, is lower back tightness normal?",
])
def test_the_review_99_ordinary_messages_do_not_alarm(matcher, message):
    assert matcher.decide(message).kind != "urgent"


def test_the_loo_not_reached_after_a_birth_is_the_pelvic_floors(matcher):
    """lay-redflags5: "First baby 3 months ago and since then I don't always make it to the loo in time" is the
    pelvic floor's (NHS), as a leak after a birth is; told as sudden with the back, it is the sign."""
    assert matcher.decide("since my daughter was born in May I don't always make it to the toilet in time, "
                          "can I still run?").kind != "urgent"
    assert matcher.decide("my baby is 5 months old and since my back went on Monday I suddenly can't make it to "
                          "the loo in time").kind == "urgent"


@pytest.mark.parametrize("message, urgent", [
    # A twenty-second new user's: a loss someone "doesn't know why" of; the sight going grey is a near faint's,
    # not a grey face's (it was "A&E now" for the face)
    ("my mum is 74 and keeps losing weight and she doesn't know why, should I worry?", True),
    ("my brother has lost weight and he does not know why, he still runs", True),
])
def test_the_twenty_second_new_users_signs(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent


@pytest.mark.parametrize("message", ["my sight went grey at the end of the race and I felt sick",
                                     "legs went and everything went grey, felt sick"])
def test_the_sight_going_grey_is_no_grey_face(matcher, message):
    assert not any(f.sign.name == "grey-sweaty" and f.stands for f in matcher.triage(message).findings)


@pytest.mark.parametrize("message, urgent", [
    # Heatstroke on a hot run (NHS), from a twenty-second new user: confusion, sweating that stopped, a fit, with
    # the heat told; not confusion about something, less sweat, a cool-down, or heatstroke only asked about or over
    ("did a hot half today and my friend got confused and didn't know where she was at the end", True),
    ("running in 33 degrees, I stopped sweating and felt strange, my back aches too", True),
    ("he had a seizure at the finish on the hottest day of the year", True),
    ("a bit confused about hydration for running in the heat", False),
    ("I'm not sweating as much in the heat as I used to, is that fitness?", False),
    ("what are the signs of heatstroke to watch for on a hot marathon?", False),
    ("I was confused and didn't know where I was after the fall", False),  # no heat: the fall's (and no heat row)
])
def test_heatstroke_on_a_hot_run(matcher, message, urgent):
    d = matcher.decide(message)
    found = {f.sign.name for f in matcher.triage(message).findings if f.stands}
    assert ("heatstroke" in found) == urgent, (found, d)
    if urgent:
        assert d.kind == "urgent"



@pytest.mark.parametrize("message, urgent", [
    # The tuning sets' missed signs, in new words: chest pressure on a climb gone a few minutes after stopping
    # (angina's pattern, BHF); a car door opened into a runner, down onto the kerb
    ("on the hill to work I get a pressure in my chest up into my jaw, I stop and after a few minutes it's gone",
     True),
    ("a driver opened his door on me on my run, I went into it and down onto the kerb, back sore", True),
    ("got doored on my run yesterday, back is tight and sore", True),
    # ...not calves or a back that ease with a stop
    ("my calves go tight on hills, I stop and after 2 minutes it's gone", False),
])
def test_tuning_misses_in_new_words(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent


@pytest.mark.parametrize("message", [
    # The hundredth review: heatstroke named, confusion "on" a hot run, a collapse in the heat, heatstroke in
    # other words; the toilet not reached in other words
    "my training partner collapsed with heatstroke at the 10k",
    "she got confused on the hot run and kept wandering off the path",
    "he passed out near the end of the race in the heat",
    "my son wasn't making any sense after the cross country in the sun",
    "ran in 35 degrees and my skin went hot and dry, felt awful",
    "I couldn't reach the toilet in time on my run this week, my back has been bad",
])
def test_the_review_100_signs_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # ...and its ordinary messages: confusion as a question, a hot pace, a fit of the giggles, less sweat once fitter,
    # a dog's seizure, a past heatstroke with tips asked, someone known to faint, wine, the loo before the gun or a
    # toilet stop, a spouse's diet word, "close to heatstroke?"
    "bit confused, should I run in the heat or wait for the evening?",
    "my coach said my pace was hot and I got confused about the splits",
    "I had a fit of the giggles on my hot run",
    "I've stopped sweating so much in the heat since I got fitter",
    "my dog had a seizure after our run in the heat",
    "Two summers ago I had heatstroke at a race. Any tips for running in the heat?",
    "a man fainted at parkrun in the heat today, his wife said he faints a lot; is back pain after hot runs normal?",
    "I nearly fainted after three glasses of wine at the party",
    "didn't make it to the loo before the gun so I went during the race, back sore after",
    "didn't make it to the toilet stop on the route, so I kept going, back ached after",
    "Long run at 30 degrees and I got chills at the end, felt fine after a drink. Was I close to heatstroke?",
])
def test_the_review_100_ordinary_messages_do_not_alarm(matcher, message):
    assert matcher.decide(message).kind != "urgent"


def test_the_review_100_older_loss_beside_a_spouses_diet_stands(matcher):
    assert matcher.decide("I'm 69, my back aches and I've lost weight, my husband is doing slimming world").kind == \
        "urgent"


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-first review: a loss "doesn't know why" at the message's end; heatstroke told with its own
    # "not" beside the heat, or as muddled, dazed, "not with it"; the toilet not found in time; and ordinary faints:
    # a fainting tendency, blood taken, a hot bath
    ("my dad is 77, his back aches and he has lost a stone and doesn't know why", True),
    ("he wasn't himself after the hot parkrun, my back is fine", True),
    ("she seemed muddled after the hot 10k and kept asking the same questions", True),
    ("couldn't find a loo in time on my long run and wet myself, back sore", True),
    ("I have a tendency to faint and felt faint in the heat today, fine after a sit down", False),
    ("fainted having my bloods taken this morning, it was a hot day, can I run later?", False),
    ("felt faint getting out of a hot bath after my long run, lower back sore", False),
])
def test_the_review_101_messages(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent


@pytest.mark.parametrize("message, urgent", [
    # The kinds of lay-redflags36 (read after it was held out as redflags-unseen31), in new words. Signs: a bladder
    # whose emptying is not felt, a retention told by the try, a runner struck by a car whatever they feel, a friend
    # "thinner than last year", no sleep at all for a pain, indigestion in the chest mid-run with weakness,
    # breathlessness beyond the writer's own measure, the sight closing in, a collapse whose moments are lost.
    ("back's been sore since Friday and I can't tell if I've emptied or not after a wee", True),
    ("my lower back went and now I only know I'm done peeing because I check", True),
    ("sciatica flare, and my bladder feels overfull but I can't get anything out", True),
    ("a van clipped me at the junction on my morning jog, I feel fine, run tonight?", True),
    ("my brother hasn't been dieting but he's far thinner than last year, and his back aches", True),
    ("my hip has hurt for months and I haven't slept at all this week because of it", True),
    ("6 miles in, this odd indigestion in my chest, I felt weak and had to walk", True),
    ("I'm so much more breathless than I should be on short jogs, is that fitness?", True),
    ("near the end of parkrun my sight was closing in and I was staggering", True),
    ("I went down near the finish this morning and I don't remember any of it", True),
    # ...and their look-alikes: a car that nearly hit, a simile, a vehicle weeks ago and checked, water retention,
    # a poor night's sleep for noise, heartburn from gels, friends fitter than me, drink, a prostate catheterised
    ("a car nearly hit me on my run, scary, is back pain after runs normal?", False),
    ("my legs felt like I'd been run over by a bus after the marathon", False),
    ("hit by a car 3 months ago, checked at hospital and fine, can I build my miles?", False),
    ("my coach says the weight gain is water retention, will running help me lose weight?", False),
    ("didn't sleep at all because of the neighbours' party, lower back sore after my run", False),
    ("heartburn on long runs after a couple of gels, is that normal?", False),
    ("I get more out of breath than my friends when we run, will running get me fitter?", False),
    ("fell over drunk at the party and can't remember any of it, will running help me lose weight?", False),
    ("grandad's prostate gave him retention, he's catheterised now, can he still walk daily?", False),
])
def test_the_lay_redflags36_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message", [
    # The false alarms of lay-redflags36 and forum30 (read after they were held out), as kinds in new words: a past
    # told by a stage of life, pride the only damage and nothing hurting now, a gait told by a simile, the last drops
    # after a wee, a question about a fall answered no, a purpose told in a sentence of its own, a diet changed as the
    # reason, a pain that felled or nearly dropped the writer, plans that fell through, driven
    # mad, numb from the cold and thawed, an illness named and passed, a post-viral wheeze a doctor has cleared.
    "Had a car accident back in college and my back's been weak since, but that was years ago and it healed. "
    "Could running cause a disc to go?",
    "tripped over the dog and landed on my backside. No harm done except to my ego. Nothing hurts now.",
    "back's flared, I'm walking around like I've wet myself, any stretches for a sore lower back?",
    "I'm 52 and started dribbling a few drops after I pee, back is fine. Is that from running?",
    "Did she fall at practice? She says no, just a stiff back from running. Should she rest?",
    "Everyone keeps telling me I'm too thin. It's on purpose, I'm getting lighter for my race. Not sick, eating "
    "loads.",
    "Dropped about 9 kg this year, not on purpose really, my sugar came back high so I changed what I eat. I don't "
    "run, just swim. Do you all find that?",
    "Monday a spasm shot across my lower back and I literally collapsed in the shower, legs fine. A strain?",
    "my lower back has flared since the hike, sometimes it nearly drops me to my knees for a second, then fine. "
    "Did I strain it?",
    "got out of the car and nearly went down with pain across my lower back, run tomorrow or rest?",
    "my long runs keep falling through because of work, how can I keep my back from aching?",
    "everyone telling me to swim instead drove me mad. Why does my back ache after runs?",
    "Ran at minus 20, my backside went completely numb from the cold. It all thawed fine once I was home. What do "
    "you wear?",
    "had a night of sweats and felt faint when I got up. That was just a tummy bug, it's passed and I'm fine now. "
    "Can I run tomorrow?",
    "Had covid in June, and two months on a 10-minute walk still leaves me wheezing. My GP cleared me to start "
    "gentle running. My lower back aches after, normal?",
])
def test_the_lay_redflags36_and_forum30_look_alikes(matcher, message):
    assert matcher.decide(message).kind != "urgent", matcher.decide(message)


@pytest.mark.parametrize("message", [
    # ...and the signs those look-alikes must leave: a fall answered yes, a simile beside a real leak, the drops with
    # back pain, legs that give way with the pain, numb still, a sign "never had that before"
    "did he fall? he says yes, and his back is killing him",
    "walking like I've pooed myself and I actually wet myself this morning, lower back agony",
    "my back is killing me and I leak a few drops after going, never used to",
    "the pain drops me to my knees and my legs give way",
    "ran in minus 15 and my bum went numb from the cold, still numb hours later and my back hurts",
    "sore back after deadlifts, now my inner thighs are numb?? never had that before",
])
def test_the_signs_beside_those_look_alikes_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent", matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The missed signs of lay-redflags37 (read after it was held out as redflags-unseen32), in new words: underwear
    # found wet unnoticed, a toe caught on the kerb again and again or a foot that will not push off, the sheets soaked
    # at night with back pain, a loss while eating exactly the same, tightenings counted one after another or a crampy
    # ache that comes and goes in pregnancy, a baby that has hardly moved, a cancer told by its operation or its round
    ("back's been wrecked since Tuesday and I found my briefs damp after my jog without noticing", True),
    ("my back aches and I've caught my foot on the kerb again and again this week on runs", True),
    ("for a week my right foot won't push off like it used to, back twinges too", True),
    ("lower back aching for weeks and I wake at night with the pyjamas soaked", True),
    ("lost loads of weight this month, eating exactly the same, and my back aches", True),
    ("34 weeks pregnant, on my jog I had a tightening, walked, then another one and a third", True),
    ("I'm 29 weeks pregnant and my back has a crampy ache that comes and goes since my run", True),
    ("36 weeks pregnant, did a gentle jog, and the baby has barely moved since lunch", True),
    ("had a lumpectomy for cancer three years ago, now a new ache low in my back after runs", True),
    ("finished my battle with bowel cancer last year, lower back has ached for a month", True),
    # ...and what they must leave: a toddler's wet bed, a born baby resting, a calf's cramp, a one-off trip, a cancer
    # charity run, sheets soaked by rain
    ("my toddler wet the bed so I was up at 3am changing sheets, back sore from my run", False),
    ("my baby has hardly moved today, she's 5 months old and has a cold; my back aches after runs", False),
    ("I'm 30 weeks pregnant and get a crampy ache in my calf that comes and goes on runs", False),
    ("caught my toe on the kerb and tripped on my run, grazed my hands, back fine", False),
    ("running a 10k for my aunt's fight with breast cancer, my back aches after long runs", False),
])
def test_the_lay_redflags37_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-second review's defects of 6861091 and c1a1176, in its own examples. Signs the new look-alikes
    # hid: retention now beside a prostate, a tearing pain's collapse, an answer "no" to another question or "never,
    # until", "back in school" today, a fall through a step, an 82-year-old's fall, numb after a warm-up or numb still,
    # a leak that happened, leaking all day, heartburn on hills eased by rest, a loss with no appetite or "one
    # hundred pounds", a wished purpose, a change that "can't explain it all", a car that hit after a near miss or
    # beside a physio's word or a fall long ago.
    ("My dad has an enlarged prostate and since last night he can't pee at all, his tummy is swollen and really "
     "painful", True),
    ("I had a prostate check last month, all fine. Since my ultra yesterday I can't pee at all", True),
    ("My dad got a sudden tearing pain in his lower back and collapsed on the kitchen floor", True),
    ("Pain shot through my lower back and I collapsed, I was out for a minute", True),
    ("I fell on my back on the ice and now my legs are tingling, is that normal? No, I know it isn't really", True),
    ("Weakness in his legs? Never, until this morning, now he can't stand", True),
    ("The kids are back in school so I did a long run and my groin and bum went numb and I couldn't feel myself wee",
     True),
    ("My foot went through a rotten step and I fell through onto my back, about 2 metres", True),
    ("Mum is 82, she fell onto her bum in the garden this morning. Nothing hurts now, she says.", True),
    ("I warmed up fine but 3 miles in my groin and bum went numb and they're numb now", True),
    ("Went numb in the cold between my legs on my winter run, it's been numb ever since, 2 days now", True),
    ("I looked like I'd wet myself after the run because I had, I didn't feel it at all", True),
    ("Since my ultra I've been leaking urine after going and all through the day, I don't notice it happening", True),
    ("I get heartburn every time I run up hills and it goes away when I stop. Gaviscon does nothing.", True),
    ("I've been eating less as I've had no appetite for weeks, lost 7 kg, back pain at night", True),
    ("One hundred pounds lighter in a year without trying, I'm scared", True),
    ("I wish it was on purpose, but I've lost 10 kg in two months without trying", True),
    ("Lost 10 kg since January without trying. I cut down on booze for Dry January but that can't explain it all",
     True),
    ("Was out on my run like always and a car hit me on the crossing, feel ok", True),
    ("A car almost hit me at the lights and then the van behind it hit me", True),
    ("Physio says it's just muscular, my back. A car hit me on the crossing this morning, feel alright", True),
    ("I had a bad fall as a kid. A car knocked me down on my run this morning", True),
    ("I got hit by a car 2 weeks ago and I can't stop being sick and my headache is getting worse", True),
    # ...and ordinary messages the new rows alarmed: eyes closed on one leg, a sway on standing, a memory of nothing
    # done, sleeping on one's side, nerves, night shifts, a stomach full of water, a thought, a watch, a first run in
    # years, tiredness, coffee's heartburn, dinner's indigestion, the car park's cold
    ("My physio has me stand on one leg with my eyes closed in the kitchen and I sway a lot", False),
    ("Head was spinning after I stood up and I swayed a bit, it passed in a second, back sore", False),
    ("I don't remember doing anything to my back, but when I bent down to pick up my son I dropped to the floor in "
     "pain", False),
    ("Can't remember a thing from my anatomy lectures, but my back went down the pan after my marathon", False),
    ("I don't sleep on my back because of the pain, I sleep on my side and that's fine", False),
    ("Race is tomorrow and I'm so nervous about my back, I did not sleep at all because of it", False),
    ("No sleep for the back-to-back night shifts this week, lower back aches after my runs", False),
    ("My stomach is distended after drinking so much water on my long run, back aches", False),
    ("I can't get it out of my head that I need a wee before every race, my back aches", False),
    ("I only know I've done 10k when I check my watch", False),
    ("I was more out of breath than I expected on my first run after 10 years off", False),
    ("I'm much more tired than usual and out of breath on hills, my back hurts", False),
    ("I get heartburn from coffee. My legs feel weak after long runs", False),
    ("Indigestion after dinner most nights, I run in the mornings and went dizzy once standing up", False),
    ("I got caught by surprise in the car park by how cold it was, my back ached all run", False),
])
def test_the_review_102_messages(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A twenty-third new user's messages, with ours of each kind. A pregnancy sign asked about as "is it normal"
    # is still told; bleeding told as a verb; labour's pains with a story between, every "ten" minutes, or
    # period-like; ...
    ("i'm 20 weeks pregnant, is spotting after running normal", True),
    ("24 weeks pregnant - is some spotting ok after a gentle jog?", True),
    ("I'm pregnant, is it normal to bleed after a run?", True),
    ("16 weeks pregnant and bled a little after my jog", True),
    ("30 weeks pregnant, back pain after my jog that keeps coming and going every ten mins", True),
    ("33 weeks along, tummy pains every five minutes since my walk-run", True),
    ("pregnant 32 wks, period-like cramps and backache after a run", True),
    ("32 weeks pregnant, period pains after my run", True),
    # ...and the look-alikes beside them: a toe or a sock that bled, period pains when not pregnant, legs weak late
    # in a run or for a beginner, a leak told as common after children, toes in the cold
    ("pregnant, my toe bled after my run", False),
    ("pregnant, bled through my sock from a blister", False),
    ("my groin numbness after running is normal for me, my physio checked it", False),
    ("trying to get pregnant, period pains after running", False),
    ("my period pains are worse after running", False),
    ("my legs felt weak at the end of the 10k", False),
    ("my legs felt weak on the last hill", False),
    ("my legs feel weak as a new runner is that normal", False),
    ("leaked a bit on my long run, common after pregnancy?", False),
    ("wet myself a little on my run, normal after kids?", False),
    ("my toes tingle when it's freezing out", False),
    ("my toes go numb on frosty mornings", False),
])
def test_the_twenty_third_new_users_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message", [
    # The signs beside those look-alikes stand: a question with a sign of its own, weakness that lasts or came
    # after an illness, numbness that lasts whatever the weather.
    "is numbness in my groin after a run normal?",
    "since covid my legs feel weak as a new runner",
    "my legs have felt weak for two weeks since the last hill session",
    "my left leg went weak on the last hill and my foot is dragging",
    "my left foot has been numb for a week and my back hurts, it's freezing here too",
    "my feet went numb after falling on ice this morning, it was freezing",
])
def test_the_signs_beside_the_twenty_third_users_look_alikes_stand(matcher, message):
    assert matcher.decide(message).kind == "urgent", matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-third review of 971a7f9..b49da48: signs the session's look-alikes and needs hid (a collapse of
    # someone named, "don't remember anything", heartburn with effort told in another sentence or with dizziness,
    # breath "way more than I should", a vehicle named in two words, a spin on hill repeats, a catheter that was,
    # "can't get any out" ending the message, "when I've finished", night pain beside nerves or told for a time)...
    ("My son went down halfway round parkrun and can't remember what happened", True),
    ("My wife went down after the race and couldn't remember what happened", True),
    ("My dad went down at mile 20 of the marathon and can't remember anything after", True),
    ("My brother went down during the half marathon and couldn't remember anything afterwards", True),
    ("I keeled over at the finish and I don't remember anything", True),
    ("Went down hard at the end of my 10k and I can't remember anything, my mate says I was out for a minute", True),
    ("I went down on the track yesterday, I don't remember anything till the paramedics were there", True),
    ("I keep getting heartburn. It only happens when I'm running up hills and it goes when I stop.", True),
    ('Got really bad heartburn yesterday. It came on 3 miles into my run and I felt weak and had to stop.', True),
    ('Out running this morning, got bad heartburn and went dizzy and wobbly, had to stop', True),
    ('Halfway up the long climb I got heartburn and felt dizzy, had to walk', True),
    ("I'm way more short of breath than I should be for my fitness, been running 10 years", True),
    ('I get out of breath way more than I should. Been running 6 years.', True),
    ("Recently I'm puffing and panting much more than usual on runs I used to find fine", True),
    ('Hit by a number 38 bus on my run today, just bruised', True),
    ("When I get up in the morning I'm fine, but on hill repeats yesterday the room started spinning and "
     "I had to grab a fence", True),
    ('Everything started spinning halfway up the hill, I had to hold onto a lamppost. After I got up this '
     'morning I felt fine.', True),
    ("My husband had a catheter for a week in March. Now he can't pee, he's been trying for hours.", True),
    ("I need to pee but I can't get any out", True),
    ("My back is agony and I need to wee but I can't get anything out no matter how hard I try", True),
    ("I need a wee but can't get it out no matter what, lower back killing me", True),
    ("I only know when I've finished peeing because I look, and my lower back is killing me", True),
    ("I can only tell when I'm done weeing by looking, lower back pain for a week", True),
    ("Lower back pain, I haven't slept a wink because of the pain for 3 nights, feeling pretty anxious now", True),
    ("I haven't slept at all this week because of the back pain. I'm really nervous about race day.", True),
    ("I haven't slept at all because of it, the pain in my lower back. My anxiety is through the roof.", True),
    ("I haven't slept for three nights because of the pain in my lower back", True),
    ("I haven't slept properly in weeks because of my back", True),
    ('No sleep again last night because my back is so bad', True),
    ("No sleep last night because of my back again, it's worse lying down", True),
    # ...and its false alarms: "X? No, but...", a reported question, gels with "new" told, vehicle similes, a
    # dribble after a wee, a gait simile with a run "because I did", "out for a run", a numb bum days ago, plans
    # that fell through last month
    ('Any numbness in the groin or saddle area? No, but my lower back is really sore after my long run', False),
    ('Leg weakness? No, only stiffness. Lower back tight after running.', False),
    ('Numbness in the saddle area? No, except my lower back is sore after runs', False),
    ("Saddle numbness? No. Then again I've only run twice this week. Lower back sore after runs.", False),
    ('Any numbness in the saddle area? No. Before you ask, no bladder issues either. Just lower back ache '
     'after runs.', False),
    ('Did I fall? No, but my lower back has ached since the half marathon', False),
    ('My physio asked if I had any numbness down there? No, none. Just a stiff lower back after runs.', False),
    ('The usual red flag about numbness in the groin? No, thankfully. Lower back ache after running.', False),
    ('Heartburn during my run from a curry last night, nothing new', False),
    ('I get heartburn during my long runs from the gels, I just switched to a new brand', False),
    ("I get heartburn during my long runs, pretty sure it's the gels. My new shoes are great though.", False),
    ('After my first marathon I feel like I was hit by a bus', False),
    ('Woke up after the ultra feeling like I was hit by a lorry, legs and lower back wrecked', False),
    ("It's like a bus hit me, every muscle aches after the race", False),
    ('Honestly I look like I was hit by a car after that trail race, covered in mud and scratches', False),
    ("I dribble a bit after peeing, I don't know why", False),
    ("I get some dribbling after I pee, didn't notice it before I turned 50. Normal?", False),
    ("Bit of dribbling after I wee all the time lately, is that a prostate thing? I'm 58.", False),
    ('Some dribbling after peeing since my marathon, is that normal for men?', False),
    ("I'm walking around like I've pooed myself because I did 20 miles yesterday and my legs are shot", False),
    ("Walking like I've wet myself after my marathon, my legs are so stiff because I did no training", False),
    ('I was out for a run and a spasm shot through my lower back and I collapsed. Had to hobble home.', False),
    ('Out for an easy jog, a bolt of pain in my lower back and I collapsed on the pavement, could still '
     'walk after', False),
    ('Woke up with a stiff back, bent down to tie my shoes and a spasm shot through my lower back and I '
     'collapsed', False),
    ('My backside went numb from the cold on my 10k 3 days ago, thawed out fine once I got home', False),
    ('My race plans fell through last month so I did a solo marathon, lower back sore now', False),
])
def test_the_review_103_messages(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A twenty-fourth new user: chest pain told as the heart's, weight going down "without reason", a collapse and
    # "can't remember it"; and false alarms: chest pain denied before "but", a back that sweats on runs, an infection
    # "now better", legs weak from months off, "asleep on my feet".
    ("my heart hurts when i run", True),
    ("sharp pain in my heart on hills", True),
    ("pain in the heart area during running", True),
    ("weight going down without reason and pain in back", True),
    ("losing weight for no reason and back pain", True),
    ("i went down like a sack of potatoes at the finish and cant remember it", True),
    ("my heart hurts for my friend who can't run anymore", False),
    ("I dont have chest pain but my back hurts after running", False),
    ("no chest pain but my back hurts after runs", False),
    ("my back sweats a lot when i run", False),
    ("chest infection last month now better, back sore after running", False),
    ("my legs are weak from not running for months, back aches now i'm back", False),
    ("falling asleep on my feet after night shift runs", False),
    # ...and the signs beside those look-alikes
    ("my chest hurts but only on hills", True),
    ("night sweats and back pain, I sweat on runs too", True),
    ("I have a fever and back pain, now better after paracetamol but still hot", True),
    ("after 3 months off my legs feel weak and my left leg gave way twice", True),
    ("my feet fell asleep on my run and are still numb, back hurts", True),
])
def test_the_twenty_fourth_new_users_signs(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-fourth review of b49da48..e55ba14. Signs lost: a chest named after "but" or in an aside after a
    # dash, "now fine" of another thing, "none of it works" of the treatments, nerves beside a back that wakes one,
    # out cold "for ages" or woken on the sofa, weakness after covid or with walking gone, heartburn that is new to
    # the writer, "Never, then...", heartburn with a word before the dizziness, the heart's pain on intervals, a
    # bike or with the arm, a forum opener or "asking about" before "No, it's not..."...
    ("sharp pain but it's in my chest when I run", True),
    ('I get a pain but only in the centre of my chest on hills', True),
    ('crushing pain - right in the middle of my chest - on my run today', True),
    ('Tight band - across my chest - every time I run uphill', True),
    ("can't feel the toilet paper when I wipe, my back is now fine, should I still run?", True),
    ('wet myself on my run without noticing, my back is now better.', True),
    ('Lost 8kg without trying over 3 months, back pain now better.', True),
    ('tried heat, ice and ibuprofen for my back, the pain wakes me every night, none of it works', True),
    ("I've tried stretches and painkillers but my back pain wakes me every night, none of it helps", True),
    ("my back wakes me every night and I'm getting anxious about it", True),
    ("my back keeps me up every night, I'm anxious it's serious", True),
    ("the ache in my lower back wakes me at 3am, I'm so anxious it's something serious", True),
    ('a spasm shot through my lower back and I collapsed, woke up on the sofa with my wife shouting', True),
    ('pain shot through my back and I collapsed, I was out for ages', True),
    ('legs weak and wobbly since I got back from time off with covid', True),
    ("my legs have gone weak, I've lost muscle in both and can barely walk", True),
    ("heartburn during my long runs, it's new, could it be the gels?", True),
    ("Heartburn during my long runs lately, it's a new thing, could it be the gels?", True),
    ('Weakness in my legs? Never, then last week they gave way twice', True),
    ('bad heartburn and felt a bit dizzy', True),
    ('really bad indigestion and I felt so weak I had to sit down', True),
    ('my heart hurts during intervals', True),
    ('sharp pain in my heart during tempo sessions', True),
    ('my heart hurts when I cycle to work', True),
    ('my heart hurts and my left arm feels numb', True),
    ("A question for the physios about the numbness in my saddle area since yesterday? No, it's not from "
     "the bike", True),
    ("My wife keeps asking about my chest pain on runs? No, it's not nothing, it's every run now", True),
    # ...and false alarms: the heart in its feelings' sense, coffee "was weak", "is my bladder control normal",
    # bleeding of the feet, an arm, hands or ears in pregnancy, a dog's panting, breath after years off, "out of the
    # physio", the film's plot not remembered, going down with flu, toes in the cold
    ('my heart aches to be running again after this back injury', False),
    ('my heart hurt so much when I had to DNS the marathon', False),
    ('my heart is sore from missing the race, back still stiff from running', False),
    ('my poor heart aches every time I see my old running shoes', False),
    ('my heart rate monitor burns my skin on long runs', False),
    ('got heartburn this morning even though the coffee was weak, back sore from running', False),
    ('I am weak for spicy food and get heartburn', False),
    ('Is my bladder control normal for a 40 year old runner?', False),
    ("I'm 25 weeks pregnant and my feet bled from my new running shoes", False),
    ('28 weeks pregnant, had a blood test and my arm bled loads afterwards', False),
    ('pregnant and my cracked hands bled in the cold on my run', False),
    ("I'm pregnant and my ears bled after the piercing, can I still run", False),
    ('my dog is panting way more than usual on our canicross runs, is it the heat?', False),
    ("I'm out of breath way more than I should be after 3 years off running, normal?", False),
    ("I drink loads of water on runs but couldn't get much out of the physio about my back", False),
    ("I collapsed on the sofa after my long run and can't remember much of the film lol", False),
    ("my son went down with flu and I don't remember much of race day because I was so tired", False),
    ("my toes go numb on my runs when it's cold", False),
])
def test_the_review_104_messages(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A twenty-fifth new user: "can't get my breath" denied the chest's pain after it; the bladder told as "not
    # working"; and false alarms of a shock at a sight, a fear or a warning of fainting, a fever "but that's gone",
    # falling for the hype.
    ("cant get my breath and chest hurts when i run uphill", True),
    ("cant get enough air and chest hurts when i run", True),
    ("bladder not working since back went", True),
    ("my bowels stopped working since my back went on my run", True),
    ("i had a fever last month but that's gone, now my back aches after runs", False),
    ("my heart skipped a beat when i saw my marathon time lol, lower back sore after though", False),
    ("i was afraid i'd faint at the start line lol, anyway why does my back hurt after runs", False),
    ("my grandma always says i'll faint if i run on an empty stomach, is running good for weight loss", False),
    ("my friend nearly fainted when she saw the race photos lol, does running make your butt smaller", False),
    ("i fell for the marathon hype, now my back aches after long runs", False),
    # ...and the signs beside those look-alikes
    ("had a fever last week but that's gone and now it's back with back pain", True),
    ("I nearly fainted at the finish line today, back aches", True),
    ("my heart keeps skipping beats on my runs and I felt dizzy", True),
])
def test_the_twenty_fifth_new_users_signs(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-fifth review of e55ba14..05921cc. Signs the last fixes hid: retention "out of it", bleeding in
    # pregnancy beside shaking hands or swollen feet, "went down with no warning", the heart's pain "from running",
    # "so much", "to run", beside a heart rate watch, "is my spotting normal", a numb leg "and it's cold", heartburn
    # "and I was weak"...
    ("my back went yesterday and now my bladder is full and I can't get a drop out of it", True),
    ("lower back agony since yesterday, bladder feels full but I can't get anything out of it", True),
    ('12 weeks pregnant and bleeding and my hands are shaking', True),
    ('I am 20 weeks pregnant and bleeding and my feet are swollen after my run', True),
    ("At mile 10 I just went down with no warning and I don't remember any of it", True),
    ("my husband went down with a thud at the finish and he can't remember anything", True),
    ('my heart hurts from running', True),
    ('my heart hurts so much when i run up hills', True),
    ('my heart hurts to run lately', True),
    ('my heart is sore from running', True),
    ('my heart hurts when i run hills and my heart rate watch shows 190', True),
    ('my poor heart hurts on every hill run, is that normal?', True),
    ('is my spotting normal at 20 weeks pregnant after running?', True),
    ('is my bleeding normal at 12 weeks pregnant? started after my run', True),
    ("my left leg has been numb and tingling since i hurt my back on monday and it's cold all the time", True),
    ('Bad heartburn this evening and I was weak and shaky', True),
    ('heartburn walking up the stairs and I am weak now', True),
    # ...and false alarms: a chest told fine before "but", a comma before "on the hill", an illness over after a
    # comma, legs weak from months off, gels new to the writer, waking in bed after a spasm, race nerves, a question
    # named before "No, none", "No, then I'd be at the GP", a heart that hurts for a dog
    ('my chest is fine but my calves get really tight on hills', False),
    ('chest feels fine but my hamstring is tight after running', False),
    ('legs were burning, on the hill my chest felt ok', False),
    ('had a fever over the weekend, now better, but my lower back aches after running', False),
    ('fever on monday, now fine and back running, but my lower back is stiff', False),
    ("Had a temperature last week, it's now gone. Lower back is sore after my long run though", False),
    ('My legs feel weak from not running for months. Still not sure how to restart', False),
    ("legs feel so weak after 6 weeks off with a broken wrist, still can't believe how much fitness I lost", False),
    ('my legs are weak from not running for a year, both knees creak too, how do i start again?', False),
    ('Gels are a new thing for me and I get heartburn on my long runs, any tips?', False),
    ("A bolt went through my lower back and I collapsed. Couldn't get up for a bit, woke up in bed stiff "
     "as a board", False),
    ('Pain shot through my lower back and I collapsed on the kitchen floor. Woke up on the sofa the next '
     'morning still stiff', False),
    ("Pre race nerves every night this week, can't sleep. Lower back feels a bit tight, is that the taper?", False),
    ('Before anyone asks about numbness in the saddle area? No, none. Just a stiff lower back after long runs', False),
    ('the classic question about saddle numbness? No, none. Lower back just stiff after long runs', False),
    ('Any numbness in my saddle area? No. Then I stretched and the back felt better', False),
    ("Weakness in my legs? No, then I'd be at the GP. Back is just sore after my long run", False),
    ('my heart hurts, my dog is too old for our walks now', False),
])
def test_the_review_105_messages(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A need told in the next sentence when it goes on with the same moment ("Then I went weak": the
    # hundred-and-fourth review's case left at 05921cc); not a sentence of its own ("My legs feel weak after long runs")
    ("heartburn really bad this morning. Then I went weak and had to sit down.", True),
    ("Indigestion halfway up the hill. And then I felt dizzy and had to stop", True),
    ("I get heartburn from coffee. My legs feel weak after long runs", False),
])
def test_a_need_told_in_the_next_moment(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-sixth review of bf1452c: chest pain after "ok walking but", its place after a comma ("on the left
    # side of my chest"), a faint "when I got home from my long run", palpitations on a tempo run, a witness's "said I
    # could barely breathe", weakness after an illness and time off, coming round on the sofa "with no idea how", a
    # temp "now over 39", heart pain walking briskly, "is the weak stream normal", "so weak I had to sit"; and false
    # alarms of the runner's trots, missing running, a strap that rubs (with the last rounds' own, kept)
    ('chest is ok walking but gets really tight and heavy when I run', True),
    ('my chest feels normal at rest but crushing when I run up hills', True),
    ('a heavy pressure, on my chest, when running up hills', True),
    ('a squeezing pain, on the left side of my chest, every time I run', True),
    ('a dull ache, down the middle of my chest, on my runs', True),
    ('I nearly fainted when I got home from my long run, had to lie on the kitchen floor', True),
    ('nearly collapsed when I got to the finish, could not stand', True),
    ('on my tempo run my heart skipped a beat when I looked at my watch and then kept fluttering for 10 minutes', True),
    ('my husband said I could barely breathe last night and my lips were blue', True),
    ('my friend said I would not wake up for a minute after I collapsed at parkrun', True),
    ('my legs have been really weak since I was ill, had 3 weeks off running', True),
    ('my legs feel weak and heavy for the past 3 weeks, I had time off with a bad bug', True),
    ('a bolt of pain through my lower back and I collapsed, next thing I woke up on the sofa with no idea '
     'how I got there', True),
    ('lower back agony and a temp, now over 39', True),
    ('my back is killing me and I have a temperature, now over 39.5', True),
    ('my heart hurts when I walk briskly to the station', True),
    ('my heart aches when I walk up to the shops', True),
    ('is the weak stream normal since my back went?', True),
    ('is my loss of bladder control normal with this back pain?', True),
    ('bad heartburn after my run, I was so weak I had to sit', True),
    ("my bowels are not behaving on long runs, how do I stop the runner's trots?", False),
    ('my heart hurts so much, I really miss running since my injury', False),
    ('my heart aches to be out running again with my club', False),
    ('my heart rate monitor strap rubs and the heart area is sore after long runs', False),
    ('my chest is fine but my calves get really tight on hills', False),
    ('legs were burning, on the hill my chest felt ok', False),
    ('my heart skipped a beat when i saw my marathon time lol, lower back sore after though', False),
    ("my grandma always says i'll faint if i run on an empty stomach, is running good for weight loss", False),
    ("I'm 25 weeks pregnant and my feet bled from my new running shoes", False),
])
def test_the_review_106_messages(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


# The kinds lay-redflags38 (first written held out as redflags-unseen33) showed missed or raised wrongly, each on
# examples of our own: giving way told with "they" after the legs; "nothing touches it" at night; a reading told of
# a person ("today I'm 39.2"); cola-coloured pee past an intensifier, and "peed red"; a jump from a vehicle, a load
# that rolled onto someone, "pinned under"; "the bit in between" as the saddle; a muddled runner after a hot race;
# a relative's past cancer with that relative's own back pain; a log's arrow between two weights; "nothing new"
# said of the ache, not of a leg that buckled on its day. Look-alikes: kit that slipped, a night pain that settles
# when turning over, a figure of speech ("crushed under the training load"), a week count ("I'm 39.5 weeks").
@pytest.mark.parametrize("message, urgent", [
    ("lower back went on Monday and this morning both my legs felt odd, then walking the dog they just gave way "
     "under me", True),
    ("my legs have been weird since I hurt my back, on the school run they went out from under me twice", True),
    ("back has been sore for a week and at night it's hopeless, hot water bottle, pillows, nothing touches it", True),
    ("my lower back aches every night in bed and the painkillers don't even touch it", True),
    ("my girlfriend is 38.9 this evening and her lower back is really sore on one side", True),
    ("back pain since the race and I'm 39.4 tonight", True),
    ("my pee after the 30k was honestly almost the colour of coke, and my lower back aches", True),
    ("peed bright red after my long run and my lower back is sore", True),
    ("jumped off the scaffold onto the concrete at work, lower back sore since, ok to run?", True),
    ("a log rolled off the pile onto my husband and his back has been hurting since", True),
    ("got trapped under the quad bike when it tipped, lower back aches now", True),
    ("since the weekend the part in between my legs feels numb and my back aches", True),
    ("hot 10k today, by the end I felt really muddled and still feel it now, lower back achy", True),
    ("my dad finished radiotherapy last spring and now his lower back has been aching for weeks", True),
    ("scale: 72 > 66kg since March, eating the same, and my lower back aches at night", True),
    ("back a bit stiff after my run, nothing new. yesterday my right leg buckled on the kerb twice", True),
    ("my watch strap slipped mid run so the heart rate went silly, back a bit stiff after", False),
    ("my lower back wakes me if I lie on my right but when I roll over it settles and I drift off", False),
    ("crushed under the training load this month, back a bit stiff, normal?", False),
    ("I'm 38.5 weeks pregnant and my lower back aches", False),
    ("my neighbour finished chemo last year and my back aches after my runs", False),
    ("my legs felt heavy after the hills and they carried on fine, back a bit tight", False),
])
def test_the_lay_redflags38_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


# The hundred-and-seventh review's defects of b49da48..3f9603c, with its examples. Misses: a hedge or a denial of
# something else before "but" ended the clause of a chest named after it; a chest denied one way and told another
# ("isn't painful but it's really tight"); the chest as a heading before a dash or a comma; an aside with no
# preposition ("left side of my chest"); "Never, then <a time>" with more ways of telling the time; a faint at the
# body's own reading is no shock at news; worry about a constant night pain is no race nerves; "I bled" after
# another part's verb. False alarms: a "Then..." sentence lends "severe" only to a chest sign; another part after
# "chest is fine but" is any named part; "run" anywhere no longer keeps a shock at a sight a sign; a question
# answered "no" with nothing after it.
@pytest.mark.parametrize("message, urgent", [
    ("its not a stitch its a tight pain but higher up in my chest", True),
    ("dont think its serious a tight pain but in my chest after 2k", True),
    ("chest isnt painful but its really tight on every run", True),
    ("no pain in my chest but there's a weird pressure when I run", True),
    ("chest - tight and heavy on every run this week", True),
    ("left side of my chest - sharp pain on every run", True),
    ("a crushing pain, left side of my chest, on my run this morning", True),
    ("numbness in the groin? never, then 3 days ago it started", True),
    ("groin numbness? no, then out of the blue on Tuesday it went numb", True),
    ("almost fainted when I saw my heart rate at 200 on the treadmill, had to hold the rails", True),
    ("feeling anxious, my back pain is constant at night and nothing eases it, not even lying still", True),
    ("32 weeks pregnant, my feet are swollen and I bled a bit after my run", True),
    ("Heartburn really bad this morning. A few minutes later I went weak and had to sit down", True),
    ("back is sore at night. Then my knee was agony on the run this morning", False),
    ("My back hurts at night after long runs. Then I take ibuprofen and it's the worst taste ever lol", False),
    ("my chest is fine but my traps get really tight", False),
    ("chest is fine but my toes hurt on long runs", False),
    ("hamstrings tight, left side of my chest fine", False),
    ("no chest pain but my back hurts after runs", False),
    ("my heart skipped a beat when I saw the results of my run lol", False),
    ("my heart skipped a beat when I saw him at run club", False),
    ("any numbness in the groin? no", False),
    ("weakness in the legs? no just sore", False),
    ("numbness in the groin? No, then I'd be at the GP already. my back hurts after runs", False),
    ("I'm 25 weeks pregnant and my lips are so dry they bled", False),
    ("couldn't sleep the night before the marathon, so nervous, back a bit stiff, nothing helps", False),
])
def test_the_review_107_messages(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


# A twenty-sixth new user's findings, on examples of our own. Missed: waters told unsure ("might have gone"), a back
# that hurts in waves in pregnancy told with the verb, an older person who fell and cannot get up or walk since (an
# emergency, a hip may be broken, not "today"). Raised wrongly: a leak when laughing or running downhill, a bum numb
# from a desk or a hard chair, "crashed hard after the race" (worn out), a past cancer with no pain told.
@pytest.mark.parametrize("message, urgency", [
    ("I think her waters may have broken, she's 37 weeks and was out walking", "emergency"),
    ("34 weeks pregnant and my lower back keeps aching in waves tonight", "emergency"),
    ("my nan is 84, she tripped on the rug this morning and can't put weight on her leg", "emergency"),
    ("my grandma is 79 and fell in the kitchen, she hasn't been able to stand up since", "emergency"),
    ("my gran is 82 and fell yesterday, she's walking stiffly now", "today"),
    ("had breast cancer 6 years ago and my lower back has been aching for a month", "today"),
    ("wet myself a tiny bit coughing on my run lol, is that a pelvic floor thing", None),
    ("a few drops of wee come out when I sprint downhill", None),
    ("my backside goes numb when I'm sitting at work for hours, is running good for that?", None),
    ("pins and needles in my bum when I sit on the hard chairs at church", None),
    ("crashed hard after the marathon, so exhausted, back a bit achy", None),
    ("had cancer as a child, will running help me build a strong back?", None),
])
def test_the_twenty_sixth_users_signs(matcher, message, urgency):
    decision = matcher.decide(message)
    got = decision.why if decision.kind == "urgent" else None
    assert got == urgency, decision


# The kinds lay-redflags39 (first written held out as redflags-unseen34) showed missed, on examples of our own:
# "nothing made any difference" at night; "lost the best part of a stone"; a leg that "goes out from under me" or
# "stops holding me up"; a fall from a height told by where one landed and from how high, a crash "at 25 mph",
# being "run over"; slang for the saddle ("crown jewels", "the back door"); "I'm used to a bit of X" is no past X.
@pytest.mark.parametrize("message, urgent", [
    ("lower back aches in bed every night, I've tried every pillow and position and nothing makes any difference",
     True),
    ("I've dropped the best part of a stone since summer without trying and my lower back aches all the time", True),
    ("back's been sore and twice this week my left leg went out from under me on the stairs", True),
    ("since my back went my right leg keeps stopping holding me up for a second", True),
    ("slipped off the ladder and landed from about 4 metres on the patio, back sore since", True),
    ("came down at 30 mph on the descent and my lower back has been hurting since", True),
    ("got run over by another rider in the sprint, lower back getting worse since", True),
    ("since Tuesday my family jewels feel numb and my lower back aches", True),
    ("I'm used to a bit of numbness in the saddle after long rides, but this is different: since Sunday my groin is "
     "numb and I haven't ridden for a week", True),
    ("I'll run over to the shop after my run, my back hurts after runs", False),
])
def test_the_lay_redflags39_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


def test_a_paragraph_wrapped_mid_sentence_is_read_as_one_sentence(matcher):
    # lay-redflags39's posts, pasted wrapped where the line ran out: a line break with no mark before it and a
    # lower-case word after it is a space, not a full stop; a list's lines stay apart.
    wrapped = "on the long run both\nlegs went from under me twice and my back is sore"
    assert matcher.decide(wrapped).kind == "urgent"
    assert textmod.marked_words(textmod.normalize("legs fine\nback sore.\nKnees\n- hips")) == [
        "legs", "fine", "back", "sore", ".", "knees", ".", "hips"]


# The hundred-and-eighth review's defects of this round's own rules, with its examples. Misses: a past cancer with
# the back told any way ("giving me problems", "bothering me"), a treatment only asked about, a relative's cancer
# with that relative's own back told now; "no just tingly"; a numbness that spreads told in steps; the sitting and
# leak look-alikes with a back that is agony; a pain that settles "for a minute then comes straight back"; legs gone
# to jelly walking, with numbness; more ways of not getting up after a fall; a reading "im 38.9 rn", a mother's;
# "it bled" in pregnancy. False alarms: someone else's cancer with another person's back or the writer's own;
# a fall months ago or slowness; "No. Then at the top of the hill..."; a list of gym muscles; a bus or a cab got off;
# "they" the trainers; a weakness giving way without warning for years; a 5k time or 37.5; a resting heart rate;
# drinking water gone; tea-coloured sweat; a dog shaking under the duvet; sitting numbness with a chair bought.
@pytest.mark.parametrize("message, urgent", [
    ("I had breast cancer 3 years ago and my back has been giving me problems lately", True),
    ("in remission from myeloma and my lower back has been bothering me for a month", True),
    ("had breast cancer, could the tamoxifen meds be causing my back ache?", True),
    ("my dad had bowel cancer 3 years ago and his back hurts at night", True),
    ("Mum had breast cancer in 2019, now she's got back pain that won't go away", True),
    ("numbness down there? no just tingly, like pins and needles", True),
    ("weak legs? no only the right one, it keeps giving way", True),
    ("my left leg went numb on the run. Then it got worse overnight and now its both", True),
    ("my bum goes numb when i sit at my desk and my lower back is agony", True),
    ("a little bit of wee comes out when i run now, and my lower back has been agony for a week", True),
    ("back pain keeps me awake all night, i turn over and it settles for a minute then comes straight back", True),
    ("my legs went to jelly walking to the shop and they gave way twice, i'm 45 and haven't run for a week", True),
    ("my nan is 84, she slipped in the bathroom and is stuck on the floor, we cant lift her", True),
    ("back killing me and im 38.9 rn", True),
    ("my mother is 39.1 and her back is killing her", True),
    ("30 weeks pregnant, feet swollen and it bled a bit in my knickers this morning", True),
    ("my grandad had lung cancer. my son is 15 and his back aches after cross country, is that normal?", False),
    ("my uncle had myeloma that started with his back hurting. now my back hurts after runs, should i worry?", False),
    ("my 80 year old mum fell a few months ago and still can't walk far, can she do a walk-run?", False),
    ("chest pain? No. Then at the top of the hill I stopped to stretch my calves", False),
    ("chest, arms and shoulders tight and sore from bench press yesterday, ok to run today?", False),
    ("jumped off the bus onto the pavement and ran to work, back a bit stiff from the seat", False),
    ("my legs were fine, but my old trainers, they gave out last week.", False),
    ("my left leg has been weak for years since polio as a kid, it buckles without warning sometimes", False),
    ("I'm 39.4 now at parkrun, down from 45! but my back is sore after", False),
    ("my heart skipped a beat when I saw my resting heart rate is down to 48 now, all that training paid off", False),
    ("my waters had all gone by halfway so I was dehydrated and my back cramped", False),
    ("urine is fine but my sweat leaves stains the colour of tea on my white top", False),
    ("my dog was shaking under the duvet during the fireworks, my back aches from carrying him", False),
    ("my bum goes numb when i sit at my desk all day, ordered a new chair this week", False),
    ("25 weeks, my gums are swollen and they bleed when I brush", False),
])
def test_the_review_108_messages(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


# forum31's (first written held out as forum-unseen34) false alarms, on examples of our own: "numb*" took in
# "number"; "screaming" children read as pain; a back that woke up sore and got worse all day read as night pain.
@pytest.mark.parametrize("message", [
    "honestly my number one fear is losing my bum when I start running",
    "my number one fear was losing my butt, will running shrink it?",
    "nights on the ward, tried to sleep at noon but the kids next door were screaming, can running give me abs?",
    "woke up with my lower back sore and it got worse all day, can I still run tomorrow?",
])
def test_the_forum31_false_alarms(matcher, message):
    assert matcher.decide(message).kind != "urgent", matcher.decide(message)


@pytest.mark.parametrize("message", [
    "my back is screaming at night and nothing eases it",
    "my bum has gone numb since yesterday and my back aches",
    "my back pain wakes me at night and it has got worse all day too, nothing helps",
])
def test_the_forum31_guards_stay_urgent(matcher, message):
    assert matcher.decide(message).kind == "urgent", matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # "nothing touches it" said of another part (forum29), and "than ever" as a comparison, not a "what if" (the
    # hundred-and-eighth review)
    ("a stiff lower back in the morning goes in an hour. a stiff neck from a bad pillow, nothing touches it for days. "
     "why the difference?", False),
    ("lower back pain at night worse than ever and nothing eases it", True),
    ("my lower back is worse than ever at night and nothing helps", True),
])
def test_another_parts_relief_and_a_comparison(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


# A twenty-seventh new user's findings, on examples of our own: txt-speak "cnt"; tripping over one's own foot since
# the back went (foot drop); a phrase whose last word is a mark at the message's end ("they keep giving way" with no
# full stop); an object that fell; holding a wee in is no wee that will not come; legs that are heavy after a run.
@pytest.mark.parametrize("message, urgent", [
    ("cnt feel anything down there since my back went", True),
    ("since the back pain started I keep catching my left foot and tripping over it", True),
    ("my legs went numb after my back went and they keep giving way", True),
    ("my water bottle fell out of my vest on the trail, back a bit stiff after", False),
    ("couldn't hold my wee any longer at mile 20 so I dashed into a bush, back's fine", False),
])
def test_the_twenty_seventh_users_signs(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


def test_a_fall_with_legs_unfelt_gets_the_first_aid_whatever_sign_came_first(matcher):
    # the quick pass stopped at the legs and the fall's "keep still" was lost (a twenty-seventh new user)
    decision = matcher.decide("slipped off the wall and now I can't feel my legs")
    assert "trauma" in decision.flags and "leg-weakness" in decision.flags, decision
    assert replies.FALL_FIRST_AID in replies.for_decision(matcher.faq, decision, "q")[0].html


@pytest.mark.parametrize("message", ["my legs are heavy after my long run", "legs feel so heavy on hills lately"])
def test_heavy_legs_are_no_body_weight(matcher, message):
    decision = matcher.decide(message)
    assert not (decision.kind == "answer" and decision.entry_id in ("weight-loss", "runners-still-fat")), decision


# The hundred-and-ninth review's defects of this round's last rules, with its examples.
@pytest.mark.parametrize("message, urgent", [
    ("pain between my shoulder blades every night, nothing touches it", True),
    ("low back pain at night that spreads into my hip, nothing touches it", True),
    ("lower back pain even at rest, nothing eases it and it gets worse all day", True),
    ("stepped on a bottle and fell hard onto the kerb, my back is agony since", True),
    ("stood on a gel and fell, I'm 81 and now I cant get up off the floor", True),
    ("my tailbone is screaming every night, nothing eases it", True),
    ("back pain worse than it's ever been at night, nothing helps", True),
    ("did my first fell race today, legs are dead", False),
    ("I crashed at mile 20, legs were dead", False),
    ("fell into bed after the ultra, couldn't move my legs lol", False),
    ("my coach wants me to use gels but I don't feel the need", False),
    ("I keep tripping over my own feet on trail runs, so clumsy", False),
    ("my toddler keeps tripping over my feet when I stretch", False),
    ("I'm more scared than ever that my legs will go numb again", False),
])
def test_the_review_109_messages(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


def test_a_fall_with_tingling_legs_gets_the_first_aid(matcher):
    decision = matcher.decide("came off my bike and now both my legs are tingling")
    assert "trauma" in decision.flags, decision


def test_red_flags_reads_the_message_as_the_bot_does(matcher):
    # triage.red_flags, for tests and tools, closes the message with a mark too (the hundred-and-ninth review)
    message = "my legs went numb after my back went and they keep giving way"
    assert triage.red_flags(message) == matcher.decide(message).flags


@pytest.mark.parametrize("message, urgent", [
    # fresh wordings of the hundred-and-eighth review's kinds (the hundred-and-ninth review): a floor named with
    # its room, and tired-sounding legs beside the back's own trouble
    ("my gran is 86, she tripped and she's stuck on the bathroom floor", True),
    ("legs feel heavy and numb since my back went", True),
    ("my legs feel heavy and a bit numb after the 20 mile run, back fine", False),
])
def test_fresh_wordings_of_the_review_108_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # lay-redflags40's kinds, in new words. A seat's numbness back as soon as they moved is over...
    ("12 hours on the plane, my bum went numb somewhere over the Atlantic but it came right back once I walked off. "
     "My lower back is stiff after a jog today, why?", False),
    # ...unless it is still there
    ("my backside went numb on the coach and it came back as soon as I got off, but now it's numb again between my "
     "legs and my back hurts", True),
    # down on hands and knees from a trip is the fall's to judge, not a faint
    ("tripped on a kerb, down on my hands and knees, back fine, just a grazed palm. can I run tomorrow?", False),
    ("went down on my hands and knees on the run, so dizzy I had to sit", True),
    # sore worked muscles, the back fine; a clear "not weakness, just tired"
    ("walking back to the car after hill repeats: my legs would not do what I told them. it's all in the calves, "
     "back is fine", False),
    ("by Friday my legs feel weak on the run, not giving way or anything, just heavy after lifting boxes all day. "
     "back is ok", False),
    ("legs feel weak, not heavy, they keep giving way since my back went", True),
    # a fall told by a new word, or by where someone was found; a person gone thin, told by the look
    ("my nan toppled backwards off the step and is holding her lower back, she's 81", True),
    ("came home to find grandad on the hall floor, he can't get up and says his back hurts", True),
    ("found my keys on the floor after the run, my back aches though, why?", False),
    ("my mum is skin and bone these days, no appetite, and her back aches every night", True),
])
def test_kinds_of_lay_redflags40(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # forum32's kinds, in new words. Retention told by the stream: fading, slow to start, stopping, never emptied
    ("since the long run my pee stream is getting weaker, it takes forever to get going and stops and starts. "
     "back aches too. skip Sunday?", True),
    # a past trouble told as over and signed off, in a sentence of its own
    ("had a kidney stone in March and weeks of trouble peeing. That's all gone now - consultant signed me off. "
     "Is a stiff back after my first runs back normal?", False),
    # thrown onto the ground is a fall
    ("my son got shoved in the race and was thrown hard onto the track, now his lower back hurts every time he "
     "bends", True),
    # gasping is effort's breath; gasping out of proportion stays a sign
    ("gasping up every hill on my long run but my legs feel great, how do I stop my back aching after?", False),
    ("I'm 70 and gasping on the flat now when I never used to, had to stop twice this week", True),
    # brought down onto hands and knees, not put there in an exercise
    ("physio had me on my hands and knees doing bird dogs, my lower back still aches after runs, why?", False),
    # a pain's "sick or pass out", not a faint
    ("bent to tie my shoe and my back went into spasm, thought I'd be sick or pass out from the pain. strain?", False),
    # lying flat among the movements a strain stops
    ("tweaked my back lifting boxes, can't lie flat or bend properly, is it ok to jog on it?", False),
    # the feeling back once the laces were loosened, whatever else is still sore
    ("my legs are still sore from Sunday, and my right foot went numb mid run but the feeling came straight back "
     "when I loosened my laces. how far should I run to lose weight?", False),
])
def test_kinds_of_forum32(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # letters1's and forum33's kinds, in new words. An illness over by a day and well since
    ("had a temperature and the shakes on Saturday, it all cleared by Sunday morning and I've felt fine since. "
     "why is my back sore after today's jog?", False),
    # someone else's fall, only the writer's back hurting from helping
    ("my dad slipped in the garden and I lifted him back up, now my own lower back is twinging. pulled muscle?", False),
    ("my dad slipped in the garden this morning and now his lower back is agony", True),
    # a coach's "weak hips" and a knee that caves in are the stride's form
    ("physio says my glutes are weak and my left knee caves inwards when I land, what exercises help?", False),
    # a lift to the race is no crash
    ("my mate drove me to the race since my back's been sore, is it ok to keep running on a strain?", False),
    # a collapse the medics saw stays, whatever poor sleep came before
    ("hardly slept before the 10k, then at 7k everything went black and I woke up with paramedics over me. "
     "when can I train?", True),
    # feeling lost and a leg that barely lifts, with sciatica
    ("sciatica down my left leg since Monday, lost feeling along the side of my foot and I can barely lift the "
     "leg onto the step", True),
])
def test_kinds_of_letters1_and_forum33(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


def test_a_legs_burning_is_no_chest_sign(matcher):
    # burning in a numb patch of thigh on runs, easing at rest, is the leg's, not effort-relief of the chest (letters1)
    message = "numb patch on my outer thigh on long runs, goes when I stop, lately it's burning too. what is it?"
    assert "chest" not in matcher.decide(message).flags


@pytest.mark.parametrize("message, urgent", [
    # the twenty-eighth new user's false alarms, in new words: a seat's pins and needles, journeys in the plural,
    # laughter's idioms, a bladder's "accident", night pain a painkiller settles
    ("i get pins and needles in both feet when i kneel to play with the kids", False),
    ("my backside goes numb on long train journeys, is that a worry?", False),
    ("wet myself laughing at the fancy dress runners lol, why does my back ache after 10k?", False),
    ("nearly fainted from laughing at the finish line photos, back stiff after the half, normal?", False),
    ("had a little accident in my knickers when I coughed, since the baby. back sore after jogging, why?", False),
    ("back aches at night after my long runs but paracetamol settles it", False),
    # ...and the signs beside them still stand
    ("back aches every night and no amount of paracetamol settles it, wakes me at 3", True),
    ("since my back went I had an accident in my trousers and didn't feel it happen", True),
    ("pins and needles in both feet since my back went yesterday, getting worse", True),
])
def test_the_new_user_28_false_alarms(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # the hundred-and-tenth review's defects (examples of our own). A seat's numbness back on standing, whatever
    # "still" asks; numb again since is not over
    ("Long haul flight to Boston, my whole backside went numb in that seat but the feeling came back as soon as I "
     "walked down the aisle. Lower back is a bit stiff now. Should I still do my shakeout run tomorrow?", False),
    ("numb bum after 4 hours in the car lol, was fine once I stood up and stretched. lower back a bit tight tho",
     False),
    ("bum went numb on the drive home, came back once I got out of the car, but now it's gone numb again while I'm "
     "just standing in the kitchen. back is agony", True),
    # someone else's fall with only the writer's back hurting from helping; the writer's own fall while carrying
    ("Picked my toddler up after he toppled off the sofa and tweaked my lower back, is it ok to run?", False),
    ("I was carrying my son down the stairs when I slipped and fell, now my lower back is killing me", True),
    ("Gardening with my husband, stepped back onto his foot, lost my balance and my back hit the edge of the wall. "
     "I'm 66 and it hurts to twist", True),
    # weight gone unexplained, told by others' eyes; numbness that has not gone
    ("Everyone keeps saying how thin he's got, my husband, he hasn't changed his running or what he eats and now "
     "he's got back pain at night", True),
    ("Friends say I look gaunt lately, I'm not trying to lose weight and running the same miles, and my back has "
     "been sore for a month", True),
    ("Numbness down my left leg into the foot that hasn't gone for three days, plus lower back pain", True),
    # gasping only on the climbs; a foot that slaps since a day, whatever leg day came before
    ("Gasping on the steep climbs of the fell race but fine on the flat bits, lower back sore today", False),
    ("Did leg day Monday so my quads are sore, but since Wednesday my left foot has started slapping down and I keep "
     "tripping on it, and my back is aching", True),
    # painkillers that no amount of touches; a strain's limits told last night; sitting and lying both impossible
    ("Night pain in my spine that no amount of ibuprofen touches", True),
    ("Strained my back deadlifting, couldn't lie flat or twist last night, ok if I lie on my side", False),
    ("Couldn't sit or lie down at all last night, had to stand the whole time, back like a brick", True),
    # pins and needles from kneeling, whatever the back; collapsing into bed
    ("pins and needles in both my feet from kneeling on the floor gardening, back sore from bending", False),
    ("Absolutely dead on my feet after the ultra, nearly collapsed into bed, back aching", False),
    # "back down" of a direction, and of the body
    ("My training partner took a tumble on the trail so I carried her pack back down the hill, now my back aches",
     False),
    ("I have temperature 38 and pain in the back down low", True),
])
def test_the_review_110_defects(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # lay-redflags41's kinds, in new words. The feeling told as "it" that hasn't come back
    ("since Tuesday the skin round my bum has gone numb and it hasn't come back, back aches too", True),
    # weakness that grows week by week, whatever was done for years
    ("I've coached for years. Since I hurt my back the left leg is getting weaker week by week and now the knee "
     "gives on the stairs", True),
    # a fever told as hot then cold
    ("back's been killing me for days and tonight I'm hot then cold and shaky, can't face food", True),
    # weight still dropping; eating as always
    ("my daughter eats everything in the house, but she is now 48 kg and still dropping, and her back aches",
     True),
    ("lost 8 kg since spring and I'm eating like always, and my lower back aches even on rest days", True),
    # a skipped meal's dizziness is no skipped beat
    ("skipped breakfast before parkrun and felt dizzy at the end, how far should I run to lose weight?", False),
    # the breath back inside a minute
    ("I'm 66 and gasping at the top of the steep bit but get my breath back within a minute, back stiff after", False),
    # a first race's legs weak at the end
    ("first 10k race, legs went weak at the end and I wobbled over the line, fine an hour later. normal?", False),
    # the household's fevers, the writer's own back
    ("both kids are home with a fever this week, my back is stiff from carrying them about, is a run ok?", False),
    ("my son is home with a fever and his lower back really hurts", True),
    # DOMS on the stairs after a race
    ("did my first half on Sunday, legs gave way going down the stairs backwards, quads wrecked lol", False),
    # a night worker's day sleep
    ("on nights this month and I can't sleep in the daytime, lower back sore after runs, why?", False),
])
def test_kinds_of_lay_redflags41(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # scope20's kinds, in new words. An illness gone and well now, in a sentence of its own
    ("had flu with a high temperature last month. It's all gone and I feel great. Back stiff after my first run back, "
     "normal?", False),
    # one night's lost sleep after a thing tried; not when nothing eases it
    ("did my first gym session in a year and couldn't sleep last night for my back, is that normal?", False),
    ("tried a jog and couldn't sleep last night, my back is agony and nothing eases it", True),
    # the back of the neck of a riding position; not beside the chest
    ("on long rides the back of my neck aches into my shoulders till I stop and stretch, saddle too high?", False),
    ("the back of my neck and my chest ache when I ride uphill and it eases when I stop", True),
])
def test_kinds_of_scope20(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # the twenty-ninth new user's, in new words: Scots "sair" is sore, legs wobbly after a run told as "efter"
    ("when a run ma knees an back are sair an ma legs go wobbly efter, normal?", False),
    # faint on standing up after a run; a collapse on a run whoever checked it
    ("I feel like I might pass out when I get up off the sofa after a long run", False),
    ("my wife collapsed during parkrun, the first aiders checked her, she says she's fine", True),
    # night pain a painkiller sorted; not eased by anything
    ("back was sore at night after the long run but ibuprofen sorted it out", False),
    ("back paining too much in the night, nothing is working not even tablets", True),
])
def test_the_new_user_29_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


def test_the_neck_of_a_riding_position_spreading_to_the_shoulders_is_no_chest_sign(matcher):
    # scope20's, in new words: the arm-jaw row read the spread into the shoulders as a heart's
    message = ("I sit pretty upright on the bike, not very bendy. Once I go past about 60k the back of my neck starts "
               "to ache and it spreads out into my shoulders and doesn't stop till I get off and stretch. The bike "
               "shop reckons my handlebars are too low. Is that likely?")
    assert matcher.decide(message).kind != "urgent"
    assert matcher.decide("on hills a pressure in my chest spreads into my shoulders and jaw").kind == "urgent"


@pytest.mark.parametrize("message, urgent", [
    # numbness gone as soon as the laces are loosened: a test done, not a guessed cause (lay-redflags20's kind)
    ("my little toe goes numb every parkrun, I reckon it's the shoes as it stops when I loosen them. tips?", False),
    ("my left foot goes numb on runs, it goes when I loosen the laces but now it's numb again all day and my back "
     "hurts", True),
])
def test_numbness_a_loosened_lace_ends(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # lay-redflags27's near misses, in new words: a toddler's fever beside the writer's own back; a loss a doctor
    # checked and put down to training, unless it goes on
    ("the baby had a temperature all night so I barely slept, and my back aches after pushing the buggy, normal?",
     False),
    ("lost 3 kg this spring, GP ran bloods, all fine, put it down to my half marathon training and said eat more. "
     "back sore after long runs, why?", False),
    ("lost 7 kg without trying, bloods came back fine but it's still coming off and my back aches", True),
    ("my son has had a temperature since yesterday and his lower back hurts", True),
])
def test_a_household_fever_and_a_checked_loss(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-eleventh review's kinds, in new words. Another sense: a thrill's chills, a cold plunge's, a
    # "feverish" pace, the evening that falls, stage fright at a portaloo, a calf told weak by its strength.
    ("that finish line video always gives me chills, how do I get back running with a stiff back?", False),
    ("a cold plunge after my long run gave me the chills, does it help a sore back?", False),
    ("feverish pace at work lately and my runs are rushed, lower back tight after, too much?", False),
    ("darkness falls at 5 now so I run on the treadmill, could that make my lower back ache?", False),
    ("couldn't wee at the race start with the queue waiting outside, total stage fright. back ache after", False),
    ("my calf is weak on the left, physio says do more raises. back fine. how long till it's strong?", False),
    # ...and the signs themselves, kept: chills with back pain, one leg weak since the weekend, a bladder full
    # with nothing coming, retention with people waiting, a term asked about with the sign told.
    ("chills and shaking since last night and my lower back is agony", True),
    ("my left leg has gone weak since the weekend, stairs are hard and my back is sore", True),
    ("my bladder feels full but nothing comes out, back has been bad since friday", True),
    ("cannot pee at all since yesterday even with nobody waiting, and my back is agony", True),
    ("my groin has been numb since this morning's run, what does that mean?", True),
    ("what does it mean when my backside goes numb after a run? back hurts too", True),
])
def test_the_review_111_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # Over, told as "all gone" or "fixed now"; a term someone else used; an aim denied is no aim, so a loss told
    # beside it stands; voice typing's "number" for numb and "felt down" for fell.
    ("had flu over christmas with a temperature, all gone, back a bit stiff on runs", False),
    ("my ankle gave way on a trail in the spring, fixed now. back aches after long runs", False),
    ("at the club someone mentioned saddle numbness as a thing to know about, what does that even mean?", False),
    ("my groin went numb on my run today and someone mentioned that can be serious, is it?", True),
    ("not trying to lose weight but I've lost 6 kg since september and my back keeps aching", True),
    ("my bum is number since this morning and my lower back is killing me", True),
    ("felt down the stairs at work and my back is really sore now", True),
])
def test_the_review_111_modifiers_and_sound_alikes(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # lay-redflags42's kinds, in new words: a drinking bladder that leaks, toes numb from the shoes' fit
    ("the bladder in my running vest keeps leaking down my back, which brand doesn't leak?", False),
    ("my camelbak bladder split on the long run, soaked my lower back, worth buying a better one?", False),
    ("both big toes go numb on long runs, shop says size up half a size, or is it my lacing?", False),
    ("leaking urine since my back went on sunday, didn't even notice it happening", True),
    # one foot numb on a run with no back told is the shoe's, unless it lasts or the back is told
    ("my right foot goes numb on the rowing machine after 15 minutes, better padding on the strap?", False),
    ("my right foot went numb on my run and it's still numb two hours later", True),
    ("my right foot went numb on my run and my lower back is aching", True),
])
def test_kinds_of_lay_redflags42(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # scope21's kinds, in new words: pain on the side lain on, a pillow on the floor, pregnancy's nights, a back
    # mostly better since, a loss put back on
    ("my hip and lower back ache when I sleep on that side, is a softer mattress worth it?", False),
    ("I wake with a stiff lower back, the pillow between my knees always ends up on the floor, better pillow?", False),
    ("28 weeks pregnant and my lower back aches every night, can't get comfy, anything to help me sleep?", False),
    ("tweaked my back a fortnight ago and couldn't sleep the first few nights. now it's about 90% better. run?",
     False),
    ("lost 30 kg two years ago, then put 10 kg back on during marathon training, why do runners gain?", False),
    # ...and the signs themselves: pain that no side eases, pregnant with a fever, a loss still going
    ("my back wakes me every night whichever side I lie on, nothing eases it", True),
    ("30 weeks pregnant, back pain and a fever since yesterday", True),
    ("lost 8 kg without trying since summer and my back aches, I'd put a kilo back on but it's still dropping",
     True),
])
def test_kinds_of_scope21(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A thirtieth new user's kinds, in new words: a collapse told over with no time at all is today's (people writing
    # on the day rarely say "today"); a vague change in the bladder with back pain; a fall of your own body part only
    # feared.
    ("I fainted at the end of parkrun, felt fine after a sit down, back a bit stiff", True),
    ("blacked out for a second on the hill, ok now, is it normal to get back ache after hills", True),
    ("I passed out at a race years ago, fine since, why does my back hurt after runs", False),
    ("my waterworks feel odd since my back went on saturday", True),
    ("my bladder's gone funny and my lower back is sore", True),
    ("my back feels a wee bit weird after long runs", False),
    ("nervous my legs might give way at the end of my first marathon, how do I train for it?", False),
])
def test_the_new_user_30_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-twelfth review (this round's rules tried both ways), in new words: a sign over and then back;
    # numbness that outlasts the run; "dark and fell" is a fall; "since monday" is lasting; a loss put back on that
    # drops again; "need to go but nothing open"; "number one" is no numbness.
    ("my fever was all gone on friday but it came back this morning and my lower back aches", True),
    ("my left foot is still numb two hours after my long run", True),
    ("tripped in the dark and fell on the kerb, back sore since", True),
    ("my legs have felt weak since tuesday and my lower back is sore", True),
    ("lost 5 kg without trying, put 1 back on at christmas, now dropping again, back aching", True),
    ("need a wee on long runs but nothing open that early, back aches after, tips?", False),
    ("getting my bum in shape is my number one goal, will running help?", False),
    ("my legs are number since last night and my back hurts", True),
])
def test_the_review_112_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A thirty-first new user's kinds, in new words: "backs" for "back's" (a phone drops the apostrophe), "bk", a
    # relative's past cancer with back pain now told without a subject. (Someone else's fever over because they are
    # "training again", a rule someone said, a general question with the sign as its subject: rules for those hid
    # signs told beside them, the hundred-and-thirteenth review, and were taken out; such messages get urgent advice.)
    ("my backs been sore since i came off my bike yesterday", True),
    ("backs killing me and ive got a temperature", True),
    ("our backs are fine, how do we prevent back pain as a running club", False),
    ("my nan had breast cancer years ago and now has back pain that wont settle", True),
    ("my daughter has a fever and now she's training again, her back is killing her", True),
    ("my coach says back pain with a fever is dangerous and i have both right now", True),
    ("does getting numbness in my groin mean something serious? ive had it two days", True),
])
def test_the_new_user_31_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


def test_one_leg_tingling_since_the_back_went_is_an_emergency(matcher):
    # README: "in both legs, with new weakness, spreading, sudden, or told as since the back went" (a thirty-first new
    # user found "since my back went" read as a doctor today)
    decision = matcher.decide("tingling down my right leg since my back went on monday")
    assert (decision.kind, decision.why) == ("urgent", "emergency"), decision


@pytest.mark.parametrize("message, urgent", [
    # forum35's and scope22's kinds, in new words: a ball or a phone that went flying, autumn's chores, worn out after
    # a shift, the rear end of a body, hunched over a buggy's handlebar, feet that collapse in, an ankle that gives
    # out when rolled, ankles that wake at night, a foot asleep on the toilet
    ("chasing the dog, the ball went flying into the hedge and I pulled something in my lower back. strain?", False),
    ("last fall I started running and now my back aches after every run, why?", False),
    ("fall cleanup in the garden all weekend and my lower back is sore, ok to run tomorrow?", False),
    ("sore back and so wiped out after my night shifts, best way to run through winter?", False),
    ("my rear end is the only bit not shrinking and my back aches after runs, does running help?", False),
    ("I lean right over the handlebar of the running stroller and my lower back aches after, posture?", False),
    ("podiatrist says my feet roll in and that's why my lower back hurts after runs, will insoles help?", False),
    ("sprained my ankle and it keeps giving out on trails, back a bit sore too, should I rest?", False),
    ("after a long hike my knees woke me in the night, back's fine, normal?", False),
    ("no numbness at all, only my foot fell asleep on the loo this morning. back sore after my long run, strain?",
     False),
    # ...and the signs they look like: a fall onto the back, a crash from behind, legs that give way
    ("tripped on a root and fell flat on my back, it's agony and I can't bend", True),
    ("got rear ended at a roundabout this morning and my lower back is killing me", True),
    ("my legs keep giving way since my back went on sunday", True),
])
def test_kinds_of_forum35_and_scope22(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-thirteenth review (this round's second rules tried both ways), in new words: several backs are
    # each a back; "ever since" is a time, not "have you ever"; a car's rear end driven into; a relative's cancer with
    # back pain "now" after it
    ("me and my sister were in a car crash and both our backs hurt now", True),
    ("the backs of my legs ache after long runs, is that normal?", False),
    ("ever since my back went on friday my left leg has pins and needles", True),
    ("a van drove into the rear end of my car this morning and my back is killing me", True),
    ("my grandad had bowel cancer in his 70s and has bad back pain now", True),
    # a fear of what it is, then the sign told as there since, or told as had in a clause of its own
    ("what if the tingling round my bum is something bad? it has been there since monday", True),
    ("what if it's a disc, i can't feel the inside of my thighs since last night", True),
    ("what if my groin goes numb on a long run? my friend says it can happen", False),
])
def test_the_review_113_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A fall with the back told unhurt, with the rest or on its own, or checked clear: no fall to send anyone to A&E
    # for (chat11, forum34, lay-redflags42's kinds, in new words); a fall with the back hurt still is.
    ("had a wee fall in the car park, scraped my hands but my back's grand. how do I stop my back getting stiff on "
     "long runs?", False),
    ("went down hard on the trail, grazed both shins, got up, back and everything else fine. but my lower back aches "
     "after long descents, why?", False),
    ("slipped on ice a month ago and landed on my back. had it looked at, x-ray was clear. mostly better but my back "
     "twinges after runs, normal?", False),
    ("fell on the stairs this morning and my back is agony", True),
])
def test_a_fall_with_the_back_told_unhurt_or_checked(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


def test_someone_elses_sign_told_without_the_apostrophe_is_theirs(matcher):
    # a thirty-second new user: "my husbands legs went numb after his fall" was told back as the writer's own
    decision = matcher.decide("my wifes legs went numb after she slipped on the stairs and her back hurts")
    assert (decision.kind, decision.whose) == ("urgent", "other"), decision


def test_a_foot_that_stopped_doing_what_it_is_told_is_weakness(matcher):
    # letters2's kind, in new words: a foot drop told as the foot no longer obeying
    decision = matcher.decide("since my back flared my right foot has stopped doing what I tell it and catches on "
                              "the kerb")
    assert decision.kind == "urgent" and "leg-weakness" in decision.flags, decision


@pytest.mark.parametrize("message, urgent", [
    # lay-redflags43's kinds, in new words. Saddle numbness told by comparison: the skin as someone else's when
    # wiping, or hedged and far off.
    ("since tuesday when i use toilet paper it's like i'm touching somebody elses backside, my back is bad", True),
    ("my back's been sore all week and my bum cheeks feel sort of distant, like they're not there", True),
    # Retention told as a pee that never properly happens, or almost nothing coming.
    ("back went on saturday, and I haven't had a proper wee since this morning", True),
    ("lower back pain since lifting the sofa, i try to pee and practically nothing comes", True),
    # ...not laughing too hard and leaking, since having a baby.
    ("since my son was born I leak a bit if I cough too hard, my back is fine, ok to run?", False),
    # Night pain however one lies, the baby named only to rule it out; woken by the baby it is not.
    ("my back pain wakes me at 3am every night and it doesn't matter what position I sleep in, it's not the toddler "
     "waking me", True),
    ("the baby wakes me three times a night and my back aches from feeding, normal?", False),
    # Chest pain and breath on runs that an inhaler made worse: asthma does not explain it.
    ("chest hurts and I can't get my breath when I run, the GP gave me an asthma inhaler but it made it worse", True),
    # A fever told over ("that has gone, normal temperature since"), an activity's "fever", a loss earned by running.
    ("had flu with a fever at the start of the month, that has gone, normal temp since friday. now my back aches "
     "after runs", False),
    ("I've got marathon fever... er, running fever! my back is fine, how do I keep it that way?", False),
    ("I'm 67 and I've lost 9 kg through running since spring, very proud, but my back aches after long runs", False),
    # An age, not a weight: "lost over 60 lb" is no age of 60.
    ("lost over 60 lb this year and now my lower back aches on runs, why?", False),
    # An old person's fall with the back "fine, just a bit sore" is a fall at that age (NICE); a young runner's trip
    # with grazed knees and the back a bit stiff is minor.
    ("my nan is 91, she slipped in the kitchen last night and says her back is ok, just a bit sore", True),
    ("tripped over a kerb on my run, grazed my palms, back's fine, just a bit stiff", False),
    # A bike's numbness gone soon after the ride, with days named only as rest days.
    ("my bum goes numb after 20 miles on the bike and it's gone ten minutes after, I cycle on my rest days", False),
])
def test_kinds_of_lay_redflags43(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A thirty-third new user's kinds, in new words. The one who fell told unhurt, with a back question beside it
    # ("totally fine", "no injuries at all", someone else's fall that "was fine"): no ambulance advice; fine only at
    # first, or the back sore since the fall, still is.
    ("slipped on a wet drain cover during my run but i'm completely fine lol, is running downhill bad for backs?",
     False),
    ("I went over on the towpath, no injuries whatsoever, just my pride. why does my lower back ache after runs?",
     False),
    ("my sister fell at the track on saturday and was ok, anyway is it normal for my back to be stiff after runs?",
     False),
    ("came off my bike and was fine at first but now my back really hurts", True),
    ("tripped on a root on sunday, I'm ok but my back has hurt since the fall", True),
    # A pet told with its owner's "my" is the pet's: a vet's matter.
    ("my dog is dragging his back legs since this morning", False),
    # A knock to the head with dizziness, sickness or a blackout after it is an emergency, whatever the back; a
    # figure of speech or a knock long ago is not.
    ("a cyclist clipped me on the canal path and I hit my head, now I feel sick and a bit confused", True),
    ("bashed my head on a low beam after my run, seeing double", True),
    ("been banging my head against a brick wall with this plateau, dizzy with frustration lol, why no weight loss?",
     False),
    ("hit my head last summer and had a headache for a day, fine since, is running ok for my back?", False),
    # Bad luck foreseen in jest is no accident; a trip on a root that put the writer on hands and knees is no faint.
    ("knee, then hip, now this, knowing my luck i'll get run over next. how do i prevent back pain?", False),
    ("caught a rock on the trail and went down on my hands and knees, back fine. do hills make your bum bigger?",
     False),
])
def test_the_new_user_33_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


def test_a_meal_just_eaten_is_no_starvation_diet(matcher):
    # "just ate" is a moment, not "only" (a thirty-third new user); "eating just 900 calories" is still a limit
    assert matcher.decide("just had 950 calories of curry after my long run").kind != "urgent"
    assert matcher.decide("I'm eating just 900 calories and running every day").why == "eating"


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-fourteenth review (this round's rules tried both ways), in new words. A jest about bad luck to
    # come is a future, but a fall told after it is not; a future ends before its verb ("get run over").
    ("with my luck i'll get knocked over by a bin lorry next, anyway why does my lower back ache after runs?", False),
    ("i'll probably end up tripping on the cobbles on sunday haha. is back pain after long runs normal?", False),
    ("knowing my luck... I slipped on the stairs this morning and my back is in agony", True),
    # "fine, just a bit sore" with what follows it ("he says", "today") is no denial at an old age.
    ("my gran is 90, she tripped on the rug yesterday, says her back's fine just a bit sore she says", True),
    ("I'm 77, tripped on the pavement on monday, back is ok, only a bit sore today. can I run?", True),
    # Unhurt told as "without a scratch", "all good"; an inhaler that seems to make it worse explains nothing.
    ("came off my scooter on the way to parkrun, not a scratch, all good. why does my back ache after parkrun?",
     False),
    ("my chest goes tight running uphill and the inhaler seems to make it worse, what do I do", True),
    # Head knocks in other words, and what follows them: forgetting, repeating.
    ("my daughter conked her head on the climbing frame and now she's really sleepy and keeps being sick", True),
    ("my husband headbutted the garage door after his run and keeps asking the same thing over and over, forgetting "
     "what I said", True),
    # A pet with the writer's fear told after it is the pet's.
    ("my spaniel is dragging her back legs and I'm so worried, what do I do", False),
    # An intake of "doing" 500 calories a day is a starvation diet.
    ("I've been doing 600 calories a day and running every morning to drop weight fast", True),
])
def test_the_review_114_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # forum37's and scope23's kinds (held out as forum-unseen32 and scope-unseen22), in new words: the breath giving
    # out before the legs; a slip of a thing; woken only by moving; a thought one cannot stop; a leak's "first time"
    # that is another thing's; a first time set against later ones; a nightmare; back-to-back meetings.
    ("my breathing goes way before my legs on hills and my lower back aches after, normal for a beginner?", False),
    ("felt like someone slipped a blade between my vertebrae on the last rep, now my lower back is locked", False),
    ("tweaked my back deadlifting, it wakes me up whenever I roll over but it's easing, run tomorrow?", False),
    ("my partner said I'd get abs from running and I can't stop thinking about it, is it true?", False),
    ("one of the group tripped on the kerb and I nearly wet myself laughing. my belly is flatter for the first time "
     "in ages, will I get abs?", False),
    ("the first time I trained for a half I lost weight, the second time I gained, why do runners stay heavy?", False),
    ("getting in and out of the car is a nightmare since I strained my back", False),
    ("I've got a fever of 38.4 and back-to-back calls all day, should I cancel my run?", False),
    # ...while the signs stay: woken by the back however one lies, a slip on the ice, legs that give out.
    ("since I tweaked my back it wakes me every night and I can't lie down at all, I sleep sitting up", True),
    ("slipped on the ice this morning and landed on my back, it really hurts", True),
    ("my legs keep giving out on the stairs since my back went on friday", True),
])
def test_kinds_of_forum37_and_scope23(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # lay-redflags44's kinds (held out as redflags-unseen39), in new words: numbness hedged with "oddly"/"weirdly";
    # a need to go told with how long it has lasted; no urge told with "without"; "whether" as "if"; the signal
    # gone; a fall told as feet going up and coming down hard, or the body smacking the ground; a weight loss
    # without trying told as "haven't tried at all", "not counting anything", "eating whatever"; someone woken
    # every night, nothing helping whatever they try.
    ("since my back went on my long run, my bum feels oddly far away, is that a trapped nerve?", True),
    ("my back has been agony since tuesday. I sat there for ages and nothing came out, and I've been needing to go "
     "all afternoon", True),
    ("dad's back has been bad for weeks and he's gone since breakfast without once getting the urge to wee", True),
    ("my back is wrecked after the marathon and I honestly can't say whether I need a poo or not, no signal down there",
     True),
    ("jogging home in the frost my feet went up and I came down hard, my lower back is killing me now", True),
    ("my shoulder smacked the tarmac on the towpath and my lower back has been very sore since", True),
    ("down 7 kilos since the summer, haven't tried at all and I'm not counting anything, my back has ached for weeks",
     True),
    ("she's woken up every night this fortnight with her back and can't settle whatever she tries", True),
    # ...while ordinary things stay ordinary: a foot dead from sitting cross-legged that made one stumble, a
    # bowel accident after a curry with no back told, waking at 3am stiff after a night on the sofa.
    ("sat cross-legged on the floor watching telly, my foot went dead and I nearly fell over getting up. why does my "
     "lower back ache after runs?", False),
    ("couldn't hold it on my long run this morning, dodgy tummy from a spicy dinner. how do runners avoid that?",
     False),
    ("fell asleep on the sofa and woke at 3am all stiff, my lower back is tight. should I run today?", False),
])
def test_kinds_of_lay_redflags44(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-fifteenth review's kinds, in new words. A blow to the head told by the brow, the face, a helmet
    # or a concussion named, with its signs near it; not a bump beside words in another sense (sick of, confused
    # about, spin class, forgot my keys) or sleepy from night feeds.
    ("cracked my brow on a low beam in the barn, now I feel woozy and a bit sick", True),
    ("took a tumble on the towpath and my helmet split down the middle, I'm pretty dazed", True),
    ("ran into a lamp post in the fog, I think it's a concussion, my head is pounding and I'm seeing double", True),
    ("knocked my head on the cupboard door lol. so sick of these short winter days, how do I keep my back loose?",
     False),
    ("bumped my head getting into the car after parkrun, also confused about tempo runs, does my back need rest days?",
     False),
    ("my baby headbutted me at 5am and I'm so drowsy from night feeds, is a slow jog ok for my back?", False),
    # Woken by turning, then the pain will not settle and lying still does not help: no position eases it.
    ("my lower back wakes me whenever I roll over and then it just won't settle for hours, keeping still doesn't "
     "help either", True),
    # A feeling in the saddle area hedged and told as a muscle's or the cold's is no numbness.
    ("my inner thighs feel a bit odd after yesterday's lunges, sort of tight and achy, safe to run?", False),
    ("my bum feels kind of cold on the metal bench after my run lol, is that why my back stiffens?", False),
    # A thing slipped into place, a disc, and "running fever" with a reading.
    ("my partner slipped a cushion behind my lower back on the drive home from the race, is that good for it?", False),
    ("been running fever since tuesday, 38.9 last night, and my lower back is in agony", True),
    # Pain from the back on to the back of another part is still the back.
    ("temperature of 39 and pain from my back to back of my hip, shivering all night", True),
    # Unhurt told of a thing is not the person unhurt.
    ("a van clipped me on my run, the van was fine, but my lower back is in agony and I can't bend", True),
    # Retention told as hard going; a shy bladder told by the place.
    ("weeing has been really difficult since my back went on saturday, I have to strain and strain", True),
    ("I always find it hard to pee in portaloos before a race because of nerves, back's fine, tips?", False),
])
def test_the_review_115_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A fifth new user's kinds, in new words: numb legs with the back told are no tired legs; a fall of a
    # temperature, a heart or a date; clothes falling off a thinner body; a chest told as sat on is no numb seat.
    ("both my legs went numb after today's 10k and my lower back is killing me", True),
    ("the mercury fell to minus five this morning and my back gets tight on icy runs, tips?", False),
    ("my heart fell when the results came out, and my lower back aches after the race", False),
    ("parkrun fell on my birthday so I ran it in fancy dress, now my back's a bit sore", False),
    ("it feels like an elephant is sitting on my chest when I run uphill and it eases when I stop", True),
])
def test_the_new_user_34_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A fifth new user's trial, the second part, in new words: a bike only as the comparison; numbness told as still
    # there hours later; a fever dream; liking to ride is no comparison.
    ("since yesterday's long run the skin round my bum and between my legs feels numb, as if I'd ridden a bike all "
     "day, and my back hurts", True),
    ("both feet went numb on my run this morning and they still are now, lower back sore", True),
    ("had the weirdest fever dream about my marathon, anyway why does my lower back ache after long runs?", False),
    ("I'd like to do more riding on my rest days, but my bum goes numb on the bike and is fine after, which saddle?",
     False),
])
def test_the_new_user_34_kinds_told_by_comparison_and_time(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # lay-redflags45's kinds, in new words. Numbness in one foot is a back's sign only with back pain told and not
    # denied.
    ("lately my right foot goes numb in the last mile of races, never on easy runs. legs and back all totally normal. "
     "circulation?", False),
    ("left foot has been numb since this morning's run and my lower back aches", True),
    # A worry that keeps one up is no night pain; the pain that does still is.
    ("what keeps me awake at night is the worry that my back will end up like my dad's, it's only a bit stiff after "
     "runs", False),
    ("the pain in my lower back keeps me up at night and no position helps", True),
    # A leg gone dead from sitting too long on the toilet is no weak leg; one that stays weak is.
    ("sat on the toilet for ages scrolling, stood up and my left leg just buckled, dead leg, fine after a minute. why "
     "does my back ache after long runs?", False),
    ("my left leg keeps buckling since my back went on Saturday's run", True),
    # A sentence opening on a past time and closing on its end tells the sign over; one that keeps coming back is not.
    ("Three weeks ago my chest hurt every time I breathed in and I got puffed going up to bed, GP checked me over, "
     "antibiotics, all cleared now and I've been fine all week. Does running give you abs?", False),
    ("two weeks ago I got chest pain running up a hill and it comes back on every run", True),
    # Breath put down to being unfit by the writer is effort's.
    ("first run in years and I was gasping like mad, hardly breathe on the easy bit, the usual wheezing of being "
     "unfit, does running burn belly fat?", False),
    # A strap the chest pain is compared with, not the kit's own; an episode told in the past tense that eased.
    ("felt like a thin strap, the width of a watch strap, tightening round my chest on the climb. lasted a minute, "
     "then went as fast as it came", True),
    ("it was like a thin strap, watch-strap thin, cinched round my chest on my jog, i stopped dead. it lasted a minute "
     "or so, then went", True),
    # A fever told over by when it ended, in the next sentence.
    ("had a temperature and chills after the freezing race. By the next morning it was gone and I've been fine since. "
     "Is a stiff back for days after normal?", False),
    ("had a temperature and chills after the freezing race. By the next morning it was gone but it came back tonight "
     "and my back is killing me", True),
])
def test_the_kinds_of_lay_redflags45(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # forum39's and letters4's kinds, in new words: a runner's crash placed after its distance; a childhood told as a
    # boy or a girl; others' stories read or heard.
    ("felt great until about 25k, when I crashed hard, legs gone, and my lower back has ached since. why?", False),
    ("going well until mile 10 when I crashed into a parked car on my bike, back agony", True),
    ("my gran lost control of her bladder after a back op when I was a girl and it still scares me. my back is only a "
     "bit stiff after runs, is that normal?", False),
    ("my gran lost control of her bladder this morning and her back is agony", True),
    ("my husband keeps reading horror stories online about runners going numb between the legs from discs. I just "
     "have a sore back after long runs, should I worry?", False),
])
def test_the_kinds_of_forum39_and_letters4(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A sixth new user's kinds, in new words. Bladder and bowel trouble told as accidents, as not holding it, or as
    # wet before any urge.
    ("had a few accidents with my bladder lately, not sure if it's linked, my back's been bad since October", True),
    ("can't hold in my poo anymore since my back went", True),
    ("I didn't feel like I needed a wee and then I'd peed a bit, my back has been agony since my run", True),
    # A fall as an idiom or a roll down a slope; "might of" for "might have".
    ("went head over heels on the wet steps yesterday, lower back is wrecked", True),
    ("slipped on the fell and rolled down the slope, my back is really sore now", True),
    ("i might of fell on my bum on the ice, not sure, it's a blur, my lower back hurts loads now", True),
    ("fell head over heels for trail running this year, but why does my back ache after long runs?", False),
    # The toe caught again and again beside back pain, not an old clumsiness or a rooty trail.
    ("keep stubbing my toes on every run lately and my lower back has been sore for weeks", True),
    ("always been clumsy, stub my toes on every run lol, and my back aches after, why?", False),
    # Clothes falling off without trying is a weight loss; a race or a PB attempt that was a car crash is no crash.
    ("my clothes are falling off me and I'm eating the same as ever, plus my back aches all the time", True),
    ("my half marathon was a total car crash, blew up at 15k. why does my lower back ache after long runs?", False),
    # Weak at the knees, and legs weak from lifting, are no weak legs.
    ("went weak at the knees when they read my name out at the awards, does running make your bum smaller?", False),
    ("weak legs from deadlifts yesterday, can I still do my long run?", False),
])
def test_the_new_user_6_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-sixteenth review's kinds, in new words. A leg gone dead on the loo that stays weak or has not
    # come back is a sign.
    ("my right leg went numb sitting on the toilet and it's still weak four hours later, lower back aching", True),
    ("sat on the bathroom floor too long, leg went numb, and it still hasn't come back this evening, back is sore",
     True),
    # Over, then coming back, is not over.
    ("A fortnight ago I had chest tightness on a run, it went away but it keeps coming back on climbs", True),
    # A fever told over by when it ended, in other words.
    ("Felt feverish with a sore lower back on Friday. It broke after a day and I've been fine since. Can I run?",
     False),
    ("had a temp and a sore back after the race. Cleared up in 12 hours.", False),
    ("fever + sore lower back sat night. gone by sun am, all good since", False),
    # Breath put down to being unfit in other words.
    ("I puff and wheeze up hills because I'm really unfit, why does my lower back ache after runs?", False),
    # Others' stories heard on a podcast or read in an article are feared, not told.
    ("listened to a podcast about a woman who went numb between her legs from a disc, my back aches after runs",
     False),
    # A toe caught on a rooty trail is the trail's; one that brings falls is not.
    ("keep catching my toes on roots on the trail, lower back is sore after, why?", False),
    ("my dad keeps catching his toe on the kerb lately and went over twice, his back is bad", True),
])
def test_the_review_116_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A childhood told first makes what it tells over (the hundred-and-sixteenth review's kind, in new words); a child
    # ill now is not.
    ("When I was a girl I had a high fever and a bad back for a week. These days my lower back is just stiff after "
     "long runs, is that normal?", False),
    ("when I was little I fell off a horse and hurt my back, now my back aches after runs", False),
    ("my son is a child and he has a fever with back pain since yesterday", True),
])
def test_a_childhood_told_first_is_over(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # An older person's fall that changed how they walk, told as bent over (a sixth new user's kind, in new words); an
    # old person's slow walk with no fall is none.
    ("my grandad slipped on the ice on Sunday and has been walking hunched over since", True),
    ("my nan always walks slow, does running make your bum smaller?", False),
])
def test_an_older_persons_fall_told_by_a_bent_walk(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A seventh new user's kinds, in new words: someone else's fever with a back pain joined to it, its subject carried
    # over, is theirs (not the writer's own back beside a household's fever); "can't piss" is a retention, not
    # "pissing about".
    ("my wife has had a temperature with lower back pain since yesterday", True),
    ("my son has a fever and bad back pain since his cross country race", True),
    ("my husband has a fever and my back is killing me after my long run, is that normal?", False),
    ("two of the kids have a fever so I'm hoping I'm not next, why does my back ache after runs?", False),
    ("cant piss since this morning and my back is agony", True),
    ("can't piss about with my training anymore, why does my back ache after runs?", False),
])
def test_the_new_user_7_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A finding that tells its own "can't", joined by "and", is a clause of its own (a seventh new user's kind, in new
    # words): the earlier "not" denies something else.
    ("havent slept properly and cant feel my bum or between my legs since yesterday's run", True),
    ("didn't do my stretches and couldn't feel my left foot on the way home, lower back sore", True),
    # ...while a denial that names the sign still denies it.
    ("I don't have any numbness and can't say my legs are weak, just a sore back after runs", False),
])
def test_a_finding_with_its_own_cannot_is_a_clause_of_its_own(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # lay-redflags46's and forum40's kinds, in new words. A one-off told so in the next sentence is over; a later
    # return is not.
    ("My groin went numb for a couple of minutes on the rower. Never happened before or since. Does running make your "
     "bum smaller?", False),
    ("My groin went numb for a minute on the rowing machine. It has not happened since but this morning it is numb "
     "again and my back hurts", True),
    # An illness told gone, with no temperature since, in the sentence after it.
    ("Flu knocked me flat over the weekend, sweating buckets, the works. That's all gone now, no temperature since "
     "Tuesday. Back still a bit tight, OK to run?", False),
    # Numbness from an ice pack sat on, told as the cause in the next sentence; not with the back's trouble told.
    ("My bum is totally numb. No drama, I'm sitting on a bag of frozen peas for my hamstring. Does running shrink "
     "your bum?", False),
    ("My bum is totally numb and my lower back is agony. I'm sitting on an ice pack.", True),
    # A fall onto the hands, the back told out of it.
    ("Tripped on the kerb and went down on my knees, cut my palm, back not affected. Separately, is it normal for my "
     "back to ache after runs?", False),
    # A car that hit a part named, or a ride over its bonnet.
    ("a van caught my hip on the crossing this morning and now my lower back is throbbing", True),
    ("I was thrown over the bonnet of a taxi on my run last night, back is sore", True),
    # A regain in the past, then a loss with no diet.
    ("I've yo-yo dieted for years and always put it back on, but now I'm down a stone in a month without trying and "
     "my back aches every day", True),
    # A loss joked about as wanted, then told as no change made.
    ("My dad has lost loads of weight lately (mum says he's finally getting slim) but he swears he hasn't changed "
     "anything, and his back is sore all the time", True),
    # Legs heavy and tingling after something went in the back is no tired legs.
    ("something popped in my lower back when I bent for the laundry basket, now both thighs are tingling and feel "
     "heavy", True),
    # Weak back muscles are no weak legs; tensing up unnoticed is no bladder; pain rolling over in bed is no night pain.
    ("my physio blamed tight hamstrings and a weak low back, can a curved spine cause pain after runs?", False),
    ("my shoulders ache on long runs, maybe I'm tensing up without realising or it's how I'm holding myself", False),
    ("groin pain after my runs, the worst bit is normal stuff like sneezing and rolling over in bed. Anyone had this?",
     False),
])
def test_the_kinds_of_lay_redflags46_and_forum40(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The seventeenth review of this round, in new words: a fall told as going down onto the hands, the back told
    # unharmed; a near miss with a car; a back that popped, then heavy tingling thighs; a heart that skips on a run,
    # not one that skipped at the sight of something; a loss with no change in diet after a history of regaining, not a
    # loss on a diet; numbness from icing a glute; a one-off that has not happened again since; a round trip's "back".
    ("Came down on my hands on the towpath this morning, and now my lower back is killing me", True),
    ("took a tumble on the trail, my knees took it all, back unharmed. is it normal for my back to ache after runs?",
     False),
    ("A bus almost clipped me at the junction on my run, scary. My back aches after runs, normal?", False),
    ("my back clicked when I picked up the dog's bowl and now both thighs are tingling and heavy", True),
    ("my heart skips on the uphill bits of my run and my lower back aches", True),
    ("checked my race photos and my heart sank, is running supposed to make your butt smaller?", False),
    ("I always put the weight back on, but this time I'm down 5kg with no change in my diet and my back aches", True),
    ("down 4kg on my new diet, so happy. Hasn't changed a thing about my sore back though", False),
    ("Been icing my glutes after long runs and my bum goes numb. Does running make your bum smaller?", False),
    ("Had a weird moment on my run where I couldn't feel my bum for a few seconds. Hasn't happened again since. "
     "Back's fine.", False),
    ("jogged to the shop and back, had a temperature last night, ok to run with a cold?", False),
    ("my legs and back are aching and I've got a temperature of 39", True),
])
def test_the_kinds_of_the_seventeenth_review(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # An eighth new user's kinds, in new words. An older person's age told a sentence before the fall ("She ..."),
    # and a walk changed as needing a frame or no longer sure on their feet.
    ("Grandad is 90. He slipped on the patio on Sunday and since then he's been shuffling and holding the furniture.",
     True),
    ("my nan is 79 and lives alone. she had a fall in the kitchen and now needs her stick everywhere, she never did "
     "before", True),
    ("I'm 70. My son slipped on the ice last winter and is fine, does running shrink your bum?", False),
    # A reading told hot first, of a child.
    ("my daughter is 7, she's burning hot, 39.4, and says her back hurts", True),
    # Belt notches as a weight loss nobody tried for.
    ("lower back aching on my runs and I've gone down three notches on my belt without trying", True),
    # A loss since a diet was started is wanted.
    ("my husband is 72 and has lost weight since he went on a diet, on purpose. His back aches after walks, normal?",
     False),
    # Things dropped, quarrels and hair falling out are no falls; a fall out of a tree is one.
    ("dropped my keys on my run and they fell down a drain, why does my back ache after runs?", False),
    ("my hair has been falling out since the marathon and my back aches after runs, normal?", False),
    ("my 9 year old fell out of the climbing frame and now his back hurts and his legs feel odd", True),
    # A child wetting from laughing; a runner weak at climbs; a fear of cancer asked with no history; chest tightness
    # from pre-race excitement.
    ("my daughter wet herself in the playground from giggling, bless her. Is running bad for kids' backs?", False),
    ("I'm really weak on climbs and my legs burn, how do I stop my back aching on hills?", False),
    ("could this ache in my lower back after runs be cancer? I'm 28 and healthy, never had it", False),
    ("chest feels tight with excitement the night before my first marathon! how do I stop my back hurting in it?",
     False),
    # A hand clutched to the chest, seen; a baby moving less in everyday words.
    ("a man at parkrun grabbed his chest and sat down on the grass, should we call someone?", True),
    ("I'm 32 weeks and the baby is kicking much less than normal today after my jog", True),
])
def test_the_new_user_8_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # forum41's and letters5's kinds, in new words. A loss put down to the baby weight coming off, or hoped for from
    # running ("help me lose"), is no unexplained loss.
    ("Three months postpartum and half a stone down, probably just baby weight coming off. Will running help me lose "
     "the rest?", False),
    # A past cancer told by who treats it or the drug after it, with a new back pain that stays.
    ("Still on tamoxifen after my treatment and now there's a new ache in my lower back every day, even resting", True),
    ("my oncologist says I can run again but my lower back aches constantly, even on rest days", True),
    # ...but a pain that behaves like a strain's (gone by the next day, nothing at night) is not.
    ("Finished chemo last year and my oncology nurse says running is good. My lower back is stiff the evening after a "
     "run but it's fine by the next morning and nothing at night. Is that normal?", False),
    # A relative's old disc that took a leg, and a relative's outcome after an operation, told as the writer's fear.
    ("My dad had a prolapsed disc ten years ago and had surgery when his leg went weak. Could running give me a "
     "slipped disc?", False),
    ("my gran was left incontinent after her spine surgery years back, now I worry about every twinge. ok to run on "
     "a strained back?", False),
    # Skin scuffed in a fall is no foot that scuffs; nearly falling down the stairs is no fall.
    ("went over on a root, scuffed palms and a bloody knee, back totally fine. will running give me abs?", False),
    ("my leg went dead at my desk and I almost fell down the stairs lol, how do I stop my back getting tight after "
     "runs?", False),
])
def test_the_kinds_of_forum41_and_letters5(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A few pounds lost is no weight loss to see a doctor about (the hundred-and-seventeenth review's kind, in new
    # words); a few pounds a week for weeks still is.
    ("down four pounds since new year, not really trying. my back aches after long runs, normal?", False),
    ("I've lost 5 pounds a week for six weeks without trying and my back aches all the time", True),
])
def test_a_few_pounds_lost(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-eighteenth review's kinds, in new words: a baby told as "bub" or its movements slowed; a hand
    # grabbed at or put to the chest; an older person's fall told with no subject; a habit slipped into is no fall; a
    # child who laughed so much he wet himself.
    ("36 weeks and bub hasn't moved much since this morning", True),
    ("33 weeks pregnant and the baby's kicks have really slowed since my jog", True),
    ("my running partner grabbed at her chest on the hill and had to stop", True),
    ("halfway round he held his hand over his chest and sat on the kerb", True),
    ("Grandpa is 91. Took a fall on the stairs on Friday and has needed his frame ever since", True),
    ("My dad is 80. He slipped into a routine of walking daily, does running make your butt smaller?", False),
    ("my son laughed so hard he wet himself at the party, is running ok for kids' backs?", False),
])
def test_the_kinds_of_the_hundred_and_eighteenth_review(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The kinds of forum42, forum43 and lay-redflags47, in new words. Signs told the way these posts told them:
    ("4am, back in bits and I've wet myself in my sleep without noticing. what is happening", True),
    ("came off the dirt bike on the lane yesterday and my back has been sore ever since", True),
    ("my husband gets a squeezing over his heart on the hills that goes when he walks, is that normal?", True),
    ("39.4 this morning, shivering under the duvet, and my lower back is aching", True),
    ("back is worse lying down, cannot get comfortable in any position, it's 2am", True),
    ("after the marathon I went to the toilet and it was the colour of cola", True),
    ("about two years past bowel cancer treatment and my lower back has ached for weeks", True),
    # ...and their look-alikes. A simile of a crash or a blow; a pain that "hit me"; worn out:
    ("My first 10 miler done and I feel like I've been in a car accident, lower back so sore. Is that normal?", False),
    ("My energy crashed at 20 miles and the next day I felt like I'd been hit by a train. Is back pain after a "
     "marathon normal?", False),
    ("the ache in my lower back first hit me on Sunday's long run, how do I stop it coming back?", False),
    ("tried to run again on Tuesday but was wiped out. how long before I run on a strained back?", False),
    # a breath, a faint or a leg denied or told in another sense:
    ("it's never because I'm breathless, it's my lower back that makes me stop. why?", False),
    ("my back is so sore that twisting almost makes me pass out, is it a pulled muscle?", False),
    ("cycling coach told me to drop my heels on the pedal stroke. do squats make your bum bigger?", False),
    # a numbness from a seat that went, a guess cut off by "but", a minor fall, a fear of legs giving way:
    ("the numbness in my bum from the long flight home wore off after an hour. does running shrink your butt?", False),
    ("Probably nothing but my grandad had a heart attack jogging, I'm fine, is running safe at 65?", False),
    ("Had a small fall on the ice, just grazed my palms, nothing else hurt. Do runners get abs?", False),
    ("My worry is that I will be halfway round and my legs will just buckle because of my disc. Did running cause "
     "it?", False),
    # a morning's pain that eases once up, and a number that is a number:
    ("I wake up with a sore lower back most days but it's gone by the time I get to work. is that from running?",
     False),
    ("training for marathon number three and my lower back couldn't straighten up straight after squats, strain?",
     False),
])
def test_the_kinds_of_forum42_forum43_and_lay_redflags47(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The ninth new user's kinds, in new words. Slips of voice typing and thumbs in the sign word itself:
    ("sudden weeknes in both legs since my back went", True),
    ("cheat tightness on the hill, eased when I walked", True),
    ("numbness round my groan and my lower back is killing me", True),
    ("my back is agony and I can't pea since last night", True),
    ("back agony and I've lost control of my bow els", True),
    ("fell of my horse this morning and my back really hurts", True),
    ("dropped a stone, dont no why, and my back aches every night", True),
    # ...everyday wordings and emoji:
    ("waterworks trouble since I hurt my back lifting", True),
    ("my pee won't start and my lower back is in agony", True),
    ("my grandma's back is sore and she has gone all weak in the legs", True),
    ("shivering and hot and cold all night, lower back aching", True),
    ("there is blood when I wee and my back hurts", True),
    ("back pain + 🩸 in my wee", True),
    ("🤕 back and 🤒 since yesterday", True),
    ("my coach had bowel cancer, now lower back pain every day", True),
    # ...and look-alikes that must stay calm: a sign asked about as a possibility, an infection over, old bladder
    # trouble with a known cause.
    ("would pins and needles in my saddle area be a bad sign?", False),
    ("had a chest infection last month, now back to training, my back is a bit stiff after runs", False),
    ("bladder problems since having my kids, will running help my back?", False),
])
def test_the_new_user_9_kinds(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message", [
    # Kin in dialect and chat is someone else: the advice is for them (a ninth new user).
    "the missus fell down the stairs and hurt her back",
    "hubby has a fever and lower back pain",
    "me mam fell in the garden and her back hurts",
    "my lolo has fever and back pain since yesterday",
    "boyfriend has had a temperature and back pain for two days",
])
def test_kin_in_dialect_is_someone_else(matcher, message):
    decision = matcher.decide(message)
    assert decision.kind == "urgent" and decision.whose == "other", decision


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-nineteenth review's kinds, in new words: a bed wet after a night's drinking; a distance, a race
    # time or the weather's heat beside a sweat; "tonite"; the pee told past a mark; a past cancer's treatment, not a
    # past caring; a movement's pain that nearly fells, told with a longer gap.
    ("woke up after the wedding and 10 pints having wet the bed, can I still do parkrun?", False),
    ("jogged 39.2 today, sweating loads, and my lower back aches", False),
    ("ran the 10k in 39:40 tonight, sweat pouring off me, back a bit tight", False),
    ("40 degrees in Athens today and sweating like mad, back sore after my run", False),
    ("39.1 tonite and sweating buckets, lower back aching", True),
    ("after the marathon I went to the toilet. It was dark brown, like cola", True),
    ("I'm past worrying about cancer, why does my back ache after runs?", False),
    ("a year past bowel cancer treatment and my lower back has ached every day for a month", True),
    ("twisting round to reach the seatbelt almost makes me pass out, my back is that sore", False),
])
def test_the_kinds_of_the_hundred_and_nineteenth_review(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-twentieth review's kinds, in new words: a sore back told before weak legs; bowel trouble "with
    # my bowels"; an older relative in Filipino English; a reading at night's hours with a drenching sweat.
    ("my lower back is sore and my legs have gone weak", True),
    ("back's killing me and there's been trouble with my bladder since lunch", True),
    ("my lolo tripped on the step and now he can't walk straight", True),
    ("39.3 at 2am, soaked in sweat, lower back really sore", True),
    # ...and their look-alikes: a bed wet after a night out; time knocked off; legs weak after a half marathon;
    # shivering after a run in the rain; hot and cold showers; a habit of tripping; a toddler's potty; an illness
    # fully better.
    ("wet the bed after a big night out drinking, so embarrassing, can I still run today?", False),
    ("knocked two minutes off my 10k time today, back a little stiff", False),
    ("after Sunday's half my legs felt weak for a bit and my back is sore, normal?", False),
    ("shivering after a long run in the wind, back aches a bit, is that normal?", False),
    ("do hot and cold showers help a sore back after running?", False),
    ("I trip over my own feet when I'm knackered, any tips to stop back pain on runs?", False),
    ("my 2 year old won't wee on the potty, any tips? also my back aches after runs", False),
    ("had a fever two weeks ago, completely recovered, back aches after runs, normal?", False),
])
def test_the_kinds_of_the_hundred_and_twentieth_review(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


def test_an_older_relative_told_with_an_age_and_no_my_is_someone_else(matcher):
    decision = matcher.decide("dad 84 tripped over the dog, back sore since")
    assert decision.kind == "urgent" and decision.whose == "other", decision


@pytest.mark.parametrize("message", [
    # A ninth new user's leftovers, in new words: the subject left out before a foot that catches, and "blather"
    # heard for bladder.
    "keep tripping over my left foot since my back went, it drags",
    "my blather has not been right since I hurt my back on the ladder",
])
def test_a_foot_that_catches_with_no_subject_and_a_misheard_bladder(matcher, message):
    assert matcher.decide(message).kind == "urgent", matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The kinds of forum44 and lay-redflags48 (the two sets read this round), in new words. Signs told as these posts
    # told them: a foot drop beside a treatment that changed nothing; cola-coloured pee past a word of one's own.
    ("since Saturday my right foot slaps down when I walk and I can't stand on that heel. A week of rest hasn't "
     "changed anything. back is a bit sore. how long till it comes back?", True),
    ("after the trail marathon I went to the toilet and it was dark, literally the colour of cola", True),
    # ...and their look-alikes. A denial by "nothing", a part told fine along with everything else:
    ("checked the scary list: no weak legs, nothing numb down below, toilet normal. Can I run on a sore back?", False),
    ("Tripped on a root and cut both knees, but my back and everything else is totally fine. Do runners get abs?",
     False),
    # ...an illness or a tightness told over in the sentence after it:
    ("Had a nasty chest cold and my chest felt tight on my one run. That has all cleared up now. Should I drop back "
     "a week in my plan?", False),
    ("Had flu last week with a temperature of 38.5 for three days. I feel completely normal again now. Why does my "
     "back ache after my first run back?", False),
    # ...a fear pictured; a muscle group weak by a coach's test; a morning pain gone by the time one is at work;
    # pressure on the back told as something sitting on it:
    ("I keep imagining my legs just collapsing under me on a long run, nothing like that has happened. Is a sore "
     "back after runs a disc?", False),
    ("My physio says the muscles at the front of my shins are too weak. Could that be why my back aches after runs?",
     False),
    ("I wake with a stiff lower back most mornings, and by the time I get to my desk the ache has eased. Is it my "
     "running?", False),
    ("deadlifted yesterday and today it feels like a weight is sitting on my back. ok to jog?", False),
])
def test_the_kinds_of_forum44_and_lay_redflags48(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-twenty-first review's kinds, in new words: a sore back and weak legs told as two; bowels "not
    # right" since the back went, with or without a denial before the "since"; a bladder "funny" since; a foot
    # caught all week since the back went.
    ("lower back sore and legs weak today", True),
    ("my bowels haven't been normal since my back went last week", True),
    ("waterworks not right since I hurt my back", True),
    ("my bladder's been odd since my back started hurting", True),
    ("been catching my right foot on the kerb since my back went", True),
    # ...and their look-alikes: clumsy all one's life; a realisation or the news that "hit me"; an infection of the
    # stomach; a bladder's trouble since a prostate operation; a numbness thought and found not to be there.
    ("always tripping over my own feet, been clumsy since I was little. why does my back hurt after runs?", False),
    ("it suddenly hit me that my back only hurts after long runs, is that normal?", False),
    ("the diagnosis hit me hard and my back aches after runs", False),
    ("had a stomach infection last week, back sore after my run today", False),
    ("bladder trouble since my prostate operation years ago, back aches after running", False),
    ("I thought I had numbness in my bum but it was fine when I checked properly, just a sore back after my run",
     False),
])
def test_the_kinds_of_the_hundred_and_twenty_first_review(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The tenth new user's kinds, in new words: a past cancer told in an aside, the relative's back pain new.
    ("My dad (had prostate cancer 5 years ago) has new lower back pain since he started jogging. Normal?", True),
    # ...and look-alikes: an arm lain on; a session's evening; a list of signs answered no after it.
    ("my right arm goes numb when I lie on it in bed, and I run 5 days a week. should I worry?", False),
    ("I do hill reps with the club on thursday nights and every friday my lower back is killing me, why?", False),
    ("My physio checked for a numb groin, peeing trouble and leg weakness and it was no to all of them. Can I run on "
     "a sore back?", False),
])
def test_the_kinds_of_the_tenth_new_user(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The kinds of forum45 (held out as forum-unseen48, read this round), in new words. A sign: a past cancer told
    # as months "out from" its treatment, with back pain now.
    ("two years out from bowel cancer treatment and my lower back has ached for a month, just the running?", True),
    # ...and look-alikes: a standard that "slipped"; a painkiller that "kicked in"; an illness "behind me" in the next
    # sentence; a "what if" that reaches past a new subject; feet asleep at a desk that are shaken awake.
    ("My fitness has slipped since the summer and my lower back aches after runs now, normal?", False),
    ("ran my 5k once the ibuprofen kicked in and my back felt easier, can I keep running on a strain?", False),
    ("Had a fever of 39 with the flu two weeks ago. That's all behind me now. Why does my back ache after my first "
     "run back?", False),
    ("What if I'm halfway through a marathon one day and my legs just buckle? My back aches after long runs.", False),
    ("By 3pm both my feet are asleep under my desk and I have to stamp them awake. How do I stop my back aching "
     "after runs?", False),
])
def test_the_kinds_of_forum45(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-twenty-second review's kinds, in new words: weak legs told before a sore back; bowels not
    # right since the back went (not since a meal).
    ("legs are weak and my lower back is sore since yesterday", True),
    ("my bowels have not been right since my back went", True),
    # ...and look-alikes: a weight told as sitting on the lower back; bowels since a takeaway; a strength test's weak
    # legs; lifelong foot drop whatever a rest changed; a sign thought and found not there; an illness "over it" in
    # the next sentence; a list of short questions answered "no to all of them"; a fall pictured.
    ("after my long run it feels like a brick is sitting on my lower back, normal?", False),
    ("bowels haven't been right since that takeaway, and my back aches after runs", False),
    ("had a strength test at the gym and my legs are weak apparently. why does my back ache after running?", False),
    ("I've had foot drop since polio as a child and rest hasn't changed anything, back sore after runs", False),
    ("I thought my leg had gone weak but it was just cramp, back a bit sore after the run", False),
    ("Had a temperature with the flu last week. Been over it since Monday. Can I run with a sore back?", False),
    ("Doctor asked: numbness down below? bladder problems? weak legs? It was no to all of them. can I run on a sore "
     "back?", False),
    ("I picture myself collapsing on the start line with weak legs, is back pain after runs normal?", False),
])
def test_the_kinds_of_the_hundred_and_twenty_second_review(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message", [
    # Someone else's sign told past an adjective or a time word (a tenth new user's kind, in new words): "my teenage
    # son", "she's had ... and now has".
    "My teenage son came off his bike on the way to school and landed on his back, he says it hurts to twist",
    "My partner is training for a 10k. She has had lower back pain for days and now has a fever and shivers.",
])
def test_someone_elses_sign_past_an_adjective_or_a_time_word(matcher, message):
    decision = matcher.decide(message)
    assert decision.kind == "urgent" and decision.whose == "other", decision


def test_a_trip_that_is_the_foot_drops_is_no_fall(matcher):
    # The trip the foot drop caused is the leg's sign (urgent), not a fall with its first-aid lines (a tenth new user).
    decision = matcher.decide("since my back flared my left foot drags, and I tripped on the steps twice because my "
                              "toes won't lift. how do I get back to running?")
    assert decision.kind == "urgent" and "leg-weakness" in decision.flags and "trauma" not in decision.flags, decision


def test_a_sign_thought_and_turned_out_otherwise_is_denied(matcher):
    # "Thought I was ..., turns out ..." (the hundred-and-twenty-second review's kind, in new words).
    decision = matcher.decide("thought I was losing weight without trying, turns out I'd set the scale to kilos. my "
                              "back aches after runs, why?")
    assert decision.kind != "urgent", decision


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-twenty-third review's kinds, in new words. Signs: numbness told by a simile of sitting on ice; a
    # sign thought gone and back again; a new foot drop beside a lifelong weak leg; a cancer "post" its chemo; a
    # resolution with a reading still told; a fall after a hedge on the asking.
    ("it's like I'm sitting on a bag of frozen peas, my bum and inner thighs are numb, lower back aching", True),
    ("thought the numbness in my groin was fine yesterday but now it's numb again and my back is sore", True),
    ("one leg has been weak since childhood but now the other foot drags as well, and my back hurts", True),
    ("post radiotherapy for breast cancer and my lower back has ached for a month", True),
    ("Had a fever with the back pain. That's all over now, except I still have a temperature of 38.9", True),
    ("what if I'm being silly, but I fell off the stepladder and my back is agony", True),
    # ...and look-alikes: a person told sitting on the back; weakness since birth; a gait analysis's weak legs; a run
    # of questions answered "no to all"; a prevention question after chemo.
    ("feels like somebody is sitting on my lower back after my long run, normal?", False),
    ("I was born with one weak leg, back a bit sore after runs, why?", False),
    ("the gait analysis said my legs are weak, why does my back ache after running?", False),
    ("numbness? bladder problems? weak legs? no to all. can I run on a sore back?", False),
    ("Post chemo and getting back into running. How do I avoid straining my back?", False),
])
def test_the_kinds_of_the_hundred_and_twenty_third_review(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


def test_legs_gone_weak_with_a_back_that_hurts_is_no_tiredness(matcher):
    # An eleventh new user's kind, in new words: legs "gone weak" told with the back hurting, a run named after both.
    decision = matcher.decide("my legs are getting weak and my lower back aches after running lately")
    assert decision.kind == "urgent", decision


@pytest.mark.parametrize("message, urgent", [
    # The kinds of forum46 (held out as forum-unseen50, read this round), in new words. Look-alikes: lying told as
    # fine after what could not be done; a near-faint that tells the height of a back's episode; a thing "got back"
    # at a clause's end (no back of the body); "but that's all long gone" at a long sentence's end; what frightens
    # told by what it pictures.
    ("couldn't sit, couldn't stand, lying down was alright but getting up was murder, and ibuprofen didn't touch it. "
     "lower back after a run", False),
    ("My back went into spasm last spring and it was so painful I almost passed out. Can I run with a strained back?",
     False),
    ("Finished chemo for bowel cancer in May. How long before I get my running fitness back?", False),
    ("Had flu with a high temperature in January, the whole house had it and I ran through the worst of it, but "
     "that's all long gone. Why does my lower back ache after runs?", False),
    ("My back aches after long runs. What frightens me most is having my legs give way halfway round a race.", False),
    # ...and signs: the same words where the sign is there.
    ("did a hot marathon, went for a wee after and it looked like flat coke", True),
    ("My back was so sore on the run that I nearly passed out at the finish", True),
    ("Finished chemo for bowel cancer in May and now my back aches after runs, will I get my fitness back?", True),
    ("What scares me is that I lost control of my bladder on my run today and my back hurts", True),
    ("lower back pain after runs, lying down is no better, it wakes me every night", True),
])
def test_the_kinds_of_forum46(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-twenty-fourth review's kind, in new words: one buttock's tingling run down its leg is
    # sciatica's path, not the saddle's; both cheeks, the groin or the seat felt when wiping still are.
    ("pins and needles in my left buttock running down the back of my thigh after intervals, low back stiff", False),
    ("sciatic nerve playing up, right butt cheek tingles on long runs, lower back achy too", False),
    ("both bum cheeks tingling since this morning's run and my lower back aches", True),
    ("left buttock numb and I can't feel the paper when I wipe, back sore after my run", True),
])
def test_the_kinds_of_review124(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The kinds of chat12 (held out as chat-unseen26, read this round), in new words: both legs gone numb from
    # sitting on the toilet; a chest told "totally clear now" after an illness; the same signs still there or back.
    ("both legs went numb sitting on the loo too long lol, why does my back ache after runs", False),
    ("chest felt tight with that chest infection last month, totally clear now. is back pain after running normal",
     False),
    ("both legs went numb on the loo and they are still numb an hour later, back aches after my run", True),
    ("chest felt tight on my run this morning, clear now but it came back on the stairs", True),
])
def test_the_kinds_of_chat12(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-twenty-fifth review's kinds, in new words. Signs: a fall from a height that leaves someone
    # unable to walk properly (any age, no back pain told); legs that give out with a collapse, even mid-run; pee told
    # as "it" past words between; an illness told clear, then back by how often.
    ("my dad fell off a ladder at work and now he can't walk properly", True),
    ("legs gave out at mile 5 of parkrun and I hit the ground", True),
    ("went for a wee after the race and it was the colour of cola", True),
    ("had a fever with my back pain, totally clear now but it came back at night twice", True),
    # Look-alikes: a modal before the legs' giving way; a near-faint that tells a back's pain past a longer aside;
    # lying down told as easing pain that painkillers do not touch.
    ("my legs could give out halfway round, my back aches after runs", False),
    ("my back pain was so bad when I bent down to lift the bag I nearly blacked out", False),
    ("lower back: painkillers don't touch it but it's better once I lie down", False),
    ("had a fever with my back pain, totally clear now. why does my back ache after runs", False),
])
def test_the_kinds_of_review125(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message", [
    # One buttock's tingling run down one leg is no emergency (the hundred-and-twenty-fifth review): at most the
    # one-leg sign's doctor today.
    "right glute goes numb on long runs and it shoots down to my calf, low back sore too",
    "left buttock tingles and the tingling runs down my leg to my foot, sciatic nerve again? lower back aches",
])
def test_one_buttock_down_one_leg_is_no_emergency(matcher, message):
    decision = matcher.decide(message)
    assert decision.kind != "urgent" or decision.why == "today", decision


@pytest.mark.parametrize("message, urgent", [
    # A thirteenth new user's kinds, in new words: blood told in the past or as what the pee holds; confusion or
    # sweating that stops on a run with no heat told (the heatstroke row with the run told instead).
    ("lower back aches and my urine stings and has blood in it", True),
    ("blood when I weed after my long run", True),
    ("at mile 20 I got really confused and stopped sweating", True),
    ("my mate was rambling and disorientated at the end of the race", True),
    # ...and not: confusion about a choice, or a husband "not himself" only in a figure of speech after a run
    ("I'm confused about which race to enter next spring", False),
    ("confused why my back aches after a long run", False),
    ("my husband won't post himself, his back aches after a long run", False),
])
def test_the_kinds_of_the_thirteenth_new_user(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-twenty-sixth review's kinds, in new words: a collapse past the marathon's wall; a fall from a
    # bike or a horse that leaves someone barely walking or unable to stand up straight; blood "when I went for a
    # pee"; and not: walking made hard by heels.
    ("my legs buckled at mile 22 and I went down hard", True),
    ("my uncle came off his bike on the trail and can barely walk", True),
    ("got bucked off the horse yesterday and can't stand up straight", True),
    ("there was blood when I went for a pee after parkrun", True),
    ("I can't walk properly in these heels, is that my back?", False),
])
def test_the_kinds_of_review126(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # forum48, forum49 and chat13's triage kinds, in new words. Signs: a fall told with its -ing form; the pee told
    # once and its cola colour later as "it"; a fear, then what did happen in a clause after a comma.
    ("slipped on the wet decking, landing hard across my tailbone, back worse every day", True),
    ("had to wee at the aid station, later on it looked dark brown, like cola. legs are shot", True),
    ("dad worries he might fall one day, he fell off the step yesterday and his back hurts", True),
    # ...and a sign told new ("never before") stays one, and one told by "nothing like that has happened to me"
    # (ambiguous: a denial, or new to the writer; the hundred-and-twenty-eighth review)
    ("my legs went numb and buckled on the hill today. Nothing like that has happened to me before", True),
    ("numb between my legs since this morning's run. nothing like that has happened to me, what do I do?", True),
    # Look-alikes: a game or a console that crashed; a triathlon's bike leg done; woken by someone; a flu that cleared
    # "about a week ago"; a weight loss told as running's side effect; a Singlish "can lose weight or not"; a story
    # read about a stranger whose legs gave way.
    ("my console crashed mid game so I went running instead, lower back sore now", False),
    ("olympic tri: came off the bike and into T2, and my lower back locked up on the run", False),
    ("my flatmate came home late and woke me up, then I ran and my back hurt after", False),
    ("had a fever and chills last month. It cleared up about a week ago and I've felt normal since. is back ache after"
     " running normal?", False),
    ("nice side effect of all the parkruns: my trousers are loose now. will running shrink my bum?", False),
    ("jog 3 times a week can lose weight or not?", False),
    ("saw a video about a woman whose legs went weak and gave way in a marathon, why does my back ache after runs?",
     False),
])
def test_the_triage_kinds_of_forum48_forum49_and_chat13(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-twenty-seventh review's kinds, in new words. A near-faint on exercise told in the effort's own
    # words stays an emergency; "would" of what kept happening on a day told is no possibility.
    ("my back got so bad on the track that I almost passed out", True),
    ("back was agony while I was jogging and I nearly blacked out", True),
    ("both legs would buckle every few strides on my run this morning", True),
    # heatstroke on a run: a person's confusion, past the finish or at a distance told as "25k"
    ("just after crossing the line my brother was slurring and didn't know where he was", True),
    ("at 25k my wife stopped making sense and couldn't tell us her name", True),
    # a fall that leaves someone unable to walk, in plainer words
    ("grandad tripped on the steps and he can't walk", True),
    ("she took a tumble off the ladder and can barely stand", True),
    # blood or cola-dark pee told as "it", with a word of one's own between
    ("he went for a wee after the half and honestly it looked like cola", True),
    ("saw blood while I was weeing after parkrun", True),
    # ...and not: confusion about the way, a watch or the marshals; walking down the stairs or off a ladder; a
    # modal question; "go down to" a slower plan
    ("got confused at the fork and took the wrong way, back aches after", False),
    ("my watch got confused in the tunnel during the race, is back ache after runs normal?", False),
    ("came down the stairs this morning and could barely walk after yesterday's marathon lol", False),
    ("came down off the roof after fixing the gutter and couldn't stand up straight for a bit, back stiff", False),
    ("will my legs give out if I keep running with a disc problem?", False),
    ("my legs died at mile 19 so I had to go down to walking breaks, was that the wall?", False),
])
def test_the_kinds_of_review127(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-twenty-seventh review's older kinds, in new words: one side of the bum down one leg is
    # sciatica's, never the saddle's emergency; lying down told as the one relief is no night pain that nothing eases.
    ("my right bum goes tingly and it runs down into my calf on long runs", False),
    ("pins and needles on one side of my bottom and down the back of my leg, is that a disc?", False),
    ("no position is comfortable except lying flat, back sore since the half", False),
    ("nothing helps my back other than lying down, and then it's ok", False),
    # ...and still: both sides, the groin, lying that does not help
    ("numb on both sides of my bum and down both legs after my run", True),
    ("my back pain wakes me every night, even lying down is agony and no position helps", True),
])
def test_one_side_of_the_bum_and_lying_as_the_relief(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # lay-redflags49's kinds (read as redflags-unseen46), in new words. Signs: a leak unnoticed until after; a leg
    # that folds or takes no weight; a fall across the middle of the back; a loss "even I eat"; a cancer told by its
    # operation and its checks; an older person who can barely get up after a fall.
    ("since my back went on Sunday I keep not noticing until my knickers are soaked", True),
    ("can't put any weight through my right leg since the sciatica started, it just crumples", True),
    ("the pony refused the jump and I landed on the small of my back, pain is getting worse", True),
    ("my weight keeps going down even I eat plenty, 5 kilos in two months, back aches at night", True),
    ("had my prostate out years ago, a survivor they call me, but this new back pain won't shift", True),
    ("grandma is 82, she fell in the hall and can barely stand, her back hurts", True),
    # Look-alikes: a GP's "your legs would be weak"; "fully better now" after a flu; wheezing on the parkrun after a
    # chest infection; hobbling down the stairs "like a pensioner"; the bottom of a foot; back pain from before the
    # fall.
    ("the physio said with a disc my feet would be numb, and I've got none of that. is it a strain?", False),
    ("had a fever with a cold last week. Completely better now. why does my back ache after runs?", False),
    ("had a chest infection at Christmas, all gone now, but at Saturday's parkrun I was wheezing loads", False),
    ("walking like an old granny today, can barely get down the stairs after the marathon", False),
    ("tingling in the bottom of my left foot after long runs, new shoes?", False),
    ("fell on my run and grazed my hands; the back ache is from gardening days before the fall, should I rest?",
     False),
])
def test_the_kinds_of_lay_redflags49(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # A fourteenth new user's cold entry: the nose's breath is a cold's, not breathlessness; the chest's still is.
    ("blocked nose, can't breathe through it, should I still do my 5k?", False),
    ("my sinuses are so stuffed up I can't breathe, run or rest?", False),
    ("can't breathe through my nose and my chest is tight on the run", True),
])
def test_a_blocked_nose_is_no_breathlessness(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-twenty-eighth review of this session's rules, in new words. Signs no rule may explain away: a
    # symptom that comes back ("will ... if", "since"); a loss told unexplained beside "can lose weight"; a sign told
    # "new to me".
    ("since the weekend my right leg will buckle if I stand too long, back aching", True),
    ("how can lose weight like this without trying? 6 kilos in 5 weeks and my back aches at night", True),
    ("my legs went numb on the run this morning, nothing like that has ever happened to me", True),
    # ...and what is no sign: rain falling on the back; a stone or a prolapse operation with an all clear.
    ("rain falling on my back the whole parkrun, now it aches", False),
    ("had a bladder prolapse operation, all clear now, back aches after runs", False),
])
def test_the_kinds_of_review128(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # forum50's look-alikes (read as forum-unseen54), in new words: a puffer that "kicked in"; something carried down
    # the stairs; a sleep told as "completely crashed"; an ankle's wobble.
    ("Hard intervals, chest fine once the puffer kicked in, but my lower back aches since, why?", False),
    ("hurt my back carrying a sofa down the stairs, can I still run on Saturday?", False),
    ("came home from the long run and completely crashed, face down for three hours. now my back twinges when I bend,"
     " is it a pulled muscle?", False),
    ("my right ankle goes wobbly after a few days of running, what strengthening helps?", False),
    # ...and still signs: a kick in the back, a fall on the stairs carrying something, a leg that goes weak
    ("got kicked in the back by a horse after the painkillers kicked in, agony", True),
    ("slipped carrying the laundry down the stairs and landed on my back, can't move", True),
])
def test_the_kinds_of_forum50(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


def test_autumn_explains_only_its_own_fall(matcher):
    # The hundred-and-twenty-eighth review: "before the fall" as the season explained away "since I fell down the
    # stairs" in the same sentence.
    assert matcher.decide("my back ached a bit before the fall, but since I fell off the ladder it's agony and I "
                          "can't walk").kind == "urgent"
    assert matcher.decide("my back has ached on runs since last fall, is that normal?").kind != "urgent"


@pytest.mark.parametrize("message, urgent", [
    # forum51's look-alikes (read as forum-unseen53), in new words: a shopping trip; something dragged.
    ("quick supermarket trip on the way home. my lower back aches after long runs, why?", False),
    ("hauled the ewe over a six foot wall rather than drag her round to the gate, lower back sore, ok to run?",
     False),
    # ...and still: a foot that drags, a trip over a kerb onto the back
    ("since my back went my right foot drags and catches the pavement", True),
    ("tripped on the kerb and landed on my back, can't move my legs", True),
])
def test_the_kinds_of_forum51(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)


@pytest.mark.parametrize("message, urgent", [
    # The hundred-and-twenty-ninth review of this session's newest look-alikes: none may take a fall, a crash, a
    # leg's weakness, a dragged leg or a loss without trying that it was not written for.
    ("had a nasty tumble down the stairs this morning, lower back in agony", True),
    ("we were moving flats and I fell down the stairs, back really hurts", True),
    ("riding my motorbike home and crashed, lower back agony", True),
    ("my ankle and my whole leg feel weak since my back went", True),
    ("my left leg, I keep dragging it behind me, and my back aches", True),
    ("I seem to lose weight without trying and my back aches at night", True),
])
def test_the_kinds_of_review129(matcher, message, urgent):
    assert (matcher.decide(message).kind == "urgent") == urgent, matcher.decide(message)
