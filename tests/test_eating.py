"""An eating disorder or a starvation diet told gets a kind reply pointing to help (a fifth new user's trial)."""
from __future__ import annotations

import pytest

from bot import eating, replies
from bot import text as textmod
from bot.decision import Decision, Kind


def words(message: str) -> list[str]:
    """The words with their marks, as bot.eating reads them (before the speller)."""
    return textmod.marked_words(textmod.normalize(message))


# The trial's own messages.
@pytest.mark.parametrize("message", [
    "i'm only eating about 900 calories a day and running every morning, is that ok?",
    "i just feel so disgusting in my body",
    "i've been starving myself to make race weight",
    "i make myself sick after eating so i can stay light for racing",
])
def test_the_trials_messages_are_told(message):
    assert eating.told(words(message))


# New examples of each kind.
@pytest.mark.parametrize("message", [
    # Too little to run on.
    "I eat 800 calories a day and run 40 miles a week, why am I so tired?",
    "sticking to 1,000 kcal daily while marathon training",
    "I'm on 700 cals and still not losing weight from running",
    "been having just 600 calories so I can get down to race weight",
    # Restricting.
    "I've basically stopped eating since I started training for the half",
    "barely eating to get lighter for the 10k",
    "I skip meals so I can burn more on my runs",
    "my daughter is starving herself to run faster",
    # Purging, laxatives.
    "I force myself to throw up after big dinners",
    "I vomit on purpose after big meals",
    "sometimes I purge after I eat, then go for a run",
    "taking laxatives to drop weight before race day",
    # Exercise to make up for eating.
    "I have to run off everything I eat or I panic",
    "I feel guilty eating on rest days",
    # Distress about one's body.
    "I hate my body, even after all this running",
    "my body disgusts me when I see race photos",
    # Named.
    "I think I might have an eating disorder",
    "I was anorexic as a teen and it's coming back with marathon training",
    "I've started purging again after races",
])
def test_an_eating_disorder_or_a_starvation_diet_is_told(message):
    assert eating.told(words(message))


# Weight talk, a big meal and running's own sickness are none of it.
@pytest.mark.parametrize("message", [
    "I want to lose weight",
    "I'm cutting calories a bit",
    "how many calories does a 5k burn",
    "I ate 900 calories of pizza lol",
    "I eat 2,200 calories a day and run 30 miles a week",
    "I ate 900 calories at lunch, only 300 of them protein",
    "eating 1200 calories a day, is running enough to lose weight?",
    "a 5k burns about 300 calories a day for me",
    "I burn 900 calories on a long run",
    "I'm starving after my long runs, is that normal?",
    "I made myself sick on the last rep of the session",
    "I threw up after the marathon, is that normal?",
    "I'm not starving myself, I just want to get leaner",
    "I skip breakfast before my morning run",
    "I feel disgusting after this sweaty long run lol",
    "will running make my thighs smaller",
    "burned off the pizza with a 10k",
    # Over, or a joke told as one.
    "I recovered from anorexia years ago, how much should I run to keep my weight stable?",
    "I had an eating disorder as a teen and I'm well now, can running help me lose a little weight?",
    "my mates joke that I stopped eating, but really I just track my food",
])
def test_weight_talk_and_runners_sickness_are_not_told(message):
    assert not eating.told(words(message))


def test_the_reply_points_to_a_doctor_and_eating_disorder_helplines(matcher):
    faq = matcher.faq
    sent = replies.for_decision(faq, Decision(Kind.URGENT, flags=("eating",), why="eating"), "q")
    assert sent == [replies.Reply(replies.EATING)]
    plain = sent[0].plain
    assert "doctor" in plain and "Beat" in plain and "ANAD" in plain and "findahelpline.com" in plain
    assert "calorie" not in plain.lower() and "weight" not in plain.lower()  # no numbers about food or weight


def test_with_a_warning_sign_the_urgent_advice_comes_first_then_the_eating_reply(matcher):
    faq = matcher.faq
    d = Decision(Kind.URGENT, flags=("weight-loss", "eating"), why="today")
    assert replies.for_decision(faq, d, "q") == [replies.urgent(faq, "today", d.flags), replies.Reply(replies.EATING)]


def test_with_words_of_suicide_the_crisis_reply_comes_first_then_the_eating_reply(matcher):
    faq = matcher.faq
    d = Decision(Kind.URGENT, flags=("crisis", "eating"), why="crisis")
    assert replies.for_decision(faq, d, "q") == [replies.Reply(replies.CRISIS), replies.Reply(replies.EATING)]


# From a seventeenth code review: everyday food talk and a race's fuel are no eating disorder; plain
# restriction, purging and compulsion still are.
@pytest.mark.parametrize("message", [
    "How long do I have to run to burn off all the calories from Christmas dinner?",
    "Can I run off all the calories I ate at the wedding?",
    "I only eat about 200 calories during my long runs, is that enough?",
    "During the marathon I'm eating just 250 calories an hour, enough?",
    "Am I not eating enough to lose weight? I run 30 miles a week",
    "Not eating after 7pm to lose weight, is running in the morning fasted ok?",
    "I skipped eating and went for a run, then my back hurt",
    "I take laxatives every day because my painkillers make me constipated, and my back aches after runs",
    "I hate my body after a marathon, everything aches",
    "scared running's gonna eat my cake fr, does it make ur butt flat?",
    # From an eighteenth code review: race nerves, a stomach bug, a carb load, a roast earned by a run,
    # miles as penance for a missed week.
    "I'm scared of eating before a race in case I need the loo",
    "haven't eaten anything for 2 days because of a stomach bug, can I run?",
    "I ate nothing but pasta the day before the marathon",
    "Sunday long run to earn my roast dinner",
    "punishing myself with extra miles for missing last week",
    "only have one meal a day on race day",
])
def test_everyday_food_talk_is_not_told(message):
    assert not eating.told(words(message)), message


@pytest.mark.parametrize("message", [
    "I throw up after meals so I stay light for races",
    "I only eat one meal a day to stay light for racing",
    "I haven't eaten in three days and I still went for a run",
    "I eat 500 calories and then run 10k every day",
    "I only allow myself 800 a day",
    "I have to earn my food by running",
    "I'm scared to eat on rest days",
    "I punish myself with extra miles after I eat too much",
    # From an eighteenth code review: a day's intake stands whatever else the sentence says.
    "I only eat 800 calories a day during marathon training",
])
def test_the_seventeenth_reviews_misses_are_told(message):
    assert eating.told(words(message)), message


# From a sixth new user's trial: bingeing made up for by running, a body to run off, recovery now.
@pytest.mark.parametrize("message", [
    "I binge and then run for hours to make up for it",
    "I feel huge and want to run it off",
    "recovering from bulimia, can I run to lose 5kg in 2 weeks?",
])
def test_the_sixth_trials_tellings_are_told(message):
    assert eating.told(words(message)), message


# From a nineteenth code review: a reason is an innocent one only when told as the cause, and never
# beside a weight or body reason; binge-watching is no binge.
@pytest.mark.parametrize("message", [
    "I haven't eaten in 3 days, I feel sick and dizzy on my runs",
    "I'm terrified of eating because I'll get fat, even the thought makes me feel sick",
    "I only have one meal a day, I'm so scared of gaining weight before the race",
    "Not eaten for 3 days before my race to make weight",
])
def test_the_nineteenth_reviews_misses_are_told(message):
    assert eating.told(words(message)), message


def test_binge_watching_is_no_binge():
    assert not eating.told(words("binge watched Netflix all weekend then ran to make up for it"))


# From a twentieth code review: pre-race worries of a stitch, nerves or being sick; a binge beside
# binge-watching.
@pytest.mark.parametrize("message", [
    "scared of eating before a race in case I get a stitch",
    "I'm scared of eating before a race because of the nerves",
    "scared of eating before a race in case I throw up",
])
def test_pre_race_food_worries_are_not_told(message):
    assert not eating.told(words(message)), message


def test_a_binge_beside_binge_watching_is_told():
    assert eating.told(words("I binge watch then binge eat and run it off"))


@pytest.mark.parametrize("message", [
    "my son makes himself sick after eating and runs every day, his back hurts",
    "my daughter only eats 800 calories a day and runs 10k, is that ok?",
])
def test_a_parents_report_of_purging_or_starving_gets_the_eating_reply(matcher, message):
    """An eighth new user's trial: a parent told of a child's purging or 800 calories got no answer."""
    d = matcher.decide(message)
    assert d.kind == "urgent" and "eating" in d.flags, d


@pytest.mark.parametrize("message", [
    # A twelfth new user's trial: a parent's account, purging to not gain, food earned by a run, periods stopped
    "my 16 year old is obsessed with her weight and running twice a day and barely eating",
    "I throw up after dinner so I don't gain weight, will running help me lose more?",
    "I only let myself eat after I've run 10k",
    "my daughter has been eating almost nothing to get faster and her back aches, what should I do",
    "my 15 year old daughter has stopped having periods since she started running a lot and she's lost weight",
])
def test_the_twelfth_trials_eating_disorders_get_the_eating_reply(matcher, message):
    d = matcher.decide(message)
    assert d.kind == "urgent" and "eating" in d.flags, d


@pytest.mark.parametrize("message", [
    "obsessed with my pace lately, how do I get faster",
    "I'm barely eating before races because of nerves",
    "threw up after dinner so I didn't run, back sore",
])
def test_a_pace_obsession_or_race_nerves_are_no_eating_disorder(matcher, message):
    assert "eating" not in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    # A sixtieth review: weight training, a hunger, a bug, a pregnancy, a treat
    "I'm obsessed with weight training at the moment, will running hurt my gains",
    "always obsessed with food after long runs, normal?",
    "had norovirus, barely eating for 3 days, back aches",
    "my periods stopped because I'm pregnant, can I keep running?",
    "I only let myself have pizza after my long run, as a treat",
])
def test_the_review_60_ordinary_eating_gets_no_eating_reply(matcher, message):
    assert "eating" not in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    # A sixty-first review: food and exercise obsessed over; a pregnancy denied or a friend's
    "My daughter is obsessed with food and exercise and keeps losing weight",
    "I'm definitely not pregnant but my periods have stopped and I've lost weight running",
    "my friend is pregnant. my periods have stopped since I started running a lot and lost weight",
])
def test_the_review_61_eating_disorders_get_the_eating_reply(matcher, message):
    assert "eating" in matcher.decide(message).flags


def test_food_and_running_obsessed_over_is_no_eating_disorder(matcher):
    # A sixty-second review.
    assert "eating" not in matcher.decide("I'm obsessed with food and running, what's a good recovery snack?").flags


@pytest.mark.parametrize("message", [
    # A sixty-third review: food and running obsessed over, with a loss, lost periods or calories run off
    "my daughter is obsessed with food and running, she has lost loads of weight and her periods stopped",
    "I'm obsessed with food and running and I've lost my period",
    "she is obsessed with food and running off every calorie she eats, her back aches",
])
def test_the_review_63_eating_disorders_get_the_eating_reply(matcher, message):
    assert "eating" in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    # A thirteenth new user's trial: a teenager telling her own restriction (examples of our own)
    "i skip breakfast and lunch most days so i can run faster",
    "all the girls on my team are thinner than me, I've been skipping dinner",
    "I only eat one yoghurt a day in track season",
    "my period has stopped since cross country started, I'm 15",
])
def test_the_newuser13_eating_disorders_get_the_eating_reply(matcher, message):
    assert "eating" in matcher.decide(message).flags


def test_a_breakfast_skipped_before_a_long_run_is_no_eating_disorder(matcher):
    assert "eating" not in matcher.decide("I skip breakfast before long runs, is that bad?").flags


@pytest.mark.parametrize("message", [
    # A sixty-fourth review: a race day's question, period pains gone
    "Should I skip breakfast and lunch before an evening race?",
    "Lost 4 kg and my period pains have gone since I started running, is this normal for runners?",
])
def test_the_review_64_look_alikes_get_no_eating_reply(matcher, message):
    assert "eating" not in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    # A sixty-fifth review: periods told gone with a word between, two meals skipped told plainly
    "I've lost 6kg and my periods are gone",
    "My periods have now stopped since I started running 50 miles a week",
    "I skip breakfast and lunch and just run",
])
def test_the_review_65_eating_disorders_get_the_eating_reply(matcher, message):
    assert "eating" in matcher.decide(message).flags


@pytest.mark.parametrize("message, told", [
    # A sixty-sixth review: a habit told with "do", questions and plans about one race, periods back to normal
    ("I do skip breakfast and lunch most days to get down to race weight", True),
    ("Yes I do skip meals to lose weight", True),
    ("Is it okay if I skip breakfast and lunch before an evening race?", False),
    ("thinking of skipping breakfast and lunch before my race, good idea?", False),
    ("My periods have now gone back to normal since I started eating more", False),
])
def test_the_review_66_eating_words(matcher, message, told):
    assert ("eating" in matcher.decide(message).flags) == told


@pytest.mark.parametrize("message", [
    # A sixty-seventh review: a plan to restrict, periods that never came back
    "I'm going to skip breakfast and lunch every day until I get down to race weight",
    "I'm gonna skip meals to lose weight",
    "I've lost 6kg and my periods stopped, they never came back",
    "I've lost 6kg and my periods are gone and they haven't returned",
])
def test_the_review_67_eating_disorders_get_the_eating_reply(matcher, message):
    assert "eating" in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    # A twenty-second new user: "cals" was read as "calf", "900kcal" as 900 thousand calories
    "i'm only eating 800 cals a day",
    "on 900kcal a day and still running every morning",
    "i eat 1000 kcals a day max",
])
def test_calories_written_short_are_calories(matcher, message):
    assert matcher.decide(message).kind == "urgent"


@pytest.mark.parametrize("message, eating", [
    # A fifth new user's trial, in new words: a day's intake told without "calories", one meal a day without "only";
    # not three meals, nor a race's fuel.
    ("I'm eating about 600 a day at the moment and running every evening", True),
    ("I eat one meal, then run for an hour, and I'm petrified of putting on weight", True),
    ("eating 3 meals a day and running 30 miles a week, why no weight loss?", False),
])
def test_the_new_user_34_eating_words(matcher, message, eating):
    assert ("eating" in matcher.decide(message).flags) == eating
