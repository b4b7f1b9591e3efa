"""Words of suicide or self-harm: where to get help now comes with anything else the bot says.

Not one of the back-pain warning signs (bot.signs), and not read for its context the same way: a
message that speaks of wanting to die gets the crisis reply even in a story about a back, and only
a denial of the words themselves ("not suicidal", "I don't want to die") takes it back. The phrases
are the plain ways people say it (Samaritans and NHS guidance on talking about suicide); running's
hyperbole ("that hill nearly killed me", "killing myself on these intervals", "suicide sprints",
"will I harm myself running on it?", "I don't want to wake up at 5am") is left alone.
"""
from __future__ import annotations

import re

from bot.phrases import Gate, PhraseTable, compile_phrases
from bot.text import STOPWORDS

_WISH = "want|wanna|plan|planning|thinking_of|thinking_about|thought_of|thought_about|urge"
_WANT = f"{_WISH}|going|gonna|will|ill|might"  # "ill" is "I'll" without its apostrophe
# Who means to move into harm's way: "thinking about running", "if I just stepped", "should just walk".
_PLAN = (f"{_WANT}|if_i_just|could_just|should_just ~2 run|ran|running|step|stepped|stepping|walk|walked|walking|jump|"
         "jumped|jumping|throw_myself|throwing_myself")
# Ways of hurting oneself: "harm" and "hurt" as the existing phrases read them, and the kinds people name.
_SELF_INJURY = ("cut|cutting|hit|hitting|punch|punching|burn|burning|scratch|scratching|slap|slapping|bang|banging|"
                "bite|biting")
_HARM = f"hurt|hurting|harm|harming|{_SELF_INJURY}"
_RUNNING = ("hill|hills|interval*|rep|reps|run|runs|race|races|pb|pr|sub|pace|km|mile|miles|training|sprint*|"
            "track|workout*|session*|parkrun|marathon|5k|10k")
PHRASES = (
    # "Suicidal", "suicide", typed any way (running's "suicides" and suicide sprints: _HYPERBOLE).
    "suicid*", "sucid*", "unalive*",
    "self harm*", "selfharm*", "took|taken|take|taking|tried an? overdose", "attempted overdose",
    "overdosed ,|.|last|yesterday|again|tonight", f"{_WANT} ~2 to? overdose|od", f"{_WISH} ~2 overdosing",
    "overdosing tonight", "overdosing on ~2 pills|tablets|meds|medication|painkillers|paracetamol|antidepressants|"
    "sleeping_pills|insulin",
    f"{_WANT} ~2 kill|killing myself|my_self",
    # Not "going to hurt myself if I run on it", "feel like I hurt myself on that run": an injury worry.
    f"{_WISH} ~2 harm|harming|hurt|hurting|cut|cutting myself|my_self",
    "feel|feeling|felt like hurting|harming|cutting|killing myself|my_self", "cutting|harming myself again|on_purpose",
    "feel|feeling|felt like i should|want ~1 hurt|harm|cut|kill myself",
    "feel|feeling|felt like i could ~1 kill myself",
    "cutting|harming myself ,|.",
    "end|ending|take|taking my|my_own life ,|.|tonight|today", "end|ending it all", "end|ending my life",
    f"{_WANT}|feel_like|feeling_like ~2 to? end|ending it|things ,|?|.|all|now|tonight|today|tomorrow|soon|"
    "this_weekend|this_week|after",
    "want|wanna|wish ~1 to? die", "want|wanna ~1 to? be dead",
    "wish i was|were ~1 dead", "wish i could be ~1 dead", "wish ~3 never been born|never_born|not_been_born",
    "rather be dead", "better off dead", "better off without me", "better off if i ~1 was|were gone|dead",
    # From a third new user's trial: the passive forms.
    "better off if i ~1 was_not|were_not|was_gone|were_gone|was_never around|here|alive|born",
    "think|thinking|thought about not waking_up|being_here|existing|being_alive",
    # ...with a word between: "I keep thinking about just not waking up tomorrow"
    "think|thinking|thought about just|simply|maybe? not|never waking_up|wake_up|being_here",
    "feel|feeling|felt ~1 so|really|completely|totally|utterly? worthless|hopeless|empty_inside",
    "want|wanna it all to stop", "tired of living|being_alive", "i_am|so|just|really|im tired of everything|life",
    "{not} see the point in|of ~1 anything|living|life|going_on",
    "wants|talking_about|talks_about|said_he|said_she ~2 to? end_it ,|?|.|and|all",
    "wants|talking_about|talks_about|said_he|said_she ~2 to? kill_himself|kill_herself|kill_themselves",
    "no_one|nobody would miss me", "jump|jumping off a|the bridge|building|cliff|roof",
    "{not} want to live|be_alive|exist", "want to live anymore|any_more",
    "{not} want to be here ,|.|anymore|any_more|now",
    "{not} want to wake up again|anymore|tomorrow|ever ,|.", "{not} want to wake up ,|.",
    "sleep and not|never wake up", "would ~2 notice|care|miss_me ~2 if i ~1 disappeared|vanished|died",
    "{not} want to go on ,|.|like_this|living|anymore|any_more",
    "{cannot} ~1 go on anymore|any_more|like_this|living", "{cannot} ~1 go on ,|.",
    "no point ~1 living", "no point in? going on ,|.|anymore|any_more|living",
    "no reason to live|go_on", "not worth living",
    # Distress said without the words: "nobody would notice if I was gone", "what's the point of anything".
    "would ~2 notice|care|miss_me ~2 if i ~1 was|were|am gone|dead",
    "would ~2 notice|care|miss_me ~2 if i ~1 was|were|am not_here ,|?|.|anymore|any_more|tomorrow|any_longer|"
    "at_all",
    "so|just|totally done with everything|life|living|it_all ,|?|.|and|now|anymore|right_now|tbh|lately|honestly|"
    "today", "done with life",
    "what|whats is? the point of|in ~1 anything|living|life|it_all",
    "what|whats is? the point of|in going_on|carrying_on|trying ,|?|.|anymore|any_more|at_all",
    "want|wanna to? disappear ,|?|.|forever|for_good|and|from_everything|sometimes|after|since|because",
    "want|wanna to just disappear",
    # A plan told in running's own words (a thirteenth new user): "better off if I just ran into traffic",
    # "walk into a bus"; not getting into a car ("jump into the car"), nor "road racing" or "the train station"
    # (_HYPERBOLE).
    f"{_PLAN} in_front_of ~1 the|a? traffic|car|cars|bus|train|lorry|truck",
    f"{_PLAN} into ~1 the|a? traffic|oncoming",
    f"{_PLAN} into ~1 the|a? road|bus|lorry|train|truck",
    # Blows to oneself (NICE NG225 lists hitting oneself as self-harm): "I hit my legs with my fists until they
    # bruise", walls punched as a habit ("I've been punching the wall"), not a runner's "hit the wall" nor the
    # idiom "I felt like punching the wall"; a warm-up's blows and a boxing bag are _HYPERBOLE's.
    f"{_SELF_INJURY} my legs|arms|head|thighs|face|stomach ~3 fist|fists|belt",
    "i|keep|always|often|been|started|start|sometimes ~1 punch|punching|punched the|a? wall|walls",
    "giving|give|given|gave up on life|living|everything",
    # Self-harm told in plain words (a fifth new user's trial): a hurt done to oneself on purpose, or
    # as what one does when something goes wrong ("I cut myself when I miss a run"). Cutting, hitting
    # and burning oneself are the commonest kinds (NICE NG225, Samaritans). "Hurt myself" alone is an
    # injury ("I hurt myself on a run"): only on purpose is it self-harm.
    f"{_HARM} myself|my_self on_purpose|deliberately|intentionally|to_punish|to_feel|to_cope|as_punishment|"
    "as_a_punishment|so_it_hurts",
    f"{_SELF_INJURY} myself|my_self when|whenever|every_time|each_time|if|after|because|sometimes|again|"
    "a_lot|often|every_day|every_night|most_days",
    f"sometimes|often|always|usually|keep|kept|started|start|still|been|i_do ~1 {_SELF_INJURY} myself|my_self",
    # Not waking up, wished or hoped for: "I wish I could just not wake up", "I hope I don't wake up".
    "wish|hope|rather ~3 not|never wake up",
    "want|wanted|wanting|wanna ~2 to? not|never wake up",
    # Despair said in a few words: "I can't do this anymore", "I can't take it any more" (Samaritans list
    # "I can't take it any more" among the things people say). Said of a pace, a hill or a session it
    # is training talk (_HYPERBOLE); said alone, the crisis reply is the kinder mistake than the fallback.
    "{cannot} do|take|handle|bear|stand this|it anymore|any_more|any_longer",
    # "I can't cope (anymore)" (Samaritans: "I can't cope"); of a pain or a session it is venting (_FED_UP, _HYPERBOLE)
    "{cannot} cope ?|anymore|any_more|any_longer|,|.|with_life|with_anything|with_everything|with_it_all",
    "do not see the point anymore|any_more|in_anything|of_anything|in_living|of_living",
    "there|there_is no point anymore|any_more ?|,|.",
    # From a sixteenth code review: the wish in its "-ing" form, the hurt told as ongoing, the others
    # better off after a death, and nothing mattering any more.
    "wanting to hurt|harm|cut|kill myself|my_self",
    "been hurting|harming|cutting myself|my_self again|,|.|lately|recently|a_lot|for",
    "hurting myself|my_self again|on_purpose",
    "better off if i ~1 died|disappeared|did_not_exist|was_never_born|killed_myself",
    "nothing matters anymore|any_more", "nothing matters now ,|.",
    # From a twentieth code review: "I just want it (all) to end", "I won't be here much longer".
    "want|wanna it ~1 to end ,|.|for_good|now|already|soon", "want|wanna it all to end",
    "will not|wont be here much_longer|for_much_longer",
    # From a fifth new user's trial: an overdose told by what was swallowed, letters of farewell written, self-harm
    # told as begun again ("swallowed a whole packet of paracetamol", "i took all my tablets", "i've written goodbye
    # letters to my family", "i've been cutting again"; NHS: an overdose needs A&E even when one feels fine).
    "swallowed|took|taken|downed|necked|had ~2 a|the? whole|entire|full packet|packets|box|boxes|bottle|tub|strip|"
    "strips|handful|load ~1 of ~1 my|his|her? pills|tablets|paracetamol|painkillers|meds|medication|ibuprofen|"
    "co_codamol|codeine|sleeping_pills|antidepressants|insulin",
    "swallowed|downed|necked ~2 a? handful|handfuls|load|loads of ~1 pills|tablets|paracetamol|painkillers|meds",
    "took|taken|swallowed all|all_of ~1 my|his|her|the ~1 tablets|pills|meds|medication|painkillers|"
    "antidepressants|sleeping_pills ,|.|at_once|in_one_go|tonight|and|on_purpose",
    "written|wrote|writing|left ~2 goodbye|farewell letters|letter|notes|note",
    "been|started|i_am|im|keep ~1 cutting again ,|.|lately|recently|tonight|and_i|this_week|today|last_night",
)
_SAID = PhraseTable(PHRASES)
# A denial of the words themselves, in their own clause: "not suicidal", "I don't want to die".
_DENIED = re.compile(r"(?:not|never|no|nor) (?:(?:really|ever|actually|even|been|felt|feel|feeling|am|was|at|all|"
                     r"that) ){0,2}$")
# Running's senses of the same words, and hyperbole, each for the word it qualifies and read from
# it on: "gonna kill myself trying to get a sub 20", "suicide sprints", "dead last", "cut myself some
# slack", "my life as a runner", "I want to die lol". A word the match does not hold never cancels
# it: "I feel suicidal here at work" is no start line.
_OVERDOSING_ON = ("overdose|overdosing|od on ~2 carbs|gels|gel|food|sugar|pasta|coffee|protein|salt|sweets|chocolate|"
                 "cake|snacks|water|electrolytes|energy|jelly_babies|miles|hills|training",
                 "overdose|overdosing|od on ~1 caffeine gels|gel|drinks|before",
                 # Too much medicine for a back: "overdosing on painkillers for my back", "6 a day too many?".
                 "overdose|overdosing|od ~2 on ~3 if|for_my|too_much|too_many|a_day|per_day",
                 # "Will I overdose if I take ibuprofen with paracetamol?": a question about a dose.
                 "will|might|could|would|can|do i overdose|od if|on|from|by|taking|with")
# "Hopeless at pacing", "worthless compared to the club runners": a skill or a training worry.
_AT_SOMETHING = (f"hopeless|worthless at|on|with|about|after|trying|compared|when|every_time ~4 {_RUNNING}|running|"
                 "runner|runners|pacing|pace|diet|dieting|weight|back|pain|sciatica|disc|injury|technology|"
                 "garmin|watch|dnf|club|fuel*|hills|hill|maths|cooking",)
# Told of oneself or one's life, the same words are distress whatever running words are near, anywhere
# in the sentence ("I feel so hopeless with this injury, I can't see a way out"); "like this" only in
# the match's own clause ("...after the marathon, anyone else feel like this?" asks others).
_ABOUT_SELF = compile_phrases(("my life", "hate|harm|cut|kill myself", "the future", "anymore",
                               "any more", "any longer", "way out", "sleep forever", "this anymore",
                               "{cannot} do this", "without her|him|them", "go on", "burden",
                               "better off ~2 without_me|dead|gone", "better off if i ~1 was|were gone|dead|not_here|"
                               "never_born", "everyone|they|family|people would ~1 be better off",
                               "nothing matters ,|.|anymore|any_more", "some days", "for good",
                               "{cannot} take|face it", "{cannot} face ~2 anything|everything|life"))
_ABOUT_SELF_CLAUSE = compile_phrases(("like this",))
_ABOUT_SELF_STRONG = compile_phrases(("my life", "for good", "burden", "way out", "better off", "better without me",
                                      "without me", "hate myself", "kill myself", "want to die", "be dead", "end it",
                                      "keeping me going", "kept me going", "only thing", "give up on", "nobody cares",
                                      "no one cares", "hopeless", "worthless", "everyone would", "this life",
                                      "everyone behind", "better place", "all pointless", "everything ~2 pointless",
                                      "life ~2 pointless", "hate everything|everyone|being_alive|existing",
                                      # a loss told whole: "the injury has ruined everything" (a thirty-second new
                                      # user; not "ruined my run", "ruined my PB")
                                      "ruined|wrecked|destroyed|taken everything", "lost everything",
                                      # a low mood told beside the pain: "my back hurts after running. I feel really
                                      # down and like I can't do this anymore" (an eighteenth new user); a mood, not
                                      # "low on energy", "down about my 10k time" or "it all to end so I can race"
                                      # (an eighty-second review)
                                      "feel|feeling|felt|been really|so|very|pretty|quite|super|just? down|low|"
                                      "depressed ,|.|?|and|lately|recently|for|all|most|these|like|since|but|i|"
                                      "honestly",
                                      "i am|im|i_have_been depressed", "depression", "dark place",
                                      "my whole life", "lost everything", "so|very|really|too lonely", "falling apart",
                                      "nothing left",
                                      "it all to end ,|.|?|and|now|honestly", "end it all",
                                      # life itself named beside a session: "can't cope anymore with the heat and life"
                                      "and|with life ,|.|?|and|in_general|itself"))
# A farewell's words: despair beside "I just want it to end", but ordinary with a move told ("moving to
# Leeds, goodbye to the club!", "moving abroad, giving away my old running shoes").
_FAREWELL = compile_phrases(("given away", "give away", "giving away", "letters", "goodbye", "quit my job",
                              "made my decision", "mind is made up"))
_ON_PURPOSE = re.compile(r"on purpose|deliberately|intentionally|to punish")
_SELF_WORDS = ("hopeless", "worthless", "empty", "tired", "going on", "sleep", "wake")


def _wake_times(verb: str) -> tuple[str, ...]:
    """Phrases of waking at an hour, until one, or for an errand ("waking up at half 5 for the club run")."""
    return (f"{verb} at #|#am|#pm|dawn|half|quarter|the_crack|four|five|six|seven|eight|nine|ten|eleven|noon|"
            "midday|lunchtime",
            f"{verb} till|until|til #|#am|#pm|noon|midday|lunch*|late|mid_morning|the_afternoon|tomorrow|monday|"
            "tuesday|wednesday|thursday|friday|saturday|sunday|the_weekend",
            f"{verb} for ~2 work|school|parkrun|training|run|runs|race|session|club|shift|#|#am|long_run",
            # a sleep's length after a race: "sleep and not wake up for a week after this ultra"
            f"{verb} for a|an|# ~1 week|weeks|day|days|hour|hours|month|while|bit|year",
            # someone else woken: "I want to not wake up my partner when I get up for my early runs"
            # (people only: "never wake up the next morning" is the wish itself, a sixty-fifth review)
            f"{verb} my|his|her|our|anyone|everyone|someone|people|partner|kids|baby|husband|wife|housemates|"
            "neighbours|family|the_kids|the_baby|the_house|the_neighbours|the_dog|the_whole_house")

_HYPERBOLE = tuple((word, compile_phrases(phrases)) for word, phrases in (
    ("kill", ("kill|killing myself trying|doing|running|getting",
              f"kill|killing myself on|with|over|for ~2 {_RUNNING}")),
    ("suicide", ("suicides",
                 "suicide sprint*|drill*|run|runs|running|hill|hills|line|lines|shuttle*|workout*|set|sets")),
    ("die", ("die of ~1 embarrassment|shame|laughter|laughing|boredom",
             "die on|at|up|after|from ~2 hill|hills|those|these|that|the_last|sprint*|reps|intervals|session*")),
    ("dead", ("dead last|legs|lift*",)),
    ("cut", ("myself some slack",)),
    ("life", ("life as a|an ~1 runner|athlete",)),
    ("anymore", ("anymore|any_more group|groups|run|runs|race|races|long|club",)),
    # Ending a run, with the run's place or what comes next: "I'll end it at 8k and walk home".
    ("end", ("end|ending it now|today|here|there|early? and walk|jog|run|pull|drop|stretch|rest|head_home|go_home|"
             "walk_home|call_it",
             "end|ending it ~2 at|after|around ~2 #|#k|#km|#mi|mile|miles|km|the_turnaround|halfway",
             "end|ending it early|short ,|.|and|today")),
    ("miss", ("miss me at ~1 parkrun|run|runs|club|session|training|race",
              "miss me if i skip*|miss|missed|do_not_come|do_not_show ~3 parkrun|run|runs|club|session|training")),
    ("here", ("here ,? at|on the? start|race|parkrun|line|track|gym|finish",)),
    # Training talk: "hopeless at hills", "tired of everything going wrong with my training", "no
    # point going on long runs".
    ("hopeless", _AT_SOMETHING),
    ("worthless", _AT_SOMETHING),
    ("empty", ("empty inside after ~3 marathon|race|run|ultra|half|parkrun",)),
    # "I could sleep and not wake up till Tuesday after that 100 miler": tiredness, not a wish to die.
    ("sleep", ("wake up for|till|until|before ~3 week|weeks|days|monday|tuesday|wednesday|thursday|friday|"
               "saturday|sunday|noon|lunch|tomorrow|christmas|next",
               "after ~4 ultra|marathon|miler|race|run|parkrun|half|hundred|ironman")),
    # "can't cope anymore with these hills" is training talk, as "can't take it anymore" is (an eighty-third review)
    # (the session right after "with": not "can't cope anymore with life and running doesn't help", a review)
    ("cope", (f"cope anymore|any_more|any_longer with the|these|this|my|all_the|all_these? {_RUNNING}|running|"
              "runner|training|session|sessions|hills|intervals|plan|marathon",)),
    # "there's no point anymore, I'll never qualify for Boston": a goal's, not a life's
    ("point anymore", ("qualify|qualifying|boston|pb|pr|race|races|racing|marathon|half|10k|5k|times|pace|"
                       "training|sub",)),
    ("tired", ("tired of everything ~4 training|running|run|runs|race|hurting|aching|going_wrong",
               "tired of life getting_in_the_way",
               "tired of living with ~1 sciatica|arthritis|back_pain|a_bad_back|my_back|disc|discs|injury|hernia|"
               "scoliosis")),
    ("going on", ("going_on a|an|the|some|long|easy|my|about|painkillers|holiday ~1 run|runs|jog|jogs|hill*|parkrun|"
                  "diet|treadmill|it|them|run*|course|holiday|trip|medication",
                  "going_on runs|jogs|hills")),
    ("overdos", _OVERDOSING_ON),
    # An accident: "cut myself on a rock", "hit myself with my elbow when I fell", "burnt myself cooking".
    # Never a blade or a lighter: "with a knife" tells how, not an accident.
    ("myself", ("myself|my_self ~3 on|against|off ~2 rock|rocks|glass|branch*|thorn*|bramble*|"
                "fence|gate|door|table|tin|can|paper|trail|trails|treadmill|bike|path|pavement|curb|kerb|root|roots|"
                "oven|pan|runs|hills|descents|downhills|ankle|ankles|"
                "stove|kettle|iron|bar|barbell|weights|kettlebell",
                "myself|my_self ~3 with my|a|the ~1 elbow|elbows|arm|arms|hand|hands|knee|knees|watch|phone|keys|"
                "bottle|shoe|shoes|foot|feet",
                "myself|my_self ~3 in the kitchen|garden|shower",
                "myself|my_self ~3 shaving|cooking|gardening|falling|fell|fall|tripping|tripped|trip|slipping|slipped|"
                "by_accident|accidentally|chopping|opening|crashed|crash",
                "myself|my_self when|whenever|if|after|because i ~2 fell|fall|tripped|trip|slipped|slip|crashed|crash|"
                "shave|shaved|was_shaving|cook|cooked|was_cooking|landed|stumbled",)),
    # Not waking up sore, or at an hour: "I hope I don't wake up stiff tomorrow", "...at 5am for training".
    # An hour or an errand, never "at all" or "until it all stops" (a sixty-third review).
    ("wake", ("wake up sore|stiff|aching|achy|hurting|tired|with|in_pain|feeling|early|late|before|in_time|so_early|"
              "so_late|too_early|again_at", *_wake_times("wake up"))),
    # "thinking about just not waking up early for parkrun" (a sixtieth review)
    ("waking", ("waking up sore|stiff|aching|tired|early|late|before|in_time|so_early|so_late|too_early|to_run",
                *_wake_times("waking up"))),
    # "Can't take it any more on these hills", "can't do this anymore, my legs die on every long run":
    # a running word in the rest of the sentence makes it training talk.
    *((f"{verb} {it}", (f"{_RUNNING}|running|runner",)) for verb in ("do", "take", "handle", "bear", "stand")
      for it in ("this", "it")),
    (" od ", _OVERDOSING_ON),
    # A warm-up's or a massage's blows: "I hit my legs with my fists before a race to get the blood flowing".
    # (not "before every race because I hate myself": a warm-up told, a sixty-sixth review)
    ("fist", ("fist|fists ~6 warm|warming|blood_flowing|get_the_blood|massage|wake_them|loosen|percussion|celebrat*",)),
    # A boxing bag or the idiom: "punching the wall bag at boxing", "I could punch a wall after that run".
    ("punch", ("punch|punching|punched ~3 bag|bags|pads|boxing|sparring|gloves",
               # (the idiom only: "I would punch my legs after every run" is a habit, a sixty-seventh review)
               "i could ~1 punch a|the wall", "wanted_to|felt_like|feel_like|could_have ~1 punch|punching")),
    # A road's or a vehicle's place, not the thing itself: "jump into road racing", "run into the train station".
    ("road", ("road racing|race|races|running|runs|run|trip|bike|biking|cycling|marathon|10k|5k|half",)),
    ("bus", ("bus station|stop|shelter|lane|route|garage|depot",)),
    ("train", ("train station|line|ride|carriage|track|set",)),
))
# A laugh after the words ("I want to die lol") is undone by "I mean it" anywhere in the message;
# nothing else is: "Suicide sprints wreck my back. Seriously, what instead?" stays running talk.
# A worry about too much medicine, told before the words, is for a pharmacist or 111, not the crisis
# lines: "am I overdosing on painkillers?", "worried I might OD on ibuprofen".
_WORRIED = compile_phrases(("am_i|accidentally ~2 overdos*|od",
                            "worried|scared|afraid ~1 i_might|i_am|about|that_i_am|i_may|i_could ~1 overdos*|od"))
# A time, pills or nobody caring is no joke, laugh or not: "ill kill myself tonight lol".
_INTENT = compile_phrases(("tonight", "nobody|no_one|noone ~2 care|cares|notice|miss", "pills", "rope", "bridge",
                           "for real", "kill myself ~1 today|tomorrow|at_the_weekend|this_weekend|this_week",
                           "have|got|made|making ~1 a plan", "planned"))
_LAUGHTER = compile_phrases(("die|dead lol|lmao|haha|hahaha|😂|💀", "wake up ~6 lol|lmao|haha|hahaha|😂|💀",
                             "kill|killing myself ~6 lol|lmao|haha|hahaha|😂|💀"))
_SERIOUS = compile_phrases(("i mean it", "seriously", "for real", "not joking", "no joke"))
# "I couldn't go on, so I dropped out": in a race report, not going on is stopping running.
_RACE_TALK = compile_phrases(("race|races|racing|marathon|parkrun|dnf|pb|pr", "# k|km|mile|miles", "mile|km #",
                              "#k|#km|#mi",
                              "5k|10k|half_marathon|the_finish", "dropped|drop|pulled|pull out",
                              "walk|walked|walking home|back|it_in", "had to walk", "called it",
                              "long|this|my|the run"))
_SENTENCE_END = re.compile(r" [.?] ")
# A hurt wished for is no accident, whatever it is done on: "I want to cut myself on the glass".
_WISHED = re.compile(rf"(?:{_WANT.replace('_', ' ')}|feel|feeling|felt|should) ")
# Venting about a pain or a run, in the sentence or the one before: "My back hurts after every run. I
# can't take it anymore." is no cry for help on its own (words of suicide beside it still are).
_VENTING = compile_phrases(("pain*", "back", "hurt*", "ache*", "aching", "sore*", "itch*", "sciatica", "injur*",
                            # a session or the weather vented: "I can't cope, this hill is killing me" (not "the
                            # loneliness is killing me": an eighty-sixth review)
                            "hill", "hills", "shin", "shins", "calves", "intervals", "heat", "humidity", "pace",

                            "niggle*", "spasm*", "stiff*", "cramp*"))
_ITCH = compile_phrases(("itch*", "rash*", "hives", "bites", "chafe*", "chafing", "eczema", "mosquito*", "nettle*"))
_FED_UP = re.compile(r"(?:can not|cannot) (?:(?:do|take|handle|bear|stand) (?:this|it) (?:anymore|any more|any longer)"
                     r"|cope\b)"
                     r"|(?:want|wanna) it (?:all )?(?:just )?to end|(?:will not|wont) be here")
# A run named before "I just want it to end" or "I won't be here much longer" is what "it" is: a race's
# last miles, a training block ("this training block is brutal, I just want it to end"); named after,
# it is no such thing ("I just want it to end, I used to love parkrun"). A move told anywhere in the
# sentence is a move away ("moving to Leeds"), but not "moving to a better place".
_RUN_BEFORE = compile_phrases((f"{_RUNNING}|running|runner|runners|half_marathon|the_half|ultra|ultras|"
                               "block|streak|taper|heatwave|season|club",))
# ...but a run lost or no help is despair of its own: "I used to love running but now...", "I can't run
# anymore", "even running doesn't help".
_RUN_LOST = compile_phrases(("anymore", "any more", "used to", "no longer", "{not} ~2 help|helps|helping",
                             "cry|crying|cried|tears|sob|sobbing|sobbed",
                             "not even ~2 enjoy*|like|love|want|care|fun",
                             "{cannot} ~2 run|running", "but now"))
_MOVE = compile_phrases(("moving|relocating|emigrating to|abroad|away|house|overseas|back_home",
                         "new job", "heading out|off", "flight", "holiday", "travelling|traveling",
                         "leaving the|this|my club|group|chat|team", "off to", "going to uni|university|college",
                         "retir*", "switching|changing clubs", "another|a_new|new club"))
_HERE_AT = compile_phrases(("much? longer? for|at ~2 parkrun|parkruns|club|training|group|sessions|races|track|"
                            "runs|the_club|this_club|tuesdays|sundays",))
_WISH_BEFORE = re.compile(r"(?<![^ ])(?:want|wanna|wish|wishing|like|hope|hoping|longing) (?:to )?(?:just )?$")
# The words of some phrase are in every match ("better off dead", "kill* myself"): most messages hold no
# such set, and skip the regex; one word alone ("better", "about") would wake it for one message in four.
_GATE = Gate(PHRASES, STOPWORDS)


def about_self_strong(text: str, start: int, end: int) -> bool:
    """Distress told of oneself beside the words, past mere venting ("for good", "my life", "a burden")."""
    return _ABOUT_SELF_STRONG.search(text, start, end) is not None


def _fed_up_only(text: str, start: int, end: int, sentence_end: int, said: str) -> bool:
    """Whether "can't take it anymore", "want it to end" or "won't be here" at text[start:] is venting
    about a pain, a run or a move, with no despair told anywhere in the message."""
    lo = sentence_start(text, start)
    endure = not said.startswith(("can not", "cannot"))  # only "want it to end" and "won't be here"
    # "I won't be here much longer for parkrun": the club or the run is where "here" is.
    away = endure and _MOVE.search(text, lo, sentence_end) is not None
    moved = away or (endure and _HERE_AT.match(text, end) is not None)
    # A farewell's words are ordinary only with a move away told ("moving to Leeds, goodbye!").
    if about_self_strong(text, 0, len(text)) or (not away and _FAREWELL.search(text)):
        return False
    return bool(moved or _VENTING.search(text, sentence_start(text, max(0, lo - 3)), sentence_end)
                or (endure and _RUN_BEFORE.search(text, lo, start) and not _RUN_LOST.search(text, lo, sentence_end)))


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` of a marked text begins."""
    before = max(text.rfind(" . ", 0, at), text.rfind(" ? ", 0, at))
    return before + 3 if before >= 0 else 0


def next_sentence_end(text: str, at: int) -> int:
    """The end of the sentence after the one ending at offset `at` (or the text's end)."""
    after = _SENTENCE_END.search(text, at + 2)
    return after.start() + 1 if after else len(text)


def told(marked: list[str] | tuple[str, ...]) -> bool:
    """Whether a message's words with their marks (bot.reading.Reading.tokens: lowercase, contractions
    spelt out, typos fixed, "," "." "?" standing alone) speak of suicide or self-harm, other than to
    deny it."""
    if not _GATE.opens(marked):
        return False
    text = " ".join(marked) + " . "  # the message's end closes its last clause
    serious = _SERIOUS.search(text) is not None
    for m in _SAID.finditer(text):
        said = m.group()
        if _DENIED.search(text[:m.start()]):
            continue
        # Hyperbole counts only in the match's own sentence, for a word the match holds.
        after = _SENTENCE_END.search(text, m.start())
        sentence_end = after.start() + 1 if after else len(text)
        end = min(sentence_end, m.end() + 50)
        clause = text.find(" , ", m.end())
        clause_end = min(sentence_end, clause + 1) if clause >= 0 else sentence_end
        about_self = (_ABOUT_SELF.search(text, m.start(), sentence_end) is not None
                      or _ABOUT_SELF_CLAUSE.search(text, m.start(), clause_end) is not None)
        # "I want to sleep and never wake up" is a wish, whatever run comes after it; "I could sleep
        # and not wake up after that ultra" is tiredness.
        wished = _WISH_BEFORE.search(text, max(0, m.start() - 25), m.start()) is not None
        # (despair told anywhere keeps "can't do this anymore" despair whatever run is named beside it: "I feel
        # really down and like I can't do this anymore, my back hurts after running", an eighty-second review)
        if not re.search(r"end(?:ing)? it all", said) and not (_FED_UP.match(said) and about_self_strong(
                text, 0, len(text))) and any(
                word in said and rx.search(text, m.start(), end) for word, rx in _HYPERBOLE
                if not (about_self and word in _SELF_WORDS) and not (word == "myself" and _WISHED.match(said))
                and not (word == "sleep" and wished)):
            continue
        # Runner's itch: "my legs get so itchy on runs that I keep scratching myself".
        if ("scratch" in said and not _ON_PURPOSE.search(text, m.start(), sentence_end)
                and _ITCH.search(text, sentence_start(text, m.start()), sentence_end)):
            continue
        # Venting about a pain, unless despair is told anywhere in the message ("...everyone would be
        # better without me", "running was the only thing keeping me going").
        if _FED_UP.match(said) and _fed_up_only(text, m.start(), m.end(), sentence_end, said):
            continue
        if ("overdos" in said or " od " in f" {said}") and _WORRIED.search(text, max(0, m.start() - 40), end):
            continue
        # "I want to kill myself lol" is said, not a figure of speech: a laugh undoes only "could kill myself".
        if not serious and _LAUGHTER.search(text, m.start(), sentence_end) and not (
                "kill" in said and said.startswith(tuple(_WISH.replace("_", " ").split("|")))) and not (
                _INTENT.search(text, sentence_start(text, m.start()), next_sentence_end(text, sentence_end))):
            continue
        # "I couldn't go on, so I dropped out", "I'll end it today, my back is killing me on this long
        # run": in a run or race report, stopping is stopping running.
        # A race report tells it in the past ("I couldn't go on. ... normal for a first marathon?");
        # "I can't go on" in the present is never only a race.
        if (re.match(r"could not (?:[^ ]+ )?go on", said) and not re.search(r"anymore|any more|like this|living", said)
                and _RACE_TALK.search(text)):
            continue
        return True
    return False
