"""Words of an eating disorder or a starvation diet: a kind reply that points to help, never weight-loss advice.

Like bot.crisis and unlike the back-pain signs: what someone tells of their eating is taken as told,
in a story about running or not, and only a denial of the words themselves ("I'm not starving
myself") takes it back. The kinds are those eating-disorder services ask about (Beat's and NICE
NG69's signs: restricting, purging, laxatives, exercise to make up for eating, distress about one's
body) and a diet below what any runner needs (under 1,200 kcal a day; the NHS keeps diets under
800 kcal for medical supervision, and the IOC's RED-S consensus warns of running on too little
energy). Wanting to lose weight, eating a little less, or a big meal's calories are no such thing.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from bot.crisis import next_sentence_end, sentence_start
from bot.phrases import Gate, compile_phrases
from bot.text import STOPWORDS

TOO_LITTLE_KCAL = 1200  # a day: below this a runner's diet is a starvation diet (see above)
_RUNNING = ("run|runs|running|race|races|racing|marathon|parkrun|hill|hills|rep|reps|interval*|sprint*|session|"
            "workout|training|km|mile|miles|5k|10k|gel|gels|heat|finish|nerves|worry|worrying|anxiety")
_WHO = "myself|my_self|herself|himself|themselves"
# Periods told stopped, with a word or two between but never "pains" ("my period pains have gone").
_STOPPED = ("are|have|has|had|is? just|now|completely|totally|basically|pretty_much|all_but? "
            "stopped|gone|disappeared|vanished")
PHRASES = (
    # Restricting: "starving myself to make race weight", "barely eating to get lighter".
    f"starve|starving|starved {_WHO}",
    "not|barely|hardly|stopped eating ~3 to|so|for ~2 lose|lighter|light|thin|thinner|skinny|weight|race_weight",
    "stopped eating ,|.|altogether|completely|entirely|since|properly",
    "skip|skipping|skipped meals|eating ~3 to|so ~3 lose|run|burn|weight|lighter|light|thin|more|stay",
    "skip|skipping|skipped meals|eating and ~3 lose|burn|weight|lighter|light|thin|stay",
    "only ~1 eat|eating|have|having one|a_single meal a|per day", "eat|eating|ate nothing but",
    # one meal a day told without "only", or beside running twice a day (a fifth new user's trial: "i run twice a
    # day and eat one meal, im terrified of gaining")
    "eat|eating|having one|a_single meal a|per day", "eat|eating one meal ,|.|and_i|and_run|and_still",
    "terrified|petrified of gaining|putting_on",
    # A parent's or a friend's account: "obsessed with her weight... barely eating", "eating almost nothing".
    "obsessed|obsessing|obsessive with|about|over her|his|my|their|being weight|thin|skinny ,|.|and",
    "obsessed|obsessing|obsessive with|about|over calories|calorie_counting|losing_weight|weight_loss|her_weight|"
    "his_weight|my_weight|their_weight|being_thin|what_she_eats|what_he_eats|what_i_eat",
    "obsessed|obsessing|obsessive with|about|over food|eating and|, exercise|exercising|weight|calories",
    # ...and running, a keen runner's words unless a loss, lost periods or calories come with it (a sixty-third
    # review: "obsessed with food and running, she has lost loads of weight and her periods stopped")
    "obsessed|obsessing|obsessive with|about|over food|eating and|, running|training ~12 lost|losing|period|periods|"
    "calorie*|thin|thinner|skinny|barely|hardly",
    "barely|hardly eating ,|.|anything|at_all|and", "eat|eats|eating|ate almost|next_to|practically nothing",
    # A teenager's own (a thirteenth new user): two meals skipped, an apple a day, skipping beside being thinner.
    # (not a race day's question, _ASKED: "Should I skip breakfast and lunch before an evening race?")
    "skip|skipping|skipped breakfast|lunch|dinner and|, breakfast|lunch|dinner",
    "only ~1 eat|eating|eats|have|having an|one|a ~1 apple|banana|yoghurt|yogurt|salad|meal a|per|each day",
    "skinnier|thinner|lighter than me ,? ~8 skip*|stopped_eating|not_eating|eating_less",
    "skip|skipping|skipped breakfast|lunch|dinner|meals ~12 skinnier|thinner|lighter|lose_weight|weigh_in",
    f"periods|period {_STOPPED} since ~2 xc|cross_country|training|running|"
    "season|started_running|i_started_running",
    # Food allowed only after a run: "I only let myself eat after I've run 10k".
    "only ~1 let|allow|allowed ~1 myself|herself|himself to? eat|eat_anything|eat_food|eat_a_meal|have_a_meal|"
    "eat_breakfast|eat_lunch|eat_dinner after|once|if|when|until",
    # Periods stopped with a weight lost or much training: the female athlete triad (RED-S, IOC 2023).
    "stopped|stop|stops having ~2 periods|a_period|her_period|my_period|her_periods|my_periods ~12 lost|losing|"
    "weight|thin|thinner|eating|running_a_lot|training",
    f"periods|period {_STOPPED} ~12 lost|losing|weight|thin|thinner|eating|"
    "running_a_lot|training",
    # ...told the other way round: "she has lost loads of weight and her periods stopped"
    f"lost|losing|dropped ~3 weight|kg|kilos|pounds|stone ~10 periods|period {_STOPPED}",
    "not eaten|eaten_anything|eating_anything in|for ~2 days",
    "scared|afraid|terrified|frightened|anxious to|of eat|eating|food",
    "have|has|had|need|must ~2 earn ~2 my|every? food|meal|meals|eating|calories",
    # Bingeing made up for with running: "I binge and then run for hours to make up for it".
    "binge|binging|bingeing|binged ~6 run|running|ran|exercise|exercising|gym ~4 make_up_for|burn|off|compensate",
    "run|running|exercise|exercising ~4 to make up for ~2 eating|it|what_i_ate|the_food|binge*",
    "feel|feeling|felt huge|fat|gross|disgusting ~4 run|burn|exercise ~1 it? off",
    "earn|earning|earned every ~1 meal|bite|calorie",
    f"punish|punishing {_WHO} with|by ~3 run*|miles|extra|exercise|exercising ~6 eat|eating|ate|food|meal|meals|"
    "binge*|calories|weight|fat",
    # Purging: "I make myself sick after eating", laxatives or pills to lose weight.
    f"make|makes|making|made|force|forces|forcing|forced {_WHO} to? sick|throw_up|vomit|puke",
    "throw_up|throwing_up|threw_up|throws_up|vomit|vomiting|vomits|puke|puking|pukes ~2 on_purpose|deliberately|"
    "after_every_meal",
    "throw_up|throwing_up|threw_up|throws_up|vomit|vomiting|vomits|puke|puking|pukes after ~1 meals|eating|i_eat|food|"
    "every_meal|dinner|lunch|breakfast|tea|supper|meal ~6 "
    "so|to|because ~3 stay|lose|light|lighter|thin|weight|skinny|gain|gaining|put_on",
    # ...or "so I don't gain weight" (a gap never holds a "not")
    "throw_up|throwing_up|threw_up|throws_up|vomit|vomiting|vomits|puke|puking|pukes after ~1 meals|eating|i_eat|food|"
    "every_meal|dinner|lunch|breakfast|tea|supper|meal ~6 so|to i|she|he|we do_not|does_not|will_not|never|cannot "
    "gain|put_on|get_fat|get_bigger",
    "purge|purging|purged|purges",
    "laxative*|diuretic*|diet_pills|water_pills ~4 lose|weight|lighter|light|thin|skinny|calories|after_eating|"
    "after_meals|after_i_eat",
    # Exercise to make up for eating: "I have to run off everything I eat".
    # Not "burn off all the calories from Christmas dinner": a compulsion, or everything one eats.
    "have_to|must|need_to|got_to|make_myself ~2 run|burn|exercise ~3 off|away ~3 every|everything|all|what ~2 "
    "i_eat|i_ate|calorie|calories|meal|meals|bite",
    "run|running|burn|burning|exercise|exercising off|away everything|every_bite|every_meal|every_calorie "
    "i|she|he|they ~1 eat|eats|ate|have|has",
    "every_time|whenever i eat ~4 run|burn|exercise ~2 off|it_off|extra",
    "guilty ~3 eat|eating|ate ~3 rest_day|rest_days|days_off|without_running|when_i_do_not_run|if_i_do_not_run",
    # Distress about one's body: "I feel disgusting in my body", "I hate my body".
    "disgusting|disgusted|gross|hideous|repulsive in|with|by my|own ~1 body|skin|weight|reflection",
    "my body disgusts|repulses me", "hate|loathe my ~1 body|reflection",
    "fat and disgusting", "disgusting and fat",
    # Named: "I think I have an eating disorder", "my daughter is anorexic".
    "eating disorder*", "anorexi*", "bulimi*", "orthorexi*", "binge|binging|bingeing and|then purge|purging|throw",
)
_SAID = compile_phrases(PHRASES)
# As bot.crisis: "ate nothing but" needs all three words, not "but" alone (seven messages in ten).
_GATE = Gate(PHRASES, STOPWORDS)
# A denial of the words themselves, in their own clause: "I'm not starving myself", "never made myself sick".
_DENIED = re.compile(r"(?:not|never|no|nor) (?:(?:really|ever|actually|even|been|am|was|that|do|have) ){0,2}$")
# Over, told in the same sentence: "I had an eating disorder from age 9 to 19 (restricting and purging)",
# "recovered from anorexia", unless that sentence says it is back ("it's coming back", "relapsed"):
# ConText's historical. A recovered runner's question about running gets its answer.
_PAST = compile_phrases(("recovered|history_of|used_to|years_ago|as_a_teen|as_a_teenager|"
                         "in_my_teens|in_the_past|back_then|when_i_was|from_age|from_about_age|had_an_eating_disorder|"
                         "had_anorexia|had_bulimia",))
_BACK = compile_phrases(("again|relapse*|relapsing|relapsed|coming_back|came_back|creeping_back|slipping_back",))
# Not a diet: "not eating enough to lose weight?" (a question of too little), "not eating after 7pm",
# "not eating carbs"; a body hated or gross after a hard run ("I hate my body after a marathon, everything aches").
# A race's fuel, a stomach bug or a carb load: "scared of eating before a race in case I need the loo",
# "haven't eaten for 2 days because of a stomach bug", "nothing but pasta the day before the marathon".
_RACE_OR_ILLNESS = compile_phrases((
    "because_of|due_to|with|got|have|had|after ~2 a? stomach_bug|bug|virus|flu|norovirus|food_poisoning|gastro|"
    "sickness_bug|tummy_bug|nerves|the_runs", "in case ~4 loo|toilet|stomach|cramp*|need_the_loo|stitch|throw_up|"
    "be_sick|sick|the_runs|heavy", "carb load*|loading",
    "nothing but|only ~1 pasta|carbs|rice|bread|porridge", "on race day", "race day",
    "stomach cramps|problems|issues", "before ~3 race|marathon|parkrun|long_run|event|half|10k"))
# ...never when a weight or body reason is told: "scared of gaining weight before the race".
_WEIGHT_REASON = compile_phrases(("fat", "gain*", "weight", "thin", "thinner", "skinny", "lighter", "huge",
                                  "calories"))
_RACE_SENSITIVE = ("skip", "scared", "afraid", "terrified", "frightened", "anxious", "nothing but", "one meal",
                   "a single meal", "eaten", "eating anything", "barely", "hardly", "almost nothing", "next to nothing",
                   "practically nothing")
# Periods that stopped for a reason of their own, told as hers: a pregnancy, the pill or a coil, the
# menopause (not "I'm definitely not pregnant", nor a friend who is).
_PERIODS_EXPLAINED = compile_phrases((
    "i_am|she_is|am|is|because_i_am|because_she_is|as_i_am|as_she_is pregnant",
    "because|since|as ~4 pregnan*|the_pill|contracepti*|coil|implant|mirena|menopaus*|injection|breastfeed*",
    "i_am|she_is|i_went|she_went|i_have_been|she_has_been on the pill|mini_pill", "i_am|she_is breastfeeding",
    "menopause|menopausal|perimenopaus*"))
# A question or a plan about one day's meals, not a habit told: "should I skip breakfast and lunch before a race?"
# (A plan is no question: "I'm going to skip meals to lose weight", a sixty-seventh review; a race day's plan is
# _RACE_OR_ILLNESS's.)
_ASKED = re.compile(r"(?:should|can|could|shall|would|is it (?:ok|okay|alright|bad|fine)(?: to| if i)) "
                    r"(?:i |you )?(?:just )?$")
# Periods come back, not gone: "my periods have now gone back to normal since I started eating more".
_PERIODS_BACK = re.compile(r"(?<!never )(?<!not )(?<!no )"
                           r"(?:back to normal|come back|came back|returned|regular again)")
_BINGE_WATCH = re.compile(r"(?<![^ ])binge ?(?:watch|watched|watching|read|listen)")
_HOW_MUCH = re.compile(r"(?<![^ ])how (?:long|far|much|many|fast) ")
_NOT_STARVING = re.compile(r"(?:not|barely|hardly) eating (?:enough|after|before|past|late|at night|carbs|sugar|meat|"
                           r"bread|junk|takeaways|sweets|dairy|gluten)")
_BODY_WORDS = ("disgust", "gross", "hideous", "repuls", "hate", "loathe")
_AFTER_A_RUN = compile_phrases(("ache*", "aching", "sore*", "sweat*", "stiff", "after ~3 run|race|marathon|long_run|"
                                "parkrun|half|ultra|session|workout",))
# A joke told as one: "I keep joking 'I stopped eating'".
_JOKING = compile_phrases(("joke|joking|jokingly|kidding",))
# Sick from a hard session or nerves, not on purpose: "I made myself sick on the last rep".
# (Not "sick after eating and runs every day": sick after eating is purging, whatever follows.)
_SICK_FROM_RUNNING = compile_phrases((f"sick|throw_up|vomit|puke ~3 {_RUNNING}",))
_AFTER_EATING = compile_phrases(("sick|throw_up|vomit|puke after ~1 eating|meals|every_meal|food|i_eat|i_ate",))
# A number of calories: "900", "1 , 000" (a thousands comma stands apart), "900kcal", "1.1k".
_KCAL = re.compile(r"(?<![^ ])(\d+(?:\.\d+)?)(k)?(?: , (\d{3}))?(kcal|cals?|calories)? (?:(kcal|cals?|calories) )?")
_INTAKE = frozenset("eat eats eating ate eaten having consuming consume consumes intake on doing living surviving "
                    "allowing "
                    "allow allows limit limits limiting restrict restricting down sticking stick keeping keep capped "
                    "cap".split())
_RESTRICTIVE = ("only", "just", "barely", "under", "less than", "no more than", "max", "maximum", "at most",
                "on")
_PER_DAY = re.compile(r"(?:(?:a|per|each|every) day|daily) ")
_FUELLING = re.compile(r"(?<![^ ])(?:during|an hour|per hour|a hour|every hour|hourly|gel|gels|mid run|on my long|"
                       r"on the run|in the race|of fuel) ")
_JUST_NOW = re.compile(r" just (?=(?:ate|had|eaten|finished|demolished|scoffed|wolfed) )")
_DAY_SO_FAR = re.compile(r"(?<![^ ])(?:today|all day|so far|yesterday) ")
# A limit with no unit: "I only allow myself 800 a day".
_ALLOWED = re.compile(r"(?<![^ ])(?:allow|allowing|allowed|limit|limiting|restrict|restricting) (?:myself|me) "
                      r"(?:to )?(?:only |just )?([1-9]\d{2}|1[01]\d\d) (?:a|per) day ")
# An intake with no unit, told as a day's eating: "i'm only eating 700 a day right now" (a fifth new user's trial).
_EATING_A_DAY = re.compile(r"(?<![^ ])(?<!not )(?<!never )(?:eating|eat|eats|having|consuming|living on|surviving on) "
                           r"(?:(?:only|just|about|around|roughly|maybe|like|under) )*(?:[1-9]\d{2}|1[01]\d\d) "
                           r"(?:a|per) day ")


def told(marked: Sequence[str]) -> bool:
    """Whether a message's words with their marks (bot.reading.Reading.tokens: lowercase, contractions
    spelt out, typos fixed, "," "." "?" standing alone) tell of an eating disorder or a starvation diet,
    other than to deny it."""
    text = " ".join(marked) + " . "
    if "cal" in text and _too_little(text):  # "cal", "cals", "kcal", "calories": most messages have none
        return True
    if "allow" in text or "limit" in text or "restrict" in text:
        if _ALLOWED.search(text):
            return True
    if " day " in text and _EATING_A_DAY.search(text):
        return True
    if not _GATE.opens(marked):
        return False
    for m in _SAID.finditer(text):
        if _DENIED.search(text[:m.start()]):
            continue
        start, end = sentence_start(text, m.start()), next_sentence_end(text, m.start() - 2)
        if _PAST.search(text, start, end) and not _BACK.search(text, start, end):
            continue
        if _JOKING.search(text, start, m.start()):
            continue
        if _HOW_MUCH.search(text, start, m.start()):
            continue  # "how long do I have to run to burn off all the calories from Christmas dinner?"
        if ("sick" in m.group() and _SICK_FROM_RUNNING.search(text, m.start(), m.end() + 40)
                and not _AFTER_EATING.match(text, m.end() - 5)):
            continue
        if _NOT_STARVING.match(text, m.start()):
            continue
        if m.group().startswith("skip") and _ASKED.search(text, max(0, m.start() - 30), m.start()):
            continue
        if "period" in m.group() and _PERIODS_BACK.search(text, m.start(), m.end() + 30):
            continue
        if (any(w in m.group() for w in _RACE_SENSITIVE) and _RACE_OR_ILLNESS.search(text, start, end)
                and not _WEIGHT_REASON.search(text)):
            continue
        if "binge" in m.group() and len(_BINGE_WATCH.findall(text)) == text.count(" binge") + text.startswith("binge"):
            continue
        if any(w in m.group() for w in _BODY_WORDS) and _AFTER_A_RUN.search(text, start, end):
            continue
        if "period" in m.group() and _PERIODS_EXPLAINED.search(text, start, end):
            continue
        return True
    return False


def _too_little(text: str) -> bool:
    """Whether the text tells of eating fewer than TOO_LITTLE_KCAL calories a day: a number of calories
    after a word of eating ("only eating about 900 calories a day", "I'm on 800 cals"), said to be a
    day's or a limit. "I ate 900 calories of pizza" is one meal; "a 5k burns 300 calories" is no eating."""
    for m in _KCAL.finditer(text):
        if not (m.group(4) or m.group(5)) or _kcal(m) >= TOO_LITTLE_KCAL:
            continue  # a number that is no calories, or enough of them
        before = text[max(0, m.start() - 50):m.start()].split()
        clause = max((i for i, word in enumerate(before) if word in ",.?"), default=-1)
        before = before[clause + 1:][-5:]  # up to five words of the number's own clause
        if not _INTAKE.intersection(before) or {"not", "never"}.intersection(before):
            continue
        words = f" {' '.join(before)} "
        if _PER_DAY.match(text, m.end()):
            return True  # a day's intake, whatever else is said: "800 calories a day during marathon training"
        rest = re.split(r" [,.?] ", text[m.end() - 1:m.end() + 60])[0] + " "
        if _FUELLING.search(rest) or _FUELLING.search(words):
            continue  # a race's fuel: "200 calories during my long runs", "250 calories an hour"
        # ("just ate" is a moment, not "only": "just ate 900 calories of pizza", a thirty-third new user)
        if _JUST_NOW.search(words) and not _DAY_SO_FAR.search(rest):
            words = _JUST_NOW.sub(" ", words)
        if _PER_DAY.search(rest) or any(f" {word} " in words for word in _RESTRICTIVE):
            return True
    return False


def _kcal(m: re.Match[str]) -> float:
    """The calories a _KCAL match names: "1 , 000" is 1000, "1.1k" 1100."""
    if m.group(3):
        return float(m.group(1)) * 1000 + float(m.group(3))
    return float(m.group(1)) * (1000 if m.group(2) else 1)
