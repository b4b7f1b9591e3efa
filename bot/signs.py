"""The warning signs triage looks for: one table of findings, where they are, what they need, their
ordinary look-alikes and how urgent they are.

Sources: NHS "Back pain" and cauda equina syndrome pages and cards (numbness around the genitals,
buttocks or back passage; new trouble peeing or not knowing when the bladder is full; loss of
bladder or bowel control; weakness or numbness in one or both legs; back pain after a fall or
accident; back pain with a fever; weight loss without trying; pain at night that rest does not
ease) and the British Heart Foundation on angina and heart attack (chest pain, pressure or
tightness, spreading to the arm, jaw or throat, brought on by effort and easing with rest;
breathlessness; fainting; palpitations).

Phrases use the notation of bot.phrases. Each Sign row is one way a sign is told; several rows
share a flag (the warning-sign class). bot.triage derives its gates and the speller's vocabulary
from this table, so a new way of telling a sign is one edit here.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from bot.modifiers import YEARS


class Urgency(StrEnum):
    EMERGENCY = "emergency"  # call the emergency number or go to A&E now
    TODAY = "today"          # see a doctor the same day


@dataclass(frozen=True)
class LookAlike:
    """Words that make a finding ordinary when they stand in its sentence (or `anywhere`), unless
    one of `unless` is told (and not denied) anywhere in the message."""

    words: tuple[str, ...]
    unless: tuple[str, ...] = ()
    anywhere: bool = False  # look for the words in the whole message, not only the finding's sentence
    sense: bool = False     # the words are another sense of the finding's own ("fell asleep"), never a guess
    also: tuple[str, ...] = ()  # one of these must be told somewhere in the message as well
    own: bool = False  # the words must take in the finding's own ("my mood crashed" explains only that "crashed")


@dataclass(frozen=True)
class Sign:
    """One way a warning sign is told.

    `finding`: phrases that name it. `site`: where it must be (a phrase within `near` words of the
    finding, in the same sentence), or () for anywhere. `needs_back`: only a sign when the back is
    or a pain told about (for night pain: "back's fine all day, then at night..." still counts);
    `needs_back_pain`: only with back pain told and not denied. `needs`: one of these phrases must
    also stand in the message (in the finding's sentence with `needs_near`), not denied unless
    `needs_denied_ok` (for findings told with their own "not", which would deny the need). `elsewhere`: body parts
    that take the finding when one is nearer to it than the site ("my leg went dead sitting on the
    toilet" is a leg). `same_clause`: the site must be in the finding's clause (no comma between).
    `intendable`: someone can want it (a weight loss), so the INTENDED modifier cancels it.
    `recent_stands`: told as over ("feel ok now") but from today or last night, it still stands: a
    faint or chest pain with effort needs checking the same day even when it has passed (BHF).
    `past_stands`: the sign is a past event in itself, so "years ago" does not make it over (a past
    cancer with back pain now, NICE).
    `numbers_fall`: a finding that names two numbers ("from 84 kilos to 70") stands only when the
    second is smaller by a significant share (triage.SIGNIFICANT_LOSS: "from 79 kg to 84" is a gain, "from 98
    kg to 97" over five months too small).
    `site_told_before`: the site may stand in an earlier sentence when the finding's opens on "she", "he" or "they"
    ("Mum is 85. She slipped in the bathroom": an age is the person's, told once).
    `look_alikes`: what makes it ordinary.
    """

    name: str
    flag: str
    urgency: Urgency
    finding: tuple[str, ...]
    site: tuple[str, ...] = ()
    near: int = 8
    needs_back: bool = False
    needs_back_pain: bool = False
    needs: tuple[str, ...] = ()
    needs_near: bool = False
    needs_denied_ok: bool = False  # a need counts under the finding's own "not": "wasn't herself in the heat"
    intendable: bool = False
    elsewhere: tuple[str, ...] = ()
    same_clause: bool = False
    numbers_fall: bool = False
    recent_stands: bool = False
    past_stands: bool = False  # the sign is a past event itself ("had cancer 5 years ago")
    own_only: bool = False     # someone else's is no sign for the asker ("my neighbour has cancer")
    site_told_before: bool = False  # the site may be told a sentence before one that opens on "she"/"he"
    look_alikes: tuple[LookAlike, ...] = ()


E, T = Urgency.EMERGENCY, Urgency.TODAY

# --- words several rows share ----------------------------------------------------------------

# A temperature that is a fever, as people type it: 37.5 C and up, or 100 F and up (NHS: 38 C or above
# is a high temperature; 37.5-37.9 is told as "a temp" too). Decimals are spelt out: a prefix slot
# never takes a dot, so "in 20.5 minutes" stays a time.
FEVER_READING = "|".join(("37.5*", "37.6*", "37.7*", "37.8*", "37.9*",
                          *(f"{d}|{d}.*|{d}c|{d}f|{d}ish" for d in (38, 39, 40, 41, 100, 101, 102, 103, 104))))

# ...a high one to the tenth, told of a person ("today I'm 39.2", "my grandad is 38.6 tonight"), and what may follow
# it: a mark or a time, never a unit.
FEVER_HIGH = "38.*|39.*|40.*|41.*"
FEVER_AFTER = (",|.|and|today|tonight|this_morning|this_evening|yesterday|since|rn|right_now|degrees|c|f|with|shaking|"
               "shivering|and_my|and_his|and_her")
# ...and one to the tenth only, which no age or time is: "39.1 now" (not "I'm 40 now").
FEVER_TENTHS = "37.5*|37.6*|37.7*|37.8*|37.9*|38.*|39.*|40.*|41.*"

PEE = ("pee", "pees", "peeing", "peed", "wee", "wees", "weeing", "urin*", "piss*", "bladder", "toilet", "loo",
       "bathroom", "stream", "flow", "water")
BACK = ("back", "spine", "spinal", "shoulder blades", "tailbone", "coccyx", "lumbar", "sacrum", "waist", "lower back",
        "low back", "disc", "discs", "disks", "sciatica", "sciatic", "backache*", "backpain*", "lumbago",
        "slipped|herniated|bulging|prolapsed a? disc|disk|discs|disks")
# ("screaming" of a body part or with the pain, not "the kids outside were screaming": forum31)
PAIN = ("hurt*", "pain*", "ache*", "aching", "achy", "sore*", "agony", "killing", "kills", "throb*",
        "back|it|muscles|legs|glutes|hamstrings|hips|spine|calves|quads|tailbone|coccyx|sciatica|bum|buttock*|knee*|"
        "neck ~2 screaming", "screaming ~2 pain|agony",
        "spasm*", "tender", "twing*")
# The back told about as a body part with a complaint: for `unless` (bare "back" would take in
# "got back into running").
BACK_TOLD = ("my|his|her|their|lower|low|sore|bad|the back",
             "back ~2 pain*|hurt*|ache*|aching|sore*|spasm*|flare*|went|gone|stiff*|niggl*|bad|killing|agony|wrecked|"
             "knackered|shot",
             # Not "my hamstrings came back tight": a back owned, or told as feeling so.
             "my|his|her|their|lower|low|the back ~3 achy|tight*|tender",
             "back is|was|feels|felt|gets|got ~2 achy|tight*|tender", ",|. back ~3 achy|tight*|tender",
             "back tightness|achiness|stiffness", "back tight|achy|tender ,|.",
             "backache*", "backpain*", "lumbago", "spine", "spinal", "sciatic*", "disc", "discs",
             "disk", "disks", "lumbar", "tailbone")
# Feeling that has not come back: "the feeling in my groin has never come back since the race".
# (Only the feeling itself, in a place: not "the pulling feeling in my groin hasn't come back", a pain gone.)
FEELING_NOT_BACK = ("the|my|all|any|normal|full|proper feeling|sensation in|on|around|down|across|between ~5 has|have|"
                    "had|did not|never ~1 come|came|returned|return back?",
                    "the|my|all|any|normal|full|proper feeling|sensation in|on|around|down|across|between ~5 still? "
                    "never|has_not|have_not ~1 come|came|returned|return back?")
NUMBNESS = (
    # (the words, not "numb*", which takes in "number": "my number one fear was losing my bum", forum31)
    "numb", "numbs", "numbed", "numbing", "numbness", "tingl*", "pins and needles", "no feeling", "lost ~ feeling",
    "loss of feeling|sensation",
    *FEELING_NOT_BACK,
    "less|reduced|no|lost|without sensation", "{cannot} ~2 feel", "do not ~2 feel", "barely ~ feel", "hardly ~ feel",
    "feel nothing", "gone|went|going|goes|fallen|fell to sleep", "asleep", "dead", "deadness", "buzz*", "fizz*",
    "prickl*", "fuzzy", "muffled", "frozen",
    # (hedged, or far off: "the cheeks feel kind of cold and far away", lay-redflags43)
    "feel|feels|feeling kind_of|sort_of|kinda|sorta|a_bit|a_little|bit|quite|really|weirdly|oddly|strangely|all? "
    "weird|strange|odd|different|funny|cold|"
    "far_away|distant|detached",
    # (past a verb of touch: "when I wipe it feels like I'm wiping someone elses bum", lay-redflags43)
    "like ~4 someone|somebody|anyone|anybody else*", "anaesthe*", "anesthe*", "novocaine", "at|after the? dentist",
    "like|as_if|as_though ~4 dentist", "dentist numb*|injection*|jab|needle|anaesthe*",
    "dentist feeling|feel in|on|round|around|down|between|across",
    "sat|sitting on ~3 ice",
    "odd|vague|strange|weird|funny|different feeling", "like ~3 sitting on",
    "sitting on a wallet|cushion|sponge|pillow",
    "floating above|over", "belongs to someone else", "not my own", "rubbery", "wooden", "cardboard",
    "like it is not ~2 my|mine", "is not {my} ~2 bum|bottom|backside|butt", "is not his|hers|mine|theirs",
    # Learners' English drops "do": "he not feel the paper".
    "he|she|i|they|it not ~2 feel", "feel|feels|feeling like rubber",
    "can not feel the ~2 water|bath|shower|paper|seat",
    # told by a feeling that is missing: "dull and not-there on my left buttock"
    "sort|kind of dull and not there", "feel|feels|felt|feeling ~3 not there",
    "buttock|buttocks|bum|bottom|cheek|thigh|groin|skin ~2 is|are|feels|feel dull and not there",
    # Learners' English says numb skin sleeps (Spanish and Portuguese "dormido"): "a sleeping feeling
    # between the legs", "the skin around my bottom is like sleeping".
    "sleeping feeling|feel|sensation",
    "skin|bottom|bum|buttock*|thigh|thighs|leg|legs|foot|feet|area|part|parts|groin ~3 is|are|was|were|feel|feels|"
    "feeling|felt like? sleeping",
)
# What makes one buttock's tingling the saddle's after all: both sides, the groin, the inner thighs, the seat felt
# when wiping, the bladder or bowels.
ONE_SIDE_NOT_SADDLE = ("both ~2 buttock*|cheeks|legs", "groin", "genital*", "privates", "crotch", "between {my}? legs",
                       "inner thigh*", "wip*", "toilet paper|tissue", "down there", "bladder", "pee*", "wee*",
                       "bowel*", "poo*", "saddle", "perine*", "back passage", "anus", "penis", "vagina", "scrotum",
                       "testic*", "balls")
# One buttock's tingling run down its leg is sciatica's path, not the saddle's nor both legs' (NICE CKS "Sciatica":
# pain or paraesthesia from the buttock down one leg), left to the one-leg sign (a doctor the same day): "tingling
# down my left butt cheek into the thigh" (the hundred-and-twenty-fourth review; not both cheeks, the groin, the inner
# thighs, or the seat felt when wiping); "one butt cheek goes numb on long runs and it shoots down the back of my
# thigh" (the hundred-and-twenty-fifth).
# (in everyday words too: "my left butt goes numb and it travels down into my hamstring", "one side of my bum and down
# the outside of my thigh", the hundred-and-twenty-seventh review)
ONE_BUTTOCK_DOWN_LEG = LookAlike((
    "left|right|one ~2 buttock|butt_cheek|bum_cheek|cheek|glute ~8 down|into|to|through ~4 thigh|leg|hamstring|calf|"
    "knee|foot",
    "left|right butt|bum|bottom|buttock|glute ~8 down|into|to|through ~4 thigh|leg|hamstring|calf|knee|foot",
    "one|left|right side of my|the|his|her ~1 bum|butt|bottom|backside|buttock|glute ~8 down|into|to|through ~4 "
    "thigh|leg|hamstring|calf|knee|foot",
    "down|into|through ~2 the|my|his|her? left|right|one ~1 buttock|butt_cheek|bum_cheek|cheek|glute ~6 "
    "into|to|and|down ~4 thigh|leg|hamstring|calf|knee|foot",
    "sciatica*|sciatic ~6 left|right|one ~1 buttock|butt_cheek|bum_cheek|cheek|glute",
    "left|right|one ~1 buttock|butt_cheek|bum_cheek|cheek|glute ~6 sciatica*|sciatic"),
    sense=True, anywhere=True, unless=ONE_SIDE_NOT_SADDLE)
# ...or one buttock's, with the sciatic nerve named anywhere: "sciatic nerve playing up, right butt cheek tingles on
# long runs"
ONE_BUTTOCK_SCIATIC = LookAlike(("left|right|one ~1 buttock|butt_cheek|bum_cheek|cheek|glute",),
                                also=("sciatica*", "sciatic"), sense=True, anywhere=True, unless=ONE_SIDE_NOT_SADDLE)
SADDLE_AREA = (
    "groin", "genital*", "privates", "private", "private parts|area|bits", "crotch", "penis", "vagina", "vulva",
    "labia",
    "scrotum", "testic*", "balls", "buttock*", "butt cheeks", "cheeks", "bum", "butt", "backside", "bottom", "yansh",
    "inner thigh*", "inside|insides of ~2 thigh*", "inside|insides the|my|his|her thigh*",
    "arse", "arse and bits", "saddle", "back passage", "anus", "rectum", "perineum", "taint",
    "down there", "down below", "rear", "rear end", "top of ~4 buttock*|bum|cheeks|crack",
    "where ~2 buttock*|cheeks meet", "crack",
    "between {my}? legs", "the|that bit|part|area in between",
    "wipe", "wipes", "wiping", "wiped", "toilet paper|tissue", "toilet|loo seat", "where i sit",
    "nether region*", "undercarriage", "willy", "willie", "dick", "fanny", "front bottom", "lady parts",
    "man parts", "my bits", "crown|family jewels", "back door",
    "yansh", "nyash", "manhood", "womanhood", "junk", "gooch",
    "lady|man|girly bits|garden|area", "sex",
    "intercourse", "orgasm*", "seat", "toilet", "loo",
    "cushion", "sit|sitting|sat on",
    # told by not naming it: "numb in a place you really don't want to be numb, if you get me"
    "place|places|spot|area|somewhere you|one|anyone|a_person ~1 ,? ~2 {not} ~1 want ~3 numb",
    "you know where",
)

LEGS = ("leg", "legs", "foot", "feet", "forefoot", "thigh", "thighs", "calf", "calves", "ankle*", "knee", "knees",
        "toe", "toes", "tip ~ toes", "tiptoe*", "heel", "heels", "shin*", "quad*", "hamstring*")
EFFORT = ("run", "running", "runs", "jog*", "hill", "hills", "uphill", "stairs", "steps", "sprint*", "race",
          "racing", "climb*", "push*", "effort", "exercise", "exercising", "workout", "training", "pace",
          "commute", "km", "mile", "miles", "parkrun", "5k", "10k", "marathon", "walk*", "cycl*", "bike", "rowing")
BIKE = ("bike", "bikes", "cycling", "cycle", "cyclist*", "ride", "rides", "riding", "rode", "spin class", "spinning",
        "saddle sore*", "turbo", "peloton", "sportive*")
WORE_OFF = ("went away", "goes away", "wore off", "wears off", "came back", "comes back", "has|have|had ~2 come back",
            "feeling came back", "back to normal", "fine after", "gone after", "gone by", "gone within", "was gone",
            "better after", "within the hour", "within ~2 minutes",
            "goes|went|gone once|when|as soon as i get|got off|up",
            "for a|one minute|moment|second|few_minutes|couple_of_minutes", "for ~2 # min|mins|minutes|seconds|secs",
            "fine|ok|okay|normal|better|gone once|when|after|as_soon_as ~2 walk*|move*|stand*|get_up|got_up|got_out|"
            "get_out|got_off|get_off",
            # "gone the second I stand up", "fine the minute I get off the bike"
            "fine|ok|okay|normal|better|gone|goes|went the_second|the_minute|the_moment|the_instant ~2 "
            "walk*|move*|stand*|stood|get|got")
# A drinking bladder's, taking in the sign's own words or its "bladder": "I can't empty my hydration
# bladder", "my bladder pack leaks" (not "my bladder leaks, and I drink from my hydration bladder").
HYDRATION_BLADDER = LookAlike(("hydrat*|camel*|camelbak|vest|pack bladder*|reservoir*",
                               # "my hydration bladder is leaking again" (lay-redflags42)
                               "hydrat*|camel*|camelbak|vest|pack|water bladder* ~3 leak*|split|burst",
                               "bladder pack|packs|hose*|tube*|valve*|reservoir*|bite* ~2 leak*",
                               "bladder pack|packs|hose*|tube*|valve*|reservoir*|bite*",
                               "bladder in|on my|the running? vest|pack|backpack|rucksack",
                               "empty|emptying|fill|filling|refill|clean my|the hydration|water|drink*|camel* "
                               "bladder*|pack|reservoir"), sense=True, own=True,
                              # ...not a leak of urine told beside it: "my water bottle leaks and I've been leaking
                              # urine since my fall" (a sixty-eighth review)
                              unless=("urine", "pee", "peed", "peeing", "wee", "weed", "weeing", "wet myself",
                                      "{cannot} ~2 hold ~2 it|pee|wee|urine|bladder"))
# A try at the toilet, ended or named: "tried to go but nothing comes out" (not "try to go faster").
TRIED_TO_GO = "tried|try|trying ~2 to go ,|.|but|to_the_toilet|to_the_loo|for_a_wee|for_a_pee"
# Weakness that outlasts a run by days is no tiredness: "two days later my leg still won't hold me".
LASTING = ("still ~3 giving|gives|buckl*|collaps*", "{not} ~3 come back|recovered|returned",
           "right|left|one leg|foot ~6 still {not} ~2 hold")
TIRED = ("tired", "heavy", "jelly", "fatigu*", "exhaust*", "sore", "achy", "worn out", "doms", "wrecked", "shot",
         "trashed", "destroyed", "dead slabs", "leg day", "squats", "mile #", "km #", "after ~3 #",
         "after ~3 run|race|workout|session|marathon|ultra|training|intervals|sprints|hills|miles|gym|squats|reps|"
         "half|half_marathon",
         # "weak in the legs at the end of my first marathon" (a thirteenth new user)
         "end|finish of the|my|a ~1 marathon|race|ultra|half|ultramarathon")
# A race just run, for weak legs only (never numb ones, a seventieth review): "ran my first half, now my legs feel
# weak and wobbly" (a fourteenth new user); so are runs told as the time ("legs shaky after runs").
RACE_JUST_RUN = ("ran|did|finished|completed|raced my|a|the ~1 first? half|marathon|ultra|race|10k|half_marathon|"
                 "ultramarathon ,|.|and|now|today|yesterday")
# Someone else's back pain, told as theirs: with their own past cancer it is a sign for them (lay-redflags38: "after
# finishing chemo ... a new pain low down in her back").
THEIR_BACK_PAIN = ("her|his|their lower|low? back|spine ~4 hurt*|pain*|ache*|aching|sore*|killing|agony",
                   "pain*|ache*|aching|soreness ~4 in|on|of her|his|their lower|low? back|spine",
                   # "now she's got back pain that won't go away", "she has a new pain low in the back"
                   "she|he|they ~3 has|have|got|gets|getting|is_having ~3 back|backache",
                   "she|he|they ~3 has|have|got|gets|getting|is_having ~3 pain|ache ~3 back|spine",
                   # the subject carried over: "my mum had cancer a few years ago and now has back pain", "now his back
                   # is bad" (a thirty-first new user)
                   "now has|have|got|gets|is_getting|is_having ~2 back|backache|lower_back",
                   "and has|have|gets|is_having ~2 back|backache|lower_back ~3 now|these_days|lately|all_the_time",
                   # past an aside that ends on its time, the pain new: "My mum (survived lung cancer 3 yrs ago) has new
                   # lower back pain" (a tenth new user)
                   "ago|back|before has|have|got|is_having new ~2 back|backache|lower_back",
                   "her|his|their lower|low? back ~2 is|has|keeps|been ~2 bad|playing_up|acting_up|killing|sore|agony|"
                   "terrible|awful")
# A cancer of one's own, told in the first person: "I beat bowel cancer", "I was treated for lymphoma".
OWN_CANCER = ("i had|beat|survived|was_diagnosed_with|was_treated_for|finished_treatment_for ~3 "
              "cancer|lymphoma|leukaemia|leukemia|myeloma|melanoma|chemo|tumour|tumor",
              "i have|still_have ~2 cancer|lymphoma|leukaemia|leukemia|myeloma|melanoma|tumour|tumor",
              "i have|still_have stage ~1 # ~2 cancer|lymphoma|melanoma",
              "i_am in remission", "my cancer", "cancer|lymphoma|myeloma|melanoma survivor",
              # Told without a subject: "Had prostate cancer 5 years ago", "Finished chemo last year".
              "had|beat|survived|finished ~3 cancer|lymphoma|leukaemia|leukemia|myeloma|melanoma|chemo|"
              "chemotherapy|radiotherapy")
ONE_SIDE = ("right|left|one leg|foot|thigh|calf ~4 weak*|wobbly|useless|gave|giving|buckl*|shaky|strong",
            # a foot that drags or will not lift, on one side (a twenty-first new user: "my legs were jelly after the
            # hill lol, but since last night my right foot drags")
            "right|left|one foot|leg ~3 drag*|drops|slaps|catches",
            # "since Wednesday my left foot has started slapping down" (the hundred-and-tenth review)
            "right|left|one foot|leg ~4 slapping|slapped|slap|flopping|flops|dropping|catching",
            "{cannot} ~3 lift my|his|her right|left|one foot",
            "foot drop", "drop foot", "dragging my|his|her ~1 foot", "foot ~3 won't|not|doesn't|does_not lift",
            "scuff* my|his|her ~1 foot", "foot ~2 keeps|kept catching",
            "weak*|weakness|wobbly|useless ~3 right|left|one leg|foot|thigh|calf")
NEW_OR_SPREADING = ("sudden*", "new", "getting worse", "worse and worse", "out of nowhere", "for no reason",
                    "both my|his|her|their legs|feet",
                    # after a back's own event: "since I bent over this morning", "since my back went"
                    "since i|he|she ~2 bent|lifted|lifting|picked|twisted|did_my_back|hurt_my_back",
                    # ("ever since" whole: a lone "ever" asks "have you ever", the hundred-and-thirteenth review)
                    "ever? since my|his|her back ~1 went|gone|gave|went_out|locked|seized",
                    "spreading", "numb*|tingl*|needles|it ~3 creep*|moving_up|moving_higher", "both legs", "each leg",
                    "scared",
                    "so weak that|i")
# Long-known conditions of the nerves or muscles, as people name them.
CONDITION_NAMES = ("multiple sclerosis", "parkinson*", "motor neurone|neuron", "cerebral palsy")
# Legs that give way from a condition long known and cared for, not a new sign: "some mornings her knees buckle
# halfway ... she has a progressive neurological condition and I'm her only carer" (forum28).
KNOWN_CONDITION = LookAlike(("progressive|degenerative ~2 condition|disease|illness|disorder",
                             "neurological condition|disease|disorder", *CONDITION_NAMES,
                             "has|have|with|got|diagnosed_with ms", "muscular dystrophy",
                             "i_am|am his|her|their ~1 only|full_time|main? carer|caregiver"), anywhere=True,
                            unless=("sudden*", "new", "getting worse", "worse", "out of nowhere", "today", "since",
                                    "this week", "yesterday", "never ~3 before", "bladder", "bowel*", "numb*",
                                    "tingl*", "fell|fall|falls|fallen|hit_her_head|hit_his_head",
                                    # told as a change: "I have MS and now my legs are giving way" (the ninety-fifth
                                    # review)
                                    "now", "started", "starting", "begun", "began", "more than before", "more often",
                                    "more and more", "this morning", "last night",
                                    # the writer's own legs, whoever's condition is named: "my mum has MS and I'm her
                                    # carer; my legs keep giving way" (the ninety-seventh review), and a diagnosis
                                    # that is itself new
                                    "my legs|leg|knees|knee|feet|foot", "i keep|kept ~2 falling|collapsing",
                                    "diagnosed ~4 last|this|recently|weeks|month|months|ago", "new diagnosis"))
# A slow deficit of one's own known condition, told as what it does: "I have MS and my foot drop has got more noticeable
# lately: my foot catches the kerb" (lay-redflags33); not legs that give way, for whoever's the condition.
KNOWN_FOOT_DROP = LookAlike(("foot|drop drop|foot", "foot|toes|toe ~3 catch*|catches|scuff*|drag*"), own=True,
                            also=("ms", *CONDITION_NAMES, "progressive ~2 condition|disease",
                                  "neurological condition|disease"),
                            unless=("sudden*", "new", "getting worse", "worse", "out of nowhere", "today", "since",
                                    "this week", "yesterday", "now", "started", "bladder", "bowel*", "numb*",
                                    "tingl*", "both"))
# Seen by a doctor who named an ordinary cause: "my GP says it's a trapped nerve at the hip", "the doctor
# checked him over and said it's muscular". Not when it has changed since.
CHECKED_BY_DOCTOR = LookAlike(
    ("doctor|doc|gp|physio|consultant|orthopaedic*|orthopedic*|neurologist|specialist ~4 say|says|said ~3 "
     "it|its|it_is|a|just|only ~3 nerve|muscular|muscle|strain|pulled|bruis*|harmless|sciatica",
     "doctor|doc|gp|physio|consultant|specialist ~2 just? said|says|diagnosed ~1 sciatica ~3 and|, ~2 sent|referred "
     "me|him|her to ~1 physio*",
     "checked|examined ~2 me|him|her|them|over|out ,? said|says ~3 it|its|it_is|a|just|only ~3 "
     "nerve|muscular|muscle|strain|pulled|bruis*|harmless",
     "checked|examined|assessed ~3 me|him|her|them ~1 over|out ,|- ~2 muscular|soft_tissue|nothing_broken|"
     "no_fracture|just_muscular|only_muscular"),
    anywhere=True, unless=(*NEW_OR_SPREADING, "worse", "since then", "weak*", "bladder", "bowel*", "saddle",
                           "numb* ~3 groin|bum|buttock*|between", "osteopor*", "fractur*", "broken", "cancer",
                           "head"))

# ...or who found the cause away from the back: "GP said it's meralgia from my waistband, nothing to do with
# my spine".
NOT_FROM_THE_BACK = LookAlike(("nothing to do with my|the|his|her? spine|back|disc|discs",
                               "not ~2 from|coming_from|related_to ~2 my|the|his|her? spine|back|disc|discs"),
                              anywhere=True,
                              # the writer's own view is no finding (a thirty-ninth review)
                              unless=(*CHECKED_BY_DOCTOR.unless, "{not} think it ~2 from|is_from|comes_from",
                                      "as far as i can tell", "{cannot} see me"),
                              also=("doctor", "doc", "gp", "physio*", "consultant", "specialist", "neurologist",
                                    "orthopaedic*", "orthopedic*", "a_and_e", "er", "nurse"))

# Weak legs that last, come with falls or a side, or stop walking: no tiredness (the ninety-eighth and sixty-ninth
# reviews).
WEAK_LEGS_LAST = (
    # (lasting, one-sided or with falls: the ninety-eighth review)
    "since last|this|the? week|weekend|month|monday|tuesday|wednesday|thursday|"
    "friday|saturday|sunday", "for the last|past ~2 week|weeks|days|month",
    "been a|# ~1 week|weeks|month|months", "never used to",
    "still ~2 there|not|going",
    "{not} ~2 going_away|go_away|getting_better|get_better",
    "more than my|the right|left", "worse on the|my? right|left",
    "fell", "falls", "tripped", "trip*", "weak* ~2 for days|weeks|months",
    "fortnight", "all day", "lasts|lasting|lasted",
    "for about|around|nearly|over|almost # days|weeks|months",
    "mainly|mostly|especially|particularly ~2 my|the right|left",
    "{not} ~2 gone|went ~3 weeks|days",
    *NEW_OR_SPREADING, *ONE_SIDE, "floppy", "flop*",
    "since yesterday|last_night|this_morning ?|,|.|and|for",
    # weakness that lasts, falls, or no walking at all is no tiredness
    # (a sixty-ninth review)
    "still ~6 week|weeks|month|months", "week|weeks|month|months ~4 still",
    "since then", "ever since", "weak*|wobbly|numb* ~4 for ~2 weeks|months",
    "week|weeks|month|months ~2 on|later",
    "keep|keeps|kept falling|falling_over|fall_over", "fell ~2 down|over",
    "giv* way", "gave way", "buckl*", "collaps*",
    "weak*|wobbly ~4 for ~2 # days|weeks",
    "{cannot} ~2 walk|stand", "barely|hardly ~1 walk|stand")
# ...or who cleared them to train: "Physio checked me over yesterday, muscular, and said I can train".
CLEARED_BY_DOCTOR = LookAlike(
    ("said|says|cleared ~3 i|me|he|him|she|her ~2 can|could|to|ok_to|fine_to ~1 train|run|race|carry_on|"
     "keep_running|start_running",
     # "says I can try short jogs now"
     "said|says|cleared ~3 i|me|he|him|she|her ~2 can|could|to|ok_to|fine_to ~1 try|start|do|begin ~2 jog|jogs|"
     "jogging|runs|running|walk_runs|run_walks"), anywhere=True,
    # (not with the pain worse since: "physio says I can try jogs next week, but my back is agony tonight")
    unless=(*CHECKED_BY_DOCTOR.unless, "agony", "killing", "excruciat*", "severe*", "more ~2 painful|sore",
            "unbearable"),
    also=("doctor", "doc", "gp", "physio*", "consultant", "specialist", "a_and_e", "urgent care", "er", "nurse"))

# Weight that will not stay up: "failing to keep my weight above 60 kg no matter how much I eat".
KEEP_WEIGHT_UP = ("{cannot} keep|hold ~2 my|the|his|her? weight|kilos|pounds ~1 up|on|above|over",
                  "fail|fails|failing|failed to keep|hold ~2 my|the|his|her? weight|kilos|pounds ~1 up|on|above|over")
# ...explained by the training load, for someone who wants to gain: "80 miles a week and I can't keep weight on,
# how do I bulk up?" (RED-S is a matter for a dietitian, not a same-day doctor).
TRAINING_LOAD = LookAlike(KEEP_WEIGHT_UP, sense=True, own=True,
                          also=("bulk*", "gainer", "hardgainer", "gain|put_on|putting_on|pack_on|packing_on weight|"
                                "muscle|kilos|mass|size", "put|putting weight|muscle|size on",
                                "what ~3 eat|eating", "eat more", "calories", "protein", "fuel*"),
                          unless=("sweat*", "drench*", "soak*", "chill*", "shiver*", "fever*", "temp", "temperature",
                                  "appetite", "lump*", "cancer", "night*",
                                  "back ~3 pain*|hurt*|ache*|aching|sore|agony", "pain*", "tired all the time",
                                  "exhausted"))

# An illness's own signs, or weight lost, told beside sweats that something ordinary would otherwise explain.
FEVER_OR_LOSS_TOLD = ("fever*", "feverish", "temp*", "shiver*", "chill*", "rigor*", "weight",
                      "lost ~3 kg|kilos|pounds|lbs|stone")
UNINTENDED = (
    "without ~2 trying", "without ~3 diet*", "without ~2 chang*", "without meaning to",
    # eating enough and still losing: "can't keep my weight up no matter how much I eat"
    "no matter how_much|what ~2 eat|eats|eating|ate", "however much ~2 eat|eats|eating|ate",
    "whatever ~2 eat|eats|eating|ate",
    # the same food as ever: "lost over a stone in about 5 weeks and I'm eating exactly the same" (lay-redflags37)
    "eating|eat|ate ~2 exactly|just the same",
    # ...told as no change ("now down 6kg with no change in diet", "eating the same": the seventeenth review of this
    # round)
    "no change|changes in|to ~2 diet|eating|food|what_i_eat",
    "even though|despite ~2 eating ~2 more|loads|plenty|lots|everything",
    # nothing done to lose it: "falling off me even though nothing about my eating or training has changed"
    "nothing ~3 eating|diet|food ~2 training|exercise|running|routine ~3 changed|different",
    "nothing ~3 training|exercise|running|routine ~2 eating|diet|food ~3 changed|different",
    # appetite gone (NICE NG12: weight loss with appetite loss)
    "lost|losing|lose ~2 appetite", "no appetite", "appetite ~2 gone|vanished|disappeared",
    "off ~1 his|her|their|my food", "{cannot} face food|eating|meals|a_meal", "no interest in ~1 food|eating",
    "without any? reason|explanation|cause", "for no ~1 reason", "no idea why",
    "without changing", "not ~3 diet|diets|dieting",
    "was|were|am|is|been not ~1 cutting ,|.|and|or|at_all", "{not} ~2 cutting calories|carbs|food",
    "{not} ~2 dieting|calorie_counting", "not ~2 trying", "not on a diet", "no diet",
    "not on purpose",
    # ...with the weight as what is not wanted gone: not "my bum was my best feature, I don't want to lose that"
    "{not} ~2 want|wanted to ~1 lose|drop|shed it|any|more|so_much|this_much|that_much|,|.",
    "{not} ~2 want|wanted to ~1 lose|drop|shed ~2 weight|kilos|kilo|kg|kgs|pounds|lbs|lb|stone|#",
    "{not} ~2 want|wanted to ~1 lose_weight|get_thin*",
    "{not} ~2 mean|meant to", "{not} ~2 try", "{not} ~2 tried|aimed for",
    "{not} ~2 tried|aimed to lose|drop|shed|diet", "{not} ~2 tried it ,|.|just|and|at_all",
    # "I haven't tried at all, I'm not tracking anything, I'm eating whatever" (lay-redflags44)
    "{not} ~2 tried ,|.|and|at_all", "{not} ~2 tracking|counting|logging ~1 anything|calories|food|macros",
    "eat*|eating whatever ,|.|and|i|we|he|she",
    "not intentional*",
    "unintention*",
    "{not} ~3 changed|change ~2 anything|a_thing|a_single_thing|my|his|her|their|diet|food|what|how|routine",
    "nothing ~2 changed", "diet|food|eating|routine|habits ~3 {not} ~2 changed", "eat* normal*", "eat* the same",
    "same food", "eat* as usual",
    "eat* like a horse", "eat* more", "eat* loads", "eat* fine",
    # "I'm still eating takeaways like always", "he eats everything in the house, we are not restricting anything"
    # (lay-redflags41)
    "eat*|eating ~4 like_always|as_always|as_usual|same_as_ever|like_before|like_i_always_have",
    "eats|eat|eating everything|anything ~3 house|fridge|put_in_front", "{not} ~2 restricting|restrict*",
    "still dropping|losing ,? ~3 eat* plenty|heaps", "eat* plenty|heaps ~4 but|yet|still|and_still ~3 los*|lost|drop*",
    "los*|lost ~6 while|whilst|despite ~1 eat* plenty|heaps", "even though i eat", "no|without appetite",
    "lost ~2 appetite", "appetite ~2 gone", "not hungry", "full after ~3 bites|mouthfuls|spoonfuls|few",
    "eating and ~1 loads|lots|plenty", "unbelievabl* thin|skinny",
    "nobody|no_one ~3 found out|knows|knew ~2 why",
    "scary|worrying|frightening amount", "{cannot} ~2 keep ~2 food down", "barely|hardly ~2 eat*|eats",
    "gone ~2 off ~3 food",
    "barely finish", "no reason", "unexplained",
    # learners' "even I eat" for "even though I eat": "my weight is going down even I eat rice three times a day"
    # (lay-redflags49); always tired beside it (NICE NG12: with fatigue)
    "even i|he|she ~1 eat|eats|eating|ate", "always|constantly|so|really tired ~3 and|,|.|too|also",
    "unexpected*", "do not know why",
    # (at the message's end too, where no mark follows: the hundred-and-first review)
    "{not} ~1 know|knows|knew why", "no idea why",
    "not sure why", "can not explain", "out of nowhere",
    "mysterious*", "by itself", "on its own", "not running ~2 more", "no more than before",
    "is not running any more", "running the same", "same runs", "says it is the running", "still lost",
    "only noticed", "noticed from", "{not} ~3 done anything different", "nothing different", "eat* all day",
    "eat* loads|lots", "eat* a lot", "every meal", "stopped ~2 diet*", "{not} ~3 doing|done|changing|changed anything",
    "trying to ~3 put ~2 weight|it|pounds on|back", "trying to ~2 gain|bulk", "even though ~3 eat*",
    # Someone else's explanation doubted: "says it's from his running but he only does 2 miles".
    "says|thinks|claims ~4 from|the ~1 running|exercise but",
)
# (the words, not "night*", which takes in "a nightmare": "leaning over the cot is a nightmare", scope23)
NIGHT = ("at night", "night", "nights", "nightly", "nighttime", "nightime", "nite", "nites", "overnight", "midnight",
         "1am|2am|3am|4am|5am", "# am", "# in the morning",
         "middle of the night", "in bed", "lie down", "lying down", "lie flat", "lying flat", "when i lie",
         "the minute i lie", "asleep", "sleep*")
NOT_EASED = (
    "wak* ~2 me|him|her|them|us", "woke|woken ~2 me|him|her|them|us", "wak* ~2 in|during|at|through the? night",
    "wak*|woke|woken ~2 up? every|each night", "wak* ~4 with ~2 pain", "wak* ~3 midnight|1am|2am|3am|4am|5am",
    "hardly|barely ~2 sleep*",
    "no pillow ~3 help*|work*|trick",
    # "night pain in my spine that no amount of ibuprofen touches" (the hundred-and-tenth review)
    "no|nae amount of ~3 ibuprofen|paracetamol|painkiller*|tablets|pills|codeine|naproxen|co_codamol|nurofen ~2 "
    "touches|touch|helps|help|shift*|eases|settles|sorts|works",
    "keep|keeps|keeping|kept me|him|her|them|us up|awake", "{not} ~2 let ~2 me|him|her|them ~2 lie|sleep|rest|settle",
    "{not} matter ~4 lie|lies|lying|sit*|position*|stand*",
    "up all night", "{cannot} ~2 sleep", "{cannot} ~3 comfortable",
    # "cant get comfy any position" (lay-redflags47; not "couldn't get comfy in the car")
    "{cannot} ~2 comfy|comfortable in? any|every position|way",
    # no sleep at all for it, told without "can't": "it's at the point I don't sleep at night at all because of it"
    # (lay-redflags36)
    # (the pain the cause, not "sleep on my back because of the pain" nor nerves' "it": the hundred-and-second review)
    "do|does|did|have|has not ~1 sleep|slept at_night? at all ~2 because|cos ~2 of? it",
    # (and for a time, or "because of my back": the hundred-and-third review)
    "do|does|did|have|has not ~1 sleep|slept well|much|properly|at_all|a_wink|last_night|all_night|in_weeks|in_days|"
    "for_weeks|for_days|this_week|for_ages|again? well|much|properly|at_all|a_wink|last_night|all_night|in_weeks|"
    "in_days|for_weeks|for_days|this_week|for_ages|again? because|cos ~2 of? the|my? pain|ache|agony|back_pain|back",
    "do|does|did|have|has not ~1 sleep|slept well|properly|a_wink? for|in #|two|three|four|five|six|several|a_few "
    "nights|days|weeks ~1 because|cos ~2 of? the|my? pain|ache|agony|back_pain|back",
    "no sleep ~3 because|cos|from|with ~2 of? the|my? pain|ache|agony|back_pain|back",
    "no sleep ~3 because|cos ~1 of? the|my? back ~3 so|really|too|that ~1 bad|sore|painful|agonising|agonizing|"
    "killing",
    "spent|spend|spending ~3 night|nights ~1 in|on ~2 chair|armchair|recliner|sofa|floor ~2 because|cos|as ~6 "
    "pain|back|hurt*|comfy|comfortable|lie",
    # "spent the last 3 nights on the floor, my lower back pain is too bad for the bed"
    "spent|spend|spending ~3 night|nights ~1 in|on ~2 chair|armchair|recliner|sofa|floor , ~3 pain|back ~3 too|so "
    "bad|sore|painful",
    "too bad|sore|painful for ~1 the|my? bed , ~4 sleeping|slept|sleep on the floor|sofa|couch|chair",
    "# hours awake ~2 last|in_the|every|at|all|through night|nights", "# hours awake with ~2 back|pain",
    "awake for # hours ~2 night|with", "lying any way|way",
    "{cannot} ~3 lie ~2 any way", "{cannot} find ~2 position", "no ~2 position",
    "woke|woken|wak* ~3 in agony|tears", "woke|woken|wak* at|about|around # ~3 in|with ~2 agony|pain",
    "only way i|he|she|we can lie|sleep",
    "any position", "every position",
    "rest* ~2 {not} ~3 help*|eas*|work*|differen*|better",
    "never stops",
    "even when|while|if ~2 rest*|lie|lying",
    "lying|flat ~3 agony|unbearable|impossible|torture|excruciating",
    "sleep*|slept ~2 in ~3 chair|armchair|recliner|sofa|floor",
    # Turning over gives no relief either: "turning on my side doesn't help".
    "turning|rolling|lying|changing ~3 side|over|position ~2 {not} ~2 help*|eas*|work*|differen*",
    "propped ~3 pillows", "rolling over hurts", "even rolling over", "have to get up ~3 walk",
    "woken ~3 by|with ~2 pain|it", "woken ~2 me", "lying|bed|sleep* ~6 {not} matter",
    "awake ~3 pain*|with pain", "{cannot} ~4 lie_down|lie_flat|lie|stay_in_bed", "had to stand ~3 whole time|all night",
    "ended up on the ~3 floor",
    "get*|got up ~3 night ~5 walk*|pac*", "out of bed ~3 and|to|then ~1 pac*|walk*", "out of bed pac*|walk*",
    "lie|lying|bed ~3 makes it worse",
    # (walking the house at night, not "even walking round the kitchen at work my gait is off", forum29)
    "pacing ~3 night", "night|nights|1am|2am|3am|4am|5am|am ~8 walking|pacing round|around|up_and_down ~2 "
    "house|kitchen|room|landing|bedroom|lounge",
    "walking|pacing round|around|up_and_down ~2 house|kitchen|room|landing|bedroom|lounge ~6 night|nights|1am|2am|"
    "3am|4am|5am|am",
    # woken again and again by it: "up 3 or 4 times a night with it, pacing" (lay-redflags35)
    "up|awake|wakes|waking|woken # ~3 times ~1 a|each|every|per|in_the|during_the night ~3 with|from|because|cos|by ~2 "
    "it|pain|the_pain|back|my_back|his_back|her_back|the_back",
    "worse at night",
    "worse in bed", "worse when i lie|lying",
)
# Pain that nothing eases, said of any pain: night pain only when night or rest is told too.
NOT_EASED_ANY = ("nothing ~3 help|helps|helped|work|works|worked|ease|eases|eased|settle|settles|settled",
                 # "nothing is helping even painkillers" (a twenty-ninth new user)
                 "nothing ~3 helping|working|easing|settling",
                 # the idiom of relief that does not come: "sitting, lying, curling up, nothing touches it",
                 # "painkillers don't even touch it" (lay-redflags38)
                 "nothing ~3 touches|touched|touch ~1 it|the_pain",
                 # "changed position, a pillow, my side, my front, nothing made any difference" (lay-redflags39)
                 "nothing|none_of_it ~3 made|makes|make ~2 any|a|much|the_slightest? difference",
                 "painkillers|tablets|pills|ibuprofen|paracetamol|meds|medication|codeine|naproxen ~3 {not} ~2 "
                 "touch|touched ~1 it|the_pain",
                 # every position told alike: "lying, sitting, standing, it's all the same" (lay-redflags35)
                 "lying|sitting|standing|walking|lie|sit|stand|walk|position|positions ,? ~2 it_is_all_the_same|"
                 "all_the_same|it_makes_no_difference|makes_no_difference|no_difference|no_different",
"nothing makes it better",
"no matter how|what|which",
                 "whatever i|we|he|she|they do|does|try|tries", "hours ~3 swap*|chang*|switch*|shifting ~2 position*",
                 "keep ~2 swap*|chang*|switch*|shifting ~2 position*",
                 # the night spent up or elsewhere, not a run's end: "ended up walking the last 4 miles home"
                 "end*|ended up ~2 on|in|sleeping_on|sleeping_in the|a? sofa|couch|floor|chair|recliner",
                 "end*|ended up walking|pacing ~3 floor|floors|house|room|landing|kitchen|hallway|round|around|"
                 "up_and_down",
                 "pain ~3 {not} ease|settle|stop", "never stops", "{not} let up", "{not} go away", "worse and worse",
                 "steadily worse", "nothing ~3 better|helps|works|eases", "day and night", "all day and all night",
                 "nothing ~2 takes ~3 edge",
                 "pacing ~2 the? house|floor|room|landing|kitchen|hallway")
# Woken by the pain, and eased by the morning's moving about, told in any sentence: "I wake up every day with sharp
# pain ... Pain's mostly gone by the time I leave the gym" (forum43): a mechanical pain, not one no position eases.
MORNING_EASES = LookAlike(("gone|eased|easing|better|fine|okay|ok by the time i ~3 leave|get|finish|am|have",
                           # (told the other way round: "By the time I leave the gym the pain is mostly gone", forum44)
                           "by the time i ~3 leave|get|finish|am|have ~6 gone|eased|easing|better|fine|okay|ok",
                           "wears|eases off ~2 once|after|when i|i_am|i_get up|moving|going|warmed_up"), anywhere=True,
                          unless=("keeps|kept me awake|up", "{cannot} ~2 sleep", "no position", "every position",
                                  "any position", "night sweats", "weight", "fever*", "worse and worse"))
# What has a position other than the body lying or sitting: a hand on the bars, a seat, a screen.
THINGS_POSITIONED = ("hand|hands|grip|grips|finger|fingers|foot|feet|arm|arms|elbow|elbows|seat|saddle|bar|bars|"
                     "handlebar|handlebars|hood|hoods|drops|cleat|cleats|pedal|pedals|screen|monitor|keyboard|mouse|"
                     "mirror|mirrors|steering|wheel|aero|riding|cycling|desk|laptop|phone|camera|head|neck")
# Night pain is pain at night or at rest: "it doesn't go away" alone is any pain.
NIGHT_OR_REST = (*NIGHT, "rest*", "lying", "lie", "position*", "bed", "pillow*", "wak*", "woke*", "awake",
                 "all night", "sleep*", "mattress")
SEVERE = ("severe*", "worst", "unbearable", "agony", "excruciating", "terrible", "intense", "constant",
          # of the pain, not a cost or a fear: "crippling back pain", "pain so crippling I can't bend"
          "crippl*|debilitating ~2 pain*|ache*", "pain*|ache ~3 crippl*|debilitating",
          "bad ~2 pain*|ache*", "pain* ~4 really|very|so|that|pretty bad", "really|very bad",
          "deep ache", "back|it|pain|tailbone|coccyx|sciatica ~2 screaming", "screaming ~2 pain|agony", "killing",
          "crying", "in tears",
          "sobbing", "blinding", "so bad",
          "painkillers|pills|tablets ~4 {not} ~2 touch*|help*|work*", "only dull*", "only take* the edge",
          "barely touch*",
          # "muscle relaxers that do nothing", "spasms as bad as contractions", "some nights I get an hour's sleep"
          "relaxers|relaxants|meds|medication|tablets|pills|painkillers ~3 do|did|does nothing",
          "as bad as ~2 contractions|labour|childbirth|giving_birth|kidney_stones",
          # (a short night's told as such: not "6 hours sleep a night" on a trip)
          # (nights told, not one night before a race: a ninetieth review)
          "some|most|many|every nights|night ~3 get|got|getting|only ~2 an|one|two|1|2 hour|hours ~1 sleep",
          "only|just|barely ~2 an|one|two|1|2 hour|hours ~1 sleep ~2 most|some|many|every nights|night",
          "so_much|the_pain ~4 only|just|barely ~2 an|one|two|1|2 hour|hours ~1 sleep")
# A blow from someone: "a kid ran up and whacked me right in the lower back".
BLOWS = ("whacked|punched|thumped|elbowed|smacked|walloped|booted me|him|her ~2 in|on|across the|my|his|her lower? "
         "back|spine|kidneys",)
FALLS = (
    # ("slipped", not "slippery": a path told slippery is no fall)
    "fell", "fall|falls|fallen|falling", "slipped", "slipping on|off|over|down",
    "a ~1 slip on|off|down|over", "tripped",
    "trip over|on|up", "crash*", "went down hard",
    # "my feet just went up and I came down hard" (lay-redflags44)
    # (the body, not a foot's landing: "came down hard on my heel on the descent" is a stride, the fifty-ninth review)
    "came|come|coming down hard|heavily ,|.|and|onto|on_the|on_to|in_a_heap",
    "feet|foot ~2 went|flew|shot up|from_under|out_from_under",
    "went|gone flat on|onto ~1 my|his|her back|bum|backside|arse|face",
    # onto a part: "went down on my hands, grazed palms" (the seventeenth review of this round)
    "went|came down on|onto my|his|her|both ~1 hands|knees|hands_and_knees|face|side|bum|backside|arse|hip|elbow|"
    "elbows|wrist|wrists",
    # Onto the bottom: "slid down a bank and sat down hard"; a stumble down a slope is a fall too.
    "sat down hard|heavily", "stumbl*|slid|skidded down|off ~2 a|the bank|slope|steps|stairs|hill|verge",
    # Against something hard and fixed: not "banged my back on the door frame" (a thirty-eighth review).
    "smashed|banged|bashed|slammed|whacked my|his|her lower? back|spine|tailbone on|into|against the|a ~1 "
    "wall|ground|floor|tree|car|pavement|kerb|curb|rock|rocks|railing|railings|post|barrier|concrete|ice",
    # (a car hit from behind, not "the rear end" of a body: forum35)
    "taken out by", "rear ended|ending", "rear_end ~1 collision|crash|shunt|smash", "car accident",
    "drove|driven|crashed|smashed|ploughed|plowed|backed|reversed|went into the rear end",
    "rear end of my|the|our car|van",
    # the back itself hitting an edge: "lost my balance and the middle of my back hit the brick edge of the wall"
    "back|spine|tailbone|coccyx ~2 hit|struck|smashed|slammed|banged|caught ~4 edge|wall|step|steps|kerb|curb|ground|"
    "floor|rock|table|corner|bath|radiator",
    "ran|drove|charged|barrelled|barreled|careered|careened|slammed|ploughed|plowed into me",
    "bumped into me|him|her", "got|was|were bumped", "clipped", "hit|knocked me",
    "car hit|bumped|clipped|struck",
    "hit|smacked|slammed|whacked|thumped|smashed the ground|deck|floor|pavement|ice|tarmac|concrete",
    "took a tumble|spill|fall",
    "tumbl*", "stacked it",
    # "shoved her out of the way, and she was thrown hard onto the track" (forum32)
    "thrown|flung|shoved|pushed ~1 hard|heavily|violently|flat? onto|into|to|on the|a ~1 ground|floor|track|road|"
    "pavement|concrete|tarmac|deck|tiles|rocks|kerb|curb", "face ~ plant*", "faceplant*",
    # "reached too far and toppled off backwards onto the patio" (lay-redflags40)
    "toppled|topples|toppling|topple off|over|backwards|backward|down|from|onto",
    # a fall told by where someone was found: "got back to find my mother on the kitchen floor" (lay-redflags40)
    "found|find|finding my|our|her|his? mum|mom|mother|dad|father|gran|granny|grandma|nan|nana|grandad|grandpa|"
    "husband|wife|partner|him|her|them|neighbour|neighbor ~1 on|lying_on|sprawled_on the|her|his kitchen|bathroom|"
    "bedroom|hall|landing|lounge|garden|living_room? floor|ground", "missed ~3 rung|step|steps|stair|stairs|footing",
    # (a farm's quad bike or a trail bike too: "came off the quad on the farm track", lay-redflags47)
    "came off my|his|her|their|the|a bike|horse|mtb|bmx|scooter|skateboard|board|pony|motorbike|quad|"
    "quad_bike|quadbike|atv|dirt_bike|trail_bike|ebike|e_bike|mountain_bike|trike|unicycle",
    # "went off the right side of my mare into the bean field"
    "went|came|fell|flew|slid off ~4 my|his|her|the|a horse|mare|pony|gelding|bike|motorbike",
    "collid*", "collision",
    # A height: "came off the ladder in the garage", "came off a scaffold bay".
    "came|come|coming off a|the|his|her|my ~1 ladder|stepladder|scaffold*|girder|roof",
    "accident", "hit by", "knocked down|over|off", "run over", "struck by", "landed ~2 on", "thrown off|from",
    # an animal's throw: "the mare bucked me off", "got bucked off"; a landing told by how: "landed face first"
    # ("the new shoes threw me off" is an idiom: the thrown one lands somewhere, an eighty-eighth review)
    "bucked|unseated me|him|her|them ~1 off|into|onto|over", "bucked|buck off",
    "threw|chucked|dump*|tossed|flung me|him|her|them off|over|into|onto ~1 the|a|his|her|my? ~1 "
    "horse|pony|bike|saddle|fence|ground|floor|wall|ditch|hedge|bonnet|road|rocks|track",
    # ...the animal named first, so the rider's fall is not read as the animal's own
    "horse*|pony|ponie*|mare|gelding|stallion|cob|donkey|mule|camel|bull ~2 bucked|threw|chucked|dump*|"
    "unseated|tossed|flung|rear* ~1 me|him|her|them|us ~1 off|into|onto|over",
    "landed face|head first", "landed ~1 hard|heavily|awkwardly on",
    # a ladder or chair that went: "the ladder slid out from under me"
    "ladder|stepladder|steps|chair|stool ~3 slid|slipped|gave_way|collapsed|toppled|tipped|went|shot ~3 from under|"
    "from_beneath|out_from_under",
    "hit the tiles|concrete|patio|tarmac|deck*|floorboards|flagstones|cobbles",
    # (lay-redflags39: "came off the edge and hit the lawn flat on my back from about 3 metres", "went down at about
    # 25 mph ... got run over")
    "hit the lawn|grass|garden|driveway|drive|road|yard ~3 flat|hard|from|on_my|on_his|on_her",
    "came|fell|come|falling off the|a edge ~4 roof|wall|ladder|scaffold*|hit|landed|and",
    "fell|came_off|came_down|dropped|landed ~6 from ~1 about|around|nearly|over? # metres|meters|feet|ft|m",
    "went|go|gone|came down at ~2 about|around|over? # mph|kph|kmh",
    "got|get|was|were|been|getting run over",
    # told by its marks: "she insists she's just banged up" (lay-redflags38)
    "i_am|she_is|he_is|we_are|i_was|she_was|he_was|got|getting ~2 banged|bashed up",
    # a jump from a height onto something hard, and a load that came down on someone (lay-redflags38: "jumped off
    # onto the road, back sore since", "a round bale rolled onto him")
    # (a height, not a bus, a cab or a bike got off every day: the hundred-and-eighth review)
    "jumped|jump|leapt|leaped|bailed|dived|dove off|out_of|from ~4 tractor|trailer|roof|wall|ladder|balcony|window|"
    "scaffold*|loft|bridge|cliff|ledge ~4 onto|on|to the|a? road|ground|concrete|tarmac|floor|pavement|yard|deck|rocks",
    "jumped|leapt|leaped|bailed off|out onto|on_to the|a? road|ground|concrete|tarmac|pavement|yard|rocks",
    "bale|log|tree|branch|cow|bull|wardrobe|shelf|shelves|cabinet|beam|tyre|pallet|load|rock|boulder|crate|sack ~6 "
    "rolled|fell|landed|came_down|toppled|dropped ~4 onto|on|on_top_of ~1 me|him|her|them|back|husband|wife|partner|"
    "dad|father|mum|mother|son|daughter|brother|sister|mate|friend",
    "pinned|crushed|trapped|squashed under|beneath|between ~3 bale|log|tree|car|van|tractor|pallet|rock|boulder|"
    "crate|wall|beam|horse|cow|bull|machine|quad|shelf|wardrobe|trailer",
    # a blow told with where it landed: "got hit square in the back by a bike on my run" (chat9)
    "hit|struck|clipped|knocked|whacked|smacked|rammed ~1 in|on|from the|my? ~2 back|side|behind ~1 "
    "by a|an|the ~1 bike|car|cyclist|van|scooter|bus|lorry|truck|motorbike|e_bike|ebike|taxi|cab",
    "whiplash", "went flying", "wiped out", "came|come a cropper",
    # the idiom of a tumble, and a roll down a slope (a sixth new user's "went arse over tit on the ice", "came off a
    # trail and rolled down a bank")
    "arse|ass|head over tit|tits|teakettle|tea_kettle|heels",
    "rolled|tumbled|slid|fell|went ~1 down|off|over ~1 a|the|an ~1 bank|embankment|slope|scree|bankside|verge|ravine|"
    "gully|drop|edge",
    # "both my feet shot out from under me and I slammed onto my upper back"
    "feet|foot|legs|leg ~2 shot|went|flew|slid ~1 out from under", "slammed|smashed|thumped ~1 onto|down_on ~1 "
    "my|his|her ~1 upper|lower? back|head|tailbone|bum|backside|bottom",
    # "went over backwards on the trail" (with back pain told); a climber "slammed into the wall"
    "went|fell|toppled|tipped ~1 over backwards|backward", "slammed|smashed|crashed|swung into the|a wall|rock|rocks|"
    "ground|floor|tree|barrier", "tackl*", "kneed", "knee ~2 into ~2 back", "kicked",
    # thrown down by a load or a person: "it threw me down flat on my backside and back on the concrete drive"
    "threw|chucked|dumped|flung|knocked|pulled|dragged|yanked me|him|her down|over|backwards|flat|to_the_ground|"
    "to_the_floor",
    "flat on my|his|her back|backside|bum|arse ~3 on|onto the|a ~1 concrete|ground|floor|drive|driveway|pavement|"
    "tiles|road|ice|patio|tarmac",
    # a fall told by where someone ended up: "next thing I knew I was face down on the road"
    "next_thing_i_knew|next_thing_i_know|found_myself|woke_up|came_to|ended_up ~3 face down|first",
    "landed|went|fell|pitched|thrown ~2 face down|first",
    "face first into|onto|on|in the|a ~1 road|ground|floor|pavement|tarmac|mud|dirt|trail|track|gravel|ice|deck",
    # a blow from someone: "a kid ran up and whacked me right in the lower back"
    *BLOWS,
    "dropped ~3 on my|his|her", "ran|run|forced|pushed|knocked me off the road",
    "bail* ~3 into|onto", "went over the bars|handlebars",
    "over the bonnet|handlebars|handlebar",
    "came down ~2 on ~2 back|tailbone|bum|bottom",
    "bounced|bumped|slid|tumbled ~4 down ~3 stairs|steps", "t boned", "tboned", "rear ended", "a|the pile up",
    "car crash", "smashed into", "ploughed|plowed into",
    # a shunt: "a car piled into the one behind me, which shunted into me" (not "we piled into the car")
    # (not "our van piled into the car park", "got shunted down to the B team")
    "car|van|lorry|truck|bus|taxi|cab|driver|motorbike|one ~3 piled|shunted into ~2 me|us|him|her|them|the_back|"
    "the_side|the_front|the_rear|behind|the_one|my|our|his|her|the_car_behind|the_car_in_front|the_car_ahead",
    "shunted into me|us|my|our|the_back|the_side",
    # told passively or as a noun: "got shunted at a roundabout", "was shunted from behind", "had a shunt on the
    # motorway", "a car shunted me" (not "shunted down to the B team", "shunted into the slow group": a review)
    "got|was|were|been|get shunted ,|.|at|from|behind|by|on|in|yesterday|last|this|while|when|and|today",
    "car|van|lorry|truck|bus|taxi|cab|driver|motorbike|someone|somebody ~2 shunted me|us|my_car|our_car",
    "had|in a shunt", "a shunt on|at|in|with|from", "down the stairs", "off the top step", "missed a step",
    # a car door opened into a runner or a rider, and down onto the kerb (lay-redflags27)
    "doored", "down onto|on_to the|a ~1 kerb|curb|pavement|road|ground|floor|concrete|tarmac",
    "over the boot|bonnet|hood|trunk|roof|car|bars",
    "went|flew|rode|cycled|crashed|ran|drove ~2 into the back|side of ~1 a|the|his|her|my? "
    "car|van|bus|lorry|truck|taxi|tram|cab|minicab|motorbike|scooter|suv|jeep|ute|pickup",
    "rode|cycled|crashed|straight into the back|side of it",
    "car|van|lorry|truck|bus|taxi pulled out ~6 hit|into|over_the|knocked|clipped|thrown|came_off|went_over",
    # A vehicle rolled, or something heavy on top: "rolled the quad and it came down on top of me".
    "rolled|flipped|overturned|tipped|roll|flip my|the|a|his|her|our? quad|quad_bike|atv|ute|car|tractor|jeep|"
    "mower|kart|van|truck|4x4",
    "quad|quad_bike|atv|ute|car|tractor|jeep|mower|kart|van|truck ~1 rolled|flipped|overturned|tipped|rolled_over",
    "came|come|fell|landed|crashed down? on top of me|him|her",
    "pinned|trapped|crushed under|beneath ~4 it|car|vehicle|quad|atv|tractor|tree|rubble|horse|bike|motorbike|ute|"
    "van|truck|machine|wardrobe|shelf|shelves|rock|rocks|boulder|wall|logs|log",
    "rolled|flipped over in ~1 the|my|a|our ~1 car|quad|atv|ute|tractor|jeep|van|truck",
    "hit|ploughed_into|went_into a|the tree|lamppost|barrier|pole|post|fence",  # not "hit a wall": a runner's bonk
    "went|ended_up|drove|rolled|landed|crashed into|in a|the ditch|hedge|verge",
    # a vehicle off the road (not "I left the road for the trails")
    # (a vehicle's: "we left the road and took the trail", "we swam in the lake" are runners': a 38th review)
    "car|van|truck|bus|lorry|motorbike ~2 left|went_off|came_off|ran_off the road",
    "car|van|truck|bus|lorry ~3 into|in the river|lake|canal",
)
# A fall onto the tailbone or the back itself needs no other mention of back pain.
# (its -ing forms too: "went down, landing hard across my lower spine on the edge of the kerb", forum49)
# (not "falling": rain or leaves "falling on my back", the hundred-and-twenty-eighth review)
FALL_ONTO = ("fell|fall|landed|landing|bounced|dropped|slipped|slipping|slid|skidded|thrown|crashed|crashing|"
             "came_down|went_down|tumbled|tumbling|toppled|toppled_over|keeled_over|knocked_over|knocked_flying|"
             "sent_flying ~7 "
             "on|onto|"
             "across|for my|his|her? lower|low|right|left? bum|bottom|backside|coccyx|tailbone|back|spine|butt",
             "came|flew off ~3 bike|horse|board|mtb|bmx|scooter|skateboard ~4 on|onto my|his|her? lower|low? "
             "bum|bottom|backside|coccyx|tailbone|back|spine|butt",
             # Over backwards, with its verb: "went straight over backwards onto my bum" (not "is running
             # backwards good for my back?").
             "fell|went|toppled|tipped|flew|knocked|pushed|thrown ~2 over? backwards|backward ~2 onto|on ~1 "
             "my|his|her|the? lower|low? bum|bottom|backside|coccyx|tailbone|back|spine|butt",
             # onto a part of the back: "curled up and landed across the middle of my back" (lay-redflags49)
             "fell|fall|landed|landing|thrown|crashed|came_down|went_down ~7 on|onto|across the|my|his|her "
             "middle|small|base|top|bottom|centre|center of ~1 my|the|his|her? back|spine",
             # Learners' English: "he landed with the back on the steps".
             "landed|fell|fall|came_down with the|my|his|her back|spine|bum|bottom|tailbone")
# Asleep at the wheel is how a crash comes about: with a crash told anywhere, the sleep explains no fall
# or crash away ("fell asleep at the wheel, car left the road"); a near miss or someone else asleep tells none.
ASLEEP_DRIVING = ("crashed|crash ~3 into ~1 a|the|my|another? car|van|wall|tree|lamppost|barrier|pole|post|lorry|truck|"
                  "hedge|runner|cyclist|person|someone|kerb|curb|bollard|fence|gate|railing|railings",
                  "crashed the|my car|van", "car crash", "collid*", "collision", "into|in a|the ditch",
                  "wheel|driving|drove ~6 and|then ~1 crashed|crash|hit",
                  "left|went_off|came_off the road", "hit|into a|the tree|lamppost|barrier|pole|post|lorry|truck",
                  "rolled|flipped|overturned the|my|our? car|van",
                  # run over by someone, not "run over to the shop" (lay-redflags39)
                  "got|get|was|were|been|getting run over")
NOT_A_FALL = (
    "fell|fall|falls|falling|fallen in love", "fell|fall|falls|falling|fallen asleep",
    # head over heels for something loved: "fell head over heels in love with trail running"
    "fell|fall|falls|falling|fallen head over heels in|for|with", "head over heels in|for|with",
    "fell|fall|falls|falling|fallen behind|apart|short",
    # taken in: "I fell for the marathon hype" (a twenty-fifth new user)
    # (not "fell 4 metres", whose "4" reads "for")
    "fell|fall|falls|falling|fallen for it|that|this|him|her|them|someone|everything",
    "fell|fall|falls|falling|fallen for the|his|her|their|a|every ~2 hype|marketing|trick|tricks|scam|lie|lies|joke|"
    "bait|advert*|ads|nonsense|charm|line|story|idea|fad|trend",
    # plans that fell through, not a foot through a step (the hundred-and-second review: "fell through onto my back")
    "runs|run|plans|plan|deal|trip|booking|session|sessions|race|races|training|week|weekend|it|that ~3 "
    "fell|fall|falls|falling|fallen through ,|.|?|again|because|due|at|and|so|but|when|every|each|last|this|"
    "yesterday|today|twice|again|in|over|after|before|the|for",
    # driven mad, not driven into: "everyone telling me to try tai chi drove me mad" (forum30)
    "drove|drive|drives|driving me|him|her|us mad|crazy|nuts|insane|bonkers|potty|batty|up_the_wall|round_the_bend|"
    "to_distraction|to_tears|to_drink",
    "fell|fall|falls|falling|fallen for ~2 it|that|this|him|her|them|a",
    # (not "the" with a gap: "I fell 4 metres" is read "fell for metres off the scaffolding")
    "fell|fall|falls|falling|fallen for the hype|bait|trick|joke|lie|lies|scam|marketing|ads|advert|adverts|"
    "sales_pitch",
    "disc|disk ~2 slipp*", "slip* ~2 disc|disk|discs|disks", "when|while ~2 tumble|tumbles|tumbling",
    "trousers|jeans|shorts|skirt|tights|leggings|joggers|pants ~3 fall*",
    "tumbling ~2 class*|practice|routine*",
    # lying down on purpose: "went flat on my back on the floor to stretch"
    "flat on my|his|her back ~6 to|for ~2 stretch*|yoga|pilates|rest|sit_ups|crunches|core|exercises|planks|roll|"
    "ease|relax|recover|decompress|cool_down",
    # ...on something soft: "went flat on my back on the bed after the long run"
    "flat on my|his|her back on|onto the|my ~1 bed|sofa|couch|settee|mat|yoga_mat|lawn|grass",
    # lying there on purpose: "flat on my back on the drive under the car fixing it" (the ninety-fifth review)
    # (stems: a whole word here would keep the speller from reading "fixing" as "fix" everywhere)
    "flat on my|his|her back ~8 under|fix*|repair*|mend*|servic*|working_on the|a|my? car|van|bike|sink|"
    "engine|vehicle|bonnet|boiler|drain",
    "lying|lay|lie|lies|laid|laying flat on my|his|her back",
    # a fall of numbers, or an animal's own ("my dog fell in the river"; not "the horse fell on me")
    "fall|falls|drop in numbers|membership|sales|prices|attendance|interest|demand|entries|turnout",
    "dog|dogs|puppy|pup|cat|kitten|spaniel|labrador|collie|terrier|greyhound|staffie|staffy|staffies|whippet|"
    "lurcher|retriever|poodle|dachshund|pug|beagle|husky|springer|cocker|alsatian|shepherd|pooch|hound|mutt|lab ~1 "
    "fell|falls|fall|slipped ~2 in|into|off|down|through|while|when|on_the",
    # an illness's blow, not a body's: "surprised how much the bug knocked me back", "it knocked me for six"
    # (not "it knocked me off my feet" or "out": a car's or a blow's, a ninety-second review)
    "it|that|this|which|bug|flu|virus|cold|covid|illness|infection|chemo|week|weeks|month ~2 knocked|knocks|knock "
    "me|him|her|us ~1 back|sideways|for_six",
    # ...told alone at a clause's end: "only got back into running after a decade off, so this has knocked me."
    "it|that|this|which|bug|flu|virus|cold|covid|illness|infection|chemo|week|weeks|month ~2 knocked|knocks|knock "
    "me|him|her|us ,|.|?|a_bit|quite|emotionally|mentally",
    "tumble turn|turns|turning|dryer|drier|dry|dried|dries|weed*",
    # Worn out, not thrown off: "totally wiped out after my long run" (not "wiped out on the ice").
    "am|i_am|feel|feels|felt|feeling totally|completely|absolutely|utterly|so|really? wiped out",
    "was|were totally|completely|absolutely|utterly|so|really wiped out",
    # (a state told at a clause's end: "ran 25 mins a few days later but was wiped out." (forum43); not "was wiped
    # out by a cyclist")
    "was|were wiped out ,|.|and|afterwards|all|for|later|lol|haha",
    "wiped out after ~1 the|my|a|that|this run|race|long_run|marathon|session|workout|day|week",
    "wiped out by|from|since|after the|my|a|that|this|yesterday|today|last|all_the|all_that? ~1 heat|sun|humidity|"
    "run|race|marathon|miler|miles|session|training|workout|week|day|long_run|flu|virus|bug|cold|hills|taper",
    "been so|totally|completely|absolutely|utterly|really|feeling? wiped out ,|.|all|since|for|after|lately|today",
    "wiped out and tired|exhausted|knackered", "wiped out all day|for_the_day",
    # a state set off by a comma: "after my long run, completely wiped out, back stiff"
    ", completely|totally|absolutely|utterly wiped out ,|.",
"slipp* out of ~2 hand|hands|grip", "slipp* into ~2 habit|habits|routine|rut|old_ways",
    "off the wagon", "fell|fall|falls|falling|fallen off the wagon", "fall into|under",
    # a quarrel or a habit lapsed, not a fall out of something: "our son fell out of a tree yesterday" is one (an
    # eighth new user's)
    "falling out", "falls out",
    "fall|fell|fallen out ,|.|with|over|about|again|and|because|since|of_love|of_favour|of_fashion|of_shape|"
    "of_the_habit|of_my_routine|of_the_routine|of_step|of_sync|of_touch|of_my_plan|of_training",
    "tooth|teeth|filling|fillings|crown|hair|insole|insoles|lens|lenses|stitches|earbud|earbuds|airpods|headphones|"
    "gel|gels|keys|phone|it|they|everything|stuff|things|bits|money|cash ~2 fell|fall|falls|falling|fallen out",
    "fall marathon|race|season|half|10k|5k", "slip* disc|disk|discs|disks", "road trip", "trip to",
    # a journey, not a stumble: "Emergency mall trip on Saturday" (forum51)
    "mall|shopping|day|school|family|work|business|camping|ski|beach|weekend|holiday|field|boat|bus|train|car|"
    "emergency|grocery|supermarket|hen|stag|fishing|hunting|golf|wine|spa|city|shop|shops|town ~1 trip|"
    "trips",
    "ran|run over to|the",
    "fitness|motivation|pace|speed|form|mileage|training|times|weight|numbers|pounds|kilos|kg|stone|lbs|fat ~2 "
    "fell|fallen|dropped|falling|falls|fall off",
    # ...any number that fell, off or not: "my times fell this year", "heart rate fell" (the ninety-sixth review)
    "pace|times|time|mileage|miles|heart_rate|hr|blood_pressure|bp|score|scores|numbers|vo2|vo2max|cadence|"
    "temperature|temp|pb|pbs ~1 fell|fallen|falls|falling", "wheels ~2 fell|fall|falls|falling|came|come off",
    "running|pace|fitness|times|motivation|mileage|numbers|sales|form|training ~3 fallen|fell|fall|falls|dropped|"
    "dropping|falling|gone off a cliff",
    # a thirteenth new user: "skipped lunch by accident", voice typing's "falling a sleep"
    "by accident", "fell|fall|falls|falling|fallen a sleep",
    "crash* ~ on|onto|in|into ~3 bed|sofa|couch|floor",
    # (something between, not a fall: "took a tumble down the stairs", "moving house and fell down the stairs", the
    # hundred-and-twenty-ninth review)
    "carry*|carried|lug*|haul*|bring*|brought|drag*|dragged ~2 down|up the|a|my? stairs|steps",
    # a long sleep after a shift, told so: "came home and completely crashed - not a medical crash, the
    # face-down-on-the-couch kind" (forum50)
    # (not "cycling home and crashed", "crashed after falling asleep at the wheel": the 129th review)
    "not a medical crash", "crash* ~8 couch|sofa|settee",
    "slammed|thumped|flopped down ~5 sofa|couch|settee|bed|chair|armchair",
    # a thing or a child that landed on the writer: "the bar slammed onto my upper back", "my kid thumped down on
    # my back"
    # (the thing itself landing, not "my son slammed me onto my back": a seventy-sixth review)
    "bar|barbell|weight|weights|plate|kid|kids|child|son|daughter|toddler|dog|cat ~2 slammed|smashed|thumped "
    "onto|down_on",
    # a queue, not a collision: "went into the back of the cab queue"
    "cab|taxi|bus|tram queue|rank|line|stop",
    "crash* out", "energy crash*", "sugar crash*",
    "crash diet*", "crash course",
    # "then crashed into a silly cabbage-soup thing in January" (a diet, forum28)
    "crash* into|onto|on a|an|the|some ~3 diet|diets|thing|plan|fad|regime|detox|fast",
    "nearly|almost fell|fall|falling|fallen",
    "nearly|almost fell|fall|falling|fallen ~4 stairs|steps|step|ice|kerb|curb|ladder|bike|hill|bank",
    # a toilet accident told as "a little accident": "had a little accident, the loo queue was massive"
    "little|small|slight|tiny|wee accident ~6 loo|loos|toilet|toilets|queue|portaloo*|porta*|pee|wee|poo",
    "accident in|at|while_in the|a? loo|toilet|portaloo ~1 queue|queues",
    "accident in|at|while_in the|a? queue|queues for the|a? loo|toilet|portaloo*",
    "fall out",
    "slip on|slip_on shoe|shoes|trainer*|sneaker*|sandal*|style|loafer*|slipper*",
    "earbuds|earphones|headphones ~3 fall*",
    # kit that slipped, not a body: "I think the strap slipped", "my watch fell off mid run" (lay-redflags38)
    # (the thing the subject, the verb straight after it: not "stepped on a bottle and fell", the hundred-and-ninth
    # review)
    "my|the|his|her|a|an ~1 strap|straps|watch|watches|band|chain|sock|socks|insole|insoles|lace|laces|bag|backpack|"
    "vest|belt|hat|cap|glasses|sunglasses|bib|tape|plaster|sensor|monitor|headband|bra|sleeve|phone|armband|pod|chip|"
    "keys|bottle|flask|gel|gels|cup slipp*|slid|slides|slide|fell|falls|fell_off|fell_out|falls_off|falls_out|"
    "fall_off|fall_out|dropped",
    "fell|fall|falls|falling into bed",
    "toenail* ~5 fall*", "nail* ~3 fall*", "hair ~3 fall*", "pb*|times ~2 fall*", "bumped ~3 up|mileage|miles|training",
    "run|runs over", "kicked back", "kick* off", "crash* and burn*",
    # a standard that slipped: "my cardio has slipped" (forum45)
    "cardio|fitness|form|standards|diet|eating|training|routine|grades|mileage|motivation|discipline|habits|"
    "consistency|pace|times|running|schedule|plan has|have|had|is|has_been? slipped|slipping|slid",
    # a walk down them, not a fall: "holding onto the wall to walk down the stairs after the marathon"
    # (or got down them: "I can barely get down the stairs, legs totally dead", lay-redflags49; or carried something
    # down them: "strained my lower back carrying a wardrobe down the stairs", forum50)
    "walk*|hobbl*|limp*|shuffl*|crawl*|tiptoe*|edg*|step*|get|getting|got|manage|managed|managing|make_it ~2 "
    "down|up the|a|my? "
    "stairs|steps",
    # begun, not a blow: "since the menopause really kicked in I've put on a stone" (not "kicked in the back")
    # (what kicks in named before it: not "got kicked in, the back by a horse", the ninety-fifth review)
    "really|finally|properly|fully|just|soon|once|when|until|till|it|that|this|menopause|training|taper|adrenaline|"
    "endorphins|caffeine|meds|medication|painkillers|tablets|ibuprofen|advil|tylenol|nurofen|paracetamol|naproxen|"
    "aleve|codeine|gel|gels|fatigue|tiredness|hunger|nerves|age|inhaler|puffer|coffee|sugar|antihistamine*|"
    "antibiotics|pills|drugs|steroids|cortisone|injection|jab|second_wind|runners_high|lactic|doms|"
    "motivation|has|had|have|then|eventually|slowly|exhaustion|cramp|cramps|heat|cold|winter|hormones|perimenopause "
    "kick|kicks|kicked|kicking in ,|.|?|and|when|after|properly|fully|now|again|yet|around|at|during|with|really|"
    "big_time|so|then|but|about|too|because|once|before|i|it|we|you|he|she|they",
)
# Each explains only its own word ("fell asleep on the sofa, then tripped down the stairs" is a fall).
ASLEEP = LookAlike(NOT_A_FALL, sense=True, own=True, unless=ASLEEP_DRIVING)  # "fell asleep", "falls behind"
# What a sentence says of the whole run: no fall at all ("caught myself"), or a runner's wall that the
# sentence's "crashed" belongs to ("hit the wall at mile 20, total crash").
# A fall told beside a look-alike that would explain it away: "caught myself, but still fell down three steps".
# (Not "before I fell over": what was stopped in time.)
A_FALL_BESIDE = (*ASLEEP_DRIVING, "and|but|still|then|also fell down|onto|over|backwards|forwards|hard|flat",
                 "fell|fall down|off the|a|my stairs|steps|ladder|roof|horse|bike|wall",
                 "and|but|still|then|also landed on|onto my|the? back|bum|side|tailbone|coccyx|hip|head|face|ice|"
                 "ground|floor|rocks|steps|stairs", "landed flat|hard|heavily")
NO_FALL_TOLD = LookAlike(("caught|saved|stopped myself", "did not fall", "without falling",
                          "did not|never actually|quite|fully? go|hit down|over|the_ground|the_floor|the_deck",
                          "bonk*", "hit the wall", "wall ~2 hit|slammed|ploughed|plowed|came ~1 into? me",
                          "into|hit the wall at|around|by|near|after ~1 mile|#k|#km|halfway",
                          "into|hit the wall ~4 of|in|during ~1 the|my|a? marathon|race|half|ultra"),
                         sense=True,
                         # ...unless a fall is told beside it: "caught myself, but still fell down three steps"
                         unless=A_FALL_BESIDE)
# A runner's crash, a bonk or a long sleep: "total crash", "crashed for 12 hours", "crashed hard in the last
# 5k" (not on a bike, nor with a hospital told: "crashed at halfway on the bike and was taken to hospital").
LONG_SLEEP = ("crash* for # hours|hrs|hour", "crash* for the night|day|afternoon|rest")
RUNNERS_CRASH = LookAlike(("total|complete crash ,|.|and|at|around|in", *LONG_SLEEP,
                           "crash* completely|hard|badly ~1 in|at|around ~1 the? last|final|mile|km|halfway",
                           "crash* at|around|by mile|km|halfway", "crash* at|around ~1 #k|#km|#mi",
                           # the distance first: "it went well until about 30K, when I crashed completely" (letters4)
                           "#k|#km|#mi|halfway|#_miles|mile_# ,? when|where|and|then ~1 i|he|she|you|we? crash*",
                           # worn out after it (a twenty-sixth new user: "I crashed hard after the race, so tired")
                           "crash* hard|completely|totally|badly|out? after ~3 race|run|marathon|half|session|"
                           "long_run|10k|ultra|parkrun ~4 tired|exhausted|knackered|shattered|sleep*|nap*|wiped|"
                           "drain*|sofa|couch|bed",
                           # (the tiredness past a comma, which the gap above does not cross: "crashed hard after the
                           # race, so tired")
                           "crash* hard|completely|totally|badly|out? after ~3 race|run|marathon|half|session|"
                           "long_run|10k|ultra|parkrun ,|and ~2 tired|exhausted|knackered|shattered|sleepy|wiped|"
                           "drain*",
                           "totally|completely|properly|absolutely|utterly crashed after ~3 race|run|marathon|half|"
                           "session|long_run|10k|ultra|parkrun",
                           # (told alone, then how: "came home from the long run and completely crashed, face down for
                           # three hours", forum50's kind)
                           "totally|completely|properly|absolutely|utterly crashed ,|.|for|out"),
                          sense=True, own=True,
                          unless=(*A_FALL_BESIDE, "bike", "bikes", "cycling", "cyclist*", "crit", "triathlon",
                                  "sportive*", "peloton", "hospital", "ambulance", "a_and_e", "paramedic*", "helmet",
                                  "went|came down hard|heavily|on|onto", "and|then|i went|came down",
                                  "in a heap", "knocked ~1 me|him|her|us|over|down|off|flying",
                                  "collid*", "tripped", "of us|them went|came|fell|hit", "of|on the|my|a ride",
                                  "car|van|lorry|bus|truck ~3 pulled|pulling out"))
# ...of which only the long sleep is told onto the back: "crashed for 10 hours flat on my back".
RUNNERS_SLEEP = LookAlike(LONG_SLEEP, sense=True, own=True)
# What crashed is no body: "my mood crashed hard", "the app crashed mid-run". It explains only its own
# "crashed" (not "my mood crashed, then I crashed my bike into a wall"), told right after the thing.
NO_BODY_CRASHED = LookAlike(("mood*|spirit*|motivation|confidence|morale|energy|sugar*|level*|iron|ferritin|hormone*|"
                             "price|prices|economy|crypto|bitcoin|"
                             "phone|laptop|computer|app|watch|garmin|strava|website|site|server|market*|stock*|"
                             # a game or a screen's (chat13: "game crashed 3 times last night so i rage quit")
                             "game|games|console|xbox|playstation|ps5|pc|tv|wifi|internet|router|software|system|"
                             "tablet|ipad|zwift|"
                             "share*|battery has|have|had|is|really|totally|completely|just|properly|absolutely|"
                             "utterly|kind_of|sort_of? really|totally|completely|just|properly|absolutely|utterly? "
                             "crash*",
                             # "I've crashed mentally since the injury"
                             "crash* mentally|emotionally", "mental|emotional crash*"), sense=True, own=True,
                            unless=("crash* ~1 into|onto|off|from a|the|my? car|wall|tree|lamppost|kerb|curb|bollard|"
                                    "post|pole|barrier|fence|cyclist|runner|bike|van|lorry|bus|gate|sign|bench|hedge|"
                                    "ditch|pavement|rock|rocks|scaffold*|ladder|roof|stairs|steps", *ASLEEP_DRIVING))
# A triathlon's bike leg done, no fall: "Came off the bike, and about 1km into the run ..." (forum48), told with the
# race's other legs; not with a crash told anywhere ("came off the bike on the gravel corner in the duathlon").
BIKE_LEG_DONE = LookAlike(("came|come|coming|got|get|getting|hopped|jumped off the bike ,? and|then|to|into? ~6 "
                           "run|running|jog|t2|transition",), sense=True, own=True,
                          also=("swim*", "t1", "t2", "transition", "triathlon*", "tri", "duathlon*", "brick",
                                "aid station", "bike leg"),
                          unless=("crash*", "skid*", "hit", "landed", "went down", "came down", "hospital",
                                  "ambulance", "gravel", "road_rash", "helmet", "ditch", "fell", "tumbl*", "knocked",
                                  "slid", "flew", "over the bars|handlebars"))
# A race or a day that went badly, told as a car crash or a train wreck: "the race was a car crash, I blew up at mile
# 20" (a sixth new user). Not a crash one was in ("was in a car crash").
CAR_CRASH_IDIOM = LookAlike(("race|run|marathon|half|attempt|pb|day|week|season|session|parkrun|10k|5k|it|that|this|"
                             "which was|is|has_been|been|turned_into ~1 a|an ~1 total|complete|absolute|utter|bit_of_a|"
                             "right|proper? car_crash|trainwreck|train_wreck|car_wreck",), sense=True, own=True,
                            unless=("in|into|involved_in a|the car crash|accident", "hospital", "ambulance",
                                    "a_and_e", "paramedic*"))
# A runner's feet coming down hard: "my feet slammed into the ground on the downhill" (not "my foot slammed
# down on the ice and I went flying").
FEET_LANDING = LookAlike(("feet|foot|heel|heels kept? slamming|slammed|smashing|smashed|pounding|pounded ~1 "
                          "into|down|onto",), sense=True,
                         unless=("went flying", "fell", "fall", "falling", "slipped", "tripped", "landed on",
                                 "crash*", "ice", "icy", "came off"))
# A crash that did not happen: "the bus nearly went off the road on the way to the race".
NEAR_MISS = LookAlike(("nearly|almost|narrowly ~1 left|went_off|came_off|ran_off|crashed|hit|went_into|rolled|"
                       "flipped|collided|clipped|knocked|struck|ran_over|run_over|took_out",
                       # "nearly went down the stairs on the way out" (forum41)
                       "nearly|almost|narrowly ~1 went_down|fell|fell_down|tripped|slipped|went_flying|took_a_tumble|"
                       "went_over"), sense=True,
                      # a crash that followed it: "nearly hit me so I swerved and crashed into a wall"
                      unless=("swerved|spun|braked|then|so_i|so_we|and_i|and_we ~3 crashed|fell|hit|went_into|"
                              "came_off|rolled|landed|flew|smashed|slammed|ended_up_in|went_flying|tumbled|"
                              "took_a_tumble|hit_the_deck|hit_the_ground|fell_off|fell_over|fell_hard", "agony"))
CHEST = ("chest", "sternum", "breastbone", "rib cage", "ribcage", "collarbone", "collar bone")
CHEST_FEELING = (
    "pain*", "hurt*", "tight*", "pressure", "heavy", "heaviness", "squeez*", "crush*", "elephant", "band", "cord",
    "belt",
    "vice", "sitting on", "weight on", "truck|lorry|bus|car|elephant|someone|somebody ~2 parked",
    "truck|lorry|bus|anvil|brick|bricks ~2 on",
    "burn*", "ache*", "aching", "sharp", "stabb*", "discomfort", "clench*",
    "grip*", "exploding", "strap", "closing in", "constrict*", "tightening", "strange|weird|odd|funny feeling",
    "uncomfortable", "pressed", "pressing",
    # Pain that starts elsewhere and moves into the chest ("between my shoulder blades, then round
    # to the front of my chest"): spreading is how heart pain travels (BHF).
    "spread*|radiat*|travel* ~3 round|around|into|to|through|across",
    "moved|moves|moving|went|goes|came ~2 round|around|into|across",
)
EASY_EFFORT = ("hill", "hills", "uphill", "sprint*", "interval*", "fast", "speed ~ work", "speedwork", "when i push",
               "first mile", "first km", "start of", "tempo", "race pace", "all out", "max effort", "sprint finish",
               "settled", "settles", "all fine", "then fine", "fine after", "back to normal", "within a minute",
               "normal effort", "hard effort", "going hard", "intervals")
# A climb that was easy before: "gasping on the hill I used to run up easily".
ONCE_EASY = "used to ~5 easily|with_ease|no_problem|without_stopping|without_a_problem|without_walking"
BREATH_WORDS = "out_of_breath|short_of_breath|breathless|winded|puffed|gasping|puffing_and_panting"
# More than the writer's own measure (told by comparison, as COMPARED: unfitness or a cold still explains it):
BREATH_MORE_THAN = (
    # more than the writer's own measure: "way more out of breath and weak than I think I should"
    # (lay-redflags36)
    # (the breath's "more", not tiredness's; not "than I expected" after years off: the
    # hundred-and-second review)
    # (and the breath named "short of", puffing or panting, or its "more" after it: "I get out of
    # breath way more than I should", the hundred-and-third review)
    f"more|worse {BREATH_WORDS} ~3 than ~3 should|ought",
    f"way|much|far|lot|loads|massively|hugely|really more|worse {BREATH_WORDS} ~3 than ~3 "
    "normal|usual|before|should|ought",
    f"{BREATH_WORDS} ~2 way|much|far|lot|loads|massively|hugely|really|so ~1 more|worse|hard* ~1 "
    "than ~3 should|ought|normal|usual|before|used_to",)
OUT_OF_PROPORTION = ("chest", "faint*", "passed out", "black*", "palpitat*", "arm", "jaw", "{cannot} breathe",
                     "not even", "at rest", "resting", "on the flat", "walking up", "lost all my fitness",
                     "out of all proportion", "every couple of", "never used to", "irregular", "skipp*", "flutter*",
                     "for hours", "while|when|even lying|sitting", "drowning", "wheez*", "breastbone", "sternum",
                     # starved of air, not the weather: "felt like I was suffocating" (not "the suffocating heat")
                     "like|feel|feels|felt|feeling ~3 suffocat*|smother*", "i|i_was|i_am suffocating",
                     "used to chat|talk", "a month ago i was fine", "lately",
                     *BREATH_MORE_THAN,
                     # worse over months while training: "my breathing has got worse over two years, not better"
                     "breath|breathing|breathless* ~4 got|getting|gotten|gone|grown worse ~2 over|in|across|for ~3 "
                     "months|years|year",
                     "breath|breathing|breathless* ~4 got|getting|gotten|gone|grown worse ~2 over|in|across|for ~1 the "
                     "last|past ~2 weeks|year",
                     "worse ,? not better",
                     "out_of_breath|breathless|puffed|winded|puffing|panting ~4 mowing|hoovering|vacuuming|"
                     "gardening|shopping|dressing|showering",
                     "mowing|hoovering|vacuuming|gardening|shopping|dressing|showering ~4 "
                     "out_of_breath|breathless|puffed|winded|puffing|panting",
                     "stop every ~3 yards|steps|hundred", "stop every ~2 # metres|meters|m|yards",
                     "never had|felt|noticed ~2 that|this|it|like_this ~1 before", "never like this",
                     "usual|normal ~2 run|runs|route|pace|loop",
                     # "my usual 5k used to be easy but since my surgery I'm gasping on it"
                     "usual|normal ~2 5k|10k|parkrun|jog|walk|hill|climb|lap",
                     "used to be easy|fine|nothing|no_problem|a_breeze",
                     # An effort that should be easy: "an easy flat jog I normally chat through".
                     "easy|slow|gentle|light ~2 run|runs|jog|jogs|pace|effort|walk|5k|parkrun|loop",
                     "even though|despite|while ~4 going|running|jogging slow|slowly|easy|gently",
                     "ran|jogged|running|jogging ~1 easy|slow|slowly|gently ~2 and|but ~2 got|was|felt|became|"
                     "ended_up ~2 breathless|out_of_breath|gasping|puffing|panting|so|really",
                     "never happened", "never had that|this happen", "{not} happened before",
                     "flat ~2 run|runs|route|road|jog|jogs",
                     "chat|talk through",
                     "normally|usually|always|could ~2 chat|talk", "conversational",
                     "getting worse", "suddenly",
                     # Compared with others or with before: "far worse than my friends at the same pace".
                     "more than before", "worse than before|usual", "than it used to", "than i used to",
                     "used to find ~2 easy",
                     ONCE_EASY)
# Breathlessness at rest, lying flat, waking with it at night, on one flight of stairs, with swollen
# ankles or blue lips (BHF, NHS: heart failure and angina). Only as breath-effort's needs, and tied to
# the breath: "lie down after sprints" or "run at night" must not undo the effort look-alikes.
BREATHLESS_AT_REST = (
    "just|even ~2 sitting|lying|walking|talking|standing", "doing nothing",
    "breath|breathless|breathe ~1 lying_flat|lie_flat|lying_down|in_bed|at_night|on_the_sofa",
    "breath* ~3 when|if|whenever|as_soon_as i am? lie_down|lie_flat|lay_down|go_to_bed|lying_down|lying_flat|in_bed",
    "lying_flat|lie_flat|in_bed|on_the_sofa ~4 breath|breathless", "lying_down|at_night ~3 breathless|short_of_breath",
    "wake|wakes|waking|woke ~4 breathless|breath|gasping",
    "flight of stairs", "stairs at home", "ankles|legs ~2 swollen|swelling|puffy", "swollen ankles|legs",
    "blue|purple|grey ~2 lips", "lips ~3 blue|purple|grey",
)

RELIEF = ("eas*|fad*|goes|go|gone|settl*|stop*|disappear*|pass* ~4 when|once|if|after|as_soon_as i|we ~2 "
          "stop*|slow*|walk*|rest*",
          "slow* ~2 to a? walk ~4 it|and ~3 eas*|fad*|goes|settl*|disappear*|pass*",
          "stop* ~4 it|and ~3 eas*|fad*|goes|settl*|disappear*|pass*",
          "when|once|if i stop|slow|walk ~4 eas*|fad*|goes|settl*|disappear*|pass*",
          "lasts|last ~4 then ~2 goes|go|eases|fades|stops|passes",
          # told in the past: "stopped dead ... lasted a minute or so, then went as quickly as it came"
          # (lay-redflags45)
          "lasted ~4 ,? then ~2 went|eased|faded|stopped|passed|cleared|disappeared",
          # The other order: "so I walked, it went away".
          "walk*|stopp*|slow*|rest*|sat ,? and? it went_away|goes_away|go_away|eas*|fad*|settl*|disappear*|pass*",
          # gone after a few minutes' stop: "I stop and after 2 or 3 minutes it is gone" (lay-redflags27)
          "stop|stops|stopped|rest|rested|walk|walked ~8 it|pain|pressure|tightness ~1 is|was|has|had ~1 gone|eased|"
          "better|away|over",
          "gone|eased|better|fine|over ~1 after|within # ~3 minutes|mins|min")

# Legs that give out at the end of a marathon or a long run: the wall, not a nerve.
# Walking made hard by what is on the feet: "I can't walk properly in these heels" (the hundred-and-twenty-sixth
# review), not the legs.
FOOTWEAR_WALKING = LookAlike(("in|wearing|with these|those|my|new|the|high? heels|stilettos|platforms|wedges|"
                              "flip_flops|flipflops|sliders|clogs|ski_boots|boots|waders",),
                             anywhere=True, sense=True,
                             unless=("numb*", "tingl*", "weak*", "gave|give|gives|giving way", "buckl*", "drag*",
                                     "slap*", "fell|fall*"))
# A faint told on or just after a run, not the back's pain at its height: a look-alike of the faint steps back for it.
# (in the words people use for the effort too: "on the treadmill", "while I was running", "doing hill reps", "after my
# interval session", the hundred-and-twenty-seventh review)
DURING_A_RUN = ("during|on|end_of|after|finish_of|halfway_through|into|in the|my|a ~1 run|race|sprint|10k|5k|parkrun|"
                "marathon|half|intervals|interval|hill|reps|treadmill|track|session|workout|long_run|tempo|jog",
                "while|when|as ~2 running|jogging|racing|sprinting|out_running|on_the_treadmill|on_a_run",
                "doing|did ~2 hill_reps|reps|intervals|sprints|hills|tempo|my_run|a_run|the_run",
                "at|around|by mile|km #")
# Legs that went with a fall to the ground: no tired legs, whatever the mile.
# (a body's "went down", not "had to go down to run-walk intervals": the hundred-and-twenty-seventh review)
COLLAPSE_TOLD = ("went|go|going|gone down ,|.|hard|heavily|like|in|and|on|onto|face|flat|again|twice|completely",
                 "collaps*", "hit the ~1 ground|deck|floor|pavement|tarmac|road",
                 "face_plant*|faceplant*", "on the ~1 floor|ground|deck|pavement")
THE_WALL = LookAlike(("hit|hitting the wall", "bonk*", "wheels came off", "is that|this the wall",
                      "mile|km 18|19|20|21|22|23|24|25|26|30|32|35|38|40",
                      "the last ~2 5k|10k|km|kms|mile|miles of ~2 marathon|race|ultra|half",
                      # Legs done in or right after the race, not days later: "after yesterday's marathon".
                      "straight|right|just after the|my marathon|ultra|race",
                      "after yesterday|today|this_morning marathon|ultra|race|ultramarathon",
                      "end|finish of the|my marathon|ultra|ultramarathon"),
                     anywhere=True,
                     unless=("sudden*", "getting worse", "spreading", "still", "since", "both legs ~3 numb*",
                             # A foot that drags or catches is no tired leg, and days later no race.
                             "foot|feet|toe|toes|leg ~2 drag*", "catch* ~4 kerb|curb|toe|toes|foot|feet|ground|step*",
                             "{cannot} ~2 lift ~1 foot|toe|toes", "foot drop", "drop foot", "foot|feet ~2 slap*",
                             "days|week|weeks after",
                             # ...nor a collapse: "my legs buckled at mile 20 and I hit the ground" (the
                             # hundred-and-twenty-sixth review)
                             *COLLAPSE_TOLD))

# "Night" or "bed" in another sense: a run after dark, the children's bedtime.
NIGHT_OTHER_SENSE = LookAlike(("night|evening|late ~1 run|runs|running|jog|jogs|jogging|shift|shifts|race|races|out",
                               "on|onto|doing|work|working|do nights|lates|earlies", "nights ~1 shift|shifts|rota",
                               # a session's evening: "intervals with the club on tuesday nights" (a tenth new user)
                               "on|every|most monday|tuesday|wednesday|thursday|friday|saturday|sunday|club|training|"
                               "track|session|quiz|date nights",
                               "club|training|track|session|intervals|quiz|date night",
                               "kids|children|baby|babies|toddler*|son|daughter ~3 in|to|go_to bed|asleep"),
                              sense=True, unless=(*NOT_EASED, "at night", "worst ~2 night"))

# Waking drenched in sweat, not in pain: night sweats ("I wake up soaked at 3am, it's just the sweats").
NIGHT_SWEATS = LookAlike(("wak*|woke|woken ~2 up? drenched|soaked|soaking|sweating|sweaty|boiling|roasting",
                          "menopaus*", "perimenopaus*", "hot flush*|flash*", "night sweats"), sense=True,
                         unless=("agony", "in pain", "with pain", "ache*|aching|pain*|hurt*|bad ~8 wak*|woke|woken",
                                 "wak*|woke|woken ~4 pain*|agony|hurt*|ache*|aching"))

# Someone who never stops is busy, not in pain: "he's sport mad, never stops".
NEVER_STOPS = LookAlike(("he|she|they|who|kid|kids|boy|girl|son|daughter|lad|mad|crazy|obsessed|busy|active|energetic|"
                         "hyper|wild|keen|nuts ,? ~2 never stops|stop",
                         "i ~1 never stop"), sense=True)

# Pregnant now, told: for the pregnancy rows' needs.
PREGNANT = ("pregnant", "pregnancy", "weeks pregnant", "trimester", "my bump", "midwife", "expecting a baby",
            "the baby", "# weeks", "#weeks", "# wks|wk", "#wks|#wk")
# Practice contractions turned real: regular, timed, painful (NHS: signs of labour).
BRAXTON_REAL = ("regular", "every # minutes|mins|min", "turned into", "painful", "stronger", "closer together")
# Weeks along in a pregnancy ("I'm 34 weeks, ..."), not weeks since the birth ("I'm 6 weeks postpartum").
# ("she's" and "we're" arrive as "she" and "were".)
WEEKS_ALONG = ("i_am|we_are|were|wife|wife_is|partner|partner_is ~1 # weeks ,|.|and|pregnant|along|gone|today|now|"
               "with|but|so",
               # "she's 7 weeks" may be a baby's age: she is weeks along only when said so.
               "she|she_is ~1 # weeks pregnant|along|gone")
# Not pregnant now: trying, before, last time, after the birth (unless a pregnancy now is told too).
NOT_PREGNANT_NOW = LookAlike(("trying|want|hoping|planning to ~2 get|become|fall pregnant", "trying to conceive",
                              "before i was pregnant", "when i was pregnant", "last pregnancy", "after giving birth",
                              "after the birth", "postpartum", "weeks postpartum", "since the baby", "since my baby",
                              # An older child's age: "the waters broke at 39 weeks, she's 5 months now".
                              "she|he|she_is|he_is ~1 # months|weeks old|now", "# weeks|months old"),
                             anywhere=True,
                             unless=("now|currently ~2 pregnant", *WEEKS_ALONG, "# weeks pregnant",
                                     "now i am ~1 # weeks|wks|pregnant|along",
                                     "now i am ~1 # and|, ~2 bleeding|spotting|cramping|contractions|waters",
                                     "i_am|she|she_is|wife|wife_is|partner|partner_is ~1 pregnant",
                                     "am|currently|now pregnant with",
                                     "pregnant with our|my second|third|fourth|2nd|3rd|4th|next"))
# A body part told as not one's own: "like it was made of wood", "like it belongs to someone else".
NOT_OWN = ("made_of_wood|wooden|a_log|a_plank|a_block_of_wood|a_lump_of_wood|wood|someone_else*|"
           "belongs_to_someone_else|not_mine|not_my_own|a_prosthetic|a_false_leg")
# Things that leak, told as the subject of a leak: a tap, a roof, a tent, a bottle (not the places where a person
# leaks: a toilet, a bath, a car).
LEAKING_THINGS = ("tap|taps|roof|tent|pipe|pipes|boiler|radiator|sink|ceiling|window|windows|tyre|tyres|tire|tires|"
                  "hose|shower|cistern|dishwasher|washing_machine|kettle|fridge|freezer|gutter|gutters|boat|pen|"
                  "battery|tank|valve|bottle|bottles|flask|flasks|cup|mug|shoe|shoes|trainers|jacket|boots|vest|pack|"
                  "bag|backpack|rucksack|hydration_pack|water_bottle|camelbak|car|van|bath|toilet|loo|pool|pond|hull")
# More than a small leak on a run: new, sudden, with numbness or control lost, or with the back.
LEAK_TOLD_MORE = ("numb*", "sudden*", "new ~1 leak*|problem|symptom|thing|issue|since", "is new",
                  # Control lost outright is no small leak on a run.
                  "lost|losing|lose|no ~2 control", "{cannot} ~2 control", "recent*", "since my back",

                  "since the back", "started ~3 back", "never ~3 before", "no|without warning", "sciatica",
                  "this week", "this is|feels different", "different now",
                  # (of the leak, not "my stomach is getting flatter for the first time in years": forum37)
                  "first time ever", "for the first time ,|.|?|today|yesterday|this|last|ever|on|during|while|when|"
                  "since",
                  # ...but not a leak on a cough since a birth: "I keep wetting myself a bit when I cough since the
                  # baby" (a twentieth new user)
                  "keep|keeps|kept wetting|soiling ~1 myself|himself|herself ,|.|?|and|all|every|at_night|in_bed|"
                  "at_work|now|again|constantly|completely|without|not",
                  # ...and a leak told as lately begun: "since last week", "it's new" (the ninety-fifth review)
                  "since last|this? week|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
                  "started|starting|began on|this|last? monday|tuesday|wednesday|thursday|friday|saturday|sunday",
                  "for|over the past|last ~1 week|few_days|couple_of_days|days", "this week",
                  "since yesterday|the_other_day", "# days ago", "it|it_is|its|it_has new|started|begun",
                  "started ~3 ago|last|this|recently",
                  # A child's is no runner's leak: "my 13 year old wet himself at the finish" (a twelfth new user)
                  "he|she wet|wets|wetting|peed|pees|leaked himself|herself",
                  "son|daughter|boy|girl|lad|kid|child wet|wets|wetting|peed|pees|leaked|leaks|keeps_wetting|"
                  "has_accidents|had_accidents|had_an_accident|is_wetting")
# Body parts that bleed on a run, not the womb: "a bleeding toenail", "my heel is bleeding".
BLEEDING_PARTS = ("nose|nosebleed|gums|blister*|graze*|cut|toenail*|toe|toes|nail|heel|knee|shin*|nipple*|chafe*|"
                  "chafing|lip|finger|sock|socks")
# Parts that bleed only when told as the bleeder ("my feet bled", not "bleeding and my hands are shaking": the
# hundred-and-fifth review)
BLEEDING_OWN_PARTS = ("lips|fingers|foot|feet|arm|arms|hand|hands|ear|ears|mouth|skin|elbow|elbows|piercing|scab|gums|"
                      "cuticle*")
# Weeks of training, not of a pregnancy: "10 weeks into marathon training", "week 6 of couch to 5k".
TRAINING_WEEKS = LookAlike(("# weeks|wks|wk into|of|in ~3 training|marathon|plan|block|c25k|couch_to_5k|programme|"
                            "program|running|half", "week|wk # of|into ~3 training|plan|c25k|couch_to_5k|programme"),
                           anywhere=True, unless=("pregnant", "pregnancy", "trimester", "bump", "midwife",
                                                  *WEEKS_ALONG, "waters", "had a|the|my baby", "due", "expecting",
                                                  "gave birth",
                                                  # Two counts: "32 weeks and 4 weeks into my c25k".
                                                  "# weeks|wks|wk ~8 # weeks|wks|wk into|of|in"))
# A baby's age told ("she's 7 weeks and..."), a first run back: after the birth, but only with no
# pregnancy named at all ("my girlfriend is pregnant, she's 11 weeks", "first run back with my bump").
BABY_AGE = LookAlike(("she|he ~1 1|2|3|4|5|6|7|8|9|10|11|12 weeks ,|and", "she|he ~1 # months ,|and",
                      "daughter|son|baby|twins is|are ~1 # weeks|months today|old|now", "first run|jog|parkrun back",
                      "after pregnancy|giving_birth|the_birth|having_the_baby|having_my_baby"), anywhere=True,
                     unless=("pregnant", "trimester", "bump", "expecting", "weeks tomorrow", "finding out",
                             "i am ~1 # weeks", "waters", "contraction*", "kick*", "baby ~3 moving|moved|quiet"))

# Autumn, not a fall: "since the fall", "a fall marathon"; not "since the fall off my bike".
# (its own "fall" only: "back was a bit sore before the fall, but since I fell down the stairs it's agony" tells a
# fall in other words, the hundred-and-twenty-eighth review)
AUTUMN = LookAlike(("in|this|last|next|the|early|late fall",), sense=True, own=True,
                   unless=("fall off|from|onto|on|down|over", "fall ~2 off|from|onto my|the|a",
                           "fall in|into a|the ~1 ditch|river|hole|pothole|shower|bath|street|road|stream|canal",
                           "the fall ~2 last|yesterday|this_morning|on_monday|on_tuesday|on_wednesday|on_thursday|"
                           "on_friday|on_saturday|on_sunday", "the fall # ~1 days|weeks ago",
                           # the fall just told of: "I tripped ... my back has been sore since the fall"
                           "since|after|from the fall", "tripped|slipped|stumbled|tumbled|crashed|went_flying"))

# Woken by someone, not by pain: "my wife had to wake me for lunch".
# (whoever or whatever it is: "my boyfriend rolled in drunk and woke me up", forum48)
WOKEN_BY_SOMEONE = LookAlike(("wife|husband|partner|mum|mom|dad|kids|kid|son|daughter|alarm|dog|dogs|baby|cat|"
                              "boyfriend|girlfriend|bf|gf|hubby|fiance|fiancee|flatmate|roommate|housemate|neighbour*|"
                              "neighbor*|toddler|child|children|puppy|phone|doorbell|thunder|storm|noise|someone|"
                              "somebody|sister|brother|grandkids|rooster|cockerel|builders ~4 "
                              "wake|wakes|woke|waking|woken me|us",), sense=True,
                             unless=(*NOT_EASED_ANY, "{cannot} ~3 comfortable", "no|any|every position",
                                     # (however one lies, or someone named only to rule them out: "doesn't matter how
                                     # I lie, and it's not baby waking me", lay-redflags43)
                                     "{not} ~1 matter how|what|which ~3 lie|lay|sleep|position|turn",
                                     "{not} ~2 the|my|our? wife|husband|partner|kids|son|daughter|dog|baby|cat ~2 "
                                     "wak*|woke",
                                     "kept|keeps|keeping me ~1 awake|up",
                                     "pain|ache|aching|back ~2 wakes|woke|waking|woken me|him|her"))

# Night pain told of another part of the body, or sleeplessness from another cause.
# Only parts far from the back: pain at night in a hip, a leg or a foot can come from the back itself.
NIGHT_ELSEWHERE = LookAlike(("neck", "shoulder*", "head*", "tooth*", "teeth", "stomach", "tummy", "jaw", "ear*",
                             "cramp*", "ankle*", "knee*", "foot", "feet", "toe*", "calf", "calves", "shin*"),
                            unless=(*BACK_TOLD, "shoulder blade*"))
SLEEPLESS = LookAlike(("not because of|from ~2 pain|back", "brain|mind|head ~2 {not}? ~2 switch|shut|turn off|down",
                       "mind|brain|head racing|busy|buzzing", "racing mind|thoughts",
                       "insomnia", "jet lag", "caffeine", "coffee", "baby|newborn|toddler", "noise", "too hot",
                       "heatwave", "snor*"),
                      anywhere=True,
                      unless=("pain ~3 wak*|woke|keep*|kept",
                              # woken by the pain itself, a baby only named: "wakes in the night in agony and
                              # sits up till morning ... didn't want to hold our new grandbaby"
                              "wak*|woke ~3 in agony|pain|tears", "agony",
                              # the pain at night told as the writer's own: "the pain in my lower back is so bad at
                              # night I can't sleep" (the ninety-fourth review)
                              "pain|ache|aching|throbbing ~8 at_night|all_night|every_night|in_the_night|overnight",
                              "back|ache|aching|it ~3 wak*|woke ~1 me|him|her",
                              "back|ache|aching|it ~3 keep*|kept ~1 me|him|her ~1 awake|up"))
# A night worker's day sleep, however poor: "I cannot sleep properly in the day" (lay-redflags41).
DAY_SLEEP = LookAlike(("sleep ~3 in|during the day|daytime", "day sleep|sleeping", "sleep ~2 days"), anywhere=True,
                      sense=True, unless=(*SLEEPLESS.unless, "no|any|every position", "woken ~2 me|him|her",
                                          "nothing ~3 eas*|help*|touch*|settle*"))
# Nerves before a race, in the sleepless sentence and the cause itself: "so nervous about my back, I did not sleep at
# all because of it" (the hundred-and-second review); not nerves told in another sentence, or beside the pain named as
# the cause ("haven't slept a wink because of the pain for 3 nights, feeling pretty anxious": the hundred-and-third).
NERVES_SLEEPLESS = LookAlike(("nervous", "nerves", "anxious", "anxiety", "excited", "excitement", "pre race|race_day"),
                             unless=("because|cos ~2 of? the|my? pain|ache|agony|back_pain",
                                     "because|cos ~1 of? the|my? back ~3 so|really|too|that ~1 bad|sore|painful",
                                     "# nights", "nights", "weeks", "agony", "pain ~3 wak*|woke|keep*|kept",
                                     # the back waking or keeping one up (the hundred-and-fourth review)
                                     "back|ache|aching|it|pain ~3 wak*|woke ~1 me|him|her",
                                     "back|ache|aching|it|pain ~3 keep*|kept ~1 me|him|her ~1 awake|up",
                                     # worry about the pain itself, which no position eases (the
                                     # hundred-and-seventh review: "feeling anxious, my back pain is constant at night")
                                     "constant*", "no matter"),
                             # nerves about something: a race, a day ahead, or the sleep they cost
                             also=("race*", "racing", "marathon", "half", "10k", "5k", "parkrun", "ultra", "start line",
                                   "sleep*", "slept", "awake", "exam*", "interview*", "wedding", "tomorrow",
                                   "big day", "trip", "flight", "job"))

# A worry that keeps one up, not the pain: "the thing that keeps me up is the fear of it going the other way"
# (lay-redflags45).
WORRY_KEEPS_UP = LookAlike(("what|thing|one|that|which keeps|kept|keep me|him|her|us up|awake ~1 at_night? is|was "
                            "the|my? fear|worry|worries|thought|idea|dread|panic|anxiety",
                            "keeps|kept|keep me|him|her|us up|awake ~2 worrying|fretting|thinking|wondering|"
                            "overthinking|panicking|stressing"), own=True, sense=True,
                           unless=("pain|ache|aching|back|it ~3 keeps|kept|keep me|him|her|us up|awake",))

# Lying flat among the movements a strain stops: "couldn't lie flat or twist properly, so I've stopped everything"
# (forum32).
# (movements, not sitting or standing, which leave no position: "couldn't sit or lie down at all last night, I had to
# stand up the whole time" is night pain)
LIMITS_OF_A_STRAIN = LookAlike(("lie|lying flat|down|on_my_back or|and|nor ~1 twist*|bend*|walk*|turn*|move|get_up|"
                                "run*|lift*",
                                "twist*|bend*|walk*|turn*|move|get_up ~3 or|and|nor ~1 lie|lying flat|down|on_my_back"),
                               own=True, sense=True,
                               unless=("sleep*", "wak*", "woke*", "awake", "no position",
                                       "any position", "nothing ~3 eas*|help*|touch*|settle*"))
# What keeps a pain on effort the chest's, whatever else explains it: the chest, where its pain spreads, the breath,
# and the sweat, sickness or faintness that come with it.
CHEST_TOLD = ("chest", "arm", "arms", "jaw", "throat", "breath*", "breathless*", "sternum", "breastbone", "heart",
              "sweat*", "clammy", "sick", "dizz*", "faint*")
# The back of the neck and the shoulders of a riding or sitting position: "past about 40k the back of my neck starts to
# ache and it spreads out into my shoulders ... the bike shop guy reckons my handlebars are too low" (scope20).
NECK_OF_A_POSITION = LookAlike(("back of my|his|her|the neck",), anywhere=True,
                               also=("handlebar*", "bars", "stem", "bike_fit", "saddle", "riding", "ride", "cycling",
                                     "bike", "desk", "screen", "laptop", "posture", "stretch*", "pillow"),
                               unless=(*CHEST_TOLD, "palpitat*"))
# Night pain that a painkiller settles is not pain nothing eases: "worse at night after long runs but ibuprofen sorts
# it" (a twenty-eighth new user).
# One night's lost sleep after a thing tried, not pain no position eases: "tried the gentlest little jog with my dog,
# and then couldn't sleep last night for back spasms" (scope20).
ONE_BAD_NIGHT = LookAlike(("{cannot} ~2 sleep ~3 last night|the_other_night|one_night",), own=True, sense=True,
                          also=("jog*", "run", "ran", "race", "gym", "lift*", "spasm*", "overdid", "tried", "walk*"),
                          unless=("nothing ~3 eas*|help*|touch*|settle*", "no|any|every position", "every|each|most "
                                  "night|nights", "nights", "for # ~1 days|nights|weeks", "wak* ~2 me|him|her",
                                  "woke|woken ~2 me|him|her", "fever*", "sweat*", "temperature*"))
PAINKILLER_EASES = LookAlike(("ibuprofen|paracetamol|painkiller|painkillers|tablets|naproxen|nurofen|co_codamol|"
                              "aspirin|pills ~2 sorts|sort|sorted|helps|help|helped|fixes|fixed|eases|eased|works|"
                              "worked|settles|settled|does_the_trick|do_the_trick|takes_the_edge_off|knocks_it",),
                             anywhere=True,
                             unless=("never", "nothing", "no position", "any position", "every position", "no matter",
                                     "no|nae amount", "{not} ~3 sort*|help*|fix*|eas*|work*|settle*|touch*",
                                     "barely|hardly|only_just ~2 touch*|help*|work*|eas*"))
# The nights told as fine again, in a sentence of their own: "Sleeping fine now, just stiff first thing".
NIGHTS_FINE_NOW = LookAlike(("sleeping|sleep|nights fine|ok|okay|better|normal|well now|again",
                             "sleeping|sleep|nights ~2 back to normal",
                             # the whole back better since: "for the first week I couldn't sleep ... now it's about
                             # 95% better" (scope21)
                             "now ~3 # better", "now ~3 recovered|healed", "now ~3 mostly|much|loads|way better",
                             "now ~3 almost|nearly|pretty_much|basically back to normal"), anywhere=True,
                            unless=("still ~3 wak*|woke|keep*|kept", "wak*|woke ~4 again|every|most", "awake",
                                    "keeps|keep me up|awake", "how|can|want|to|will|help ~3 sleep*",
                                    "wife|husband|partner|he|she|they|kids|baby ~3 sleep*"))

OLD_AGE = "|".join(str(n) for n in range(65, 100))  # "I'm 78": a fall at that age can break a bone (NICE)
OLD_TOLD = (f"i_am|aged|age|am|he|she|he_is|she_is|mother|father|mum|dad|nan|gran|grandma|grandad|husband|wife ~2 "
            f"{OLD_AGE}")
# Someone older told near a fall, and a walk it changed (the fall-older row).
OLDER = (OLD_AGE, "elderly", "older", "old man|lady|woman|boy|girl|fella|chap", "gran|granny|grandma|grandmother|nan|"
         "nana|nanna|grandad|granddad|grandpa|grandfather|grandparent*|lola|lolo|granda",
         "in his|her|their|my 70s|80s|90s|seventies|eighties|nineties", "pensioner*", "care|nursing|residential home",
         "seventy*|eighty*|ninety*",
         "resident|residents")
# After an older person's fall, what says a hip may be broken: cannot get up, stand or take weight, a leg short or
# turned out (NHS: call 999 if someone has fallen and cannot get up, or may have broken a bone).
CANNOT_GET_UP = ("{cannot} ~2 stand|put_weight|bear_weight|weight_bear|get_up",
                 # ...or barely ("can barely get up", "hardly able to stand")
                 "barely|hardly|can_barely|can_hardly ~2 stand|get_up|stand_up|move",
                 # (walking not at all, not "can't walk far" or "as fast as she used to": the hundred-and-eighth review)
                 "{cannot} ~2 walk ,|.|at_all|anymore|properly|on_it|on_her_leg|on_his_leg|and|since|now|unaided|"
                 "without_help",
                 "{cannot} ~2 put ~1 any|much|her|his? weight",
                 "stuck|been on the|her|his ~1 floor|ground", "still lying|lay on the|her|his ~1 floor|ground",
                 "{cannot} ~2 lift ~1 her|him", "{cannot} ~2 get ~1 herself|himself|themselves|her|him ~1 up",
                 # (the ninety-sixth review's: a leg shorter or turned out, refusing to walk, not weight bearing,
                 # stuck on the floor)
                 "leg|legs|foot|feet ~3 turned|rolled|turning|pointing ~1 out|outward*|outwards",
                 "leg|legs ~4 shorter", "won't|refuses|refused|refusing|unable ~2 walk|stand|get_up",
                 "will not ~2 walk|stand|get_up", "not weight bearing", "non weight bearing",
                 "{cannot} ~3 get off|up_off|up_from the|a? floor|ground",
                 # "hasn't been able to get up properly since" (a twenty-sixth new user)
                 "not ~2 able ~2 get_up|stand|walk|stand_up")
WALKING_CHANGED = ("walking|walks|walk funny|oddly|strangely|differently|weird|weirdly|wrong|stiffly|badly|awkwardly",
                   "with a limp", "limp*", "hobbl*", "shuffl*", "try|tries|trying|tried to walk",
                   "hip|hips|groin ~3 hurt*|pain*|sore|agony|ache*|aching|bruised|killing",
                   "{cannot} ~2 walk ~3 without ~2 limp*|stick|help|pain|holding", *CANNOT_GET_UP,
                   # "my lola tripped and now can't walk properly" (the hundred-and-twentieth review)
                   "{cannot} ~2 walk|stand properly|straight|right|normally|steadily",
                   "walks|walking|walk with a|her|his stick|frame|walker|zimmer",
                   # (a twenty-first new user's: "walking really slowly now and holding the wall")
                   "walking|walks ~2 slowly|slower|so_slowly|carefully|differently",
                   # bent over by it: "now she's walking all bent and slow" (a sixth new user)
                   "walking|walks|walk ~2 bent|bent_over|hunched|stooped|doubled_over|slow",
                   "holding|holds|hold|clinging|clings onto|on_to? the|a wall|walls|furniture|banister|rail",
                   # help needed that was not before, or feet no longer sure: "she needs her frame now", "not been
                   # herself on her feet" (an eighth new user's)
                   "needs|needed|needing|need|using|used|uses|relying_on her|his|their|a ~1 frame|walker|stick|zimmer|"
                   "walking_frame|rollator",
                   "{not} ~2 herself|himself|themselves|right|steady on her|his|their feet",
                   "unsteady|wobbly|shaky|unsure on her|his|their feet")
# Getting better hoped for, not told: "how long until my back is better?", "when will it be fine again?"
HOPED_BETTER = ("until|till|til|when|before|once ~4 better|fine|gone|settled|healed|ok|okay|normal",
                "how long ~6 better|fine|gone|settle*|heal*|ok|okay|normal", "will|would ~4 be|get|feel better|fine|ok")
# The back pain after a fall told as over: "tight for a few weeks but it's basically gone now".
PAIN_OVER = LookAlike(("pain*|back|ache*|aching|soreness|stiffness|tightness ~3 gone|fine|better|settled|healed",
                       "it ~3 gone|fine|better|settled now",
                       "all better", "healed", "recovered", "physio|pt|doctor|chiro ~2 sorted|fixed",
                       "barely|hardly any pain", "ran ~4 without ~2 trouble|problem*|pain", "checked ~4 all normal",
                       # "hurt for two days and then nothing since"
                       "then|and nothing since", "no pain|problems|problem|issues|bother|trouble since",
                       "fine ever? since"),
                      anywhere=True, unless=("still ~3 hurt*|sore*|ach*|pain*|stiff*", "hurt*|sore|ach*|pain* ~3 again",
                                             "worse", "since then", "at first", "agony", "killing", "numb*", "tingl*",
                                             "weak*", "lump*", "swelling", "osteopor*", "steroid*",
                                             "pins and needles", "shooting", "down ~2 leg|legs", "sciatica",
                                             # pain hidden, not gone: "no pain since I started the co-codamol"
                                             "painkill*|pain_relief|pain_killers|co_codamol|cocodamol|codamol|codeine|"
                                             "tramadol|ibuprofen|nurofen|naproxen|paracetamol|diclofenac|voltarol|"
                                             "aspirin|morphine|oxycodone|gabapentin|pregabalin|naprosyn|advil|tylenol",
                                             "pain ~1 meds|tablets|pills|medication",
                                             # (an old relative too: "My dad is 88", lay-redflags43)
                                             OLD_TOLD, f"{OLD_AGE} years|year|yrs|yo",
                                             # told fine and then sore: "his back is fine, just a bit sore"
                                             "fine|ok|okay|alright ,? just|only|but ~3 sore|stiff|achy|aching|tender|"
                                             "hurts|painful",
                                             *HOPED_BETTER,
                                             "today|now ~4 pain*|hurt*|ache*|sore|agony"))

# A trip on a run told by its grazes, the back only a bit stiff: no serious fall (NHS: "back pain
# after a serious fall or accident"). Not when the back took the blow, hurts badly, or the fall was
# from a height, off a bike or by a car.
MINOR_FALL = LookAlike(("back|spine ~2 a|only|just? bit|little|slightly|tad stiff|sore|tight|achy|tender",
                        # told fine first: "back is fine, just a bit stiff"
                        "back|spine ~2 fine|ok|okay|alright ,? just|only|but a? bit|little|slightly|tad stiff|sore|"
                        "tight|achy|tender",
                        "back ~2 a_bit|slightly|a_little stiff|sore|tight|achy",
                        # The hands or knees took it: "tripped on a root and landed on my hands".
                        "landed|caught_myself|put_my_hands_out|went_down|came_down on|with ~2 my|both? hands|hand|"
                        "palms|palm|knees|knee|wrists|wrist|elbows|elbow|arms|arm"),
                       anywhere=True, also=("trip*|stumbl*|kerb|curb|root|graz*|scrap*|skinned|tripped",),
                       unless=("agony", "severe*", "excruciat*", "killing", "worse", "sharp", "numb*", "tingl*",
                               "treadmill", "full speed", "# m|metre|metres|meter|meters|feet|ft", "#m|#ft",
                               "rock|rocks", "ditch", "gully", "down|off|into a|the ~1 hill|bank|slope|steps|stairs",
                               "fell|landed|went_down|came_down|fall ~2 heavily|hard|heavy|badly",
                               "heavy|hard|bad|nasty fall", "went_flying", "flew ~2 over|through|off|into",
                               "stretcher*", "ambulance", "hospital",
                               "a_and_e",
                               "in_my|aged|am 70s|80s|90s|seventies|eighties",
                               "really|very|so|badly ~1 sore|painful|hurt*", "{cannot} ~3 walk|move|stand|bend|sit",
                               "hit|landed|fell|came_down ~3 on|onto ~2 back|spine|tailbone|bum|bottom|coccyx|head",
                               "ladder|roof|stairs|steps|height|horse|bike|car|cyclist|scooter|driver|van|truck|wall|"
                               "hill|ice|icy", "hard", "neck", "head", "blood", "thinner*", "warfarin", "anticoag*",
                               "apixaban", "rivaroxaban", "osteopor*", "steroid*", "knocked out", "blacked out",
                               OLD_TOLD, f"is {OLD_AGE} ,|.|and|years|yrs", f"{OLD_AGE} years|year|yrs|yo"))

# An exercise named for what the legs do in it: "heel drops or rest?", "calf raises".
# (Not "toe drops", lay words for a foot drop, nor a gap: "calf and lower leg" is no exercise.)
EXERCISE_NAMED = LookAlike(("heel|heels|calf|calves|eccentric|single_leg drop|drops|raise|raises|dip|dips",),
                           sense=True,
                           # (Not "strength" or "power" alone: "heel drops to build calf strength".)
                           unless=("{cannot} ~4 lift|raise|rise|push*|come_up|go_up|get_up|stand|walk|tiptoe*|toes|"
                                   "heels|do_them|do_it|manage|feel|move",
                                   "{not} ~3 come_up|lift|rise|raise|go_up|push*", "buckl*", "giv* way|out",
                                   "gave way|out", "numb*", "tingl*", "weak*", "drag*", "slap*", "collaps*",
                                   "catch*", "trip*", "scuff*", "flop*", "no|lost|losing|lose strength|power",
                                   "since my|the back", "foot|feet|toe|toes drop*"))
# The words of a fall or crash told with a recent time beside an old one (a fortieth review: "took another
# tumble today", "wiped out", "a van drove into the back of my car").
RECENT_FALL = ("fell|fall|crash*|crashed|slip|slipped|tripped|came_off|accident|was_hit|got_hit|hit_by|hit_me|"
               "rear_ended|knocked|tumble|tumbled|wiped_out|went_flying|drove_into|ran_into|went_over|landed_on|"
               "landed_hard|landed_awkwardly|landed_badly|hit_the_ground|hit_the_deck|hit_the_floor|collid*|"
               "smashed|spill|"
               "came_a_cropper|stacked_it|come_off|came_down")
# A crash or fall told long ago, with nothing tying it to the back pain now: "I had a car accident last
# year and my back aches after running" (ConText's historical, but told after the event).
FALL_LONG_AGO = LookAlike(("accident|crash|fall|fell|prang*|collision|whiplash ~4 last_year|a_year_ago|years_ago|"
                           "months_ago|as_a_kid|as_a_child|as_a_teenager",
                           f"accident|crash|fall|fell|prang*|collision|whiplash ~4 in {YEARS}"), anywhere=True,
                          unless=("since ~3 accident|crash|fall|then|it|that", "ever since", "worse", "again", "new",
                                  "never ~2 right|same", "still", "numb*", "tingl*", "weak*",
                                  # a fresh one told beside it (a thirty-eighth review), its time tied to a fall
                                  # word, not to a run ("today my lower back aches after my long run")
                                  f"{RECENT_FALL} ~4 yesterday|today|this_morning|this_afternoon|last_night|"
                                  "tonight|just_now|an_hour_ago",
                                  f"yesterday|today|this_morning|this_afternoon|last_night ~6 {RECENT_FALL}",
                                  "agony", "since ,|.|now|and", "has|have|had ~2 hurt|ache*|been_sore since"))
# A fall onto a bouldering or gym mat, as climbers fall dozens of times a session (an eighth new user).
# The mat in the fall's own sentence, with climbing told: not a yoga mat or a doormat (a thirty-eighth review).
ONTO_A_MAT = LookAlike(("onto|landed_on|landing_on|into the|a|my ~1 mat|mats|crash_mat|crashpad|crash_pad|foam_pit",),
                       also=("boulder*", "climb*", "wall", "crash mat|pad", "crashpad", "foam pit", "gym", "gymnastics",
                             "trampolin*", "judo", "bjj", "wrestl*", "tumbling"),
                       unless=("agony", "severe*", "excruciat*", "killing", "worse", "sharp", "numb*", "tingl*",
                               "dizz*", "from the top", "high", "stairs", "shower", "bath",
                               "{cannot} ~3 walk|move|stand|bend|sit", "missed the mat", "off the mat", "head", "neck",
                               "ambulance", "hospital", "a_and_e", "awkward*", "twist*"))
# After a fall, the back told as spared by it: "landed on my hands, my back didn't take any of it".
# The back's pain told as older than the fall: "the real issue is my lower back, which I strained moving furniture last
# week, well before the trip" (lay-redflags49); not with the fall making it worse.
BACK_BEFORE_FALL = LookAlike(("well|long|days|weeks|a_week|way before|prior_to the|my|that trip|fall|tumble|stumble|"
                              "spill|slip",
                              "before|predates|predated|pre_dates|pre_dated the|my|that trip|fall|tumble|stumble|"
                              "spill ,|.|and|so|but|it|which"),
                             anywhere=True, sense=True,
                             unless=("worse since|after ~2 the|my|that? trip|fall|tumble|stumble|spill|it",
                                     "since ~3 fall|fell|trip|tripped|tumble|slip*", "agony", "numb*", "tingl*",
                                     "landed|fell|fall|went_down|came_down ~4 on|onto my|the ~1 lower|low? back|spine|"
                                     "tailbone|bum|coccyx", "{cannot} ~2 move|walk|stand|sit"))
BACK_SPARED = LookAlike(("back|spine|tailbone|coccyx {not} ~1 take|took|get|got|feel|felt ~1 any|a_thing|the_brunt|"
                         "the_impact|the_hit|hit|touched",
                         "{not} ~2 land|landed|fall|fell on|onto my|the back|spine|tailbone|coccyx"), anywhere=True,
                        # Back pain told as now, since, or bad undoes it (a thirty-fourth review: "hit by a
                        # car, my back didn't take the impact but my lower back hurts now").
                        unless=("still ~3 hurt*|sore*|ach*|pain*|stiff*", "since ~3 fall|fell|crash|accident|slip*",
                                "worse", "agony", "killing", "numb*", "tingl*", "{cannot} ~2 move|walk|stand|sit",
                                # the back's own pain told (not "always aches after runs", not a wrist "sore now")
                                "back|spine|tailbone is|was|feels|felt|has|been|had|keeps|kept|started|starting|now|"
                                "has_been|have_been|is_now|has_now|has_started|started_to? really|very|so|quite|"
                                "a_bit|badly? hurt*|sore*|ach*|stiff*|pain*|painful|agony|killing|in_bits|wrecked|"
                                "throbbing",
                                "pain|ache|hurt|twinge|agony in|at|across my|the lower? back",
                                "hit|knocked|struck|ran_over by|off"))
# After a fall, the back itself told as unhurt or checked: "no fracture, back's fine, glutes bruised".
# What tells a fall or a collision beside an ordinary sense of its words.
_A_FALL_TOLD = ("fell|fall ~3 over|onto|on|backwards|forwards|down|off|hard", "slipp*", "tripped", "skid*",
                "went|came down", "onto my|the back|bum|bottom|tailbone|spine", "landed", "came off", "knocked",
                "crash*", "hit by", "clipped", "ran into", "went flying", "thrown", "collid*", "then i did")
# An illness that floors someone ("Covid knocked me flat"); a posture like falling ("I lean forward like
# I'm about to fall over").
NOT_A_FALL_TOLD = LookAlike(("covid|flu|virus|bug|cold|illness|infection|pneumonia|chemo ~2 knocked|knock|knocks "
                             "me|him|her ~1 flat|out|sideways|for_six|about|down",
                             "about to fall", "like ~3 going_to fall"), sense=True,
                            unless=(*(p for p in _A_FALL_TOLD if p not in ("knocked", _A_FALL_TOLD[0])),
                                    "fell ~3 over|onto|on|backwards|forwards|down|off|hard", "i|then|and fell",
                                    "went over", "car", "cyclist", "bike"))

# "every time my feet hit the ground": a footstrike, unless a fall is told as well.
FOOTSTRIKE = LookAlike(("feet|foot|heel|heels|toes ~2 hit|hits|hitting|strike|strikes|striking|land|lands ~2 the? "
                        "ground|floor|pavement|road",), sense=True,
                       unless=(*(p for p in _A_FALL_TOLD if p not in ("crash*", "went flying")),
                               "crashed ~2 into|onto|off|down", "went flying ~2 over|off|into|and"))

# Fell running is hill running in Britain ("a fell runner", "fell race"): no fall unless one is told too.
FELL_RUNNING = LookAlike(("fell runner|runners|race|races|shoes|club|league|relay*|championship*",
                          # The sport after a word that names doing it; "Fell racing at the weekend and my back..."
                          # at a sentence's start may be a fall, and stays one.
                          "went|been|go|going|do|doing|did|love|loves|started|start|tried|try|into|for|a|the|of|in|"
                          "at|some|more|new|took_up|taking_up|after|from|my|our|weekend|sunday|saturday|trail_and|"
                          "road_and|track_and|hill_and|mountain_and|trail_or|road_or|trail_plus|road_plus|running_and|"
                          "racing_and|country_and|parkrun_and|parkruns_and|ultras_and|orienteering_and|running_or|is|"
                          "does|do|about|loves|trying|get|getting|enjoy|enjoys "
                          "fell running|racing|season|session*|rep|reps|route*|run|runs",
                          # the sport told first with what it is like: "Fell running in the clag was grim" (not
                          # "Fell racing at the weekend and my back...": a fall, maybe, so it stays one)
                          "fell running|racing ~3 was|is|were|are|makes|made|gives|gave|kills|wrecks|hurts|leaves|"
                          "left|always",
                          "back to_back fell days|runs|races|weekend*|session*",
                          "fell running|racing is|wrecks|makes|gives|kills|hurts|destroys|always|has"), sense=True,
                         # (a place, not a sport: "I crossed the road and fell running for the bus")
                         unless=("i|he|she|we|they|you|then fell",
                                 "the|a|this|that trail|road|track|hill|mountain and fell running|racing ~1 "
                                 "for|to|down|up|across|back|after|towards|home|downhill|uphill",
                                 "out|went|go|going|was|were|been running|racing|jogging and fell",
                                 "fell|fall on|onto|off|over|down|backwards|forwards|hard|heavily|badly",
                                 "fell|fall ~1 on|onto my|his|her|the back|bum|side|face|tailbone|hip|knees|head|hands",
                                 "hit|banged|bumped ~2 head", "twice", "fell in|into|during", "fell ~1 twice",
                                 "tumbl*", "slipp*", "tripped", "trip over|on|up", "crash*", "took a fall|spill",
                                 "went down", "stacked it", "came down ~2 on", "landed ~2 on|flat|hard"))
BACK_UNHURT = LookAlike(("back|spine|tailbone|coccyx is|was|feels|felt|seems ~1 fine|ok|okay|unhurt|undamaged|"
                         "alright|all_right|grand|sound|grand_too",

                         "back|spine|tailbone|coccyx fine|ok|okay|unhurt|undamaged|grand",
                         # told with the rest: "back and everything else totally fine", "back, hips, everything else was
                         # fine" (forum34, forum24)
                         "back|spine and|, everything|all else? ~2 fine|ok|okay|grand|unhurt",
                         "back|spine , ~2 , everything|all else? ~2 fine|ok|okay|grand|unhurt"), anywhere=True,
                        unless=("still ~3 hurt*|sore*|ach*|pain*|stiff*", "worse", "agony", "killing", "numb*",
                                # "...everything else was fine until this morning when my back seized up"
                                "fine|ok|okay|grand ~2 until|till|til",
                                "tingl*", "{cannot} ~2 move|walk|stand|sit", "more ~2 every|each day", "increas*",
                                "pain ~3 more", "terrible", "severe", "really bad", "barely", *HOPED_BETTER,
                                # told fine and then sore: "he says his back is fine, just a bit sore" (lay-redflags43)
                                "fine|ok|okay|alright ,? just|only|but ~3 sore|stiff|achy|aching|tender|hurts|painful"))
# The one who fell told unhurt, not only the back: "tripped on a curb but I'm totally fine", "fell over at parkrun,
# no injuries at all", "my mate fell and was fine" (a thirty-third new user: each got the ambulance advice when the
# message asked about backs too). Not fine only at first, nor with the back's pain told since.
# (a person told fine, or the faller with the subject left out ("fell ... and was ok"), not a bike, a dog or the
# kids: "came off my bike at 25mph, bike was ok, but my back is really sore", the hundred-and-fifteenth review)
WRITER_UNHURT = LookAlike(("i_am|im|i_was|he_was|she_was|we_were|he_is|she_is|and_was|and_were totally|completely|"
                           "perfectly|absolutely|honestly|actually? fine|ok|okay|unhurt|uninjured|alright|all_right "
                           # (of the fall, not "I run slow and I'm fine with that")
                           ",|.|?|and|but|lol|haha|thankfully|luckily|just",
                           "no|zero injuries|injury|damage|harm ~1 at_all|done|whatsoever|,|.",
                           # "walked away without a scratch, all good" (the hundred-and-fourteenth review)
                           "without|not a scratch|mark", "walked away ~2 fine|unhurt|without", "all good ,|.|?|lol",
                           "not ~1 hurt|injured ,|.|at_all"), anywhere=True,
                          unless=(*BACK_UNHURT.unless, "at first", "but now", "later", "next day", "since",
                                  "then ~3 hurt*|pain*|sore|ache*|aching|agony|stiff*",
                                  # (the fall's, not "achey after my long runs")
                                  "back ~3 hurt*|hurting|pain*|sore|ache*|aching|agony|stiff* ~3 since|after|from "
                                  "the|that|my|this? fall|trip|tumble|crash|accident|it|then"))
# The fall already seen to, imaging or a doctor finding nothing broken: the sign's purpose (assessment after a
# fall, NHS) is served. Healing still hoped for is no reason to go back ("x-rayed, nothing broken ... or wait till
# it's completely gone?"); worse, numb or weak since is.
FALL_CHECKED = LookAlike(("xray|x_ray|xrayed|scan|scanned|mri|a_and_e|hospital|doctor|gp|er|checked ~6 ,|-? "
                          "no fracture|break|breaks|damage",
                          "xray|x_ray|xrayed|scan|scanned|mri|a_and_e|hospital|doctor|gp|er|checked ~6 ,|-? "
                          "nothing was|is? broken",
                          # "had it looked at, x-ray was clear" (lay-redflags42)
                          "xray*|x_ray*|scan*|mri ~2 was|were|came_back clear|normal|fine|all_clear"), anywhere=True,
                         # (an ache that lingers is healing, not a reason to go back: "x-rayed and scanned, nothing
                         # was broken ... it still aches a bit the day after")
                         unless=(*(u for u in BACK_UNHURT.unless
                                   if u not in HOPED_BETTER and not u.startswith("still")),
                                 # another part imaged, the back left: "ER x-rayed my foot ... my back is the worst"
                                 "xray|x_ray|xrayed|scan|scanned|checked|examined ~2 my|his|her|the ~1 foot|feet|ankle|"
                                 "ankles|wrist|wrists|arm|arms|knee|knees|hand|hands|leg|legs|head|neck|shoulder|elbow|"
                                 "ribs|hip|face|nose|collarbone|pelvis|toe|toes|finger|fingers|thumb|skull|chest",
                                 "worst bit|part|thing", "osteopor*", "steroid*", "thinner*", "warfarin", "anticoag*",
                                 "pins and needles", "weak*",
                                 # an old person's, or pain that screams or shoots down a leg (lay-redflags33: "84 ...
                                 # X-ray and CT show nothing broken, but she nearly screams")
                                 OLD_TOLD, f"{OLD_AGE} years|year|yrs|yo",
                                 "scream*", "shoot*|shooting|radiat* ~3 down ~3 leg|legs", "{cannot} ~2 sit|stand"))
# A trip on a run that hurt nothing but pride, or the back told fine in a list of parts: "only thing that got hurt
# was my pride", "back, knees, everything else fine". Not a fall from a height, off a bike or horse, by a car, at
# an age or with bones that break easily, nor with the back's own pain, numbness or pins and needles told.
PRIDE_ONLY = LookAlike(("only|just my pride|ego", "bruised|dented|wounded|hurt pride|ego",
                        # (minor, and told as the worst: "a few tumbles, scrapes and bruised pride, nothing worse")
                        "scrapes|grazes|bruises|scratches ~4 nothing worse|serious",
                        # unhurt, said of the falls themselves: "my mum falls a lot but so far never hurt" (the back
                        # that hurts is the helper's, lay-redflags35)
                        "never|not|without ~1 hurt|injur*|harm*|hurting ~1 herself|himself|themselves|"
                        "myself|,|.|and|but|so_far|yet|luckily|thankfully",
                        "never|not|without ~1 hurt|injur*|harm* ,|.|and|but|so_far|yet",
                        "unhurt", "uninjured", "only thing ~4 hurt|injured|damaged|bruised ~2 was|is my pride|ego",
                        # "a tiny scratch ... running about like nothing happened", "just road rash, all healed"
                        "like nothing ~1 happened|had_happened|ever_happened",
                        "just|only ~2 road_rash|a_graze|grazes|a_scrape|scrapes|scratches|a_scratch|a_bruise|bruises|"
                        "cuts|a_cut ~4 ,? ~2 healed|fine|gone|nothing_else",
                        "hurt|bruised|dented|wounded my pride|ego",
                        # "No damage except to my pride ... Nothing hurts today" (lay-redflags36)
                        "no|nothing damage|harm|injury|injured|hurt|broken ~1 except|apart_from|other_than|but|bar|"
                        "besides ~2 my|his|her? pride|ego",
                        "nothing|nowhere hurts|hurt|aches ~2 today|now|this_morning|since|at_all ,|.",
                        # a hand scraped and the rest told unhurt: "only scraped my hand, nothing else hurt"
                        # (lay-redflags47)
                        "only|just ~2 scraped|grazed|scuffed|cut|bruised my|his|her|both ~1 hand|hands|palm|"
                        "palms|knee|knees|elbow|elbows|chin|shin|shins|wrist|arm ~3 ,|. ~2 nothing|nowhere else ~1 "
                        "hurt|hurts|injured|damaged",
                        # ("Back, hips, everything else was fine")
                        "back|spine ,|and ~1 knees|knee|hips|hip|legs|neck|head|everything ,|and? ~3 "
                        "fine|ok|okay|unhurt|undamaged|grand",
                        # "grazed palms, that's all, back not involved" (lay-redflags46)
                        "back|spine {not} ~1 involved|affected|touched|injured",
                        "back|spine was|is|stayed|stays ~1 unharmed|unhurt|uninjured|untouched|spared",
                        "back|spine unharmed|unhurt|uninjured|untouched"), anywhere=True,
                       # ("nothing worse" is no worsening: "a few tumbles, scrapes and bruised pride, nothing worse")
                       unless=(*(u for u in BACK_UNHURT.unless if u != "worse"), "pins and needles", "weak*",
                               "getting|got|gone|get|gets|feels|felt|feeling|is|was|are|much|even|lot|bit|far|way "
                               "worse", "worse and worse|since|now|every|each|than|today",
                               # back pain told after "never hurt" (a ninety-ninth review: "never hurt, now I have a
                               # sharp pain in my back", "Back pain since.")
                               "pain|ache|twinge|agony|spasm* in|across|down|through my|the lower? back",
                               "back pain|ache|agony ~2 since|now|today|ever_since|started|began|is|has",
                               "now i have|i_have|i_have_got|got ~3 pain|ache|twinge",
                               # the back's own pain told as now, not asked about ("how do I prevent back pain")
                               "back|spine is|was|feels|felt|has_been|started|now ~2 sore*|hurt*|ach*|aching|agony|"
                               "killing|painful|stiff*",
                               # "Back, hips, everything else was fine until this morning when my back seized up"
                               "fine until|till|til", "back|spine ~2 seized|locked|went|gone|spasm*|gave",
                               "my|the lower? back ~1 hurts|aches|is_sore|is_killing|is_agony|has_hurt|has_ached",
                               "since ~3 fall|fell|trip|tripped|stumble*",
                               # a height, a vehicle or a blow, told as what the fall was from or by
                               "off|from a|the|my ~1 roof|ladder|scaffold*|horse|motorbike|bike|wall|cliff|balcony|"
                               "tree|height", "down a|the ~1 stairs|steps|flight", "hit|knocked ~2 by|off ~2 a|the? "
                               "car|van|lorry|truck|bike|cyclist|bus", "# m|metre|metres|meter|meters|feet|ft|foot",
                               "#m|#ft", "ice", "icy", "osteopor*", "steroid*", "warfarin", "thinner*", "anticoag*",
                               f"i_am|aged|age|am|he|she|he_is|she_is {OLD_AGE}", f"{OLD_AGE} years|year|yrs|yo",
                               # an age told of a parent: "Mum is 82, she fell onto her bum" (the hundred-and-second
                               # review)
                               f"is|was|turned|turning|aged|age|at {OLD_AGE}"))

# Weakness or numbness there, unchanged, for years is not a new sign ("drop foot for years, nothing new").
LONG_STANDING = LookAlike(("permanent*", "never changed", "not changed", "for years", "years now", "nothing new",
                           "not new", "ongoing",
                           "since ~3 operation|surgery|op|discectomy|microdiscectomy|fusion",
                           # an old injury's: "ever since a truck broke that knee and ankle at 58"
                           "ever since ~6 broke|broken|smashed|injury|accident|crash ~4 at|in #",
                           "ever since ~8 years ago"),
                          anywhere=True,
                          unless=("getting worse", "spreading", "sudden*", "new ~2 numb*|weak*", "both legs",
                                  # a rest or a treatment that changed nothing, not a sign that never changed: "Two
                                  # days off and ibuprofen haven't changed a thing" (lay-redflags48)
                                  "off|rest|resting|ibuprofen|painkillers|tablets|pills|stretching|stretches|physio|"
                                  "ice|heat|massage ~4 {not} changed|helped ~1 a_thing|anything|much",
                                  # ...nor with something new beside the old: "and now I can't lift my right foot
                                  # either", "much worse in the last week" (a ninetieth review)
                                  "now ~6 too|either|as_well",
                                  # weakness that grows, whatever was done "for years": "been running half marathons
                                  # for years ... the right leg getting weaker week by week" (lay-redflags41)
                                  "getting|got|growing weaker|worse", "week by|on|after week", "this week ~6 {cannot}",
                                  # the years an illness's, the sign told now: "I had MS for years, now my legs are
                                  # giving way" (the ninety-fifth review)
                                  "now ~4 giving|give|gave|buckl*|collaps*|weak*|numb*|drag*",
                                  "started ~3 giving|buckl*|collaps*|drag*|going_numb|going_weak",
                                  "other|right|left leg|foot|side ~4 too|either|as_well|now",
                                  "much worse", "since|in ~2 last week|last_night", "now ~4 {cannot}",
                                  "worse than|since", "since ~2 yesterday|this_morning|monday|tuesday|wednesday|"
                                  "thursday|friday|saturday|sunday|last_week|the_weekend|days",
                                  # a giving way told on its day, the "nothing new" the ache's: "bit of back ache
                                  # after, nothing new. Sunday my left leg just buckled on the stairs" (lay-redflags38)
                                  "yesterday|today|this_morning|last_night|monday|tuesday|wednesday|thursday|friday|"
                                  "saturday|sunday ~4 buckl*|gave_way|gave_out|went_from|collaps*|folded"))
# ...or since childhood or a lifelong condition, whatever a rest did not change: "foot drop since polio as a kid, rest
# hasn't changed a thing" (the hundred-and-twenty-second review).
LIFELONG = LookAlike(("since ~3 polio*|birth|childhood|a_kid|a_child|i_was_a_kid|i_was_little|i_was_young|i_was_born",
                      "polio*", "cerebral palsy", "spina bifida", "from birth", "since birth", "born with"),
                     anywhere=True,
                     unless=("getting worse", "spreading", "sudden*", "new", "worse", "now ~4 too|either",
                             "other|right|left leg|foot|side ~4 too|either|as_well|now"))

# Numb from an injection or an anaesthetic that is wearing off, as the nurse said.
# A simile ("like after a dentist's injection") is how saddle numbness is told, so not that.
NUMBING = LookAlike(("epidural|block|injection|injections|shot ~6 back|spine|lumbar|bum|buttock*|sciatic* ~6 "
                     "today|this_morning|yesterday|wears|wear", "numbing medicine|cream|injection",
                     # the midwife's explanation: "my bum went numb after the epidural when I had my daughter"
                     "after|from|with ~2 the|an|my|her epidural|spinal_block|spinal_anaesthetic|spinal_anesthetic"),
                    unless=("still", "days", "{not} ~2 wor* off", "getting worse",
                            "like ~4 injection|anaesthe*|anesthe*|dentist",
                            # long after, or more than numbness: "two weeks after the epidural... accidents with
                            # my bladder" (a seventy-second review)
                            "# weeks|week|months|month ~2 after|later|since|on", "weeks|months later|since|on",
                            "last month", "more numb", "not less", "worse", "accident*", "bladder", "bowel*",
                            "wee|pee|urine", "fever", "temperature"))

# A grey colour explained: the heat, a bug, a race just run; or grey clothes, skies, hair.
# Hair gone grey, explaining only its own "grey" ("I've gone grey at 45", "going grey in my thirties"): never a
# face or lips gone grey told beside it, nor "grey at 5k" (the ninety-fourth review).
GREY_HAIR = LookAlike((f"grey|gray|white at|by {'|'.join(str(n) for n in range(16, 100))} ,|.|?|and|but|now|already|i|"
                       "is|was|so|which|too|like|myself",
                       "grey|gray|white at|by thirty|forty|fifty|sixty", "prematurely|early grey|gray",
                       "grey|gray|white in|since my|his|her 20s|30s|40s|50s|twenties|thirties|forties|fifties|teens",
                       "going grey|gray early|already|fast"), sense=True, own=True)
GREY_EXPLAINED = LookAlike(("after ~3 race|finish|marathon|sprint|gel*|interval*", "heat", "hot day", "food poisoning",
                            "bug", "hangover", "drunk", "dehydrat*", "grey day", "grey sky", "gray day", "grey hair*",
                            "grey|gray shorts|top|leggings|tights|hoodie|jacket|trainers|shoes|area|skies|sky",
                            "pee|urine|wee|hair|beard|sky|skies|weather|cloud*|shoes|trainers ~3 grey|gray|pale",
                            "winter", "iron", "anaemi*", "anemi*", "white|crusted|covered with salt",

                            "salt crust*|stains|marks", "hot day|days|weather|race|run|sun|conditions",
                            # Pale (not grey or ashen) just after a hard run is common.
                            "pale|white ~4 after ~3 run|runs|long_run|parkrun|session|workout|hills|reps|race",
                            "after ~3 run|runs|long_run|parkrun|session|workout|hills|reps|race ~4 pale|white"),
                           anywhere=True, unless=("chest", "arm", "jaw", "heartburn", "indigestion"))

# Breathlessness explained: asthma, a hard effort, cramp or pain, being unfit or just back, a heart checked.
# What keeps an effort's breathlessness out of proportion: OUT_OF_PROPORTION but a chest that merely
# heaves, a faint (a sign of its own, maybe someone else's) and an easy or flat run named in passing.
# Told by comparison with before ("my usual runs", "never had this before", "stop every 200 metres"):
# out of proportion on its own, but a cold, unfitness or hard reps explain it.
COMPARED = ("stop every ~2 # metres|meters|m|yards", "never had|felt|noticed ~2 that|this|it|like_this ~1 before",
            "never like this", "usual|normal ~2 run|runs|route|pace|loop",
            "usual|normal ~2 5k|10k|parkrun|jog|walk|hill|climb|lap",
            "used to be easy|fine|nothing|no_problem|a_breeze", *BREATH_MORE_THAN)
EXPLAINED_UNLESS = tuple(p for p in OUT_OF_PROPORTION if p not in COMPARED and not p.startswith("stop every"))
DISPROPORTION = (*(p for p in OUT_OF_PROPORTION
                   if p not in ("chest", "faint*", "passed out", "black*", COMPARED[0])
                   and not p.startswith(("easy|", "flat "))),
                 "chest ~3 pain*|tight*|pressure|hurt*|ache*|aching|heavy|heaviness|band|squeez*|crush*|burn*",
                 "pain*|tight*|pressure|heavy|heaviness|squeez*|crush* ~3 chest")
# A leg's muscle torn or pulled, and no back told: "her leg gave out, the MRI showed a tear in a hip muscle".
# Not a muscle only named: "my foot slaps down, then the calf tightens" is a foot drop.
MUSCLE_TORN = LookAlike(("torn", "tear", "tore", "ruptur*", "sprain*", "pulled|strained ~3 hamstring*|quad*|calf|groin|"
                         "muscle", "hamstring|quad|calf|groin|muscle ~2 strain|pull|tear"),
                        unless=(*BACK_TOLD, "numb*", "tingl*", "drop*", "slap*", "drag*", "catch*",
                                "{cannot} ~3 lift|raise ~2 foot|toes|front", "{cannot} ~3 feel|control",
                                # the back's muscle, the legs then failing: "the doctor said pulled muscle ... his
                                # legs just didn't hold him" (lay-redflags33)
                                "back ~4 worse|getting_worse", "{not} ~2 hold ~1 me|him|her|them",
                                "went|fell|go|goes straight? down ~3 floor|ground"), anywhere=True)
# A calf or Achilles torn or strained explains toes that will not push up; a tear elsewhere or long
# ago does not (a thirty-fourth review: "sprained my wrist last month").
CALF_TORN = LookAlike(("calf|calves|achilles|soleus|gastroc*|ankle|plantar ~3 tear|torn|tore|strain*|pull*|ruptur*|"
                       "sprain*|twist*|roll*|op|operation|surgery|repair",
                       "torn|tore|strained|pulled|ruptured|sprained|twisted|rolled ~2 my|the? calf|calves|achilles|"
                       "soleus|ankle|plantar"),
                      unless=(*MUSCLE_TORN.unless, "years ago", "last year", "# years", "ago",
                              "as a kid|child|teenager", "when i was"), anywhere=True)
# What a cold or pollen does to the airways on a run: a wheeze, a cough, a whistle.
AIRWAY_SYMPTOMS = ("wheez*", "cough*", "whistl*")
# ...and what it does not: the heart's signs, breath short at rest, blood, a wheeze that has not gone for weeks.
AIRWAY_UNLESS_NOW = (*(p for p in DISPROPORTION if p != "wheez*"), *BREATHLESS_AT_REST, "faint*", "dizz*",
                      "palpitat*", "heart ~3 flutter*|skip*|miss*|jump*", "cough* ~3 blood|pink",
                      "blood ~3 cough*|spit*|phlegm|mucus", "pink", "froth*", "{cannot} ~3 speak|talk|finish",
                      "full sentence|sentences",
                      "hardly|barely ~1 breathe|breath", "{cannot} ~2 breathe|breath",
                      "pain*|hurt*|hurts|sharp|stab* ~3 breath*|breathe*|breathing")
AIRWAY_UNLESS = (*AIRWAY_UNLESS_NOW,
                 "wheez*|breath*|breathless* ~4 for ~2 weeks|months|ages", "cough* ~4 for ~2 weeks|months",
                 "wheez*|cough*|breath*|breathless* ~4 worse|all_the_time|constant*|still|will_not_go|not_going",
                 "still|worse|constant* ~3 wheez*|cough*|breath*|breathless*",
                 "since ~2 winter|autumn|christmas ~4 wheez*|cough*",
                 "{not} ~2 go_away|going_away|stop|stopping|settle|settling ~4 wheez*|cough*")
SATS_LOW = "80|81|82|83|84|85|86|87|88|89|90|91|92"
AIRWAY_ATTACK = (
    # words that will not come (NHS asthma attack: too breathless to speak)
    "{cannot} ~3 speak|talk|say|finish|get ~3 sentence*|words|a_word", "hardly|barely|only ~3 speak|talk|say|finish "
    "~3 sentence*|words|a_word", "{cannot} ~1 speak|talk", "hardly|barely ~1 speak|talk", "full sentence*",
    "too breathless|out_of_breath|wheezy to ~1 speak|talk|eat|sleep|say|walk|move|stand", "few words at a time",
    "every few words",
    "words out", "get ~2 words", "struggl* ~3 talk*|speak*|words",
    # a reliever that does not help, or is needed again and again
    "inhaler|reliever|puffer|ventolin|salbutamol|pump ~5 {not} ~3 help*|work*|touch*|last*|do_anything|making|"
    "easing|relieving|difference", "inhaler|reliever|puffer|ventolin|salbutamol ~5 no difference|no_use|no_help",
    "inhaler|reliever|puffer|ventolin|salbutamol|pump ~5 nothing|stopped|barely|hardly|only_lasts|only_helps",
    "# puffs|times ~4 inhaler|reliever|puffer|ventolin|today", "inhaler|reliever|puffer|ventolin ~6 # times ~2 "
    "today|since|this_morning|in_an_hour|an_hour|already",
    "inhaler|reliever|puffer|ventolin ~6 every_hour|more_than_every",
    "peak flow ~6 low|half|down|dropped|dropping|worse|under|below|percent",
    "peak flow ~6 # ~4 usually|normally|my_best|best_is",
    # anaphylaxis: swelling, hives (NHS anaphylaxis)
    "tongue|throat|lips|mouth ~4 swell*|swollen|closing|closed|tight|puffed|puffy|blue|thick",
    "face ~4 swell*|swollen|blue|grey", "swell*|swollen|puffed_up ~4 tongue|throat|lips|face", "hives", "epipen",
    "epi pen", "having|had|have|has|got|getting|severe|bad ~3 allergic reaction", "anaphyla*",
    "sting ~3 wheez*|breath*", "{cannot} ~1 swallow ,|.|properly|anything|well|saliva|spit",
    "am|feel|feeling|felt|like ~2 suffocat*", "chest|ribs ~4 caving|sucking in", "sucks in",
    "exhausted from ~2 breath*",
    # a low oxygen reading (NHS pulse oximeter: 92% or below), confusion, drowsiness
    f"oxygen|sats|saturation*|oximeter|pulse_ox|spo2|o2 ~4 {SATS_LOW}|low|dropping|falling", f"{SATS_LOW} %|percent",
    "hard to wake", "very drowsy",
    "seems|seemed|gone|getting|became|becoming|is|was|feels|feel confused|muddled|disorientat*",
    "confused and|, drowsy|sleepy", "drowsy and|, confused", "breath* ~3 fast|rapid ~6 confus*|muddled|drows*",
    # breathless on the least effort (NICE CKS chest infections)
    "breathless*|wheez*|out_of_breath|puffed ~5 dressed|dressing|across_the_room|out_of_bed|to_the_toilet|"
    "to_the_bathroom|walking_to|talking|washing", "breathless*|wheez*|out_of_breath|puffed ~5 up|climbing|climb|"
    "flight_of ~2 stairs|stair", "getting_dressed|across_the_room ~4 breathless*|out_of_breath|puffed",
    "{cannot} ~2 get_out_of_bed|get_dressed",
    # breath that does not come back with rest
    "gasping ~8 # minutes|mins", "had to sit|lie ~6 # minutes|mins",
)
# A wheeze an airway trigger explains is one told on a run, or told as mild: "a bit wheezy on my runs" (a
# seventieth review: an attack told in words no list holds stays an emergency when it is neither).
WHEEZE_ON_RUNS = ("wheez*|cough* ~4 on|during|after|in|at_the_end_of ~3 run|runs|running|jog|jogs|jogging|intervals|"
                  "hills|reps|tempo|long_run|long_runs|parkrun|race|races",
                  # (the run named first: "Saturday's parkrun I was wheezing", lay-redflags49)
                  "run|runs|running|jog|jogging|intervals|hills|reps|parkrun|race|long_run|session ~4 wheez*|cough*",
                  "a_bit|slightly|a_little|bit|mild|mildly|little|slight wheez*")
BREATH_EXPLAINED = (
    # A gasp of pain, not of breath: "it went from niggle to so painful I stopped gasping" (forum27).
    LookAlike(("so|too painful|sore ~3 gasp*", "gasp* ~3 in|with|from ~1 pain|agony", "agony ~3 gasp*",
               "hurt|hurts|hurting so_much|so_bad|that_much ~3 gasp*",
               "painful ~2 i|that_i ~2 gasp*"), sense=True, own=True,
              unless=("chest", "breath*", "arm", "jaw", "faint*", "dizz*", "air")),
    LookAlike(("asthma*", "inhaler", "puffer", "puffs"), anywhere=True,
              unless=("arm", "jaw", "faint*", "{not} ~3 help*|work*|settle*", "made|make|makes|making ~2 worse",
                      "crush*", "pressure", "squeez*", "band", "heav*", "radiat*", "spread*", *AIRWAY_ATTACK)),
    # A hard effort explains breath, unless it is worse than before ("never had this on hills before").
    LookAlike((*EASY_EFFORT, "heart rate ~3 roof|high"),
              unless=(*(p for p in OUT_OF_PROPORTION if p != COMPARED[0]), *BREATHLESS_AT_REST, "sitting", "night",
                      "in bed", "blue", "still breathless|out_of_breath"), anywhere=True),
    # A cold, asthma or altitude explains it even on the usual run.
    # The illness, not the weather nor a cold sweat (a heart's warning sign of its own).
    LookAlike(("a|the|my|bad|heavy|head|chest|stinking|streaming cold", "cold and|or flu", "asthma", "altitude"),
              unless=(*EXPLAINED_UNLESS, "cold sweat*|sweaty|clammy|morning|mornings|day|days|weather|air|night|wind|"
                      "snap|spell|start|run|runs|outside"), anywhere=True),
    LookAlike(("chest cold|infection|bug|virus", "tail end of a|the ~1 cold|bug|virus|flu"), anywhere=True,
              unless=(*(p for p in EXPLAINED_UNLESS if p != "chest"),
                      "chest ~3 pain*|tight*|pressure|hurt*|ache*|aching|heavy|heaviness|band|squeez*|crush*|burn*",
                      "pain*|tight*|pressure|heavy|heaviness|squeez*|crush* ~3 chest")),
    LookAlike(("cramp*", "spasm*", "agony", "in pain", "from the pain"), unless=OUT_OF_PROPORTION),
    LookAlike(("out_of_breath|breathless|puffed|winded from|after ~3 sprint*|running|chasing|racing|"
               "rushing|hurrying|climbing|laughing",
               "gasp*|panting|puffing on|during|after ~3 hill|hills|reps|repeats|intervals|sprint*|strides"),
              unless=DISPROPORTION),
    # What smothers, not the breath: "the mask felt like I was suffocating", "suffocated by the crowd at the start".
    # (only a thing over the face or a crowd: not the heat, a room or a jacket, and never with a faint, blue lips, the
    # night or rest told: an eighty-fifth review)
    LookAlike(("mask|masks|buff|snood|gaiter|balaclava|crowd|crowds",),
              unless=(*(p for p in DISPROPORTION if "suffocat" not in p), *BREATHLESS_AT_REST,
                      "chest ~3 pain*|tight*|pressure", "faint*", "passed out", "black*", "blue", "grey", "night",
                      "bed", "lying", "still", "easy", "collaps*", "{not} ~2 ease|eased|easing|settle|settled",
                      "vision", "went dark", "dizz*")),
    # The wind knocked out by a fall or a blow: "tripped on a kerb, hands stinging and winded".
    # (the winding only: "fell and was winded, now I get breathless on easy runs" tells another finding; not with a
    # sore chest or the breath still short: a review)
    LookAlike(("trip|tripped|tripping|fell|fall|falling|landed|landing|went_down|came_off|knocked|thrown|tackled|"
               "horizontal|flat_on_my_back|face_plant*|faceplant* ~6 ,? ~4 winded", "winded ~4 by|from|after ~2 fall|"
               "fell|landing|landed|trip|tripped|tackle|blow|kick|ball"), own=True,
              unless=(*DISPROPORTION, *BREATHLESS_AT_REST, "chest ~3 sore*|pain*|tight*|pressure|hurt*",
                      "still ~3 winded|breathless|out_of_breath|catch|short", "hour|hours later", "since ~3 fall|fell",
                      "lips|lip ~2 blue|grey|gray|purple", "blue|grey|gray lips", "cough* ~2 blood")),
    # Breathing through the nose on purpose: "told to breathe only through my nose... I start gasping".
    LookAlike(("nose|nasal breathing", "breath*|breathe ~3 through ~2 nose", "mouth tap*"), anywhere=True,
              # (not an easy run itself: nose breathing is done on easy runs)
              # (feeling starved of air is what nose breathing feels like at first: not out of proportion here)
              unless=(*(p for p in DISPROPORTION if "suffocat" not in p), *COMPARED,
                      *BREATHLESS_AT_REST, "dizz*", "lately", "lying")),
    # Breath back within a minute or two of a hard effort is the effort itself.
    LookAlike(("got|get|gets|getting|had ~2 breath back ~2 in|within a|one|two|1|2|a_few|a_couple_of ~1 "
               "minute|minutes|min|mins|second|seconds|secs",
               "got|get|gets|getting|had ~2 breath back ~2 after a moment|second|minute"),
              unless=DISPROPORTION),
    LookAlike(("heart|lung|lungs|cardio*|ecg|echo ~5 fine|clear|normal",), anywhere=True,
              unless=("at rest", "resting", "{cannot} ~3 breathe", "lately", "getting worse", "since then",
                      "chest", "faint*")),
    # Going off too fast explains the breath, unless the chest hurts or it comes at rest.
    LookAlike(("went|go|going|set|started out|off ~3 too|way_too fast|hard|quick",),
              unless=("chest ~3 pain*|tight*|pressure|heavy|heaviness", "at rest", "resting", "faint*", "lying",
                      *BREATHLESS_AT_REST, "sitting", "sofa", "night", "in bed", "blue")),
    # The easy run told as fine is the contrast that makes a hard effort's breath ordinary ("out of breath on
    # hill repeats but fine on easy runs"), not an easy run that brings it on.
    LookAlike(("fine|ok|okay|good|no_problem|no_bother ~2 on|during|for|with ~1 easy|slow|flat|gentle|steady ~1 "
               "run|runs|jog|jogs|jogging|running|stuff|days|pace|efforts",
               "easy|slow|flat|gentle|steady run|runs|jogs|pace|efforts ~2 are|is|feel|feels|seem|seems ~1 "
               "fine|ok|okay|easy|no_problem"), anywhere=True,
              unless=(*DISPROPORTION, *BREATHLESS_AT_REST, "lately", "getting worse", "suddenly", "dizz*",
                      "light ~ headed", "lightheaded", "heart ~3 skip*|miss*|jump*|flutter*",
                      "cough* ~3 blood|pink", "blood ~3 cough*|spit*|phlegm")),
    # A yoga inversion presses on the chest: "after shoulderstand and headstand it's hard to breathe".
    LookAlike(("headstand*|shoulderstand*|handstand*|inversion*|inverted|upside_down|backbend*",
               "head|shoulder|hand stand|stands", "plough|plow|wheel|fish pose"),
              unless=(*(p for p in DISPROPORTION if p != "{cannot} breathe"), "faint*", "dizz*", "palpitat*", "blue",
                      "hours", "all day", "still", "cough*", "froth*", "pink", "blood*", "worse", "sudden*",
                      "light ~ headed", "lightheaded", "heart ~3 skip*|miss*|flutter*|rac*|pound*", "days", "weeks")),
    # Cold air on a fast run tightens the airways (exercise-induced bronchoconstriction): a wheeze and a cough
    # in winter that summer does not bring, with no chest pain and no breathlessness at rest.
    LookAlike(("cold air|weather|morning|mornings|day|days|snap|spell|runs|run", "gets|got|is|it|turns|turned cold",
               "in|into the cold",
               "winter*", "frost*", "freezing", "icy", "chilly", "minus"), anywhere=True,
              also=AIRWAY_SYMPTOMS, unless=AIRWAY_UNLESS),
    LookAlike(("unfit", "out of shape", "getting ~2 fit", "cleared ~3 run*|exercise|training", "when i started",
               "started c25k|couch_to_5k|running|jogging", "c25k", "couch to 5k",
               "first run in ~3 months|years|ages|weeks", "postpartum", "since ~2 baby|birth", "started because",
               "so i started", "reason i started", "why i started", "overweight",
               # time off explains a climb once easy: "breathless since my back injury stopped me for months"
               "months|weeks|year|years|time|ages off", "stopped ~2 me|training|running ~3 for ~1 months|weeks|ages",
               "after|since a|my|the ~2 break|layoff|lay_off|injury"),
              anywhere=True, unless=(*(p for p in EXPLAINED_UNLESS if p != ONCE_EASY), *BREATHLESS_AT_REST,
                                     COMPARED[1], COMPARED[2],
                                     # a clot's risks beside a decline: time off does not explain it (NHS: PE)
                                     "surgery|operation|op|hospital|caesarean|c_section|flight|pill|calf|blood_clot|"
                                     "dvt|pregnan*|postpartum|birth",
                                     "started ~3 # ~1 years|year|months ago", "# years|year ago")),
)
# Hay fever's pollen narrows the airways on a run as cold air does (NHS, hay fever), and a wheeze or cough lingers
# for weeks after a chest infection: "the tree pollen is killing me, wheezy even with antihistamines". For the
# wheeze of an effort only (breath-effort), never breath that will not come at all; and never with an attack's
# signs: an inhaler that does not help, words that will not come, a swelling tongue or throat (anaphylaxis), a
# low oxygen reading, fast breathing with confusion (NHS: asthma attack, anaphylaxis, sepsis).
AIRWAY_EXPLAINED = (
    LookAlike(("pollen", "hay fever", "hayfever"), anywhere=True, also=WHEEZE_ON_RUNS,
              unless=(*AIRWAY_UNLESS, *AIRWAY_ATTACK)),
    LookAlike(("chest infection|bug|cold|virus", "covid", "flu", "bronchitis"), anywhere=True, also=WHEEZE_ON_RUNS,
              unless=(*AIRWAY_UNLESS_NOW, *AIRWAY_ATTACK,
                      "{not} ~2 go_away|going_away|stop|stopping|settle|settling ~4 wheez*|cough*")),
    # an illness's slow recovery that a doctor has seen and cleared for running: "a 15-minute walk still leaves me
    # wheezing ... My GP cleared me to try gentle running" (forum30)
    LookAlike(("covid", "long covid", "chest infection", "pneumonia", "bronchitis", "post viral", "postviral"),
              anywhere=True,
              also=("gp|doctor|consultant|nurse|physio|respiratory_team ~3 cleared|signed_off|okayed|happy|"
                    "gave_me_the_ok",
                    "cleared me|cleared_to_run|cleared_to_try"),
              unless=(*AIRWAY_ATTACK, "chest ~3 pain*|tight*|pressure|heav*|crush*", "faint*", "dizz*", "palpitat*",
                      "getting|got|gone|much worse", "at rest", "lying down", "blood", "blue", "grey")),
)

# Pain at night that a change of position eases is not night pain that nothing eases.
# A night in a chair for another reason: "slept in a chair on the overnight flight", "in the recliner cos I was
# too tired to go upstairs" (a thirty-ninth review, a ninth new user); not "because I couldn't get comfy".
CHAIR_FOR_ANOTHER_REASON = LookAlike(("flight", "plane", "airport", "overnight train|coach|bus", "camping", "hostel",
                                      "too tired", "fell asleep|dozed|dozed_off|nodded_off", "watching", "telly", "tv",
                                      "film", "snor*"), anywhere=True,
                                     unless=(*NOT_EASED_ANY, "because|as|since|cos|coz ~4 pain|hurt*|agony|sore|back",
                                             "pain|back|ache|aching ~4 wak*|woke|waking|woken|keep*|kept",
                                             "{cannot} ~3 lie|comfy|comfortable|get_comfortable", "only way"))

# Lying down as the relief, not the trouble: "so bad I have to lie down in the bunk at rest stops".
LYING_EASES = LookAlike(("have|has|had|need* to ~1 lie|lay ~1 down|flat",
                         "lie|lying|lay down|flat ~3 helps|eases|eased|relief|better",
                         # told as bearable: "sitting is the worst, lying down is meh"
                         "lie|lying|lay down|flat is|are|was ~1 meh|ok|okay|fine|bearable|alright|easier|better"),
                        unless=("even", "nothing", "no position", "any position", "{not} ~2 help|helps|ease|eases",
                                "worse", "wak*", "woke*", "awake", "{cannot} ~2 sleep", "get|got out of bed",
                                "excruciat*", "agony"))
POSITION_EASES = LookAlike(("only when i sleep|lie|lying on",
                            # woken only by moving: "it kept waking me up whenever I moved" (forum37)
                            "wak*|woke|woken ~4 whenever|every_time|each_time|if|when i ~1 move|moved|turn|turned|"
                            "roll|rolled|shift|shifted|moving|turning|rolling",
                            # (the lay-redflags38 kind: "as soon as I turn back over it settles")
                            "turn*|roll*|mov*|chang*|shift*|switch* ~5 goes_away|go_away|eases|eased|stops|better|"
                            "fine|gone|disappears|settles|settled|calms",
                            "once|when|if ~3 still|settled ~4 settles|eases|goes_away|goes_off|stops",
                            "settles|settled|eases|eased ~6 drop|drift|nod|doze ~2 off again",
                            "settles|settled|eases|eased ~6 back to sleep",
                            "eases|eased|settles|settled ~2 off? ~2 enough to ~1 sleep",
                            "settles|settled|eases|eased|goes_away ~2 once|when|if ~3 still|settled"),
                           unless=("never", "nothing", "no position", "any position", "every position", "no matter",
                                   "no|nae amount",
                                   # eased only for a moment: "it settles for a minute then comes straight back"
                                   "comes|came|coming straight? back", "for a minute|second|moment|few_minutes then",
                                   "{not} ~2 go away|ease|help",
                                   # no lying down at all: "can't lie flat ... sleeping sitting up in a chair"
                                   "{cannot} ~2 lie|sleep|get_comfortable", "sleep* ~3 sitting|chair|upright|recliner",
                                   # ...nor one that will not settle once woken: "wakes me if I turn, then I'm awake
                                   # for hours because it won't settle", "lying still doesn't help either" (the
                                   # hundred-and-fifteenth review)
                                   "{not} ~2 settle|settles|ease|eases", "awake for ~2 hours",
                                   "lying|lie|keeping|staying still ~3 {not} ~2 help*|ease*"))
# Lying told as fine, after what could not be done ("couldn't stand, couldn't sit, lying down was ok but getting up was
# agony", "ice only worked while I was lying on it", forum46): sense=True, as the denials before it are of the other
# positions, not of this one.
LYING_FINE = LookAlike(("lying|lying_down|lie_down|lying_flat|laying|laying_down was|is|felt ~1 ok|okay|fine|alright|"
                        "bearable|comfortable|easier|better",
                        "only ~3 work*|help*|eas* ~3 while|when i_was|i_am|i ~1 lying|lie|laying",
                        # ...or fine once lying down: "nothing eases it, though it's fine once I lie down" (the
                        # hundred-and-twenty-fifth review)
                        "fine|ok|okay|alright|better|easier|eases|settles|goes once|when|if|as_soon_as i ~1 lie|lay ~1 "
                        "down|flat",
                        # ...or told as the one exception, or fine with words between (the hundred-and-twenty-seventh
                        # review: "nothing touches it apart from lying down", "no position is comfy except lying down",
                        # "lying on the floor with my knees up is fine")
                        "apart_from|except|except_for|other_than|besides ~1 lying|laying|lie|lay ~1 down|flat",
                        "lying|laying ~8 is|was|feels|felt fine|ok|okay|alright|bearable|comfortable|comfy|easier|"
                        "better"),
                       sense=True, anywhere=True,
                       unless=("no position helps|eases|works ,|.|at_all|whatsoever|and", "any position",
                               "every position", "no matter", "even lying|laying|lie",
                               "wak*|woke ~3 me|him|her|up", "{cannot} ~2 lie|sleep"))
# Pain on one side lain on is the position's, and a pillow that ends on the floor no person's: "my hip hurts when I
# lie on that side at night", "a pillow between my knees ... ends up on the floor" (scope21).
ONE_SIDE_LAIN_ON = LookAlike(("when|if|while i|you ~1 lie|lying|sleep|sleeping on that|my|one|the|either ~1 side",
                              "lie|lying|sleep|sleeping on that|one|the_same|the_other side",
                              "pillow|pillows|it|duvet|blanket|cushion ~6 ends|end|ended up on the floor"),
                             unless=("no position", "any position", "every position", "no matter", "nothing ~3 eas*|"
                                     "help*|touch*|settle*", "every|each side", "both side*", "all night",
                                     "whatever|whichever|any|every position|side|way"))
# Pregnancy's back pain at night, a bump lain around (NHS: common in pregnancy), unless with a fever or worse.
PREGNANT_NIGHTS = LookAlike(("# weeks pregnant|along", "i_am|im|while|when|being|was|got pregnant",
                             "pregnancy back|pain|aches|backache", "trimester", "my bump"), anywhere=True,
                            unless=("fever*", "temperature*", "chills", "shiver*", "sweat*", "numb*", "bleed*",
                                    "weight ~3 los*|lost|dropp*", "wak* ~2 every night", "agony", "scream*",
                                    "lay|lying awake until|till morning", "all night"))

# --- the table --------------------------------------------------------------------------------

# Numb or tingling legs: what the two leg-numb rows share.
LEG_NUMB = ("numb", "numbs", "numbed", "numbing", "numbness", "tingl*", "pins and needles", "no feeling", "asleep",
            "fell|gone|went|going to sleep",
            "{cannot} ~2 feel", "anaesthe*", "anesthe*", "patch ~3 numb|dead|no feeling",
            # "I'd lost feeling in the outside of my foot from the middle toe across" (forum33)
            "lost|losing|lose ~1 all|the|some? feeling|sensation in|on|across|down|from",
            # numb "like after the dentist", "dentist numb" (not "I'm a dentist so I'm on my feet")
            "like|as_if|as_though ~4 dentist", "dentist numb*|injection*|jab|needle|anaesthe*",
            # (a place told: not "that dentist feeling before races", dread)
            "dentist feeling|feel in|on|round|around|down|between|across",
            "at|after|from the|a dentist",
            "leg|legs|foot|feet ~2 went|gone|goes|going|feel*|feels|is|are ~2 dead", *FEELING_NOT_BACK)
# What makes numbness an emergency, in its sentence: both sides, spreading or worse, weakness, the saddle.
LEG_NUMB_NOW = ("legs|feet ~4 numb*|tingl*|dead|asleep|pins", "numb*|tingl*|needles ~2 legs|feet",
                "numb*|tingl*|needles ~2 down|in|into|through ~4 legs|feet", "both", "each",
                "two", *NEW_OR_SPREADING, "worse", "weak*", "control",
                "switched off", "groin", "saddle", "tailbone", "coccyx", "bum", "buttock*", "genital*", "bladder",
                "creep* up|higher|towards", "from the|my hip|hips|waist|thigh|groin|knee down", "whole|entire leg|foot")
# ...and anywhere in the message: the other side too, or the leg failing as well as numb.
LEG_NUMB_SPREAD = ("other leg|foot|side", "right|left leg|foot|side|one ~2 doing it|too|as_well",
                   "the right|left ~2 doing it|too|as_well|is_numb|went_numb|has_gone|gone_numb",
                   "left leg|foot|side ~6 right leg|foot|side|one", "right leg|foot|side ~6 left leg|foot|side|one",
                   "switched off", "push off",
                   "{cannot} ~2 control|lift|feel", "getting worse", "worse and worse", "spreading", "drag*",
                   "give|gives|gave way", "giving way", "weak*")
# Numbness told as lasting: "still" of the numbness, not of anything else ("should I still run tomorrow?").
STILL_NUMB = ("still ~3 numb*|tingl*|dead|asleep|there|pins|odd|weird|funny|no_feeling|can_not|cannot|ca_not|"
              "not_right", "numb*|tingl*|it ~2 still",
              # (a fifth new user's trial: "my legs have gone numb after my run and they still are 3 hours later")
              "they|it|legs|feet|foot|leg still are|is ~2 hours|later|now|,|.",
              # numb since a day named (the thirty-ninth review's "my right leg has gone numb since Tuesday")
              "numb*|tingl*|dead ~1 since|from ~1 yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
              "last_week|the_weekend|last_night")
# ...or as back after it went: "came back once I got out of the car, but now it's gone numb again" (not "numb bum on
# the spin bike again lol", a seat's as ever, nor "all normal again now").
NUMB_AGAIN = ("numb* again", "gone|went|going|goes|gets|got|it_is numb* ~2 again", "again ~2 numb*")
# The feeling told as back for good, anywhere in the message: "for weeks both feet went numb after a mile ... a
# different way to lace my shoes and that was it, fixed, I can feel my toes all the way round now" (forum28).
NUMB_FEELING_BACK = LookAlike(("can feel my|his|her toes|feet|foot|legs|leg ~4 now|again",
                               "feeling ~2 came|come|has_come|is|was straight|right? back",
                               "numbness ~3 gone|went|stopped|fixed|sorted|cured|disappeared"), anywhere=True,
                              # ("still" of the numbness, not of sore calves: "calves and quads still aren't used to
                              # this ... loosened them and the feeling came straight back", forum32)
                              unless=(*STILL_NUMB, "again ~3 numb*|tingl*", "numb*|tingl* ~3 again",
                                      "now ~3 numb*|tingl*",
                                      "{not} ~2 gone|fixed|sorted|back", "{cannot} ~2 feel", "but ~4 numb*|tingl*"))
# A limb that stays weak or numb after the seat is left, which no way of sitting explains: "still weak and numb hours
# later", "stayed weak all day", "two days later it still hasn't come back" (the hundred-and-sixteenth review).
STAYS_AFTER_SITTING = ("stayed|stays|staying ~1 weak*|numb*|dead", "hours|days later", "not ~2 come back",
                       "not_come_back|not_came_back")
# A leg gone dead from sitting too long on the loo or the floor, back to normal when stood on: "sat on the loo far
# too long ... stood up and my right leg just didn't work, pins and needles" (lay-redflags45). Not when it stays, or
# with the other signs beside it.
SAT_TOO_LONG = LookAlike(("sat|sitting|sit|sits|perched on the|a loo|toilet|throne|floor|step|steps|kerb|curb ~4 "
                          "too_long|for_ages|ages|forever|for_an_hour|for_hours",
                          "sat|sitting|perched ~2 too long ~4 loo|toilet|throne|floor|phone|reading"),
                         anywhere=True, sense=True,
                         unless=(*STILL_NUMB, "both legs", "each leg", "sudden*", "spreading", "getting worse",
                                 "bladder", "bowel*", "groin", "saddle", "drag*", "fell", "falls", "fell_over",
                                 # the time on the loo told as a retention's: "sat on the toilet for ages and could
                                 # hardly get anything out" (lay-redflags39)
                                 "urge", "anything out", "get_it_out|going", "trickle*", "dribbl*", "leak*",
                                 "wet myself|himself|herself",
                                 "collapsed", "crash*|accident|collid*", "since my back", "from my ~2 back|spine",
                                 "still ~3 giv*|buckl*|collaps*|weak*",
                                 *STAYS_AFTER_SITTING))

LEG_NUMB_LOOK_ALIKES = (
    SAT_TOO_LONG,
    NUMB_FEELING_BACK,
    # a limb gone dead from how one sat, with the stumble it brings: "sat cross-legged at my desk, foot went dead and
    # I nearly fell over standing up" (lay-redflags44); the other look-alike reads any fall as a real one
    LookAlike(("sat|sitting|sit|sits|kneeling|knelt|squatting ~4 cross_legged|crosslegged|on_my_foot|on_my_feet|"
               "on_my_leg|on_my_legs|on_my_heels|on_it|with_my_legs_crossed|legs_crossed",),
              anywhere=True, sense=True,
              unless=(*STILL_NUMB, "both legs", "each leg", "sudden*", "spreading", "getting worse", "weak*",
                      "bladder", "bowel*", "groin", "saddle", "drag*", "{cannot} ~3 feel",
                      "fell|fall|falling|slipped off|down|from|onto", "crash*|accident|collid*",
                      "since my back", "from my ~2 back|spine")),
    # gone dead from sitting on the toilet, both legs too: "both legs fell asleep on the loo scrolling my phone lol
    # had to hobble out" (chat-unseen26)
    LookAlike(("legs|leg|feet|foot ~3 fell|went|gone|go|goes|going asleep|dead|numb ~4 on|sat_on|sitting_on|from ~1 "
               "the|a? loo|toilet|bog|throne|pot",
               "on|sat_on|sitting_on the loo|toilet|bog|throne ~6 legs|leg|feet|foot ~2 fell|went|gone|asleep|dead|"
               "numb"),
              anywhere=True, sense=True,
              unless=(*STILL_NUMB, "spreading", "getting worse", "weak*", "bladder", "bowel*", "groin", "saddle",
                      "{cannot} ~3 feel", "since my back", "from my ~2 back|spine", "fell|fall|falling|slipped off")),
    # gone as soon as the laces or shoes are loosened, a test done, not a guess: "Pretty sure it's my laces because it
    # goes when I loosen them" (lay-redflags20)
    LookAlike(("goes|went|stops|stopped|eases|eased|disappears|disappeared|gone ~3 when|once|after|as_soon_as i ~1 "
               "loosen|loosened|loosening|untie|untied|undo|undid|take_off|took_off|change|changed|swap|swapped",),
              anywhere=True, sense=True,
              unless=(*STILL_NUMB, *NUMB_AGAIN, "both legs", "sudden*", "spreading", "getting worse", "weak*",
                      "bladder", "bowel*", "groin", "saddle", "drag*", "fell", "falls")),
    # the idiom of being worn out: "falling asleep on my feet after night shift runs" (a twenty-fourth new user)
    LookAlike(("asleep on my|his|her|their|your feet", "asleep standing up"), sense=True, own=True),
    LookAlike(("shoe*", "laces", "trainers", "tight", "bike", "cycling", "ride", "sitting", "sat", "crossed", "a bit",
               # the fit: "go up half a size ... or is it how I'm lacing them?" (lay-redflags42)
               "lacing", "laced", "half a size", "size up", "a size up|bigger",
               "when|whenever|if|while i|you|he|she sit|sits", "armchair*", "recliner",
               # kneeling or cross-legged (a twenty-eighth new user)
               "kneel*", "cross ~ legged", "crosslegged",
               "drive", "driving", "car", "flight", "plane", "journey", "van", "truck", "lorry", "tractor", "bus",
               "train", "taxi", "land rover", "seat", "kayak", "canoe", "boat",
               "fine|ok|okay|normal after a|# minute|minutes|mins|seconds|moment",
               # woken by a shake: "both my feet have fallen asleep and I have to shake them awake" (forum45)
               "shake|shaking|stamp|stamping|wiggle|wiggling ~2 awake|back_to_life",
               "slightly", "sometimes", "occasionally", "now and then",
"went away", "goes away", "wears off",
               "wore off", "comes ~2 back", "desk", "chair", "toilet", "loo", "lol", "ice", "after ~3 marathon",
               "the cold", "cold weather|morning|mornings|day|run|runs|water|bath|plunge|tub|outside|snap|spell|wind|"
               "swim|swims|dip|dips|shower",
               # the cold told as the weather (a twenty-third new user): "my toes tingle when it's freezing out"
               "freezing", "frosty", "chilly", "icy", "below zero|freezing", "sub_zero|subzero", "minus #",
               # ("it's" arrives as "it": the hundred-and-fourth review)
               "when|if|as|because|while ~1 it|its|is|gets|got cold", "in|into the cold",
               "after ~3 swim|swims|swimming|dip|plunge|ice_bath", "cold ~2 river|sea|lake",
               "dead butt", "stretch*", "certain positions", "cleat*", "spin class|bike|session", "after spin",
               "pedals|pedal ~2 bike|cleats|spin", "bike|spin|cycling ~2 pedals|pedal", "clipped in",
               "goes|went|wears|wore|gone off|away ~1 in|after|within # min|mins|minutes|seconds",
               "back to normal in|within # min|mins|minutes|seconds"),
              unless=("both legs", "each leg", "sudden*", "spreading", "creep*", "getting worse",
                      # a fall or crash, not the seat: "fell off my bike yesterday ... now my legs are going numb"
                      "fell|fall|falling|slipped|slipping off|over|down|from|onto|on",
                      "crash*|accident|collid*|knocked_off|thrown",
                      "came|come off ~2 bike|horse|motorbike|scooter|board",
                      "lifted|lifting|lift heavy|weights|deadlift*", "deadlift*",
                      "from my ~2 back|spine", "back related", "since my back", "even ~2 sitting|walking",
                      "still numb*|tingl*", "numb*|tingl* ~2 still", "numb*|tingl* ~4 all week|day",
                      "numb*|tingl* ~4 for ~2 days|weeks|week|fortnight|month|months", "barely|hardly ~2 feel",
                      "{cannot} ~3 feel ~2 gas|brake|clutch|accelerator|pedal|pedals|floor|ground",
                      "still ~3 weak*|dead", *STAYS_AFTER_SITTING)),
    # Gone the moment the seat is left, even both legs: "both legs went to sleep in the kayak seat, fine as
    # soon as I got out".
    LookAlike(("fine|ok|okay|normal|gone|better as_soon_as|once|when|the_moment ~1 i|we ~1 got|get|stood|stand|"
               "climbed ~1 out|up|off",),
              unless=("still", "not gone", "getting worse", "days", "{cannot}", "weak*", "trip*", "drag*", "bladder",
                      "bowel*", "saddle", "groin", "wip*")),
    # For a moment now and then: "tingling twice on the run, felt fine after" (not "I swim twice a week", nor
    # numbness that has since stayed: "now it's there all the time").
    LookAlike(("twice|once_or_twice|couple_of_times during|on|in ~2 run|runs|session|race|jog|ride", "happened twice",
               "only twice", "felt|feel|feels|was fine|ok|okay|normal after|afterwards"),
              unless=(*NEW_OR_SPREADING, "all the time", "constant*", "every day", "still", "now", "since", "keep*",
                      "trip*", "catch*", "weak*", "worse", "drag*", "{cannot} ~2 feel")),
    # Tired legs tell of numbness only as "sore" or "heavy" about the legs themselves, never the back.
    LookAlike(tuple(t for t in TIRED if t not in ("sore", "achy")),
              # (not with the back's own trouble told: "legs feel heavy and numb since my back went", the
              # hundred-and-ninth review)
              # (a back "in bits" too: "my legs are numb after my run and my lower back is in bits", a fifth new
              # user's trial)
              unless=(*NEW_OR_SPREADING, "lifted|lifting|lift heavy|weights", "deadlift*",
                      "since|after ~3 my|the back", "back ~3 went|gone|hurt*|pain*|agony|killing|in_bits|wrecked|"
                      "screaming|in_pieces",
                      # ...told as something that went in it: "Something went in my back when I bent down ... now my bum
                      # and the tops of both thighs are all pins and needles and feel really heavy" (lay-redflags46)
                      "went|gone|popped|pop|clicked|click|twinged|snapped|pinged|tweaked|gave|go in my|the lower? back",
                      "back|spine popped|clicked|snapped|gave|went|locked|twinged",
                      # ...nor numbness that outlasts the run: "right foot still numb an hour later after my run" (a
                      # review)
                      *STILL_NUMB)),
    LONG_STANDING, LIFELONG,
    # Gone at once after a change, told in a sentence of its own: "it went straight away".
    LookAlike(("went|goes|gone straight|right away", "it went|goes away", "wore|wears off",
               "feeling|sensation ~3 came|comes|come straight|right back",
               "numb*|tingl*|tingly|needles|feeling|it ~3 nearly|almost|mostly|practically gone"),
              anywhere=True, unless=(*NEW_OR_SPREADING, "still", "from my ~2 back|spine", "back related",
                                     "since my back")),
    # "dead legs" is running talk for tired legs, unless feeling is gone too
    LookAlike(("legs|leg ~2 are|is|feel*|went|gone ~2 dead", "dead legs", "dead leg"),
              unless=("numb*", "tingl*", "{cannot} ~2 feel", "no feeling"), sense=True),
)


# Something dropped on the foot: "dropped a tin on my ankle last week" (not a foot that drops, nor a blow to
# the back).
DROPPED_ON_FOOT = LookAlike(("drop|drops|dropped|dropping a|an|the|my|some ~3 on|onto my|his|her|the? foot|feet|toe|"
                             "toes|ankle|ankles",), sense=True, own=True)


# The people a writer tells of, for look-alikes of someone else's history (one list, not a copy per rule).
RELATIVES = ("mum|dad|mother|father|nan|gran|grandma|grandad|sister|brother|aunt|uncle|cousin|wife|husband|partner|"
             "son|daughter|friend|mate|colleague|neighbour")
# Someone told as 60 or over (for NICE NG12's weight loss with back pain): an age said of a person, not a number
# alone ("I'm 74", "dad, 74,", "74 years old"; not "82 kg" or "I'm 74 kg").
AGE_60 = "|".join(str(n) for n in range(60, 100))
_AGE_ENDS = (",|.|?|and|but|with|who|so|years|yrs|year|yo|this|next|in|on|myself|himself|herself|has|had|is|was|"
             "does|did|still|keeps|can|gets|got|runs|jogs|walks|used")
AGED_60_PLUS = (f"i_am|im|he_is|she_is|hes|shes|aged|age|turned|turning|turns|who_is|now {AGE_60} {_AGE_ENDS}",
                f"{RELATIVES}|father_in_law|mother_in_law|grandad|grandma|granny|grandpa|husband|wife|partner|"
                f"man|woman|male|female|runner|patient|client ,? {AGE_60} {_AGE_ENDS}",
                f"{RELATIVES} is|was {AGE_60} {_AGE_ENDS}", f"{AGE_60} years|yrs|year old|young",
                "|".join(f"{n}yo" for n in range(60, 100)),
                "in his|her|their|my late|early|mid? 60s|70s|80s|90s|sixties|seventies|eighties|nineties",
                # (an age, not a weight: "lost over 60 lb", lay-redflags43)
                f"over|over_the_age_of|past 60|65|70|75|80 {_AGE_ENDS}", "elderly", "pensioner*",
                "gran|granny|grandma|grandmother|nan|nana|nanna|grandad|granddad|grandpa|grandfather|grandparent*")


# Someone else's spine trouble told as their history: "my sister had that cauda equina thing and lost
# control of her bladder" (not with a time of now beside it: "my dad had surgery and now can't feel his legs").
OTHERS_HISTORY = LookAlike((f"{RELATIVES} ~4 had|got|was_diagnosed_with|"
                            "went_through ~3 cauda|ces|a_slipped_disc|a_prolapsed_disc|spinal_surgery|back_surgery|"
                            "spine_surgery|surgery_on_her_back|surgery_on_his_back",),
                           anywhere=True, sense=True,
                           unless=("now", "today", "yesterday", "tonight", "this morning", "since", "still", "again",
                                   "is|has ~2 lost|losing", "{cannot}", "myself", "lost|losing|lose control of my|me",
                                   "i ~3 lost|losing|lose ~2 control",
                                   "wet|wetting|wets|leak*|soil* ~2 my|myself|herself|himself|themselves|shorts|pants|"
                                   "trousers", "been ~2 wetting|leaking|losing|soiling",
                                   "i|my ~4 lost|losing|leak*|wet|numb*|tingl*|weak*|control"))


# Rising that takes several tries, and walking that needs a wall: each alone is a stiff back's as often as weak
# legs', both together are what weak legs look like to someone watching ("now he needs two goes to get out of the
# armchair and I've watched him lean on the hallway wall to walk", lay-redflags35).
RISE_TRIES = ("need|needs|needed|needing|takes|took|taking ~1 two|three|four|several|a_few|# ~1 goes|attempts|tries|"
              "go|attempt|try ~3 to? get|getting|stand|standing ~2 up|out_of|off|from ~3 chair|armchair|sofa|couch|bed|"
              "car|toilet|loo|seat|recliner",)
WALK_SUPPORT = ("lean|leans|leaning|leaned|hold|holds|holding|grab|grabs|grabbing|clutch*|using|uses ~2 on|onto|the|"
                "a ~2 wall|walls|furniture ~4 to walk|walking|get_about|get_around|get_across|move_about",
                "walk|walks|walking ~3 holding|clutching|leaning_on|along ~2 the? wall|walls|furniture")

# Bending to the feet is the back's stiffness, not the legs' weakness: "I can't bend far enough to get my toes in
# my socks" (lay-redflags35).
BEND_TO_FEET = LookAlike(("bend*|reach*|lean*|get_down ~5 toes|toe|socks|sock|shoes|shoe|laces|"
                          "lace|feet|foot|floor|trainers|boots",
                          "socks|sock|shoes|laces|trainers|boots ~6 {cannot} ~2 bend|reach|lean"),
                         sense=True, own=True,
                         unless=("weak*", "numb*", "drag*", "tingl*", "{cannot} ~2 lift|feel|walk|stand",
                                 "giv* way", "gave way", "buckl*", "foot drop", "drop foot"))

# One leg's tingling from a disc a doctor or a scan has already found, told as before: "three months since the
# herniated disc diagnosis ... got the tingling down my left leg again" (forum29). The doctor's care goes on; new,
# both-sided, weak or bladder signs still stand.
DISC_DIAGNOSED = LookAlike(("herniated|slipped|bulging|prolapsed|ruptured|protruding disc|disk|discs ~2 diagnosis|"
                            "diagnosed",
                            "diagnosed ~3 herniated|slipped|bulging|prolapsed|ruptured|disc|disk|sciatica",
                            "mri|scan ~8 show*|confirm*|found ~4 disc|disk|herniat*|prolaps*|bulg*|sciatica"),
                           anywhere=True,
                           unless=("sudden* ~3 numb*|tingl*|pins|weak*", "numb*|tingl* ~3 sudden*", "new",
                                   "getting worse", "worse", "out of nowhere", "spreading",
                                   "both|each ~2 legs|feet|leg|foot", "weak*", "bladder", "bowel*", "saddle", "groin",
                                   "numb* ~3 bum|buttock*|between", "drag*", "foot drop", "drop foot",
                                   "{cannot} ~2 lift|feel|walk|stand", "giv* way", "gave way", "buckl*",
                                   "creep*", "moving up|higher",
                                   # told as bad now: "his leg feels REALLY numb and his back is killing him"
                                   "killing", "agony", "severe*", "excruciat*", "unbearable", "worst pain",
                                   "really|very|completely|totally|so|badly numb"))
# Drink or a fairground ride, which explain a faint or a spinning head when no run is told.
# Felled by a back's pain, not a faint nor legs that gave: "a bolt went through my lower back and I literally
# collapsed on the kitchen tiles" (lay-redflags36)
FELLED_BY_BACK_PAIN = LookAlike(("bolt|pain|spasm|twinge|jolt|shot|stab|agony ~4 through|in|across|down|up "
                                 "my|his|her ~1 lower|low? back ~4 and|then|, ~3 collapsed|collapse|went_down|dropped|"
                                 "crumpled|fell",),
                                own=True, sense=True,
                                # (not out for a time, a tearing pain, or someone else's collapse, whose cause the
                                # writer cannot feel: the hundred-and-second review)
                                unless=("chest", "faint*", "passed out", "black*", "dizzy", "remember", "came to|round",
                                        "grey", "clammy", "leg|legs|knee|knees ~3 gave|give|gives|giving|buckl*",
                                        "numb*", "tingl*", "weak*", "{cannot} ~3 feel|move|lift", "tearing", "ripping",
                                        # (out for a time, not "out for a run"; coming round, not "woke up with a
                                        # stiff back": the hundred-and-third review)
                                        "out for|cold ~1 a|about|around|over|# ~1 second|seconds|minute|minutes|"
                                        "while|bit|moment|few",
                                        "out for|cold ~1 ages|long|a_while|a_bit",
                                        "was|went|passed out cold", "unconscious", "knocked out",
                                        # (coming round, wherever: the hundred-and-sixth review)
                                        "no idea how", "next thing", "a_and_e|ambulance|hospital|paramedic*",
                                        "woke up on|in|to ~2 the|a? floor|ground|pavement|ambulance|hospital|grass|"
                                        "road|track|path", "woke up ~6 paramedic*|people|someone|shouting|screaming",
                                        "woke up ~3 paramedic*|people|someone", "he|she|they|dad|mum|"
                                        "father|mother|husband|wife|partner|grandad|grandma|nan|gran ~3 collapsed|"
                                        "went_down|dropped|crumpled|fell"))
DRINK_OR_RIDE = ("wine", "beer*", "pints", "drunk", "tipsy", "vodka", "gin", "prosecco", "cocktail*", "hangover",
                 "hungover", "rollercoaster*", "roller_coaster*", "waltzer", "fairground", "funfair", "theme park",
                 "merry go round", "carousel")
# A near faint told on a run or a race: no head rush, migraine or drink explains it.
NEAR_FAINT_ON_A_RUN = ("during|on|mid|in|at_the_end_of|near_the_end_of|finishing|after|round|around|halfway_through|"
                       "halfway_round ~2 the|my|a? run|race|marathon|half|parkrun|10k|5k|sprint|intervals|jog|tempo|"
                       "long_run", "mid run|race|jog", "while running|racing|jogging", "crossed|crossing the line",
                       "finish line|funnel", "on my|a run|jog", "chest", "palpitat*", "again and again",
                       "keeps happening")
# After a birth, a leak or an urge on the way to the loo is the pelvic floor's (NHS: pelvic floor exercises after
# pregnancy), unless it came without her knowing or with more.
AFTER_A_BIRTH = LookAlike(("postpartum", "post partum", "after ~2 the|my birth", "since giving birth",
                           "since having ~2 baby|babies|kids|children|my_son|my_daughter|twins",
                           "baby|son|daughter|twins is|are|s ~1 # weeks|months old",
                           "baby ~2 # weeks|months ago", "since ~3 baby|birth|born",
                           # leaking told of mothers at large (a twenty-third new user): "is that normal for women
                           # after kids?", "common after childbirth"
                           "after ~2 kids|children|babies|childbirth|child_birth|having_kids|having_children|"
                           "having_babies|pregnancy|pregnancies"), anywhere=True,
                          unless=(*LEAK_TOLD_MORE,
                                  "without ~2 realising|realizing|noticing|knowing|feeling",
                                  "{not} ~3 realise|realize|notice|feel"))
# The sight going grey is a near faint's (its own row), not a grey face: "legs went and everything went grey" (a
# twenty-second new user).
GREY_SIGHT = LookAlike(("vision|sight|eyesight|everything|world|eyes went|turned|going|goes|started_going|"
                        "was_going ~3 grey|gray", "it all went|turned ~2 grey|gray"), sense=True, own=True)
# The heat told: a hot day or run, a heatwave, the sun, a temperature in the thirties or above.
HEAT_TOLD = ("heat", "heatstroke|heat_stroke|sunstroke|sun_stroke|heat_exhaustion",
             "hot|hotter|hottest", "heatwave", "heat_wave", "sun", "sunny", "humid*", "scorching", "boiling",
             "sweltering", "baking", "roasting", "tropical",
             "30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45 degrees|c|celsius",
             "30c|31c|32c|33c|34c|35c|36c|37c|38c|39c|40c|41c|42c", "# degrees ~1 heat|sun|outside",
             "80|85|90|95|100|105|110 degrees|f|fahrenheit", "90f|95f|100f")
# A weight told as lost: by amounts, by clothes and belts, by how someone looks.
WEIGHT_LOST = (
    "los*|lost|dropp*|drop|drops|shed*|down ~4 weight|pounds|kilos|kilo|kg|kgs|lb|lbs|stone|size*",
    # "lost the best part of a stone" (lay-redflags39)
    "lost|dropped|shed the best part of|the_best_part_of_a|nearly|almost|over|more_than|getting_on_for ~2 stone|kilos|"
    "pounds|kg|lbs",
    "from a? size # to a? size", "from ~1 # ~2 kg|kgs|kilo|kilos|stone|stones|st|pounds|lbs|lb ~2 to #",
    "weight|weighed|weigh ~4 from ~1 # to ~1 # ~1 kg|kgs|kilo|kilos|stone|stones|st|pounds|lbs|lb",
    "gone|went|dropped|fallen|fell|came_down|slipped|scale* ~4 from ~1 # to ~1 # "
    "~1 kg|kgs|kilo|kilos|stone|stones|st|pounds|lbs|lb",
    # now, then before: "I weigh 92 kg now, was 100 kg in August"
    "weigh|weighing|am|i_am|at ~1 # ~1 kg|kgs|kilo|kilos|stone|st|pounds|lbs|lb ~1 now ,? i_was|was|were|from|"
    "down_from|used_to_be ~1 #",
    "from ~1 # ~2 kg|kgs|kilo|kilos|stone|stones|st|pounds|lbs|lb ~2 to just|about|around|roughly|nearly|almost|"
    "barely|under|below|sub ~1 #",
    "# kg|kgs|kilo|kilos|pounds|lbs|lb|stone down|lighter|off|gone",
    "# ~1 kg|kgs|kilo|kilos|pounds|lbs|lb|stone has|have ~1 gone|disappeared|dropped_off|come_off|fallen_off",
    "a|one|half_a|a_whole stone gone|down|lighter|off",
    # "I was 68 kg in June and I'm 61 now"; "68kg to 61kg"
    "was|weighed # ~1 kg|kgs|kilo|kilos|stone|lbs|pounds ~4 i_am|am|now|weigh|weighing #",
    # ...across the clause mark: "before I was 70 kg, now I am 62 kg"
    "was|weighed # ~1 kg|kgs|kilo|kilos|stone|lbs|pounds ,|and|but now|today ,? i_am|am|i_weigh|weigh|"
    "weighing|only|just #",
    "# kg|kgs|kilo|kilos|stone|lbs|pounds to # kg|kgs|kilo|kilos|stone|lbs|pounds",
    # a log's two numbers, the unit told once: "weight log: 84.1 > 78.6kg over 10 wks" (lay-redflags38)
    "weight|weights|weighed|log|scale|scales .|,? # to # kg|kgs|kilo|kilos|stone|lbs|pounds",
    # "now 61 kg, was 68", "61 now from 68", "68 kg in June and 61 now"
    "now # ~1 kg|kgs|kilo|kilos|stone|lbs|pounds ,? was|from|down_from #",
    "# kg|kgs|kilo|kilos|stone|lbs|pounds? now ,? from|was|down_from #",
    "# ~1 kg|kgs|kilo|kilos|stone|lbs|pounds ~4 and|but ~2 # kg|kgs|kilo|kilos|stone|lbs|pounds? now",
    "tighten*|tightened ~3 belt|drawstring|waistband", "scale ~3 going down",
    # "was about 130 pounds at the start of the season ... he is now 114 and still dropping" (lay-redflags41)
    "is|am|i_am|he_is|she_is|now # ~1 kg|kgs|kilo|kilos|pounds|lbs|lb|stone? ~2 and|,|but still dropping|losing|"
    "going_down|falling",
    "face|cheeks ~3 gone|got|getting|looks|look thin|thinner|gaunt|hollow",
    # told by how someone looks now: "alarmed how thin he's got ... now he's skin and bone" (lay-redflags40)
    "skin and bone|bones", "how thin|skinny|gaunt|frail|bony ~2 got|gotten|become|became|getting|looks|look",
    "strap|belt|watch ~4 new|another|extra hole|notch",
    # "gone down 2 notches on my belt" (an eighth new user's)
    # (a "2" reads as "to" in txt-speak)
    "down|gone_down|went_down|moved|tightened ~2 #|to|two|three|four|a|one|a_few|a_couple_of ~1 notch|notches|holes "
    "on|in my|his|her|the? belt",
    # weights told with their dates: "Weight 82.4 kg on 1 Sept, 76.9 kg on 28 Nov"
    "# kg|kgs|kilo|kilos|lb|lbs|stone on|in ~3 ,|. ~1 # kg|kgs|kilo|kilos|lb|lbs|stone",
    # ...with the second date, so that a newest-first order can be read (triage._falls)
    "# kg|kgs|kilo|kilos|lb|lbs|stone on|in ~3 ,|. ~1 # kg|kgs|kilo|kilos|lb|lbs|stone on|in ~2 "
    "jan*|feb*|mar*|apr*|may|jun*|jul*|aug*|sep*|oct*|nov*|dec*",
    "seamstress|tailor|alterations|dressmaker ~6 take|takes|took|taken|taking ~3 in",
    "take|takes|took|taken|taking my|his|her|the? trousers|jeans|dress|dresses|skirt|skirts|clothes|shorts|"
    "waistband|suit|uniform ~1 in",
    "trousers|jeans|dress|dresses|skirt|skirts|clothes|shorts|waistband|suit|uniform ~2 taken in",
    "scale ~3 dropping|down",
    "came|coming off ~3 weight|pounds|kilos|kilo|kg|kgs|lbs|stone|size*",
    "weight ~3 dropp*|drop|drops|fall*|slid*|slipp*", "weight ~3 came down",
    # "failing to keep my weight above 60 kg no matter how much I eat, it keeps sliding"
    *KEEP_WEIGHT_UP,
    "weight ~8 ,? ~3 keeps|kept|still sliding|slipping|dropping|falling", "weight ~3 go|goes|going|gone|went down",
    "weight ~3 coming off", "weight ~3 reduc*|decreas*", "reduc*|decreas* ~3 weight",
    # "the kilos keep falling off me"
    "kilo|kilos|kg|kgs|pounds|lbs|lb|stone ~3 falling|dropping|coming|melting|dropped|fell|came off|away",
    "unexplained|unintentional|unintended weight loss", "getting thin*",
    "got ~2 thin|skinny|gaunt", "wasting",
    # (a sixth new user: "clothes are falling off me and I haven't changed anything")
    "clothes ~3 loose|baggy|big|hanging|falling", "look* ~2 thin|thinner|skinny|gaunt", "belt ~4 notch*",
    "watch|ring|rings ~3 slides|loose|falls|spins|spin*",
    "trousers|jeans|shorts|skirt*|dress*|tights|leggings|joggers|pants ~3 falling|fall|loose|hanging|baggy",
    "thinner", "lighter", "so|very|too|unbelievabl*|terribly|really thin|skinny|frail|gaunt now",
    "got|getting|gone|become|becoming ~1 so|very|too|unbelievabl*|terribly thin|skinny|frail|gaunt",
)
# What explains a weight loss: training, a bug, a medicine, drink given up, a doctor content, a plateau.
WEIGHT_LOSS_EXPLAINED = (
    TRAINING_LOAD,
    # the loss told as the running's side effect: "Fifty parkruns this month ... One unexpected side effect though - my
    # jeans have gone baggy" (forum49); not with an illness's signs told too
    LookAlike(("side effect|effects",), anywhere=True,
              also=("running", "run", "runs", "parkrun*", "training", "jog*", "marathon*", "miles", "5k|10k"),
              unless=("night sweat*", "fever*", "lump*", "appetite", "{not} ~1 eating|eat ~1 much|anything|properly",
                      "tired all the time", "exhausted", "worr*", "blood", "still ~3 dropping|losing|falling",
                      "keep*|kept ~2 losing|dropping", "# ~1 kg|kgs|kilo|kilos|pounds|lbs|lb|stone in|over # ~1 "
                      "days|weeks", "so fast|quickly")),
    # the weight of a pregnancy coming off after the birth: "was that first stone just baby weight coming off by
    # itself?" (forum41)
    LookAlike(("baby|pregnancy weight", "baby_weight|pregnancy_weight ~3 coming|came|come|gone|going|dropped|"
               "dropping|falling off"), anywhere=True,
              unless=("night sweat*", "fever*", "lump*", "{not} ~1 eating|eat ~1 much|anything|properly|enough|,|.",
                      "no appetite", "{cannot} ~2 eat", "still ~3 dropping|losing|falling",
                      "kept|keep|keeps ~2 losing|dropping")),
    # a doctor's tests told normal and the loss put down to training: "GP did bloods and thyroid, all normal, she put
    # it down to the marathon block and told me to eat more" (lay-redflags27)
    LookAlike(("bloods|blood_tests|blood_test|tests|thyroid|scans ~3 ,? all? normal|fine|clear|all_clear|"
               "came_back_fine",
               "doctor|gp|doc|consultant|she|he ~3 put it down to"), anywhere=True,
              unless=("still|keeps|keep ~4 dropping|losing|falling|going|coming|comes", "more since",
                      "since then ~4 lost|dropped",
                      "night sweat*", "fever*", "lump*", "blood in", "not eating", "no appetite", "worse")),
    LookAlike(("# ~1 kg|kgs|kilo|kilos|pounds|lbs|lb|stone has|have ~1 gone|come|went back? on|up",
               "stone|kg|kgs|kilo|kilos|pounds|lbs gone|come|went back? on|up",
               # a lift's weight: "5 kg has come off my squat"
               "# ~1 kg|kgs|kilo|kilos|pounds|lbs|lb has|have ~1 gone|come|dropped off|from my|the "
               "squat|deadlift|bench|lift|lifts|press|bar|total|pb"),
              sense=True, own=True),  # "8 kg has gone back on": a gain
    LookAlike(("lost|dropped|down maybe|only|about|just? 0.*|1.* lb|lbs|pound|pounds",
               "lost|dropped|down maybe|only|about|just? a|one|1|2|two|half|1.5 "
               "kilo|kilos|kg|kgs|pound|pounds|lb|lbs",
               # a few pounds, under 1% of most adults' weight: "lost 3 pounds over Christmas haha" (the
               # hundred-and-seventeenth review)
               "lost|dropped|down maybe|only|about|just? 3|4|5|three|four|five|a_few|a_couple_of pound|pounds|lb|lbs",
               # the number first: "I was 1.5 lbs down on last week" (forum30)
               "0.*|1.*|a|one|1|2|two|half kilo|kilos|kg|kgs|pound|pounds|lb|lbs down|lighter|off"),
              sense=True, unless=("kilo|kilos|kg|kgs|pound|pounds|lb|lbs every|each|a|per "
                                  "week|month|day",
                                  # a stone lost besides, not one hoped for ("want to lose another stone", forum30)
                                  "lost|dropped|down|shed|losing|dropping ~3 a|half|# ~1 stone|stones",
                                  "a|half|# ~1 stone|stones ~2 lost|gone|down|lighter|off")),
    # A stomach bug explains a few days' loss: "had a tummy bug last week, lost 3 kg and was off
    # my food" (a seventy-second review), unless it goes on.
    LookAlike(("tummy|stomach|sickness ~1 bug|virus", "food poisoning", "norovirus", "gastroenteritis",
               "d_and_v", "vomiting bug"),
              unless=("still", "weeks", "months", "keep* losing", "since then", "without ~2 trying",
                      "this month", "stone")),
    # Explained by a medicine the doctor knows of, or wanted: "good moment to lose more?"
    LookAlike(("medicine|medication|tablets|pills|jab|jabs|ozempic|wegovy|mounjaro ~5 "
               "hungry|appetite|makes_me", "doctor|gp ~2 knows|aware", "to lose more",
               "got it checked", "weight|it came|come back on")),
    # Content with the loss so far: "I'm not trying to lose any more weight, just keep running"
    # (not "...any more, but it keeps coming off").
    LookAlike(("not|no_longer ~2 trying|looking|wanting|want ~1 to lose|drop|shed ~2 any_more|more|"
               "anymore",), anywhere=True, sense=True,
              unless=("keep*|still|but ~3 los*|dropp*|coming_off|falling_off", "without ~2 trying",
                      # a loss that goes on: "yet I've lost another 6kg this month", "7kg in 5 weeks"
                      "yet", "another", "this|last|per month|week",
                      "# ~1 kg|kgs|kilo|kilos|lb|lbs|pounds|stone in|over # ~1 days|weeks|months",
                      "worr*", "unexplained", "night sweats")),
    # An aim, not a loss told: "I'm not trying to lose weight".
    LookAlike(("to lose|drop|shed ~2 weight|pounds|kilos|kg|stone|fat",
               "can|could|will|would|should|do|does i|you|we ~2 lose|drop|shed ~2 "
               "weight|pounds|kilos|kg|stone|fat|it",
               # learners' and Singlish questions drop the subject: "If I jog every day can lose weight or not?"
               # (chat13)
               "can|could|will|help|helps lose|drop|shed ~1 weight|pounds|kilos|kg|stone|fat"), sense=True,
              # (not with a loss told by the look: "friends say I look gaunt lately, I'm not trying to lose weight",
              # the hundred-and-tenth review)
              unless=("look|looks|looking|looked ~2 gaunt|thin|thinner|skinny|drawn|bony", "skin and bone|bones",
                      "how thin|skinny|gaunt",
                      "lost|dropped|shed|down ~3 kg|kgs|kilo|kilos|pounds|lbs|lb|stone|stones|size*",
                      "notch*", "belt",
                      "clothes|trousers|jeans|dress ~3 big|loose|baggy|falling|hanging",
                      "weight ~3 dropp*|falling|coming_off", "but i have lost|dropped",
                      "lighter", "losing ~2 a|# ~1 pound|pounds|kilo|kilos|kg|lb|lbs|stone",
                      "from # ~1 to #", "keep|keeps ~2 losing|dropping|coming_off", "losing it",
                      "am|is|are|been|was|were losing|dropping weight|pounds|kilos|kg",
                      # (a loss told as unexplained or fast beside the question: "can lose weight without trying, 5kg
                      # in 1 month", the hundred-and-twenty-eighth review)
                      "unexplained", "without ~2 trying|reason|meaning",
                      "# ~1 kg|kgs|kilo|kilos|pounds|lbs|lb|stone in|over # ~1 day|days|week|weeks|month|months",
                      "have|has|i_have|that|that_is ~3 lost|dropped ~6 without ~2 "
                      "trying|changing|meaning|reason",
                      "lost|dropped ~8 without ~2 trying|changing|meaning|reason",
                      # no aim can be "without meaning to": "is it normal to drop half a stone
                      # in a month without meaning to?"
                      "without meaning to",
                      "so fast|quickly|much")),
    # A purpose told in a sentence of its own: "Everyone says I'm too thin. I know. It's on purpose" (lay-redflags36)
    LookAlike(("it|that|this|all|which is|was|has_been? ~1 on purpose|deliberate|deliberately|intentional|"
               "intentionally", "i_did_it|i_am_doing_it|doing_it on purpose|deliberately|intentionally"),
              anywhere=True,
              unless=("without ~2 trying", "not on purpose", "wish", "wished", "if only", "hope*",
                      "not deliberate*|intentional*", "worr*", "unexplained",
                      "night sweats", "still ~2 losing|dropping", "keep*|kept ~2 losing|dropping")),
    # A diet changed, told as the reason: "not on purpose really, my cholesterol came back sky high so I changed how
    # I eat" (forum30)
    LookAlike(("changed|changing|change ~2 how|what i|we|he|she ~1 eat|eats|cook|cooks",
               "changed|changing|overhauled|cleaned_up ~2 my|his|her|our ~1 diet|eating",
               "cut|cutting|cutting_right out|down|back ~3 sugar|carbs|takeaways|fried|alcohol|booze|bread|snacks|junk|"
               "crisps|chocolate|sweets|fast_food", "eating ~1 healthier|better|less|clean|cleaner",
               "healthier diet"), anywhere=True,
              unless=("without ~2 changing|trying|meaning", "changed nothing", "nothing ~2 changed",
                      "despite|even_though ~4 eat*",
                      # (not eating less for want of appetite, nor a change said not to explain it all: the
                      # hundred-and-second review)
                      "appetite", "no appetite", "lost|losing|lose ~2 appetite", "appetite ~2 gone|vanished",
                      "not hungry", "{cannot} ~2 eat|face", "{cannot} ~2 explain|account",
                      "{not} ~2 explain|explains|account",
                      "still ~2 losing|dropping", "keep*|kept ~2 losing|dropping", "unexplained", "night sweats")),
    # Explained by the running and eating less: "I've lost weight because I'm running 4 times a
    # week and eating less".
    LookAlike(("because|since|from|with|by ~4 couch|c25k|parkrun|parkruns|run_club|running_club|marathon|5k|10k|"
               "the_gym|gym|exercise|exercising|walking|cycling|swimming",
               "because|since|from|with|by ~4 running|jogging|training|the_running|all_the_running|"
               "eating_less|dieting|cutting_back|calorie_counting|my_diet",),
              unless=(*(p for p in UNINTENDED if p != "without ~2 trying"),
                      "lost|losing|dropped|down ~6 without ~2 trying|changing|meaning|reason",
                      # Someone else's account, doubted: "he says it's from his running".
                      "says|claims|thinks|reckons|insists ~4 from|because|due",
                      "only does|runs|jogs", "look* ~2 thin|gaunt|ill|unwell")),
    # Explained by giving up drink, the commonest cause of a loss "without trying" in
    # runners' posts: "three weeks into dry January and I've dropped 3kg without even trying".
    # (Stems, not "drinking": a look-alike's whole words are left unspelled, and "drinking"
    # must still reach the FAQ's "drink" topic.)
    # The writer's own recent change only: not a teetotaller's, a long-ago quitter's or a
    # husband's (a thirty-fourth review).
    LookAlike(("stopped|quit|quitt*|gave_up|given_up|giving_up|cut_out|cutting_out|knocked ~2 "
               "drink*|booze|alcohol|the_drink*|beer|the_beer|wine|the_wine|the_booze",
               "i am|i_have_been|been off the|off_the ~1 booze|drink*|beer|wine|alcohol",
               "dry january", "dryuary", "days|weeks|months|month sober|dry|alcohol_free"),
              anywhere=True,
              unless=("still losing|dropping", "keep* losing|dropping", "night sweats", "lump*",
                      "look* ~2 thin|gaunt|ill|unwell", "can not|cannot|ca_not explain",
                      "no idea why", "tired all the time", "worr*", "years ago", "# years",
                      "over|more_than|nearly|almost a year", "a|one year ago", "last year", "decade",
                      "long time ago", "long ago", f"in {YEARS}",
                      "12|13|14|15|16|17|18|19|20|21|22|23|24|30|36|eighteen|fourteen|twelve "
                      "months ~1 ago|sober|dry",
                      "{not} ~2 the|that|it ~1 booze|drink*|alcohol|beer|wine", "can not be it|that",
                      "barely|hardly|rarely ~2 drank|drink*", "not much of a drinker",
                      "that can not", "can not be all",
                      "husband|wife|partner|dad|mum|father|mother|he|she|they|son|daughter|brother|"
                      "sister|friend ~3 stopped|quit|gave_up|cut_out|teetotal|sober")),
    # An expectation that did not come true: "I assumed the weight would drop off".
    LookAlike(("assumed|expected|figured|thought|hoped ~9 would|will ~2 drop|come|fall|go|melt",),
              sense=True, unless=("without ~2 trying|meaning|changing|reason",
                                  "but i have|i|i_have lost|dropped")),
    # Checked by a doctor who is content: "the doctor checked her and is happy".
    LookAlike(("doctor|doc|gp|paediatrician|pediatrician|nurse ~6 checked|examined|seen|weighed "
               "her|him|me|them ~6 happy|fine|pleased|not_worried|not_concerned|all_good|normal|"
               "healthy",
               "doctor|doc|gp|paediatrician|pediatrician ~2 is|was|says|said|seems ~2 happy|pleased|"
               "not_worried|not_concerned|fine_with_it"), anywhere=True,
              unless=("still losing|dropping", "keep* losing|dropping", "since then", "again", "worse",
                      "night sweats", "lump*", "tired all the time")),
    LookAlike(("turned out to be", "now treated", "being treated", "stable|steady now",
               "now stable|steady",
               "weight is|has_been|has_stayed ~1 stable|steady"),
              unless=("still losing|dropping", "los*|lost|dropp* ~3 again",
                      "again ~3 los*|lost|dropp*", "getting worse")),
    # A loss that has stopped is a plateau: "why would the weight stop coming off?"
    LookAlike(("stop|stops|stopped|stopping ~2 coming|dropping|falling|going|moving ~1 off|down",
               "stop|stops|stopped|stopping ~1 dropping|falling|moving|shifting|budging",
               "plateau*", "stall|stalled|stalls|stalling"),
              sense=True, unless=("without ~2 trying|meaning|changing|reason",
                                  "still losing|dropping", "keep* losing|dropping", "night sweats")),
    # An illness's loss, over and checked: "couldn't face food for a month ... doctor checked me
    # over, found nothing, and my appetite is back" (lay-redflags33).
    LookAlike(("appetite ~3 back|returned|come_back|came_back|is_back|normal_again",),
              anywhere=True,
              unless=("still losing|dropping", "keep* losing|dropping", "night sweats", "lump*",
                      "worr*", "unexplained", "{not} ~3 back|returned",
                      "without ~2 trying|meaning|changing|reason", "not ~2 trying")),
    # Weight kept on from a pregnancy, which people set out to lose: "my leftover baby weight".
    LookAlike(("baby weight", "pregnancy weight", "post baby|pregnancy|partum weight",
               "leftover|left_over|remaining|last_of_the|last_of_my weight ~4 baby|pregnancy"),
              anywhere=True,
              unless=("without ~2 trying", "not trying", "unexplained", "night sweats", "worr*",
                      "lump*", "{not} ~2 eat*|eating|appetite", "{cannot} ~2 keep ~2 food",
                      # a loss that goes on past it (an eighty-ninth review)
                      "kept|keep|keeps|still ~2 losing|dropping|going",
                      "# ~1 kg|kgs|kilos|pounds|lbs|stone more", "more since", "{not} ~2 dieting")),
    LookAlike(("back up to", "put ~2 back on", "back to my|his|her usual|normal weight", "water weight",
               # "most of it's crept back on" (forum29)
               "it|weight|pounds|kilos|kg|stone|lbs|most_of_it|all_of_it|half_of_it|the_lot ~2 crept|creep*|piled|"
               "come|coming|came|gone|went ~1 back on|up", "crept|creeping|piled back on",
               "after ~3 marathon|race|ultra|half",
               # "lost over 90 lbs ... stepped on the scale: 24 lbs back on" (scope21)
               "# ~1 kg|kgs|kilo|kilos|lb|lbs|pounds|stone back on", "regain*", "gained|gain|gaining ~4 back"),
              anywhere=True,
              # (not a loss that goes on past it: "put a kilo back on but it's still dropping")
              unless=("still|kept|keeps ~3 dropp*|los*|coming_off|fall*", "dropp*|los*|coming_off|fall* ~2 again",
                      "again ~2 dropp*|los*|coming_off|fall*",
                      # a regain in the past, then a loss nobody tried for: "always put it back on, and now I've
                      # dropped nearly a stone in six weeks without dieting at all" (lay-redflags46)
                      "without ~2 trying|dieting|diet|meaning_to", "{not} ~2 dieting|trying",
                      "eating|eat the same", "no change in|to ~2 diet|eating|what_i_eat",
                      "{not} ~2 changed ~2 diet|eating|anything|a_thing")),
)

HEARTBURN = ("heartburn", "indigestion", "burning ~3 chest|throat|sternum")


def gut_heartburn(not_heart: tuple[str, ...] = ()) -> LookAlike:
    """A gut's reflux from what was eaten, with nothing of the heart told: "heartburn during my long run from the
    gels", or only guessed at, "is it the gels giving me heartburn?" (scope18); unless it sits in the chest, is
    brought on by hills and eased by rest, or comes with weakness, a faint, sweat or the arm (BHF). `not_heart`:
    words that are no such sign for this row (dizziness after dinner is no heart's)."""
    unless = (*RELIEF, "up hills", "uphill", "hills", "stairs", "every time i run",
              # new to the writer, not new gels or shoes (the hundred-and-third review)
              "brand new to me", "new to me", "new for me", "it|is|feels new", "heartburn|it|this ~2 new thing",
              "never had ~3 before",
              "does nothing", "do nothing", "not helping", "no help",
              "chest", "arm", "arms", "jaw", "weak", "faint*", "dizzy", "sweat*", "clammy",
              "grey", "gray", "breath*", "breathless*", "pressure", "tight*")
    return LookAlike(("gel", "gels", "reflux", "gerd", "gord", "antacid*", "gaviscon", "rennie*", "tums",
                      "spicy", "curry", "after ~3 eating|dinner|lunch|breakfast|meal|meals|coffee",
                      "from ~2 coffee|curry|food|dinner|lunch|breakfast|gels|gel|caffeine|spicy", "pregnan*"),
                     anywhere=True, sense=True, unless=tuple(u for u in unless if u not in not_heart))


# A shock at a sight or news, as people say it: "my heart skipped a beat when I saw my marathon time", "nearly fainted
# when she saw the race photos" (a twenty-fifth new user); not on a run ("fainted when I saw the finish line").
# (a sight or news, not "when I got home from my long run", "when I looked at my watch": the hundred-and-sixth)
EMOTIONAL_SHOCK = LookAlike(("nearly|almost|could_have|could_of|i_could|i_nearly ~1 fainted|faint|died|passed_out|"
                             "keeled_over|collapsed ~1 when|as|at ~3 saw|see|seeing|heard|hear|read|reading|news|"
                             "sight|bill|price|photo|photos|pictures|results|result",
                             "heart ~2 skipped|skip|skips|missed a? beat? ~3 when|as|at ~3 saw|see|seeing|heard|hear|"
                             "read|reading|news|sight|result|results|photo|photos|email|message|text|name",
                             # a fright told after what was seen: "first pee afterwards was pinkish red and my heart
                             # skipped." (lay-redflags46)
                             "and my|his|her heart skipped|missed|sank|stopped a_beat? ,|.|lol|haha|😂",
                             "saw|seeing|see|read|opened|checked|looked_at ~6 and my|his|her heart skipped|missed|"
                             "sank|stopped"),
                            # (told during a run or at its finish, or at the body's own reading, it is no news:
                            # "almost fainted when I saw my heart rate at 200 on the treadmill"; but not any "run" in
                            # the message, "when I saw the results of my run", the hundred-and-seventh review)
                            sense=True, unless=("at|after|crossing|over|near|past the finish", "finish line ~4 "
                                                "collaps*|fell|floor|ground|medic*|tent", "during|mid|on|on_my|on_the "
                                                "run|race|jog|long_run|treadmill", "while|when running|jogging|racing",
                                                "heart_rate|hr|pulse at|hit|hitting|over|above|of|was #",
                                                "heart_pounding|heart_racing",
                                                "treadmill", "rails|rail", "chest", "dizzy",
                                                "again", "keeps", "kept", "flutter*", "keep happening", "floor",
                                                "ground", "hold me up", "could not stand", "{cannot} stand"))


# A thing dropped or fallen, not a person: "I dropped my phone on my run and it fell in a puddle" (an eighth new
# user's).
THING_DROPPED = LookAlike(("drop|drops|dropped|dropping my|his|her|a|the ~1 phone|keys|key|bottle|water_bottle|gel|"
                           "gels|watch|headphones|earbuds|earbud|airpods|bag|card|hat|glove|gloves|sunglasses|glasses",
                           "phone|keys|bottle|watch|gel|gels|headphones|earbuds|airpods|it|they fell|fallen|dropped "
                           "~2 in|into|out|off|down|under|onto|on"), own=True, sense=True,
                          unless=("i|he|she|we|then|and|also fell|slipped|tripped|went_down|went_flying",))


# What makes a fall told beside another sign ordinary: the fall rows' own look-alikes, and a fall long ago told in
# other words ("a few months ago", "back in March": the ninety-sixth review); the older-fall rows and fall-legs share
# them (a copy left one out: the hundred-and-eighth review).
FALL_ORDINARY = (
    THING_DROPPED, ASLEEP, NO_FALL_TOLD, RUNNERS_SLEEP, NO_BODY_CRASHED, BIKE_LEG_DONE, CAR_CRASH_IDIOM, AUTUMN,
    NOT_A_FALL_TOLD,
    FALL_CHECKED, FALL_LONG_AGO,
    CHECKED_BY_DOCTOR,
    LookAlike(("fell|fall|falls|tripped|slipped|tumble ~4 few|couple_of|several|# months|weeks ago",
               "fell|fall|falls|tripped|slipped|tumble ~4 back in january|february|march|april|may|june|july|august|"
               "september|october|november|december|spring|summer|autumn|winter"),
              own=True, unless=("again", "today", "yesterday", "last night", "this morning",
                                "since ~2 then|it|that|fall", "worse")))


SIGNS: tuple[Sign, ...] = (
    # Numbness in the saddle area (cauda equina).
    Sign("saddle-numbness", "saddle", E, NUMBNESS, site=SADDLE_AREA, near=8,
         # (the chest too: "chest feels like someone sitting on it" is the chest's, a fifth new user's trial)
         elsewhere=(*LEGS, "arm", "arms", "hand", "hands", "finger*", "face", "lip*", "chest", "heart", "ribs",
                    "breastbone", "sternum"), look_alikes=(
        ONE_BUTTOCK_DOWN_LEG, ONE_BUTTOCK_SCIATIC,
        # the bottom of a foot, not the bum: "a weird numbness in the bottom of my right heel" (lay-redflags49)
        LookAlike(("bottom|bottoms|underside of ~1 my|the|his|her|your|both|each ~1 left|right? heel|heels|foot|feet|"
                   "toe|toes|big_toe|shoe|shoes|trainer|trainers|sole|soles|calf|shin",), sense=True, own=True),
        # a weight on the back told as sitting on it: "still feels like there's pressure sitting on it" (forum44)
        LookAlike(("like|as_if|as_though ~2 pressure|weight|something|brick|rock|stone|anvil|elephant ~1 sitting|sat "
                   "on it|me",
                   "like|as_if|as_though ~2 pressure|weight|something|brick|rock|stone|anvil|elephant ~1 sitting|sat "
                   "on my|his|her|the lower|low? back|spine|shoulders",
                   # (a person told on the back: "like someone is sitting on my lower back", review123)
                   "like|as_if|as_though someone|somebody|a_person ~1 sitting|sat|standing|kneeling on my|his|her|the "
                   "lower|low? back|spine"), sense=True, own=True,
                  unless=("numb*", "tingl*", "{cannot} ~2 feel", "no feeling", "wip*")),
        # a weight on the chest told as someone sitting on it is the chest's pressure, not a numb seat
        LookAlike(("chest|heart|ribs|breastbone|sternum ~4 like|as_if|as_though ~3 sitting|sat|standing|kneeling on",
                   "like|as_if|as_though ~3 sitting|sat|standing|kneeling on ~2 my|his|her|the? chest|ribs"),
                  sense=True, unless=("bum", "buttock*", "groin", "between my legs", "down there", "wip*", "saddle")),
        # skin numbed by the cold and thawed since, with no back or bladder told: "my backside went completely numb
        # from the cold ... everything thawed fine once I was home" (forum30)
        LookAlike(("numb* from|with|in|because_of the? cold|freezing|frost|wind|windchill|chill",
                   "thawed|thawing|defrosted ~3 fine|ok|okay|out|again|once|when|after",
                   "minus # ~4 numb*",
                   # ...or by an ice pack sat on, told in the next sentence: "My butt is numb. Relax, it's because I'm
                   # sitting on an ice pack" (forum40, lay-redflags46)
                   "sat|sitting|sit on ~4 ice|ice_pack|ice_packs|icepack|frozen_peas",
                   "iced|icing ~2 my|his|her? glute|glutes|bum|butt|backside|bottom|hamstring|hamstrings|cheek|cheeks"),
                  anywhere=True,
                  # (not a runner's warm-up, nor numb still: "numb ever since, 2 days now", the hundred-and-second
                  # review)
                  unless=(*BACK_TOLD, "still ~3 numb*|tingl*|dead", "bladder", "pee*", "wee", "wees", "toilet", "loo",
                          # (a simile of the ice: "feels like sitting on a bag of ice down there", review123)
                          "like|as_if|as_though ~3 sitting|sat on",
                          "weak*", "{not} ~2 thawed|warmed|come_back|came_back", "numb* now", "ever since",
                          # (numb for days, not the run's date: "on my 10k 3 days ago, thawed out fine": the
                          # hundred-and-third review)
                          "for|numb|been ~2 # days", "days now", "since ~2 then|yesterday|monday|tuesday|wednesday|"
                          "thursday|friday|"
                          "saturday|sunday|last")),
        # a hedged feeling that is a muscle's or the weather's: "my groin feels a bit weird, like tight and pulled",
        # "my bum cheeks feel really cold in these thin shorts" (the hundred-and-fifteenth review)
        LookAlike(("like|sort_of|kind_of|a_bit ~2 tight|pulled|achy|stiff|bruised|tender|worked",
                   "after ~4 lunges|squats|squat|deadlift*|leg_day|sprints|workout|doms|glute_bridges",
                   "cold ~4 shorts|tights|bench|seat|weather|winter|wet|rain|snow|ice|wind|outside|frost*"),
                  unless=("numb*", "tingl*", "{cannot} ~2 feel", "pins and needles", "far away", "no feeling",
                          "bladder", "pee*", "wee", "toilet", "bowel*", "wip*", "since my back", "back went",
                          "still ~3 cold|numb*|weird")),
        # a pain told dull and absent: "the pain in my buttock is dull and not there most of the time"
        LookAlike(("pain|ache|aches|aching|twinge* in|on my|the ~2 buttock*|bum|bottom|cheek|thigh|groin ~1 is|are "
                   "dull",), sense=True, own=True),
        # Muscles that do not fire ("dead butt", gluteal amnesia), not skin that cannot feel: "my bum muscles have
        # gone to sleep from sitting all day".
        # (the muscles named, never numb skin told beside them: a seventy-fourth review)
        LookAlike(("bum|butt|bottom|glute|glutes|gluteal|buttock|buttocks ~1 muscle|muscles ~4 sleep|asleep|"
                   "switched_off|switch_off|not_firing|lazy|dormant|inactive|not_working",
                   "glute|gluteal amnesia"), sense=True, own=True,
                  unless=("numb*", "tingl*", "pins and needles", "no feeling", "{cannot} ~2 feel", "back passage",
                          "between my|his|her legs", "bladder", "bowel*", "since my back", "back went")),
        LookAlike(("ice pack", "ice packs", "frozen peas", "sitting on ice"),
                  unless=("like|as_if|as_though ~6 ice|frozen|peas", "between {my}? legs", "wip*",
                          # (numb past the ice: "bum is still numb an hour later", "numb all day": the seventeenth
                          # review of this round)
                          *STILL_NUMB, "all day", "# hours|hour later", "an hour later")), NUMBING,
        # "My leg went dead sitting on the toilet": the leg is what went numb, the seat is where.
        # A backside gone bony after weight loss: "like I'm sitting on my tailbone" on hard chairs.
        LookAlike(("sitting|sit|sat on my|the ~1 tailbone|bones|sit_bones|sitbones", "bony", "no padding"),
                  unless=("numb*", "tingl*", "{cannot} ~2 feel", "pins and needles",
                          "no|lost|loss ~2 feeling|sensation",
                          "dead", "wip*", "groin", "back passage", "down there", "between ~2 legs")),
        # ...or fallen asleep on it: "my foot falling asleep on the toilet this morning" (scope22)
        LookAlike(("leg|legs|foot|feet ~4 sit|sits|sitting|sat on",
                   "leg|legs|foot|feet ~2 fall*|fell|gone|went|goes ~1 asleep|dead"), sense=True,
                  unless=("between {my}? legs", "groin", "saddle", "down below", "wip*", "genital*", "crotch")),
        # Numbness that stays through a ride and goes after: "it wasn't going away on the ride but was fine by evening".
        LookAlike(("not ~1 going|wear* away|off while|during|on|when ~6 but ~4 fine|gone|normal|better|ok|okay",),
                  sense=True, also=BIKE,
                  unless=("still", "days", "not gone", "getting worse", "fall*", "fell", "crash*", "accident",
                          "since my back", "back went")),
        LookAlike((*BIKE, "numb|dead bum|butt|backside|arse syndrome", "no actual numbness", "dead butt|bum",
                   "gluteal amnesia", "glute* ~3 asleep|amnesia|firing|switched_off|lazy",
                   # (journeys told in the plural too: "my bum goes numb on long car journeys", a twenty-eighth new
                   # user)
                   "goes|gets|went|go numb on|during|in the? ~3 drive|drives|journey|journeys|flight|flights|commute|"
                   "commutes|trip|trips",
                   # the seat's cause told after it: "the numb patch on my bum from the six hour drive" (lay-redflags47)
                   "numb|numbness ~6 from|after the|a|my|that ~3 drive|drives|journey|journeys|flight|flights|commute|"
                   "trip|car_ride|coach_trip|road_trip"),
                  # ("still" of the numbness, not "should I still run"; and never numb again since: the
                  # hundred-and-tenth review)
                  unless=(*STILL_NUMB, *NUMB_AGAIN, "not gone", "getting worse", "has not ~2 come back",
                          # a bike only as the comparison: "numb like ive been sat on a bike for hours" (a fifth new
                          # user's trial)
                          "like|as_if|as_though i|i_have|i_had|i_would|someone|somebody|you ~5 bike|bikes|saddle|"
                          "horse|cycling|ridden|riding",
                          # numb for days, not a day of the week named ("more riding on my non-run days",
                          # lay-redflags43)
                          "for|numb*|been|few|couple_of|several|two|three|four|# ~2 days", "days now|later|since",
                          "since my back",
                          "for ~3 week|weeks|month|months",
                          "a|# week|weeks|month|months now",
                          "ever since ~4 ride|rides|riding|saddle|bike|cycling|sportive",
                          # numb on a run today, whatever bike a past crash named (a sixty-fifth review)
                          "numb*|tingl* ~3 today|now ~2 on|during|after my|a|the run|runs|long_run",
                          "numb*|tingl* ~3 on|during|after my|a|the run|runs|long_run",
                          "never ~2 come|came back", "since the|my|that ~2 ride|rides|sportive|spin|session|class",
                          # "I assumed it would go away after the bike ride but it hasn't".
                          "but it|they has|have|did not ?|,|.",
                          "has|have|did not ~2 gone_away|go_away|worn_off|wear_off|gone|stopped|eased|cleared|"
                          "improv*|got_better|get_better|better",
                          "would ~3 go|wear ~1 away|off ~8 but",
                          "since ~2 weekend|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
                          "since my|the|a|her|his|our ~2 ride|rides|run|race|session|class|sportive|spin|event|"
                          "commute ~1 on|at|last? the? weekend|yesterday|monday|tuesday|wednesday|thursday|friday|"
                          "saturday|sunday",
                          # still there now: "isn't going away and it's day 4 now", "even when she's off the bike"
                          "numb*|tingl*|feeling|it ~8 not ~1 going|wear* away|off",
                          "day|days # now|today",
                          "even when|though i_am|she|he|they|we|you|i|she_is|he_is|they_are|we_are|you_are|not off "
                          "the|my|her|his bike|saddle", "even off the|my|her|his bike|saddle",
                          "{not} ~3 cycl*|bike|biking|ridden|riding|rode", "only running", "no cycling|bike")),
        # A seat's: the bum numb or tingling while sitting at a desk, on a hard chair, in the car (a twenty-sixth new
        # user: "my bum goes numb when i sit at my desk all day"), never the area between the legs or more told.
        LookAlike(("when|while|if|whenever|after i|you ~1 sit|sat|sitting ~4 desk|chair*|work|office|sofa|couch|"
                   "car|hard|long|all_day|for_hours|too_long", "sitting ~3 all_day|for_hours|too_long|at_my_desk|"
                   "at_work|at_a_desk|on_hard", "desk|office chair* ~3 all_day|for_hours"),
                  # (each told of the numbness, not anywhere: "ordered a new chair this week" or "still enjoying my
                  # running" leave it the seat's, the hundred-and-eighth review; back pain told with it does not)
                  unless=("still numb*|tingl*|there|dead", "not gone", "getting worse", "for|numb|been ~2 # days",
                          "days now", "for ~2 week|weeks|a_week", "bladder", "pee", "wee", "bowel*", "wip*",
                          "toilet paper", "between ~2 legs", "groin", "genital*", "privates", "crotch", "down there",
                          "inner thigh*", "thighs", "both legs", "since my back", "back went",
                          "even when i_am? ~1 stand*|walk*|lying",
                          "back|backache ~3 hurt*|pain*|ache*|aching|agony|killing|sore|bad|worse", "back pain",
                          # the feeling not one's own, in the middle where one sits (lay-redflags21)
                          "{not} ~1 mine", "not my own", "someone else*", "in the middle", "where you|i|we sit",
                          "{not} ~3 go_away|wear_off|goes_away|wears_off",
                          "{not} ~2 go|goes|stop|stops ~3 when|after|once i? ~1 stand*|get_up|walk*", "stays",
                          "all the time", "constant*")),
        # the bike's saddle named, not the body's area, with a bike told: "Bike messenger ... my bits go numb from the
        # saddle, it wears off" (never a horse's, a fall from it or a numbness that lasts: the ninety-fourth review)
        LookAlike(("from|off the|my saddle ,|.|and|after|when|while|during|it|every|if|for|all",),
                  also=("bike", "bikes", "cycling", "cyclist*", "courier", "messenger", "spin class", "sportive"),
                  unless=("horse*", "pony", "ponies", "hack*", "hacking", "jockey", "riding school", "stable*",
                          "fell|fall|falls|fallen|thrown|came_off", "still", "not gone", "getting worse", "days",
                          "for ~3 week|weeks|month|months",
                          "a|# week|weeks|month|months now",
                          "ever since ~4 ride|rides|riding|saddle|bike|cycling|sportive",
                          "since ~2 yesterday|weekend|last_night|"
                          "this_morning", "bladder", "pee", "wee", "bowel*", "wip*", "{not} ~2 gone_away|go_away|"
                          "worn_off|wear_off|gone|stopped")),
        # (A numbness that takes hours to fade, or comes after every long run, is no seat's: "numbness between my
        # legs after the 28k, goes away after a couple hours", a thirteenth new user.)
        LookAlike(WORE_OFF, unless=(*STILL_NUMB, *NUMB_AGAIN, "not gone", "getting worse",
                                    "away|off after|within ~3 hour|hours|hrs",
                                    "every|each ~2 run|runs|long_run|long_runs", "whenever i run",
                                    # what usually wears off has not this time: "normally it goes the second I
                                    # stand up, but this time it's been there since yesterday"
                                    "this time", "been there", "since ~2 yesterday|last_night|this_morning|"
                                    "the_weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
                                    "used to", "anymore", "any_more", "no longer", "now it|it_now ~1 stays|lasts",
                                    "stays|stayed|last* ~3 hours|hrs|days|all_day|all_night")),
        # Numbness that lasts only as long as the seat: "it isn't going away until I stand up".
        LookAlike(("{not} ~1 going|wear* away|off until|till i|she|he|you ~1 stand*|stood|get|got|stop|walk*|move*",),
                  sense=True, unless=("still", "not gone", "getting worse", "days")),
        # Over, in a sentence of its own: "took them off and the feeling came back, all normal now".
        LookAlike(("all normal now", "feeling ~3 came|has_come back", "back to normal",
                   # "was fine once I stood up", "went once I walked round the services", "the feeling returned
                   # within a couple of minutes of standing up" (the hundred-and-tenth review)
                   "fine|ok|okay|normal|gone|better|went|passed|wore_off once|when|as_soon_as|after i|we|you ~1 "
                   "stood|stand|got_up|get_up|got_out|get_out|walked|walk|moved|move|landed",
                   "feeling|sensation ~1 returned|came_back|come_back|was_back ~6 standing|walking|stood|walked|"
                   "getting_up|got_up|moving|moved|getting_out|got_out",
                   # ...back as soon as they moved: "went numb over the Pacific and came right back once I walked off
                   # the plane", "came straight back once I got out and walked round the services" (lay-redflags40)
                   "came|comes|come ~2 back once|when|as_soon_as|after i|we|you|she|he ~1 walked|walk|stood|stand|"
                   "got_out|get_out|got_up|get_up|moved|move|landed|land",
                   "walk|walked|walking|stood|got_out|got_up|landed ~8 it|feeling|sensation all? comes|came back",
                   "feeling|felt normal by"), anywhere=True,
                  unless=(*STILL_NUMB, "again", "not gone", "getting worse", "keeps")),
        # Clothes that press: "compression shorts a size too small".
        LookAlike(("too tight|small", "a size ~2 small|tight", "compression shorts|tights|leggings|pants",
                   "tight ~2 shorts|tights|leggings|underwear|pants|knickers|briefs|boxers|jeans"),
                  unless=("still", "not gone", "getting worse", "days")),
        # From the buttock down the leg is sciatica's path (the leg rows judge it), not the saddle.
        LookAlike(("from ~3 bum|buttock*|butt|glute*|backside|bottom|hip ~6 leg|legs|thigh|calf|foot|knee",),
                  unless=("groin", "genital*", "privates", "crotch", "wip*", "toilet paper", "between my legs",
                          "saddle", "both", "cheeks")),
    )),
    # Bladder and bowel: control lost, trouble starting, no feeling of a full bladder.
    Sign("bladder-control", "bladder", E, (
        "leak*", "dribbl*", "incontinen*", "wet|wetting|wets ~2 myself|pants|shorts|underwear|knickers",
        # a loss told with "no", the "no" its own word and so no denial: "I have had no bladder control since this
        # morning" (a twenty-first new user); "no problems with bladder control" still denies
        "no|zero bladder|bowel control", "no|zero control ~2 bladder|bowel|bowels|wee|pee|toilet",
        # the organ itself failing: "bladder not working since back went" (a twenty-fifth new user)
        "bladder|bowel|bowels ~2 not|stopped|stop|has_stopped working|functioning",
        # found afterwards: "his trousers were wet twice... he didn't even know he'd gone" (not shorts wet at a
        # water station)
        "trousers|pants|shorts|underwear|knickers|bed|sheets ~1 were|was|are|is|got|been|keep_getting wet",
        # found so, unnoticed: "just got home and found my boxers wet and i genuinely didnt notice it happen"
        # (lay-redflags37)
        "found|noticed|find|notice my|his|her|the ~1 boxers|briefs|undies|underwear|pants|knickers|trousers|shorts|"
        "leggings|tights|jeans|joggers ~1 wet|soaked|damp|soaking",
        "{not} ~2 know|knew|realise|realize|notice|noticed ~2 he|she|i|they ~1 had|would|have|has? gone|been|wet|peed",
        "myself ~2 wet",
        # unnoticed until after: "I'm going and not realising until I'm already wet" (lay-redflags49)
        "{not} ~1 realising|realizing|noticing|knowing|feeling ~4 until|till ~3 wet|soaked|damp|soaking|wet_through",
        "already|completely|totally wet|soaked|damp ~3 before|until|by_the_time",
        "waterworks ~3 gone|going|went rogue|haywire|wrong|crazy|mad|funny",
        "no|without warning ~4 wet|leak*|pee*|wee*|accident*", "wet|leak*|pee*|wee*|accident* ~4 no|without warning",
        "peed|pissed|soiled|pooed|pooped|messed|peeing|pissing|weeing|pooing|pooping myself|herself|himself|themselves",
        "wet|wetting|wets ~2 herself|himself|themselves", "wee|pee|urine ~3 came|come|comes|leaked|leaking ~2 out",
        "accident* ~3 toilet|pants|myself|number_two*|poo*|bowel*|trousers|knickers|shorts|underwear|undies|"
        "boxers|leggings|tights|jeans", "accident* ,? bowel*|bladder|poo*|wee|pee",
        # Accidents that keep happening are the toilet's ("he's been having accidents"); a crash
        # with back pain is urgent as well (the fall rows).
        "keep|keeps|kept|been|started|start|starting having accidents",
        "had|has_had|have_had a? couple|few|some|two|three of? accidents ~3 at|in school|class|bed|night|work",
        "{not} ~3 feel|felt|notice*|sense* ~2 it coming", "bowel|bladder|toilet|poo|poop accident*",
        # Noticed only once it had started: "I only realised when it was already coming out".
        "only realis*|realiz*|notic*|knew ~3 when|once|after ~4 already ~2 coming_out|come_out|wet|leak*|peeing|weeing|"
        "peed|weed",
        # "stopped being able to feel when I need a poo"
        "{cannot} ~1 feel|tell|sense|notice ~2 when|if|whether i ~1 need|want ~2 poo|pee|wee|toilet|loo|go|bathroom",
        "stopped_being_able_to|no_longer ~1 feel|tell|sense|notice ~2 when|if i ~1 need|want ~2 poo|pee|wee|toilet|"
        "loo|go|bathroom",
        "lost|losing|lose|no|loss ~2 control ~3 bladder|bowel*|pee*|wee*|urin*|toilet|poo*",
        "not ~2 control ~3 pee*|wee*|urin*|bladder|bowel*|toilet|poo*",
        "{cannot} ~2 control ~3 pee*|wee*|urin*|bladder|bowel*|toilet|poo*", "bladder|bowel* ~2 control",
        "{cannot} stop ~2 pee*|wee*|urinat*|it|flow", "come|comes|came|coming|go|goes|went out ~2 alone|itself|own",
        # Pidgin: "urine dey pass by itself"
        "urine|piss|pee|wee|poo|shit ~1 pass|passes|passing|comes|coming|leak|leaks ~2 by_itself|on_its_own",
        "without noticing|realising|realizing|knowing|feeling",
        "{not} notice|realise|realize|feel ~3 pee|wee|wet|myself|going|until_after*",
        "{cannot} ~ hold ~2 it|pee|wee|piss|urine|bladder|bowel*", "lost|lose|losing ~3 wee|pee|urine",
        # (a sixth new user: "cant hold my poo anymore since my back pain started"; "a couple of accidents with my
        # bladder since my back went"; "I didn't feel I needed the loo and then I'd peed")
        "{cannot} ~ hold ~2 poo|poos|poop|number_twos|stool|stools|it_in",
        "accident|accidents with|of|from my|the|his|her ~1 bladder|bowel|bowels|waterworks",
        "{not} ~1 feel|felt ~4 need|needed|needing ~3 loo|toilet|bathroom|pee|wee|go ~8 peed|wet|weed|pissed|leaked|"
        "gone",
        "sudden* ~2 urge*", "urgen* ~3 pee|wee|go|toilet|loo|bladder", "rush* ~3 toilet|loo|bathroom",
        # Told by a carer who notices: "I smell urine on her and in her laundry".
        "smell* ~3 urine|pee|wee|wet",
        "urine|pee|wee ~3 without ~2 my|any|his|her? control", "wake|wakes|woke|waking|woken up? wet",
        # "had to change my trousers at work and didn't know till I saw it"
        "change|changed|changing ~2 trousers|pants|underwear|knickers|boxers|clothes ~6 {not} ~1 "
        "know|notice|realise|realize|feel ~2 till|until",
        "change|changed|changing ~2 trousers|pants|underwear|knickers|boxers|clothes ~4 , ~2 {not} ~1 "
        "know|notice|realise|realize|feel ~2 till|until",
    ), site=(*PEE, "bowel*", "poo*", "stool", "pants", "underwear", "myself", "himself", "herself", "themselves", "wet",
             "boxers", "briefs", "undies", "leggings", "tights", "jeans", "joggers",
             "trousers", "knickers", "boxers", "incontinen*", "leak*",
             "dribbl*", "it", "going", "control", "accidents"), near=6,
         look_alikes=(
                      # a bed wet after a night's drinking: "wet the bed without knowing after 12 pints" (the
                      # hundred-and-nineteenth review), not with the back's pain, numbness or weak legs
                      LookAlike(("wet|wetting|wets the|my|his|her bed",), own=True, sense=True,
                                also=(*DRINK_OR_RIDE[:10], "stag do|night|party", "hen do|night|party", "booze*",
                                      "hammered", "wasted", "smashed", "legless", "shots", "drinking", "night out",
                                      # a drink spilt: "knocked my water bottle over and wet the bed"
                                      "spilt|spilled|knocked|tipped ~4 bottle|glass|cup|drink|water"),
                                unless=("back ~2 pain*|hurt*|ache*|aching|agony|sore|killing|spasm*",
                                        "my|his|her|the|lower|low back", "numb*", "tingl*", "weak*",
                                        "{cannot} ~2 feel", "again and again", "every night", "sober")),
                      # a thought, not a bladder: "now I can't stop thinking about it" (forum37)
                      LookAlike(("{cannot} ~1 stop thinking|worrying|laughing|smiling|crying|talking|checking|"
                                 "wondering|eating|looking|refreshing|reading|obsessing",), sense=True, own=True),
                      LookAlike(("no|zero bladder|bowel control issue|issues|problem|problems|trouble|troubles|"
                                 "worries|concerns|changes",), sense=True, own=True),
                      # a habit of the body done unnoticed: "tensing up without realising" (forum40)
                      LookAlike(("tens*|clench*|hunch*|slouch*|frown*|grind*|grit*|shrug*|lean*|holding_my_breath|"
                                 "overstrid* ~3 without realising|realizing|noticing|knowing",), sense=True,
                                unless=("pee*", "wee*", "urin*", "wet", "leak*", "bladder", "bowel*", "poo*")),
                      LookAlike(("nothing wrong with my|the? bladder|bowel|bowels ~1 control",), sense=True, own=True),
                      HYDRATION_BLADDER, OTHERS_HISTORY,
                      # a relative's outcome after an operation, told as the writer's fear: "My aunt ended up
                      # incontinent after her back operation and now every twinge makes me picture the same" (letters5)
                      LookAlike((f"{RELATIVES} ~3 ended_up|was_left|became|been_left ~1 incontinent|paralysed|"
                                 "paralyzed ~4 after ~3 operation|op|surgery|surgeries",), own=True, sense=True,
                                unless=("today", "yesterday", "this morning", "last night", "since yesterday",
                                        "this week")),
                      # a gait told by a simile: "walking round like I've pooed myself" (lay-redflags36)
                      LookAlike(("walk*|waddl*|hobbl*|shuffl*|mov*|look|looks|looked|stand*|bent ~3 like|as_if|"
                                 "as_though i|he|she|you|someone|somebody ~2 pooed|pooped|soiled|wet|messed|peed|shat|"
                                 "pissed",), sense=True, own=True,
                                # (not when it had happened: "because I had, I didn't feel it at all")
                                # (the deed told, not a run: "because I did 20 miles yesterday", the
                                # hundred-and-third review)
                                unless=("because i|he|she had|did ,|.|and|but|i", "because i|he|she had|did not ~2 "
                                        "feel|notice|know", "actually|really|genuinely ~2 had|did|wet|peed",
                                        "{not} ~2 feel|felt|notice|noticed ~2 it|a_thing|myself", "leak*")),
                      # the last drops after a wee, with no back told (post-micturition dribble, common in men: NHS,
                      # "Urinary incontinence": "a few drops after going", lay-redflags36)
                      LookAlike(("few|couple|some|last ~2 drops ~3 after ~2 going|peeing|weeing|a_wee|a_pee|i_pee|"
                                 "i_wee|i_go|i_have_been|the_toilet|the_loo|finishing|urinating",
                                 "after dribble|dribbling", "post void|micturition dribbl*",
                                 "dribbl*|drip*|leak* ~3 after ~2 going|peeing|weeing|i_pee|i_wee|i_go|i_have_been|"
                                 "finishing|urinating|a_wee|a_pee"),
                                unless=(*BACK_TOLD, "numb*", "tingl*", "weak*", "{cannot} ~3 feel", "no warning",
                                        "without warning", "sciatica", "all day", "through the day",
                                        # (the leak unnoticed, or since an injury; not "I don't know why",
                                        # "didn't notice it before I turned 50", a wee "all the time" or since a
                                        # marathon: the hundred-and-third review)
                                        "constantly", "{not} ~2 feel|notice ~1 it ~2 happen*|coming|come|till|until",
                                        "{not} ~2 know|notice|realise|realize ~1 until|till|when|i_had|i_have|i_was",
                                        "since ~3 fall|accident|crash|injury|op|operation|surgery")),
                      # a simile: "I looked like someone trotting urgently to the loo" (forum27)
                      LookAlike(("like|as_if|as_though someone|somebody|a_person|a_man|a_woman|a_toddler|a_penguin ~4 "
                                 "urgently|desperate|desperately|bursting|dying ~3 loo|toilet|bathroom|wee|pee",),
                                sense=True, own=True),
                      # Clothes wet from water met on the way, in the same sentence: "my shorts got wet in the river
                      # crossing" (a sixty-third review), unless the wetness came unnoticed.
                      LookAlike(("river*", "stream*", "puddle*", "ford", "bog*", "crossing", "swim*", "sea", "lake",
                                 "snow", "splash*", "spilt", "spilled", "spill*", "mud*", "wading", "paddl*", "pool",
                                 "fountain", "triathlon"),
                                unless=(*LEAK_TOLD_MORE, "no idea", "{not} ~2 know|knew|notice*|realis*|realiz*|feel",
                                        "without ~2 realising|realizing|noticing|knowing", "myself", "himself",
                                        "herself", "themselves", "pee*", "wee*", "urin*", "leak*", "accident*",
                                        "smell*")),
                      # A small child or a pet learning: "the toddler keeps having accidents since potty training".
                      LookAlike(("toddler*", "potty", "toilet train*", "house train*", "puppy", "puppies", "kitten*",
                                 "nappy", "nappies", "diaper*", "pull ups", "nursery"),
                                unless=("his|her|their back", "numb*", "weak*", "myself",
                                        "i have|keep|kept|had ~2 accident*", "i_have_been ~2 accident*",
                                        "lost|losing|lose|no ~2 control", "{cannot} ~2 control|hold|feel")),
                      # a child's (or anyone's) wetting from laughing, the cause told late: "my kid wet himself at
                      # sports day from laughing" (an eighth new user; giggle incontinence, common in children)
                      LookAlike(("wet|wets|wetting|peed|pees|weed ~6 from|with|through laughing|laughter|giggling|"
                                 "giggles", "giggle incontinence",
                                 "giggl*|laugh* ~3 so_much|so_hard|too_much|too_hard ~3 wet|wee|weed|pee*"),
                                sense=True,
                                unless=("numb*", "sudden*", "lost|losing|lose|no ~2 control", "{cannot} ~2 control",
                                        "since ~3 back|fall|injury|accident", "no|without warning",
                                        "{not} ~2 realise|realize|notice*|feel*|know",
                                        "back ~4 agony|killing|excruciating|unbearable|severe|terrible|hurt*|pain*",
                                        "weak*", "every|all day|night", "keeps|kept|again")),
                      LookAlike(("sneez*", "cough*", "skip*", "jump*", "trampoline", "since the kids",
                                 # laughing as the cause, not "he's laughing it off"
                                 "when|while|if|whenever i|she|he|you|we ~3 laugh*", "laugh* ~2 too_hard|hard|so_much",
                                 "good|belly laugh", "laugh*|laughing ~6 makes ~1 me|her ~1 leak|wet",
                                 "laughing|laughter ~3 leak*|wet|wee|pee", "leak*|wet|wee|pee|dribbl* ~4 laugh*",
                                 # (a twenty-sixth new user: "peed myself a bit laughing lol", "little bit of pee comes
                                 # out when i run downhill")
                                 # (and the idiom: "i pissed myself laughing at parkrun lol", a twenty-eighth new user)
                                 "peed|weed|peeing|weeing|pissed|pissing|wet|wetting ~4 laugh*|sneez*|cough*",

                                 "little|bit|drop|drops|dribbl* ~6 when|while|whenever i ~1 run|jog|sprint|"
                                 "jump|cough|sneeze|laugh|race|skip", "downhill|down_hill ~4 leak*|wee|pee|dribbl*",
                                 "leak*|wee|pee|dribbl* ~6 downhill|down_hill",
                                 "since ~2 baby|birth|pregnan*|kids|daughter|son|children", "since ~3 was born",
                                 "postpartum", "post partum", "postnatal", "post natal", "health physio",
                                 "after ~3 kids|baby|birth|born|children|pregnan*|babies", "years now", "years ago",
                                 "always have", "trots", "breast ~2 leak*", "nose", "sweat*", "rain",
                                 "camping", "dew", "soaked", "stress incontinence",
                                 "pelvic floor", "in time", "funny story",
                                 "tens", "wires", "coffee", "gel*", "porta*", "runner* trots", "mid ~ run|race",
                                 "water station|stations|stop|cup|cups|sponge|sponges|hose|sprinkler",
                                 "loo|toilet|portaloo* ~2 queue|queues", "queue|queues ~3 loo|toilet|portaloo*",
                                 "finish line|funnel|straight", "at|over|crossing|across the finish",
                                 "at|near|towards the end of the|my|his|her|a race|marathon|run|10k|half",
                                 "a_bit|a_little|a_few_drops|slightly|tiny ~4 when|while|whenever i ~1 "
                                 "run|jog|sprint|jump|cough|sneeze|laugh|race",
                                 "during ~2 run|race|marathon", "since the babies",
                                 # the urge on a run, reached in time: "couldn't hold my wee any longer at mile 20 so
                                 # I dashed into a bush" (a twenty-seventh new user)
                                 "at|by|around mile|km #", "at|by|around # miles|km|k",
                                 "dashed|ran|nipped|darted|dived|popped|ducked ~2 into|behind a|the bush|bushes|hedge|"
                                 "tree|trees|woods|portaloo*|loo|toilet|cafe",
                                 # the gut's: "I think it was last night's curry" (lay-redflags44)
                                 "curry", "spicy", "food poisoning", "stomach|tummy|gut bug", "upset|dodgy "
                                 "stomach|tummy|gut", "diarrh*",
                                 ),
                                anywhere=True,
                                # (not a leak that came unnoticed: "only realised at home I'd wet myself without
                                # feeling it", a sixty-ninth review)
                                unless=(*LEAK_TOLD_MORE,
                                        "{not} ~2 realise|realize|realised|realized|notice*|feel*|know",
                                        "without ~2 realising|realizing|noticing|knowing|feeling", "no idea",
                                        # with a back that is agony (the hundred-and-eighth review: "a little bit of
                                        # wee comes out when i run now, and my lower back has been agony")
                                        "back ~4 agony|killing|excruciating|unbearable|severe|terrible")),
                      # After a birth, a leak on a run is the pelvic floor's (NHS: pelvic floor exercises after
                      # pregnancy), unless it came without her knowing or with more.
                      AFTER_A_BIRTH,
                      # A thing that leaks is no bladder: "the kitchen tap has been leaking for a fortnight", told
                      # with the thing as the subject ("the tap leaks", "my shoe is leaking"); never a leak of urine
                      # told beside it, or one that is new ("ran for the loo but leaked before I got there").
                      LookAlike((f"{LEAKING_THINGS} is|was|are|were|has_been|have_been|keeps|kept|started|"
                                 f"has_started|s ~1 leak*", f"{LEAKING_THINGS} that|which? leaks|leaked|leak",
                                 f"a|the leak in|under|from|on ~2 {LEAKING_THINGS}|roof|ceiling|wall",
                                 f"leaking|leaky {LEAKING_THINGS}", f"{LEAKING_THINGS} has|had|have ~1 a? leak",
                                 "fix*|mend*|repair* ~3 leak*"),
                                sense=True, own=True,
                                unless=("urine", "pee|peed|pees|peeing|wee|weed|wees|weeing", "numb*",
                                        "wet|wetting|peed|soiled|leaked|leaking|lost_control_of myself|himself|"
                                        "herself",
                                        "lost|losing|lose|no ~2 control", "{cannot} ~2 control|hold", "accident*",
                                        "{not} ~2 realise|realize|realised|realized|notice*|feel|felt|know|knew",
                                        "before i could ~2 sit|go|get_to|reach", "in time")),
                      # A thing lost unnoticed: "a bottle fell out and I lost it without noticing".
                      LookAlike(("lost|dropped|left my_phone|my_keys|a_bottle|the_bottle|my_bottle|a_gel|my_gel ~1 "
                                 "without noticing|realising|realizing|knowing",
                                 "bottle|bottles|gel|gels|phone|keys|bag ~8 lost|dropped it|them|one ~1 without "
                                 "noticing|realising|realizing|knowing"), sense=True, own=True),
                      # Stress incontinence a doctor has named, on runs or races, unless it is new or with more
                      # ("GP said it's stress incontinence and to do pelvic floor exercises").
                      LookAlike(("gp|doctor|physio|nurse|consultant ~4 said|says|diagnosed|told|thinks ~4 "
                                 "stress_incontinence|pelvic_floor",), anywhere=True,
                                # (an unnoticed leak told against the doctor's view stands: "my doctor thinks it's
                                # pelvic floor weakness, but I leaked and didn't feel it", a seventieth review)
                                unless=(*LEAK_TOLD_MORE,
                                        "but ~6 {not} ~2 realise*|realize*|notice*|feel|felt|know|knew",
                                        "but ~6 without ~2 realising|realizing|noticing|knowing|feeling")),
                      # A disc that leaks its gel onto a nerve is no bladder.
                      LookAlike(("disc|disk|discs|disks ~1 leak* ~2 gel|fluid|material|onto|into|irritat*",
                                 "leak* ~2 onto|on_to|into ~2 the? nerve"), sense=True,
                                unless=("urine", "pee", "wee", "wet", "bladder", "myself", "trousers", "pants",
                                        "toilet")),
                      # "I just don't feel like going": not wanting to, not the bladder.
                      LookAlike(("feel like going|doing|running|it|exercising|training|walking",), sense=True))),
    # Reaching the toilet in time no longer sure: "since my back went I get zero warning, twice I've only just made
    # it, once I didn't" (lay-redflags35). The toilet, the warning or the urge told in the sentence: "I nearly
    # made it under 20 minutes" is a race's.
    Sign("toilet-in-time", "bladder", E, (
        "nearly|almost|barely|only_just|just_about|not_always|never {not}? made|make it",
        "did|do|does|would|could not ~1 make|made it",
    ), needs=(*PEE, "bowel*", "poo*", "warning", "no|zero|without|little warning",
              "{not} ~2 get|have|feel ~1 any? warning", "urge|urges|urgency", "accident*", "wet", "leak*", "bursting",
              "desperate", "lavatory", "gents", "ladies"), needs_near=True,
        look_alikes=(LookAlike(("toilet|toilets|loo|loos|portaloo|portaloos queue|queues|line|stop|stops",
                                "make|made it ~4 training|parkrun|practice|session|club|gym",
                                "make|made it ~4 start|start_line|gun|race|bus|train|flight|work|meeting|finish|"
                                "line|cut_off|cutoff|checkpoint|summit|top|class|school|shop",
                                "make|made it round|around|through|up|across|over|past|home|back|to_the_end|"
                                "the_distance"), sense=True, own=True,
                               unless=("loo|toilet|bathroom|lavatory ~2 in time", "wet|wetting ~2 myself|himself|"
                                       "herself", "accident*", "leak*", "pee|peed|wee|weed")),
                     # the toilet before a race's start (the hundredth review)
                     LookAlike(("before|for|in_time_for the|my? start|gun|race",), sense=True,
                               unless=("wet|wetting ~2 myself|himself|herself", "accident*", "leak*", "warning",
                                       "urge|urgency")),
                     HYDRATION_BLADDER, AFTER_A_BIRTH)),
    # ...and the toilet not reached, told with it, which needs no other word: "I didn't make it to the loo in time"
    # (its own "not" would deny a needed word, a ninety-ninth review).
    Sign("toilet-not-reached", "bladder", E, (
        "{not} ~2 make|made it ~3 toilet|toilets|loo|loos|bathroom|lavatory|gents|ladies|portaloo|portaloos",
        # (the hundredth review: "didn't get to the toilet in time", "couldn't reach the loo in time")
        "{not} ~2 get|reach|find ~3 toilet|toilets|loo|loos|bathroom|lavatory|portaloo|portaloos ~2 in time",
        "nearly|almost|barely|only_just|just_about made|make it ~3 toilet|toilets|loo|loos|bathroom|lavatory|gents|"
        "ladies|portaloo|portaloos",),
        look_alikes=(LookAlike(("toilet|toilets|loo|loos|portaloo|portaloos queue|queues|line|stop|stops",
                                "before|for|in_time_for the|my? start|gun|race|bus|train|flight|meeting|class"),
                               sense=True, unless=("wet|wetting ~2 myself|himself|herself", "accident*", "leak*",
                                                   "warning", "urge|urgency")), AFTER_A_BIRTH)),
    # Wetting the bed anew, in a child above all, is how lost bladder control often shows (NICE NG98
    # for children; cauda equina for anyone with back pain); not a young child who still does, nor drink.
    Sign("bed-wetting", "bladder", E, ("wet|wetting|wets ~2 the|my|his|her? bed", "bedwetting", "bed wetting",
                                       "wake|wakes|woke|waking|woken ~2 up? in a wet bed"), needs_back_pain=True,
         look_alikes=(LookAlike(("still ~2 wets|wet|wetting", "sometimes", "occasionally", "now and then",
                                 "always ~2 wet|wets|wetting", "beer*", "drunk", "pints", "hungover", "hangover",
                                 "wine", "vodka", "dream*"),
                                anywhere=True, unless=("again", "started", "starting", "new", "since ~3 back",
                                                       "never ~3 before", "not ~3 for ~1 years|ages|months")),
                      # a small child's, as small children do: "my toddler wet the bed so I was up at 3am" (a
                      # hundred-and-second round's trial of a new rule)
                      LookAlike(("toddler|toddlers|baby|babies|little_one|little_ones|kid|kids|child|children|son|"
                                 "daughter|boy|girl|twins|grandson|granddaughter|grandkids ~3 wet|wets|wetting ~2 "
                                 "the|his|her|their? bed",
                                 "# ~1 yo|year_old ~3 wet|wets|wetting ~2 the|his|her|their? bed"),
                                own=True, sense=True,
                                unless=("fell|fall|fallen|crash*|accident", "numb*", "weak*", "his|her back")))),
    # (A drinking bladder leaks too: "my bladder pack leaks down my back".)
    Sign("bladder-cannot-go", "bladder", E, (
        "{cannot} ~2 pee|peeing|wee|weeing|urinat*|empty*|start*", "{cannot} ~2 go ~3 toilet|loo|bathroom|wee|pee",
        # the rude word too (a seventh new user's "I cant piss since yesterday")
        "{cannot} ~2 piss|pissing",
        # (hard to do, not laughing too hard: "if I laugh too hard I wee myself", lay-redflags43)
        "problem*|difficult* ~3 pee|peeing|wee|weeing|urinat*|empty*", "hard to|for ~2 pee|peeing|wee|weeing|urinat*|"
        "empty*", "hard ~1 peeing|weeing|urinating|emptying",
        # told of the pee as hard going (the hundred-and-fifteenth review: "peeing is hard since my back went",
        # "wee is really hard to get going")
        "pee|peeing|wee|weeing|urinating ~1 is|was|has_been|feels ~1 really|so|very|quite? hard|difficult|tricky|"
        "a_struggle", "pee|peeing|wee|weeing|stream|flow ~3 hard|difficult ~1 to_get ~1 going|started",
        "have|had|having to push|strain and push|strain",
        # a pee that was no pee: "I haven't managed a proper pee since last night" (lay-redflags43)
        "{not} ~2 had|managed|done|passed a? proper|decent|real|full|good|normal pee|wee",
        "almost|nearly|practically|next_to nothing ~1 comes|came|coming|happens|happened|would_come",
        "{cannot} ~2 pass* ~ urine|water", "start* ~2 pee|peeing|wee|weeing|urinat*|stream|flow|urine",
        "not passed ~ water|urine", "only ~2 drops|trickle|dribble", "feeble|weak|slow|thin stream|trickle|flow",
        "trickle", "stream|wee|pee|urine|flow ~3 trickles|trickling|trickled",
        # "wee won't come out and my back's agony" (a ninth new user)
        "pee|wee|urine|piss ~1 will|would|does|did not ~1 come_out|come|start|flow",
        "push|press|strain* ~3 to|for ~2 pee|wee|urin*|go",
        "get|getting ~2 stream|wee|pee ~1 started|going", "urine|pee|wee ~3 not ~2 coming",
        # "hardly any pee since the marathon", "I can barely pee"
        "barely|hardly any pee|wee|urine", "can|could barely|hardly ~1 pee|wee|urinat*|go",
        "barely|hardly peed|weed|urinated|peeing|weeing ~3 since|all_day|today|yesterday|this_morning|last_night",
        "barely|hardly peed|weed|urinated|peeing|weeing ~3 for|in # ~1 hours|hrs",
        "not coming ~2 properly", "barely|hardly|nothing ~2 came|comes|coming out",
        # retention told by the fullness: "bladder feels full but nothing", "feel like I need to go but nothing comes"
        # (a review)
        "bladder ~2 feels|feel|felt|is|was full ~2 but|and|yet nothing|cannot|can_not|not",
        "need|needing|needed to go|pee|wee ~3 but|and|yet nothing ~1 comes|came|coming|happens|happened|out",
        "not much ~2 came|comes|coming out",
        # urine that "doesn't come well" (learners' and West African English)
        "urine|pee|wee {not} ~1 come|comes|flow|flows out? well|properly|fully",
        "when|while i|you ~1 pee|wee|urinat*|go ~4 stream {not} ~1 come|comes|flow|flows out? well|properly|fully",
        "pee|wee|urine stream {not} ~1 come|comes|flow|flows out? well|properly|fully",
        "pee|peeing|wee|weeing|urinat*|toilet|loo ~2 it {not} ~1 come|comes|flow|flows out? well|properly|fully",
        "{not} ~2 been ~2 for a wee|pee", "{cannot} ~ make|do|have|manage ~ a? pee|wee",
        "{not} ~1 make|made ~1 pee|wee|urine",
        "not been able to pee|wee|go", "{not} been able to ~2 pass ~1 water|urine|anything",
        "not manag*|fail* to ~1 pass water|urine", "fail*|failing to ~1 pass ~1 water|urine|pee|wee",
        # West and East African English doubles a word for "little": "it comes small small".
        "urine|pee|wee|it ~1 comes|come|coming|came|passes|pass small small|drop_by_drop",
"not manag*|fail* to ~1 pee|wee ~3 since|for|all|in",
        "no urine|pee|wee|wees since|all_day|all_night|today", "no urine output ,|.|since|for|in",
        "no urine|pee|wee for|in ~3 # ~1 hours|hrs|hour|days",
        "nothing ~3 come|came|comes ~1 out ~8 need|needed|needing ~2 to go",
        "wait ~3 long time ~3 press|push", "takes ~2 ages|forever ~4 start*|going|come",
        "ages to ~2 start*|get going", "slow|weak|feeble|dribbly ~2 stream|flow|trickle|wee|pee",
        "wee|pee|stream|flow|urine ~3 slow|weak|feeble|dribbly", "stop start",
        # a stream that fades, slow to start, stopping, never emptied: "my wee stream has got weaker and weaker, it
        # takes an age to get going, it stops and starts" (forum32)
        "wee|pee|stream|flow|urine ~3 weaker|slower|feebler|weakening", "takes|took|taking ~2 an_age|age|forever|"
        "ages ~4 start*|going|come", "stops and starts", "stop|stops|stopping and start|starts|starting again",
        "{not} ~2 feel|felt ~3 emptied|empty|finished", "{not} ~2 peed|weed|urinated|weed",
        "{not} ~2 passed urine|water", "{cannot} ~2 push", "{cannot} ~3 go for a poo|poop|number_two",
        "{not} been able to ~2 poo|poop|open", "nothing ~2 came|comes|come|coming|happen*|happened|would_come",
        # "when I try to go there is hardly anything", "when I try to go I can't" (a sixty-sixth review)
        "try|tried|trying to go ,? ~2 hardly|barely anything",
        # (the clause ended there: not "when I try to go, I can't get my legs moving", a sixty-seventh review)
        "try|tried|trying to go ,? i|it {cannot} ?|,|.",
        # "in the bathroom twenty minutes trying to go and can't pass anything"
        "try|tried|trying to go ,? and|but ~1 i|he|she|it? {cannot} ~2 pass|do|manage|get ~1 anything|a_thing|a_drop",
        "{cannot} ~2 pass anything|a_thing|a_drop",
        "try|tried|trying to go ,? it will_not|would_not|does_not ?|,|.",
        # no need at all despite drinking: "I haven't needed a wee since last night even though I've drunk loads"
        "{not} ~2 needed|need ~2 a|to? wee|pee|wees ~2 since|all_day|all_night|for ~8 drunk|drink*|drank",
        "{not} ~3 had|done|passed ~2 a? wee|pee|poo", "hardly|barely ~2 anything ~2 happen*|come*|came",
        "full ~4 {cannot} ~2 go|empty|pee|wee|start", "need* ~3 go ~4 {cannot}",
        "only ~2 pee|wee|go ~4 if|when|by ~3 press*|push*|squeez*|strain*",
        "squeeze|press|push ~2 it|pee|wee|urine out",
        "press*|push*|squeez* ~8 water|urine|pee|wee ~2 come*|came|out",
        # retention told by the full bladder or the try: "my bladder was massively overfull, I just couldn't get it
        # out" (lay-redflags36)
        # (not "can't get it out of my head", nor a stomach distended with water: the hundred-and-second review)
        # (or ending the message, or "no matter how hard I try": the hundred-and-third review; "out of my head" is
        # the row's look-alike)
        "{cannot} ~2 get it|any|anything|much|a_drop ~1 out",
        "bladder|it ~3 overfull|over_full|distended",
        # (not "water retention", the scale's excuse)
        "urinary|urine|bladder retention", "retention of urine", "retaining ~2 urine|pee|wee",
    ), site=(*PEE, "empty", "trickle", "drops", "dribble", "urine", "poo*", "bowel*", "stool*", "number two",
             "need* ~2 to go ,|.|and|but|or",
             # told with how long: "felt like I'd been needing to go all morning" (lay-redflags44)
             "need* ~2 to go all_morning|all_day|all_night|all_afternoon|for_hours|since",
             "need* ~2 to go ~2 toilet|loo|wee|pee|bathroom",
             "need* ~2 to go constantly|urgently|all_the_time|every_hour|every_few_minutes",
             # "nothing came even though it feels kind of full", "I feel so full"
             # (its subject told: not "my legs felt full of lead", "felt full and sick", a sixty-third review)
             "i|it|bladder ~1 feels|feel|felt ~2 full",
             # 13: a full lower belly and a try that brings nothing: "tried to go but nothing comes out"
             "lower belly|tummy|abdomen ~3 full|hard|swollen|tight",
             TRIED_TO_GO,
             "when|if i try|tried nothing|to_pee|to_wee|to_go_to_the_toilet|to_go_to_the_loo",
             "when|if i try|tried to go ,|.|but|and|nothing|i|it|there",
             "the|my belly|tummy ~2 feels|feel|felt ~2 full"),
         near=12, look_alikes=(
             # a toddler's potty training, not a bladder: "my 2 year old won't wee on the potty" (the
             # hundred-and-twentieth review)
             LookAlike(("potty", "potty training", "toilet training", "nappy", "nappies", "diaper*"), anywhere=True,
                       sense=True, unless=("back", "fall", "fell", "numb*", "weak*", "fever*", "temperature")),
             # holding it in, the other way round: "i couldnt hold my wee during the marathon" (a twenty-seventh new
             # user; the leak is the control row's)
             LookAlike(("{cannot} hold|keep|wait ~2 it|my|the|a? ~1 wee|pee|in|any_longer|on",), own=True, sense=True),
             # fooling about: "can't piss about with my training anymore"
             LookAlike(("piss|pissing|pee|peeing about|around",), own=True, sense=True),
             # a thought or a thing that will not come out: "can't get it out of my head that I need a wee"
             LookAlike(("out of ~2 head|mind|system|bed|car|house|bag|pocket|door|way|habit|routine|shape|puff|breath|"
                        "sync|practice|action|here|there|the_way|physio|doctor|gp|nurse|coach|him|her|them|anyone|"
                        "anybody|people|session|appointment|life",), sense=True, own=True),
             # a few hours without a wee in a race with long loo queues: "no pee for 3 hours during the marathon"
             LookAlike(("during ~3 marathon|race|races|run|runs|ultra|long_run|long_runs",
                        "portaloo* ~3 queue|queues|line|lines",
                        "queue|queues ~3 portaloo*|loo|loos|toilet|toilets"),
                       unless=("since", "after ~3 race|marathon|run|ultra|finish*", "still", "{cannot}", "strain*",
                               "push*", "# hours since")),
             # Few pee stops on a long run ("hardly any pee breaks needed"), or a shy bladder all one's life
             # ("I can barely pee in public toilets, always been that way"); told, not denied.
             LookAlike(("pee|wee|toilet|loo break|breaks|stop|stops", "public_toilet*|public_loo*|urinal*|shy_bladder|"
                        "paruresis ~4 ,? ~2 always_been|always_like_that|my_whole_life|for_years"),
                       unless=("since ~3 race|marathon|run|back|fall|yesterday|last_night|this_morning|"
                               "today|sunday|saturday|monday|tuesday|wednesday|thursday|friday",
                               "# hours", "all day", "still", "back went", "anymore", "any_more",
                               "lately", "recently", "now", "{cannot} ~2 pee|wee|go|urinat*")),
             # Stage fright with people waiting: "can't pee in a portaloo with people waiting outside lol. stage
             # fright" (a review), not a bladder that will not go since.
             LookAlike(("in|on|at ~1 a|the|public? portaloo*|porta_loo*|trail|bush|bushes|woods|public",
                        "without ~2 someone|anyone|people ~1 seeing|watching|looking", "nerves", "nervous"),
                       unless=("since ~3 race|marathon|run|back|fall|yesterday|last_night|this_morning|today",
                               "# hours", "all day", "still", "numb*", "tingl*", "weak*", "agony", "push")),
             LookAlike(("stage fright", "shy bladder", "paruresis", "people|someone|everyone|queue ~2 waiting|outside|"
                        "listening|watching"), anywhere=True,
                       unless=("since ~3 race|marathon|run|back|fall|yesterday|last_night|this_morning|today",
                               "# hours", "all day", "still", "numb*", "tingl*", "weak*", "agony")),
             HYDRATION_BLADDER,
             # A known prostate's retention, already catheterised, with no back told: "acute urine retention from his
             # enlarged prostate, was catheterised" (lay-redflags33)
             # (the catheter told, not the prostate alone: "enlarged prostate and since last night he can't pee at
             # all" is retention now, the hundred-and-second review)
             LookAlike(("catheteris*", "catheteriz*", "catheter", "catheters"), anywhere=True,
                       unless=(*BACK_TOLD, "numb*", "tingl*", "legs", "leg", "weak*", "swollen", "agony",
                               "{cannot} ~3 pee|wee|go ~2 at_all", "since ~2 last_night|yesterday|today|this_morning",
                               # a catheter that was, and retention now (the hundred-and-third review): "had a
                               # catheter for a week in March. Now he can't pee"
                               "now", "hours", "today", "tonight", "again", "catheter ~3 out|removed|taken_out")),
             # A stomach full of food: "my stomach feels full after breakfast and I can't start my run".
             LookAlike(("stomach|tummy|belly|gut ~3 full|bloated", "full|bloated after|from ~2 breakfast|lunch|dinner|"
                        "eating|a_meal|food|gels"), unless=("bladder", "pee*", "wee*", "urin*", "loo", "toilet",
                                                            "lower belly|tummy|abdomen", "down low", "hard",
                                                            TRIED_TO_GO)))),
    # A change told vaguely, with back pain: "my bladder is weird and my back hurts" (a thirtieth new user; NHS cauda
    # equina cards: any new change in peeing). Not Scots' "a wee bit weird", not its colour or smell.
    Sign("bladder-changed", "bladder", E, (
        "my|the|her|his bladder ~2 is|feels|felt|has_been|been|seems|gone|acting|playing weird|odd|funny|strange|"
        "not_right|different|off|wrong|up",
        "peeing|weeing|urinating|waterworks ~3 weird|odd|funny|strange|not_right|different",
        # not right since: "my bladder hasn't been right since I hurt my back"
        "my|the|her|his? bladder|bowels|bowel|waterworks has|have not been|felt right|normal|the_same",
        # told terse: "bowels not right since my back went" (the hundred-and-twenty-first review)
        "bladder|bowels|bowel|waterworks are|is? not right|normal|the_same since|anymore|any_more",
        # the trouble named: "bladder problems since my back went" (a ninth new user)
        "bladder|bowel|bowels|waterworks problems|problem|issues|issue|trouble|troubles",
        # (the hundred-and-twentieth review: "trouble with my bowels since this morning")
        "problems|problem|issues|issue|trouble|troubles with my|the|his|her bladder|bowel|bowels|waterworks",
        "pee|peeing|wee|weeing ~2 feels|felt|seems|is weird|odd|funny|strange|not_right|different"),
         needs_back_pain=True, look_alikes=(
             HYDRATION_BLADDER,
             # a trouble with a known, older cause: children, an infection, a prostate, a gut's (runner's trots)
             LookAlike(("since ~3 kids|baby|babies|birth|childbirth|pregnan*|having_kids|having_my_kids",
                        # (a meal or a bug: "bowels haven't been right since that curry", review122)
                        "since ~3 curry*|takeaway*|take_away|kebab*|meal|food_poisoning|bug|virus|antibiotics|holiday",
                        # (past the denial's "not", which would deny the cause: "haven't been right since that curry")
                        "{not} ~3 right|normal|same since ~3 curry*|takeaway*|take_away|kebab*|meal|food_poisoning|"
                        "bug|virus|antibiotics|holiday|kids|baby|babies|birth|childbirth|pregnan*|having_kids",
                        "for|over ~1 years", "always had|have|been", "uti|utis|infection|cystitis|prostate|overactive|"
                        "ibs|crohn*|colitis|coeliac|celiac|trots",
                        "when|while|if i|you ~2 sneeze|cough|laugh|jump|skip"), anywhere=True,
                       unless=("since ~3 back|fall|disc|spine|spinal", "since the|my op|operation|surgery", "back went",
                               "numb*", "{cannot} ~2 feel",
                               "new", "sudden*")),
             LookAlike(("colour|color|smell*|smells|dark|yellow|orange|cloudy|fizzy|asparagus|beetroot|beets|coffee",
                        "during|on ~3 run|runs|long_run|long_runs|race|races|marathon", "always|for_years"),
                       anywhere=True, unless=("since", "new", "numb*", "leak*", "control", "{cannot} ~2 feel",
                                              # (a since that the denial before it takes in: "bowels haven't been
                                              # right since I hurt my back on Sunday's run", review121)
                                              "{not} ~3 right|normal|same since")))),
    Sign("bladder-no-feeling", "bladder", E, (
        "{not} ~3 know|feel|felt|feeling|tell|notice|noticed|sense|get ~3 when|if",
        "{cannot} ~3 know|feel|tell|notice|sense ~3 when|if|whether",
        "not feeling ~2 full|urge|need",
        "{not} ~2 feel ~2 the|any ~1 need|urge ~2 pee|wee|urinat*|toilet|loo|bathroom",
        "{not} ~2 feel ~2 the|any ~1 need|urge ,|.", "no ~ urge", "lost ~2 urge", "{not} ~2 get ~2 need|urge|feeling",
        "{not} ~3 feel like ~2 needs|need to", "until ~3 bursting", "{not} ~3 notice|feel|know|realise ~4 full|until",
        "the signal", "no|any|lost_the signal|warning ~3 down_there|toilet|loo|bladder|bowel*|poo*|pee|wee",
        # "going all day without ever feeling like he needs a wee" (lay-redflags44)
        "without ~2 feeling|getting|noticing|having ~3 need|needs|urge|signal|warning",
        "numb ~3 when i pee|wee|go", "{cannot} ~3 feel ~3 pee|peeing|wee|weeing|urine|stream",
        # No warning any more: "I've stopped getting any warning that I need a wee".
        "stopped|no_longer ~2 get|getting|feel|feeling|have|having ~2 any|the|a ~1 warning|signal|urge ~4 "
        "pee|wee|wees|peeing|weeing|bladder|urinate|toilet|loo|bathroom|go",
        # Only the eyes tell when it is done: "I only know I've finished because I look" (lay-redflags36)
        # ("when I've finished", "when I'm done": the hundred-and-third review)
        "only ~2 know|tell ~3 finished|emptied|empty|done ~2 because|by|when|if ~2 look|looking|looked|check|"
        "checking|see|seeing|watch|watching",
    ), site=("bladder*", "emptied", "bowel*", "pee*", "wee", "wees", "weeing", "need* ~2 to go", "go ,|.",
             "go ~2 toilet|loo|bathroom|wee|pee", "going at all", "i|i_am|i'm going anymore|any_more",
             "going ~2 toilet|loo|bathroom|wee|pee", "full", "urge", "toilet", "loo", "need",
    "urine",
             "empty", "finished", "poo*", "number two*", "stool*", "urin*"),
         near=8, look_alikes=(NUMBING, HYDRATION_BLADDER,
                              # a need or urge of something else, with no bladder told: "my coach wants me to use
                              # gels but I don't feel the need" (the hundred-and-ninth review)
                              LookAlike(("{not} ~2 feel ~2 the|any|much|an need|urge",), own=True, sense=True,
                                        unless=("pee*", "wee", "wees", "weeing", "bladder*", "toilet", "loo",
                                                "bathroom", "urin*", "bowel*", "poo*", "go_to_the")))),
    # Legs: new weakness, numbness, a foot that drops; both legs at once.
    # The toe caught again and again, told by its bumps, beside back pain (a foot drop's first sign: NHS): "I keep
    # stubbing my toe, back's sore too", "tripping over my own foot on every run now ... my lower back aches" (a sixth
    # new user). Not a clumsiness of old ("I'm so clumsy, I trip over my own feet all the time lol").
    Sign("toe-catching", "leg-weakness", E, (
        "keep*|kept ~2 stub*|stubbing ~2 my|his|her|the? toe|toes|foot|feet",
        "trip*|tripping ~1 over|on my|his|her own? foot|feet|toes ~3 every|each|constantly|lately|"
        "again_and_again|on_every_run|every_run|now|since|recently|this_week"),
         needs_back_pain=True,
         look_alikes=(LookAlike(("clumsy", "clumsiest", "klutz", "always been", "all my life", "since i was", "lol",
                                 "haha*", "lmao", "uneven|roots|root|kerb|curb|cobbles|trail|trails|pothole*"),
                                anywhere=True, unless=("drag*", "weak*", "numb*", "slap*", "floppy",
                                                       "lift ~2 foot|toes", "since my back", "since the back")),)),
    Sign("leg-giving-way", "leg-weakness", E, (
        "giv* way|out", "gave way|out", "buckl*", "collaps*", "not carry ~2 me|him|her|them|my_weight",
        # a leg that folds or will take no weight: "can't put any weight through my left leg, it just folds"
        # (lay-redflags49)
        # (not legs folded to sit, nor knees that fold in on landing)
        "leg|legs|it|they ~1 just|simply|suddenly|completely|keeps|kept|then? fold|folds|crumple|crumples|crumpled "
        ",|.|under|beneath|underneath|and|when|if|as|on",
        # ("through" the leg, a nerve's; "on her leg" after a fall is the fall's sign)
        "{cannot} ~2 put|bear|take ~1 any|much? weight through ~2 my|the|his|her ~1 left|right? leg|legs",
        "give|gives|gave up ~2 under|when",
        "{cannot} ~2 lift|move|feel|control|stand|bend|raise|push|walk",
        # "I can barely lift the leg to step up" (forum33)
        "barely|hardly|scarcely ~2 lift|raise|move ~1 my|the|his|her|right|left? leg|foot|knee|toes",
        "no|lost|losing|lose strength|power|control",
        "{not} ~1 having|have|got ~1 any? strength|power",
        # Pidgin's "my leg no get power again" (a ninth new user)
        "no get|have|dey_get power|strength",
        "drag*", "foot drop", "drop foot", "slap*", "flop*", "floppy",
        "hangs down", "catch* ~4 pavement|ground|kerb|curb|floor|carpet|step*|stair*|lip|edge|rug", "catch* ~3 trip*",
        # told in the past: "it flops and slaps down and I've caught the toe on the kerb twice" (lay-redflags37)
        "caught ~1 my|the|his|her? toe|toes|foot ~3 pavement|ground|kerb|curb|floor|carpet|step*|stair*|lip|edge|rug "
        "~2 twice|again|three_times|a_few_times|several_times|repeatedly|a_couple_of_times|this_week",
        "left|right|one ~1 foot|leg ~3 {not} ~2 push|pushing off",
        "scuff*", "trip* me up", "trip* over|up|on ~2 nothing", "tripped ~3 stairs", "paralys*", "paralyz*",
        "not working", "{not} ~2 work|hold|listen|respond|move|swing",
        # "neither leg works properly", "none of my toes will move"
        "neither|none_of_my|none_of_the leg|legs|foot|feet|toe|toes ~2 work|works|working|move|moves|moving|"
        "respond*|hold|holds",
        "leg|legs|foot|feet|it ~3 stop|stops|stopped|stopping ~2 listening|responding|cooperating|obeying",
        "leg|legs|foot|feet|knee|knees have|has|had|keeps|keep|sometimes? just|suddenly|completely|both? "
        "stop|stops|stopped|stopping working",
        "leg|legs|foot|it ~3 cuts|cut|cutting out", "leg|legs|foot|it ~3 switch*|switches off",
        "keep*|kept ~2 catch*|catching ~3 toe|toes|foot|feet",
        # foot drop told by what the heel walk shows: "walking on my heels, my forefoot just stays flat on the floor"
        # (the heel walk named: a calf stretch's foot kept flat is no sign, a sixty-fourth review)
        "heel|heels ~8 foot|forefoot|toes ~2 stays|stay|stuck|sits ~1 flat|down ~3 floor|ground",
        "foot|forefoot|toes ~2 stays|stay|stuck|sits ~1 flat|down ~3 floor|ground ~4 lift|raise it|them|my_foot|"
        "my_toes|the_toes|toes|the_foot|the_front|my_forefoot|up",
        "foot|forefoot|toes ~2 stays|stay|stuck|sits ~1 flat|down ~3 floor|ground ,? i {cannot} lift|raise",
        "{not} ~3 lift|raise|pick_up|flex|bend", "not listening",
        "like a flipper", "{cannot} trust",
        # heavy and told as not lifting, the leg named a clause before: "my left leg feels heavy like it's full
        # of sand and won't lift properly"
        "leg|foot ~3 heavy ~8 {not} ~2 lift|raise|pick_up",
        "slid|slipped|went out from under",
        "went|gone|go|goes|going from under ~1 me|him|her|them",
        # "my right leg just goes out from under me, like it stops holding me up" (lay-redflags39)
        "went|gone|go|goes|going out from under ~1 me|him|her|them",
        # "i keep tripping over my right foot since the back pain" (a twenty-seventh new user)
        # (one foot, told as the writer's: not "tripping over my own feet on trail runs" or a toddler over mine)
        "i|i_have|i_have_been|i_keep ~2 tripping|catching|stumbling over|on ~1 my right|left|own foot",
        "keep|keeps|kept|been|keeps_on|kept_on catching my right|left foot|toes",
        # the subject left out: "keep tripping over my right foot since the back pain started" (a ninth new user)
        "keep|keeps|kept|been|keeps_on|kept_on tripping|stumbling over|on my|his|her right|left foot|toes",
        "stops|stopped|stopping|stop holding ~1 me|him|her|them up",
        "legs|leg ~4 they_just|just|they gave|give|giving way|out", "drop|dropping|drops|droop*",
        "{not} ~2 go where i tell|want|ask", "{not} ~2 do what i tell|want|ask",
        "get*|got up ~4 chair|seat|sofa|floor ~5 hard|difficult|struggl*|impossible", "wrapped in ~3 sock|wool",
        "belongs|belong to someone|somebody|another_person else", "not mine",
        # "my left leg just folded going down the steps"; not "legs folded" sitting, or knees that fold in.
        "leg|legs|knee|knees just|suddenly|completely folded|folds|crumpled|crumples",
        "leg|legs|knee|knees ~2 folded|crumpled|crumpling under ~1 me|him|her",
        "leg|legs|knee|knees ~1 crumpled|crumples|crumpling",
        # "my foot wouldn't keep the clutch down, kept sliding off"
        "{not} ~2 keep|hold|press|push ~2 the? clutch|pedal|pedals|brake|accelerator",
        "slid*|slip*|slipping|sliding off ~2 the? clutch|pedal|pedals|brake|accelerator",
    ), site=LEGS, near=6, elsewhere=("hand", "hands", "arm", "arms", "finger*", "wrist*"), look_alikes=(
        # something dragged, not a foot: "lifting him back over a five foot fence rather than drag him round" (forum51)
        # (not "it": "my right leg, I keep dragging it behind me", the 129th review)
        LookAlike(("drag|drags|dragged|dragging ~1 him|her|them|the|a|this|that|my|his|their|our|everything|"
                   "myself ~2 round|around|along|over|out|in|up|down|to|through|across|off|back|home|behind",),
                  own=True, sense=True,
                  unless=("foot|feet|leg|legs|toe|toes ~2 drag*", "drag* ~2 foot|feet|leg|legs|toe|toes")),
        FOOTWEAR_WALKING,
        # skin scuffed in a fall, not a foot that scuffs: "Grazed knee, scuffed palms, pride dented" (letters5)
        LookAlike(("scuffed|scuffing|scuff ~1 my|his|her? palm|palms|hand|hands|knee|knees|elbow|elbows|skin|chin|"
                   "shin|shins|face|forehead|arm|arms",
                   "palm|palms|hand|hands|knee|knees|elbow|elbows|skin|chin|shin|shins ~1 scuffed|scuffed_up"),
                  sense=True, own=True),
        # the breath gives out first, the legs set against it: "my lungs give out way before my legs do" (forum37)
        LookAlike(("lungs|lung|breath|breathing|chest|wind|fitness|cardio|engine|heart ~1 give|gives|gave|giving|go|"
                   "goes|went out|up ~3 before|than|sooner_than my|the legs",), sense=True, own=True),
        # a pain that nearly drops one to the knees, not a leg that gives: "sometimes nearly drops me to my knees for a
        # few seconds, then fine" (lay-redflags36)
        LookAlike(("nearly|almost|practically|virtually ~1 drops|dropped|drop|brings|brought|puts|put|sends|sent ~1 "
                   "me|him|her ~1 to my|his|her knees",), own=True, sense=True,
                  unless=("leg|legs|knee|knees ~3 gave|give|gives|giving|went|go|goes|buckl*", "numb*", "weak*")),
        FELLED_BY_BACK_PAIN,
        # the foot's arch or a rolled ankle, not a leg that gives: "my feet collapse in" (overpronation), "rolled my
        # ankle again and it just gave out" (forum35, scope22)
        LookAlike(("feet|foot|arch|arches ~1 collapse|collapses|collapsing|collapsed|cave|caves|roll|rolls ~1 "
                   "in|inward*",
                   "ankle|ankles ~3 gave|give|gives|giving|keeps_giving out|way"), own=True, sense=True,
                  unless=("numb*", "tingl*", "drag*", "since my back", "back went", "both legs", "bladder", "bowel*")),
        # a race's or a workout's sore muscles on the stairs: "my legs basically gave way on every staircase, I was
        # going down backwards holding the rail lol. Quads in agony" after a first marathon (lay-redflags41)
        LookAlike(("quad|quads|calves|calf|hamstrings|thighs|glutes ~3 agony|killing|destroyed|wrecked|sore|burn*|"
                   "screaming|on_fire", "doms", "down ~2 stairs|staircase|steps ~2 backwards", "backwards down ~2 "
                   "stairs|staircase|steps"), anywhere=True,
                  also=("marathon", "ultra", "race", "half", "10k", "hill*", "leg day", "squats", "lunges", "reps"),
                  unless=(*ONE_SIDE, *BACK_TOLD, "numb*", "tingl*", "bladder", "bowel*", "drag*", "fell", "falls",
                          "sudden*", "still ~3 giv*|buckl*|collaps*", "getting worse")),
        # a toe caught on the trail's roots or rocks: "keep catching my toe on this rooty trail" (the
        # hundred-and-sixteenth review)
        LookAlike(("catch*|caught|stub*|stubbed ~4 toe|toes|foot|feet ~4 root|roots|rooty|rock|rocks|rocky|stone|"
                   "stones|trail|trails|table|coffee_table|furniture",), own=True, sense=True,
                  # (not a toe that brings falls: "keep catching my toe on the kerb, went over twice", lay-redflags33)
                  unless=("drag*", "weak*", "numb*", "slap*", "floppy", "{cannot} ~2 lift", "since my back",
                          "went_over|fell|falls|fallen|went_down|tripped_over|nearly_fell", "lately")),
        # into bed or a chair at the day's end: "dead on my feet after the ultra, nearly collapsed into bed" (the
        # hundred-and-tenth review)
        LookAlike(("collapsed|collapsing|crashed|flopped into|on|onto a|the|my? ~1 chair|sofa|couch|bed|"
                   "heap_on_the_sofa",), own=True, sense=True,
                  unless=("numb*", "gave way", "giv* way", "buckl*", "{cannot} ~2 stand|walk|feel", "fell", "faint*",
                          "passed out")),
        # a heel dropped on purpose, as a drill's or a pedal stroke's form: "dropping my heel on the downstroke seemed
        # to do something" (forum43), "drop your heels off the step"
        LookAlike(("drop|dropping|drops|dropped my|the|your|his|her heel|heels",), own=True, sense=True,
                  also=("bike", "cycling", "cyclist*", "pedal*", "downstroke", "upstroke", "riding", "ride", "squat*",
                        "step", "steps", "stretch*", "calf raise*", "drill*", "cue", "cues", "technique", "form"),
                  unless=("numb*", "weak*", "drag*", "slap*", "{cannot} ~2 lift", "trip*", "catch*", "since my back")),
        # a knee that drops or caves inwards is the stride's form (valgus), and a gym's leg day no leg: "my right knee
        # drops inwards", "what should I do about my leg days - drop squats" (letters1)
        LookAlike(("knee|knees ~1 drops|drop|dropping|dropped|caves|cave|caving|collapses|collapse|collapsing|falls|"
                   "fall ~1 in|inward|inwards|inside", "leg day|days ,? drop"), own=True, sense=True,
                  unless=("numb*", "gave way", "giv* way", "buckl*", "fell", "falls over")),
        KNOWN_CONDITION, KNOWN_FOOT_DROP, BEND_TO_FEET, SAT_TOO_LONG,
        # (not with a collapse: "my legs just gave out at mile 3 and I went down", the hundred-and-twenty-fifth review)
        LookAlike(TIRED, unless=(*NEW_OR_SPREADING, *BACK_TOLD, *LASTING, *ONE_SIDE, *COLLAPSE_TOLD)), THE_WALL,
        # How one sits, not a leg that folded: "I sit with one leg folded under me when I write".
        LookAlike(("sit|sits|sat|sitting|kneel*|curl*|perch* ~2 with ~2 leg|legs|knee|knees|foot|feet ~2 folded|tucked|"
                   "crossed|curled under", "sit|sits|sat|sitting on ~1 my? leg|legs|foot|feet ~2 folded|tucked|curled "
                   "under"), sense=True, own=True,
                  unless=("stood|stand|standing|got_up|get_up|getting_up|collapsed|went_down|gave_way|fell|buckled",)),
        # Laughed about, as the numbness beside it: "couldn't feel my legs by the end lol".
        # (Not a leg that keeps failing, laughed about or not: "keeps buckling since my back went, twice today lol".)
        # (Only beside a run or a race, never after a lift or with agony: a sixty-fourth review.)
        LookAlike(("lol", "lmao", "haha*", "hilarious"), also=("run", "race", "marathon", "ultra", "parkrun", "reps",
                                                             "miles", "km", "hill*", "finish", "long run", "spin",
                                                             "class", "session", "workout", "training", "bootcamp",
                                                             "circuits", "hiit"),
                  unless=(*NEW_OR_SPREADING, "sudden*", "still", "keep*", "kept", "lift*", "agony", "bent", "since",
                          "twice", "again", "every time", "drag*", "fell|fall|falling|fallen",
                          "gave|give|gives|giving way|out", "buckl*", "collaps*", "fold*")),
        # Shins that "gave out" are shin splints: "my shins gave out by week 3".
        # Power on a climb or a sprint is effort: "I don't have power in my legs on hills".
        LookAlike(("power|strength ~4 on|up|during|in ~1 the|my? hill|hills|climb|climbs|incline|inclines|sprint|"
                   "sprints|intervals|reps|efforts|finish",), sense=True,
                  unless=(*NEW_OR_SPREADING, "numb*", "tingl*", "drag*", "anymore", "any_more", "like before",
                          "since ~3 back|fall|fell|op|operation|surgery")),
        # a hand's slap, not a foot's: "I slap my legs with my hands to warm up"
        LookAlike(("slap|slaps|slapped|slapping my|his|her|the legs|thighs|quads|calves",), sense=True, own=True),
        # pace, not power: "my legs felt heavy and I couldn't move any quicker"
        LookAlike(("{cannot} ~2 move|go|run|get any|much quicker|faster",), sense=True, own=True),
        LookAlike(("shin|shins ~2 gave|give|gives|giving|gone|went",), sense=True,
                  unless=("leg|legs|knee|knees|foot ~3 giv*|gave|buckl*|keep*|collaps*",)),
        # Soreness named after a race: "my right leg gave way on the stairs after the marathon, DOMS".
        LookAlike(("doms", "quads|legs|hamstrings|calves ~2 trashed|destroyed|wrecked|shot|sore|tired|heavy|dead",
                   "sore", "exhausted", "knackered", "shattered", "day after the ~1 marathon|race|ultra|half"),
                  unless=(*BACK_TOLD, *(p for p in LASTING if "hold" not in p), "numb*", "tingl*", "{cannot} ~2 feel",
                          "keeps|keep ~2 giving|buckl*", "sudden*", "out of nowhere", "{cannot} ~3 lift|raise",
                          "fell|fall|falling|fallen", "arm|arms|face|speech",
                          "drop*", "drag*", "# days later|on|after",
                          "two|three|four|five|several days later|on|after")),
        # Stiff, not weak: "knees won't bend the day after my marathon", "can't bend my knee since I knelt on it".
        # (only with the effort named that stiffened them, never with the back's onset, walking gone or falls told:
        # an eighty-eighth review)
        LookAlike(("knee|knees|leg|legs ~3 {not} ~1 bend|straighten",
                   "{cannot} ~2 bend|straighten ~2 my|his|her|the|either|both? knee|knees|leg|legs"), sense=True,
                  own=True, also=("race", "marathon", "half", "ultra", "10k", "parkrun", "run", "ran", "long run",
                                  "squats", "leg day", "gym", "hike", "hiking", "knelt", "kneeling", "gardening"),
                  unless=("weak*", "numb*", "giv* way|out", "gave way|out", "buckl*", "collaps*", "drag*",
                          "{cannot} ~2 lift|feel|walk|stand|get_up|stand_up", "barely|hardly ~2 walk|stand",
                          "hold|holding|grab* ~3 wall|onto|furniture|rail", "since ~3 back",
                          "fall|falls|falling|fell ~1 over|down")),
        DROPPED_ON_FOOT,
        # a runner's form: "I drop my weight onto my heels downhill", "drop my hips"
        LookAlike(("drop|drops|dropping my|his|her|your weight|hips|shoulders|arms|pelvis|pace|speed|cadence",),
                  sense=True, own=True),
        # A drop in the ground: "a narrow path with a drop either side, my foot caught".
        # (not "a drop foot on the left": the word after the drop is the ground's)
        LookAlike(("a|the|steep|sheer|big|huge|long|massive|vertical|sharp drop|drops either|on|off|to|into|below|"
                   "each|both|beside|of|down",), sense=True, own=True,
                  unless=("drop|drops of|on|in ~3 foot|feet|toe|toes",)),
        LookAlike(("trick knee", "knee ~3 gave|gives|giving out|way", "knee|knees ~2 buckl*|collaps*",
                   "kneecap*|patella* ~4 buckl*|gave|gives|giving|collaps*|slip*|dislocat*|track*"),
                  unless=BACK_TOLD), LONG_STANDING, LIFELONG, MUSCLE_TORN, EXERCISE_NAMED,
        # A stride that has shortened over the years is age, not a new weakness.
        LookAlike(("like|as i used to", "getting older", "with age", "in my ~2 60s|70s|80s|sixties|seventies|eighties"),
                  unless=(*NEW_OR_SPREADING, *BACK_TOLD)),
        # Told as over in a sentence of its own: "feet are fine now".
        LookAlike(("feet|foot|legs|leg|toes are|is|feel* ~2 fine|normal|ok|okay now",), anywhere=True,
                  unless=("still", "again", "worse")),
        # (not a foot that slaps or drags since a day, whatever leg day came before: the hundred-and-tenth review)
        LookAlike(("leg day", "collapses inwards|in", "overpronat*", "gait", "arch*", "shin splints", "shins ~2 give"),
                  unless=(*ONE_SIDE, "drag*", "slap*", "numb*", "bladder", "bowel*", "trip* ~3 on it|over_it|up")),
        LookAlike(("scuff* ~2 heels|shoes|trainers|soles",), unless=("drop*", "slap*", "catch*", "trip* me"),
                  sense=True),
        # A loud footstrike after a change of form: "since I switched to a midfoot strike my feet slap".
        LookAlike(("midfoot|forefoot|heel|mid_foot|fore_foot strike|striking|striker", "loud*", "noisy", "noise"),
                  unless=("{cannot} ~2 lift", "drag*", "catch*", "trip*", "weak*", "numb*", "drop*")),
    )),
    # Rising from low is what weak thighs give away first: "I can't get up from a squat", "I have to hold the
    # wall to stand up" (the legs go unnamed, so the back or a pain must be told, and weakness: a stiff back
    # or a race's sore legs make rising hard too).
    Sign("rise-from-low", "leg-weakness", E, (
        *RISE_TRIES,
        "{cannot} ~2 rise|get_up|stand_up|get_back_up|come_up|push_up|straighten_up ~2 from|out_of ~2 "
        "squat*|crouch*|kneel*|a_squat|the_floor|a_low_chair|the_toilet|the_loo",
        "have|had|need|needs|needing to ~1 hold|grab|use|push_on|pull_on|push_off|lean_on ~3 "
        "wall|table|rail|railing|banister|furniture|sofa|counter|sink|door_frame ~3 to ~1 stand|get_up|stand_up|rise",
    ), needs_back=True, needs=(*WALK_SUPPORT, "weak*", "no|lost|losing|lose|little|zero strength|power",
                               "{not} ~2 have|having|got ~1 any|much? strength|power", "numb*", "feeble",
                               "like lead", "gone to nothing", "wasted|wasting away", "useless",
                               "legs|leg|thighs|quads|knees ~4 give|gave|giving|jelly|useless|wobbly|shaky|buckl*"),
        look_alikes=(
        LookAlike(("knee|knees ~4 hurt*|pain*|sore|ache*|aching|bad|dodgy|replace*|arthrit*|swollen",
                   "doms", "leg day", "squats ~3 yesterday|gym|session|class", "after ~3 squats|leg_day|gym",
                   "pregnan*|bump|weeks_pregnant", "arthrit*", "hip replace*|op|operation", "always|never been able"),
                  anywhere=True, unless=(*NEW_OR_SPREADING, "weak*", "power", "strength", "numb*", "drag*")),
        LONG_STANDING, LIFELONG)),
    # Walking that needs a wall, with rising that takes several tries or weakness told (RISE_TRIES).
    Sign("walk-support", "leg-weakness", E, WALK_SUPPORT, needs_back=True,
         needs=(*RISE_TRIES, "weak*", "no|lost|losing|lose|little|zero strength|power", "numb*", "feeble", "useless",
                "legs|leg|thighs|quads|knees ~4 give|gave|giving|jelly|useless|wobbly|shaky|buckl*"),
         look_alikes=(LONG_STANDING, LIFELONG,
                      LookAlike(("drunk", "pissed", "hammered", "tipsy", "hangover", "dizzy", "vertigo",
                                 "ship", "boat", "ferry", "ice", "icy"), sense=True),)),
    Sign("tiptoes", "leg-weakness", E, (
        "{cannot} ~7 tiptoe*|toes|heels", "{cannot} ~5 tip toes", "{cannot} ~2 do|manage ~8 tiptoe*|heels",
        "stand*|walk* on ~3 heels|toes|tiptoe* ~8 {cannot}", "heels|toes|tiptoe* ~6 just can not",
        "{cannot} ~3 heel|calf raises|raise ~4 left|right|one_side|that_side|since",
    ), look_alikes=(LookAlike(("touch ~2 toes", "reach ~2 toes", "toe touch*", "near ~2 my|the? toes"), sense=True),
                    BEND_TO_FEET,
                    CALF_TORN, EXERCISE_NAMED, FOOTWEAR_WALKING)),
    # Numbness in both legs or feet, spreading or getting worse, or with the saddle area: an emergency
    # (NHS, cauda equina); one leg numb or tingling on its own: a doctor the same day (NHS sciatica).
    Sign("leg-numb", "leg-weakness", E, LEG_NUMB, site=LEGS, near=6, needs=LEG_NUMB_NOW, needs_near=True,
         look_alikes=(*LEG_NUMB_LOOK_ALIKES, CHECKED_BY_DOCTOR,
                      # one buttock's run down one leg: the one-leg sign's, not this one's (the buttock is among
                      # LEG_NUMB_NOW's words)
                      replace(ONE_BUTTOCK_DOWN_LEG, unless=(*ONE_SIDE_NOT_SADDLE, "legs", "feet")),
                      replace(ONE_BUTTOCK_SCIATIC, unless=(*ONE_SIDE_NOT_SADDLE, "legs", "feet")))),
    Sign("leg-numb-spreading", "leg-weakness", E, LEG_NUMB, site=LEGS, near=6, needs=LEG_NUMB_SPREAD,
         look_alikes=LEG_NUMB_LOOK_ALIKES),
    # (with the back told: toes numb on a run from the shoes' fit, no back told, are the shoes', lay-redflags42;
    # unless the numbness lasts: "still numb now an hour later", lay-redflags12)
    Sign("leg-numb-one", "leg-weakness", T, LEG_NUMB, site=LEGS, near=6, needs_back_pain=True,
         look_alikes=(*LEG_NUMB_LOOK_ALIKES, CHECKED_BY_DOCTOR, NOT_FROM_THE_BACK, DISC_DIAGNOSED)),
    Sign("leg-numb-lasting", "leg-weakness", T, LEG_NUMB, site=LEGS, near=6, needs=STILL_NUMB,
         look_alikes=(*LEG_NUMB_LOOK_ALIKES, CHECKED_BY_DOCTOR, NOT_FROM_THE_BACK, DISC_DIAGNOSED)),
    # Tired legs are both legs: one side named, or weakness since a given time, is no tiredness.
    # A leg told as not one's own to command: "feels like it is made of wood, it doesn't do what I tell it".
    Sign("leg-not-own", "leg-weakness", E, (
        f"like ~4 {NOT_OWN}",
        # cut off from the rest: "my right leg feels disconnected, like it's dead inside" (lay-redflags35)
        "leg|legs|foot|feet|thigh|it ~1 feels|feel|felt|feeling|is|seems ~1 disconnected|detached|not_connected|"
        "not_attached",
        "{not} ~2 do|does|doing|did what i|you|he|she ~1 tell|tells|told|want|wants|ask",
        # "my left foot has stopped doing what I tell it" (letters2)
        "stopped|stops|stopping doing what i|you|he|she ~1 tell|tells|told|want|wants|ask",
        "will|would|does|did not ~1 obey|listen|respond|cooperate|co_operate"),
         site=LEGS, near=8, look_alikes=(
                                         # A stiff back "made of wood" is the back's, though a leg is near:
                                         # "calves burning, and my lower back felt like it was made of wood".
                                         LookAlike((f"back|spine|neck|shoulders|hips|torso|body|arms felt|feels|feel|"
                                                    f"feeling|was|is|went ~1 like ~4 {NOT_OWN}",), sense=True,
                                                   own=True,
                                                   # ...unless a leg shares it: "and so did my left leg", "especially
                                                   # my right leg", "my left leg too" (a sixty-eighth review)
                                                   unless=("so did|does|was|is ~3 leg|legs",
                                                           "especially|particularly|mostly ~3 leg|legs",
                                                           "leg|legs ~3 too|as_well|also|the_same|same_way",
                                                           "left|right|one leg")),
                                         # a runner's flow: "disconnected from my body when I'm in the zone"
                                         LookAlike(("in the zone", "flow", "autopilot", "auto pilot", "runners high",
                                                    "floating", "zone* out", "meditative"),
                                                   anywhere=True, sense=True,
                                                   unless=("numb*", "weak*", "drag*", "giv* way", "gave way",
                                                           "buckl*", "{cannot} ~2 lift|feel|move", "since", "still",
                                                           "now", "sudden*")),
                                         LookAlike(TIRED, unless=(*NEW_OR_SPREADING, *ONE_SIDE, "floppy", "flop*",
                                                                 "nearly|almost went_over|fell|fell_over",

                                                                 "right|left|one leg|foot|thigh|calf")),
                                         # the muscles that worked told sore, the back fine: "my legs would not
                                         # do what I told them lol ... it's all in the quads and calves, back is
                                         # completely fine" after hill reps (lay-redflags40)
                                         LookAlike(("quad|quads|calf|calves|hamstring|hamstrings|glutes ~4 burn*|"
                                                    "sore*|ache|aching|achy|doms|killing|stiff|tight",
                                                    "all|mostly|just|only in my|the quad|quads|calf|calves|"
                                                    "hamstring|hamstrings|glutes|thighs|muscles",
                                                    "doms", "leg day"), anywhere=True,
                                                   unless=(*BACK_TOLD, *NEW_OR_SPREADING, *ONE_SIDE, "numb*",
                                                           "tingl*", "drag*", "fell", "falls", "buckl*",
                                                           "gave way", "giv* way", "bladder", "bowel*")),
                                         # legs that will not obey in a sprint or on a hill are tired legs
                                         LookAlike(("sprint*", "final|last ~2 hill|mile|miles|km|lap|stretch|"
                                                    "straight|rep*|5k|10k|k|marathon|half|ultra", "marathon", "ultra",
                                                    "hill*", "track", "downhill*", "race", "finish*", "reps",
                                                    "intervals"),
                                                   unless=(*NEW_OR_SPREADING, *ONE_SIDE, "since", "still", "numb*",
                                                           "drag*", "trip*", "ever since", "now")))),
    # Walking or standing gone, the legs unnamed, with numbness or weakness told: "tingling creeping down his body,
    # and today he can't walk steadily or even hold his phone up" (lay-redflags33). Not a race's tired legs.
    Sign("cannot-walk", "leg-weakness", E, (
        "{cannot} ~2 walk|stand ~1 steadily|straight|properly|unaided|alone|on_his_own|on_her_own|on_my_own|"
        "without_help|without_holding|without_falling|without_support",
        "{cannot} ~2 stand_up|get_up|walk on his|her|my|their own"),
        needs=("numb*", "tingl*", "weak*", "pins and needles", "{cannot} ~2 feel", "electric shock*", "floppy"),
        look_alikes=(LookAlike((*TIRED, RACE_JUST_RUN), unless=(*NEW_OR_SPREADING, "since ~3 back|fall|op|procedure|"
                                                                "operation|surgery", "creep*", "today", "worse")),
                     LookAlike(("drunk", "pissed", "hammered", "tipsy", "wasted", "hangover"), sense=True))),
    Sign("leg-weak", "leg-weakness", E, ("weak*", "wobbly", "unsteady", "shaky", "useless",
                                         "{not} ~1 strong again|anymore|any_more|like_before|as_before"),
         # (legs weak "after running" are tired legs, a twenty-first new user's "my legs feel weak after running, harder
         # to get up the stairs"; not in TIRED, which numbness rows share: numb "after running" is no tiredness)
         site=LEGS, near=5, look_alikes=(
                                         # an ankle's instability, a sprain's: "my left ankle gets more and more
                                         # wobbly" (forum50)
                                         # (not weak: "my ankle and whole leg feel weak", the 129th review)
                                         LookAlike(("ankle|ankles ~4 wobbly|unstable|unsteady|rolls|rolling|"
                                                    "gives|giving|gave",), own=True, sense=True,
                                                   unless=("numb*", "tingl*", "drag*", "foot drop", "slap*",
                                                           "both legs")),
                                         # the idiom of being smitten or moved: "weak at the knees when I saw my PB
                                         # time", "my knees went weak when my crush ran past" (a sixth new user)
                                         # a relative's old disc that took a leg: "My uncle had a slipped disc a
                                         # few years ago ... because one of his legs went weak" (forum41)
                                         LookAlike(OTHERS_HISTORY.words, anywhere=True, sense=True,
                                                   unless=("now", "today", "yesterday", "tonight", "this morning",
                                                           "since", "still", "again", "{cannot}",
                                                           "i|my ~4 weak*|numb*|tingl*|gave_way|giving_way|buckl*|"
                                                           "drag*")),
                                         # weak at a thing as bad at it: "I'm weak at hills and my legs die on
                                         # the climbs" (an eighth new user)
                                         LookAlike(("weak at|on hills|climbs|climbing|uphill|uphills|sprints|"
                                                    "sprinting|speed|pace|running|the_end|finishing|descents",),
                                                   own=True, sense=True,
                                                   unless=("numb*", "gave way", "giv* way", "buckl*", "fell",
                                                           "collaps*", "drag*", "since ~3 back|fall")),
                                         LookAlike(("weak at|in the knees",
                                                    "knees|knee went|go|going|gone|were|was|are weak ~3 when|at|as|"
                                                    "seeing|saw|over|for|because"), own=True, sense=True,
                                                   unless=("numb*", "gave way", "giv* way", "buckl*", "fell",
                                                           "collaps*", "since", "still", "stood|standing|stand up",
                                                           "back")),
                                         # a muscle group told weak by a coach or physio, the stride's cause: "said my
                                         # hips are weak and my right knee drops inwards" (letters1)
                                         LookAlike(("hip|hips|glute|glutes|core|hip_muscles|hip_flexors|abductors|"
                                                    "adductors|stabilisers|stabilizers|quads|hamstrings|vmo|calves|calf|"
                                                    "ankles|feet_muscles|soleus ~1 are|is|"
                                                    "too|really|quite|very|a_bit|so? weak|weaker|weakness",
                                                    # (a strength test's finding: "my coach did a strength test and
                                                    # my legs are weak", the hundred-and-twenty-second review)
                                                    "strength test|tests|testing|assessment|screen|screening ~8 "
                                                    "weak|weaker",
                                                    "gait analysis", "weak|weaker ~8 assessment|analysis|test|tests|"
                                                    "screening",
                                                    # (the muscles of a part of the legs: "the muscles on the outside
                                                    # of my lower legs are too weak", forum44)
                                                    "muscle|muscles ~6 leg|legs|shins|feet|ankles ~1 are|is "
                                                    "too|really|quite|very|a_bit|so weak|weaker",
                                                    "weak hip|hips|glute|glutes|core|hip_muscles|hip_flexors|"
                                                    "abductors|stabilisers|stabilizers",
                                                    # ...or the back's: "tight hamstrings and a weak low back"
                                                    # (forum40)
                                                    "weak low_back|lower_back|back_muscles|abs|trunk|bum|butt"),
                                                   own=True, sense=True,
                                                   unless=("numb*", "tingl*", "gave way", "giv* way", "buckl*",
                                                           "drag*", "sudden*", "fell", "falls")),
                                         # (soreness only of the legs, not the back's: "grandad's back is sore
                                         # and he's gone all weak in the legs", a ninth new user)
                                         LookAlike((*(w for w in TIRED if w not in ("sore", "achy")), RACE_JUST_RUN,
                                                    # (the legs' own soreness, no other part told between: not "legs
                                                    # weak and back sore", the hundred-and-twenty-second review)
                                                    "leg|legs|quads|thighs|calves|hamstrings|muscles|everything "
                                                    "are|is|feel|feels|felt|were|was|got|get|s? so|really|very|a_bit|"
                                                    "bit|quite|super|all|just|weak_and|tired_and|heavy_and|stiff_and|"
                                                    "weak_and_really|tired_and_really? sore|achy",
                                                    "sore|achy leg|legs|quads|thighs|calves|"
                                                    "hamstrings|muscles", "weak ~2 and achy|sore|tired",
                                                    # (one subject sore and weak, not "back is sore and legs are
                                                    # weak", the hundred-and-twenty-first review)
                                                    "achy|sore|tired and a_bit|kind_of|quite|very|really|so|super|"
                                                    "feel|feeling|bit? weak",
                                                    # the lifting session's legs: "weak legs from deadlifts yesterday"
                                                    # (a sixth new user)
                                                    "from|after ~3 deadlift*|rdl|rdls|lunges|leg_press|lifting|"
                                                    "weights|the_gym|gym|crossfit|bootcamp|spin",
                                                    "after ~2 runs", "after ~3 running|jogging|"
                                                    "parkrun|long_run|long_runs|racing",
                                                    # late in a run or a race: "weak at the end of the 10k", "on the
                                                    # last hill" (a twenty-third new user)
                                                    "end|finish of ~2 10k|5k|run|parkrun|session|workout|intervals|"
                                                    "long_run|hill|hills|climb|race|half|marathon",
                                                    "last|final hill|hills|mile|miles|km|lap|laps|climb|rep|reps|"
                                                    "stretch|straight|kilometre|k|5k|10k",
                                                    # "legs to go that weak at the end" of a first race
                                                    # (lay-redflags41)
                                                    "at|by|near|towards the end|finish|line",
                                                    # "wen i run ma back is pure sair an ma legs go aw wobbly efter"
                                                    # (a twenty-ninth new user)
                                                    "when|whenever|every_time i|a ~1 run ~12 after ,|.|?|is|and"),
                                                   # (one leg is no tiredness: "my right leg's gone really weak, I
                                                   # can hardly climb the stairs and my back is sore", a review)
                                                   unless=(*WEAK_LEGS_LAST, *ONE_SIDE,
                                                           # (gone weak, a back hurting told with it: "my legs have
                                                           # gone weak and my back hurts after running", an eleventh
                                                           # new user)
                                                           "gone|going|getting weak ~3 and|with|plus ~1 my|his|her|"
                                                           "the? lower|low? back ~3 hurt*|ache*|aching|sore|killing|"
                                                           "agony|painful|pain")),
                                         # a beginner's legs, not after an illness (weakness after a virus can be
                                         # Guillain-Barre syndrome: NHS): "my legs feel weak as a new runner"
                                         LookAlike(("new runner", "new to running", "beginner", "just started running",
                                                    "started running ~2 # weeks|days ago", "couch_to_5k|c25k"),
                                                   unless=(*(p for p in WEAK_LEGS_LAST if p != "new"), "covid",
                                                           "flu", "virus", "viral",
                                                           "illness", "infection", "bug", "ill", "sick")),
                                         # legs out of practice: "my legs are weak from not running for months"
                                         # (a twenty-fourth new user)
                                         LookAlike(("from|after|because_of ~2 not running|training|exercising|"
                                                    "doing_anything|being_active",
                                                    "out of shape", "deconditioned", "lost ~2 fitness|strength",
                                                    "# ~1 months|weeks|years off", "time off", "a break from",
                                                    "months|weeks|years of not|no running|training|exercise"),
                                                   sense=True,
                                                   # (not lasting, not after an illness, not with walking gone: the
                                                   # hundred-and-fourth review)
                                                   unless=(*NEW_OR_SPREADING, *ONE_SIDE, "numb*", "tingl*",
                                                           "bladder", "bowel*", "groin", "saddle", "fell", "falls",
                                                           "giv* way", "gave way", "buckl*", "drag*", "trip*",
                                                           "covid", "flu", "virus", "viral", "illness", "infection",
                                                           "ill", "sick", "bug", "for the last|past ~2 week|weeks|days|"
                                                           "month", "{cannot} ~2 walk|stand",
                                                           "barely|hardly ~1 walk|stand", "lost ~2 muscle")),
                                         # A claim about runners: "running makes your legs weaker".
                                         LookAlike(("makes|make|made your ~3 weaker|weak|stronger|heavier",),
                                                   sense=True),
                                         # told as no weakness but tiredness: "legs feel weak on the run, not
                                         # giving way or anything, just heavy and slow" (lay-redflags40)
                                         LookAlike(("just|only|more|mainly|mostly heavy|tired|slow|sluggish|"
                                                    "knackered|fatigued|dead|drained|leaden|lead",
                                                    "nothing|no_juice|no_energy left ~2 in_them|in_the_tank|in_my_legs",
                                                    "not|never ~1 giving|give|gave|gone way"), anywhere=True,
                                                   unless=(*ONE_SIDE, "numb*", "tingl*", "drag*", "fell", "falls",
                                                           "buckl*", "gave way", "giving way ,|.", "bladder",
                                                           "bowel*", "{cannot} ~2 walk|stand|feel",
                                                           "getting worse", "sudden*", "spreading")),
                                         LookAlike(("all fine|ok|normal|better within|after", "fine within",
                                                    "within half_an_hour|an_hour"), anywhere=True,
                                                   unless=("still", "not gone", "getting worse")),
                                         LONG_STANDING, LIFELONG, CLEARED_BY_DOCTOR,
                                         # the strength told back: "leg strength back to normal now"
                                         # (all of it, after an old episode: not "came back after five
                                         # minutes" today, nor "some strength", a sixty-fifth review)
                                         LookAlike(("strength|power ~3 back_to_normal|back_to_full|is_normal|"
                                                    "returned_to_normal|fully_back|fully_returned|normal_again",),
                                                   anywhere=True,
                                                   unless=("still", "again", "worse", "not ~2 back", "some", "partly",
                                                           "partially", "not right", "sudden*", "today", "minutes",
                                                           "hour ago|ago")),
                                         # "Swimming is my weak leg of the triathlon": the weakest discipline.
                                         LookAlike(("weak* leg|legs ~4 triathlon|tri|duathlon|relay|ironman|race",
                                                    "swim*|cycl*|bik*|run* ~3 weak* leg"), sense=True),
                                         LookAlike(("hamstring*", "quad*", "calf", "tweak*", "pulled", "torn", "tear",
                                                    "ruptur*", "sprain*"), unless=(*BACK_TOLD, "numb*", "tingl*"),
                                                   anywhere=True))),
    # Giving way told with "they", the legs named earlier in the sentence: "both legs go like rubber after a couple
    # hundred yards and twice now I've sat down in the mud, they went from under me" (lay-redflags38).
    Sign("legs-giving-way-told-before", "leg-weakness", E, (
        "they|both_of_them ~2 just|simply|completely? went|gone|go|goes|going ~1 out? from under ~1 me|him|her|them",
        "they|both_of_them ~2 just|simply|completely|both? gave|give|gives|giving|went way|out ~2 under|on|twice|again|"
        ",|.|and|when|while",
        "they|both_of_them ~2 just|simply|completely|both? buckled|buckle|buckling|collapsed|folded"),
         site=("legs", "both legs", "my legs", "his legs", "her legs", "knees"), near=30,
         look_alikes=(THE_WALL, FELLED_BY_BACK_PAIN, KNOWN_CONDITION,
                      # (not with numbness, or walking: "legs went to jelly walking to the shop and they gave way
                      # twice", the hundred-and-eighth review)
                      LookAlike(TIRED, unless=(*NEW_OR_SPREADING, *BACK_TOLD, *LASTING, *ONE_SIDE, "numb*", "tingl*",
                                               "walk*", "twice", "again", "kitchen", "shop")),
                      # "they" another thing's, the legs told fine: "my legs were fine, but my old trainers, they gave
                      # out", "the stepping stones were wobbly and they went from under me"
                      LookAlike(("legs|leg were|was|are|is|felt|feel|feeling fine|ok|okay|good|great|strong",
                                 "poles|trainers|shoes|stones|rocks|branches|boards|planks|wheels|tyres|tires|laces|"
                                 "straps|shelves|chair* ~4 they"), sense=True))),
    Sign("both-legs", "leg-weakness", E, ("both|each|two ~2 legs|feet",),
         site=("numb*", "tingl*", "weak*", "pins and needles", "shooting", "sciatica", "giv*", "gave", "pain*",
               "jelly"),
         near=6, look_alikes=(NUMB_FEELING_BACK,
                              LookAlike((*TIRED, "stretch*", "cramp*"), unless=(*BACK_TOLD, "numb*")),
                              # how one sat: "sometimes i get pins and needles in both feet after sitting cross legged"
                              # (a twenty-eighth new user)
                              LookAlike(("cross ~ legged", "crosslegged", "legs crossed", "sitting|sat|sit on my|his|"
                                         "her ~1 feet|legs|heels", "kneel*", "squatting", "lotus", "meditat*",
                                         "sitting|sat ~4 too_long|for_hours|all_day|on_the_floor|on_the_toilet"),
                                        anywhere=True,
                                        unless=(*(p for p in NEW_OR_SPREADING if not p.startswith(("both", "each"))),
                                                "since ~3 back|fall", "back went", "worse",
                                                "leg|legs|feet|foot ~3 weak*", "weak* ~3 leg|legs|feet|foot", "bladder",
                                                "bowel*",
                                                "groin", "saddle", "between ~2 legs", "{cannot} ~2 walk|stand|feel",
                                                "still", "all the time", "constant*", "stays")),
                              LookAlike(("both|each ~2 legs|feet ~2 strong|fine|ok|normal|working",
                                         "day|week|run|session|part|stage|round|number|mile|km two"), sense=True),
                              LookAlike(("shoe*", "laces", "trainers",
                              "only ~3 running|when_i_run|on_runs"), anywhere=True,
                                        unless=(*BACK_TOLD, "sudden*", "getting worse", "spreading", "walking"))
                              )),
    # A fall, crash or blow, with back pain.
    Sign("fall", "trauma", E, FALLS, needs_back_pain=True, look_alikes=(
        # a temperature, a heart, a date that fell, clothes falling off a thinner body: "temps fell below zero", "my
        # heart fell when I saw my time", "the race fell on my birthday", "my clothes are falling off me" (a fifth new
        # user's trial)
        LookAlike(("temp|temps|temperature|temperatures|mercury|thermometer|price|prices|heart|mood|spirits|face|jaw|"
                   "race|date|birthday|marathon|holiday|christmas|easter|it ~2 fell|falls|falling|fallen below|to|by|"
                   "on|when|as|through|apart",
                   "fell|falls|falling on a|my|the|his|her ~1 birthday|weekend|monday|tuesday|wednesday|thursday|"
                   "friday|saturday|sunday|bank_holiday|christmas|easter",
                   "clothes|trousers|jeans|shorts|leggings|everything|belt|pants ~3 falling|fall|fell off ~1 "
                   "me|him|her"),
                  sense=True, own=True),
        # a thing slipped into place, or a disc: "slipped a hot water bottle behind my back", "the physio slipped a
        # pillow under my back" (the hundred-and-fifteenth review)
        LookAlike(("slipped|slips|slipping a|an|the|some|my|his|her ~3 into|under|underneath|behind|inside|between|"
                   "beneath", "slipped|slip a disc|disk"), sense=True, own=True),
        DROPPED_ON_FOOT,
        # a slip of a thing, not of the body: "like someone slipped a knife in next to my spine" (forum37)
        LookAlike(("slipped|slips|slipping a|an|the|some|his|her|their ~1 knife|blade|dagger|needle|note|pill|tablet|"
                   "ring|hand|arm|word|coin|envelope",), sense=True, own=True),
        # leaning on a buggy's handlebar, not going over one: "hunched right over the handlebar like a question
        # mark" pushing the running buggy (forum35)
        LookAlike(("hunch*|lean*|bent|bend*|stoop*|slump*|crouch* ~3 over the ~1 handlebar|handlebars|handle|bars",),
                  own=True, sense=True),
        # autumn's things, a ball that flies, a body worn out: "fall chores", "the ball went flying", "sore and wiped
        # out every shift" (scope22, forum35); autumn itself is AUTUMN's
        AUTUMN,
        LookAlike(("fall chores|cleanup|clean_up|leaves|season|colors|colours|"
                   "semester|term|marathon|half|race|races|schedule|weather|foliage|break|garden|yard",
                   "ball|frisbee|kite|hat|cap|phone|bag|keys|bottle|papers|cards|cup|drink went flying",
                   # (not "I totally wiped out", "wiped out on my bike": a crash)
                   "feel|feeling|felt|am|so|sore_and|tired_and ~1 wiped out", "wiped out ~3 every|by_the_end|all_day"),
                  own=True, sense=True),
        # the evening, the rain or a price: "now that night falls at 4pm" (a review)
        LookAlike(("night|darkness|dusk|rain|snow|leaves|temperature|temperatures|price|prices fall|falls|fell|"
                   "falling",), own=True, sense=True),
        # a bladder's accident, not a crash: "had a wee accident in my pants when i sneezed" (a twenty-eighth new user)
        LookAlike(("accident|accidents in|on my|his|her|the ~1 pants|knickers|trousers|shorts|underwear|bed|leggings|"
                   "tights", "wee|little|small|bit_of_an|slight accident ~4 sneez*|cough*|laugh*|pants|knickers",
                   "accident ~4 when|while|if i ~1 sneez*|cough*|laugh*"), own=True, sense=True),
        # a massage's pummelling or a joke's thump: "the therapist punched me in the lower back", "punched me in the
        # back as a joke, now it's a little sore" (the ninety-fourth review), unless it hurts like an injury
        LookAlike(BLOWS, sense=True, own=True,
                  also=("joke", "joking", "jokingly", "messing", "mucking", "larking", "play fight*", "playfully",
                        "banter", "massage", "masseur", "masseuse", "therapist", "physio*", "osteo*", "chiro*"),
                  unless=("agony", "worse", "killing", "really|badly|so ~1 hurt*|hurts|sore|painful", "{cannot}",
                          "numb*", "tingl*", "weak*", "blood", "bruis*", "swollen", "swelling", "fell", "fall")),
        # A fall only suspected, with nothing bad told: "part of me worries she had a fall and is hiding it, the x-ray
        # last week showed nothing" (lay-redflags33); not with agony or walking gone (a ninetieth review).
        LookAlike(("worries|worried|suspect|suspects ~3 had|might_have|may_have|has_had a|an ~1 fall|tumble|fall_at|"
                   "accident",), own=True,
                  unless=("agony", "severe*", "killing", "worse", "{cannot} ~3 walk|stand|move|get_up|get_out",
                          "barely|hardly ~2 walk|stand|move", "really|badly|so ~1 hurt*|sore|painful",
                          "hurts|hurt ~2 really|badly|so_much", "thinner*", "warfarin", "anticoag*", "osteopor*",
                          "scream*", "numb*", "weak*", "tingl*", "pins and needles", "bladder", "# years|year old",
                          f"{OLD_AGE}")),
        # The floor met on purpose in an exercise: "I hit the tiles at the gym doing burpees" (an eighty-eighth review).
        LookAlike(("hit the tiles|floor|deck|ground|concrete|floorboards ~6 burpee*|press_up*|pressup*|pushup*|"
                   "push_up*|sprawl*|mountain_climber*|plank*|drills|circuits",
                   "burpee*|press_up*|pressup*|pushup*|push_up*|sprawl*|mountain_climber*|plank*|drills|circuits ~6 "
                   "hit the tiles|floor|deck|ground|concrete|floorboards"), own=True,
                  unless=("fell", "slipped", "tripped", "landed on|onto my|the back|tailbone|head", "agony",
                          "{cannot} ~2 move|walk|stand")),
        # Spilt all over a thing, not thrown over it: "my bottle leaked all over the car seat" (a seventy-first review)
        LookAlike(("all over the|my|his|her ~1 car|boot|roof|bonnet|seat|seats|floor|bed|sofa|carpet|kitchen",),
                  sense=True, own=True),
        # A pain or a feeling that "hit me" is no blow: "out of nowhere a sharp pain hit me low in the back" (forum29)
        LookAlike(("pain|pains|ache|twinge|spasm|spasms|cramp|cramps|stitch|wave|tiredness|fatigue|exhaustion|"
                   "nausea|panic|realisation|realization|heat|bonk|wall ~1 just|suddenly|then|really|finally? "
                   "hit|hits|struck me|him|her",
                   # what dawned or upset: "it hit me that my back always hurts", "the news hit me hard" (the
                   # hundred-and-twenty-first review)
                   "it|that|this ~1 suddenly|finally|really|just? hit|hits|struck me|him|her that|how|what|when|why",
                   "news|it|reality|grief|loss|that|this|death|diagnosis|result|results ~1 really? hit|hits|struck "
                   "me|him|her|us hard|badly"), sense=True, own=True),
        ASLEEP, NO_FALL_TOLD, NO_BODY_CRASHED, BIKE_LEG_DONE, CAR_CRASH_IDIOM, RUNNERS_CRASH, NEAR_MISS, FEET_LANDING,
        AUTUMN,
        THING_DROPPED,
        NOT_A_FALL_TOLD,
        FELL_RUNNING, FOOTSTRIKE, PAIN_OVER, MINOR_FALL, FALL_CHECKED,
        BACK_SPARED, BACK_BEFORE_FALL,
        ONTO_A_MAT,
        FALL_LONG_AGO, PRIDE_ONLY,
        # A crash in a game, or a market's fall: "crashed my car on Gran Turismo", "a stock market fall".
        # (a game named, not "fell in the game" of a match; a market's words, not "a fall in the market": a
        # seventy-fourth review)
        LookAlike(("crash*|fell|fall|falls|falling|wiped_out ~4 on|in|playing ~1 gran_turismo|mario_kart|forza|fifa|"
                   "video_game|computer_game|xbox|playstation|ps4|ps5|console|simulator|iracing|fortnite",
                   "stock|share|housing|property market|markets ~1 fall|falls|fell|falling|crash* ~3 wiped|"
                   "wiping|wipes ~1 out",
                   "stock|share|housing|property market|markets ~1 fall|falls|fell|falling|crash*",
                   "shares|prices|sterling|pension ~2 fall|falls|fell|falling|crash*",
                   "fall|falls|crash in|of ~2 the? stock|share|housing|property market|markets|prices|shares|"
                   "sterling"),
                  sense=True, own=True),
        # A vertebra that slipped forward (spondylolisthesis), not a person who slipped: "my L5 had slipped forward".
        # (a vertebra named, and told as moved: not "hurt my spine when I slipped in the bath", a seventy-second review)
        LookAlike(("l1|l2|l3|l4|l5|s1|vertebra|vertebrae ~2 slipped|slipping|slips|slip forward|forwards|back|"
                   "backward|backwards|out|out_of_place", "slipped vertebra|vertebrae", "spondylolisthesis",
                   "spondylolysis"), sense=True, own=True),
        # Walking off a car park's roof: "came off the roof of the multi-storey and jogged home".
        LookAlike(("came|come|coming off the|a roof ~3 car_park|carpark|multi_storey|parking|stadium|shopping",),
                  sense=True, own=True),
        # A simile, with no fall or crash told beside it: "the day after it was like I'd been hit by a lorry".
        LookAlike(("like|if ~4 hit|run|knocked by|over|down ~2 a|the? bus|lorry|truck|train|tram|car|steamroller|"
                   "freight_train",
                   # "just feel run over by a truck" (lay-redflags2)
                   "feel|feels|felt|feeling ~2 hit|run|knocked by|over|down ~2 a|the? bus|lorry|truck|train|tram|car|"
                   "steamroller|freight_train"), sense=True,
                  unless=(*(p for p in FALLS if p not in ("hit by", "run over", "knocked down|over|off")),
                          "knocked|run down|over|off|into ~1 by? a|an|the? cyclist|car|bike|van|runner|dog|horse|"
                          "scooter|motorbike|jogger|kid|child|skateboard",
                          "a|the cyclist|car|bike|van|dog|scooter|motorbike ~3 hit|knocked|clipped|ran_into me")),
        # ...or a crash: "felt like I'd been in a car crash afterwards, every muscle complaining" (forum42), unless a
        # crash of one's own is told beside it
        LookAlike(("like|as_if|as_though ~2 been|was|were|had_been in a|an ~1 car_crash|car_accident|crash|accident|"
                   "train_wreck|car_wreck|wreck|fight|boxing_match|war|pile_up",), sense=True,
                  unless=(*(p for p in FALLS if p not in ("hit by", "run over", "knocked down|over|off", "crash*",
                                                          "car accident", "accident", "car crash", "a|the pile up")),
                          "crashed|crashing ~3 my|his|her|their|the|a|into")),
        CHECKED_BY_DOCTOR, CLEARED_BY_DOCTOR,
        # time knocked off, not a runner: "knocked off a PB at the 10k today" (the hundred-and-twentieth review)
        LookAlike(("knocked|knock|knocking off a|my|the? ~1 pb|pr|pbs|prs|minute|minutes|seconds|mins|secs|time|"
                   "chunk|bit",), sense=True, own=True),
        # a trip that is the foot drop's, told as its result: "I tripped on the kerb twice because the toes won't
        # lift" (a tenth new user): the leg's sign, not a fall's (no "keep still" lines)
        LookAlike(("tripped|trip|trips|tripping|stumbled|stumbling ~6 because|cos|coz|as|since ~3 toes|toe|foot|feet "
                   "~2 {not} ~1 lift|lifting|clear|clearing",
                   "tripped|trip|trips|tripping|stumbled|stumbling ~6 because|cos|coz|as|since ~3 toes|toe|foot|feet "
                   "~2 drag*|catch*|catches|slap*|flop*"), sense=True, own=True,
                  unless=("fell|landed on ~3 back|bum|tailbone|head|hip", "hit my head", "banged my head")),
        # clumsy all one's life, not a fall: "I've always tripped over my own feet, clumsy since I was a kid" (the
        # hundred-and-twenty-first review)
        LookAlike(("always|forever ~3 tripped|tripping|trip|trips|stumbling|stumble over|on",
                   "clumsy since|as|from ~3 kid|child|little|young|small|baby|forever|school",
                   "always been|was ~2 clumsy"), sense=True, anywhere=True,
                  unless=("landed", "fell", "hit", "today", "yesterday", "this morning", "last night",
                          "since ~2 my|the back|fall|accident")),
        # a habit told, not a fall: "I trip over my own feet when I'm tired"
        LookAlike(("trip|trips|tripping over|on my own feet ~3 when|whenever|if|all_the_time|constantly|a_lot",),
                  sense=True, own=True,
                  unless=("landed", "fell", "hit", "since", "yesterday", "today", "this morning", "last night")),
        # a pain that "hit me", not a blow: "lower back pain stopped me ... First hit me Tuesday on a 7 mile tempo"
        # (forum42)
        LookAlike(("first|only|pain|ache|aches|spasm|spasms|twinge|twinges|cramp|cramps|stiffness|soreness|tiredness|"
                   "fatigue|exhaustion|it_first|it_only ~1 hit|hits|hitting me",), sense=True, own=True),
        # What was stopped in time: "caught myself before I fell over", "...before I went into the ditch".
        LookAlike(("caught|saved|stopped myself ~3 before ~2 fell|fall|falling|landed|hit_the_ground|hit_the_floor|"
                   "crashed|tumbled|went_over|went_down|went_into",
                   # Someone else caught in time: "caught her under the arms before she hit the ground".
                   "caught|grabbed|saved|steadied|held ~5 before she|he|they|it ~1 fell|fall|falling|landed|"
                   "hit_the_ground|hit_the_floor|hit_the_deck|went_down|crashed|tumbled|went_over"),
                  sense=True, own=True),
        LookAlike(("caught myself", "stayed on my feet", "managed not to fall", "did not fall"),
                  anywhere=True, sense=True, unless=A_FALL_BESIDE),
        # the back told unhurt or the fall checked, as for a fall onto the back: "had a wee fall ... grazed my hands
        # but my back's grand", "x-ray was clear" (chat11, forum34, lay-redflags42)
        BACK_UNHURT, WRITER_UNHURT, FALL_CHECKED, PRIDE_ONLY)),
    Sign("fall-onto-back", "trauma", E, FALL_ONTO, look_alikes=(
        # pain that nearly fells, not a landing: "got out of the car and nearly went down with pain across my lower
        # back" (forum30)
        LookAlike(("nearly|almost ~1 went_down|fell|dropped|came_down|keeled_over|collapsed",
                   "went_down|came_down|dropped|doubled_over|doubled_up with|from ~2 pain|the_pain|spasm|a_spasm|"
                   "agony|it"), own=True, sense=True),
        ASLEEP, NO_FALL_TOLD, RUNNERS_SLEEP, NO_BODY_CRASHED, BIKE_LEG_DONE, CAR_CRASH_IDIOM,
                                                                 AUTUMN,
                                                                 NOT_A_FALL_TOLD,
                                                                 FOOTSTRIKE, BACK_UNHURT, FALL_CHECKED, BACK_SPARED,
                                                                 PAIN_OVER, PRIDE_ONLY)),
    # A runner or walker struck by a motor vehicle, whatever they feel: a dangerous mechanism of injury whose harm
    # the moment's adrenaline hides (NICE NG232, head injury: "pedestrian or cyclist struck by a motor vehicle";
    # lay-redflags36: "hit by a car on a crossing ... a bit achey but nothing's broken I think").
    Sign("struck-by-vehicle", "trauma", E, (
        # (not "caught by surprise in the car park", the hundred-and-second review)
        "hit|struck|knocked|clipped|run_over|knocked_down|knocked_over|taken_out|sideswiped|bumped by ~1 "
        # (two words may name it: "hit by a number 38 bus", the hundred-and-third review)
        "a|an|the|this ~2 car|van|bus|truck|lorry|motorbike|motorcycle|vehicle|taxi|cab|suv|moped|tractor|pickup|ute|"
        "4x4|driver|motorist|reversing_car",
        "car|van|bus|truck|lorry|motorbike|motorcycle|vehicle|taxi|suv|driver|motorist ~3 hit|struck|clipped|"
        "knocked|ran_into|ploughed_into|plowed_into|drove_into|reversed_into|ran_over|bumped|sideswiped me|him|her|us",
        "ended up on the ~1 bonnet|hood|windscreen|windshield",
        # the part it hit named, or the ride over the bonnet: "the car caught my knees and I rolled off the bonnet"
        # (lay-redflags46)
        "car|van|bus|truck|lorry|motorbike|motorcycle|vehicle|taxi|suv ~2 caught|hit|struck|clipped|took_out my|his|"
        "her ~1 leg|legs|knee|knees|hip|hips|side|back|shin|shins",
        "rolled|thrown|flew|flung|bounced|slid|went off|over|onto|across ~1 the|his|her|their bonnet|hood|windscreen|"
        "windshield"),
        # (each look-alike in the finding's sentence or taking in its words: a doctor's word on the back, or a fall
        # long ago, told elsewhere, explains no car this morning: the hundred-and-second review)
        look_alikes=(
                     # weeks ago and mending: "hit by a car 2 weeks ago ... back was checked and is fine" (a back that
                     # hurts now is the fall row's)
                     LookAlike(("# ~1 weeks|months|years ago", "last week|month|year", "a week|month|year ago"),
                               unless=("today", "yesterday", "last night", "this morning", "this afternoon", "tonight",
                                       "just now", "earlier", "worse", "sick", "vomit*", "headache*", "confus*",
                                       "drowsy", "{cannot} ~3 stop|walk|stand|remember")),
                     # a simile or a near thing: "felt like I'd been hit by a bus", "a car nearly clipped me"
                     # (and "like I was hit by a bus", "like a bus hit me": the hundred-and-third review)
                     LookAlike(("like|if|as_if|as_though ~3 been|being|got|get|was|were|had_been hit|run_over|knocked|"
                                "struck",
                                "like|as_if|as_though ~2 car|van|bus|truck|lorry|train|steamroller|tank ~2 hit|"
                                "ran_over|run_over|ran_into|drove_over|went_over",
                                "feel|feels|felt|feeling ~1 like? run_over|hit_by_a_bus|hit_by_a_truck|hit_by_a_lorry|"
                                "hit_by_a_train|hit_by_a_steamroller",
                                "nearly|almost|narrowly|near|inches_from|nearly_got|almost_got ~2 hit|struck|clipped|"
                                "knocked|run_over|taken_out"), sense=True, own=True))),
    # A knock to the head with what can follow a brain injury, whatever the back: dizziness, being sick, confusion,
    # drowsiness, a blackout, memory or sight trouble, a headache that stays (NHS "Head injury and concussion": go to
    # A&E; NICE NG232). A thirty-third new user: "knocked off my feet by a dog on my run and banged my head, feel
    # dizzy" got the fallback.
    Sign("head-injury", "trauma", E, (
        "bang*|banged|bash*|hit|hitting|knock*|bump*|bumped|smack*|whack*|crack*|cracked|clonked|clonk|conked|"
        "thwacked|walloped|clouted ~3 my|his|her|their|"
        "the_back_of_my head|noggin|bonce|skull", "head injury|injuries", "headbutted|headbutt",
        "landed|fell ~2 on my|his|her head",
        "head ~2 hit|smacked|cracked ~3 "
        "ground|floor|pavement|kerb|curb|road|rock|path|track|ice",
        # the face or brow told for the head, a helmet that took the blow, a concussion named (the
        # hundred-and-fifteenth review: "smashed my forehead on the pavement", "helmet cracked", "head first into a
        # lamppost", "my face hit the kerb", "headed the door frame")
        "bang*|banged|bash*|hit|hitting|knock*|bump*|bumped|smack*|smashed|whack*|crack*|cracked ~3 my|his|her "
        "forehead|face|temple|brow",
        "forehead|face|temple ~2 hit|smacked|smashed|slammed ~3 ground|floor|pavement|kerb|curb|road|rock|path|"
        "track|ice|wall|door|post|lamppost|tree|branch",
        "helmet ~2 cracked|smashed|split|broke|broken|snapped", "cracked|smashed|split|broke my|his|her helmet",
        "concuss*", "head first into", "headed|head_butted the|a ~1 door|door_frame|doorframe|wall|post|beam|"
        "branch|lamppost"),
        # the symptom told of the person now, not "sick of this week", "confused about zone 2", "spinning class",
        # "forgot my watch" (the hundred-and-fifteenth review); near the blow (needs_near)
        needs=("dizz*", "feel*|felt|feeling|been|being|was|is|keeps|keep|kept|going_to_be ~2 sick", "sick ,|.|and|now",
               "vomit*", "threw up", "throwing up", "is|was|seems|seemed|very|really|a_bit|bit|now|and confused",
               "confused ,|.|and|now|since", "confusion", "drowsy", "sleepy", "blurr*",
               "double vision", "seeing double", "seeing stars", "knocked out", "blacked out", "passed out",
               "{cannot} ~2 remember", "do not remember", "headache", "head ~2 pounding|throbbing|splitting",
               "room|head|everything|world ~2 spinning|spins|spun", "woozy", "groggy", "dazed", "foggy",
               "out of it", "forget*|forgot ~2 things|what|where|who|everything|stuff|the_last|how",
               "repeating", "same question|thing ~3 over|again", "not making sense", "slurr*", "seizure"),
        needs_near=True,
        look_alikes=(
            # frustration, not a blow: "I've been banging my head against a wall over this plateau"
            LookAlike(("bang*|banging|hitting ~3 head against|on ~2 a|the brick? wall|brick_wall|desk|keyboard",
                       "like|as_if ~3 hit|banged|knocked ~3 head"), sense=True, own=True),
            # tired from nights up, not drowsy from a knock: "headbutted me this morning and I'm so sleepy from night
            # feeds" (the hundred-and-fifteenth review)
            LookAlike(("sleepy|drowsy|tired ~3 from|after|because_of ~3 night|nights|feeds|feeding|baby|shift|"
                       "shifts|work|training|early",), sense=True,
                      unless=("dizz*", "vomit*", "confus*", "blurr*", "double", "knocked out", "passed out",
                              "{cannot} ~2 remember", "headache", "woozy", "groggy", "dazed")),
            # a blow long ago: "hit my head as a kid", weeks ago and fine now
            LookAlike(("# ~1 weeks|months|years ago", "last year|month|spring|summer|autumn|winter", "as a kid|child|"
                       "teenager"),
                      unless=("today", "yesterday", "last night", "this morning", "earlier", "just now", "ever since",
                              "worse", "still ~3 dizz*|sick|vomit*|confus*|drowsy|blurr*|headache*")))),
    # An older person's fall that changed how they walk, whatever the back: a hip can break at that age (NHS, hip
    # fracture: pain in the hip or groin, not able to walk or put weight on the leg, after a fall; a twentieth new
    # user: "my dad's 70 and fell in the garden yesterday, his back is fine but he's walking funny" got no pointer to
    # help). A doctor today.
    # ...and one that cannot get up, stand or walk since is an emergency, as a hip may be broken (NHS; a twenty-sixth
    # new user: "my grandad fell over last night and hasn't been able to get up properly since" was "today").
    # A fall and the legs numb, weak or unfelt since, with or without back pain told: the spine may be hurt, keep still
    # (NHS first aid; a twenty-seventh new user: "fell down the stairs and now I cant feel my legs" got no first aid).
    # (not legs "dead" or "gone" from the run, a fell race, a crash at mile 20: the hundred-and-ninth review)
    Sign("fall-legs", "trauma", E, FALLS, needs=(
        "{cannot} ~2 feel|move ~2 my|his|her|their? legs|leg|feet|foot",
        "legs|leg ~3 numb|numbed|weak|useless|tingl*|tingly", "pins and needles"),
         look_alikes=(*FALL_ORDINARY, FELL_RUNNING, RUNNERS_CRASH,
                      LookAlike(("lol", "lmao", "haha*", "ultra", "marathon", "mile #|# miles"), anywhere=True,
                                unless=("numb", "numbed", "tingl*", "pins and needles", "agony", "ambulance",
                                        "back|neck ~3 hurt*|pain*|agony|killing")))),
    Sign("fall-older-down", "trauma", E, FALLS, site=OLDER, near=20, needs=CANNOT_GET_UP, site_told_before=True,
         look_alikes=FALL_ORDINARY),
    # At any age, a fall that leaves someone unable to walk or stand properly, told without back pain: "I fell down
    # the stairs and now I can't walk properly" (the hundred-and-twenty-fifth review); a doctor the same day, the
    # ambulance when it is bad (NHS: after a fall, A&E for a possible broken bone).
    # (a walk down the stairs or a climb down the ladder is no fall: "came down the steps at the finish and could barely
    # walk", the hundred-and-twenty-seventh review; "slipped on the stairs", "took a tumble", "tripped over the dog on
    # the stairs", "missed the bottom step" are)
    Sign("fall-cannot-walk", "trauma", T, (
        "fell|fallen|falling|fall|tumbled|tumble|slipped|slipping|tripped|tripping|thrown|threw|bucked ~3 "
        "down|off|from|on|over ~2 the|a|my|his|her? stairs|steps|step|ladder|roof|horse|bike|wall|tree|scaffold*|loft|"
        "bunk",
        "came|come off|from the|a|my|his|her? ladder|roof|horse|bike|wall|tree|scaffold*|loft|bunk",
        "fell|slipped|tripped|tumbled|tumble ~6 on|down the|a|my|his|her stairs|steps",
        "missed ~3 step|steps|stair|stairs|rung|footing"),
         needs=("{cannot} ~2 walk|stand properly|straight|right|normally|at_all|anymore",
                # a bare "can't walk" (not "can't walk far", "can't walk the dog")
                "{cannot} ~2 walk ,|.|!|and|now|since|without|unaided|today|anymore|any_more|on_it|at_all",
                "{cannot} ~2 stand_up|stand up_straight|straighten_up",
                "barely|hardly|can_barely|can_hardly ~1 walk|stand",
                "{cannot} ~2 put_weight|bear_weight|weight_bear|put_any_weight"),
         look_alikes=FALL_ORDINARY),
    Sign("fall-older", "trauma", T, FALLS, site=OLDER, near=20, needs=WALKING_CHANGED, site_told_before=True,
         look_alikes=FALL_ORDINARY),
    # Fever now, with back pain.
    # A past cancer with back pain now: see a doctor the same day (NICE CKS low back pain: red flags).
    Sign("cancer-history", "cancer", T, (
        "had|history_of|treated_for|survived|beat|beaten|after|since|finished|completed|in_remission_from|post|"
        "diagnosed_with|have|has|having|i_have_got|undergoing|currently|on ~3 cancer|"
        "tumour|tumor|lymphoma|leukaemia|leukemia|myeloma|melanoma|chemo|chemotherapy|radiotherapy",
        # told by the operation or the round of it: "had my prostate out for cancer two years ago", "my second go
        # round with breast cancer" (lay-redflags37)
        "out|removed|surgery|operation|op|mastectomy|lumpectomy|treatment|radiation for ~2 cancer|tumour|tumor|"
        "lymphoma|melanoma",
        # ("bout*": a whole word of the table is a known word to the matcher, and "two bouts of back pain" must keep
        # "bouts" as content it does not explain)
        "go_round|round|bout*|battle|brush|fight|time|journey with ~3 cancer|lymphoma|leukaemia|leukemia|myeloma|"
        "melanoma",
        "cancer|tumour|tumor|lymphoma|myeloma|melanoma survivor", "in remission",
        # or past its treatment: "about 18 months past breast cancer treatment" (forum42; not "past caring about
        # cancer risk", the hundred-and-nineteenth review)
        # (or "out from" it: "nineteen months out from breast cancer treatment", forum45)
        "past|beyond|done_with|through|out_from|out_of|post my|her|his|the? breast|bowel|prostate|lung|skin|blood|"
        "ovarian|cervical|"
        "testicular|kidney|thyroid? cancer|lymphoma|leukaemia|leukemia|myeloma|melanoma treatment|treatments|chemo|"
        "radiotherapy|surgery",
        # told by who treats it or the drug after it: "finished treatment in June (breast, now on an AI) ... my onc
        # warned me" (forum41)
        "my|his|her onc|oncologist|oncology_nurse|oncology_team", "tamoxifen", "letrozole", "anastrozole",
        "exemestane", "aromatase inhibitor|inhibitors", "herceptin", "finished|after|since treatment ~3 breast|bowel|"
        "prostate|lung|skin|blood"),
        needs_back_pain=True, past_stands=True, own_only=True,
        # (the relative's verb goes with a cancer word: "my mate has told me to ask" explains nothing, a
        # sixty-third review)
        look_alikes=(LookAlike((f"{RELATIVES} ~3 had|has|with|beat|died|survived|"
                                "is_having|having|is_on|started|finished|diagnosed ~4 cancer|tumour|tumor|lymphoma|"
                                "leukaemia|leukemia|myeloma|melanoma|chemo|chemotherapy|radiotherapy|it|the_same",
                                "dog|cat|pet|horse ~3 cancer",
                                # A question about cancer in general: "does back pain have a link to cancer?"
                                "link|linked|links|risk|risks|cause|causes|sign|signs|symptom|symptoms ~3 cancer",
                                # ...or a fear of it: "could my back pain after running be cancer? No history"
                                # (an eighth new user's)
                                "be|mean|means|is_it|it_is ~1 cancer|a_tumour|a_tumor|tumour|tumor ?|,|.|or|and",
                                "scared|worried|afraid|terrified|fear|fears|paranoid ~4 cancer|tumour|tumor"),
                               anywhere=True, sense=True, unless=(*OWN_CANCER, *THEIR_BACK_PAIN)),
                     # The relative's own words: "Uncle had myeloma that started with back pain" (only that finding).
                     LookAlike((f"{RELATIVES} had|has|beat|survived ~2 cancer|"
                                "tumour|tumor|lymphoma|leukaemia|leukemia|myeloma|melanoma|chemo",),
                               own=True, sense=True, unless=THEIR_BACK_PAIN),
                     # the treatment going on now, and blamed for the pain: "being on chemo is why his back aches"
                     # (a sixty-first review; the oncology team has it in hand)
                     # (stated, not asked: "could the tamoxifen meds be causing my back ache?" stays a sign, the
                     # hundred-and-eighth review)
                     LookAlike(("chemo|chemotherapy|radiotherapy|treatment|oncology|meds|medication|tablets is|are|"
                                "was|were ~1 why|causing|behind|the_cause",), anywhere=True, sense=True),
                     # a back hurt only in a prevention question: "Post chemo and surgery, now back on couch to 5k ...
                     # How do I avoid hurting my back?" (lay-redflags15)
                     LookAlike(("avoid|prevent|stop|without ~3 hurting|injuring|straining|damaging|hurt|injure|strain "
                                "my|the|his|her back",), sense=True, anywhere=True,
                               unless=("aches|aching|ached|sore|hurts|hurting_now|agony|pain_now|niggl*|twinge*|"
                                       "stiff*",)),
                     # a back only asked about, with no complaint of it: "had cancer as a kid, can running strengthen
                     # my back?" (a twenty-sixth new user)
                     LookAlike(("strengthen|strong|stronger|build|protect|good_for|ok_for|safe_for|bad_for|help|helps "
                                "~3 my|the|a? back",), sense=True, anywhere=True,
                               unless=(*PAIN, "stiff*", "niggl*", "problem*", "bother*", "trouble", "uncomfortable",
                                       "grumbl*", "playing up", "acting up", "giving ~2 grief|trouble|problems|gyp|jip",
                                       "not right", "worse", "bad back", "tight*")),
                     LookAlike(("fear|afraid|scared|worried|anxiety|anxious|paranoid ~3 cancer",
                                "reading|read|heard about", "documentary", "article"), anywhere=True, sense=True,
                               unless=OWN_CANCER),
                     # a pain that behaves like a strain's, told so: after runs, gone by the next day, nothing at night
                     # (forum20: "stiff and sore the evening after a run ... It eases by the next day and there's
                     # nothing at night"); not one there on rest days or getting worse (forum41), the malignant
                     # pain's marks (NICE CKS: non-mechanical pain, pain at rest or at night)
                     LookAlike(("eases|settles|goes|gone|fine|better ~3 by|the next_day|next_morning|the_morning",
                                "nothing|fine|no_pain at night"), anywhere=True,
                               unless=("rest day|days", "at rest", "worse", "constant*", "all the time", "wake|wakes|"
                                       "woke|waking", "lost|losing|dropped|dropping ~3 weight", "weight ~3 los*|dropp*",
                                       "night ~3 pain*|ache*|aching|hurt*|agony", "every day", "all day")),
                     LookAlike((
                                "race for life", "charity|fundrais*|raising_money|sponsor*", "family history",
                                "cancer scare", "scare", "test|tests|screening|scan|biopsy ~3 clear|negative|fine|"
                                "normal|benign", "cancer research",
                                "skin cancer ~3 check", "cancer ~2 charity|awareness|research|10k|5k|run|race"),
                               anywhere=True, sense=True,
                               unless=("getting worse", "worse and worse", "new pain|back_pain|and_getting",
                                       "i ~1 beat|survived|was_diagnosed ~3 cancer", "my cancer")),
                     # A pain an effort explains that is already easing: spinal metastases' pain is
                     # progressive, at night, unrelenting (NICE NG234); "sore after yesterday's hilly 10k but
                     # already easing today" is not.
                     LookAlike(("already|now|today|since ~2 eas*|settl*|better|improv*",
                                "eas*|settl*|better|improv* ~2 already|now|today"),
                               anywhere=True,
                               unless=("getting worse", "worse and worse", "night*", "weeks", "months", "weight",
                                       "not ~2 eas*|settl*|better|improv*", "constant", "every day|week|run",
                                       "after every", "this month", "for a month",
                                       "still ~2 there|sore|hurts|hurting|aching|painful|bad|stiff",
                                       "lately", "recently", "keep|keeps|kept ~2 coming_back|returning|happening",
                                       "comes|come|came back", "painkiller*", "tablets", "ibuprofen", "paracetamol",
                                       "co_codamol", "naproxen"),
                               also=("after|from ~4 run|runs|running|jog|jogging|10k|5k|parkrun|race|hill|hills|"
                                     "hilly|long_run|session|marathon|miles",)),
                     # Explained by the cancer team itself: "my oncologist says the ache is from the jabs".
                     LookAlike(("oncologist|oncology|consultant|doctor*|gp|nurse|specialist|team ~2 says|said|"
                                "thinks|told_me|knows ~8 from|because_of|caused_by|side_effect|side_effects|due_to ~4 "
                                "jab|jabs|injection*|treatment|tablets|pills|chemo|chemotherapy|radiotherapy|hormone*|"
                                "letrozole|tamoxifen|anastrozole|neulasta|steroid*|immunotherapy|medication|drugs",),
                               anywhere=True,
                               unless=("getting worse", "worse and worse", "new pain", "night*", "weight",
                                       "not ~2 going|gone|eas*|settl*", "spread*", "secondar*", "metasta*",
                                       "weeks", "scan")),)),
    # Heatstroke on a hot run: confusion, sweating that stops though hot, a fit: call the emergency number (NHS,
    # heat exhaustion and heatstroke; a twenty-second new user: "ran in the heat and got confused and couldn't see
    # properly, my mate had to walk me home" got no advice). The heat must be told.
    Sign("heatstroke", "heat", E, (
        "stopped|stop|stops|not|no_longer ~1 sweating", "sweating ~2 stopped|had_stopped",
        # confusion as a state someone is in, not a question one is unsure of ("I'm a bit confused, should I...?",
        # the hundredth review)
        "got|became|become|went|gone|was|were|seemed|seems|looked|looks|getting|gets ~1 really|very|totally|"
        "completely|quite|a_bit|so|all? confused|disorientated|disoriented|delirious|incoherent|muddled|dazed|groggy",
        # ...felt, and lost on a route one knows (lay-redflags38: "still feel muddled and hot", "couldn't work out
        # which way the route went")
        "feel|feels|feeling|felt ~1 still|really|very|totally|completely|quite|a_bit|so|all? ~1 really|very|so? "
        "confused|disorientated|disoriented|muddled|dazed",
        "{cannot} ~2 work_out|figure_out|tell ~2 which_way|where_i_was|where_to_go",
        # (the hundred-and-first review)
        "not with it", "kept|keeps|keep asking ~2 the same", "rambling", "acting|behaving weird|strange|strangely|odd|"
        "oddly|drunk",
        "disorientated|disoriented|delirious|incoherent|slurring|talking_nonsense|talking_rubbish|babbling|gibberish",
        "{not} ~2 making ~1 any|much? sense", "stopped|stop making ~1 any? sense", "making no sense", "out of it",
        "{not} ~2 recognise|recognize ~1 me|us|anyone|her|him",
        "{not} ~1 himself|herself|themselves|myself", "hot and dry",
        "{not} ~2 know|knew|recognise|recognize|remember ~2 where|who|what_day",
        "heatstroke|heat_stroke|sunstroke|sun_stroke", "seizure|seizures|convuls*", "had|having|has|took a fit"),
        needs=HEAT_TOLD, needs_denied_ok=True, recent_stands=True,
        look_alikes=(LookAlike(("confused|confusion about|by|as_to|over|why|what|which|how|whether|if",
                                "confusing",
                                "a_bit|bit|slightly|so|really confused ~3 about|by|over|why|what|which|how|whether|if"),
                               sense=True, own=True),
                     # less sweat is no stopped sweat: "I'm not sweating as much as I used to"
                     LookAlike(("not sweating ~2 much|as_much|a_lot|enough|like|heavily|buckets",
                                "stopped|stop sweating ~2 so_much|as_much|much|buckets|heavily|like_before",
                                "stopped|stop sweating ~4 once|after|when ~3 cool*|shower*|sat|stopped|rest*|inside|"
                                "aircon|air_con|shade|home"), sense=True, own=True),
                     # a fit of something, an animal's seizure, a known illness's confusion (the hundredth review)
                     LookAlike(("fit of|about|when|over|because",
                                "dog|dogs|puppy|cat|horse|pony|pet ~4 had|has|having ~2 seizure*|a_fit|fits"),
                               sense=True, own=True),
                     LookAlike(("dementia", "alzheimer*"), anywhere=True, sense=True,
                               unless=("sudden*", "worse", "collaps*", "hot and dry", "stopped sweating")),
                     # a heat that is no weather: a watch's heat map, a hot pace or a hot person
                     LookAlike(("heat map*", "heatmap*", "hot ~1 pace|girlfriend|boyfriend|date|favourite|tip|topic|"
                                "take|streak|yoga|tub|bath|shower|chocolate|tea|coffee",
                                "pace|girlfriend|boyfriend|wife|husband ~2 was|is hot"), anywhere=True, sense=True,
                               unless=("heatwave", "sun", "sunny", "humid*", "scorching", "boiling", "sweltering",
                                       "hot day|weather|run|race|afternoon|morning|sun|summer", "in the heat",
                                       "# degrees", "heatstroke|heat_stroke|sunstroke")),
                     # "how do I avoid heatstroke", "signs of heatstroke": asked, or read about; a past one with
                     # tips asked for (the hundredth review: "Last summer I had heatstroke in a race. Any tips?")
                     LookAlike(("avoid|prevent|signs_of|symptoms_of|risk_of|worried_about|scared_of|close_to|near|"
                                "nearly|almost|bordering_on ~2 heatstroke|heat_stroke|sunstroke",),
                               sense=True, own=True),
                     LookAlike(("last|this|that summer|year|july|august|june", "years|summers ago"),
                               anywhere=True, unless=("today", "yesterday", "tonight", "this morning",
                                                      "this afternoon", "just now", "now", "still", "again")))),
    # Urine like cola after a long or hot run: muscle breakdown (rhabdomyolysis), A&E now (NHS).
    Sign("dark-urine", "dark-urine", E, (
        "pee|wee|urine|urines|piss very|almost|really|so|quite|pretty|nearly? dark_brown|brown|black|coca_cola|cola|"
        "coke|red_brown|tea_coloured|tea_colored",
        "pee|wee|urine|urines dark ~1 like ~1 tea|cola|coke|coffee",
        # an intensifier before it: "my pee is really dark like cola", "so dark after my long run, like cola"
        # (the colour compared, never a race or a coffee alone: "really dark after the race, I hadn't drunk much" is
        # a thirst's, a ninetieth review)
        "pee|wee|urine|urines|piss is|was|looks|looked|has_been|went|s? really|very|so|super|proper|quite|pretty|"
        "well|crazy|scary ~1 really|very? ~1 dark ~4 ,? like|as|colour_of|color_of|it_is|basically|practically|"
        "literally|almost|nearly|proper ~2 cola|coke|tea|coffee",
        "pee|wee|urine|urines|piss ~3 dark ,? it|it_is cola|coke",
        "pee|wee|urine|urines|piss ~4 cola|coke|tea|coffee coloured|colored|colour|color",
        "pee|wee|urine|urines|piss is|was|looks|looked|has_been|went|s? really|very|so|super|proper|quite|pretty|"
        "well|crazy|scary ~1 really|very? ~1 dark_brown|brown|black|red_brown",
        "pee|wee|urine|urines|piss is|was|looks|looked|has_been|went|s? really|very|so|super|proper ~1 really? dark"
        " ,|. ~3 like ~2 cola|coke|tea|coffee",
        "pee|wee|urine|urines|piss is|was|looks|looked|looking|turned|has_been|s|went|came_out ~2 coca_cola|cola|coke|"
        "dark_brown|brown|tea_colored|tea_coloured|like_tea|black|red_brown",
        # (told past a time or an intensifier: "pee after my hot 10k is literally the colour of coke", lay-redflags38)
        "pee|wee|urine|urines ~3 colour|color of ~1 coke|cola|tea|coffee",
        # the loo named, the pee told as "it": "when I went to the loo it came out the colour of flat cola"
        # (lay-redflags47)
        # (past a mark or a colour named first: "needed the loo, it was dark brown, the colour of cola", the
        # hundred-and-nineteenth review)
        "loo|toilet|bathroom|lav|lavatory ~6 ,|.|and? it|which came_out|was|looked|went ~2 colour|color of ~2 coke|"
        "cola|coca_cola",
        "loo|toilet|bathroom|lav|lavatory ~6 ,|.|and? it|which came_out|was|looked|went dark_brown|brown|black|dark ,? "
        "~2 colour|color of ~1 coke|cola|coca_cola",
        # (past a word of one's own: "it was dark, honestly the colour of flat cola", lay-redflags48)
        "loo|toilet|bathroom|lav|lavatory ~6 ,|.|and? it|which came_out|was|looked|went dark_brown|brown|black|dark ,? "
        "~1 like ~1 coke|cola|coca_cola",
        # (the pee itself gone to, then told as "it": "went to pee and it looked like watery cola", forum46)
        # (or with words between: "he went to pee after and said it looked like cola", "I peed and it was the colour of
        # cola", the hundred-and-twenty-fifth review)
        "pee|wee|piss|peed|weed ~4 it|which came_out|was|looked|went|looks ~1 like|just_like|the_colour_of|"
        "the_color_of|colour_of|color_of ~2 coke|cola|coca_cola",
        "pee|wee|urine|urines ~4 is|was|looks|looked|has_been|went|turned ~3 colour|color of ~1 coke|cola|tea|coffee",
        "peeing|weeing|passing_urine|passing_water ~3 coca_cola|cola|coke|dark_brown|brown|black",
        "brown|dark_brown|cola_coloured|cola_colored|coke_coloured|tea_coloured|tea_colored|black pee|wee|urine"),
        look_alikes=(LookAlike(("beetroot", "beets", "blackberries", "rhubarb", "medication|tablets|antibiotic*"),
                               anywhere=True, unless=("ultra|marathon|long_run|heat|hot|run|race|legs ~3 ache*|"
                                                      "sore|killing|agony|weak",)),
                     # a drink blamed, or the colour going: "it's just the tea I drink", "lighter than tea colour
                     # now", "from tea colour to clear after water" (a ninety-second review)
                     LookAlike(("just|probably|only|must_be the|from_the ~1 tea|coffee|coke|cola|beetroot",
                                "the tea|coffee|coke|cola i drink|drank", "lighter|clearer|paler ~3 than|now",
                                "to clear", "clear now", "back to normal|clear"), sense=True,
                               unless=("legs ~3 ache*|sore|killing|agony|weak", "still ~3 dark|brown|cola|coke",
                                       "getting darker", "darker", "agony", "ultra|marathon|ultramarathon|100k|50k",
                                       "muscle*|thigh*|quad*|calves|calf ~3 ache*|sore|killing|agony|weak|swollen")),)),
    # Blood in the pee after a long run: often harmless, but a doctor should see it the same day (NHS).
    Sign("blood-in-urine", "dark-urine", T, (
        "blood in|on ~2 my|the? pee|urine", "blood in ~2 my|the? wee", "weeing|peeing|urinating|weed ~2 blood",
        "pink|red|bloody|reddish pee|urine|wee", "peed|weed|peeing|weeing|pissed|pissing ~1 bright? red|pink",
        # "there's blood when I pee" (a ninth new user)
        "blood when|while|as|after|every_time i|he|she|you ~1 pee|wee|urinate|piss|go_to_the_toilet|go_to_the_loo",
        # (told in the past, or as what the pee holds: "there was blood when I peed after my run", "my wee burns and
        # has blood in it", a thirteenth new user)
        "blood when|while|as|after|every_time i|he|she|you ~1 peed|weed|urinated|pissed|went_to_the_toilet|"
        "went_to_the_loo|went_for_a_wee|went_for_a_pee|went_for_a_piss",
        "pee|wee|urine|piss ~4 has|had|with|got blood ~1 in ~1 it",
        # (the hundred-and-twenty-seventh review: "blood when i was peeing", "when he peed ... it had blood in it",
        # "blood in the toilet after I had a wee")
        "blood when|while|as i|he|she|you was|were|am|is peeing|weeing|urinating|pissing",
        "peed|weed|pee|wee|peeing|weeing ~6 it|which has|had|was_full_of|got blood ~1 in ~1 it",
        "blood in the toilet|loo|bowl|pan ~4 pee|wee|peed|weed|peeing|weeing|urinating",
        "pee|urine ~3 pink|red|bloody|reddish", "my|the wee ~1 is|was|looks|looked|turned|came_out pink|red|bloody",
        "peed|peeing|pissed|pissing|passed|passing blood",
        # "my urine has blood in it", "passing urine with some blood inside"
        "urine|pee|piss has|had|with|is|was|looks ~3 blood", "urine|pee|piss ~6 blood ~2 in|inside ~1 it",
        "my|the wee has|had|with|is|was|looks ~3 blood",
        "passing|passed urine ~4 blood", "blood ~3 in|inside ~2 the_urine|my_urine|the_pee|my_pee"),
        look_alikes=(LookAlike(("beetroot", "beets", "blackberries", "rhubarb", "period", "periods", "menstrua*",
                                "food colouring|coloring", "dye"), anywhere=True),
                     # Seen by a doctor, over or being looked into: "doctor said bruised kidney, all cleared".
                     LookAlike(("doctor|doc|gp|consultant|urologist|a_and_e ~8 said|says|checked|sorted|cleared|booked",
                                "tests|scan ~2 booked|fine|clear|normal", "all cleared", "it cleared"), anywhere=True,
                               unless=("again today|now|this_morning", "since yesterday")))),
    # Pregnancy: bleeding, waters breaking, contractions or a baby moving less need the maternity unit
    # now (NHS: urgent signs in pregnancy).
    # (told unsure, a twenty-sixth new user: "my waters might have gone", "her waters may have broken")
    Sign("waters-broke", "pregnancy", E, ("my|her|your waters ~3 broke|broken|breaking",
                                          "my|her|your waters ~1 gone|went",
                                          "my|her|your waters might|may|could|must have ~1 gone|went"),
         look_alikes=(NOT_PREGNANT_NOW, BABY_AGE,)),
    # "the waters have gone" only with a pregnancy told ("I'm 38 weeks"): not the aid station's, nor a past
    # pregnancy's.
    Sign("the-waters-broke", "pregnancy", E, ("the|and|her|my? waters ~3 broke|broken|breaking",
                                              "the|and|her|my? waters ~1 gone|went",
                                              "the|and|her|my? waters might|may|could|must have ~1 gone|went",
                                              "gush|trickle|rush|leak* of ~2 water|fluid",
                                              "leaking|leaked ~2 clear? fluid"),
         needs=tuple(p for p in PREGNANT if p != "the baby"), look_alikes=(
             NOT_PREGNANT_NOW, BABY_AGE,
             LookAlike(("station*", "aid", "table*", "bottle*", "cups", "mile*", "km", "drinks", "feed zone"),
                       anywhere=True, unless=(*WEEKS_ALONG, "# weeks pregnant")))),
    # A baby moving less speaks of a pregnancy by itself (NHS: call the maternity unit, do not wait).
    Sign("baby-moving-less", "pregnancy", E, (
        "baby ~3 not_moving|moving_less|stopped_moving|less_movement|not_kicking",
        "not|cannot|can_not felt|feel ~2 the|my? baby ~1 move|moving|kick|kicking",
        # "the baby hasn't moved since my run", "has stopped kicking", "is moving much less", "no kicks today".
        "baby ~3 not_moved|not_kicked|stopped_kicking|kicking_less|moving_much_less|moving_a_lot_less",
        # "the baby has hardly moved at all" (lay-redflags37)
        "baby ~3 hardly|barely|not_really ~1 moved|moving|move|kicked|kicking|kick",
        # "the baby kicking much less than usual", "the baby hasn't been moving much today" (an eighth new user's)
        "baby|bubs|bub ~3 kicking|moving|kicks|movements ~2 less|fewer|lot_less|much_less",
        "baby|bubs|bub ~3 not ~2 moving|moved|kicking|kicked ~1 much|as_much|a_lot|as_usual|today|since",
        # "baby's movements have slowed down a lot" (the hundred-and-eighteenth review)
        "baby|bubs|bub ~3 movements|moving|kicks|kicking ~3 slowed|slowing|reduced|quieter|quietened|stopped"),
        look_alikes=(LookAlike(("monitor", "asleep", "sleeping", "nap*", "pram", "buggy", "stroller", "cot",
                                # a baby born: "he's 6 months old and teething"
                                "# ~1 months|month old", "teething", "weaning", "crawling"),
                               anywhere=True, unless=("pregnant", "weeks", "bump", "kick*")), BABY_AGE)),
    # Kicks or movements not felt, told without "the baby", only with a pregnancy told: not a runner's
    # finishing kick ("I haven't had a kick at the end of my races").
    Sign("kicks-not-felt", "pregnancy", E, ("not felt|had ~2 any|a_single|a? kicks|kick|movement|movements",
                                            "no kicks|movement|movements ~2 today|all_day|since",
                                            # "haven't felt her move since yesterday", "not kicking much today"
                                            "not|cannot felt|feel ~1 her|him|them|baby ~1 move|moving|kick|kicking",
                                            "baby|bump|she|he|her|him|one ~3 not kicking|moving ~1 much|as_much|"
                                            "a_lot|today"),
         needs=("pregnant", "pregnancy", "weeks pregnant", "trimester", "my bump", "midwife", *WEEKS_ALONG,
                "# weeks", "#w|#wk|#wks", "# w|wk|wks"),
         look_alikes=(NOT_PREGNANT_NOW, BABY_AGE, TRAINING_WEEKS,
                      # A runner's finishing kick: "no kick at the end of my parkruns".
                      LookAlike(("kick ~4 end|finish*|sprint*|final*|last_mile|last_km|last_lap|last_100",
                                 "finishing kick",
                                 "sprint finish", "kick ~3 legs", "ran|run|running|training for ~1 # weeks",
                                 "couch to 5k|c25k ~3 # weeks"), sense=True,
                                unless=("pregnan*", "trimester", "bump", "midwife", *WEEKS_ALONG, "wife|partner|"
                                        "girlfriend ~3 # weeks")),
                      # Another body part that will not move: "my shoulder is frozen, no movement since Monday".
                      LookAlike(("shoulder|neck|ankle|knee|hip|bowel*|arm|wrist|joint|elbow|finger*|toe* ~4 no "
                                 "movement|movements", "frozen", "locked", "seized"), sense=True,
                                unless=("baby", "kick*", "bump")))),
    # Heavy bleeding after the birth: a pad soaked in an hour or large clots (NHS: postpartum haemorrhage,
    # call 999 or your maternity unit). Weeks postpartum do not undo it.
    Sign("postpartum-bleeding", "pregnancy", E, (
        "soak*|fill*|through|chang* ~4 pad|pads ~4 hour|an_hour|every_hour|in_an_hour",
        "bleeding|bleed ~2 heavily|really_heavy|very_heavy", "heavy bleeding", "large|big|huge ~1 clots",
        "clots ~3 size|big|large|golf|plum"),
        needs=("postpartum", "post partum", "postnatal", "post natal", "after ~2 the|my birth", "since giving birth",
               "gave birth", "had my|the|a baby", "baby|son|daughter|twins is|are|s ~1 # weeks|days|months old",
               # ("c-section" arrives as "see section": the speller reads "c" as txt-speak.)
               "weeks|days postpartum", "c_section|see_section|csection|caesarean|cesarean", "pregnant", "pregnancy",
               "trimester", *WEEKS_ALONG),
        look_alikes=(LookAlike((f"{BLEEDING_PARTS} ~3 bleed*|blood", f"bleed*|blood ~3 {BLEEDING_PARTS}",
                                "period|periods|menstrua*|time of the month"),
                               unless=("c_section|see_section|csection|caesarean|cesarean|section_scar|section_wound|"
                                       "wound|scar|incision",)),)),
    # "It's not moving as much today" only with a pregnancy stated outright, not a week count (a knee).
    Sign("it-not-moving", "pregnancy", E, ("it ~3 not kicking|moving ~1 much|as_much|a_lot|today",
                                           "it ~3 not been moving|kicking ~1 much|as_much|a_lot|today"),
         needs=("pregnant", "trimester", "my bump", *WEEKS_ALONG, "# weeks pregnant"),
         look_alikes=(NOT_PREGNANT_NOW, BABY_AGE,
                      # "It" a joint or a thing in its sentence: "my knee is stiff, it's not moving much".
                      LookAlike(("knee|knees|ankle|hip|hips|shoulder|neck|watch|app|car|joint|arm|wrist|toe|finger|"
                                 "jaw ~3 stiff|broken|stuck|locked|frozen|seized|bust|dead",),
                                sense=True))),
    Sign("pregnancy-bleeding", "pregnancy", E, (
        # "I'm pregnant, is it normal to bleed after a run?" (a twenty-third new user)
        "bleeding|spotting|bleed|bleeds|bled", "blood ~2 in|on ~2 my? pants|knickers|underwear|pad|loo|toilet_paper",
        "blood loss", "blood when i wiped|wipe"),
        needs=PREGNANT, look_alikes=(
            # Bleeding of a body part, not the womb: "a bleeding toenail", "my heel is bleeding".
            LookAlike((f"{BLEEDING_PARTS} ~3 bleed*|bled|blood|spotting", f"bleed*|bled|blood ~3 {BLEEDING_PARTS}",
                       # (not past another subject: "my feet are swollen and I bled a bit", the
                       # hundred-and-seventh review; "lips so dry they bled" names them again)
                       f"{BLEEDING_OWN_PARTS} ~2 bled|bleeds",
                       f"{BLEEDING_OWN_PARTS} ~3 they ~1 bled|bleed|bleeds",
                       f"{BLEEDING_OWN_PARTS} is|are|was|were|keep|keeps|kept|"
                       "started ~1 bleeding", f"blood|bleeding from ~2 {BLEEDING_OWN_PARTS}")),
            NOT_PREGNANT_NOW, BABY_AGE, TRAINING_WEEKS)),
    # A quiet baby only with the pregnancy told ("I'm 32 weeks and the baby's been really quiet"), not a
    # parent's sleeping baby.
    Sign("baby-quiet", "pregnancy", E, ("baby ~3 quiet|very_quiet|really_quiet",),
         needs=(*(p for p in PREGNANT if p != "the baby"), "#w"), look_alikes=(
             LookAlike(("buggy", "pram", "stroller", "sling", "carrier", "postpartum", "newborn", "asleep",
                        "sleeping", "nap*", "since the birth", "after the birth", "weeks old"), anywhere=True,
                       unless=("# weeks pregnant", *WEEKS_ALONG, "i_am|she|she_is|wife|wife_is|partner|partner_is ~1 "
                               "pregnant")),
             NOT_PREGNANT_NOW, BABY_AGE, TRAINING_WEEKS)),
    Sign("contractions", "pregnancy", E, ("contraction*", "braxton ~5 every # minutes|mins|min",
                                          "braxton ~5 regular|painful|stronger|closer_together"), needs=PREGNANT,
         look_alikes=(LookAlike(("braxton", "practice contractions"), unless=BRAXTON_REAL), NOT_PREGNANT_NOW, BABY_AGE,
                      # A muscle's work in strength training: "eccentric contractions for my achilles".
                      LookAlike(("eccentric|isometric|concentric contraction*",), sense=True),
                      # A muscle named: "calf muscle contractions at night", pregnant or not.
                      LookAlike(("muscle|muscular|calf|calves|quad|quads|glute|hamstring|heart|cramp contraction*",),
                                sense=True, unless=("every # minutes|mins|min", "regular", "labour|labor", "waters")),
                      # Labour is felt in the back and legs too: "contractions in my legs" at 38 weeks.
                      LookAlike(("contraction* in|of my|the ~2 hamstring*|calf|calves|quad*|leg|legs|muscle*|heart|"
                                 "foot|feet|glute*",), sense=True,
                                unless=("every # minutes|mins|min", "regular", "labour|labor", "waters",
                                        "tummy|stomach|belly|bump|womb|back", *WEEKS_ALONG, "# weeks pregnant",
                                        "i_am|currently ~1 pregnant")),
                      TRAINING_WEEKS)),
    Sign("pregnancy-cramps", "pregnancy", E, (
        "cramps|cramping|tightenings|pains ~4 come_and_go|coming_and_going|regular",
        "cramps|cramping|tightenings|pains ~4 every # minutes|mins", "reduced|fewer|less movements|kicks",
        # Labour felt in the back, told as waves (a twelfth new user): "my back pain comes and goes every 10
        # minutes", "lower back pain coming in waves", "my bump goes hard every few minutes" (NHS: signs of labour).
        "back|backache|tummy|belly|bump|stomach|period_like ~3 pain|pains|ache|aches|aching|cramp*|tightening* ~4 "
        "come|comes|coming and go|goes|going ~4 every_few_minutes|every_couple_of_minutes|regular*|stronger|closer",
        "back|backache|tummy|belly|bump|stomach|period_like ~3 pain|pains|ache|aches|aching|cramp*|tightening* ~4 "
        "come|comes|coming and go|goes|going ~3 every # minutes|mins|min",
        "back|backache|tummy|belly|bump|stomach|period_like ~3 pain|pains|ache|aches|aching|cramp*|tightening* ~4 "
        "in|coming_in waves",
        # the verb told, not the noun: "my back hurts in waves", "my back keeps hurting in waves" (a twenty-sixth
        # new user)
        "back|backache|tummy|belly|bump|stomach ~3 hurts|hurting|aches|aching|cramps|cramping|tighten* ~2 "
        "in|coming_in waves",
        # (a story may come between: "back pain after my jog that keeps coming and going every ten mins", a
        # twenty-third new user)
        "pain|pains|ache|aches|aching|cramp*|tightening* ~8 every #|few|couple_of|two|three|four|five|six|seven|"
        "eight|nine|ten|fifteen|twenty minutes|mins|min",
        # Period-type pains are a sign of labour (NHS: signs of labour; before 37 weeks, call the maternity unit):
        # "32 wks, period-like cramps and backache after a run".
        "period_like|period_type|period_style|period ~1 cramps|cramping|cramp|pains|pain|ache|aches",
        "bump|belly|tummy|stomach|womb ~2 goes|going|gets|getting|went|keeps_going hard|tight|rock_hard ~4 "
        "every|regular*|on_and_off|again_and_again",
        # one after another, counted: "got a tightening, stopped, walked, ran again, another one, then a third", "a
        # low crampy ache across my back that comes and goes with them" (lay-redflags37)
        "tightening|tightenings|cramp|cramps ,? ~3 ,? ~3 ,? ~3 ,? ~3 another_one|a_second|a_third|another_tightening|"
        "then_another",
        "crampy|cramp|ache|aches|aching|tightening ~6 comes_and_goes|come_and_go|coming_and_going"),
        needs=PREGNANT, look_alikes=(
            # A calf's cramp or a stitch: "my calf cramps come and go".
            LookAlike(("calf|calves|leg|legs|hamstring*|quad*|foot|feet|side|stitch ~2 cramps|cramping|pains",
                       "crampy|cramp|cramps|ache|aches|aching|pain|pains ~3 in my|the|his|her calf|calves|leg|legs|"
                       "hamstring*|quad*|foot|feet|side|shin|shins",
                       "braxton", "practice contractions"), unless=BRAXTON_REAL), NOT_PREGNANT_NOW, BABY_AGE,
            TRAINING_WEEKS)),
    Sign("fever", "fever", T, (
        "fever*", "feverish", "high temp|temps|temperature*", "running|got|have|with a temp|temperature",
        "a temp|temperature", "on and off temp|temps|temperature*", "temperatures ~2 on and off",
        "running|having|getting ~2 temperatures", f"temp|temps|temperature* ~5 {FEVER_READING}",
        "spiking ~2 temp|temps|temperature*", "thermometer",
        # the reading told of a person, to the tenth (no age is): "today I'm 39.2", "she's 38.6" (lay-redflags38)
        # (38 and over, NHS; a mark or a time after it, never a unit or "now at parkrun": not "I'm 39.5 weeks
        # pregnant", "I'm 39.4 now at parkrun", "I was at 38.5" kilometres: the hundred-and-eighth review)
        f"i_am|i_was|im|he_is|she_is|he_was|she_was|{RELATIVES}|grandad|grandma|mother|father|husband|wife|boyfriend|"
        f"girlfriend|kid|child is|was|s? {FEVER_HIGH} {FEVER_AFTER}",
        # ...told hot first: "tonight he's very hot, 39.2" (an eighth new user's)
        f"i_am|i_was|im|he|she|he_is|she_is|he_was|she_was|feels|felt ~1 very|so|really|burning? hot|boiling|"
        f"roasting ,? {FEVER_TENTHS}",
        # a reading with its time and what it feels like, no subject: "38.9 tonight, sweating through my t-shirt"
        # (lay-redflags47; not a distance: "ran 38.5 today")
        f"{FEVER_HIGH} tonight|today|this_morning|this_evening|now|last_night|overnight|at_midnight|at_1am|at_2am|"
        "at_3am|at_4am|at_5am ,? ~2 sweat*|shiver*|shaking|shaky|chills|burning|boiling|freezing|clammy|fever*|"
        "drenched|soaked|soaking|dripping",
        # a rigor told by its scene: "shaking under two duvets"
        "i|i_am|i_was|i_have_been|im|she|he|she_was|he_was|, shaking|shivering|shivery|trembling ~4 under ~2 "
        "duvet*|blanket*|covers|quilt*|sheets",
        # a reading told now, after one that was normal: "it was normal this morning but it's 39.1 now"
        f"temp|temps|temperature* ~8 ,? ~2 {FEVER_TENTHS} now|tonight|this_evening|this_morning|today",
        # "took my temp on shift tonight out of curiosity: 38.2"
        # (a colon reads as a full stop: "took my temp: 38.2"; not "took my temp before the run, then ran 40")
        f"took|taken|checked|measured|taking|checking my|his|her temp|temps|temperature ~8 ,|.? it|which? "
        f"was|read|said|says|show*|is|at? {FEVER_READING}",
        # ...past an aside: "I took my temperature this evening, as is my custom, and it read 38.3"
        f"took|taken|checked|measured|taking|checking my|his|her temp|temps|temperature ~8 ,|. ~6 ,|. and? "
        f"it|which was|read|said|says|show*|came_to {FEVER_READING}", f"{FEVER_READING}|99.* degrees|degree",
        "i_am|i_have_been|i_was|i_feel|i_felt|i_keep|feeling ~2 burning hot",
        "i_am|i_have_been|i_was|i_feel|i_felt|i_keep|feeling ~2 hot ~3 then ~2 freezing|cold|shivering",
        "i_am|i_have_been|i_was|i_feel|i_felt|i_keep|feeling ~2 freezing ~3 then ~2 hot|burning|sweating",
        "chills", "shiver*", "shakes", "rigors", "rigours", "night sweats", "sweating at night", "hot and cold",
        # "I've felt properly ill, hot then cold, shaky, no appetite" (lay-redflags41)
        "hot then|one_minute ~2 cold|freezing", "cold then ~2 hot|burning",
        "burning up", "flu|fluey|flulike", "infection", "body is hot",
        # Pidgin's "I dey hot for body", not the weather's "too hot for my body today"
        "i|i_am|is|dey|feel|feeling hot for body", "cold sweat*",
        "drenching sweats",
        "soaking ~2 sweat*",
        "sweats", "sweat*|soak*|drench* through|thru ~2 sheets|bedding|pyjamas|pajamas|pjs|nightie",
        "sheets|bed|bedding|pillow* ~2 soaked|drenched|soaking|wet_through ~3 sweat*",
        # the sheets soaked at night, told without the sweat: "waking two or three times a night with the sheets soaked
        # through" (lay-redflags37)
        "wak*|woke|woken|night|nights ~6 sheets|bedding|pyjamas|pajamas|pillow* ~2 soaked|drenched|sodden",
        # ...or by what they did to the bed: "I've been soaking the sheets most nights" (a twentieth new user)
        "soak*|drench* the|my sheets|bedding|pillow|pillows|mattress ~4 night|nights|every_night|most_nights|"
        "at_night|in_the_night|overnight",
        "night|nights|every_night|most_nights ~4 soak*|drench* the|my sheets|bedding|pillow|pillows|mattress",
        "sweating|sweat|sweated through the|my sheets|bedding|pyjamas|pjs|mattress",
        # (the ninety-sixth review's: "soaking the bedding with sweat", "I wake up with drenched sheets most nights";
        # the ninety-seventh's "I wake up drenched in sweat at night")
        "wake|wakes|waking up? drenched|soaked|soaking|dripping|pouring in|with sweat ~3 at|in_the|every|most night|"
        "nights", "waking|wake|wakes|woke|woken up drenched|soaked|soaking|dripping|pouring in|with sweat",
        "drenched|soaked|soaking|dripping in|with sweat ~2 at|every|most night|nights",
        "soak*|drench* the|my sheets|bedding|pillow|pillows|mattress ~2 with|in sweat",
        "drenched|soaked|soaking|sodden sheets|bedding|pillow|pillows ~4 night|nights|most_nights|every_night|"
        "every_morning",
        # "woke up in a sweat 3 nights this week" (a thirteenth new user)
        "woke|wake|wakes|waking|woken up? in_a_sweat|drenched|soaked|soaking|dripping ~4 nights|every_night|"
        "most_nights|night_after_night",
        # ...or told as what keeps happening: "I've been waking up drenched in sweat" (a fourteenth new user)
        "been|keep|keeps|kept|started|start waking|wake up? in_a_sweat|drenched|soaked|soaking|dripping|sweating|"
        "covered_in_sweat",
        # ...or with how often first: "every night lately I wake up drenched and have to change my top"
        # ...or with a count of nights: "three nights running I've woken up soaked through"
        "two|three|four|five|six|several|few|# nights|mornings ~2 running|in_a_row|now|straight? ~4 wake|wakes|"
        "waking|woke|woken up? in_a_sweat|drenched|soaked|soaking|dripping|sweating|covered_in_sweat",
        "every|each night|nights|morning|mornings|most_nights|night_after_night ~4 wake|wakes|waking|woke|woken up? "
        "in_a_sweat|drenched|soaked|soaking|dripping|sweating|covered_in_sweat",
        "wake|wakes|waking|woke up? drenched|soaked|soaking|dripping ~8 change|changing|changed ~2 my|the|his|her? "
        "top|t_shirt|tshirt|shirt|pyjamas|pjs|nightie|sheets|bedding|pillowcase",
        "skin on fire", "raging fever", "teeth ~3 chatter*|rattl*", "shaking ~4 teeth",
        "sweating buckets", "{cannot} ~2 get|keep warm",
        # "she's burning hot and not making much sense", "his temperature is really high tonight", "shot up"
        # (a body's, not the weather's or a pain's: "burning hot on my long run", "a red hot pain", "the temperature
        # was really high at the race", a ninetieth review)
        "i_am|i_feel|i_felt|she|he|they|she_is|he_is|she_felt|he_felt|body|skin|forehead|feels|felt|feeling|"
        "feel ~1 burning|boiling hot",
        "pain|pains|ache|aches|aching|hurts|sore|agony ,? and|with ~1 burning|boiling hot",
        "and|with|my|his|her|their|baby|son|daughter|mum|mom|dad|wife|husband|partner|child|kid temperature|temp ~2 "
        "really|very|so|quite|dangerously? high",
        "and|with|my|his|her|their|baby|son|daughter|mum|mom|dad|wife|husband|partner|child|kid temperature|temp ~2 "
        "shot|went|gone|going|spiked|spiking|soared|rocketed|rose ~1 up",
        "bone ~ deep cold|chill", "chilled to the bone",
        "cold ~6 blanket|duvet|hot_water_bottle ~4 touch|help|shift|warm",
    ), needs_back_pain=True, look_alikes=(
        # The household's illness, not the writer's, their backs untold: "two of the kids are off school with fevers so
        # I'm hoping I'm not next" (lay-redflags41)
        LookAlike(("kids|children|son|daughter|husband|wife|partner|family|everyone|household|house|office|class|team "
                   "~5 off|home|poorly|ill|sick|down|in_bed ~3 with ~2 fever*|temperature*|temps|flu|bug|virus|covid",
                   # "Toddler had a fever all weekend so no sleep for anyone" (lay-redflags27)
                   "toddler|baby|kid|kids|son|daughter|husband|wife|partner|children|little_one ~2 had|has|have|got|"
                   "with|running|was_running ~1 a? fever*|temperature*|temp|temps"),
                  own=True, sense=True,
                  # (nor with a pain of theirs told: "fevers all week and a deep ache between her shoulder blades")
                  unless=(*THEIR_BACK_PAIN, "her|his|their ~4 ache*|aching|pain*|hurt*|sore*|agony",
                          # ...nor a back pain joined to theirs, its subject carried over: "my husband has a fever
                          # and bad back pain" (a seventh new user), not "...and my back is killing me"
                          "fever*|temperature*|temp|temps and|with|plus bad|severe|terrible|awful|horrible|lower|sore|"
                          "achy|really_bad|a_bad|a_sore back|backache|back_pain|backpain",
                          "fever*|temperature*|temp|temps and|with|plus back|backache|back_pain|backpain",
                          "ache*|aching|pain*|hurt*|sore*|agony ~4 her|his|their",
                          "i_have|i_have_got|i_am|i_feel|i_felt|now_i|me_too|caught_it|i_caught ~3 "
                          "fever*|temp*|hot|shiver*|chills|flu|it")),
        # an infection of another part, no fever told: "bowel trouble since the stomach infection" (the
        # hundred-and-twenty-first review)
        LookAlike(("stomach|tummy|gut|ear|eye|eyes|skin|toe|toenail|tooth|gum|wound|throat|sinus|nail|bowel "
                   "infection|infections",), own=True, sense=True,
                  unless=("fever*", "feverish", "temp|temps|temperature*", "shiver*", "chills", "sweat*",
                          "hot and cold", "burning up")),
        # An illness on its way out, the run back after it: "back running after the flu", "getting over a chest
        # infection", "finished my antibiotics for a kidney infection" (ConText's historical, for the illness only).
        LookAlike(("back running|jogging|training|out|to_running|to_training ~4 after ~6 flu|fluey|infection|bug|virus|"
                   "covid|illness|cold",
                   # "first run back today after flu", "my first jog since the virus"
                   "run|runs|jog|jogs|session|outing* back ~3 after|since ~3 flu|fluey|infection|bug|virus|covid|"
                   "illness|cold",
                   "first ~2 run|jog|session|outing* since|after ~3 flu|fluey|infection|bug|virus|covid|illness|cold",
                   "getting_over|recovering_from|on_the_mend_from|over_the_worst_of ~3 flu|fluey|infection|bug|virus|"
                   "covid|illness|cold",
                   "finished|done|completed ~2 antibiotics|course ~3 infection"), own=True,
                  unless=("fever*|feverish|temp*|shiver*|chill*|sweat*|infection|flu|ill|sick ~1 again",
                          "again ~3 fever*|feverish|temp*|shiver*|chill*|sweat*|ill|sick",
                          "still ~3 fever*|feverish|temp*|hot|shiver*|chill*|burning|sweat*",
                          "fever*|temp* ~3 still", "came back", "back up", "now ~3 fever*|temp*|shiver*|chill*",
                          # ...nor one that is not clearing, told of the illness or the person, not of the back or
                          # the pace (NHS kidney infection: get help if not improving, worse or back on antibiotics;
                          # vomiting too): the sixty-eighth and sixty-ninth reviews
                          "infection|symptoms|temperature|fever|flu|illness|bug|virus ~3 worse|not_better|"
                          "not_improving|not_clearing|not_gone|not_cleared|still_there|is_back|come_back|"
                          "coming_back|returned|has_returned",
                          "infection|symptoms|temperature|fever|flu|illness|bug|virus ~3 not ~1 cleared|gone|better",
                          "it|it_has|it_is ~1 come_back|coming_back|returned|back_again|not_cleared|not_gone",
                          "infection|symptoms|fever|it|i|i_am|i_feel|feeling ~2 no better",
                          "side|flank|kidney|kidneys ~3 no_better|worse|not_better", "still not right",
                          "still unwell|ill|poorly", "still feel* terrible|awful|ill|unwell|rough",
                          "feel* worse than", "not getting better", "{not} feel ~2 any better",
                          "i|i_am|i_feel|i_have_been|feeling ~2 worse|awful|terrible|rough|ill ~3 again|still|now|"
                          "today|all_day|than_before", "relaps*", "back again", "being sick", "vomit*",
                          "throwing up", "threw up", "{cannot} ~2 keep ~2 anything|food|fluids|water|drinks ~1 down",
                          "spreading",
                          "shaky|shaking|shivering|shivery ~3 fever*|chills|cold|all_over|hot",
                          "hot and shaky|cold|shivery", "feel* hot ~3 feverish|shivery|and_cold|and_shaky")),
        # An illness told over in its own words: "chest infection last month now better, back sore" (a twenty-fourth
        # new user; as the illness's own, not "my back is now fine" after another sign: the hundred-and-fourth review)
        # ("over" only as over it: "a temp, now over 39" is a reading, the hundred-and-sixth review)
        LookAlike(("infection|flu|bug|virus|cold|fever|temperature|temp ~5 now ~1 better|fine|gone|cleared|over_it",
                   "infection|flu|bug|virus|cold|fever|temperature|temp ~3 , ~2 now ~1 better|fine|gone|cleared|"
                   "over_it"),
                  own=True, unless=("still", "again", "worse", "back ~2 again", "not better")),
        # Nights wet from the room, the bedding or water, not a sweat of illness (NHS night sweats: a hot room or
        # too much bedding; anxiety): "it's been so hot I keep waking up drenched", "the tent leaks" (a sixty-ninth
        # review). Only the waking words' own finding.
        LookAlike(("waking|wake|woke|woken ~8 so_hot|too_hot|hot_room|hot_weather|hot_night*|heat|heatwave|heating|"
                   "radiator*|nightmare*|dream*|tent|spill*|spilt|leak*|rain|drink|menopaus*|flush*",
                   "waking|wake|woke|woken ~10 heavier|thicker|thick|extra|new|winter|electric|too_many ~1 duvet|"
                   "duvets|blanket*|bedding|covers|quilt",
                   "so_hot|too_hot|hot_weather|heat|heatwave|heating|nightmare*|dream*|tent|menopaus* ~8 "
                   "waking|wake|woke|woken",
                   # ...a clause before: "Heating's been on full blast, three nights running I've woken up soaked"
                   "heating|heatwave|radiator*|too_hot|so_hot ~6 , ~6 waking|wake|woke|woken"), own=True,
                  unless=FEVER_OR_LOSS_TOLD),
        # A sweat from a workout, a bath or a run: "soaking the sheets with sweat after an evening spin class", "sweated
        # through my pjs after a hot bath" (the ninety-seventh review).
        LookAlike(("sweat*|soak*|drench* ~8 after ~3 spin|class|run|runs|workout|session|bath|shower|sauna|gym|"
                   "training|yoga|hot_yoga",
                   # ...or on the run itself: "my back sweats a lot when i run" (a twenty-fourth new user)
                   "sweat*|sweaty ~4 when|while|whenever|during|on|in ~2 i|my|a|the? run|runs|running|jog|jogs|jogging|"
                   "exercise|exercising|training|workout|workouts|race|races|hills|gym",
                   "ran|run|running|jogging|jogged|workout ~4 in my|his|her pyjamas|pjs ~4 sweat*"), own=True,
                  unless=(*FEVER_OR_LOSS_TOLD[:-1], "every night", "most nights", "night sweats", "at night",
                          "nights")),
        # Sheets wet from something else: a dog's paws, a roof, a drink, tears (the ninety-fifth review); not with the
        # sweat told ("the dog sleeps next to me and I soak the sheets with sweat", the ninety-sixth).
        LookAlike(("dog|dogs|cat|cats|puppy|kid|kids|toddler|baby|roof|leak*|spill*|spilt|drink|water|rain|tears|crying|"
                   "cried|nappy|nappies|diaper*|bottle|wet*|pee*|heatwave ~6 soak*|drench* the|my sheets|bedding|"
                   "pillow|pillows|mattress",
                   "drenched|soaked|soaking|sodden sheets|bedding|mattress ~8 nappy|nappies|diaper*|bottle|wet*|pee*|"
                   "leak*|spill*|heatwave",
                   "nappy|nappies|diaper*|bottle|leak*|leaks|spill*|heatwave ~6 drenched|soaked|soaking|sodden sheets|"
                   "bedding|mattress",
                   "soak*|drench* the|my sheets|bedding|pillow|pillows|mattress ~8 paws|roof|leak*|spill*|spilt|drink|"
                   "water|rain|tears|crying|pee|wee|urine|nappy|bottle|heatwave"), own=True,
                  unless=(*FEVER_OR_LOSS_TOLD, "sweat*", "not the dog|roof|cat", "it is me", "its me")),
        # A thing that shakes: "the steering wheel shakes when I brake", "the treadmill shakes".
        LookAlike(("wheel|steering|car|bike|handlebar|handlebars|brake|brakes|engine|treadmill|machine|table|"
                   "floor|house|phone ~3 shakes|shaking|shook|shudder*|judder*|wobble*",), sense=True,
                  own=True),
        # Over before an event told since: "flu the week before... woke up on race day feeling fine".
        LookAlike(("woke|woken ~4 race|event day ~2 feeling|felt fine|ok|okay|better|great",
                   "felt|was|were fine|ok|okay|better on the|race|event day",
                   ",|. fine|ok|okay|better|recovered on the|race|event day"), anywhere=True,
                  unless=("still", "again", "since", "came back", "hope", "hoping",
                          "now|then|later ~4 fever|temperature|temp|chills|shivers|shivering")),
        LookAlike(("temp*|temperature|fever ~2 back to normal",
        "temp*|temperature|fever ~2 been|now ~2 normal|fine|gone",
                   "temp*|temperature ~3 it|which was|is|read|said normal|fine|ok|okay",

                   "temp*|temperature|fever ~3 came|come|gone|went down",
                   "fever ~2 broke|broken|gone|went_down|went_away|settled", "fever|temp*|temperature ~4 ,? it broke",
                   "no temperature|temp|fever", "temperature|temp is|was|has_been|now normal|fine",
                   "feel* like ~4 flu"),
                  anywhere=True, unless=("still ~3 fever*|feverish|temp*|hot|shiver*|chill*|burning",
                                         "thermometer ~3 #",
                                         f"{FEVER_READING} ~1 this_morning|this_evening|today|now|tonight",
                                         "fever*|temp* ~3 still", "fever*|feverish|temp*|shiver*|chill* ~4 again",
                                         "again ~3 fever*|feverish|temp*|shiver*|chill*", "back up", "came back",
                                         "spik*", "temp*|temperature|fever|it ~3 shot|gone|went|going|got up",
                                         "temp*|temperature|fever|it ~3 risen|rising|climbing",
                                         # night sweats are a sign of their own, a fever denied or not (a
                                         # sixty-fourth review)
                                         "night sweats", "sweat*|soak*|drench* through|thru",
                                         "sweat*|drenched|soaked ~4 every_night|most_nights|nights",
                                         "now|tonight|today|this_morning ~4 #|shiver*|chill*|burning|fever*|"
                                         "temp*|hot", "have|has|got ~2 a? fever|temp|temperature", "fever ~2 of #")),
        # A reading below a fever's (NHS: 38 C; 37.5 told as a temp): "took my temperature, 37.1. Is that a fever?"
        # Not beside chills or sweats, after a medicine that lowers it, or in a comma decimal ("37,8").
        LookAlike(("temp|temps|temperature|thermometer ~6 ,|:|it_was|was|read|said? 36.*|37.0|37.1|37.2|37.3|37.4|"
                   "97.*|98.*",), anywhere=True,
                  unless=("chill*", "shiver*", "shak*", "rigor*", "rigour*", "sweat*", "burning up", "hot and cold",
                          "feverish", "paracetamol", "ibuprofen", "calpol", "nurofen", "tylenol", "advil",
                          "aspirin", "# , #", "again", "rising", "up to")),
        # a distance, a time or the weather's heat, not a reading: "Ran 38.5 today, sweating buckets", "finished the
        # 10k in 38:59 tonight", "38 degrees in Seville tonight" (the hundred-and-nineteenth review)
        LookAlike(("ran|run|did|jogged|walked|cycled|rode|hiked|covered|logged|clocked|swam|rowed a|the? #",
                   "in|a_time_of|time_of|pb_of|finished_in #", "# km|k|kms|miles|mi|minutes|mins|min|mph|kph"),
                  own=True, sense=True),
        LookAlike(("# degrees|degree|c in|at|out|outside|here|there|today|tonight",), own=True, sense=True,
                  unless=("# degrees|degree|c in|at my|his|her|their|the_ear|the_mouth|the_armpit", "temp*",
                          "thermometer", "fever*", "feverish", "shiver*", "chills", "temperature*", "hot and cold",
                          "burning up")),
        LookAlike(("hay fever", "cabin fever", "race fever", "marathon fever", "fever pitch",
                   # (a fifth new user's trial: "my fever dream last night"; not "night fever", which is a night's:
                   # "then last night fever and chills", lay-redflags40)
                   "fever dream|dreams",
                   "parkrun|trail|ultra|racing|5k|10k|half_marathon fever",
                                                     # (the weather's cold, not "shivering n hot n cold", a ninth
                                                     # new user)
                                                     "spring fever", "shiver* ~6 rain|wind|winter|ice|snow|frost",
                                                     "hot and cold shower|showers|water|tap|taps|bath|baths|therapy",
                                                     "shiver* in|from|with|because_of the|this? cold|freezing|chill",
                                                     "stood|standing|waiting|waited|wait|stand ~4 shiver*",
                                                     "shiver* ~4 corral|pen|start_line|queue|platform",
                                                     "chills me", "flu jab|shot|vaccine",
                                                     # a thrill or a cold plunge: "watching the marathon gave me
                                                     # chills", "the ice bath gave me the chills" (a review)
                                                     "give|gives|gave|giving|given me|us|you? the? chills",
                                                     "chills ~2 watching|listening|reading|hearing|thinking|down_my|"
                                                     "up_my|down_the|spine",
                                                     "ice|cold bath|baths|plunge|plunges|dip|swim|shower ~8 chills",
                                                     "chills ~6 after ~3 plunge|plunges|ice_bath|cold_bath|dip|swim|"
                                                     "shower",
                                                     "feverish pace|pitch|schedule|plan|training|excitement|"
                                                     "anticipation|rush|activity|speed",
                                                     # (a collagen, a whey or a chocolate one, drunk: scope24)
                                                     "protein|milk|recovery|smoothie|collagen|whey|chocolate|"
                                                     "banana|strawberry|vanilla|meal_replacement|diet ~2 shake*",
                                                     "shakes ~3 protein",
                                                     "drink*|drank|make|made|blend* ~2 "
                                                     "shake|shakes")),
        # caught like a bug: "I have caught the running fever" (lay-redflags43); not a fever run for days with a
        # reading or sweats, as Indian English says it: "been running fever all week 38.5" (the
        # hundred-and-fifteenth review)
        LookAlike(("running|jogging fever",), sense=True, own=True,
                  unless=("37.*|38.*|39.*|40.*|100.*|101.*|102.*|103.*|104.*", "all week", "for ~2 days|weeks|a_week",
                          "since ~2 monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last",
                          "sweat*", "shiver*", "chill*",
                          "degree*", "in and out", "on and off", "temp*", "thermometer", "paracetamol", "ibuprofen",
                          "dolo", "crocin", "agony")),
        # A reading of a gadget, a place or the air: "checked my temp gauge in the car, 39 outside".
        # (A thing's temperature, not "my temp" taken in the car.)
        LookAlike(("the temp|temps|temperature on|in|from|at ~2 garmin|watch|car|app|phone|forecast|gauge*|dash*|"
                   "thermostat*|gym|garden|kitchen|house|office|room|shade|sun",
                   "car|outside|outdoor*|air|water|room|oven*|bath|pool|forecast|weather|engine*|garmin|watch|app|"
                   "garden|gym|house|office|kitchen temp|temps|temperature",
                   "car|outside|outdoor*|garden|garmin|watch thermometer",
                   "temp|temps|temperature gauge*|outside|forecast",
                   "thermometer in|on|at the|my? garden|car|gym|wall|window|porch|dashboard|dash",
                   # the weather at a place: "and it was 38 at the track"
                   "# at|on the track|park|parkrun|course",
                   "the temperature|temp hit|reached|topped|was # on|during|at ~2 run|race|parkrun|walk|ride|route",
                   "# degree|degrees|c|f out_there|outside|in_the_shade|in_the_sun|with_the_humidity|humidity",
                   "# out_there|outside ,|.|today|this|on|at|and|in|by|yesterday|when|while"),
                  own=True,
                  unless=("fever*", "feverish", "shiver*", "chills", "rigors", "rigours", "forehead", "tongue*",
                          "armpit*", "sweats", "unwell", "poorly", "flu", "burning up", "hot and cold", "scanner*",
                          "ear", "says|said|read|reads i_am|i_was|he_is|she_is",
                          # the person's own reading: "my temperature was 38.9 outside the first aid tent"
                          "my|his|her core? temp|temps|temperature is|was|has|had|of|reads|read|hit|went|got",
                          # a check of people at a gym or work: "the gym temperature check said 38.4 and sent me home"
                          "check|checks|checked|screening|sent me|sent_me_home")),
        # The day's heat, not the body's: "it was 38 degrees at parkrun this morning, absolutely cooked".
        # (A weather or place word is needed: "it was 39.5 degrees when I checked" is a body's.)
        LookAlike(("it was|is|hit|reached # degree|degrees|c|celsius", "# degree|degrees heat|weather|outside|sun|day",
                   "# degree|degrees|c|celsius ~4 outside|out_there|in_the_shade|in_the_sun|parkrun|start_line|"
                   "at_the_start|humidity|humid|forecast|heatwave|heat_wave|the_heat|the_sun|sunshine|weather",
                   "outside|weather|forecast|heatwave|heat_wave|humidity ~3 # degree|degrees|c|celsius"),
                  unless=("temp", "temps", "temperature*", "thermometer", "fever*", "feverish", "shiver*", "chills",
                          "rigors", "sweats", "flu", "unwell", "poorly", "when i|he|she|we checked|measured|took",
                          # a reading: "I checked, 39 degrees" (not a runner's "took it easy")
                          "i|he|she|we|mum|dad checked|measured it|my_temp*|myself|himself|herself|,|#",
                          "i|he|she|we took my|his|her|a? temp*|temperature|reading",
                          "checked|took|measured my|his|her ~1 temp*|temperature", "hot and cold", "shaking",
                          "sweating at night|in_bed|all_night", "out of it", "under the weather",
                          # a person at a number: "I'm 39 degrees", "I was at 39"
                          # (not "I ran 10 miles in 38 degrees": a thirty-ninth review)
                          "i_am|i_was|he_is|she_is|he_was|she_was|been at? # ~1 degree|degrees|c|celsius",
                          "been|was|am|is burning up ~3 since|for|all|yesterday|last_night|tonight|now",
                          "burning up ~3 since|for|all|yesterday|last_night|tonight|now",
                          "woke|woke_up|waking|waking_up ~3 burning up", "body is hot", "hot for body",
                          "i_am|i_was|he_is|she_is|he_was|she_was at #", "i|he|she|we took it ,|#",
                          "felt|feels|feel|was|is|felt_really ~1 hot|burning ~6 # degree|degrees",
                          # a reading to the tenth: "it was 38.6 degrees this morning"
                          "37.5*|37.6*|37.7*|37.8*|37.9*|38.*|39.*|40.*|41.* degree|degrees|c|celsius",
                          "forehead", "thermometer")),
        # The temperature told gone, in a sentence of its own: "The temperature went a week ago and I feel fine now".
        LookAlike(("temperature|temp|fever ~1 went|broke|cleared|lifted|settled|disappeared ~3 ago",
                   "temperature|temp|fever ~2 gone|normal|back_to_normal ~2 for|since ~3 days|week|weeks|ago|monday|"
                   "tuesday|wednesday|thursday|friday|saturday|sunday"),
                  anywhere=True,
                  # ...not one that is back: "the fever went a few days ago but I've got a temperature of 38.4 today",
                  # "tonight I'm burning up and shivering" (an eighty-ninth review)
                  unless=("still ~3 fever*|feverish|temp*|hot|shiver*|chill*|sweat*", "again", "came|has_come back",
                          "returned", "today|tonight ~3 fever*|temp*|shiver*|chill*|burning|hot",
                          "now ~3 fever*|feverish|temp*|shiver*", "worse",
                          "but|now|today|tonight|again ~6 temperature|temp|fever|burning|shiver*|chill*",
                          "temperature|temp|fever ~4 today|tonight|now|this_evening|this_morning|this_afternoon",
                          "burning up", "shiver*", "running a ~1 temperature|temp|fever")),
        # The weather's, a bath's or a muscle's heat, not a body's: "pain and burning hot weather on my long run",
        # "temperature went up to 30 degrees on my run", "with temperature so high in the gym" (a ninety-second review).
        LookAlike(("burning|boiling hot ~2 weather|day|days|sun|sunshine|afternoon|morning|outside|temperatures|bath|"
                   "shower|water|feet|muscle|muscles|legs|quads|calves|tarmac|track|gym|room|car",
                   "temperature|temp ~4 # degrees|degree|c|f ~4 on|in|at|outside|today|run|race",
                   "temperature|temp ~6 in the|at_the|on_the|outside|gym|room|weather|air|sun|race|track|car"),
                  sense=True, own=True,
                  unless=("fever*", "feverish", "shiver*", "chill*", "thermometer", f"{FEVER_READING}",
                          "my|his|her temperature|temp ~3 # ~1 degrees|degree|c")),
        # A warm bed's sweats: "night sweats from the duvet being too warm" (a sixty-fifth review).
        LookAlike(("from|because_of|due_to the|my ~1 duvet|heating|heatwave|radiator|electric_blanket",
                   "duvet|heating|room|bedroom|radiator ~3 too|so|really warm|hot",
                   "too|so warm|hot ~3 duvet|heating|bedroom|room"),
                  unless=("fever*", "feverish", "temp|temps|temperature*", "thermometer", "chills", "shiver*", "rigors",
                          "lost|losing ~3 weight|kg|kilos|pounds|stone", "every night", f"{FEVER_READING}")),
        # The menopause's hot flushes and sweats are no fever (NICE NG23), unless a temperature is told.
        LookAlike(("menopaus*", "perimenopaus*", "hot flush*|flash*", "hrt"), anywhere=True,
                  unless=("fever*", "feverish", "temp|temps|temperature*", "thermometer", "chills", "rigors",
                          "rigours", f"{FEVER_READING}")),)),
    # Weight lost without trying.
    Sign("weight-loss", "weight-loss", T, WEIGHT_LOST, needs=UNINTENDED, intendable=True, numbers_fall=True,
         look_alikes=WEIGHT_LOSS_EXPLAINED),
    # At 60 or over, weight lost with back pain is for a doctor unless told as wanted or explained, whether or not
    # "without trying" is said (NICE NG12, 1.2.5: weight loss with back pain at 60 and over; lay-redflags35: "father
    # in law (74), nagging back and belly ache for a month... gone from 82kg to 75kg").
    # (a purpose told once covers the loss's other words: "lost 23 kilos since July on purpose ... and I'm down to a
    # weight I haven't seen in ten years", forum28)
    Sign("weight-loss-older", "weight-loss", T, WEIGHT_LOST, needs=AGED_60_PLUS, needs_back_pain=True,
         intendable=True, numbers_fall=True, look_alikes=(*WEIGHT_LOSS_EXPLAINED, LookAlike(
             ("on purpose", "deliberately", "intentional*", "goal weight", "target weight",
              "trying|tried|want*|aim*|plan*|hoping|hoped to lose|drop|shed|slim",
              "diet*", "slimming", "weight watchers", "calorie*", "deficit"),
             # (in the loss's sentence, not denied, not wished by someone else, a ninety-ninth review)
             unless=(*UNINTENDED, "still ~2 losing|dropping", "keep*|kept ~2 losing|dropping",
                     "more than ~3 meant|wanted|plan*|expected", "wants|want|wanted|told|tells|says|trying_to_get ~3 "
                     "me|him|her|them ~1 to ~1 diet|lose", "{not} ~2 started|start|dieting|trying",
                     "myself", "{not} ~1 know why",
                     # someone else's diet (the hundredth review: "...lost weight, my wife is doing slimming world")
                     "wife|husband|partner|mum|dad|mother|father|sister|brother|friend|he|she|they ~4 doing|on|started|"
                     "joined|is_on|does|do ~2 slimming|diet|diets|dieting|weight_watchers|a_diet")))),
    # Back pain at night that wakes, or that no position or rest eases.
    Sign("night-pain", "night-pain", T, NOT_EASED, needs_back=True,
         look_alikes=(NIGHT_ELSEWHERE, NIGHT_OTHER_SENSE, NIGHT_SWEATS, NEVER_STOPS, WOKEN_BY_SOMEONE, SLEEPLESS,
                      NERVES_SLEEPLESS, WORRY_KEEPS_UP,
                      POSITION_EASES, LYING_FINE, NIGHTS_FINE_NOW, CHAIR_FOR_ANOTHER_REASON,
                      LIMITS_OF_A_STRAIN, PAINKILLER_EASES, DAY_SLEEP, ONE_BAD_NIGHT, ONE_SIDE_LAIN_ON, PREGNANT_NIGHTS,
                      LookAlike(("most mornings", "until i roll over", "gone by lunch*", "eases|better once i get up",
                                 "when i get moving", "since i was a teenager", "sleeping in weird positions")),
                      MORNING_EASES)),
    Sign("night-pain-any", "night-pain", T, NOT_EASED_ANY, needs_back=True, needs=NIGHT_OR_REST,
         look_alikes=(LookAlike(("no matter how_much|what ~3 eat|eats|eating|ate|food",), sense=True, own=True),
                      # another part's pain that nothing touches: "wake up with a stiff neck from sleeping funny,
                      # nothing touches it" (forum29)
                      # (not shoulders, hips or a stomach lain on, which a back's pain takes in: the
                      # hundred-and-ninth review)
                      LookAlike(("neck|head|headache|knee|knees|foot|tooth|teeth|jaw ~6 ,? "
                                 "nothing|painkillers|tablets|ibuprofen ~3 touch*",),
                                own=True, sense=True),
                      # worse through the day, not at night: "woke up with my low back hurting and it's got steadily
                      # worse all day" (forum31)
                      LookAlike(("worse ~3 all_day|during_the_day|through_the_day|as_the_day_went_on|by_the_afternoon|"
                                 "by_the_evening|by_lunch|by_lunchtime",), sense=True,
                                unless=(*NIGHT, "wakes|woke|waking ~2 me|him|her", "keeps|kept ~2 me ~1 awake|up",
                                        "at|even_at|while_at rest", "resting|lying ~2 still|down|flat", "no position",
                                        "nothing ~3 ease*|help*|touch*|settle*")),
                      NIGHT_ELSEWHERE, NIGHT_OTHER_SENSE, NIGHT_SWEATS, WOKEN_BY_SOMEONE, SLEEPLESS,
                      NERVES_SLEEPLESS, WORRY_KEEPS_UP, POSITION_EASES, LYING_FINE,
                      # The position of a hand, a seat or a screen, not the body's: "I keep swapping hand positions
                      # on the bars".
                      LookAlike((f"{THINGS_POSITIONED} position*", f"position* of ~2 {THINGS_POSITIONED}"),
                                sense=True, unless=(*NIGHT, "bed", "sleep*", "lying", "lie", "wak*", "woke*",
                                                    "awake", "mattress", "pillow*", "rest*", "constant*", "all day",
                                                    "sofa", "couch")),
                      # Rest as days off, and "no matter what" of weight: "comes back no matter how long
                      # I rest", "put on 3 lbs no matter what I do".
                      NEVER_STOPS,
                      LookAlike(("no matter how long ~3 rest|off|break", "comes|came|keeps_coming back ~6 no matter",
                                 "put on|gain*|gained|weigh* ~6 no matter", "no matter what i eat|do ~3 weight|lbs|kg"),
                                sense=True),
                      LIMITS_OF_A_STRAIN, PAINKILLER_EASES, DAY_SLEEP, ONE_BAD_NIGHT, ONE_SIDE_LAIN_ON, PREGNANT_NIGHTS,
                      LookAlike(("most mornings", "until i roll over", "gone by lunch*", "eases|better once i get up",
                                 "when i get moving")), MORNING_EASES)),
    # (a night's bad pain from a sciatica the doctor named is that sciatica's: "crawling up the stairs some nights ...
    # orthopaedic man says it's sciatica", lay-redflags35; pain that wakes stays a sign, the night-pain row)
    Sign("night-pain-severe", "night-pain", T, NIGHT, needs_back=True, needs=SEVERE, needs_near=True,
         look_alikes=(NIGHT_ELSEWHERE, NIGHT_OTHER_SENSE, NIGHT_SWEATS, WOKEN_BY_SOMEONE, SLEEPLESS,
                      NERVES_SLEEPLESS, POSITION_EASES, LYING_FINE, PAINKILLER_EASES, ONE_SIDE_LAIN_ON, PREGNANT_NIGHTS,
                      CHECKED_BY_DOCTOR,
                      # a treatment's pain that evening: "had a massage last night which was agony" (forum29)
                      LookAlike(("massage*|physio|foam_roll*|foam_roller|acupuncture|needl*|deep_tissue|"
                                 "sports_rub ~6 agony|agonising|painful|killing|torture|excruciating|brutal",),
                                sense=True,
                                unless=("wak*|woke|woken", "{cannot} ~2 sleep|lie", "awake", "all night")),
                      LYING_EASES, LookAlike(("stiff in the morning", "morning stiffness", "woke up ~3 stiff",
                                 "after ~3 sofa|couch")),
                      # a movement's pain, in a list of them: "the worst bit is daily life stuff, sneezing, rolling
                      # over in bed" (forum40): pain on moving is a strain's, not the night's that nothing eases
                      LookAlike(("roll*|turn* ~1 over in bed", "sneez*|cough*|laugh*|bend*|lift* ~4 roll*|turn* over"),
                                unless=("wak*", "woke*", "awake", "no position", "{cannot} ~2 sleep|lie", "all night",
                                        "every night", "at rest", "lying still", "keeps|kept me up")),
                      # the worst of an illness, not of a pain: "that night I got a sore throat and it turned into the
                      # worst flu I've ever had"
                      LookAlike(("worst|terrible|awful|horrendous ~2 traffic|weather|storm|roads|drive|journey|commute|"
                                 "queue|queues|food|hotel|ride|service|noise|snoring",
                                 "worst|terrible|awful|horrendous ~2 flu|cold|cough|sore_throat|hangover|bug|virus|"
                                 "covid|migraine|headache|toothache|nightmare|dream|dreams",),
                                # (unless the back's pain is told of the night: "worst flu, and my back aches
                                # all night")
                                unless=("back|spine ~3 pain*|hurt*|ache*|aching|agony|killing ~4 night|nights|sleep|"
                                        "bed|lying|lie|awake",
                                        "night|nights|sleep|bed|lying|awake ~4 back|spine ~3 pain*|hurt*|ache*|"
                                        "aching|agony|killing")))),
    # Chest: pain, pressure, a band; breath out of proportion; fainting; palpitations.
    # Chest pain told as the heart's, as many writers and worried relatives put it (a twenty-fourth new user: "my heart
    # hurts when i run", "sharp pain in my heart on hills"), on a run or with effort (BHF: chest pain on exercise).
    Sign("heart-pain", "chest", E, ("heart ~2 hurts|hurt|hurting|aches|ache|aching|pain|pains|sore|painful|burns|"
                                    "burning|stabbing",
                                    "pain|pains|ache|aching|stabbing|sharp_pain|pressure ~3 in|around|near ~2 my|his|"
                                    "her|the heart|heart_area|heart_region"),
         # (effort of any kind, or the heart's own companions: the hundred-and-fourth review's "during intervals",
         # "when I cycle to work", "and my left arm feels numb")
         needs=("run*", "jog*", "hill*", "exercis*", "training", "race", "racing", "stairs", "effort", "sprint*",
                "workout", "parkrun", "marathon", "10k", "5k", "miles", "km", "interval*", "tempo", "session*",
                "cycl*", "bike", "swim*", "gym", "climb*", "arm", "arms", "jaw", "breath*", "sweat*", "dizzy",
                # walking as effort: "when I walk briskly to the station", "walk up to the shops"
                "walk|walking|walked ~2 briskly|fast|quickly|uphill|up|upstairs", "brisk walk*",
                "faint*"),
         recent_stands=True,
         # (the heart's feelings, in the finding's own words: not "my heart hurts from running", "so much when I run
         # up hills", "to run", beside a heart rate watch: the hundred-and-fifth review)
         look_alikes=(LookAlike(("heart ~3 hurts|hurt|aches|ache|aching|breaks|breaking|sore|broken ~3 for|seeing|"
                                 "watching|to_see|to_be_running|to_be_back|to_run_again|to_get_back|thinking|"
                                 "when_i_think|reading|hearing|knowing|that|from_missing|missing|miss|"
                                 "when_i_had_to|every_time_i_see|every_time_i_think|because_i_miss",
                                 "heartbreak*", "heartbroken", "broke|break|breaks my|his|her heart", "heart and soul",
                                 "heart_rate ~3 pain|ache|hurt*", "pain|ache ~3 heart_rate"), sense=True, own=True),
                      # missing running, and a strap that rubs, told in the sentence (the hundred-and-sixth review)
                      LookAlike(("i|really|so ~2 miss|missing running|my_running|racing|my_runs|the_track|my_club",
                                 "to_be_out|to_be_back running|racing",
                                 "heart_rate|hr monitor|strap|watch|band ~3 burns|burning|rubs|rubbing|chafes|chafing"),
                                sense=True))),
    Sign("chest-pain", "chest", E, CHEST_FEELING, site=CHEST, near=8, same_clause=True, recent_stands=True,
         look_alikes=(LookAlike((
        "chest day", "chest strap", "chest hr", "off my chest", "chest press", "chest infection", "chesty",
        # excitement or nerves before a race, at rest (an eighth new user: "my chest feels tight from excitement
        # before race day")
        "from|with excitement|anticipation|pre_race_nerves|race_nerves",
        # a warning about it, not a pain felt: "the race briefing had a chest pain warning"
        "chest pain ~1 warning|warnings|awareness|signs|poster|leaflet|talk|advice|briefing",
        "warning|warnings|briefing|poster|leaflet|talk|advice|awareness about|on|of ~1 chest pain",
        "chafing", "chafed", "nipple*", "rash", "large|big|huge|small|flat chest", "chest size", "bra", "busty",
        "under ~3 rib*|ribcage|rib cage", "stitch", "cough*", "virus", "bug",
    )),
    # A cold or a laugh explains a sore chest, not one that also comes on runs or with the heart's words.
    LookAlike(("a|chest|head cold", "from|after|when|while|with ~1 laugh*"),
              unless=("when|while|on|during|every|and ~3 run|runs|running|jog*|hill|hills|sprint*|exercise|stairs",
                      "uphill", "crush*", "pressure", "squeez*",
                      "heav*", "arm", "jaw", "sweat*", "radiat*", "spread*", "faint*")),
    LookAlike(("burn*|sting*|raw|rasp* ~3 from|with|breathing ~2 breathing|breath|cold|air|panting",),
                  unless=("pressure", "tight*", "squeez*", "heav*", "crush*", "arm", "jaw", "radiat*", "spread*",
                          "sweat*", "faint*", "dizz*", "sick")),
        # (nor a weight told as someone on the chest, nor an asthma the writer disputes: "feels like someone is
        # sitting on her chest ... she says it's her asthma but she's never had asthma", lay-redflags19)
        LookAlike(("asthma*", "inhaler", "puffer"), anywhere=True,
                  unless=("arm", "jaw", "faint*", "{not} ~3 help*|work*|settle*", "made|make|makes|making ~2 worse",
                          "crush*", "pressure", "squeez*", "band", "heav*", "radiat*", "spread*",
                          "sitting|sat|standing|kneeling on ~2 my|his|her|the? chest", "never ~3 asthma*|inhaler",
                          "not ~2 asthma*")),
        LookAlike(("all clear", "ecg|echo|calcium ~5 normal|clear|fine|zero", "bloods ~3 clear|normal",
                   "checked and cleared", "all checked ~2 fine|clear|cleared|out",
                   "turned|turns out ~3 fine|ok|okay|nothing|nothing_serious|harmless|indigestion|muscular|benign",
                   "tests ~3 normal|clear", "stress|heart|cardiac|exercise|treadmill test ~4 normal|clear|fine",
                   "cardiologist ~4 fine|normal|nothing|cleared|get_running",
                   "heart ~2 fine|normal|healthy",
                   "no chest pain since", "doctor ~3 thinks|says ~4 muscle|strain*", "when i move|moved|twist*|press*",
                   "strained a muscle", "grip* ~3 handrail*|rail*|bars|handlebar*"),
                  anywhere=True, unless=("since then", "still", "worse than ever", "more often",
                                         "now it is|it_has|its back", "but now ~2 it is|it_has|its back",
                                         "pain*|ache*|tight*|pressure|heav*|squeez*|burn*|"
                                         "band|discomfort|it ~4 came|comes|come back ~1 on|today|again|when|during|"
                                         "while|yesterday|this_morning",
                                         "came|comes|come back again|today|during", "keeps coming back",
                                         # The symptom named when it comes back; not "returned to running".
                                         "chest ~4 returned|has_returned ,|.|on|when|while|during|today|again|and|"
                                         "this|yesterday|last",
                                         "chest ~4 is_back|its_back|it_is_back|back_again",
                                         # "the pressure is back"; not "my back tightness is back".
                                         "the|chest pain|ache|aching|tightness|pressure|heaviness|squeezing|"
                                         "discomfort ~1 is_back|its_back|it_is_back|back_again|has_returned|"
                                         "returned|has_come_back|came_back",
                                         "come|came back ~1 in my chest",
                                         "crush*")))),
    # A hand to the chest, seen: "the man next to me grabbed his chest and said he felt dizzy and sick" (an eighth new
    # user's; BHF: call 999 for chest pain that comes with feeling sick, sweaty or light-headed).
    Sign("chest-clutched", "chest", E, ("grabbed|grabbing|clutched|clutching|gripped|gripping|clasped|clasping at? "
                                        "his|her|my|their chest",
                                        # "she put her hand to her chest mid run" (the hundred-and-eighteenth review)
                                        "put|puts|putting|held|holding|pressed|pressing his|her|my|their hand|hands "
                                        "to|on|over|against his|her|my|their chest"),
         look_alikes=(LookAlike(("chest strap|strap|monitor|hr|heart_rate_monitor|pocket|bib|number|phone|drink|"
                                 "bottle|medal",), own=True, sense=True),
                      LookAlike(("laugh*|joke|joking|jokingly|dramatic*|mock*|pretend*|theatrical*|lol|haha|😂",),
                                sense=True, unless=("dizz*", "faint*", "collaps*", "sick", "sweat*", "grey|gray|pale",
                                                    "breath*", "ambulance|999|911")))),
    Sign("chest-named", "chest", E, ("heart attack", "heart pain", "angina", "cardiac arrest",
                                     "pain*|ache|tight*|pressure|heav*|squeez* ~3 over|near|around my|the|his|her "
                                     "heart"),
         look_alikes=(LookAlike(("read about", "heard about", "news", "documentary", "ecg ~3 normal|fine|clear",
                                 "died", "passed away", "family history", "warning signs", "in ~2 family",
                                 "all clear", "work ~ up",
                                 "give|gave|giving me a heart attack", "check up", "checkup",
                                 "screening", "in his|her|their ~2 late|early|forties|fifties|sixties|40s|50s|60s",
                                 # A question about heart attacks in general: "heart attack risk for runners".
                                 "heart attack risk|risks|rate|rates|statistics",
                                 "risk|risks|chance|chances|odds|likelihood of ~2 a? heart attack|attacks",
                                 "prevent*|avoid*|reduce*|lower* ~3 heart attack|attacks|risk",
                                 # One in the past, asked about: "a heart attack last year, can I run?"
                                 "heart_attack|angina|cardiac_arrest|stent|stents|bypass ~4 last year|ago",
                                 "since|after my|his|her|a|the heart_attack|cardiac_arrest|bypass|stent|stents",
                                 # a relative's past one, a reason to ask (a thirteenth new user): "because my
                                 # dad had a heart attack"
                                 f"{RELATIVES} ~2 had|has_had|survived ~1 a? heart_attack|cardiac_arrest|angina",
                                 "cardiac rehab*"),
                                anywhere=True,
                                unless=("this is|i_am_having|having|am_i_having a? heart attack",
                                        "pain*|tight*|pressure|squeez*|crush* ~4 now|today|tonight|right_now",
                                        "right now",
                                        # a symptom felt over the heart, whatever the family's history: "pressure
                                        # over his heart whenever his heart rate crept up ... His own dad had two
                                        # heart attacks in his forties" (lay-redflags47)
                                        "pain*|ache|tight*|pressure|heav*|squeez* ~3 over|near|around my|the|his|her "
                                        "heart")),)),
    # Whatever the word and wherever it is felt (a band, pressure, a lump behind the collarbone, heavy
    # arms): a discomfort that comes with effort and goes with rest is angina's pattern (BHF).
    Sign("effort-relief", "chest", E, ("pressure", "tight*", "heaviness", "heavy", "band", "squeez*", "lump",
                                       "weight on", "discomfort", "ache*", "aching", "burn*", "vice", "strap",
                                       # a weight told as someone on the chest (a fifth new user's trial)
                                       "sitting|sat|standing|kneeling on ~2 my|his|her|the? chest"),
         needs=RELIEF, look_alikes=(LookAlike((*LEGS, "calf", "calves", "shin*", "hip*", "glute*", "hamstring*",
                                               "poster*", "leaflet*",
                                               "stitch", "side", "stomach", "belly", "tummy", "gut",
                                               "shoe*", "sock*", "blister*", "lung*", "asthma"),),
                                    NECK_OF_A_POSITION,
                                    # ...or anywhere, with nothing of the chest's told: "a patch of numbness on the
                                    # outside of my right thigh ... goes when I stop. It's started burning" (letters1)
                                    LookAlike((*LEGS, "calf", "calves", "shin*", "hip*", "glute*", "hamstring*"),
                                              anywhere=True,
                                              unless=(*CHEST_TOLD, "neck", "shoulder*", "upper back", "rib*")),
                                    # Limbs that ache all over are a flu's or a run's, not the arm of a heart's
                                    # pain: "high temperature, aching limbs, tiredness" (not "aching arms on hills
                                    # ... my limbs are otherwise fine", a ninety-third review)
                                    LookAlike(("aching|achy limbs", "limbs ~2 ache|aching|achy"), sense=True,
                                              own=True),
                                    # A back that eases as the pace drops is the back's: "lower back aches on my
                                    # runs but eases when I slow down" (not with the chest, arm or jaw told).
                                    LookAlike(("lower|low back", "my|his|her back ~2 ache*|aching|aches|sore|hurt*|"
                                               "stiff*|tight*", "backache*", "lumbar"), anywhere=True,
                                              unless=("chest", "arm", "arms", "jaw", "throat", "neck", "breath*",
                                                      "breathless*", "sternum", "heart", "shoulder*", "pressure",
                                                      "heavy", "heaviness", "squeez*", "band", "rib*", "upper back",
                                                      "crush*", "vice")),
                                    LookAlike(("it|iliotibial|itb|resistance|rubber|elastic|waist|arm|watch|head|hair|"
                                               "heart_rate|chest_strap band|strap",), sense=True,
                                              # the kit's own strap, not one it is compared with: "like a thin strap,
                                              # watch-strap thin, cinched round my chest" (lay-redflags45)
                                              own=True))),
    Sign("effort-heartburn", "chest", E, HEARTBURN,
         needs=("worse ~3 run*|hill*|stairs|effort|exert*|breathing_hard", "when i run|jog|exercise|push",
                "on my runs", "on hills", "up hills", "# miles|km|k", "never get|had", "grey|gray|clammy|sweaty",
                "sick and sweaty",
                # on the run itself: "1h20 in ... this weird indigestion feeling in my chest" (lay-redflags36)
                "during|on|mid|midway_through|halfway_through|into|in_the_middle_of ~2 my|a|the|this? run|runs|"
                "long_run|race|races|parkrun|tempo|intervals|workout|miler|marathon|half",
                "# ~1 miler|miles_in|km_in|k_in|minutes_in|mins_in"),
         look_alikes=(gut_heartburn(),)),
    # ...or with weakness, a faint or dizziness in its own sentence: "this weird indigestion feeling in my chest and
    # I went weak" (lay-redflags36), "got bad heartburn and went dizzy and wobbly" (the hundred-and-third review);
    # not "heartburn from coffee. My legs feel weak after long runs" (the hundred-and-second).
    Sign("heartburn-weak", "chest", E, HEARTBURN,
         # (a word or two between: "felt a bit dizzy", "felt so weak"; not "the coffee was weak", "I am weak for
         # spicy food": the hundred-and-fourth review)
         needs=("went|felt|feel|feeling|go|goes|going|got|get|gets ~2 weak|faint|dizzy|wobbly|lightheaded|"
                "light_headed|woozy",
                # ("I was weak and shaky", "I am weak now"; not "the coffee was weak", "weak for spicy food")
                "i|he|she ~1 was|am|is ~1 so|really|very|too? weak|faint|dizzy|wobbly|shaky ,|.|and|now|afterwards|"
                "after|all|i|that|as|enough"),
         needs_near=True, look_alikes=(gut_heartburn(("dizzy", "wobbly", "lightheaded", "light headed", "woozy")),)),
    # Sweating, sickness and a grey colour together are how a heart attack often shows (BHF).
    Sign("grey-sweaty", "chest", E, ("grey", "gray", "ashen", "clammy", "pouring with sweat", "drenched in sweat",
                                     "cold sweat*", "sick and sweaty", "sweaty and sick"),
         needs=("sick", "nause*", "vomit*", "throw* up", "heartburn", "indigestion", "chest", "arm", "arms", "jaw",
                "faint*", "dizzy", "lightheaded", "light headed"),
         look_alikes=(GREY_HAIR, GREY_EXPLAINED, GREY_SIGHT)),
    # A face gone grey or pale with feeling unwell or an odd shoulder, told together (BHF).
    Sign("grey-unwell", "chest", E, ("i|he|she|you|they|dad|mum|husband|wife|partner ~1 am|was|is|were|are|look|looks|"
                                     "looked|looking|went|gone|turned|turning ~1 so|very|really|all|a_bit? grey|gray|"
                                     "ashen|pale",
                                     "looking|looked so|very|really|all|a_bit? grey|gray|ashen|pale",
                                     "face|lips ~2 grey|gray|ashen|pale", "grey|gray|ashen|pale ~2 face|faced",
                                     "ashen"),
         needs=("sick", "nause*", "dizzy", "faint*", "sweat*", "clammy", "chest", "arm", "arms", "jaw", "shoulder*",
                "unwell", "not right", "felt|feel*|feeling ~3 off|wrong|awful|terrible|rough|strange|weird|funny",
                # grey with breathlessness: "my huffing and puffing ... she said I'd gone grey" (BHF)
                "breathless*", "short of breath",
                "out of breath", "gasping", "puffing", "panting"),
         needs_near=True, look_alikes=(GREY_HAIR, GREY_EXPLAINED, GREY_SIGHT)),
    Sign("dizzy", "chest", E, ("dizzy ~4 had_to|must ~3 stop|sit|lie|go_down", "so dizzy", "light ~ headed",
    "lightheaded",
                               # brought down to them, not put there by a coach: "Coach had me on hands and knees
                               # holding my foot" (forum32)
                               "had_to|ended_up|found_myself|dropped|collapsed|sank|sink|sinking|crumpled|slumped|"
                               "went_down|go_down|get_down|got_down ~2 on|onto|to ~1 my|his|her|all? hands and knees"),
         look_alikes=(
             # down on hands and knees from a trip, not a faint: "caught my toe on a root and went down on my hands
             # and knees" (lay-redflags40)
             LookAlike(("tripped", "trip|trips over|on", "caught my|his|her toe|foot", "fell", "slipped", "stumbl*",
                        "went flying",
                        # "caught one of the many roots and went down on my hands and knees" (forum36)
                        "caught ~4 root|roots|kerb|curb|rock|rocks|stone|pothole"), anywhere=True,
                       unless=("dizzy", "dizziness", "light ~ headed", "lightheaded", "faint*", "chest", "breath*",
                               "room spinning", "spinning")),
             LookAlike(("heat", "hot", "dehydrat*", "stood up", "standing up", "hungry", "not eaten",
                        # "i tried skipping lunch and got so dizzy at practice" (lay-redflags41)
                        "skipping|skipped|skip|skips ~1 lunch|breakfast|dinner|tea|meals|a_meal",
                        "did not eat", "low blood sugar", "sprint finish", "after ~3 race|finish", "fasted",
                        "low blood pressure"), anywhere=True,
                       # (a skipped meal is no skipped beat)
                       unless=(*(p for p in OUT_OF_PROPORTION if p != "skipp*"), "skipp* ~2 beat|beats",
                               "heart ~3 skipp*")),)),
    # Breath that will not come at all is a sign on its own; breathlessness on a run only when it is out of
    # proportion to the effort (at rest, on the flat, worse than before, with the chest): BHF, NHS.
    Sign("breath", "chest", E, (
        "{cannot} ~3 breathe|breath", "fight* to ~2 breathe|breath", "{cannot} ~2 catch ~2 breath", "drowning",
        "get ~2 breath back", "get ~2 air",
    ), look_alikes=(*BREATH_EXPLAINED,
                    # the breath back soon: "right as rain by the top gate and get my breath back inside a minute"
                    # (lay-redflags41)
                    LookAlike(("get|got|getting my|his|her|your breath back inside|within|in|after ~2 minute|minutes|"
                               "min|mins|seconds|secs|moment|moments",), own=True, sense=True,
                              unless=("{cannot} ~3 breath", "struggl* ~3 breath", "never", "took|takes ages|forever|"
                                      "long", "chest ~3 pain*|tight*|pressure", "faint*", "dizz*")),
                    # the nose's breath, a cold's: "can't breathe through my nose, should I run?", "my nose is so
                    # blocked I can't breathe" (a fourteenth new user's cold entry raised the emergency)
                    LookAlike(("breathe|breath|breathing ~2 through|out_of|with ~2 my|the|his|her|one? nose|nostril|"
                               "nostrils", "nose|nostril|nostrils|sinus|sinuses ~4 blocked|stuffy|stuffed|bunged|"
                               "congested|streaming|runny", "blocked|stuffy|stuffed_up|bunged_up|congested|runny nose",
                               "head cold", "sinus*"), anywhere=True, sense=True,
                              unless=("chest", "faint*", "dizz*", "wheez*", "lips ~2 blue", "blue lips", "gasp*",
                                      "mouth", "at all", "palpitat*", "arm", "jaw")))),
    Sign("breath-effort", "chest", E, (
        # (gasping is effort's breath, a sign only out of proportion: "Translation from gasping: running going
        # good!", forum32)
        "short* of breath", "hingal*", "panting", "gasp*", "puffing", "breathless*", "out of breath", "winded",
        "wheez*",
        "barely|hardly ~1 breathe|breath",
        # starved of air, felt: "I felt like I was suffocating on my run" (not "the suffocating heat", nor a mask's or a
        # crowd's: BREATH_EXPLAINED)
        "like i was|am|were suffocating",
        # compared with a sprint: "my breathing is like I'm sprinting on an easy run"
        "breathing|breathe|breath ~3 like|as_if|as_though ~3 sprint*|racing|a_sprint|i_sprinted|i_raced",
    ), needs=(*OUT_OF_PROPORTION, *BREATHLESS_AT_REST), look_alikes=(
        *BREATH_EXPLAINED, *AIRWAY_EXPLAINED,
        # the breath denied as the reason to stop: "I never stop because I'm out of breath or my legs are burning,
        # it's ALWAYS the back" (forum42)
        LookAlike(("never|not|rarely|do_not|does_not|did_not|is_not|was_not ~3 because|cos|cause|as|from|due_to ~2 "
                   "i_am|im|i_was|i_get|i_got|being|getting? out_of_breath|breathless|winded|puffed|gasping|panting",),
                  own=True, sense=True),
        # the breath put down to being unfit by the writer, as the usual: "the usual cough, snort, wheeze of being
        # unfit, nothing more" (lay-redflags45)
        LookAlike(("of|from being unfit|out_of_shape|out_of_condition|unfit",
                   "usual|normal|typical ~4 of|from ~1 being? unfit|out_of_shape|out_of_condition",
                   # (or told as the cause, or as an unfit person's: "I wheeze on runs because I'm unfit", "the usual
                   # unfit wheeze", the hundred-and-sixteenth review)
                   "because|cos|as i_am|im|am ~2 so|really|just|very? unfit|out_of_shape|out_of_condition",
                   "unfit wheeze|wheezing|breathing|gasping|puffing"),
                  unless=("faint*", "dizz*", "palpitat*", "at rest", "resting", "never used to", "worse ~3 than", "arm",
                          "jaw", "pressure", "tight*", "band", "squeez*", "crush*")),
        # the flat told as easy, the breath the climb's: "gasping on the steep climbs of the fell race but fine on the
        # flat bits" (the hundred-and-tenth review)
        LookAlike(("fine|ok|okay|normal|easy|comfortable|no_problem on|along the ~1 flat|flats|level|flat_bits|"
                   "flat_sections",), anywhere=True,
                  unless=("chest", "faint*", "dizz*", "palpitat*", "at rest", "resting", "never used to", "lying",
                          "sitting", "worse ~3 than", "arm", "jaw")))),
    Sign("faint", "chest", E, ("faint", "fainted", "fainting", "feel* faint", "passed out", "pass out", "black* out",
                               "blacked", "collapsed", "nearly collapsed", "next thing ~3 on|off the ~2 floor|ground",
                               "came to|round on the ~2 floor|ground", "woke|came_to ~3 on the ~2 floor|ground",
                               # "everything went black and I woke up with paramedics over me" (forum33)
                               "woke|woke_up|came_to|came_round|came_around ~3 with|to ~2 paramedic*|medic|medics|"
                               "ambulance_crew|first_aider*|people|marshals|st_john*",
                               "next thing i remember|knew|know ~4 ground|floor|pavement|road|tarmac|grass|track",
                               # held up so as not to go down: "two strangers had to hold me up and walk me over
                               # the line"
                               "hold|held|holding|propped|propping me|him|her up and|to|while ~1 walk*|carr*|help*|"
                               "drag*|take|took me|him|her ~2 over|across|to|into the ~2 line|finish|medical|medics|"
                               "tent|"
                               "first_aid|ambulance",
                               "had|needed to hold|prop|carry me|him|her up ~4 or|so|before|otherwise|else ~3 go|gone|"
                               "went|fall|fell|collaps*|drop*|hit"),
         recent_stands=True, look_alikes=(LookAlike(("faint hope", "faint line", "faintest")),
                                          FELLED_BY_BACK_PAIN,
                      # the pain's height told by what it nearly did: "my lower back just went into spasm ... I didn't
                      # know whether I'd be sick or pass out" (forum32), not a faint on a run
                      LookAlike(("be|being|feel|felt sick|ill or ~1 pass out|faint|black_out",
                                 "pass|passing out|faint|fainting or ~1 be|being sick|throw_up|vomit|cry|scream"),
                                own=True, also=("spasm*", "pain*", "agony", "hurt*", "seized", "locked", "went|gone"),
                                unless=("chest", "breath*", "dizz*", "heart", "palpitat*", "passed out", "fainted",
                                        "blacked", *DURING_A_RUN)),
                      # the back's pain at a movement, nearly felling: "my back is so sore ... bending to stretch it
                      # nearly makes me black out", "even stretching makes me feel faint" (forum42, forum43; not
                      # standing up, which after a run may be a faint's own warning)
                      LookAlike(("bending|bend|bends|stretching|stretch|twisting|twist|turning|rolling_over|"
                                 "touching_it|moving_it ~6 nearly|almost|practically|could|would? makes|made|make|"
                                 "making me ~1 feel|go? black_out|pass_out|faint|blackout|faint",),
                                own=True, sense=True,
                                also=("pain*", "sore*", "agony", "hurt*", "spasm*", "pulled", "strain*"),
                                unless=("chest", "palpitat*", "breath*", "heart", "passed out", "fainted", "blacked",
                                        "collapsed")),
                      # the pain's height told by the faint it nearly brought, in an episode of the back: "there was
                      # one time it went so badly I nearly blacked out for a second" (forum46)
                      LookAlike(("so|too bad|badly|painful|sore|intense|severe|excruciating|agonising|agonizing ~10 "
                                 "nearly|almost|practically|thought_i_would|could_have ~1 blacked_out|black_out|"
                                 "passed_out|pass_out|fainted|faint",),
                                own=True, sense=True,
                                also=("back", "spasm*", "pain*", "agony", "hurt*", "seized", "locked", "went|gone"),
                                unless=("chest", "palpitat*", "breath*", "heart", "dizz*",
                                        *DURING_A_RUN)),
                      # a shock at a sight, as people say: "my friend nearly fainted when she saw the race photos lol"
                      # (a twenty-fifth new user)
                      EMOTIONAL_SHOCK,
                      # laughter's: "i nearly passed out from laughing at my mates running form lol" (a twenty-eighth
                      # new user)
                      LookAlike(("passed|pass|passing out ~2 from|with ~1 laughing|laughter|laughing_so_hard",
                                 "fainted|faint|died|collapsed ~2 from|with ~1 laughing|laughter|laughing_so_hard",
                                 "laughing|laughed|laughter ~3 so_hard|so_much|till|until ~3 passed|pass|fainted|"
                                 "nearly|almost"), own=True, sense=True,
                                unless=("chest", "palpitat*", "dizz*", "hit my head", "came to|round", "ambulance")),
                      # a faint long ago, told as fine since: "my friend fainted at a race last year, she's fine"
                      # (not with one today: "collapsed at the finish today, last year I was fine", a ninety-second
                      # review)
                      LookAlike(("last year|summer|spring|winter|autumn ,? ~4 fine|ok|okay|well|better|all_good",
                                 "years ago ,? ~4 fine|ok|okay|well|better|all_good"),
                                unless=("faint*|fainted|collaps*|passed_out|blacked ~6 today|tonight|this_morning|"
                                        "this_afternoon|this_evening|yesterday|last_night|just_now|again",
                                        "today|tonight|this_morning|this_afternoon|this_evening|yesterday|"
                                        "last_night ~6 faint*|fainted|collaps*|passed_out|blacked",
                                        "it|this|that happened ~1 again",
                                        "still")),
                      # a lift's collapse, let down on purpose: "I sort of controlled-collapsed onto the floor"
                      # (forum27), "collapsed under the bar"
                      LookAlike(("controlled collaps*", "collaps* ~2 under|with the|my ~1 bar|weight|barbell",
                                 "collapsed|collapsing into|on|onto a|the|my? ~1 chair|sofa|couch|bed|"
                                 "heap_on_the_sofa"),
                                sense=True, own=True, unless=("faint*", "passed out", "blacked", "dizz*", "chest",
                                                              "came to", "woke up on", "unconscious*",
                                                              "conscious*", "out cold", "came round|around",
                                                              "{not} ~2 wake|woke|waking|respond*|breathing")),
                      # A ticket pulled out: "a soggy bus pass out of my sock".
                      LookAlike(("bus|boarding|train|travel|season|day|gym|free|race|hall|rail|metro pass out",),
                                sense=True),
                      LookAlike(("trip*", "slipp*", "stumbl*"), unless=("faint*", "passed out", "blacked", "dizzy",
                                                                     "chest")),
                      # Low blood sugar, gone with food: "felt faint until I got a gel down me" (a bonk). Only
                      # feeling faint: a collapse in a race is never explained away.
                      LookAlike(("feel*|felt faint ~4 until|till|after|once ~4 gel|gels|sugar|sweets|jelly_babies|"
                                 "coke|cola|banana|snack|food|ate|eaten",), anywhere=True,
                                unless=("chest", "palpitat*", "passed out", "blacked", "collaps*", "again",
                                        "every time", "keeps happening")),
                      LookAlike(("asleep", "not fainted", "slept", "passed out ~3 sofa|couch|bed"), anywhere=True,
                                # (a night's poor sleep told beside a collapse the medics saw: "barely slept ...
                                # everything went black, next thing I was on the ground with medics over me", forum33)
                                unless=("chest", "palpitat*", "dizzy", "lightheaded", "again", "went|gone|goes black",
                                        "medic|medics|paramedic*|ambulance|drip|first_aid*", "passed out cold")),
                      # Only feeling faint in the heat, and better: "felt faint in the heat at the start line but fine
                      # after a drink" (not a collapse, confusion or no sweat, which may be heatstroke)
                      LookAlike(("feel*|felt faint",), sense=True, own=True,
                                also=("heat", "hot|hotter|hottest", "sun", "sunny", "heatwave", "humid*"),
                                unless=("passed out", "collaps*", "blacked", "confus*", "stopped sweating", "chest",
                                        "again", "still", "not making sense", "hot and dry")),
                      # Someone known to faint: "she faints a lot apparently", "it happens to her because of low blood
                      # pressure" (no heat needed to explain it)
                      LookAlike(("faint* a lot|often|regular*|all_the_time|easily", "prone to faint*",
                                 "fainting tendency", "tendency to faint", "history of faint*",
                                 "happens to her|him|them ~4 because|a_lot|often|regular*"), anywhere=True, sense=True,
                                unless=("again and again", "keeps happening", "chest", "palpitat*", "confus*",
                                        "not making ~1 any|much? sense", "stopped sweating")),
                      # A faint already explained and checked: blood, a doctor's all clear. Not the heat: a collapse in
                      # the heat may be heatstroke (NHS; the hundredth review: "She passed out on the run in the
                      # heat" got nothing). Drink or a fairground ride explains it when no run is told.
                      LookAlike(DRINK_OR_RIDE, anywhere=True, sense=True, unless=NEAR_FAINT_ON_A_RUN),
                      LookAlike(("sight of blood", "needle*", "blood test", "blood|bloods taken|drawn",
                                 "standing|stood|stand|got|get up too fast|quickly|quick", "hot bath|tub", "sauna",
                                 # "feel like i'm going to pass out when i stand up after running" (a twenty-ninth new
                                 # user)
                                 "when|if|whenever|as_soon_as i|you ~1 stand|stand_up|stood|stood_up|get_up|got_up",
                                 "steam room", "jacuzzi",
                                 "drunk", "all normal", "tests ~3 normal|clear|fine", "checked out", "all clear",
                                 "dehydrat*", "low blood pressure",
                                 "checked me|him|her over|out", "put it down to", "exhaust*", "no repeat*",
                                 "medics|paramedics|first_aid|first_aiders ~3 sorted|checked|treated|looked_after ~1 "
                                 "me|him|her|them"), anywhere=True,
                                # (not "fine now" alone: a collapse today needs checking the same day however well
                                # one feels after, README and BHF; a nineteenth new user)
                                unless=("again and again", "keeps happening", "chest", "palpitat*",
                                        "since then ~3 faint*", "heat_exhaustion", "heatstroke",
                                        # a collapse on a run needs a doctor before the next, whoever checked it on
                                        # the spot (BHF; a twenty-ninth new user: "my dad collapsed while running this
                                        # morning, the paramedics checked him")
                                        # (the writer's or someone close: not "a runner collapsed near me at
                                        # parkrun, the first aiders looked after him", a thirteenth new user)
                                        "i|he|she|we|dad|mum|mom|husband|wife|partner|son|daughter|friend|brother|"
                                        "sister|father|mother ~1 collapsed|collapse|fainted|passed_out|blacked_out ~4 "
                                        "while|during|on|at ~1 "
                                        "running|a_run|his_run|her_run|my_run|the_run|race|parkrun|marathon|"
                                        "the_finish|training",
                                        # a near faint is told, not explained: "nearly blacked out, had to grab a
                                        # fence" after a hot half (lay-redflags35)
                                        "nearly|almost passed_out|fainted|faint|blacked|black_out|"
                                        "collapsed|keeled_over|went_down",
                                        "went black")))),
    # Nearly fainting told by what it looked and felt like: "everything went a weird yellowy colour, my head swam and
    # I had to grab a barrier, I honestly thought I was going down" (forum29); the sight or the head told with
    # holding on, sitting down or the fear of going down, in the same sentence. Not a head rush on standing.
    Sign("near-faint", "chest", E, (
        "vision|sight|eyesight|everything|world|it_all ~1 went|turned|going|goes|started_going|was_going ~4 grey|gray|"
        "black|yellow|yellowy|white|dark|fuzzy|blurry|sepia|starry|tunnel*|grainy|static",
        "head|room|world|everything ~1 swam|swimming|spun|spinning|span|started_spinning",
        "tunnel vision", "seeing|saw stars", "went|going|gone ~2 woozy|wobbly_in_the_head",
        # the sight narrowing: "my vision started closing in like a tunnel" (lay-redflags36)
        "vision|sight ~2 closing|closes|close in", "closing in like a tunnel"),
        needs=("grab*|clutch*|hold|held|holding|hang|hung|lean*|leant ~4 onto|on_to|on|barrier|fence|railing|rail|"
               "wall|post|lamppost|tree|someone|something|car",
               "thought|felt_like|felt_as_if|sure|convinced ~2 i|he|she ~1 was|were|would|going|about ~2 go|going|"
               "to_go down|over|faint|pass_out|black_out|collapse|hit_the_floor|hit_the_ground",
               "had|needed to ~2 sit|lie|crouch|squat|kneel|hold_on",
               "nearly|almost ~2 fell|went_down|fainted|passed_out|collapsed|keeled_over|blacked", "dizzy", "faint*",
               "lightheaded", "light headed",
               # legs gone and the body swaying: "legs went to spaghetti, catching myself from falling, swaying"
               "catching|caught|stopping myself ~3 falling|from_falling|going_down", "sway*", "stagger*",
               "legs ~3 spaghetti|jelly|rubber|went|gone"),
        needs_near=True, recent_stands=True,
        look_alikes=(LookAlike(("stood|stand|standing|got|get|getting ~1 up too fast|quickly|quick|suddenly",
                                "head rush", "sight of blood", "needle*", "blood test"), anywhere=True,
                               unless=NEAR_FAINT_ON_A_RUN),
                     # "after I stood up ... it passed in a second" (the hundred-and-second review), in its sentence:
                     # not "When I get up in the morning I'm fine, but on hill repeats the room started spinning"
                     # (the hundred-and-third)
                     LookAlike(("after|when|as|once i|he|she ~1 stood|stand|got|get up",),
                               unless=(*NEAR_FAINT_ON_A_RUN, "hill*", "repeats", "reps", "climb*")),
                     # a head full of thoughts: "my head was spinning with all the advice"
                     LookAlike(("head|mind|brain ~2 spinning|spun|swimming|swam with|from ~3 advice|information|info|"
                                "options|plans|numbers|questions|thoughts|ideas|all_the|everything|figures|choices",),
                               sense=True, own=True),
                     LookAlike(("migraine*", "aura"), anywhere=True, unless=NEAR_FAINT_ON_A_RUN),
                     # the eyes' or the lights' doing, in the sentence: not "the floodlights were fine"
                     LookAlike(("sweat|rain|sun|suncream|sunscreen ~4 eyes|eye", "goggles", "glasses|specs ~3 "
                                "steam*|fog*|mist*", "power cut", "power went", "light*|floodlight*|power ~1 went_out|"
                                "failed|went_off|cut_out|tripped", "blackout|power_cut|outage"),
                               unless=("light*|floodlight*|power ~2 fine|ok|okay|on",
                                       "nearly|almost ~2 fell|went_down|fainted|passed_out|collapsed|keeled_over|"
                                       "blacked", "thought|felt_like|sure ~2 i|he|she ~1 was|were|would ~2 go|going "
                                       "down|over|faint|pass_out|black_out|collapse")),
                     # drink or a fairground ride (a ninety-ninth review), unless a run is told with it
                     LookAlike((*DRINK_OR_RIDE, "ride|rides at the", "spinning ride"), anywhere=True, sense=True,
                               unless=NEAR_FAINT_ON_A_RUN))),
    # A collapse whose moments are lost: "walked off and face planted into the gravel. Don't remember any of it"
    # (lay-redflags36): a loss of consciousness (BHF, NHS: fainting during exercise).
    Sign("blackout-collapse", "chest", E, (
        # (what happened, not "anything to my back" or "a thing from my lectures": the hundred-and-second review)
        "do|did|can|could not ~1 remember|recall ~3 any_of_it|what_happened|falling|going_down|hitting_the|"
        "how_i_got|the_fall|the_collapse|the_last|anything_after|anything_until|a_thing_after",
        # "...and I don't remember anything" (the hundred-and-third review): the collapse it needs keeps out "a thing
        # from my lectures"
        "do|did|can|could not ~1 remember|recall anything|a_thing|it|that",),
        needs=("face ~1 planted|plant|planting", "faceplant*", "collapsed", "collapse", "keeled over",
               "hit the ground|floor|deck|gravel|pavement|road|track", "fell|fall|falling ~3 over|down|forward|"
               "backwards|flat", "went down like|hard|in_a_heap", "i|he|she|we|they|then|suddenly|just went down",
               # someone named (the hundred-and-third review): "my son went down halfway round parkrun"
               f"{RELATIVES}|boyfriend|girlfriend|runner|guy|man|woman|lady|lad|bloke|someone|teammate went down",
               "came to|round", "woke up on"),
        recent_stands=True,
        look_alikes=(LookAlike((*DRINK_OR_RIDE, "blackout drunk", "hangover", "anaesthe*", "anesthe*", "sedat*",
                                "sleepwalk*", "in my sleep"), anywhere=True, sense=True, unless=NEAR_FAINT_ON_A_RUN),
                     # falling ill, not falling down: "my son went down with flu" (the hundred-and-fourth review)
                     LookAlike(("went|gone|go|goes|going down with ~1 flu|cold|covid|bug|virus|something|sickness|"
                                "norovirus|chickenpox|tonsillitis|infection|food_poisoning|man_flu|fever|it",),
                               sense=True))),
    Sign("palpitations", "chest", E, ("palpitat*",
                                      "heart ~2 racing|pounding|fluttering|flutter*|skipp*|skip|skips|flip*|jump*",
                                      "missing beats", "heart ~3 weird ~2 flutter|flip|jump|skip", "irregular heart*",
                                      "heartbeat ~2 irregular", "heartbeat ~2 all over",
                                      "butterflies ~4 chest|heart", "chest ~4 butterflies"),
         look_alikes=(EMOTIONAL_SHOCK, LookAlike(("all clear", "came back ~2 clear|normal|fine",
         "ecg|echo|screening ~4 clear|normal|fine",
                                 "cleared to", "cleared me|him|her to",
                                 "said|says ~2 my|his|her|the? heart ~2 was|is fine|normal|healthy|ok|okay|good",
                                 # "the cardiologist checked it all and it's nothing" (forum27)
                                 "cardiologist|doctor|gp|consultant|specialist ~4 checked|tested|scanned ~6 "
                                 "nothing|fine|normal|harmless|benign",
                                 "checked|tested|scanned by a|the|my ~1 cardiologist|doctor|gp|consultant|specialist "
                                 "~6 nothing|fine|normal|harmless|benign"), anywhere=True,
                                unless=("since then", "still", "again", "keep* happening", "keep* getting",
                                        "lately", "recently", "keep|keeps fluttering|racing|skipping|doing_it|going",
                                        "keep|keeps coming back", "come|comes|coming|came back again|more|worse|now|"
                                        "today", "more often", "more and more", "worse",
                                        "nearly|almost ~1 faint*|fainted|"
                                        "passed_out|blacked_out", "faint*", "dizz*", "chest ~3 pain*|tight*")),
                      LookAlike(("heart_rate|hr", "before|after|for|from|when|while racing",
                                 "heart ~2 check*|tested|scan*"),
                                sense=True, unless=("irregular*", "skipp*", "flutter*", "faint*", "chest", "dizzy",
                                                    "at rest", "resting", "sitting|lying still")),
                      # (a heart that races on a hill, not one that skips: "my heart skips when I run up hills", the
                      # seventeenth review of this round)
                      LookAlike(EASY_EFFORT + ("after ~3 intervals|sprint*|hill*|race|finish|effort|workout|run",
                                               "dying"), unless=(*OUT_OF_PROPORTION, "skip", "skips", "skipp*",
                                                                 "flutter*", "irregular*", "missed|missing beats")),)),
    Sign("arm-jaw", "chest", E, ("arm|jaw|throat ~2 pain*|ache*|aching|tight*|heav*|burn*|pressure|numb*|tingl*",
                                 "arm|arms|jaw ~3 wrong|weird|odd|funny|strange|useless|dead|cramp*",
                                 "pressure|tight*|ache|pain|heaviness ~6 spread* ~3 shoulder*|arm*|jaw|neck",
                                 # a chest's pain told moving: "a cramp in his chest and left shoulder... went up into
                                 # his jaw" (chat9)
                                 "chest ~8 ,? it|that|this|which|and? went|goes|going|moved|moves|travelled|traveled|"
                                 "spread* up|into|down ~3 jaw|left_arm",
                                 "pain*|ache*|aching|tingl*|heav*|burn*|pressure|tight* ~5 arm|jaw|throat",
                                 "toothache", "tooth ~2 ache|pain", "teeth ~2 ache|hurt*"),
         needs=EFFORT, look_alikes=(NECK_OF_A_POSITION,
                                    LookAlike(("sore throat", "strep", "cold", "cough*", "sunburn*", "dry throat",
                                               "thirst*", "gel*", "carrying", "bag", "phone", "lift*", "gym",
                                               "weights", "desk", "sleep* on", "pillow", "swing*", "pump*",

                                               "holding|hold my|his|her? arms",
                                               "like toothache", "toothache down|in ~3 leg|back",
                                               "carry|carries|carrying|hold|holding ~4 bottle|bottles|handheld|water"),
                                              # (a heart checked and found normal is no heart told)
                                              unless=("chest", "heart ~2 pain*|hurt*|racing|pounding|attack|flutter*|"
                                                      "skip*|problem*", "left arm", "jaw")),
                                    # an arm lain on: "my left arm tingles when I sleep on it" (a tenth new user)
                                    LookAlike(("sleep|sleeping|slept|lie|lying|lay|laid on it|them|that_arm|my_arm|"
                                               "that_side|my_side",
                                               "wake|woke|waking|wakes up? with|to a? dead arm", "dead arm"),
                                              sense=True, anywhere=True,
                                              unless=("chest", "jaw", "breath*", "heart", "pressure", "sweat*",
                                                      "during|on|while|when ~3 run|runs|running|jog*|hill*|effort")),
                                    # An arm sore from typing: "typing gave me neck and arm pain" (not a pressure on
                                    # hills, or the throat: a seventy-second review).
                                    LookAlike(("typing|keyboard|mouse|laptop|computer|rsi ~5 arm|arms|wrist|wrists|"
                                               "forearm|elbow",
                                               "arm|arms|wrist|wrists|forearm|elbow ~4 from|after|with ~2 "
                                               "typing|keyboard|mouse|laptop|computer"), own=True,
                                              unless=("pressure", "tight*", "heav*", "squeez*", "crush*", "chest",
                                                      "jaw", "throat", "hill*", "uphill",
                                                      "on|during|when|while ~2 run|runs|running|jog*|exercise")),
                                    # An arm hurt in a fall or a knock: "landed on my hands, elbow swelled up and my
                                    # arm's tingly" (not the heart's pressure, nor a jaw's pain).
                                    LookAlike(("landed|fell|fall|caught_myself on|onto my|his|her|both? "
                                               "hand|hands|arm|arms|elbow|elbows|wrist|wrists",
                                               "elbow|wrist|wrists|hand|hands|forearm ~4 swell*|swollen|bruis*|graz*|"
                                               "sprain*|broken|cut",
                                               "banged|bashed|hit|knocked|whacked ~2 my|his|her? elbow|arm|funny_bone",
                                               "funny bone"),
                                              unless=("chest", "jaw", "throat", "pressure", "tight*", "heav*",
                                                      "squeez*", "crush*", "heart", "breath*", "faint*", "dizz*")),
                                    # Lungs and throat that burn on hill reps: effort, unless the arm or jaw is named.
                                    LookAlike(("lung", "lungs"), unless=("arm", "arms", "jaw", "chest", "heart")))),
)

# Confusion, or sweating that stops, on a run with no heat told: the same emergency (heatstroke, or a run's other
# causes of confusion, low sodium or sugar: call the emergency number). "I stopped sweating and got confused on my run
# today" got no answer (a thirteenth new user). The row is the heatstroke row's, with the run told instead of heat.
_ON_A_RUN = ("on|during|in|halfway_through|end_of|at_the_end_of|after|finish_of|towards_the_end_of my|the|a|this ~1 "
             "long? run|race|marathon|half|half_marathon|10k|5k|parkrun|ultra|long_run|training_run",
             "while|whilst|when i_was|he_was|she_was|i_am ~1 running|racing", "mid run|race", "at mile|km #",
             "# miles|km in",
             # (the finish crossed, a distance told as "30k", a run told as "running a marathon": the
             # hundred-and-twenty-seventh review)
             "crossing|crossed the ~1 finish|line|finish_line", "at|around|by #k|#km|#mi",
             "running|racing|doing a|the|my marathon|half|ultra|10k|5k|trail_run|race")
_HEATSTROKE = next(s for s in SIGNS if s.name == "heatstroke")
# (not "not himself", which the heat makes a sign but a run alone does not: "my husband who won't post himself ...
# after a long run", forum19)
# With no heat told, confusion about the way, the kit or the race, or someone else's muddle, is no heatstroke: "got
# confused on my run and took the wrong turn", "my garmin got confused during the race", "confused during the race
# briefing", "the marshals were confused at mile 12" (the hundred-and-twenty-seventh review); unless a person's
# confusion is told too.
RACE_MUDDLE = LookAlike(("confused|confusing ~8 wrong_turn|wrong_way|wrong_pen|wrong_direction|route|course|"
                         "directions|map|briefing|signs|arrows|markings|pacing|pace|splits|distance|instructions",
                         "garmin|watch|gps|app|strava|phone|marshals|marshal|volunteers|organisers|organizers|signs|"
                         "course|arrows|everyone|half_the_field ~3 confused|confusing"), own=True, sense=True,
                        unless=("slurr*", "nonsense", "making sense", "know|knew where ~2 was|were|is|am",
                                "recognis*|recogniz*", "collaps*", "bone dry", "dry skin", "stopped sweating",
                                "his|her|their|my own? name", "disorient*", "not himself|herself|themselves",
                                "delirious"))
SIGNS = (*SIGNS, replace(_HEATSTROKE, name="heatstroke-running", needs=_ON_A_RUN,
                         finding=tuple(p for p in _HEATSTROKE.finding if "himself" not in p and "hot and" not in p),
                         look_alikes=(*_HEATSTROKE.look_alikes, RACE_MUDDLE)))
# A cancer told by its operation and its checks, the word "cancer" never said: "Five years since my prostate surgery,
# PSA checks all clear ... If I weren't a survivor I'd call it a pulled muscle" (lay-redflags49). The operation alone
# may be for something else (an enlarged prostate), so a check, a survivor or a remission is told too.
_CANCER_HISTORY = next(s for s in SIGNS if s.name == "cancer-history")
SIGNS = (*SIGNS, replace(_CANCER_HISTORY, name="cancer-history-told-by-checks",
                         finding=("prostate|breast|lung|thyroid|testicular|ovarian ~2 surgery|op|operation|removed|"
                                  "removal|out",),
                         # (checks a cancer has, not "an all clear" after a stone or a prolapse: the 128th review)
                         needs=("psa", "survivor", "remission", "oncolog*", "mastectomy", "chemo*", "radiotherapy")))
# The pee told once, its colour later as "it", past other words and sentences: "I only stopped to pee twice all day,
# the first time it was orange-ish and the second time (this morning) it was dark brown, like flat coke" (forum48).
_DARK_URINE = next(s for s in SIGNS if s.name == "dark-urine")
SIGNS = (*SIGNS, replace(_DARK_URINE, name="dark-urine-told-as-it", needs=(
    "pee|wee|peed|weed|peeing|weeing|urine|urinate*|piss|pissed|pissing|loo|toilet|bathroom|lav|lavatory",),
    finding=("it|which was|looked|looks|is|went|turned|came_out ~2 dark_brown|brown|black|dark ,? ~2 like|"
             "the_colour_of|colour_of|color_of|as_dark_as ~2 coke|cola|coca_cola",
             # (with no colour named first, or past a word of one's own: "honestly it looked like coca cola", "said
             # it was the colour of strong tea", the hundred-and-twenty-seventh review)
             "it|which was|looked|looks|is|went|turned|came_out ~1 like|the_colour_of|colour_of|color_of|"
             "as_dark_as ~1 coke|cola|coca_cola|strong_tea|black_tea")))

FLAGS = ("saddle", "bladder", "leg-weakness", "trauma", "fever", "weight-loss", "night-pain", "chest", "heat",
         "dark-urine", "pregnancy", "cancer")
assert {s.flag for s in SIGNS} == set(FLAGS)

# Words the rows name in full, for the speller (prefix patterns such as "numb*" give no word).
WORDS = frozenset("""
numb numbness tingling tingle tingly needles feeling sensation groin genitals privates crotch buttocks
bottom thigh thighs saddle passage anus rectum perineum wipe wiping toilet seat pee peeing urine urinate
bladder bowel bowels poo poop stool leaking leak dribbling incontinence control accident accidents wetting
myself underwear legs foot feet weakness weak giving buckling buckled collapsed dragging slapping paralysed
paralyzed floppy wobbly unsteady falling fallen slipped tripped crashed collided collision knocked landed
tumble whiplash spine spinal tailbone coccyx hurts hurting painful aching agony fever feverish temperature
thermometer chills shivering shivers shaking sweats flu infection pounds kilos losing dropping thinner
trying dieting unexplained unexpected clothes loose baggy night nights overnight wakes waking woke sleeping
severe worst unbearable excruciating terrible intense constant resting lying position chest pressure
tightness heavy squeezing crushing breathe breath breathless breathing gasping fainted fainting
palpitations racing pounding jaw numbed pooed asleep tiptoes slaps sternum loo wee bum willy armchair
recliner trickle appetite tingles prickling pins
""".split())
