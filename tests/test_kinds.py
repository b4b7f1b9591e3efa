"""The kinds of real-user writing issue 8 names, each on new examples written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot import senses
from bot.faq import parse_faq
from bot.matching import Matcher


def offered(matcher: Matcher, message: str) -> tuple[str | None, ...]:
    """The entries a message gets: the one answered, or the "did you mean" buttons."""
    d = matcher.decide(message)
    return (d.entry_id,) + d.suggestions


def assert_answers(matcher: Matcher, message: str, entry: str) -> None:
    """The message is answered with `entry`, not offered it or sent elsewhere."""
    d = matcher.decide(message)
    assert d.kind == "answer" and d.entry_id == entry, d


def concepts(matcher: Matcher, message: str) -> set[str]:
    seen = matcher.read(message)
    return {c for clause in seen.clauses for c in matcher.lexicon.concepts(list(clause.words))}


# Word sense: the word names an FAQ topic in one sense only; its neighbours decide.
@pytest.mark.parametrize("message, concept", [
    ("the learning curve for trail running is steep, any tips?", "#curve"),
    ("my core temperature goes through the roof on summer runs", "#abs"),
    ("got back home from my run and had a shower", "#back"),
    ("does running fasted teach my body to use fat as fuel?", "#fat"),
    ("is the weight of my hydration vest a problem on long runs?", "#weight"),
    ("stuck on 52 minutes for 10k all year, how do I get faster?", "#not-losing"),
    ("the curves on the indoor track hurt my ankles", "#curve"),
    ("new shoes should keep me going for the rest of the season", "#rest"),
    ("the twinge in my back is gone, can I run tomorrow?", "#shrink"),
    ("less pain than last week, ok to do a long run?", "#shrink"),
    ("halfway through my marathon plan and I've missed loads of runs, am I behind?", "#butt"),
    ("I keep falling behind the group on hill runs, how do I keep up?", "#butt"),
    ("sharp pain behind my knee after my long run", "#butt"),
    ("the stiffness disappeared after a warm up, is that normal?", "#shrink"),
    # A disc that plays or flies (from scope6, read after it was held out).
    ("the kids scratched my favourite DVD, can a scratched disc be fixed?", "#disc"),
    ("which disc is best for throwing into the wind, a putter or a driver?", "#disc"),
    ("my legs turned to stone on the last hill of the half", "#weight"),
    # Back as a return, onto a pattern or a level (from forum17, read after it was held out).
    ("any tips for getting my sleep back onto a normal pattern before race week?", "#back"),
    ("how do I get my mileage back onto where it was after a month off?", "#back"),
    # ...and the same weight of two things is no weight that stays (a forty-sixth review)
    ("are my old and new running shoes the same weight?", "#not-losing"),
    # A thing had again, its object between (from forum27): "get my old speed back", "I want that back"
    ("six weeks of hills to get my old pace back, then a 10k", "#back"),
    ("I was fast once and I want that back, any tips?", "#back"),
    # A graph's curve, a disc swapped in a bag, a dog's pull (from scope19, read after it was held out)
    ("my spreadsheet plots weekly mileage, how do I make Excel fit a smooth curve through the points?", "#curve"),
    ("should I swap the new disc into my bag for the league round or keep my old fairway driver?", "#disc"),
    ("our spaniel pulls like a train on the lead every morning", "#strain"),
    ("doing pull ups at the park after my run", "#strain"),
    # A disc in a player named after its place (a sixth new user)
    ("the disc in my old dvd player keeps freezing halfway through films", "#disc"),
    # A pain that began is no beginner (a sixth new user): "just started" of an ache, not of running
    ("my lower back only just started hurting after last week's half, what causes that?", "#beginner"),
])
def test_a_word_in_another_sense_names_no_topic(matcher, message, concept):
    assert concept not in concepts(matcher, message)


@pytest.mark.parametrize("message, concept", [
    ("my core is weak, will running fix it?", "#abs"),
    ("my weight has been stuck for months even though I run", "#not-losing"),
    # A weight that does not change, told as the same or as untouched (from forum17)
    ("been the same weight since I started running two years ago, what gives?", "#not-losing"),
    ("running three times a week hasn't touched my weight, why", "#not-losing"),
    # ...with what it is of named (a forty-seventh review)
    ("six months of running hasn't made a dent in my belly fat", "#not-losing"),
    ("I jog every day and I'm still the same weight, why?", "#not-losing"),
    # a negative question, inverted (a tenth new user)
    ("why haven't I lost weight since I started running?", "#not-losing"),
    ("my spine has a curve, does that matter for running?", "#curve"),
    ("my butt is gone since I started running, why?", "#shrink"),
    ("will running make my behind any smaller?", "#butt"),
    ("will running shrink my behind in a few months?", "#butt"),
    ("I pulled my lower back on a hill run and it's still pulling when I bend", "#strain"),
    ("I want my stamina back and my back to stop hurting after runs", "#back"),
    ("pulled up with a back spasm at mile 8, how long before I run again?", "#strain"),
    ("does a curve in my spine on the x-ray chart mean running will hurt?", "#curve"),
])
def test_the_same_word_in_the_faqs_sense_still_names_it(matcher, message, concept):
    assert concept in concepts(matcher, message)


# Voice typing: sound-alikes, no punctuation, fillers.
@pytest.mark.parametrize("message, expected", [
    ("um so my lower bag is really sore after running like why", "back-pain-after-run"),
    ("so basically my back hearts after every run is that normal", "back-pain-normal"),
    ("can lord doses make my back ache when I run", "spine-curvature"),
    ("i have scully oasis will running hurt my back", "spine-curvature"),
    # From a third new user's trial: "lumbar" heard as "lumber" with no "spine" after it.
    ("my lumber is sore after parkrun", "back-pain-after-run"),
    # From chat6 and a fifth new user's trial (examples of our own): "put on wait", a month's short
    # name, learners' "lower part of the back".
    ("how far should i jog every day to lose wait", "weight-loss"),
    ("started jogging in sept and my bum has got smaller, does running do that", "butt-smaller"),
    ("I feel pain in the lower part of my back after I run. Why is it?", "back-pain-after-run"),
    # Real words one letter from the FAQ's (dev2, chat8; examples of our own): kept by the speller, read
    # by their neighbours.
    ("can you keep running on a stained lower back", "run-with-strained-back"),
    ("will jogging make my glues smaller", "butt-smaller"),
])
def test_voice_typing_reaches_the_entry(matcher, message, expected):
    d = matcher.decide(message)
    assert expected in ((d.entry_id,) + d.suggestions), d


# Thumb typing and emoji.
@pytest.mark.parametrize("message, expected", [
    ("will 🏃🏻 make my 🍑 smaller", "butt-smaller"),
    ("bäck hürts after rünning why", "back-pain-after-run"),
    ("lowerback\u200b hurts after my runs why", "back-pain-after-run"),
    ("does running burn belly fatt", "weight-loss"),
    ("will treadmill 5ks give me a flat butt", "butt-smaller"),
])
def test_thumb_typing_and_emoji_reach_the_entry(matcher, message, expected):
    d = matcher.decide(message)
    assert expected in ((d.entry_id,) + d.suggestions), d


# Other languages: a short reply in English, never an entry guessed from a loanword or an alarm.
@pytest.mark.parametrize("message", [
    "me duele la espalda después de correr, es normal?",
    "Ich habe Rückenschmerzen nach dem Laufen, was kann ich tun?",
    "minha coluna dói depois de correr, é normal?",
])
def test_a_message_in_another_language_gets_none(matcher, message):
    d = matcher.decide(message)
    assert (d.kind, d.why) == ("none", "not-english"), d


# Weight questions are about intent: never the unexplained-weight-loss red flag.
@pytest.mark.parametrize("message", [
    "how many km a week do I need to run to lose 5 kg?",
    "I want to lose weight for my wedding, is running the best way?",
    "put on 3 kilos since I started marathon training, how?",
    "I eat more since I took up running. is jogging any use for losing weight?",
    "dropped 6 kg in the spring which was brilliant, but I eat the same and it's stopped, why?",
])
def test_a_weight_question_is_no_red_flag(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# Unexplained content: a specific thing the entry does not explain is no confident answer.
@pytest.mark.parametrize("message", [
    "does glucosamine stop my back aching after runs?",
    "does drinking kombucha after a run stop back pain?",
    "will a flibbertine belt stop my back hurting after runs?",
])
def test_unexplained_content_is_not_answered_with_confidence(matcher, message):
    assert matcher.decide(message).kind != "answer"


# Long posts: the story first, the question at the end; the asking sentence decides.
def test_a_long_post_is_read_by_its_asking_sentence(matcher):
    post = ("I've been running for about three years, mostly 5k and 10k, and last spring I did my first half. "
            "Work has been crazy so I've only managed two runs a week lately, and my new shoes are a bit stiff. "
            "On Saturday I did 8 miles with my club and my lower back felt tight for the last two. "
            "It eased off by the evening. Is that normal?")
    d = matcher.decide(post)
    assert "back-pain-normal" in ((d.entry_id,) + d.suggestions), d


# A routine beside running, told in a clause of its own with no pain in it, is no subject when the story ties the
# back pain to the run (scope21's kind, in new words); told with the pain, it is.
@pytest.mark.parametrize("post, answered", [
    ("I swim on Mondays and do yoga on Thursdays. After my long runs my lower back aches all evening. Why is that?",
     True),
    ("Desk job, two dogs, three runs a week. Every time I run my lower back is sore after. What causes it?", True),
    ("I run three times a week. After yoga my lower back aches all evening. Why is that?", False),
])
def test_a_routine_beside_running_is_no_subject(matcher, post, answered):
    d = matcher.decide(post)
    assert (d.kind == "answer" and d.entry_id == "back-pain-after-run") is answered, d


# ...and another topic the FAQ does not cover, told the same way, cuts an entry's score less (an aside), while a
# state of the whole body (pregnancy) does not become one.
@pytest.mark.parametrize("post, entry", [
    ("Been sleeping badly and drinking more beer than I should lately. Every time I run my lower back is sore after. "
     "Why is that?", "back-pain-after-run"),
    ("My heart rate has been high on easy runs. After every long run my lower back aches too. Is that normal?",
     "back-pain-normal"),
])
def test_an_aside_in_the_story_cuts_less(matcher, post, entry):
    d = matcher.decide(post)
    assert (d.kind, d.entry_id) == ("answer", entry), d


def test_pregnancy_is_no_aside(matcher):
    d = matcher.decide("Second pregnancy, 30 weeks. My lower back aches after every run. Why?")
    assert d.kind != "answer", d


# Long posts whose question is only the choice to make: race or not, rest or run, how soon.
@pytest.mark.parametrize("post", [
    "Tweaked my lower back lifting the shopping on Wednesday and the 10k is on Sunday. Start or DNS?",
    "My back went into spasm three days ago, it's a bit better today. Parkrun tomorrow, yes or no?",
    "I strained my lower back at the weekend and it still aches. Is it dumb to do my long run on Saturday?",
    "Pulled something in my back last week, sore but I can walk fine. How soon can I get back to running?",
])
def test_a_choice_to_run_or_rest_reaches_running_with_a_strained_back(matcher, post):
    assert "run-with-strained-back" in offered(matcher, post)


# A purpose clause asks for prevention: "so my back doesn't...", "what stops back pain".
@pytest.mark.parametrize("post", [
    "Building up to my first marathon this spring. What should I add so my back doesn't start aching on long runs?",
    "which stretches stop lower back pain from running?",
])
def test_a_purpose_clause_asks_for_prevention(matcher, post):
    assert "prevent-back-pain" in offered(matcher, post)


# A phrase that names a strain names the back too: "put my back out" is a strain of the back.
@pytest.mark.parametrize("message", [
    "I put my back out on Thursday, can I still do the 10k on Sunday?",
    "did my back in moving house, is it ok to go for an easy jog?",
    "hurt my back at the gym, should I still run tomorrow?",
])
def test_a_strain_told_of_the_back_reaches_running_with_it(matcher, message):
    assert "run-with-strained-back" in offered(matcher, message)


# "Common reasons" asks for causes, not whether it is common; a butt condition is not the butt's size.
@pytest.mark.parametrize("message, expected", [
    ("I run four times a week and my lower back aches after. What are the usual causes of that?",
     "back-pain-after-run"),
    ("what are the most common reasons my lower back hurts after running?", "back-pain-after-run"),
])
def test_common_reasons_ask_for_causes(matcher, message, expected):
    d = matcher.decide(message)
    assert d.entry_id == expected, d


@pytest.mark.parametrize("message", [
    "my physio says I have dead butt syndrome from running too much, how do I wake my glutes up?",
    "gluteal amnesia after marathon training, is running making my bum weaker?",
])
def test_a_butt_condition_the_faq_does_not_cover_is_not_answered(matcher, message):
    assert matcher.decide(message).kind != "answer"


# Dialect particles, words for a scan and voice typing's "apps"/"ads" for abs: no unexplained content.
@pytest.mark.parametrize("message, expected", [
    ("grabe po, my lower back hurts after running kasi, why is that?", "back-pain-after-run"),
    ("yaar my lower back pains after every run, what is the reason?", "back-pain-after-run"),
    ("will running give me visible apps or do I need crunches too", "abs"),
    ("can running get you ads without sit ups", "abs"),
    ("I pulled ma back, whit should I dae, run or rest?", "run-with-strained-back"),
    # chat11's kinds, in new words: Pidgin's yansh, South African okes and boep, a word dictated in pieces, "over
    # weight" in two, a filler before the question word
    ("abeg, will jogging make my yansh smaller?", "butt-smaller"),
    ("my bru, why do okes who run every day still have a boep?", "runners-still-fat"),
    ("could my skoli osis be why my back aches when i run", "spine-curvature"),
    ("why are some runners still over weight when they train so much", "runners-still-fat"),
    ("um is it normal my lower back aches after i run", "back-pain-normal"),
])
def test_dialect_and_voice_words_reach_the_entry_outright(matcher, message, expected):
    d = matcher.decide(message)
    assert d.entry_id == expected, d


# Weight as the setting of a question about something the FAQ does not cover: pace, snacks, shoes.
@pytest.mark.parametrize("message", [
    "I've lost 4 kg since spring. How many seconds per km quicker should each kilo make me?",
    "I'm 20 kg over my goal weight, should I run barefoot?",
    "is running in minimalist shoes a bad idea at my weight?",
])
def test_weight_as_the_setting_of_another_question_is_not_answered(matcher, message):
    assert matcher.decide(message).kind != "answer"


# From a code review: a question about a scan is not explained by an entry that never mentions one,
# and asking when to run again does not take the question's topic away.
@pytest.mark.parametrize("message", [
    "Should I get an MRI for my lower back pain after running?",
    "Is an ultrasound better than an MRI for a herniated disc?",
])
def test_a_question_about_a_scan_is_not_answered_with_confidence(matcher, message):
    assert matcher.decide(message).kind != "answer"


@pytest.mark.parametrize("message, expected", [
    ("How soon after starting running will I lose weight?", "weight-loss"),
    ("Why does my lower back ache every time I run again after a break?", "back-pain-normal"),
])
def test_timing_words_keep_the_question_its_topic(matcher, message, expected):
    assert matcher.decide(message).entry_id == expected


@pytest.mark.parametrize("message", [
    "my MRI showed a bulging disc at L4, is running bad for it?",
    "the scan says I have a slipped disc, is running ok?",
])
def test_a_scan_someone_had_is_the_story_not_the_question(matcher, message):
    assert matcher.decide(message).entry_id == "herniated-disc"


# Weight that goes up while someone runs is weight that will not come off: runners-still-fat first.
@pytest.mark.parametrize("message", [
    "six weeks into half marathon training and I've put on 2kg, what's going on?",
    "my weight keeps going up even though I run four times a week",
    "I've gained weight since I started running, how??",
    # More ways to say the weight will not move (from the tuning sets' misses, new words).
    "running 30 miles a week and I can't lose any weight, why?",
    "I jog every day but the weight is not coming down, why is that?",
    "my weight loss has stalled even though I'm running more than ever, why?",
])
def test_weight_gained_while_running_is_runners_still_fat(matcher, message):
    assert [e for e in offered(matcher, message) if e][0] == "runners-still-fat"


@pytest.mark.parametrize("message", [
    "will running help me lose weight?",
    "I'm 10 kg heavier than I'd like, will running help me lose it?",
])
def test_wanting_to_lose_weight_stays_weight_loss(matcher, message):
    assert [e for e in offered(matcher, message) if e][0] == "weight-loss"


# Every adjective of folly asks whether it is ok ("daft", "silly", "reckless" as well as "dumb"), and
# a back that "seized" or "locked up" or "got a catch" is strained.
@pytest.mark.parametrize("message", [
    "is it silly to do parkrun with a sore lower back?",
    "would it be reckless to run my 10k with a strained back?",
    "my lower back seized up yesterday, can I still do my long run?",
    "got a catch in my lower back lifting the shopping, can I still go for my run?",
])
def test_folly_and_a_seized_back_reach_running_with_a_strained_back(matcher, message):
    assert "run-with-strained-back" in offered(matcher, message)


# A butt that hurts, or "a pain in the butt", asks nothing about its size (from a new user's trial).
@pytest.mark.parametrize("message", [
    "my bum is really sore after hill sprints, why?",
    "my dog is a pain in the butt on runs, she pulls the whole time",
])
def test_a_sore_butt_or_a_pain_in_the_butt_is_not_answered_as_butt_size(matcher, message):
    d = matcher.decide(message)
    assert not (d.kind == "answer" and d.entry_id == "butt-smaller"), d


# From a second code review: "gain" of a hilly course, putting on shoes, going up the stairs, and
# "my behind in a few months" are no weight or lag.
@pytest.mark.parametrize("message, concept", [
    ("is 500m of gain a hilly half marathon?", "#not-losing"),
    ("I put on my shoes and my lower back hurts straight away, why?", "#not-losing"),
    ("my back aches going up the stairs after a long run", "#not-losing"),
    # From a fourth code review.
    ("it hurts my back to put on shoes in the morning", "#not-losing"),
    ("bending to put on my new running shoes hurts my lower back", "#not-losing"),
    ("my back hurts after a hilly run with lots of gain", "#not-losing"),
    # From a fifth code review: a height written with its unit.
    ("800m of gain on my long run and my lower back aches after", "#not-losing"),
    # From a sixth code review: without "of", "vert" (spelled "very"), and in kilometres.
    ("I did a hilly 10k, 200 m gain, back sore", "#not-losing"),
    ("300m vert of gain and my lower back is sore", "#not-losing"),
    ("1.5km of gain on the trail race, my back is sore", "#not-losing"),
])
def test_gain_and_put_on_in_another_sense_are_not_weight_gain(matcher, message, concept):
    assert concept not in concepts(matcher, message)


# From a seventh code review: a run's distance just before weight gained is no climb.
@pytest.mark.parametrize("message", ["Training for a half, up to 15 km, gain weight every week, why?"])
def test_a_distance_before_weight_gained_is_still_weight_gain(matcher, message):
    assert "#not-losing" in concepts(matcher, message)


# From a third code review: the other senses must not take weight gain itself.
@pytest.mark.parametrize("message", [
    "Why have I put on the pounds since I started marathon training?",
    "why the gain of weight while training for a marathon?",
    "I've put on the kilos despite running every day, why?",
    # From a fifth code review: a weight, a time or "lots" of gain is weight gain; only heights are climb.
    "6 months of gain despite running 30 miles a week",
    "why am I seeing lots of gain on the scales since I started running?",
    "I've had a bit of gain since I started marathon training, is that muscle?",
    "since I started hilly trail runs I gain weight every month",
])
def test_weight_put_on_or_gained_is_still_runners_still_fat(matcher, message):
    d = matcher.decide(message)
    assert d.kind == "answer" and d.entry_id == "runners-still-fat", d


# Kinds from scope3 and forum8 (tuning sets): compression kit is no squashed spine, fat burnt as a
# race's fuel is no weight loss, a purpose clause ("so my back doesn't flare up", "in the first
# place") asks how to prevent, and "heavier than when I started" is weight gained.
@pytest.mark.parametrize("message, entry", [
    ("are compression socks worth it for long runs?", "spine-curvature"),
    ("compression tights or normal ones for a cold marathon?", "spine-curvature"),
    ("should I do fasted runs to teach my body to burn fat for an ultra?", "weight-loss"),
    # Both "back"s of "back to back" are the runs, not the body (the second was kept).
    ("how do I fuel for back to back long runs at the weekend?", "back-pain-after-run"),
    ("ran back to back 20 milers, how should I fuel the second one?", "back-pain-after-run"),
])
def test_a_word_in_its_running_sense_is_not_answered_as_the_topic(matcher, message, entry):
    d = matcher.decide(message)
    assert not (d.kind == "answer" and d.entry_id == entry), d


@pytest.mark.parametrize("message, entry", [
    ("how slowly should I build my mileage so my back doesn't flare up?", "prevent-back-pain"),
    ("what should I do to stop lower back pain happening in the first place?", "prevent-back-pain"),
    ("what should I do from now so running doesn't wreck my lower back?", "prevent-back-pain"),
    ("strained my back yesterday, parkrun tomorrow, run or no?", "run-with-strained-back"),
    # From a third new user's trial: the most common unanswered question in their club.
    ("is it ok to run with a bad back", "run-with-strained-back"),
    ("can I still do my long run with a dodgy back?", "run-with-strained-back"),
    ("ran a marathon to lose weight and finished heavier than I started, what went wrong?", "runners-still-fat"),
    # The weight-loss answer now says how walking compares, so a question that asks it is answered.
    ("is brisk walking or jogging better for losing weight?", "weight-loss"),
    ("which beginner plan should I follow to lose weight by running?", "weight-loss"),
    # The back-pain answer now names the sofa after a long run and a change of surface.
    ("why does my back ache after treadmill runs but not outside?", "back-pain-after-run"),
    ("slumped on the sofa after my long run and now my lower back is stiff, why?", "back-pain-after-run"),
    # run-with-strained-back now says a plan can bend, and that a strain from lifting is the same.
    ("strained my back lifting boxes, my marathon plan has 18 miles on Sunday, do I still run it?",
     "run-with-strained-back"),
    # Answers that now name heat or cold for a strain, the pain reaching the calf or foot with a disc,
    # and the sofa, small children and sleep around the runs.
    ("pulled a muscle in my lower back on my run, should I use heat or ice?", "muscle-strain"),
    ("can a slipped disc give me pain from my back right down into my foot when I run?", "herniated-disc"),
    # Prevention as keeping a back out of trouble or happy (from forum14, read after it was held out).
    ("what keeps a runner's lower back out of trouble as the weekly miles go up?", "prevent-back-pain"),
])
def test_prevention_and_weight_gain_told_in_other_words(matcher, message, entry):
    assert_answers(matcher, message, entry)


# From a third new user's trial: a starvation diet got "Yes, running can help you lose weight".
@pytest.mark.parametrize("message", [
    "i only eat 800 calories a day and run 10k every day, is that ok for losing weight",
    "i want to stop eating and just run until the weight comes off",
])
def test_eating_very_little_is_not_answered_as_weight_loss(matcher, message):
    d = matcher.decide(message)
    assert not (d.kind == "answer" and d.entry_id == "weight-loss"), d


def test_the_weight_loss_answer_does_not_open_with_yes(matcher):
    # "am i too fat to start running?" read the first word as the answer.
    answer = next(e for e in matcher.faq.entries if e.id == "weight-loss").answer
    assert not answer.lstrip("<b>").lower().startswith("yes")


# Kinds from scope4 (read after it was held out): an entry about running asked about something
# else with no running at all (gardening, squats, a child lifted, an ab wheel), and a thing's
# weight (shoes heavier than the old pair).
@pytest.mark.parametrize("message, entry", [
    ("my lower back aches after a morning of weeding the garden, why?", "back-pain-after-run"),
    ("will squats give me a bigger bum?", "butt-smaller"),
    ("how do I stop my back hurting from lifting my toddler into the cot?", "prevent-back-pain"),
    ("does an ab roller actually give you a six pack?", "abs"),
    ("these trail shoes are 80g heavier than my road pair, will I be slower over 10k?", "weight-loss"),
])
def test_an_entry_about_running_is_not_answered_for_something_else(matcher, message, entry):
    d = matcher.decide(message)
    assert not (d.kind == "answer" and d.entry_id == entry), d


@pytest.mark.parametrize("message, entry", [
    ("my lower back aches after my 15k, why?", "back-pain-after-run"),
    ("does running make your butt smaller?", "butt-smaller"),
    ("will jogging shrink my bum or do I need squats too?", "butt-smaller"),
    ("pulled a muscle in my lower back moving furniture, how long will the strain take to heal?", "muscle-strain"),
])
def test_running_told_or_an_entry_that_fits_any_cause_is_still_answered(matcher, message, entry):
    assert_answers(matcher, message, entry)


def test_why_an_entry_about_running_was_only_offered(matcher):
    d = matcher.decide("will squats give me a bigger bum?", explain=True)
    assert d.kind == "suggest" and "butt-smaller" in d.suggestions
    assert "about running" in d.explain["why"] and d.why == "not-running"


# Kinds from scope6 (read after it was held out): with no running talk at all, a story of its own that no
# entry knows (a cycle, an infection, a growth spurt, a medicine) is about something else; a bare question
# is not, and "laps", "cross country" and "marathoners" are running talk.
@pytest.mark.parametrize("message, entry", [
    ("why does my lower back ache after a long shift on the checkout tills?", "back-pain-after-run"),
    ("is it normal for my lower back to ache after hauling boxes into the removal van all day?", "back-pain-normal"),
    ("my lower back has been sore since I started playing the drums in a band, normal?", "back-pain-normal"),
    # Causes of a sore back in the body's own cycle or an infection: faq.yaml's other_causes.
    ("my lower back always aches the week before my period, is that normal?", "back-pain-normal"),
    ("why does my back ache so much with PMS?", "back-pain-after-run"),
    ("can a urine infection make your lower back sore?", "back-pain-after-run"),
])
def test_a_story_no_entry_knows_without_running_is_not_answered(matcher, message, entry):
    d = matcher.decide(message)
    assert not (d.kind == "answer" and d.entry_id == entry), d


@pytest.mark.parametrize("message, entry", [
    ("is lower back pain normal?", "back-pain-normal"),
    ("my 14yo started cross country and his lower back hurts after practice, normal?", "back-pain-normal"),
    ("will doing laps of the field every lunchtime give me abs?", "abs"),
    ("why are so many marathoners still carrying extra weight?", "runners-still-fat"),
])
def test_a_bare_question_or_running_in_other_words_is_still_answered(matcher, message, entry):
    assert_answers(matcher, message, entry)


# Kinds from lay-redflags19 and forum14 (read after they were held out): a story's topic the FAQ does not
# cover, told as over ("all healed now"), is background to a borrowed "what causes that?" (ConText's
# historical modifier, as triage reads a sign); an old injury asks for the causes; "no back pain" tells no
# back; a rib is a body part the FAQ does not cover.
@pytest.mark.parametrize("message, entry", [
    ("Snapped my collarbone skiing three years ago, all healed now. These days my lower back aches after "
     "every long run. What causes that?", "back-pain-after-run"),
    ("Had a stress fracture in my foot two years ago, fully healed. Now my lower back hurts after runs. Could "
     "the old injury be why?", "back-pain-after-run"),
])
def test_a_topic_told_over_is_background_to_the_question(matcher, message, entry):
    assert_answers(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "Bruised my hip falling off my bike, no back pain. Can I keep running this week?",
    "my shin is sore but no back pain, should I keep running on it?",
    "Cracked a rib coming off my mountain bike, back's fine. Can I still do my parkrun on Saturday with the rib?",
])
def test_a_back_denied_or_a_rib_is_no_question_about_a_strained_back(matcher, message):
    d = matcher.decide(message)
    assert not (d.kind == "answer" and d.entry_id == "run-with-strained-back"), d


# From a twenty-fourth code review: no back pain until a time tells one since; below the ribs is a place.
@pytest.mark.parametrize("message, entry", [
    ("no back pain until this month, now my lower back aches after every run, why?", "back-pain-after-run"),
    ("my lower back hurts just under my ribs after running, why?", "back-pain-after-run"),
    ("never had back problems before I started jogging, now it aches after every run, is that normal?",
     "back-pain-normal"),
])
def test_a_back_pain_since_a_time_or_below_the_ribs_is_answered(matcher, message, entry):
    assert_answers(matcher, message, entry)


# From a twenty-fifth code review: a cold that will not shift, and no back pain before or after, are no
# questions about weight or back pain.
@pytest.mark.parametrize("message, entry", [
    ("can't shift this chest infection, should I run?", "runners-still-fat"),
    ("no back pain before or after the run, just sore knees, why?", "back-pain-after-run"),
])
def test_a_cold_that_will_not_shift_or_no_back_pain_is_not_that_entry(matcher, message, entry):
    d = matcher.decide(message)
    assert not (d.kind == "answer" and d.entry_id == entry), d


# Kinds from chat5 and lay-redflags16 (read after they were held out): voice typing with spoken
# punctuation, climbing into a car, options after a question ("stretching? new shoes?"), and
# sciatica against a hamstring.
@pytest.mark.parametrize("message, entry", [
    ("Why does my lower back ache after I jog question mark is it my trainers period", "back-pain-after-run"),
    ("I have had a curved spine since school period Could that be why my back hurts after jogging question mark",
     "spine-curvature"),
    ("hurt my back climbing out of the bath, 10k on sunday, race or nah?", "run-with-strained-back"),
    ("how do I stop my lower back hurting after runs?? core work? new trainers?", "prevent-back-pain"),
    ("is it sciatica or my hamstring? pain goes from my bum down the back of my leg on runs", "herniated-disc"),
])
def test_voice_typing_options_and_look_alike_topics(matcher, message, entry):
    assert_answers(matcher, message, entry)


# From a thirteenth code review: another cause beside plain running talk costs nothing; gym "reps"
# are no running, "sprinting" is; a question an admin taught to an entry about running is answered.
@pytest.mark.parametrize("message, entry", [
    ("I dug the garden on Saturday and my back aches on my runs since, is it ok to keep running?",
     "run-with-strained-back"),
    ("My back is sore after my long run and weeding the garden, is that normal?", "back-pain-normal"),
    ("Will sprinting help me get abs, I also do crunches on a slant board?", "abs"),
])
def test_other_causes_beside_running_keep_the_answer(matcher, message, entry):
    assert_answers(matcher, message, entry)


def test_gym_reps_are_no_running_talk(matcher):
    d = matcher.decide("I do squats, 4 sets of 12 reps, do squats make your butt bigger?")
    assert d.kind != "answer", d


def test_a_question_taught_to_an_entry_about_running_is_answered():
    text = (Path(__file__).resolve().parent.parent / "faq.yaml").read_text(encoding="utf-8")
    assert "question: Does running make your butt smaller?\n    alternates:\n" in text
    text = text.replace("    question: Does running make your butt smaller?\n    alternates:\n",
                        "    question: Does running make your butt smaller?\n    alternates:\n"
                        "      - do squats make your butt bigger\n", 1)
    taught = Matcher(parse_faq(text))
    d = taught.decide("do squats make your butt bigger")
    assert d.kind == "answer" and d.entry_id == "butt-smaller", d


# Kinds from forum10 and lay-redflags17 (read after they were held out): keeping the back from
# getting hurt, the back that stops getting sore, belly fat told as a spare tyre.
@pytest.mark.parametrize("message, entry", [
    ("what can I do to keep my lower back from getting wrecked now my mileage is going up?", "prevent-back-pain"),
    ("he's starting to run, how does he keep his back from getting injured?", "prevent-back-pain"),
    ("what should I change so my back stops aching on my runs?", "prevent-back-pain"),
    ("40 miles a week for a year and I still carry a spare tyre, why?", "runners-still-fat"),
])
def test_prevention_and_belly_fat_in_other_words(matcher, message, entry):
    assert_answers(matcher, message, entry)


# From forum11: starting to run without setting the back off asks how to prevent it.
def test_running_without_setting_the_back_off_is_prevention(matcher):
    assert_answers(matcher, "coming back after a long break, how do I get running again without setting my back off?",
                   "prevent-back-pain")


# Kinds from forum12: a back that holds up, back pain kept away for the long term; standing cut back.
@pytest.mark.parametrize("message, entry", [
    ("what can I do now so my lower back holds up through marathon training?", "prevent-back-pain"),
])
def test_prevention_told_as_holding_up_or_keeping_away(matcher, message, entry):
    assert_answers(matcher, message, entry)


def test_cutting_something_back_is_not_the_back(matcher):
    d = matcher.decide("should I cut the standing back on the days after long runs?")
    assert not (d.kind == "answer" and d.entry_id == "back-pain-after-run"), d


# Warning signs' own words misheard by voice typing, and place names left as typed.
@pytest.mark.parametrize("message, flag", [
    ("after my run i had no control of the blatter and my back really hurts", "bladder"),
    ("pins and needles in my groan since my back went on the long run", "saddle"),
    ("her leg gave weigh on the stairs and her back is bad since her run", "leg-weakness"),
    # From a seventeenth code review: a capitalised typo is no name.
    ("After my run I can't feel my Grion", "saddle"),
    ("I can't controll my Bladdar since the race", "bladder"),
])
def test_voice_typed_sign_words_reach_triage(matcher, message, flag):
    d = matcher.decide(message)
    assert d.kind == "urgent" and flag in d.flags, d


@pytest.mark.parametrize("message, expected", [
    ("I moved here from Spain and my back hurts after running, is that normal?", "back-pain-normal"),
    ("Did the Paris marathon, why does my lower back ache after long runs?", "back-pain-after-run"),
    ("Regards to all. My lower back aches after every run, what causes it? Thanks, Dennis", "back-pain-after-run"),
])
def test_names_are_not_spelled_into_other_words(matcher, message, expected):
    d = matcher.decide(message)
    assert d.kind == "answer" and d.entry_id == expected, d


# From a sixteenth code review: "keep back pain away" asks for prevention, not for running with it.
@pytest.mark.parametrize("message", [
    "How do I keep lower back pain away when I run?",
    "What can I do to keep back pain away?",
    "Best way to keep back pain away as a runner?",
    "how do I stave off back pain on long runs",
])
def test_keeping_pain_away_asks_for_prevention(matcher, message):
    d = matcher.decide(message)
    assert d.kind == "answer" and d.entry_id == "prevent-back-pain", d


# From scope5, chat6 and forum13's kinds (examples of our own): another sport named with running's
# generic words, surgery and weight-loss medicines are not answered with a running entry.
@pytest.mark.parametrize("message", [
    "My gymnastics coach wants deeper backbends and my lower back aches after training, what should I change?",
    "Six weeks after a C section, will sit ups give me abs again?",
    "I started Wegovy in March and I've lost 9kg without exercise, should I add workouts?",
    # From the scope sets: driving, golf, a support belt, a weighted vest.
    "is lower back pain from long drives a worry or just the car seat?",
    "my lower back always hurts after 18 holes, is it my stance?",
    "lower back aches after every flight, what causes it?",
    "can I wear a lumbar belt all day to stop my lower back hurting?",
    "a gel before my run sits like a stone in my stomach, what else can i eat?",
])
def test_another_activity_or_treatment_is_not_answered_as_running(matcher, message):
    assert matcher.decide(message).kind != "answer"


@pytest.mark.parametrize("message, expected", [
    ("how can my son train so his back doesn't play up during cross country season?", "prevent-back-pain"),
    ("We both jog four times a week, why aren't we losing any weight?", "runners-still-fat"),
    ("three marathons in and I'm six kilos up on last year, how does that happen?", "runners-still-fat"),
    ("why do people run for years and not get any thinner?", "runners-still-fat"),
    # To stop a pain is to prevent it; a weight put on is shifted; "loosing" any weight.
    ("what can I do to stop back pain from my runs", "prevent-back-pain"),
    ("will running help me shift the weight?", "weight-loss"),
    ("i jog every day but im not loosing any weight, why", "runners-still-fat"),
    ("my lower back has been niggling for a week, do I need to stop training for the half?", "run-with-strained-back"),
    ("um my back is sore after every run weather it's a long one or a short one why", "back-pain-after-run"),
    ("resumed running after three years of no exercise and my lower back aches after each run, is that normal?",
     "back-pain-normal"),
])
def test_everyday_wordings_reach_the_entry(matcher, message, expected):
    d = matcher.decide(message)
    assert d.kind == "answer" and d.entry_id == expected, d


# "normally" of how something goes is no question of whether it is normal (forum13's kind).
def test_how_a_strain_normally_feels_is_no_question_of_normal(matcher):
    d = matcher.decide("felt a twinge in my lower back on reps, what does a back strain normally feel like?")
    assert d.entry_id != "back-pain-normal" and "muscle-strain" in (d.entry_id, *d.suggestions), d


# From a seventeenth code review: shifting the pounds is losing weight; a runner who names another
# sport in passing still speaks of running.
@pytest.mark.parametrize("message, expected", [
    ("Will running help me shift the pounds?", "weight-loss"),
    ("My lower back hurts after hill sprints, I also play rugby at weekends", "back-pain-after-run"),
])
def test_the_seventeenth_reviews_lost_answers(matcher, message, expected):
    d = matcher.decide(message)
    assert d.kind == "answer" and d.entry_id == expected, d



# From an eighteenth code review: people's names are no typos; a distance driven is no run.
@pytest.mark.parametrize("message", [
    "I ran 10k with Chester and my lower back aches",
    "my lower back is sore after runs and my coach Feaver says rest",
])
def test_a_persons_name_is_no_sign(matcher, message):
    assert matcher.decide(message).kind != "urgent"


def test_a_distance_driven_is_no_run(matcher):
    assert matcher.decide("My back hurts after driving 200 miles").kind != "answer"


# From forum15's kinds (examples of our own): a back called dodgy, grumbly or strained is the body
# part even before "since" or "when"; running the writer denies is no running talk.
@pytest.mark.parametrize("message, expected", [
    ("I've had a dodgy back since my twenties and now it aches after every run, what causes that?",
     "back-pain-after-run"),
    ("got a crook back since I started jogging, is that normal for new runners?", "back-pain-normal"),
    ("I can't run at all with my pulled back when I bend, how long before I can start again?",
     "run-with-strained-back"),
])
def test_a_back_called_by_its_trouble_is_the_body_part(matcher, message, expected):
    assert expected in offered(matcher, message)


@pytest.mark.parametrize("message", [
    "I don't run at all, I lift at the gym, how do I stop my lower back aching by the end of the day?",
    "I'm not a runner, I swim, but my back aches after training, how do I prevent that?",
    "I do not even jog, why does my lower back hurt every evening?",
])
def test_running_the_writer_denies_is_not_answered_as_running(matcher, message):
    assert matcher.decide(message).kind != "answer"


@pytest.mark.parametrize("message", [
    "I never run without warming up but my lower back still aches after, why?",
    "I have never run before, will starting give me back pain?",
    "I don't run much yet, but my back aches after a jog, is that normal?",
])
def test_a_runner_who_says_never_or_not_much_still_runs(matcher, message):
    assert matcher.decide(message).kind != "none"


# From forum15's kinds (examples of our own): "back jogging" is returning to it, not a back; an
# outcome told as "came out heavier" is weight gained despite the running.
@pytest.mark.parametrize("message, expected", [
    ("six months after my c-section, back jogging three times a week. will running give me abs again?", "abs"),
    ("back training after a long break, will that flatten my stomach into a six pack?", "abs"),
    ("Finished my first marathon block, 18 weeks, never missed a run. Stepped on the scales after and my wife says "
     "it is muscle. TL;DR how do you train for a marathon and come out heavier?", "runners-still-fat"),
    ("I ran every day in lockdown and somehow got heavier, how?", "runners-still-fat"),
])
def test_returning_and_gaining_reach_their_entry(matcher, message, expected):
    assert_answers(matcher, message, expected)


# From forum15's kinds (examples of our own): the weather a story's runs happen in sets its scene; a
# question that borrows the story's topics is not about the heat or the rain.
@pytest.mark.parametrize("message, expected", [
    ("Summers here are brutal so I only run at 5am before the heat gets going. Did 12k this morning like always "
     "and my lower back has ached ever since. Any idea what causes that?", "back-pain-after-run"),
    ("Ran all winter in snow and freezing rain, three or four times a week, never missed one. My lower back is "
     "achy after every single run now. What would be behind that?", "back-pain-after-run"),
    ("Been running in the dark after work since October. Tweaked my lower back lifting the shopping yesterday, "
     "it's a muscle, sore when I bend. Do I keep running on it or rest?", "run-with-strained-back"),
    # The place, the company and the pace of a story's runs set its scene too.
    ("Three kids under six so my runs are with the double buggy or not at all. My lower back has started aching "
     "after every single one. What would cause that?", "back-pain-after-run"),
    ("Training for my first ultra, lots of slow back to back long runs at easy pace. After the longest ones my "
     "lower back feels stiff and sore. Is that normal?", "back-pain-normal"),
    ("Walking the dog then jogging the last mile home with her every evening. Honestly, will this get me "
     "anywhere with losing weight?", "weight-loss"),
])
def test_the_weather_of_a_story_is_its_scene(matcher, message, expected):
    assert_answers(matcher, message, expected)


def test_the_weather_asked_about_still_counts(matcher):
    d = matcher.decide("is it ok to run in the heat with a sore lower back?")
    assert not (d.kind == "answer" and d.entry_id == "back-pain-after-run"), d


# From scope7's kinds (examples of our own): a flat belly is the abs' question, "so he does not get" is
# prevention, weight put on is gained, "rest it until it's gone" asks whether to keep running.
@pytest.mark.parametrize("message, expected", [
    ("Does running give you a flat belly or is that a myth?", "abs"),
    ("my son starts cross country next month, what should he do so he does not get the back pain I have?",
     "prevent-back-pain"),
    ("Why do I keep putting weight on every time I train for a half?", "runners-still-fat"),
    ("lower back's been stiff since my long run on sunday. easy jog today or rest it until it's gone?",
     "run-with-strained-back"),
])
def test_outsiders_wordings_reach_the_entry(matcher, message, expected):
    assert_answers(matcher, message, expected)


# From scope7's kinds (examples of our own): with no running talk and another activity named that the
# running entry's answer never speaks of, nothing fits: the bot says so and shows its topics, rather
# than offering a running entry as "did you mean".
@pytest.mark.parametrize("message", [
    "lower back sore after a weekend of decorating, is that normal?",
    "why does my lower back hurt after netball?",
    "my lower back is sore after a day of kayaking, what causes that?",
])
def test_another_activity_the_answer_never_names_gets_none(matcher, message):
    d = matcher.decide(message)
    assert d.kind == "none" and d.why == "not-running", d


# Unexplained content (issue 8's kind 3, examples of our own): one activity no entry knows, named as
# what the pain came after, with no running talk, is no question for a running entry.
@pytest.mark.parametrize("message", [
    "is it normal for my lower back to ache the day after bouldering?",
    "my back hurts after canyoning, normal?",
    "why is my lower back so stiff after paragliding?",
])
def test_an_unknown_activity_the_pain_came_after_is_not_answered(matcher, message):
    assert matcher.decide(message).kind != "answer"


def test_a_run_the_pain_came_after_is_still_answered(matcher):
    assert_answers(matcher, "is it normal for my lower back to ache the day after a long run?", "back-pain-normal")


# From the forum sets' wrong answers (examples of our own): staying heavy, still carrying the weight
# and not dropping it despite the running are runners who stay overweight, not a plan to lose weight.
@pytest.mark.parametrize("message", [
    "How do people run 30 miles a week and stay heavy?",
    "I do three parkruns a week, how am I still carrying all this weight?",
    "why would anyone run marathons and not drop the weight?",
])
def test_staying_heavy_despite_running_is_runners_still_fat(matcher, message):
    assert_answers(matcher, message, "runners-still-fat")


# From the forum sets' wrong answers (examples of our own): pain in the tummy ("ab pain") is no
# question about abs, and a smart scale's readings are no question about losing weight.
@pytest.mark.parametrize("message", [
    "anyone get ab pain on long runs? it's like a cramp low down",
    "is my smart scale lying? says I gained 2kg overnight after a long run",
])
def test_tummy_pain_or_a_scales_reading_is_not_answered(matcher, message):
    assert matcher.decide(message).kind != "answer"


def test_uni_is_no_urine_infection(matcher):
    """ "uni" (university) was spelled "uti", an other cause of back pain, in a runner's story."""
    assert "^uti" not in concepts(matcher, "my lower back aches after runs like it did at uni, why?")


# From lay-redflags21's and scope7's kinds (examples of our own): "as a teenager" or "since I was a
# kid" is a time of life, not a teenager's question.
@pytest.mark.parametrize("message, expected", [
    ("I was diagnosed with a curved spine as a teenager and now my back aches on one side after jogging. "
     "Is the curve what makes it hurt when I run?", "spine-curvature"),
    ("Running since I was a teenager, lower back aches after my long run now, why?", "back-pain-after-run"),
])
def test_a_time_of_life_is_no_topic(matcher, message, expected):
    assert_answers(matcher, message, expected)


# Dialects (issue 8's kind 6, examples of our own): in West African English the waist that pains is the
# lower back; a waist that grows or shrinks is still a waistline.
@pytest.mark.parametrize("message, expected", [
    ("why my waist dey pain me every time I finish my evening jog?", "back-pain-after-run"),
    ("my waist is paining me since I start running, is it normal?", "back-pain-normal"),
])
def test_a_waist_that_pains_is_the_lower_back(matcher, message, expected):
    assert expected in offered(matcher, message)


def test_a_waistline_is_no_back(matcher):
    assert "#back" not in concepts(matcher, "will running take inches off my waist? it is getting bigger")


# Dialect words for the bottom (Scots "bahookie" and "erse", Jamaican "bumpa"; examples of our own).
@pytest.mark.parametrize("message", [
    "does aw the jogging make yer bahookie wee?",
    "will running flatten my erse?",
    "running a go make mi bumpa small?",
])
def test_dialect_words_for_the_bottom(matcher, message):
    assert "butt-smaller" in offered(matcher, message)


def test_a_single_pound_to_lose_is_a_weight_question(matcher):
    """ "pound" in the singular was no weight word: "to lose a pound" got no answer at all."""
    assert_answers(matcher, "how far would I have to run to lose a pound?", "weight-loss")


# A thirty-fourth review's defects (examples of our own): a runner who is slow, skipped a run or whose
# child runs is no one who denies running; running told beside another sport, and a story in everyday
# words, keep "did you mean"; a pain "in the back running" is the back; heavy legs are no weight.
@pytest.mark.parametrize("message, expected", [
    ("I'm not a quick runner, is slow running why my lower back aches?", "back-pain-after-run"),
    ("I'm not a runner but my daughter is, her lower back hurts after cross country, is that normal?",
     "back-pain-normal"),
    ("I get a pain in the back running uphill, is that normal?", "back-pain-normal"),
])
def test_runners_the_denial_rule_must_not_catch(matcher, message, expected):
    assert_answers(matcher, message, expected)


@pytest.mark.parametrize("message", [
    "my lower back aches after my 10k when I'm on my period, is that normal?",
    "How do I keep back pain away over the long term?",
])
def test_running_beside_another_cause_or_an_everyday_story_is_still_offered(matcher, message):
    assert matcher.decide(message).kind == "suggest"


@pytest.mark.parametrize("message", [
    "my legs got heavier over the last few miles, is that normal?",
    "lower back pain after orienteering, is that normal?",
])
def test_heavy_legs_and_runnings_own_sports_are_not_misread(matcher, message):
    d = matcher.decide(message)
    assert d.entry_id != "runners-still-fat" and "runners-still-fat" not in d.suggestions[:1] and d.kind != "none", d


# From the chat sets' misses (examples of our own): "for back to hurt" is the back, not a return to
# something. (Weight "kept off" and "weighing less" were added as weight words too: six tuning
# questions moved from "did you mean" to the weight entry.)
@pytest.mark.parametrize("message, expected", [
    ("normal for back to be sore after long runs?", "back-pain-normal"),
    ("is it common for back to hurt after jogging?", "back-pain-normal"),
])
def test_a_back_to_hurt_is_the_back(matcher, message, expected):
    assert_answers(matcher, message, expected)


def test_back_to_running_is_still_a_return(matcher):
    assert "#back" not in concepts(matcher, "can't wait to get back to running next week")


# A thirty-fifth review's defects (examples of our own).
@pytest.mark.parametrize("message", [
    "I don't run, I swim with my sister and my lower back aches after long sessions",
    "I don't really run, I row, my lower back hurts after long pieces, is that normal?",
    "is running bad for my back as a teenager?",
    "my waist is sore where my running belt rubs, is that normal?",
])
def test_the_review_35_messages_are_not_answered(matcher, message):
    assert matcher.decide(message).kind != "answer"


@pytest.mark.parametrize("message, expected", [
    ("Wrecked back after my half, is that normal?", "back-pain-normal"),
    ("lower back pain after bounding drills, is that normal?", "back-pain-normal"),
])
def test_the_review_35_runners_questions_are_answered(matcher, message, expected):
    assert_answers(matcher, message, expected)


def test_a_relative_who_is_something_else_does_not_undo_a_denial(matcher):
    d = matcher.decide("I don't run, my husband is a builder, my back hurts from gardening, what should I do?")
    assert d.kind != "answer", d


def test_a_cyclist_not_a_runner_denies_running(matcher):
    assert matcher.decide("I'm a cyclist, not a runner, my lower back aches after long rides").kind != "answer"


# Kinds from scope8 and lay-redflags22 (examples of our own).
@pytest.mark.parametrize("message", [
    # one sense per discourse: the disc of disc golf stays a disc of disc golf in the next sentence
    "Got into disc golf this summer. Is a heavier disc better for a beginner?",
    "the rear brake disc on my car squeals when I stop, is it worn out?",
    "does a 6 core chip cope with streaming and gaming at once?",
    "where can I find back issues of a running magazine from the 90s?",
    "are heavier trainers worse for racing a 10k?",
])
def test_another_sense_of_disc_core_back_or_heavier_is_out_of_scope(matcher, message):
    assert matcher.decide(message).kind == "none"


@pytest.mark.parametrize("message, expected", [
    ("I play disc golf at weekends. My physio says I have a bulging disc, can running make it worse?",
     "herniated-disc"),
    ("I have back issues of my own after long runs, is that normal?", "back-pain-normal"),
    ("is it normal for my husband's lower back to ache with his mileage going up?", "back-pain-normal"),
    ("what can my daughter do to stop her lower back hurting after cross country?", "prevent-back-pain"),
    ("my back has never hurt after running, how do I keep it that way?", "prevent-back-pain"),
    ("does everyone get a stiff lower back after runs when they first start jogging?", "back-pain-normal"),
    ("lost 4 kg running since spring, well chuffed, will I keep losing if I keep going?", "weight-loss"),
])
def test_the_scope8_kinds_are_answered(matcher, message, expected):
    assert_answers(matcher, message, expected)


def test_lying_down_for_relief_is_no_night_pain(matcher):
    d = matcher.decide("delivery driver, my lower back gets so bad by the afternoon I have to lie down in the van")
    assert d.kind != "urgent", d


@pytest.mark.parametrize("message, expected", [
    # a word that needs its topic's context finds it anywhere in the message, not only in its sentence
    ("Dropped 6 kg since spring by jogging. This month it has plateaued, why?", "runners-still-fat"),
    ("I have a twisted spine, the school nurse spotted it. Aches after running since. Would the curve cause that?",
     "spine-curvature"),
])
def test_a_word_finds_its_context_in_the_whole_message(matcher, message, expected):
    assert_answers(matcher, message, expected)


@pytest.mark.parametrize("message, expected", [
    # a word after a greeting and an emoji is the user's own (a thirty-eighth review)
    ("hey 👋 scoliosis", "spine-curvature"),
    # "no fit" is Pidgin only after its subject: "in no fit state" is English
    ("in no fit state after my long run, my lower back aches, is that normal?", "back-pain-normal"),
    # "injured back in 2020" is a time
    ("I was injured back in 2019, now I am running again, can running help me lose weight?", "weight-loss"),
])
def test_the_review_38_messages_are_answered(matcher, message, expected):
    assert_answers(matcher, message, expected)


@pytest.mark.parametrize("message, expected", [
    # a purpose that something not happen is prevention (forum16's kind)
    ("what should I change so the back pain doesn't come back when I go up to 30 miles a week?", "prevent-back-pain"),
    ("is there anything that stops long runs giving you back ache?", "prevent-back-pain"),
    ("how do I keep the back from seizing up on long runs?", "prevent-back-pain"),
    ("is it the marathon training that stops me losing weight?", "runners-still-fat"),
])
def test_a_purpose_that_it_not_happen_is_prevention(matcher, message, expected):
    assert_answers(matcher, message, expected)


@pytest.mark.parametrize("message, expected", [
    # (a thirty-ninth review) a disc golfer's spine disc; back issues someone has had; the curve of a bend
    ("I've had back issues of one sort or another for years, does running make them worse?", "back-pain-after-run"),
])
def test_the_review_39_messages_are_answered(matcher, message, expected):
    assert_answers(matcher, message, expected)


def test_the_curve_of_a_bend_is_no_spine(matcher):
    d = matcher.decide("my lower back aches after track sessions, is it from running round the curve of the bend?")
    assert (d.entry_id, d.kind) != ("spine-curvature", "answer"), d


def test_a_disc_golfers_disc_injury_is_the_spines(matcher):
    assert "#disc" in concepts(matcher, "I play disc golf and run. My physio says I have a disc injury, can I run?")


def test_what_typically_causes_it_asks_the_cause(matcher):
    assert_answers(matcher, "my lower back was stiff for two days after my first 30k. what typically causes that "
                            "after long runs?", "back-pain-after-run")


@pytest.mark.parametrize("message, expected", [
    # (a fortieth review) "so ... can't" is a result, not a purpose; "keep getting X from going" is no prevention
    ("my lower back hurts so much I can't get up, what should I do?", "prevent-back-pain"),
    ("I keep getting a sore back from going downhill, why?", "prevent-back-pain"),
    ("does running stop you losing bone density?", "runners-still-fat"),
])
def test_the_review_40_messages_are_not_prevention(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) != ("answer", expected), d


@pytest.mark.parametrize("message, expected", [
    # chat8's kinds: "stop me/us getting" prevents; Geordie
    # "gannin"; walking it off is no walking
    ("what can I do to stop us getting a bad back from all the miles?", "prevent-back-pain"),
    ("will gannin for a run three times a week help us lose weight like?", "weight-loss"),
    ("had to walk it off at parkrun, why does my lower back ache when I run?", "back-pain-after-run"),
])
def test_the_chat8_kinds_are_answered(matcher, message, expected):
    assert_answers(matcher, message, expected)


@pytest.mark.parametrize("message", [
    # scope9's kinds: a core module is a course's; a butt joint is woodwork
    "if I fail a core module can I still graduate this year?",
    "how do I glue a butt joint on a shelf so it holds?",
])
def test_a_course_or_woodwork_sense_is_out_of_scope(matcher, message):
    assert matcher.decide(message).kind == "none"



def test_the_core_unit_is_the_abs(matcher):
    """A forty-fifth review: physios call the deep stomach muscles the core unit."""
    assert "#abs" in concepts(matcher, "does running strengthen the inner core unit or do I need planks?")


def test_one_of_those_things_asks_whether_it_is_normal(matcher):
    """"Just one of those things" asks whether it is normal (from forum17, read after it was held out)."""
    post = "Week 4 of C25K at 60. My lower back aches after each run. Is this just one of those things when you start?"
    assert matcher.decide(post).entry_id == "back-pain-normal"


@pytest.mark.parametrize("message", [
    # scope11's kinds: a lens's curvature, a shop's back order, running out of something, a golf round's back nine
    "the curvature of my new contact lenses is different, does it settle down?",
    "my new running shoes have been on back-order for weeks, is that normal?",
])
def test_another_sense_of_curvature_or_back_is_no_answer(matcher, message):
    assert matcher.decide(message).kind != "answer"


@pytest.mark.parametrize("message, gone", [
    ("we keep running out of money for the physio", "#run"),
    ("I ran out of time at work again today", "#run"),
    ("I always slow down on the back nine of every round", "#back"),
])
def test_running_out_of_something_and_a_golf_round_back_nine_are_other_senses(matcher, message, gone):
    assert gone not in concepts(matcher, message)


@pytest.mark.parametrize("message, expected", [
    # scope11's kinds: a back done in told of someone else, the small of the back, a grumbling back, and a topic
    # the FAQ does not cover denied when told again ("hips are fine")
    ("my wife put her back out lifting the shopping, can she still run her 10k on Sunday?", "run-with-strained-back"),
    ("the small of my back aches after every run, why?", "back-pain-after-run"),
    ("I had a hip replaced three years ago. Hips are fine now, it's my lower back that grumbles after runs. Why?",
     "back-pain-after-run"),
])
def test_the_scope11_kinds_are_answered(matcher, message, expected):
    assert_answers(matcher, message, expected)


@pytest.mark.parametrize("message, expected", [
    # A topic the FAQ does not cover, told as a stage left behind or as over in an inflected form
    # (scope11's kinds: "walked it at first"; the rule once found only the uninflected word)
    ("I'm 68 and started with walking it at first, now I'm jogging bits. My back is stiff for a day or two after. "
     "Is that normal at my age or should I stop?", "back-pain-normal"),
    ("My knees hurt at first but now it's my lower back that aches after each run. Normal for a beginner?",
     "back-pain-normal"),
])
def test_a_stage_left_behind_is_background(matcher, message, expected):
    assert_answers(matcher, message, expected)


@pytest.mark.parametrize("message, expected", [
    # A fifty-fifth review: a detail of a part denied is no denial of the part; running out of breath or gels
    # is still running
    ("My ankle hurts after runs and so does my back. No ankle swelling. Can I keep running?", "suggest"),
    ("I ran out of gels at mile 20 and my back seized up", "suggest"),
    ("my back aches when I run out of breath", "suggest"),
])
def test_the_review_55_messages_are_not_answered_wrongly(matcher, message, expected):
    assert matcher.decide(message).kind == expected


@pytest.mark.parametrize("message, expected", [
    # chat7's kinds (read after it was held out): voice typing's "lore back", "d'you", Jamaican Patois function
    # words, Malay in Singlish, a look that has not changed, Arabic fillers
    ("my lore back hurts on the right side every time i go for a long run", "back-pain-after-run"),
    ("d'you reckon running gives you a six pack?", "abs"),
    ("mi nuh want mi back fi start hurt when mi run inna di mawnin, how fi stop it?", "prevent-back-pain"),
    ("sakit pinggang after my run, normal or not?", "back-pain-normal"),
    ("i run 4 times a week and still look exactly the same, why", "runners-still-fat"),
    ("yalla, will running give me abs inshallah", "abs"),
])
def test_the_chat7_kinds_are_answered(matcher, message, expected):
    assert_answers(matcher, message, expected)


def test_mi_is_my_only_before_a_body_part(matcher):
    assert "#run" in concepts(matcher, "ran 10 mi yesterday") and "#back" in concepts(matcher, "mi back a hurt")


@pytest.mark.parametrize("message", [
    # A fifty-seventh review: "mi" after a distance, "lore" of old, things that look the same, a big lad
    "ran 13 mi back from the coast, is it normal to feel that sore",
    "my new shoes and old shoes look exactly the same, which to run in",
    "my son is a big lad for his age, can he start running",
    "the lore back in the day said stretch before running, is that right",
])
def test_the_review_57_messages_get_no_confident_answer(matcher, message):
    assert matcher.decide(message).kind != "answer"


def test_a_run_together_word_splits_into_the_longest_words(matcher):
    """scope12: "headstand" read as "he ad stand" put a "he" (someone else) into the message."""
    assert matcher.read("after my headstand I can't breathe").tokens[:4] == ["after", "my", "head", "stand"]


@pytest.mark.parametrize("message, expected", [
    # scope12's kinds: a thing that is curved; a weight that has "gone up"
    ("why is the road curved here", None),
    ("my scales have gone up 3 lb since I started jogging, is this normal?", "runners-still-fat"),
])
def test_the_scope12_matching_kinds(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.entry_id if d.kind == "answer" else None) == expected, d


@pytest.mark.parametrize("message, expected", [
    # lay-redflags27's kind: the back told fine names no back entry ("Back's fine. What is that?"); told
    # fine only for a time or condition, or asked about, it still does
    ("My fingers go numb in the cold on winter runs. Nothing else, back's fine. What is that?", None),
    ("Leak a little when I sneeze since my baby, physio is on it. Back's fine. Any tips for running with it?", None),
    ("Went numb down there on a long ride, gone ten minutes after. Ran the next day, back fine. Just the saddle?",
     None),
    ("my back feels fine when I run but hurts after, why?", "back-pain-after-run"),
    ("my back was fine for years, now it aches after every run, why?", "back-pain-after-run"),
    ("is my back ok to run on after a strain?", "run-with-strained-back"),
])
def test_a_back_told_fine_names_no_back_entry(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.entry_id if d.kind == "answer" else None) == expected, d


@pytest.mark.parametrize("message, expected", [
    # scope13's word senses: a thing's bottom, a kitchen's strainer, a spreadsheet's ABS; the body's kept
    ("my legs die at the bottom of the hill, how do I fix that", "none"),
    ("hit rock bottom with my motivation, how do I get back into running", "none"),
    ("my tea strainer doesn't reach the bottom of the cup, which one should I get?", "none"),
    ("the ABS formula in excel keeps giving an error", "none"),
    ("does running make your bottom smaller", "answer"),
    ("pain at the bottom of my back after runs", "answer"),
])
def test_the_scope13_word_senses(matcher, message, expected):
    assert matcher.decide(message).kind == expected


def test_a_trek_is_a_hike_the_faq_does_not_cover(matcher):
    """scope13: a trek with a heavy rucksack was answered from the run entries, as a hike no longer is."""
    assert matcher.decide("did a 3 day trek in the hills and my lower back aches, why?").kind != "answer"


@pytest.mark.parametrize("message, expected", [
    # A fifty-ninth review: a back fine at another time or place is still the back asked about
    ("Back fine normally. After long runs it aches, why?", "back-pain-after-run"),
    ("Back was fine yesterday. Woke up today and it aches after my long run. Strained muscle?", "muscle-strain"),
    ("My back was fine yesterday, today it's agony after the long run. Is that normal?", "back-pain-normal"),
    ("Back felt great running. Afterwards it stiffened up badly. How do I stop this happening?", "prevent-back-pain"),
])
def test_a_back_fine_at_another_time_is_the_back_asked_about(matcher, message, expected):
    assert_answers(matcher, message, expected)


@pytest.mark.parametrize("message, expected", [
    # Walking that is part of running (Couch to 5K, run-walk) is no walking the FAQ leaves out; walking told as
    # the trouble still is
    ("66 and new to walk-jogs, my lower back aches after them. Is that normal at my age?", "back-pain-normal"),
    ("I do run/walk intervals and my back hurts after, why?", "back-pain-after-run"),
    ("walking makes my back ache, running doesn't, why?", None),
])
def test_walking_that_is_part_of_running(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.entry_id if d.kind == "answer" else None) == expected, d


@pytest.mark.parametrize("message", ["back hurts after walking, running doesn't bother it",
                                     "Back aches when I walk, jog is fine"])
def test_walking_told_apart_from_running_is_not_read_as_running(matcher, message):
    """A sixty-second review: "after walking and running" lost its walking and got a confident running answer."""
    assert matcher.decide(message).kind != "answer"


@pytest.mark.parametrize("message", ["Next time I get a twinge in my lower back like that, do I keep running or rest?",
                                     "next time my back niggles do i run through it or take a break"])
def test_next_time_asks_what_to_do_then_not_how_to_prevent(matcher, message):
    """"Next time it happens, run or rest?" asks about running with it (lay-redflags29's kind): "next time"
    names no prevention of its own (faq.yaml's prevent synonyms keep "never again", "in future", "stop it")."""
    assert_answers(matcher, message, "run-with-strained-back")


@pytest.mark.parametrize("message", ["I've been run-walking my 5ks and my lower back hurts",
                                     "lower back hurts after run walking"])
def test_run_walking_joined_is_running(matcher, message):
    """A sixty-third review: "run-walking" lost its running once walking told apart stayed walking."""
    assert_answers(matcher, message, "back-pain-after-run")


@pytest.mark.parametrize("message", ["I feel pain in the back after I run, why is that?",
                                     "always pain in the back after running downhill"])
def test_pain_in_the_back_is_the_body(matcher, message):
    """A thirteenth new user: learners' "pain in the back" lost its back as "in the back (of the car)"."""
    assert_answers(matcher, message, "back-pain-after-run")


def test_pain_in_the_back_of_the_head_is_no_back(matcher):
    """A sixty-fourth review: "pain in the back of my head" was offered the back entries."""
    assert matcher.decide("I have pain in the back of my head when I run hard").kind == "none"


@pytest.mark.parametrize("message, expected", [
    # scope15's word senses (examples of our own): a fruit cored, fat fingers on a keyboard, a phone's butt-dial,
    # a film's or a record's disc (its word kept from the speller: "DVD" had become "dad"); the body's kept
    ("Can't find my corer, how else can I core apples for a pie?", "none"),
    ("how do you core a pineapple without wasting it", "none"),
    ("my phone keeps butt calling my boss from my back pocket on runs, how do I lock it?", "none"),
    ("my old DVD discs stutter halfway through, can I clean them?", "none"),
    ("can running give me a strong core?", "answer"),
    ("I slipped a disc last year, is running ok now?", "answer"),
])
def test_the_scope15_word_senses(matcher, message, expected):
    assert matcher.decide(message).kind == expected


@pytest.mark.parametrize("message", ["my fat thumbs keep hitting the wrong keys on my phone, any fix?",
                                     "Got fat fingers and I'm always making typos, anything that helps?"])
def test_fat_fingers_name_no_fat(matcher, message):
    """scope15: clumsy fingers on a keyboard are no body fat (a sense of "fat")."""
    assert "#fat" not in concepts(matcher, message)


# forum21's kind (examples of our own): a topic that rules entries out (a disc, a curve, pain down the leg),
# told in the story only as denied or over, neither rules an entry out nor pulls to its own; told of now, it does.
@pytest.mark.parametrize("message, entry", [
    ("I had a slipped disc at uni fifteen years ago, all healed since. Started running in spring and my lower back "
     "is a bit sore after runs. Is that normal for a beginner?", "back-pain-normal"),
    ("Years ago I had a herniated disc, long gone now. Last week I strained my lower back lifting boxes. Is it ok "
     "to keep running on it?", "run-with-strained-back"),
    ("I hurt a disc in my twenties but that cleared up ages ago. Why does my lower back ache after my long runs "
     "now?", "back-pain-after-run"),
    ("I had scoliosis as a teenager, wore a brace for two years, the curve is 20 degrees now. My lower back aches "
     "after runs, why?", "spine-curvature"),
    ("I've got a herniated disc right now. Is it ok to keep running?", "herniated-disc"),
])
def test_a_topic_told_only_as_over_rules_out_nothing(matcher, message, entry):
    assert_answers(matcher, message, entry)


# forum22's kind (examples of our own): thinness denied is weight kept, the question why runners stay heavy;
# not a wish not to get thin.
@pytest.mark.parametrize("message", ["why are marathon runners at my club not all skinny?",
                                     "everyone at parkrun runs every week, so why aren't they all thin?"])
def test_thinness_denied_asks_why_runners_stay_heavy(matcher, message):
    assert_answers(matcher, message, "runners-still-fat")


def test_a_wish_not_to_get_thin_is_no_weight_kept(matcher):
    assert "#fat" not in concepts(matcher, "I don't want to get too thin from running, how do I keep weight on?")


@pytest.mark.parametrize("message", ["how will I know when a strained back is ready to run again?",
                                     "pulled my lower back last week, how do I tell when it's ready for running?"])
def test_ready_to_run_asks_about_running_with_it(matcher, message):
    """forum21 (examples of our own): "ready to run" is the return-to-running question."""
    assert_answers(matcher, message, "run-with-strained-back")


# A sixty-eighth review's defects (its examples): a topic told as past but active now, or a lifelong condition
# diagnosed long ago, still rules entries out and decides the entry.
@pytest.mark.parametrize("message, entry", [
    ("Had a slipped disc two years ago, it came back last week after a long run. Can I keep running?",
     "herniated-disc"),
    ("The disc I slipped 5 years ago has been playing up, my back aches after runs. Can I keep running?",
     "herniated-disc"),
    ("I had sciatica last year, never really went away, my back hurts after runs. Is it safe to keep running?",
     "herniated-disc"),
    ("I was diagnosed with scoliosis as a teenager. Why does my back hurt after long runs?", "spine-curvature"),
])
def test_the_review_68_topics_of_now_still_decide(matcher, message, entry):
    assert_answers(matcher, message, entry)


# A sixty-ninth review's defects (its examples): a now or an again of something else does not make a healed disc
# current; an unhealed one, or one that twinges, is current.
@pytest.mark.parametrize("message, entry", [
    ("I had sciatica years ago, it's gone now and I'm running again. Why does my back hurt after long runs?",
     "back-pain-after-run"),
    ("I had a bulging disc 5 years ago, I am now 45 and run 30 miles a week. Why does my back ache after runs?",
     "back-pain-after-run"),
    ("I had a slipped disc years ago, it's been fine for years now. Why does my back ache after runs?",
     "back-pain-after-run"),
    ("I was diagnosed with a bulging disc in 2010 but it resolved completely. Why does my back ache after runs?",
     "back-pain-after-run"),
    ("I had a herniated disc in 2021 and it hasn't fully healed. Can I keep running?", "herniated-disc"),
    ("I had a slipped disc years ago and it twinges on long runs. Can I keep running?", "herniated-disc"),
])
def test_the_review_69_topics_told_of_now(matcher, message, entry):
    assert_answers(matcher, message, entry)


# Kinds read in scope17 and lay-redflags31 (held out as scope-unseen18 and redflags-unseen25), in our own examples.
# A rate of losing or of a result is no runner's speed; a pillow's knees are no knee told of; a not-losing asked
# with its subject inside ("why won't the weight come off?").
@pytest.mark.parametrize("message, entry", [
    ("if I jog instead of walking will the weight come off faster?", "weight-loss"),
    ("does running shed belly fat quicker than the cross trainer?", "weight-loss"),
    ("will a run every morning make my abs show faster?", "abs"),
    ("I put a pillow between my knees at night, what else can I do to stop getting back pain from running?",
     "prevent-back-pain"),
    ("I jog four times a week, so why won't the weight come off?", "runners-still-fat"),
    ("why isn't the weight coming off? I run every day", "runners-still-fat"),
    # a purpose told as what should stop: "...so running stops wrecking my back?"
    ("what can I change so running stops wrecking my back?", "prevent-back-pain"),
    # joints as a trait told, not asked about (joints are not covered)
    ("I have super loose joints, what can I do so my lower back doesn't hurt from running?", "prevent-back-pain"),
])
def test_the_scope17_kinds_answer(matcher, message, entry):
    assert_answers(matcher, message, entry)


# Not answered: a runner's own speed; a curve lost (a flat back: the entry is about too much curve); a nerve
# squashed is no curve; joints, road riding and bouldering are not covered; a DJ's jog disc.
@pytest.mark.parametrize("message", [
    "how do I get faster at 5k?",
    "years of slouching have flattened the curve in my lower back, how do I get it back?",
    "my hand goes numb on long rides, is a nerve getting squashed?",
    "I'm quite heavy, will running wreck my joints?",
    "tweaked my back at the bouldering gym, should I rest it?",
    "new to road riding, is a sore lower back normal?",
    "the jog disc on my DJ controller is sticking, can I fix it myself?",
])
def test_the_scope17_kinds_are_not_answered(matcher, message):
    assert matcher.decide(message).kind != "answer"


# Kinds read in forum23 (held out as forum-unseen23), in our own examples: a word of its own that ends like a form
# of the FAQ's words is not taken apart by the speller (an officer is no office, butter no butt, an FAQ no fat);
# a disc's pain told down to the ankle is the disc entry's (its answer says so).
@pytest.mark.parametrize("message, entry", [
    ("police officer here, my lower back aches after every run, why?", "back-pain-after-run"),
    ("I've cut out butter and biscuits, will running help me lose weight?", "weight-loss"),
    ("burning pain from my lower back down my leg to the ankle after long runs, physio says probably disc, what's "
     "the usual treatment?", "herniated-disc"),
])
def test_the_forum23_kinds_answer(matcher, message, entry):
    assert_answers(matcher, message, entry)


def test_a_word_of_its_own_is_not_read_as_a_form_of_the_faqs(matcher):
    spell = matcher.lexicon.speller
    assert [spell(w) for w in ("officer", "butter", "bummer", "former", "faq")] == [
        "officer", "butter", "bummer", "former", "faq"]
    assert spell("harder") == "hard"  # the word-form rule still works


# A seventy-third review's defects (its examples): "won't the weight come off?" before starting is a question about
# running to lose weight; a back that "won't budge"; a purpose told, not asked ("...so running stops hurting my back,
# is it OK to run?"); the back's own joints and joints as a worry beside the question; "should I run ... to lose
# weight?"; a rate of shrinking; a disc pressed is no curve.
@pytest.mark.parametrize("message, entry", [
    ("if I start running, won't the weight just come off by itself?", "weight-loss"),
    ("is it normal for running to hurt my back at first, will it stop hurting my back eventually?",
     "back-pain-normal"),
    ("facet joints in my lower back ache after running, why?", "back-pain-after-run"),
    ("will running help me lose weight without hurting my joints?", "weight-loss"),
    ("should I run every day to lose weight?", "weight-loss"),
    ("How many times a week should I run to lose weight?", "weight-loss"),
    ("is my disc compressed from running? pain goes down my leg", "herniated-disc"),
    ("will jogging get rid of my belly faster?", "weight-loss"),
])
def test_the_review_73_questions_answer(matcher, message, entry):
    assert_answers(matcher, message, entry)


@pytest.mark.parametrize("message, entry", [
    ("why won't it budge? tight knot in my back after long runs", "runners-still-fat"),
    ("stretching stops my back hurting, so is it a strain?", "prevent-back-pain"),
    ("should I slim down to run faster?", "weight-loss"),
    ("how do I lose weight to get faster at 10k?", "weight-loss"),
])
def test_the_review_73_questions_are_not_answered_with(matcher, message, entry):
    d = matcher.decide(message)
    assert not (d.kind == "answer" and d.entry_id == entry), d


# A seventy-fifth review's defects (its examples): a current runner's weight or scale that won't move; how-to
# prevention in other words; the SI joint as the back; a pained face after a bum is a mood; "should I run ... to
# lose weight"; "tighter" of a shape; a walker is no walk; "keep getting" pain; a nerve compressed down the leg.
@pytest.mark.parametrize("message, entry", [
    ("I run 30 miles a week, why won't the scale move?", "runners-still-fat"),
    ("I run every day, why won't the weight budge?", "runners-still-fat"),
    # ("...why isn't it coming off?" with "it" alone was dropped again: it is as often a back's pain, a seventy-seventh
    # review)
    ("I started running to lose weight, why isn't the weight coming off?", "runners-still-fat"),
    ("running 30 miles a week, eating ok, still 95kg, why is the scale not moving", "runners-still-fat"),
    ("what should I change so jogging stops hurting my back?", "prevent-back-pain"),
    ("how do I make it so running stops hurting my back?", "prevent-back-pain"),
    ("SI joint pain after running", "back-pain-after-run"),
    ("can I run with SI joint pain?", "run-with-strained-back"),
    ("will running shrink my butt 😩", "butt-smaller"),
    # ("should I run in the morning to lose weight?" was dropped again: the phrase took "should I run in the morning
    # if my back is stiff?" from running with it, a seventy-seventh review)
    ("will running make my bum tighter?", "butt-smaller"),
    ("I keep getting lower back pain on runs over 10 miles", "back-pain-after-run"),
    ("the nerve down my leg feels compressed after running", "herniated-disc"),
])
def test_the_review_75_questions_answer(matcher, message, entry):
    assert_answers(matcher, message, entry)


# A seventy-seventh review's defects (its examples): "isn't it coming off?" of a back's pain; a pained face after the
# glutes when no shape is told; "should I run in the morning if my back is stiff?" asks about running with it.
@pytest.mark.parametrize("message, entry", [
    ("why isn't it coming off? pain in my back since my run", "back-pain-after-run"),
    ("should I run in the morning if my lower back is stiff?", "run-with-strained-back"),
])
def test_the_review_77_questions_answer(matcher, message, entry):
    assert_answers(matcher, message, entry)


def test_a_pained_face_after_the_glutes_is_no_shape_question(matcher):
    d = matcher.decide("my glutes 😫 after running")
    assert not (d.kind == "answer" and d.entry_id == "butt-smaller"), d


# One's usual is not "is it normal": "my normal training", "back to normal" (read in forum24).
@pytest.mark.parametrize("message", [
    "Had a cold all last week, chest is clear now. How soon can I go back to my normal training?",
    "how long before things get back to normal after a marathon block?",
])
def test_ones_usual_is_no_normal_question(matcher, message):
    assert "#normal" not in concepts(matcher, message)


def test_is_it_normal_stays_beside_ones_usual(matcher):
    assert_answers(matcher, "is it normal that my lower back aches after my normal 5k?", "back-pain-normal")


# faq.yaml's phrases that hold "back" in another sense ("go back to" for keep, "back into running" for beginner)
# match: the word stays in the clause as senses.OTHER_BACK, which no concept reads alone (read in forum24).
@pytest.mark.parametrize("message, concept", [
    ("is it safe to go back to training once my back settles?", "#keep"),
    ("my back has settled, when can I get back to training?", "#keep"),
    ("just getting back into running and my lower back aches", "#beginner"),
])
def test_the_faqs_phrases_with_back_in_another_sense_match(matcher, message, concept):
    assert concept in concepts(matcher, message)


@pytest.mark.parametrize("message", [
    "I am back home now after the race, can I ask something?",
    "the pain keeps coming back after runs",
])
def test_back_in_another_sense_is_no_concept(matcher, message):
    found = concepts(matcher, message)
    assert "#back" not in found and "#beginner" not in found and senses.OTHER_BACK not in found, found


def test_a_return_to_running_with_a_strained_back_is_asked(matcher):
    assert_answers(matcher, "Tweaked my lower back lifting a box last week, it has mostly settled. Is it safe to "
                            "go back to training yet?", "run-with-strained-back")


# The eightieth review: faq.yaml's "back" phrases name their object, so "go back to the GP", "get back to sleep",
# "cut back on sugar" and "getting back into shape" add no keep or beginner; "back of my knee" (not covered) matches.
@pytest.mark.parametrize("message, entry", [
    ("do I need to go back to the GP about my lower back pain after running?", "back-pain-after-run"),
    ("my lower back aches after running, when will it get back to normal?", "back-pain-after-run"),
    ("how do I get a six pack from running? I've cut back on sugar", "abs"),
    ("how to get abs from running, cut back on junk food already", "abs"),
    ("getting back into shape after a baby, how do I get abs?", "abs"),
])
def test_the_review_80_questions_answer(matcher, message, entry):
    assert_answers(matcher, message, entry)


def test_a_not_covered_phrase_with_back_in_another_sense_matches(matcher):
    assert "!back of my thigh" in concepts(matcher, "the back of my thigh hurts after runs, is it normal?")


# A way to do more without the pain is prevention: "how do I build up without it bringing my back pain on?" (forum24).
@pytest.mark.parametrize("message", [
    "how do I up my mileage without it causing back pain?",
    "any way to train for a marathon without triggering my lower back?",
])
def test_doing_more_without_the_pain_is_prevention(matcher, message):
    assert_answers(matcher, message, "prevent-back-pain")


# Read in scope18 (held out as scope-unseen17): a rain barrel's butt; ten-pin bowling and a baby carrier as other
# causes; a "mum tum"; "keeping up my easy jogs" as keeping on. Examples in our own words.
def test_a_water_butt_is_no_butt(matcher):
    assert "#butt" not in concepts(matcher, "Rain butt keeps overflowing onto the patio, how do I divert it?")


@pytest.mark.parametrize("message", [
    "Ten pin bowler here, my lower back aches after a league night, why?",
    "My lower back kills after a day with the baby carrier, any tips?",
])
def test_other_causes_of_back_pain_get_no_running_answer(matcher, message):
    assert matcher.decide(message).kind == "none"


@pytest.mark.parametrize("message, entry", [
    ("will jogging shift my mum tum?", "weight-loss"),
    ("Pulled my lower back at footy on Saturday. Better off resting it or keeping up my easy jogs?",
     "run-with-strained-back"),
])
def test_the_scope18_questions_answer(matcher, message, entry):
    assert_answers(matcher, message, entry)


# The eighty-first review: "without" in a story of the pain now is no prevention, nor another activity's how-to.
@pytest.mark.parametrize("message, entry", [
    ("I can't run a mile without my back seizing up, why?", "prevent-back-pain"),
    ("I was running without pain until last week, now my back hurts, why?", "prevent-back-pain"),
    ("How do I lift without hurting my back?", "prevent-back-pain"),
])
def test_the_review_81_questions_are_not_answered_with(matcher, message, entry):
    d = matcher.decide(message)
    assert not (d.kind == "answer" and d.entry_id == entry), d


@pytest.mark.parametrize("message", [
    "what can I do so I can keep running without my lower back hurting after?",
    "how can I run more without my back flaring up?",
])
def test_keeping_on_without_the_pain_is_prevention(matcher, message):
    assert_answers(matcher, message, "prevent-back-pain")


# Read in chat10 (held out as chat-unseen13): Indian English "paining", "threw my back", a disc's hernia told in
# learners' English, runners who "stay big", "for not having" as prevention, "loose weigh". Examples our own.
@pytest.mark.parametrize("message, entry", [
    ("I threw my back yesterday and it is paining badly. Can I do my evening jog or I should wait?",
     "run-with-strained-back"),
    ("after running I have pain from low back to the leg. can be hernia of the disc from running?", "herniated-disc"),
    ("been running 30 miles a week for a year and never lost a pound, why do some runners just stay big?",
     "runners-still-fat"),
    ("what stretches I should do for not getting back pain from running?", "prevent-back-pain"),
])
def test_the_chat10_questions_answer(matcher, message, entry):
    assert_answers(matcher, message, entry)


def test_loose_weigh_is_lose_weight(matcher):
    assert "#weight" in concepts(matcher, "will running help me loose weigh")


def test_staying_big_of_muscle_is_no_weight_question(matcher):
    # The eighty-third review: "stay big" as a synonym took over questions about keeping muscle.
    d = matcher.decide("I want to stay big, does running kill gains")
    assert not (d.kind == "answer" and d.entry_id == "runners-still-fat"), d


def test_why_do_i_stay_big_is_the_still_fat_question(matcher):
    assert_answers(matcher, "why do I stay big even though I run 30 miles a week", "runners-still-fat")


def test_how_do_i_stay_big_is_no_still_fat_question(matcher):
    d = matcher.decide("how do I stay big while marathon training")
    assert not (d.kind == "answer" and d.entry_id == "runners-still-fat"), d



@pytest.mark.parametrize("message", [
    # lay-redflags32: a quantifier before "runners" took the word the phrase "runners stay heavy" needed.
    "why do some runners stay heavy?",
    "why do so many joggers stay big when they run every day?",
])
def test_staying_heavy_told_after_a_quantifier_is_runners_still_fat(matcher, message):
    assert_answers(matcher, message, "runners-still-fat")


@pytest.mark.parametrize("message", ["how do I stay big for rugby while I run?", "I want to stay big but run a 10k"])
def test_size_kept_on_purpose_is_not_runners_still_fat(matcher, message):
    assert matcher.decide(message).entry_id != "runners-still-fat"


def test_a_words_other_senses_are_compiled_only_when_a_message_holds_the_word():
    """Compiling every word's other senses took about 0.15 s of each start-up: a rule is compiled
    the first time a message holds its word, and a message compiles no other word's rule."""
    import json
    import subprocess
    import sys

    code = ("import json; from bot import senses\n"
            "before = sum('rx' in r.__dict__ for r in senses._SENSE_RULES)\n"
            "senses.other_senses('i got back home and my back hurts'.split())\n"
            "print(json.dumps([before, [r.word for r in senses._SENSE_RULES if 'rx' in r.__dict__]]))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[1],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    before, compiled = json.loads(proc.stdout)
    assert before == 0
    assert "back" in compiled and set(compiled) <= {"back", "home", "got", "hurts"}


@pytest.mark.parametrize("message, concept", [
    # forum29's kinds, in new words: losing a place, time or sleep is no weight lost; "gutting" is no gut
    ("I keep losing places on the last hill of the cross country, any tactics?", "#shrink"),
    ("lost so much time on the climbs at the fell race, how do I get stronger uphill?", "#shrink"),
    ("really gutting to miss the cut-off by a minute", "#fat"),
])
def test_losing_a_race_place_and_gutting_name_no_weight(matcher, message, concept):
    assert concept not in concepts(matcher, message)


@pytest.mark.parametrize("message, concept", [
    # ...while losing weight, inches or the belly still is
    ("I keep losing weight but not from my bum, why?", "#weight"),
    ("will running make me lose my bum?", "#shrink"),
    ("will running help me lose my gut?", "#fat"),
])
def test_losing_weight_or_a_gut_still_names_them(matcher, message, concept):
    assert concept in concepts(matcher, message)


@pytest.mark.parametrize("message, entry", [
    # forum29's kind, in new words: "is this just how it goes" asks whether it is normal
    ("my lower back is stiff the morning after every long run, is that just how it goes for runners?",
     "back-pain-normal"),
    ("new to running and my lower back aches after each run, is this just what happens at first?",
     "back-pain-normal"),
])
def test_is_this_just_how_it_goes_asks_whether_it_is_normal(matcher, message, entry):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) == ("answer", entry), d


@pytest.mark.parametrize("message", [
    # "holding me back" is no back (scope17's calves "holding me back" got the back's answer)
    "my sore calves are holding me back, how long until they settle?",
    "my shins keep setting me back every time I build up, what helps?",
])
def test_something_holding_me_back_is_no_back(matcher, message):
    assert "#back" not in concepts(matcher, message)


def test_long_rides_are_a_topic_the_faq_does_not_cover(matcher):
    """forum29: a cyclist's "how to stop my back hurting on long rides" got the running prevention answer."""
    for message in ("did 40 miles yesterday and my lower back was sore by the end, how do I stop it on long rides?",
                    "how can I prevent lower back pain on long rides?"):
        d = matcher.decide(message)
        assert d.kind != "answer", (message, d)


@pytest.mark.parametrize("message", ["I don't run at all, why does my back ache?",
                                     "not a runner myself, why does my lower back ache?"])
def test_a_denied_run_does_not_make_a_message_one_of_the_entrys_own_questions(matcher, message):
    # A README check: the denied "run" still gave the run concept, so the message read as the entry's own phrasing
    # "why does my back ache after a run" and was answered with full marks.
    assert matcher.decide(message).kind != "answer", matcher.decide(message)


def test_a_topic_told_only_as_a_simile_is_no_topic_of_the_story(matcher):
    # forum37's kind: "like a cramp that never let go" tells what the strain felt like, not a cramp to be asked
    # about; a cramp told as had, or a topic the FAQ covers told as a likeness ("like a sway back"), still counts.
    story = ("Did hill sprints on Tuesday and near the top my lower back went tight on one side, like a cramp that "
             "wouldn't let go. Still sore when I bend. Did I strain a muscle?")
    assert (matcher.decide(story).kind, matcher.decide(story).entry_id) == ("answer", "muscle-strain")
    assert matcher.decide("I get cramp in my calves on long runs, and my lower back aches after. why?").kind != "answer"
    assert matcher.decide("I've always had a really hollow lower back, like a sway back. does that make running "
                          "harder on my back?").entry_id in ("spine-curvature", None)


@pytest.mark.parametrize("message, expected", [
    # chat13 and scope13's kinds, in new words. Clothes that fit close, time or money short: no tight (sore) muscle,
    # which the butt entry excludes.
    ("can running make my bum smaller? my skirts are all tight now", "butt-smaller"),
    ("does jogging shrink your behind, money's tight so no gym for me", "butt-smaller"),
    # dialect's "me back" after a hurt
    ("wrenched me back at work, can I still run tonight", "run-with-strained-back"),
    # a reason with its own subject is story: what it names is not asked about
    ("will running give me a six pack cos I've got a belly from all the takeaways", "abs"),
])
def test_word_sense_and_reasons_of_chat13(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) == ("answer", expected), d


def test_a_reason_a_question_closes_is_asked_and_tips_as_a_verb_asks_nothing(matcher):
    # (the "?" closes the reason, so it is what is asked; and "tips forward" asks for no tips)
    d = matcher.decide("is my lower back sore after runs because I lean forward so much?")
    assert d.kind == "answer" and d.entry_id in ("back-pain-after-run", "spine-curvature"), d
    reading = matcher.read("my pelvis tips forward when I stand. my back hurts after runs, why?")
    assert [c.asks for c in reading.clauses] == [False, True], reading.clauses


@pytest.mark.parametrize("message", [
    # scope24's kinds (read as scope-unseen29), in new words: what shares a word with the FAQ in another sense.
    "lost two toenails at the ultra. will they grow back normal?",     # nails that grow back
    "my hair is falling out from stress, will it grow back normal if I keep running?",
    "core i5 or core i7 for a laptop to edit my run videos? how many cores do I really need",   # a processor's
    "ate an apple on my run and chucked the core, do you eat the core?",  # a fruit's
    "took a cheap disc to the beach to play ultimate, which disc flies best?",  # an ultimate frisbee's
    "fag butts all along the canal path where I run. can anything be done about the butts?",  # a cigarette's
    "can I use less fat in my flapjack recipe for long run fuel?",     # a recipe's
])
def test_a_word_in_another_sense_gets_no_faq_answer(matcher, message):
    assert matcher.decide(message).kind != "answer", matcher.decide(message)


def test_clothes_tight_in_one_sentence_are_tight_in_the_next(matcher):
    d = matcher.decide("bought skin-tight leggings for winter. painted-on tight. will all the running shrink my bum?")
    assert (d.kind, d.entry_id) == ("answer", "butt-smaller"), d
    assert matcher.decide("drank a chocolate shake after my long run and now my lower back aches").kind != "urgent"


@pytest.mark.parametrize("message, expected", [
    # forum50's kinds, in new words: the back named in one clause, its pain told of "it" in the next, with another
    # activity in the story (an aside, not the question); a body part "back" as had again ("my abs back").
    ("Been running for a year. What's new this month is my lower back. After the long run on Sundays it's stiff till "
     "Tuesday, and I walk the dog a lot. What causes that?", "back-pain-after-run"),
    ("the last 3 kilos are stuck after the baby. the real goal is my abs back, not the scale. will running give me "
     "abs?", "abs"),
])
def test_the_kinds_of_forum50(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) == ("answer", expected), d


@pytest.mark.parametrize("message", [
    # forum51's kinds, in new words: a belly's bulge is no disc; "payback" is no swayback.
    "my mummy tummy bulge is still here two years on, will running flatten it?",
    "back twinged last night, payback for the hill reps. rest tomorrow or run easy?",
])
def test_a_bulge_of_the_belly_and_payback_name_no_spine(matcher, message):
    d = matcher.decide(message)
    assert {d.entry_id, *d.suggestions}.isdisjoint({"herniated-disc", "spine-curvature"}), d
