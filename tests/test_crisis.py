"""Words of suicide or self-harm get the crisis reply first, never an FAQ answer (from a new user's trial)."""
from __future__ import annotations

import pytest

from bot import crisis, replies
from bot import text as textmod
from bot.decision import Kind


def words(message: str) -> list[str]:
    """The words with their marks, as triage reads them (before the speller)."""
    return textmod.marked_words(textmod.normalize(message))


@pytest.mark.parametrize("message", [
    "my back hurts after every run and honestly I feel like killing myself",
    "I want to die, this back pain never stops",
    "been having suicidal thoughts since the injury stopped me running",
    "some days I don't want to be here anymore, my back is so bad",
    "honestly I don't want to go on like this, the back pain has taken running from me",
    # From a second code review: denials that were not, clause ends, and plain ways of saying it.
    "I'm not ok. I want to die.",
    "I've had no sleep, suicidal thoughts every night since my back injury stopped me running",
    "I'm not coping, suicidal again since the back surgery",
    "can't run anymore, no point, suicidal most days",
    "It never ends, I want to die",
    "I have no hope and want to die",
    "I don't want to go on.",
    "i dont want to go on",
    "there is no reason to go on.",
    "I can't go on anymore",
    "I can't go on like this, my back has ruined everything",
    "I'll kill myself",
    "I might kill myself tonight",
    "i want to kill my self",
    "i feel sucidal",
    "I just want to end it",
    "I'd rather be dead than live with this back pain",
    "I want to be dead",
    "there's no point in living anymore",
    "I want to hurt myself",
    "I've been cutting myself again",
    "I took an overdose last night",
    "everyone would be better off if I was gone",
    "I wish I'd never been born",
    # From a third code review.
    "I want to kill myself with pills tonight",
    "I'm going to kill myself over this, running was my whole life",
    "I want to kill myself on Friday when everyone is out",
    "I'm thinking of killing myself for real this time",
    "I want to die lol but honestly I mean it",
    "suicide seems like the only way out since I can't run",
    "I tried suicide last year and now the thoughts are back",
    "suicide",
    "i feel suicidial",
    "suicidial thoughts since my back injury",
    "im suicidel",
    "I don't want to be here.",
    "I don't want to be here anymore because of this back pain",
    "I don't want to be here now my running is over",
    "I don't want to go on anymore because of this back",
    "I'm not sure I want to live anymore",
    "I want to unalive myself",
    "I want to jump off a bridge",
    "no one would miss me if I was gone",
    "I've been harming myself again since I had to stop running",
    "my family would be better off without me, I can't even run now",
    # From a fourth code review.
    "I'm going to end it tonight",
    "I think I'll end it tonight, nothing matters since the injury",
    "I'm gonna end it. I can't run anymore",
    "I might end things tonight",
    "I feel like ending it.",
    "I want to overdose on my pills tonight",
    "I'm going to overdose tonight",
    "I want to OD and never wake up",
    "I wish I could be dead",
    "I wish I was just dead, my back will never heal",
    "I wish I were already dead",
    "I feel like I should hurt myself",
    "I can't go on. My back pain has stopped me running for a year and I'm alone.",
    "There's no reason to go on, I can't even walk",
    "I want to die. I finished dead last at parkrun and my back is wrecked",
    "I want to end my life. My life as a runner is over since the surgery",
    "nobody would miss me if I was gone",
    # From a fifth code review: running words near the words do not cancel them.
    "I can't go on living like this, I haven't run a mile in a year",
    "I can't go on anymore, since the injury I can't even run a 5k",
    "I can't go on. Half my life has been back pain",
    "I can't go on, I had to stop running and now I have nothing",
    "I feel suicidal here at work every day",
    "I want to kill myself here at work, my back hurts all day",
    "I'm suicidal, I have dead legs on every run and nothing helps",
    "I want to die, I've had dead legs for months and my back is wrecked",
    "I'm going to end it all and go be with my dad",
    "I want to end it tonight and head to the bridge",
    "I want to die lol. I mean it.",
    "I want to die haha. Not joking, my back pain is unbearable",
    # From a sixth code review: overdose plans, "I feel dead" beside a wish to be dead, ending it
    # beside running words, "could kill myself", dying at parkrun. Ending it is read as ending one's
    # life unless the run is what ends ("end it at 8k and walk"): a message that only names a run
    # nearby is ambiguous, and the crisis reply is the safer mistake.
    "I'm going to overdose on my pills tonight",
    "gonna OD on my meds tonight",
    "I might overdose tonight",
    "I want to overdose on caffeine pills tonight",
    "I'm thinking about overdosing on my sleeping pills",
    "I wish I was dead, I feel dead inside every single day",
    "I feel like ending it, my marathon is ruined and my back will never heal",
    "I'm gonna end it, the pain after the run every day is too much",
    "I'm going to end it, I've already dropped out of uni and my family hates me",
    "I think I'll end it today, my lower back is killing me on this long run",
    "At mile 8 I feel like ending it, my back is so sore",
    "I feel like I could kill myself",
    "nobody would miss me if I died at parkrun",
    "I can't go on, since the injury I haven't been able to run a 5k",
    # From a seventh code review: the rhetorical question ends in "?"; "end it all and rest".
    "Would anyone even notice if I wasn't here?",
    "What's the point of going on?",
    "I'm so done with everything right now",
    "I just want to end it all and rest forever",
    "I'm going to end it tomorrow",
    "I just want to disappear sometimes",
    # From a twelfth code review: "tired of living with this", tired of life beside a sore back, a
    # time before the words or nobody caring in the next sentence.
    "I'm so tired of living with this, I want to go to sleep and not wake up",
    "Tired of living with this pain, I want it to be over",
    "I'm so tired of life and my back is killing me",
    "tonight ill kill myself lol",
    "I'm going to kill myself lol. Nobody would care",
    # From an eleventh code review: chat typing after the words; a laugh with a time or nobody caring.
    "i feel so hopeless i cant do this anymore",
    "I'm so tired of life i just want to sleep forever",
    "I can't see the point of going on without her",
    "I'm going to kill myself lol nobody would care",
    "ill kill myself tonight lol",
    # From a tenth code review: told of oneself or one's life.
    "I feel so hopeless about my life",
    "I'm tired of life right now",
    # From a ninth code review: hopelessness and "no point going on" told in full; someone else at risk.
    "I don't see the point in going on like this",
    "I feel completely hopeless right now",
    "I'm tired of living like this",
    "My son wants to kill himself because of bullying at school",
    "I'm planning to kill myself lol",
    # From an eighth code review: intent is no medicine worry; a laugh does not undo "want to kill myself".
    "I think I'm going to overdose on my pills tonight",
    "I'm worried I'll take an overdose tonight",
    "I want to kill myself lol",
    # From a third new user's trial: the passive forms, and a friend who wants to end it.
    "back hurts after run and i keep thinking everyone would be better off if i just wasnt around",
    "sometimes i think about not waking up, my back pain is so bad after runs",
    "i feel so worthless, cant even run 5k without my back hurting",
    "i just want it all to stop, the pain in my back never goes",
    "my back is sore after my long run and honestly i don't see the point in anything anymore",
    "my mate said he wants to end it, he's a runner with bad back pain, what do i do",
    "i'm fine really, just tired of everything, can running help my back",
    # From a fourteenth code review: sleep and not wake up; nobody would notice if I disappeared.
    "I just want to sleep and not wake up",
    "I feel so hopeless after my injury, no one would even notice if I disappeared",
    # From a thirteenth code review: the despair after a comma; a day or a plan beside a laugh.
    "I feel so hopeless with this injury, I can't see a way out",
    "I feel worthless after my injury, I'm just a burden to everyone",
    "I feel so hopeless with this injury, everyone would be better off",
    "I feel hopeless about my weight, I just hate myself",
    "I'm gonna kill myself tomorrow lol",
    "im gonna kill myself today lol i have a plan",
    # From a second new user's trial: distress said without the words.
    "nobody would even notice if i was gone",
    "I'm so done with everything",
    "whats the point of anything, even running doesnt help anymore",
    "i want to disappear, my back hurts and i cant run",
    "honestly feel like giving up on life, back pain every day for months",
    # a thirty-second new user's kind, in new words: the words of despair beside a pain, with a loss told whole
    "i cant take it anymore, this back injury has wrecked everything",
])
def test_speaking_of_suicide_or_self_harm_gets_the_crisis_reply(matcher, message):
    d = matcher.decide(message)
    assert d.kind is Kind.URGENT and "crisis" in d.flags and d.entry_id is None, d
    assert replies.for_decision(matcher.faq, d, message)[-1] == replies.Reply(replies.CRISIS)


@pytest.mark.parametrize("message", [
    "that hill nearly killed me, is back pain after hills normal?",
    "I'm killing myself on these intervals and my lower back aches after",
    "I'm not suicidal, just fed up with this back pain, when will it stop?",
    "I hurt myself on my run, back is sore, is it a strain?",
    "my legs were dying by mile 20, is that normal?",
    "I'd kill for a six pack, will running give me abs?",
    "Is running three times a week enough? I really don't want to go on some crazy diet",
    # From a second code review: drills, worries, idioms and jokes.
    "We did suicides at practice and now my lower back aches",
    "suicide sprints wreck my back, normal?",
    "Is it ok to do suicide drills with a sore back?",
    "Could I harm myself running with a slipped disc?",
    "am I going to harm myself if I run through this back pain?",
    "I take my life in my hands running on that road, my back is sore from the camber",
    "running helped me take my life back after my back surgery",
    "will this back injury end my running life?",
    "I don't want to wake up at 5am for my run, is running in the evening ok for my back?",
    "I don't want to be here at the start line with a bad back, should I pull out?",
    "I don't want to go on anymore group runs with this sore back",
    "I'm gonna kill myself trying to get a sub 20 5k lol",
    "every time I run hills I want to die lol, is that normal?",
    "I'm not suicidal, just fed up with this back pain",
    # From a third code review: race reports, injury worries, idioms.
    "at mile 20 my lower back seized and I couldn't go on, so I dropped out. is that a strain?",
    "my back was so bad I couldn't go on, had to walk home. should I rest?",
    "I could not go on. my legs were dead and my back ached. normal for a first marathon?",
    "I feel like I hurt myself on that run, my lower back is sore",
    "I feel like I've hurt myself during the race, lower back aches",
    "felt like I hurt myself lifting after my run, is it a strain?",
    "Can you overdose on ibuprofen for back pain?",
    "I think I overdosed on hill reps this week, my lower back is wrecked",
    "is it possible to OD on gels during a marathon?",
    "I wish my dead legs would recover faster after long runs",
    "there's no point going on a run with my back this sore, is there?",
    "no point going on with my marathon plan if my back is this bad",
    "I want to cut myself some slack and skip the long run, is that ok with a sore back?",
    "thinking about cutting myself some slack this week, my back aches after runs",
    "I'd rather be dead last than DNF with this back",
    "my back hurt at mile 8 so I thought I'll end it now and walk home",
    "do you think suicide sprints are bad for my lower back?",
    "I thought suicide drills would help my core",
    "is this going to end my life as a runner?",
    # From a fourth code review.
    "Honestly, are suicide sprints bad for my lower back?",
    "I didn't want to be here, at the start line with a sore back",
    "what's the point of stretching if my back still hurts after runs?",
    "I'm done with running for the day, back sore",
    "my back pain would disappear if I stretched?",
    # From a fifth code review: overdoing carbs or gels, an injury worry, a dead feeling, ending a run.
    "Will I overdose if I take paracetamol and ibuprofen together for my back?",
    "I'm worried I might overdose on salt tabs during the marathon",
    "I'm planning to overdose on carbs before my first marathon, is that smart with a bad back?",
    "I'm going to OD on caffeine gels before my race lol",
    "Worried about overdosing, how many ibuprofen can I take a day for back pain?",
    "I feel like I could hurt myself if I keep running on this back",
    "I wish I could stop feeling dead on hills, is it my back?",
    "I wish I felt less dead at the end of my long runs",
    "My back is tight at 8k, I'll end it now and stretch",
    "nobody would miss me at parkrun this week, should I rest my back?",
    # From a sixth code review: training doubts, wanting pain or fat gone, "seriously" as an intensifier.
    "What's the point of trying to lose weight by running if I'm still fat?",
    "what's the point of going on long runs if my back always hurts after?",
    "My lower back aches after every run, I just want it to disappear.",
    "I want fat to disappear and running isn't doing it",
    "I'm so done with everything hurting after long runs",
    "would my coach care if I'm not here for the winter series?",
    "Suicide sprints wreck my lower back. Seriously, what should I do instead?",
    "We did suicides at the track tonight. No joke, my back is in bits.",
    "Will I OD on caffeine if I take two gels before the race?",
    # From a fifteenth code review: sleeping after an ultra; hurt or blame myself; better off if I stopped.
    "After the ultra I just want to sleep and not wake up for a week",
    "I could sleep and never wake up after that 20 miler lol",
    "I feel hopeless at hills, I always hurt myself on the descents",
    "Feeling worthless compared to the club runners, I blame myself for skipping strength work",
    "I feel hopeless about my back, would I be better off if I stopped running?",
    # From a fourteenth code review: "better off", "myself", "nothing matters" in training talk.
    "I feel hopeless at hills, would I be better off walking them?",
    "I feel worthless compared to the club runners, am I better off running alone?",
    "I'm tired of everything going wrong with my training, I keep asking myself why I bother",
    "I feel empty inside after the marathon, nothing matters as much as the next race",
    # From a twelfth code review: a question to others after a comma; a training plan with a laugh.
    "I feel so empty inside after the marathon, anyone else feel like this?",
    "I feel worthless compared to everyone at the club",
    "I'm so tired of everything going wrong with my training",
    "I'm gonna kill myself lol this training plan is brutal",
    # From an eleventh code review: tired of living with a condition.
    "Sick and tired of living with sciatica, any tips?",
    # From a tenth code review: a diet, a back pain, pacing, a DNF; banter with a laugh.
    "I don't see the point in going on a diet if running burns calories",
    "I feel hopeless about my back pain, will it ever go?",
    "I feel hopeless at pacing",
    "I feel empty inside after the marathon, is that normal?",
    "I'm so tired of life getting in the way of my training",
    "I'm gonna kill myself lol I forgot my watch at parkrun",
    # From a ninth code review.
    "I feel hopeless every time I run hills, any tips?",
    # From an eighth code review: ending a race, hopeless at hills, training going wrong.
    "I want to end it with a sprint finish, how do I pace the last mile?",
    "My coach wants to end it with strides",
    "I feel hopeless at hills",
    "I don't see the point in going on long runs if my back hurts",
    "tired of everything going wrong with my training",
    # From a third new user's trial: sprint talk with a skull.
    "i wanna die after these hill sprints 💀",
    "tired of everything hurting after long runs",
    # From a seventh code review: too much medicine for a back is a question for a pharmacist.
    "Am I overdosing on painkillers? I take 8 a day for my back",
    "I'm worried I might OD on ibuprofen, I take so many for my back",
    "I might overdose on ibuprofen if my back doesn't settle",
    "I feel like I could kill myself for signing up to this ultra lol",
    "the hail ruined my long run and my back aches, so annoying",
])
def test_running_hyperbole_and_a_denial_are_no_crisis(matcher, message):
    assert not crisis.told(words(message))
    assert matcher.decide(message).why != "crisis"


def test_the_crisis_reply_names_where_to_get_help_now():
    plain = replies.Reply(replies.CRISIS).plain
    assert "emergency number" in plain and "116 123" in plain and "988" in plain and "findahelpline.com" in plain


@pytest.mark.parametrize("flag, message", [
    ("saddle", "my back pain is so bad I want to die, and since this morning I can't feel my groin and can't pee"),
    ("trauma", "I fell off a ladder onto my back and I want to die it hurts so much"),
])
def test_a_warning_sign_told_with_words_of_suicide_gets_both_replies(matcher, message, flag):
    # From a second code review: the crisis reply had replaced the urgent advice (a numb groin needs A&E now).
    d = matcher.decide(message)
    assert d.kind is Kind.URGENT and flag in d.flags and "crisis" in d.flags and d.why == "emergency", d
    sent = replies.for_decision(matcher.faq, d, message)
    assert sent == [replies.urgent(matcher.faq, "emergency", d.flags), replies.Reply(replies.CRISIS)]


# From a fifth new user's trial: self-harm told in plain words, a wish not to wake up, and despair in a
# few words. New examples of each kind (the trial's own messages are in test_the_trials_messages...).
@pytest.mark.parametrize("message", [
    # On purpose.
    "I burn myself on purpose with a lighter",
    "i harm myself deliberately when i feel fat",
    "I hurt myself to cope when the back pain gets bad",
    # As what one does when something goes wrong, or as a habit.
    "i punch myself when i have a bad race",
    "sometimes i scratch myself till it bleeds after a bad run",
    "i've been hitting myself again since my injury",
    "i keep cutting myself when my training goes wrong",
    "I want to hurt myself with a knife",
    "I want to cut myself on the glass",
    # Not waking up, wished or hoped for.
    "I hope I just don't wake up tomorrow",
    "honestly i'd rather not wake up",
    "I hope I never wake up so I don't have to face this",
    # Despair in a few words.
    "I can't take it anymore",
    "i cant do this any more",
])
def test_self_harm_told_in_plain_words_gets_the_crisis_reply(matcher, message):
    d = matcher.decide(message)
    assert d.kind is Kind.URGENT and "crisis" in d.flags and d.entry_id is None, d


@pytest.mark.parametrize("message", [
    "i hurt myself on purpose sometimes when the running goes badly",
    "i hurt myself on purpose",
    "i cut myself when i miss a run",
    "sometimes i hit myself when i run badly",
    "sometimes i wish i could just not wake up",
    "i can't do this anymore",
])
def test_the_trials_messages_get_the_crisis_reply(matcher, message):
    assert matcher.decide(message).why == "crisis"


# ...and runners' talk with the same words stays ordinary: an accident, a sore wake-up, a hard session.
@pytest.mark.parametrize("message", [
    "I hurt myself on a run",
    "cut my knee",
    "I hit the wall at mile 20",
    "this hill is killing me",
    "I can't do this pace anymore",
    "I could sleep for a week",
    "I cut myself on a rock during my trail run, can I still run?",
    "I hit myself with my elbow when I fell on the trail",
    "I keep hitting myself with my arms when I run, is my form bad?",
    "I hope I don't wake up sore after tomorrow's long run",
    "I can't take it any more on these hills, any tips?",
    "I can't do this anymore, my legs die on every long run",
    "i wish i could not wake up at 5am for parkrun",
    "I wish I didn't have to wake up so early for long runs",
    "I hope I don't wake up so early tomorrow, parkrun isn't till 9",
    "I scratch myself a lot on brambles on trail runs",
    "I cut myself shaving before my run",
    "burnt myself on the kettle after my run",
    "I hurt myself when I fell on my run, is it a strain?",
])
def test_runners_accidents_and_hard_sessions_are_no_crisis(matcher, message):
    assert not crisis.told(words(message))
    assert matcher.decide(message).why != "crisis"


# From a sixteenth code review: cries the fifteenth review's look-alikes had cleared, and their
# ordinary neighbours, which stay ordinary.
@pytest.mark.parametrize("message", [
    "I feel so hopeless about my back, I keep wanting to hurt myself",
    "Some days I want to sleep and never wake up, especially after a bad run",
    "I'd like to sleep and not wake up before Christmas, I can't face it",
    "I just want to sleep and not wake up for a week, I mean for good",
    "I feel hopeless about my back, nothing matters now",
    "Everyone would be better off if I just died",
    "I've been hurting myself again",
])
def test_the_sixteenth_reviews_cries_get_the_crisis_reply(matcher, message):
    d = matcher.decide(message)
    assert d.kind == "urgent" and "crisis" in d.flags, d


@pytest.mark.parametrize("message", [
    "I just want to sleep and not wake up for a week after this ultra",
    "I could sleep and never wake up after that marathon",
    "I've been hurting myself on the downhills",
    "nothing matters now until my next race",
])
def test_tiredness_and_injury_talk_next_to_them_is_no_crisis(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


# From a seventeenth code review: runner's itch, trail tumbles and venting about a pain are no cry for
# help; self-harm told plainly still is.
@pytest.mark.parametrize("message", [
    "My legs get so itchy on runs that I keep scratching myself till they bleed",
    "Runner's itch is awful, I scratch myself after every run",
    "I've been hurting myself a lot lately on the trails, ankles keep rolling",
    "This back pain is driving me mad, I can't take it anymore",
    "My back hurts after every run. I can't take it anymore.",
    "I cannot handle this any longer, my back is killing me",
])
def test_itches_tumbles_and_venting_are_no_crisis(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    "sometimes I bite myself when I'm stressed",
    "I can't take it anymore, I just want it to end for good",
    "sometimes i scratch myself till it bleeds after a bad run",
])
def test_self_harm_beside_those_look_alikes_is_still_a_crisis(matcher, message):
    assert "crisis" in matcher.decide(message).flags



# From an eighteenth code review: venting beside despair is despair; scratching on purpose is no itch.
@pytest.mark.parametrize("message", [
    "I got injured and can't run. I can't do this anymore, everyone would be better without me",
    "Running was the only thing keeping me going and now I'm injured. I can't do this anymore.",
    "I keep scratching myself on purpose, it's not a rash",
])
def test_despair_or_purpose_beside_the_look_alikes_is_a_crisis(matcher, message):
    assert "crisis" in matcher.decide(message).flags


# From a nineteenth code review: venting is about a pain, not a club; frustration with a question is no
# crisis; scratching to cope with an itch is no self-harm.
def test_a_club_that_kicked_someone_out_is_no_pain_to_vent(matcher):
    assert "crisis" in matcher.decide("My running club kicked me out. I can't take it anymore.").flags


@pytest.mark.parametrize("message", [
    "My back has been killing me for weeks, I can't stand it any more. Any idea what is going on?",
    "scratching myself to cope with the itch",
])
def test_frustration_and_an_itch_are_no_crisis(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


@pytest.mark.parametrize("message", ["I just want it to end", "I won't be here much longer"])
def test_the_twentieth_reviews_cries_get_the_crisis_reply(matcher, message):
    assert "crisis" in matcher.decide(message).flags


# From a twenty-first code review: a race's last miles, a move away and a pain's end are no cry.
@pytest.mark.parametrize("message", [
    "I won't be here much longer, moving to Leeds next week",
    "my knee pain has lasted weeks, I want it to end now",
    "mile 20 of the marathon and I just want it to end",
])
def test_a_race_a_move_or_a_pain_that_should_end_is_no_crisis(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


# From a twenty-second code review: a run or a move named beside the cry does not undo it.
@pytest.mark.parametrize("message", [
    "I won't be here much longer, I've given away my running shoes",
    "I won't be here much longer, I'm moving on from this life",
    "I just want it to end, even running doesn't help anymore",
    "I'm leaving everyone behind, I won't be here much longer",
])
def test_a_cry_beside_running_or_leaving_is_still_a_crisis(matcher, message):
    assert "crisis" in matcher.decide(message).flags


# From a twenty-third code review: a run named before the words is what "it" is; a move told outright
# makes a farewell's words ordinary; a run named after the words, "half a year" or "a better place" undo
# nothing.
@pytest.mark.parametrize("message", [
    "this training block is brutal, I just want it to end",
    "my run streak hit day 250 and honestly I just want it to end",
    "I'm leaving the running club next month so won't be here much longer",
    "I won't be here much longer, moving to Leeds next month, goodbye to the club!",
    "I won't be here much longer, moving abroad, giving away my old trail shoes, anyone want them?",
    "won't be here much longer, new job in Cardiff, goodbye all and happy running",
])
def test_a_run_that_is_it_or_a_farewell_with_a_move_is_no_crisis(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    "I just want it to end, I've felt like this for half a year",
    "I won't be here much longer, half of me is already gone",
    "I just want it to end, I used to love parkrun but not now",
    "I just want it all to end, nothing helps, not even a 5k",
    "I won't be here much longer, I'm moving to a better place",
    "I've given away my running shoes, I just want it to end",
])
def test_a_run_named_after_the_cry_or_a_euphemism_is_still_a_crisis(matcher, message):
    assert "crisis" in matcher.decide(message).flags


# From a twenty-fourth code review: a run lost or no help is despair; leaving a job or a town is no move away;
# "a year and a half" is no race.
@pytest.mark.parametrize("message", [
    "I used to love running but now I just want it all to end",
    "I can't even run anymore and I won't be here much longer",
    "I'm leaving my job, goodbye everyone, I won't be here much longer",
    "it's been a year and a half of this, I just want it to end",
])
def test_a_run_lost_or_a_job_left_beside_the_cry_is_still_a_crisis(matcher, message):
    assert "crisis" in matcher.decide(message).flags


# From a twenty-fifth code review: a block not even halfway done, "here" as the parkrun.
@pytest.mark.parametrize("message", [
    "this marathon block is brutal and I'm not even halfway, I just want it to end",
    "I won't be here much longer for parkrun, we're moving to Bristol",
])
def test_a_block_half_done_or_parkrun_left_is_no_crisis(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


# From a twenty-sixth code review: a farewell beside "here" as the club, a decision made, running no joy.
@pytest.mark.parametrize("message", [
    "I won't be here much longer at the club, I've given away my kit and said my goodbyes",
    "I won't be here much longer for training, my mind is made up",
    "I'm not even enjoying running now, it's all pointless, I just want it to end",
])
def test_a_farewell_or_despair_beside_the_club_is_still_a_crisis(matcher, message):
    assert "crisis" in matcher.decide(message).flags


# From a twenty-seventh code review: a taper that feels pointless, a decision to move, university.
@pytest.mark.parametrize("message", [
    "this taper feels pointless, I just want it to end",
    "I've made my decision, moving to Leeds, so I won't be here much longer for parkrun",
    "I won't be here much longer at the club, off to university next month, goodbye everyone",
])
def test_a_pointless_taper_or_a_move_to_university_is_no_crisis(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


def test_sober_is_no_sobbing(matcher):
    # From a twenty-eighth code review.
    message = "I've been sober 4 months and this taper is hard, I just want it to end"
    assert "crisis" not in matcher.decide(message).flags


def test_crying_after_every_run_beside_the_words_is_a_crisis(matcher):
    # From a seventh new user's trial.
    assert "crisis" in matcher.decide("I cry after every long run and I just want it all to end").flags


@pytest.mark.parametrize("message", [
    # A twelfth new user's trial: a word between "about" and "not waking up"; despair beside a back named
    "i keep thinking about just not waking up tomorrow",
    "i hate everything, my back is wrecked, the marathon is off, I can't do this anymore",
])
def test_the_twelfth_trials_words_of_despair_get_the_crisis_reply(matcher, message):
    assert "crisis" in matcher.decide(message).flags


def test_venting_about_a_back_is_still_no_crisis(matcher):
    assert "crisis" not in matcher.decide("my back hurts after every run and I can't take it anymore").flags


def test_not_waking_up_early_is_no_crisis_but_never_waking_up_is(matcher):
    # From a sixtieth review.
    assert "crisis" not in matcher.decide("thinking about just not waking up early for parkrun tomorrow").flags
    assert "crisis" in matcher.decide("I keep thinking about never waking up").flags


@pytest.mark.parametrize("message", ["I keep thinking about maybe not waking up one day",
                                     "Been thinking about just never waking up tbh"])
def test_the_review_61_words_of_not_waking_up(matcher, message):
    assert "crisis" in matcher.decide(message).flags


@pytest.mark.parametrize("message", ["I keep thinking about just not waking up at all",
                                     "thinking about just not waking up until it all stops"])
def test_the_review_62_words_of_not_waking_up(matcher, message):
    assert "crisis" in matcher.decide(message).flags


@pytest.mark.parametrize("message", ["I just want to go to sleep and not wake up at all",
                                     "I want to not wake up until it all stops"])
def test_the_review_63_words_of_not_waking_up(matcher, message):
    assert "crisis" in matcher.decide(message).flags


@pytest.mark.parametrize("message", ["honestly thinking about not waking up till noon after this marathon",
                                     "thinking about not waking up at half 5 for the club run",
                                     "thinking about just not waking up at 4:30 for my long run"])
def test_the_review_63_hours_of_waking_are_no_crisis(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


@pytest.mark.parametrize("message", ["honestly they'd all be better off if I just stepped in front of a bus",
                                     "thinking about running into traffic on my way home",
                                     "I keep punching the wall when my runs go badly",
                                     "been hitting my thighs with my fists after bad sessions"])
def test_the_newuser13_words_get_the_crisis_reply(matcher, message):
    assert "crisis" in matcher.decide(message).flags


@pytest.mark.parametrize("message", ["I always hit the wall when I run a marathon",
                                     "I cut my legs when I fell on the trail",
                                     "what if I ran into traffic with headphones on"])
def test_the_newuser13_look_alikes_get_no_crisis_reply(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    # A sixty-fourth review: waking someone else, getting into a car, a warm-up's blows, the idiom of anger
    "I want to not wake up my partner when I get up for my early runs, any tips for my stiff back?",
    "I'm going to jump into the car and go to the physio for my back",
    "I hit my legs with my fists before a race to get the blood flowing, is that bad for my back?",
    "I felt like punching the wall after my run went badly, my back hurt the whole way",
])
def test_the_review_64_look_alikes_get_no_crisis_reply(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    # A sixty-fifth review: the next morning, the road or a bus, blows with no reason told, walls punched
    "I want to go to sleep and not wake up the next morning",
    "Some days I just want to run into the road",
    "I feel like I should just walk into a bus on my run",
    "I hit my legs with my fists until they bruise",
    "I have been punching the wall when my runs go badly",
])
def test_the_review_65_words_get_the_crisis_reply(matcher, message):
    assert "crisis" in matcher.decide(message).flags


def test_the_review_66_self_hatred_with_fists_gets_the_crisis_reply(matcher):
    assert "crisis" in matcher.decide("I hit my head with my fists before every race because I hate myself").flags


@pytest.mark.parametrize("message", [
    # A sixty-sixth review: road racing, a station, a celebration, a boxing bag, the idiom
    "I want to jump into road racing this year",
    "I had to run into the train station to use the loo on my long run",
    "Hit my legs with my fists to celebrate my PB haha",
    "punching the wall bag at boxing makes my back ache",
    "I could punch a wall after that run",
])
def test_the_review_66_look_alikes_get_no_crisis_reply(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    # A sixty-seventh review: a plan into the road or a bus with a reason after it, walls punched beside the idiom
    "I want to step into the road because I can't cope anymore",
    "I keep thinking about walking into a bus if things don't get better",
    "I keep punching walls when my runs go badly, I could punch my own face too",
])
def test_the_review_67_words_get_the_crisis_reply(matcher, message):
    assert "crisis" in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    # An eighteenth new user: a low mood told beside the back's pain is despair, not venting about the pain
    "my lower back aches after every run. been feeling so low lately and I can't take it anymore",
    "is it normal my back hurts after parkrun? I've felt really depressed and can't do this any more",
    "back's sore after my run and honestly I want it all to end",
])
def test_a_low_mood_beside_the_pain_gets_the_crisis_reply(matcher, message):
    assert "crisis" in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    "My back hurts after every run. I can't take it anymore.",
    "this training block is brutal, I just want it to end",
])
def test_venting_about_the_pain_alone_stays_venting(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    # The eighty-second review: the same despair in another order, and "can't cope anymore" beside depression
    "I feel really down and like I can't do this anymore, my back hurts after running",
    "my back hurts after running and honestly I'm depressed, I can't cope anymore",
])
def test_despair_in_another_order_gets_the_crisis_reply(matcher, message):
    assert "crisis" in matcher.decide(message).flags


@pytest.mark.parametrize("message", [
    # ...and ordinary lows about running are venting still
    "feeling low on energy and my back hurts after runs, I cant take it anymore",
    "feeling down about my 10k time and my back hurts after runs, cant take it anymore lol",
    "I feel empty after long runs and my back hurts, can't do this anymore",
    "my back hurts after running, I want it all to end so I can race again",
])
def test_a_low_about_running_is_no_despair(matcher, message):
    assert "crisis" not in matcher.decide(message).flags


@pytest.mark.parametrize("message, crisis_reply", [
    # The eighty-third review: "can't cope" said of oneself, "no point anymore"; of a session it is training talk
    ("I'm depressed and I can't cope", True),
    ("there's no point anymore", True),
    ("can't cope anymore with these hills", False),
    ("I can't cope anymore with these intervals", False),
])
def test_cant_cope_and_no_point(matcher, message, crisis_reply):
    assert ("crisis" in matcher.decide(message).flags) == crisis_reply


@pytest.mark.parametrize("message, crisis_reply", [
    # The eighty-fourth review: despair that names running beside it, and a goal's "no point"
    ("I can't cope anymore with life and running doesn't help", True),
    ("I can't cope with it all", True),
    ("I don't see the point anymore", True),
    ("there's no point anymore, I'll never qualify for Boston", False),
])
def test_the_review_84_words(matcher, message, crisis_reply):
    assert ("crisis" in matcher.decide(message).flags) == crisis_reply


@pytest.mark.parametrize("message", [
    # The eighty-fifth review: "killing me" is no venting beside "can't cope"; a goal's word does not hide despair
    "I can't cope, the loneliness is killing me",
    "I don't see the point in anything anymore, even my pb doesn't matter",
    "I can't cope anymore with the heat and life",
])
def test_the_review_85_despair_gets_the_crisis_reply(matcher, message):
    assert "crisis" in matcher.decide(message).flags


@pytest.mark.parametrize("message, crisis_reply", [
    # The eighty-sixth review: a session or the heat vented beside "can't cope"; a goal's "see the point anymore"
    ("I can't cope, this hill is killing me", False),
    ("these intervals are killing me, I can't cope", False),
    ("I don't see the point anymore, I'll never get a pb", False),
    ("I can't cope, the loneliness is killing me", True),
])
def test_the_review_86_words(matcher, message, crisis_reply):
    assert ("crisis" in matcher.decide(message).flags) == crisis_reply


@pytest.mark.parametrize("message", [
    # The eighty-seventh review: despair told beside the heat or the pace is despair
    "I can't cope, my whole life is falling apart, even the heat",
    "I can't cope anymore, I've lost everything, even my pace",
    "I can't cope, I'm so lonely, the heat doesn't help",
])
def test_the_review_87_despair_gets_the_crisis_reply(matcher, message):
    assert "crisis" in matcher.decide(message).flags


@pytest.mark.parametrize("message, crisis_reply", [
    # A fifth new user's trial, in new words: an overdose told by what was swallowed, letters of farewell, self-harm
    # begun again; and their everyday look-alikes.
    ("I just swallowed a full box of my sleeping pills", True),
    ("took all of my antidepressants at once tonight", True),
    ("I've left goodbye notes for my kids on the table", True),
    ("started cutting again this week. I'm so ashamed", True),
    ("been cutting again lately", True),
    ("I took all my tablets with breakfast like the doctor said, can I run after?", False),
    ("wrote a goodbye card for my running coach who's moving away", False),
])
def test_the_new_user_34_crisis_words(matcher, message, crisis_reply):
    assert ("crisis" in matcher.decide(message).flags) == crisis_reply
