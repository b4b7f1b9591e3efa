"""Word sense and sound-alikes: "back" in "back home" is no body part, "lower bag" is a lower back.

Two tables, both general English, applied to a message's spelled words before concepts are read:

- SENSES: a word the FAQ reads as a topic ("back", "core", "fat", "weight", "abs", "curve"...) and
  the collocations where it means something else ("back in 2019", "core temperature", "fat as
  fuel", "weighted vest", "ABS warning light", "learning curve"). There the word is dropped: it
  tells no topic. One sense per collocation (Yarowsky 1993): the neighbours decide.
- SOUND_ALIKES: what voice typing writes for a word it misheard ("lower bag" for lower back, "my
  back hearts" for hurts, "sigh attic" for sciatic), rewritten where the neighbours show it.

Phrases use bot.phrases' notation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from bot.phrases import Gate, compile_phrases, first_words, words_of
from bot.text import STOPWORDS

# A pain word just after "back" keeps it the body part ("get back pain", "got back spasms").
BODY_AFTER = frozenset(("pain", "pains", "painful", "ache", "aches", "aching", "achy", "hurt", "hurts", "hurting",
                        "problem", "problems", "issue", "issues", "trouble", "spasm", "spasms", "injury", "injuries",
                        "muscle", "muscles", "strain", "sore", "soreness", "stiffness", "twinge", "twinges", "pain's"))
# How people call a back that gives trouble ("a grumbly back since I was 14", "my dodgy back"). They keep
# "back" the body part unless a feeling verb comes before them or a place after ("felt awful back home"
# is going home): see troubled_back().
DETERMINERS = frozenset(("a", "an", "my", "his", "her", "their", "your", "our", "the", "this", "that"))
BACK_ADJECTIVES = frozenset(("dodgy", "grumbly", "grumpy", "crook", "wonky", "dicky", "creaky", "cranky", "iffy",
                             "ropey", "ropy", "knackered", "buggered", "wrecked", "weak", "tricky", "temperamental",
                             "fragile", "delicate", "troublesome", "problem", "problematic",
                             "arthritic", "niggly", "niggling", "grumbling", "tender", "twingy", "chronic", "rubbish",
                             "terrible", "awful", "horrible", "sensitive", "vulnerable", "unreliable", "locked",
                             "pulled"))
# A back hurt is the body part with or without a determiner: "strained back from running".
BACK_HURT = frozenset(("strained", "tweaked", "twisted", "jarred", "sprained", "bruised", "knotted", "seized",
                       "spasming", "spasmed", "herniated", "injured", "damaged", "broken", "operated"))
# A possessive or a body word just before "back" keeps it the body part ("my back in the morning").
BODY_BEFORE = frozenset(("my", "his", "her", "their", "your", "lower", "low", "sore", "bad", "stiff", "upper",
                         "mid", "middle", "whole", "entire", "our", "painful", "aching", "achy", "tight", "hurt",
                         # a shape of the back: "I have a sway back when I stand" (chat12)
                         "sway", "swayed", "arched", "hollow", "curved", "curvy", "rounded", "crooked"))

# The words of a graph or a formula, before and after a curve they name (word sense of "curve").
_GRAPH_BEFORE = ("formula|formulas|graph|graphs|plot|plotted|excel|spreadsheet|equation|quadratic|exponential|"
                 "data_points")
_GRAPH_AFTER = "formula|graph|plot|excel|spreadsheet|equation|quadratic|exponential|data_points"

# Verbs that take "back" with their object between ("holding me back", "set him back"): another sense of the word.
HELD_BACK = ("hold", "holds", "holding", "held", "set", "sets", "setting", "keep", "keeps", "keeping", "kept", "pull",
             "pulls", "pulling", "pulled", "put", "puts", "putting", "call", "calls", "called", "ring", "rang", "text",
             "texted", "write", "wrote", "take", "takes", "took", "taking", "bring", "brings", "brought", "drive",
             "drove", "pay", "paid", "send", "sent", "invite", "invited")

# What one wears, whose "tight" is its fit.
_CLOTHES = ("jeans|pants|trousers|shorts|skirt|skirts|dress|dresses|top|tops|shirt|shirts|clothes|leggings|tights|"
            "uniform|scrubs|belt|waistband|bra|bras|shoes|trainers|laces|strap|straps|wetsuit|joggers|kit|"
            "suit|suits|collar|sleeves|costume|swimsuit|knickers|undies|boxers|briefs")
_PAST_AS = ("had|was|were|did|ran|raced|started|diagnosed|told|broke|played|injured|found|been|used_to ~6")
SENSES: dict[str, tuple[str, ...]] = {
    "back": (
        "get|got|getting|gets|come|came|comes|coming|go|goes|going|went|be|been|bounce|bouncing|bounced|ease|"
        "easing|eased|build|building|built|bring|brought|put|putting|cut|cutting|fight|fighting|hold|holding|held|"
        "look|looking|looked|give|gave|giving|call|called|write|send|sent|set|sets|fall|falling|fell|ran|walk|"
        "walked|drive|drove|fly|flew|head|headed|pay|paid|kick|kicked|lean|leaning|sit|sat|step|stepped|turn|"
        "turned|scale|scaled|dial|dialled|dialed|pushed|settle|settled|way|date|dates|dating|hit|bite|spring|"
        "sprang|jump|jumped|climb|climbed|holds|bring|cycle|cycled|drop|dropped|slide|slid|creep|crept|start|"
        "started|starting|work|worked|working|feeling|felt|think|thinking|thought|hark|harking|"
        # a nail or hair that grows back: "will the new one grow back normal?" (scope24)
        "grow|grows|growing|grew|grown back",
        # with its object between: "the sore calves are holding me back", "it set him back weeks" (not "hurt me
        # back", dialect for "my back")
        f"{'|'.join(HELD_BACK)} me|him|her|us|them|you back",
        "back to|into|onto|home|then|when|in|from|half|end|straight|row|pack|story|door|garden|yard|seat|up|down|"
        "pocket|pockets|street|streets|taxes|tax|seats|bedroom|room|"
        "order|orders|ordered|pay|burner|catalogue|nine|9|"
        "of|off|"
        "around|round|over|again|later|there|here|yet|before|after|with|at|soon|tomorrow|today|next|since|"
        # returned to it: "four months postpartum, back running easy 5k" (never after "my" or "sore")
        "running|jogging|training|racing|exercising|swimming|cycling",
        "back and forth", "back on track", "back out there", "back to back",
        # a thing had again, its object between: "trying to get my old speed back", "I was quick once and I want that
        # back" (forum27; "my back" stays the body's, BODY_BEFORE)
        "get|got|getting|gets|want|wanted|wants|bring|brought|win|won ~1 my|that|it|the|his|her|some|our? ~1 old? ~1 "
        "speed|fitness|form|figure|shape|confidence|motivation|mojo|pace|times|stamina|that|it back",
        # a body's shape had again, no verb told: "the real goal is my abs back, not a number" (forum50)
        "my|her|his|the|our old? abs|body|figure|waist|shape|stomach|tummy|belly|six_pack|core|pre_baby_body|"
        "pre_pregnancy_body|strength|fitness back ,|.|not|after|again|please|asap",
        # breath had again: "I get my breath back quickly" (lay-redflags24)
        "get|got|getting|gets|catch|caught|catching ~1 my|his|her|their|your breath|wind back",
        # a trip there and back: "I only ran to the end of my road and back" (lay-redflags46)
        "ran|run|running|jogged|jog|jogging|walked|walk|walking|cycled|drove|went|go|going ~2 to|round|around the|my "
        "~4 and back", "out|there and back",
        # a magazine's: "back issues of Runner's World", "an ad on the back cover"
        "back issue|issues of", "back copies|copy|catalogue|catalog|cover|covers|page|pages",
        # "cut the standing back on rest days": less of something, not the body.
        "cut|cutting|scale|scaling|dial|dialling|pull|pulling ~3 back on|a_bit|a_little",
    ),
    # a fruit's, cut out: "how do you core an apple but keep it whole?" (scope15)
    "core": ("core ~2 apple|apples|pear|pears|pineapple|pineapples|fruit", "corer", "corers",
             "core temp*", "core body temp*", "core value*", "core business", "core principle*", "core idea*",
             # a course's: "I failed a core module in second year"
             "core module|modules|subject|subjects|course|courses|curriculum|exam|exams",
             "core plan", "core training plan", "core of", "to the core", "apple core", "core team", "core skill*",
             "core group", "core question", "core issue", "core problem", "core sample*",
             # a processor's: "is a 6 core CPU enough", "how many cores for gaming"
             "# core", "core ~3 cpu|cpus|processor|processors|chip|threads|ghz|i3|i5|i7|i9|ryzen",
             "many core ~6 cpu|processor|pc|laptop|gaming|streaming|threads|ghz",
             # eaten or thrown away: "do ppl really eat the core" (scope24)
             "eat|eats|eating|ate|chuck|chucked|bin|binned|throw|threw the|an|my? core"),
    "abs": ("abs light", "abs warning", "abs brake*", "abs system", "abs sensor", "abs pump", "abs module",
            "abs fault", "abs came on",
            # a spreadsheet's or a program's absolute value: "what does =ABS(A5-B5) do?"
            "abs function|formula|value|values", "abs ~4 spreadsheet|spreadsheets|excel|sheets|formula|function|python|"
            "code|cell|cells|numpy|javascript"),
    "fat": ("fat adapt*", "fat as ~ fuel", "fat for ~ fuel", "fat oxidation", "fat burn|burning zone",
            "fat burn|burning mode", "fat pad*", "fat max", "fatmax", "burn* fat for fuel", "fat bike*",
            "fat chance", "fat tyre*", "fat tire*",
            # clumsy hands on a keyboard: "I've got fat fingers and keep mistyping" (scope15)
            "fat finger|fingers|fingered|thumb|thumbs",
            # Fat as the fuel a long race burns: "train my body to burn fat for the marathon".
            "body to burn|use fat", "burn|burning|use|using fat for|as ~1 fuel|energy|the_marathon|the_race|ultras",
            # a recipe's: "can I swap vegetable oil for the fat in blueberry muffins?" (scope24)
            "fat ~4 muffin|muffins|cake|cakes|recipe|recipes|baking|pastry|dough|batter|biscuits|cookies|brownies|"
            "bread|pan|frying",
            "butter|oil|margarine|lard|dripping|ghee ~4 fat", "fat ~4 butter|oil|margarine|lard|dripping|ghee"),
    # Compression kit, not a squashed spine: "compression shorts", "encapsulated or compression?".
    "compression": ("compression ~1 shorts|socks|tights|sleeve|sleeves|leggings|garment*|gear|kit|top|tops|shirt|"
                    "bra|bras|boots|wear|clothing|calf|calves",
                    "encapsulated|encapsulation ~2 compression", "compression ~2 encapsulated|encapsulation"),
    "weight": ("weight of", "weight class", "weight vest", "weighted", "weight bearing",
               "weight lift*", "weight room", "weight on ~3 foot|feet|heel*|toes|legs|leg|knee*|front",
               "pack|bag|vest|shoe|shoes weight", "carry* ~2 weight ~2 pack|bag|vest", "weight belt",
               "weight plate*", "shift* ~2 weight ~1 onto|on|to|forward|forwards|back|backwards|over|from|across"),
    # A stone in the stomach, not the unit: "banana before a run = a stone in my stomach".
    "stone": ("stone in|like my|the|a? stomach|belly|gut|tummy", "like a stone", "kidney stone*", "stone cold",
              "turned|turn|turning|turns to stone", "like stone", "set in stone"),
    # A thing's weight, not a body's: "the new shoes are heavier than my old pair", "100g heavier per shoe".
    "heavier": ("shoe|shoes|pair|trainers|bag|pack|backpack|bike|watch|phone|bottle|vest|ones|they|it ~4 "
                "is|are|feel|feels|were|was ~2 heavier", "# g|grams|gram|oz|ounces heavier", "#g|#oz heavier",
                "heavier ~2 per ~1 shoe|pair|foot",
                "heavier ~2 shoe|shoes|trainers|trainer|pair|bag|pack|backpack|bike|watch|phone|bottle|vest"),
    # Legs that feel heavy are tired, not a heavy body: "my legs are heavy after my long run" (a twenty-seventh new
    # user got the weight-loss answer).
    "heavy": ("legs|leg|feet|foot|arms|eyes|eyelids|head|quads|calves|hamstrings ~2 are|is|feel|feels|felt|were|was|"
              "get|gets|got|going|went ~1 so|really|very|a_bit|bit|quite|super|all? heavy", "heavy legs|leg|feet|arms|"
              "eyes|eyelids|head"),
    # Walking it off is shaking it off, not walking as exercise: "had to walk it off".
    # Walking that is part of running: "walk-jogs", "run/walk intervals", "walking that's turned into
    # running" (Couch to 5K and Galloway's run-walk), not walking told as the trouble.
    # (Only joined: "after walking and running" and "walk, jog is fine" tell walking apart.)
    "walk": ("walk it off", "walk jog|jogs|jogging|run|runs|running|intervals", "run|jog walk|walks|intervals",
             "walk then|or jog|run", "jog|run then|or walk"),
    "walking": ("walking ~3 turned|turning|became into ~2 running|jogging|a_run|runs",
                "walking then|or jogging|running", "jogging|running or|then walking", "run|jog walking"),
    # Getting into a car or out of bed is no climbing as a sport: "tweaked my back climbing into the car".
    "climbing": ("climbing into|onto|out_of|in|out|over ~2 a|the|my|his|her? car|bed|bath|van|truck|bus|taxi|"
                 "train|shower|loft|attic|boat|kayak|fence|gate|stile",
                 "climbing ~2 stairs|steps|ladder|ladders"),
    # A time of life, not the writer's child: "been on the track since I was a teenager".
    # ("as a teenager" only with a past verb: "is running bad for my back as a teenager?" is a teenager's)
    "teenager": ("was|were a teenager", _PAST_AS + " as a teenager"),
    "kid": ("was|were a kid", _PAST_AS + " as a kid"),
    "child": ("was|were a child", _PAST_AS + " as a child"),
    # A thing's lowest part, not a body's: "the bottom of the mug", "at the bottom of the hill", "rock bottom"
    # (not "the bottom of my back", the lower back, nor "bottom of the spine").
    "bottom": ("bottom of the|a|this|that|each|every|your|our|their ~1 hill|hills|stairs|staircase|steps|mug|cup|"
               "glass|pan|pot|page|list|garden|bag|pool|lake|sea|street|road|lane|valley|drawer|bottle|box|screen|"
               "ladder|table|league|class|pile|heap|ocean|river|jar|bowl|shoe|shoes|trainer|trainers|sole|soles|"
               "stack|field|pack|leaderboard|rankings|results|tank|kettle|fridge|wardrobe|cupboard|basket|well",
               "bottom line", "bottom of my|his|her|our|the heart", "rock bottom", "bottom out", "bottomed out",
               "bottom bracket", "bottom up", "to the bottom of", "bottom shelf|drawer|step|stair|floor|bunk|half|"
               "left|right|corner|row|line|layer|tier|gear|lip|teeth|jaw|eyelid"),
    # A belly's, not a disc's: "the baby bulge has been hanging on since my youngest" (forum51)
    "bulge": ("baby|belly|tummy|stomach|muffin|mum|mummy|mom|post_baby|pregnancy|side|fat|lower_belly|beer|"
              "love_handle|love_handles|waist|pooch ~1 bulge", "bulge ~3 belly|tummy|stomach|waist|waistband|jeans|"
              "muffin|top|hips|sides"),
    # A kitchen's or an engine's: "a tea strainer", "a fuel strainer".
    "strainer": ("strainer",),
    "strainers": ("strainers",),
    "bum": ("bum bag", "bum bags", "bum deal", "bum knee", "bum ankle", "bum leg", "pain in the bum"),
    "butt": ("butt of", "butt in", "butt heads", "butt kick*", "butt kicker*", "pain in the butt",
             # a joint in woodwork, a hinge, a weld: "is a butt joint stronger than a mitre?"
             "butt joint|joints|hinge|hinges|weld|welds",
             # a phone's call from a pocket: "how do I stop butt-dialling people?"
             "butt dial*|call|calls|calling|called|dialled|dialed",
             # a rain barrel: "how do I fit an overflow to a water butt?"
             "water|rain butt|butts",
             # a cigarette's end: "cigarette butts on every bench" (scope24)
             "cigarette|cigarettes|fag|fags|cig|cigs|cigar|joint ~1 butt|butts",
             "butt|butts ~4 ashtray|ashtrays|litter|littering|rubbish|smokers|smoking|bin|bins"),
    "butts": ("cigarette|cigarettes|fag|fags|cig|cigs|cigar|joint ~1 butts", "water|rain butts",
              "butts ~4 ashtray|ashtrays|litter|littering|rubbish|smokers|smoking|bin|bins|benches|sand"),
    "ass": ("pain in the ass", "kick* ass", "bad ass", "badass"),
    "arse": ("pain in the arse",),
    # "Am I behind?", "fell behind", "behind my knee", "behind schedule": a place or a lag, not a bottom.
    "behind": ("behind the|a|an|my|me|us|them|him|her|it|schedule|everyone|others|pace|target|plan|where|what",
               "am|are|is|was|were i|you|we|they|he|she|it ~1 behind",
               "fall|falls|fell|falling|fallen|get|gets|got|left|lag*|way|far|bit|little|slightly|miles|weeks|days|"
               "stay|stayed|lot|been|be|being|running|still|so|too|further|well behind"),
    "curve": ("learning curve", "steep curve", "mileage curve", "training curve", "curve of the track",
              "bell curve", "ahead of the curve", "curve ball", "curveball", "curve on the track", "the curve on",
              "curve|curves of the bend|bends|track|road|course|corner", "round|around the curve|curves",
              "curve of the road",
              # a graph's or a formula's: "a formula that gives a curve rising steeply then flattening off"
              # (not a chart's, an axis's or a function's: "the curve in my spine on the x-ray chart", "is the curve in
              # my lower back a function of weak glutes?", an eighty-ninth review)
              f"{_GRAPH_BEFORE} ~12 curve", f"curve ~8 {_GRAPH_AFTER}"),
    # A graph's or a formula's: "a formula that gives a curve rising steeply", "the y value on the same curve".
    "curves": (f"{_GRAPH_BEFORE} ~12 curves", f"curves ~8 {_GRAPH_AFTER}"),
    # A lens's, a road's or the earth's: "the curvature of my new varifocals".
    "curvature": ("curvature of ~4 lens|lenses|contacts|glasses|varifocals|bifocals|earth|road|track|screen|monitor|"
                  "mirror|banana|bend|blade|board|bar|handlebars|cornea|eye|eyes",
                  "lens|lenses|contacts|glasses|varifocal|varifocals|bifocals|screen|monitor|mirror|road|earth|track|"
                  "cornea ~4 curvature"),
    # Running out of something bought, or running a bath or a business, not running: "the shop ran out of gels"
    # is still a runner's story when a run is told ("ran out of gels at mile 20"), and "run out of breath" is.
    "run": ("run out of|short_of|low_on ~1 time|money|data|battery|space|room|ideas|patience|petrol|milk|stock|credit|"
            "storage|ink|paper|toilet_paper|cash|coffee|tea",
            "run a|the|my|your? bath|tap|business|company|shop|program|programme|script|meeting|errand|errands|"
            "temperature|fever"),
    "ran": ("ran out of|short_of|low_on ~1 time|money|data|battery|space|room|ideas|patience|petrol|milk|stock|credit|"
            "storage|ink|paper|toilet_paper|cash|coffee|tea",
            "ran a|the|my|your? bath|tap|business|company|shop|program|programme|script|meeting|errand|errands|"
            "temperature|fever"),
    "running": ("running out of|short_of|low_on ~1 time|money|data|battery|space|room|ideas|patience|petrol|milk|"
                "stock|credit|storage|ink|paper|toilet_paper|cash|coffee|tea", "running late", "running order",
                "running a|the|my|your? bath|tap|business|company|shop|program|programme|script|meeting|errand|"
                "errands|temperature|fever|nose"),
    "runs": ("runs out of|short_of|low_on ~1 time|money|data|battery|space|room|ideas|patience|petrol|milk|stock|"
             "credit|storage|ink|paper|toilet_paper|cash|coffee|tea",
             "runs a|the|my|your? bath|tap|business|company|shop|program|programme|script|meeting|errand|errands|"
             "temperature|fever"),
    # A disc that plays, flies or brakes: "fix a scratched disc", "which discs for a beginner, a driver or a putter".
    # A pain that began, not a beginner: "my back just started aching after my 10k" (a sixth new user); "just started
    # running" stays a beginner's.
    "started": ("started|start|starts|starting ~1 aching|hurting|to_hurt|to_ache|playing_up|acting_up|twinging|"
                "niggling|throbbing|bothering",),
    "disc": ("disc golf", "disc jockey", "jog|platter disc",
             "disc brake*", "scratched|scratch|cracked|blank|bluray|dvd|cd|game disc",
             # a film's or a record's: "is disc rot actually a thing?", "my Blu-ray disc freezes"
             "disc rot", "ray|bluray|vinyl|record|music|film|movie disc",
             "disc ~3 skips|skipping|scratched|player|drive|tray|will_not_play",
             # (in a player named after its place: "the disc in my car's CD player is stuck", a sixth new user)
             "disc ~5 cd_player|dvd_player|cd_drive|dvd_drive|stereo|tray|console",
             "disc ~5 driver|drivers|putter|putters|midrange|mid_range|frisbee",
             "throw|throws|throwing|thrown|threw a|the|my|that|this? disc",
             # a car's or a bike's: "front brake disc on my motorbike pulses"
             "brake|brakes|rotor disc", "disc ~4 warped|rotor|rotors|caliper|calipers|pads|motorbike|motorcycle",
             "which|what|best disc ~4 throw|throws|throwing",
             # a disc one swaps, owns or carries in a bag: "swap in the new disc or stick with my old mid?"
             # (not "mid" or "bag": "slipped disc in the mid spine", an eighty-ninth review)
             "swap|swapped|swapping|swop ~3 disc", "disc ~8 fairway|basket|chains|stamp|plastic",
             "disc ~3 dialled|dialed ~1 in?",
             # an ultimate frisbee's: "play proper ultimate on the beach with a cheap disc" (scope24)
             "ultimate|frisbee ~8 disc", "disc ~8 ultimate|frisbee"),
    "discs": ("scratched|dvd|cd|game|blank|brake|brakes|ray|bluray|vinyl|record|music|film|movie discs",
              "discs ~4 warped|rotors|caliper|calipers|pads",
              "discs ~5 driver|drivers|putter|putters|midrange|mid_range|frisbee|golf",
              "throw|throws|throwing|thrown|threw ~1 discs"),
    # A cold or a bug that will not go, not a weight: "can't shift this cold".
    "shift": ("shift this|the|a|my|that cold|cough|infection|bug|virus|flu|chest_infection|sniffle*",),
    # A place on the back, not a rib told of: "my back hurts just below my ribs".
    "ribs": ("below|under|beneath|underneath ~1 my|the ribs",),
    "rib": ("below|under|beneath|underneath ~1 my|the rib",),
    # Size kept on purpose, not weight that will not go: "how do I stay big for rugby while I run?"
    "stay": ("want|need|trying|try|able|way|how to stay big|heavy|bulky|strong",
             "how do|can|should|would i|you|we stay big|heavy|bulky|strong",
             "stay big|heavy|bulky ~3 for ~2 rugby|lifting|powerlifting|football|the_scrum|bulking|my_sport"),
    # A dog's or a rope's pull, or a pull-up, not a strained muscle: "my collie pulls like a train on the lead".
    # ("pulled up" is left: a runner "pulled up" with a spasm tells a strain.)
    "pull": ("pull|pulls like a|an ~1 train|tractor|steam_train|ox|horse",
             "pull on|at the|her|his|my|their ~1 lead|leash|harness|rope|reins|handle|door", "pull ups|up|ups",
             "pull my|his|her|their|your weight", "pull ~2 sled|sledge|tyre|tire|cart|trolley|weeds|face|faces|pint|"
             "pints|cracker|strings|plug|trigger|rank|sickie"),
    "pulls": ("pulls like a|an ~1 train|tractor|steam_train|ox|horse",
              "pulls on|at the|her|his|my|their ~1 lead|leash|harness|rope|reins|handle|door", "pulls ups|up",
              "pulls ~2 sled|sledge|tyre|tire|cart|trolley|weeds|face|faces"),
    "pulling": ("pulling like a|an ~1 train|tractor|steam_train|ox|horse",
                "pulling on|at the|her|his|my|their ~1 lead|leash|harness|rope|reins|handle|door", "pulling ups|up",
                "pulling my|his|her|their|your weight", "pulling ~2 sled|sledge|tyre|tire|cart|trolley|weeds|face|"
                "faces|pint|pints|cracker|strings|plug|trigger|rank|sickie"),
    "strain": ("eye strain", "strain score", "strain on ~2 family|relationship|marriage|finances|heart|budget",
               "strain of", "whoop strain"),
    "pain": ("pain in the neck|arse|ass", "pain in the butt", "pain to"),
    "stretch": ("at a stretch", "stretch goal", "stretch of", "home stretch", "final stretch"),
    "rest": ("rest of the|my|your|his|her|our|this|that|it|us",),
    # A rate of losing or of a result, not a runner's speed: "will running help me lose it faster than
    # walking?", "what burns fat quicker?", "get abs faster".
    "faster": ("lose|loses|losing|lost|burn|burns|burning|shed|sheds|shedding|drop|drops|dropping|shift|"
              "shifting|slim|slimming|tone|toning|shrink|shrinks|smaller|flatter|flatten faster",
              "lose|loses|losing|lost|burn|burns|burning|shed|sheds|shedding|drop|drops|dropping|shift|shifting|"
              "slim|slimming|tone|toning|shrink|rid ~2 weight|fat|it|them|pounds|kilos|kg|lbs|inches|rest|flab|belly|"
              "tummy|stomach|bum|butt|more faster",
              "off|abs|pack|results faster", "abs|pack|fat|weight|pounds|kilos ~1 show|shows|come|comes|drop|drops|"
              "go|goes|melt|melts|coming_off|come_off|fall_off|falls_off faster"),
    "quicker": ("lose|loses|losing|lost|burn|burns|burning|shed|sheds|shedding|drop|drops|dropping|shift|"
               "shifting|slim|slimming|tone|toning|shrink|shrinks|smaller|flatter|flatten quicker",
               "lose|loses|losing|lost|burn|burns|burning|shed|sheds|shedding|drop|drops|dropping|shift|shifting|"
               "slim|slimming|tone|toning|shrink|rid ~2 weight|fat|it|them|pounds|kilos|kg|lbs|inches|rest|flab|belly|"
               "tummy|stomach|bum|butt|more quicker",
               "off|abs|pack|results quicker", "abs|pack|fat|weight|pounds|kilos ~1 show|shows|come|comes|drop|drops|"
               "go|goes|melt|melts|coming_off|come_off|fall_off|falls_off quicker"),
    # Losing what is no body's weight: a place in a race, time, sleep, a toenail, the way (forum29: "I stop losing
    # places at the end" read as weight lost).
    **{word: (f"{word} ~2 place|places|position|positions|ground|time|seconds|minutes|race|races|count|track|focus|"
              "motivation|interest|sleep|touch|way|nerve|bet|toenail|toenails|nail|nails|phone|keys|sight|contact|"
              "speed|momentum|lead|temper|voice|signal|connection|streak|spot|spots|medal|sprint|final|match|game|"
              "tie|argument|job|bottle",)
       for word in ("lose", "loses", "losing", "lost")},
    # A pain that comes again, not running kept up: "I keep getting lower back pain on long runs".
    "keep": ("keep|keeps getting|having|feeling|suffering|waking",),
    "keeps": ("keep|keeps getting|having|feeling|suffering|waking",),
    # Firmer, not a tight (sore) muscle: "will running make my bum tighter?"
    "tighter": ("bum|butt|bottom|glutes|stomach|tummy|belly|abs|body|legs|thighs ~2 tighter",
                "tighter ~2 bum|butt|bottom|glutes|stomach|tummy|belly|abs|body|legs|thighs",
                f"{_CLOTHES} ~3 tighter"),
    # Clothes that fit close, or time and money short, not a tight (sore) muscle: "my work pants r already tight lol"
    # (chat13), "money's tight", "a tight schedule"
    "tight": (f"{_CLOTHES} ~3 tight", f"tight ~1 {_CLOTHES}", "skin tight", "painted on tight",
              "too tight ~1 on|around|round ~2 me|my_waist|my_belly|"
              "my_bum|my_hips", "tight schedule|schedules|deadline|deadlines|budget|squeeze|corner|corners|turn|turns|"
              "finish|race|spot|timeline|window|connection|connections|group|knit|ship|five|end",
              "money|time|budget|cash|funds|things|timing|schedule|space|parking ~2 tight"),
    # A DJ controller's wheel, not a run nor a spinal disc: "the right jog disc stopped working".
    "jog": ("jog wheel|wheels|disc|discs|dial|dials|shuttle",),
    # Joints as a trait told, not the question's topic: "for someone with super loose joints".
    "joints": ("loose|hypermobile|bendy|flexible|lax ~1 joints",
               # the back's own joints, and a worry beside the question: "joints in my lower back", "lose weight
               # without hurting my joints" ("facet joints", "si joints" are the back's own words in faq.yaml)
               "back|lower|spine|spinal|lumbar|vertebral ~1 joints", "joints in|of my|the ~1 lower? back|spine",
               "without|not ~3 hurting|hurt|damaging|damage|wrecking|wreck|ruining|killing|straining my|the? joints"),
    "joint": ("back|lower|spine|spinal|lumbar|vertebral ~1 joint", "muscle or joint", "joint or muscle"),
    # A nerve or a vessel pressed, not a spine's curve squashed: "is the nerve getting squashed?"
    "squashed": ("nerve|nerves|artery|vein|veins|blood|circulation ~3 squashed",),
    "compressed": ("nerve|nerves|artery|vein|veins|blood|circulation ~5 compressed",
                   # a disc pressed is a disc, not a curve: "is my disc compressed from running?"
                   "disc|discs|disk|disks ~3 compressed|getting_compressed", "compressed ~2 disc|discs|disk|disks"),
    "compress": ("compress ~2 the|my|your? disc|discs|disk|disks",),
    "squished": ("nerve|nerves|artery|vein|veins|blood|circulation ~3 squished",),
    # A pillow's place in bed, not a knee told of: "side sleeping with a pillow between the knees".
    "knees": ("pillow|pillows|cushion|cushions ~1 between|under|behind ~1 my|the? knees",),
    "knee": ("pillow|pillows|cushion|cushions ~1 between|under|behind ~1 my|the? knee",),
    # Weight gain's words in running's other senses: a course's climb, kit put on, a hill gone up.
    # "vert" reaches here as the speller's "very": "300m vert of gain".
    "gain": ("# m|ft|metres|meters|feet vert|very? of|in? gain", "#m|#ft|#metres|#meters|#feet vert|very? of|in? gain",
             "# km|#km vert|very? of|in gain", "elevation|vertical|height|total gain",
             "gain of # m|ft|metres|meters|feet", "gain ~2 # m|ft|metres|meters|feet|elevation|vert",
             "hilly ~3 gain ,|.|and|on|in|over",
             # "lots of gain" is climb beside a hill word, weight gain beside the scales.
             "hilly|hill|hills|climb*|route|course|trail ~4 lots|plenty|loads|bit|ton|tons of gain",
             "lots|plenty|loads|bit|ton|tons of gain ~3 hill|hills|route|course|trail|climb*"),
    "put": ("put on my|the|your|his|her|some|a? ~2 shoes|trainers|kit|watch|headphones|earbuds|socks|music|"
            "podcast|playlist|jacket|hat|tights|leggings|bra|vest|belt|top|shorts|sunscreen|radio|tv|gloves",),
    "going": ("going up ~2 hill|hills|stairs|the_stairs|a_hill|the_hill|steps|inclines",
              # training that grows, not a weight: "is that normal with the mileage going up?"
              "mileage|miles|distance|volume|km|kms|training|load|pace|speed|cadence ~2 going up"),
    # One's usual, not whether it is normal: "how soon can I go back to my normal training after flu?", "when will
    # it be back to normal?"
    "normal": ("my|your|his|her|their|our|the|usual normal training|routine|runs|run|running|pace|paces|mileage|"
               "distance|distances|schedule|plan|programme|program|week|weeks|level|amount|miles|km|volume|self|life|"
               "activities|activity|diet|eating|speed|workouts|workout|sessions|session|load|shoes|weight|mileage",
               "back|return|returned|returning|get_back|got_back|getting_back to normal"),
    # How something usually goes, not whether it is normal: "what does a strain normally feel like",
    # "how long does it usually take to heal".
    # ("what normally causes back pain after long runs" asks for the cause)
    **{word: (f"{word} feel|feels|felt|look|looks|take|takes|last|lasts|heal|heals|settle|settles|cause|causes|"
              "happens",
              f"does|do|would|will ~3 {word} feel|look|take|last|heal|settle")
       for word in ("normally", "usually", "typically")},
    # A scan someone has had, reporting ("my MRI showed a bulging disc"), is the story; a question about a
    # scan ("should I get an MRI?") keeps it as content no entry explains.
    **{scan: (f"{scan} ~1 say*|said|show*|found|confirm*|reveal*|report*|result*",)
       for scan in ("mri", "scan", "xray", "ultrasound")},
}

# Words that name the FAQ's topic only with one of these in the same message.
_WEIGHT_TALK = frozenset("weight weigh weighing weighed scale scales kg kilo kilos pounds lbs lb stone fat "
                         "overweight lose losing lost loss size sizes belly waist heavy heavier bmi calories calorie "
                         "diet dieting gut tummy".split())
# A body's shape or size talked about: where "gone" or "less" can mean a smaller butt.
_SHAPE_TALK = frozenset("butt butts bum bums glute glutes booty backside bottom behind ass arse cheeks hips hip "
                        "thigh thighs belly tummy waist fat weight size sizes body figure shape curves".split())
NEEDS_CONTEXT: dict[str, frozenset[str]] = {
    # "The pain's gone", "less pain": recovery, not a butt that shrank.
    **{word: _SHAPE_TALK for word in ("gone", "less", "disappear", "disappeared", "disappearing", "vanish",
                                      "vanished", "kill")},
    # Stuck or at a plateau is a weight that will not move only when weight is talked about:
    # "stuck on 27 minutes at parkrun" is a pace.
    "stuck": _WEIGHT_TALK, "plateau": _WEIGHT_TALK, "plateaued": _WEIGHT_TALK, "plateauing": _WEIGHT_TALK,
    "stalled": _WEIGHT_TALK, "stalling": _WEIGHT_TALK,
    # APT is an anterior pelvic tilt beside posture words, not an apartment.
    "apt": frozenset("pelvis pelvic tilt tilted posture flexors lordosis arch arched glutes".split()),
    "curve": frozenset("spine spinal back posture lordosis scoliosis sway swayback pelvis pelvic lumbar vertebra "
                       "vertebrae kyphosis x ray xray".split()),
    "curves": frozenset("spine spinal back posture lordosis scoliosis sway swayback pelvis pelvic lumbar vertebra "
                        "vertebrae kyphosis".split()),
    # A banana's, a road's: "why are bananas curved"
    **{word: frozenset("spine spinal back posture lordosis scoliosis sway swayback pelvis pelvic lumbar vertebra "
                       "vertebrae kyphosis".split()) for word in ("curved", "curving", "curvy")},
}
# ...except a weight or a scale that has "gone up" or "gone down": a change told, whatever the talk.
_GONE_WHERE = frozenset(("up", "down"))

# One sense per discourse (Gale, Church and Yarowsky 1992): a word read in another sense in one sentence
# keeps it in the others ("New to disc golf. Should my first disc be a putter?"), unless one of these
# stands next to it ("disc golf gave me a bulging disc").
_SPINE = frozenset("back spine spinal lumbar herniated herniation slipped bulging bulge bulged prolapsed prolapse "
                   "ruptured degenerated degenerative degeneration l3 l4 l5 s1 vertebra vertebrae sciatica "
                   "pain injury injuries issue issues problem problems injured damage damaged tear torn protrusion "
                   "protruding".split())
# "back" in another sense ("go back to", "back home", "cut back") stays in a clause's words as this token: no concept
# reads it alone, but faq.yaml's phrases that hold the word ("go back to" for `keep`) match it (bot.lexicon).
OTHER_BACK = "back_"
# ...and so "core", a fruit's or a processor's in one place ("the core i5"), is one in the rest of the message ("how
# many cores do I need", scope24), unless a word of the body's core stands by it.
_CORE_MUSCLE = frozenset("abs ab muscles muscle strength strengthen strengthening stability stable work workout "
                         "workouts exercise exercises strong weak weakness engage engaged plank planks training "
                         "routine pilates back stomach tummy belly six pack sit ups crunches".split())
# "tight" of clothes in one place ("skin tight running tights") is the clothes' in the rest ("like painted on tight"),
# unless a body part stands by it; "butts" of cigarettes likewise (scope24).
_TIGHT_BODY = frozenset("back hamstring hamstrings muscle muscles calf calves glute glutes hip hips flexors "
                        "quads quad chest neck shoulders legs leg spine lower feels felt so really very".split())
_BUTT_BODY = frozenset("my your her his big bigger small smaller flat flatter shape toned glutes bum booty".split())
ONE_SENSE: dict[str, frozenset[str]] = {"disc": _SPINE, "discs": _SPINE, "core": _CORE_MUSCLE, "cores": _CORE_MUSCLE,
                                        "tight": _TIGHT_BODY, "butt": _BUTT_BODY, "butts": _BUTT_BODY}

# Pidgin subjects that English spells otherwise: "e no fit waka" (he cannot walk).
_PIDGIN_SUBJECTS = {"e": "he", "dem": "they", "una": "you"}

_HURTS = "hurt*|pain*|ache*|aching|achy|sore*|stiff*|tight*|killing|twinge*|spasm*|agony|bad"
SOUND_ALIKES: tuple[tuple[str, str, str], ...] = (
    # (phrase, word as typed, word meant)
    ("lower|low bag", "bag", "back"),
    # Voice typing and thumbs: "my lore back hurts", "lowe back pain"
    # (real words the speller keeps; with a pain told: not "the lore back in the day")
    *((f"{typed} back|bag ~2 {_HURTS}", typed, "lower") for typed in ("lore", "lowe")),
    # Jamaican Patois "mi" for my before a body part that hurts: "mi back a hurt", not "13 mi back home"
    (f"mi back|bag|bum|belly|leg|legs|knee|knees|foot|spine|side|hip|hips ~3 {_HURTS}", "mi", "my"),
    ("my|his|her|the bag ~2 hurt*|pain*|ache*|aching|sore*|killing|spasm*|went|twinge*|stiff*", "bag", "back"),
    ("back|bag|leg|legs|bum|butt|knee|foot|muscle|spine|side|it hearts|heart|hertz", "hearts", "hurts"),
    ("back|bag|leg|legs|bum|butt|knee|foot|muscle|spine|side|it heart", "heart", "hurts"),
    ("back|bag|leg|legs|bum|butt|knee|foot|muscle|spine|side|it hertz", "hertz", "hurts"),
    ("sigh|psy|psi|sky|sick|cy|sy attic", "attic", "sciatic"),
    ("sigh|psy|psi|sky|sick|cy|sy attica|addict|adica", "attica", "sciatica"),
    ("lumber spine|region|pain|area|disc|back|vertebra*", "lumber", "lumbar"),
    ("my|the lumber ~2 is|sore|hurts|hurting|aches|aching|stiff|tight|killing", "lumber", "lumbar"),
    ("i|to|you|we way less|more", "way", "weigh"),
    ("loose ~ weight|weigh|pounds|kilos|fat|belly|stone|inches|lbs|kg|wait", "loose", "lose"),
    ("loosing ~ weight|pounds|kilos|fat|belly|stone|inches|lbs|kg|wait|any", "loosing", "losing"),
    ("lose|losing|lost|gain|gained|gaining|put_on wait", "wait", "weight"),
    # a "t" dropped: "started running to loose weigh" (chat10)
    ("lose|losing|lost|loose|loosing|gain|gained|gaining|put_on weigh", "weigh", "weight"),
    ("wait loss", "wait", "weight"),
    ("get|gets|give|gives|build|six|6|core|visible|proper|some|you|me apps", "apps", "abs"),
    ("get|gets|give|gives|build|six|6|core|visible|proper|some|you|me ads", "ads", "abs"),
    ("my|your|the corps", "corps", "core"),
    # Real words one letter from the FAQ's own, which the speller keeps: "a stained lower back", "make your
    # glues smaller" (not "a stained shirt", "wood glues").
    ("stained lower|low? back|muscle|muscles|hamstring|hamstrings|ligament|glute|glutes", "stained", "strained"),
    ("a|my|his|her|i|have|just stained ~1 something|it|muscle|lower|back", "stained", "strained"),
    ("my|your|her|his|the|our|their glues ~3 smaller|bigger|shrink*|flat*|sore*|tight*|weak*|muscles|hurt*|ache*|"
     "grow*|tone*|activat*|fire|firing|look*|burn*", "glues", "glutes"),
    ("is|so|really|very|feels|still soar|saw", "soar", "sore"),
    ("is|so|really|very|feels|still saw", "saw", "sore"),
    ("slipped|herniated|bulging|prolapsed desk", "desk", "disc"),
    ("weather it|its|or_not|you|i|we|they|he|she|to", "weather", "whether"),
    # Warning signs' words misheard: "lost control of my blatter", "my groan is numb", "giving weigh".
    ("my|the|of|her|his|their blatter", "blatter", "bladder"),
    ("my|the|her|his groan|groans ~2 numb*|tingl*|dead|feel*|pins|asleep", "groan", "groin"),
    ("numb*|tingl*|pins_and_needles ~3 my|the|her|his groan", "groan", "groin"),
    ("giving|give|gives|gave|giveing weigh", "weigh", "way"),
    # (a thirteenth new user's voice typing: "losing control of my bowls", "my legs have gone week")
    ("control|controlling ~1 of|over? my|his|her|the bowls", "bowls", "bowels"),
    ("my|his|her|the bowls ~2 moving|move|opened|open|working|work|control", "bowls", "bowels"),
    ("leg|legs|foot|feet ~3 gone|going|go|feel|feels|felt|are|is|went|so|really|very|keep|getting week", "week",
     "weak"),
    # ...and "numb" heard as "number", "fell" as "felt": "my bottom is number", "I felt down the stairs" (a review)
    # (not "number one priority", "a number of", "number 2": a word after it that numbness takes)
    ("is|are|feels|feel|felt|gone|went|going|go|goes|been|still|bit|little|all number ,|.|?|and|to|too|since|now|"
     "again|from|after|down|in|at|all|still|for|but|when|every|like|or", "number", "numb"),
    ("felt down|off|over ~1 the|my|a|some ~1 stairs|steps|step|ladder|bike|kerb|curb|wall|bank|cliff|roof|horse",
     "felt", "fell"),
    # A long word heard as two: "" rewrites the whole phrase.
    # West African English for the lower back: "my waist dey pain me after I run", "waist pain".
    # (Only West African English's own forms: "my waist is sore where the belt rubs" is a waist.)
    ("my|the|her|his? waist dey|de|don ~1 pain|pains|paining|hurt*|ache*|aching", "waist", "back"),
    ("my|the|her|his? waist is|was|been|keeps|dey|de paining", "waist", "back"),
    ("my|the|her|his? waist is|dey|de|don pain|pains", "waist", "back"),
    ("my|the|her|his? waist pain|pains|paining", "waist", "back"),
    ("pain|pains|paining ~1 for my|the|her|his? waist", "waist", "back"),
    # Nigerian Pidgin's negatives: "I no fit hold my piss", "I no dey feel my yansh" ("dey" arrives as
    # "is"), "sleep and no wake up". "No fit" only after its subject: "in no fit state" is English.
    *((f"{who} no fit", "", f"{_PIDGIN_SUBJECTS.get(who, who)} can not")
      for who in ("i", "you", "he", "she", "we", "e", "dem", "una")),
    ("no is", "", "do not"), ("no wake", "", "not wake"),
    # Jamaican Patois: "mi cyaan pee", "nutten nah come out"
    ("cyaan|cyan|kyaan|caan", "", "can not"), ("nutten|nuttn|nuttin", "", "nothing"),
    ("nothing no|nah|na", "", "nothing is not"),
    # Learners' English for the lower back: "pain in the lower part of the back".
    ("lower|low|bottom part|area|section|region of the|my back", "", "lower back"),
    ("lore|lord|law doses", "", "lordosis"),
    ("scully|sculley oasis", "", "scoliosis"),
    # a long word dictated in pieces: "scoli osis", "my low her back" (chat11)
    ("scoli|skoli|scoly|scolio osis|oasis|sis", "", "scoliosis"),
    ("low her back|bag", "", "lower back"),
    ("my|your|her|his|the|ur but ~2 bigger|smaller|flat*|shrink*|cheeks|hurt*|numb*|sore|muscles|look*|get|go",
     "but", "butt"),
    # Voice typing's and thumbs' slips around the warning signs (a ninth new user): "cheat pain when I run", "cant pea
    # properly", "can't feel my groan", "dont no why", "knocked of my bike".
    ("cheat|cheats|chess pain|pains|tight|tightness|pressure|hurts|hurting|ache|aches", "cheat", "chest"),
    ("chess pain|pains|tight|tightness|pressure|hurts|hurting|ache|aches", "chess", "chest"),
    ("can|could|will|do|does|did not pea", "pea", "pee"),
    ("my|his|her|the blather", "blather", "bladder"),
    ("feel|numb|numbness|tingling|tingly ~2 my|the|his|her groan", "groan", "groin"),
    ("do|does|did not no why|what|how|if|where", "no", "know"),
    ("knocked|fell|came|thrown|flew|falling|fallen|flung|bucked of ~1 my|the|his|her|a|their bike|horse|pony|ladder|"
     "roof|wall|bed|chair|stool|scooter|motorbike|quad|quadbike|atv|step|steps|kerb|curb|treadmill", "of", "off"),
)


# Idioms whose sense is one of the FAQ's concepts, rewritten the same way: "keep back pain away" asks how
# to prevent it (not how to keep running with it).
IDIOMS: tuple[tuple[str, str, str], ...] = (
    # "how do I stop back pain from running": to stop a pain is to prevent it (not "stop running").
    ("stop|stopping back|lower_back ~1 pain|ache|aches|hurting", "stop", "prevent"),
    ("stop|stopping my|me|the|getting back|lower_back ~1 pain|ache|aches|hurting|getting", "stop", "prevent"),
    # "stop us getting a sore back", "stop me back getting sore"
    ("stop|stopping me|us|you|him|her|them ~1 getting ~2 back|lower_back", "stop", "prevent"),
    ("keep|keeps|keeping ~4 pain|ache|aches|it|niggles|injury|injuries|problems|trouble away|at_bay", "keep",
     "prevent"),
    # (one rule per form: a rule is tried only for a message that holds its typed word)
    *((f"{stop} ~3 giving|causing ~2 back|lower_back ~1 pain|ache|aches|problems|trouble", stop, "prevent")
      for stop in ("stop", "stops", "stopping")),
    # (the back or the pain kept from harm, not "I keep getting back ache from going uphill")
    *((f"{keep} my|the|his|her|your|their|it|them|the_pain ~1 lower? back|spine? from ~1 getting|hurting|aching|"
       "flaring|seizing|packing", keep, "prevent") for keep in ("keep", "keeps", "keeping")),
    # A purpose that something not happen: "so my lower back doesn't pack in halfway through", "so the back
    # pain doesn't come back once the mileage goes up".
    # (present tense only: not "hurts so much I can't get up" nor "so I did not go")
    ("so|so_that my|me|the|his|her|their|your|it|i|we|you|she|he ~3 does_not|do_not|will_not|would_not|never ~1 "
     "come|happen|flare|hurt|ache|pack|go|return|get|start|play|act|seize|give|break|stiffen|tighten|become|end",
     "so", "prevent"),
    ("stave|ward ~1 off", "stave", "prevent"),
    ("ward ~3 off", "ward", "prevent"),
)

# The words of the sound-alike phrases, for the speller to keep as typed: corrected first, "scully
# oasis" would be "silly oasis" before its rule could read it.
# The words a sense rule names reach it unspelled: "DVD discs" must not become "dad discs" (scope15).
KNOWN = frozenset(words_of(phrase for phrase, _, _ in SOUND_ALIKES)) | frozenset(
    w for w in words_of(p for phrases in SENSES.values() for p in phrases) if w.isalpha())


@dataclass(frozen=True)
class _SenseRule:
    """One word's other senses; the regexes are compiled when a message first holds the word (all
    of them at import took about 0.15 s of every start-up, most for words few messages hold)."""

    word: str
    phrases: tuple[str, ...]
    first: tuple[frozenset[str], tuple[str, ...]]  # the words (and prefixes) a phrase can begin with
    # For a word in most messages whose other senses are rare ("running" in most, "running out of time" in
    # few): shut for words that cannot hold a match. None: the rule is always tried (a gate costs more).
    gate: Gate | None

    @cached_property
    def rx(self) -> re.Pattern[str]:
        return compile_phrases(self.phrases)

    @cached_property
    def parts(self) -> tuple[re.Pattern[str], ...]:
        """Each phrase alone: an alternation stops at its first match."""
        return tuple(compile_phrases((p,)) for p in self.phrases)


_GATED = frozenset(("run", "ran", "running", "runs"))
_SENSE_RULES = tuple(_SenseRule(word, tuple(phrases), first_words(phrases),
                                Gate(phrases, STOPWORDS) if word in _GATED else None)
                     for word, phrases in SENSES.items())
_SENSE_WORDS = frozenset(SENSES)
_SENSE_OF = {rule.word: rule for rule in _SENSE_RULES}
# A rule is tried only when the message holds its typed word, or for a whole-phrase rule a word
# that can start the phrase; and then only when its Gate opens over the text as rewritten so far (a
# regex substitution over the whole text costs more, and "i no fit" needs more than an "i").
_SOUND_RULES = tuple((frozenset([typed]) if typed else first_words((phrase,))[0], typed,
                      compile_phrases((phrase,)), meant, Gate((phrase,), STOPWORDS))
                     for phrase, typed, meant in (*SOUND_ALIKES, *IDIOMS))
_SOUND_GATE = frozenset().union(*(gate for gate, *_ in _SOUND_RULES))
# word -> the rules it opens, by their place in _SOUND_RULES: the gate holds words as common as "i" and "so",
# so most messages open some rule, and a set test per rule for each of them cost more than the rules run.
_SOUND_OF = {word: [n for n, (gate, *_) in enumerate(_SOUND_RULES) if word in gate] for word in _SOUND_GATE}


def sound_alikes(tokens: list[str]) -> list[str]:
    """The words with voice typing's sound-alikes rewritten (marks kept): what triage reads too."""
    opening = _SOUND_GATE.intersection(tokens)
    if not opening:
        return tokens  # no rule to try
    # (in the table's order: each rule rewrites what the ones before it left)
    rules = [_SOUND_RULES[n][1:] for n in sorted({n for word in opening for n in _SOUND_OF[word]})]
    text = " ".join(tokens) + " "
    words = frozenset(tokens)
    for typed, rx, meant, gate in rules:
        if not gate.opens_in(words, " " + text):
            continue
        rewritten = rx.sub(lambda m, t=typed, w=meant: _swap(m.group(), t, w), text)
        if rewritten != text:
            text, words = rewritten, frozenset(rewritten.split())
    return text.split()


def one_sense(tokens: list[str], message_words: frozenset[str]) -> frozenset[str]:
    """The ONE_SENSE words that `tokens` (a whole message; `message_words` its set of words) holds in
    another sense somewhere, to pass to other_senses() for each of its sentences."""
    if message_words.isdisjoint(ONE_SENSE):
        return frozenset()
    kept = other_senses(tokens)
    return frozenset(word for word in ONE_SENSE
                     if word in message_words and kept.count(word) < tokens.count(word))


def other_senses(tokens: list[str], elsewhere: frozenset[str] = frozenset(),
                 message_words: frozenset[str] | None = None) -> list[str]:
    """The words without those in another sense than the FAQ's ("back" in "back home"); a word of
    `elsewhere` (see one_sense()) is dropped wherever no word of its ONE_SENSE set stands beside it.
    A NEEDS_CONTEXT word looks for its context in `message_words` (the whole message's words, so
    that "I lost 9 kg. Why has it stalled?" is a weight that stalled), or in `tokens` without it."""
    present = set(tokens)
    # (in any order: each rule only adds the offsets it drops)
    rules = [rule for rule in map(_SENSE_OF.__getitem__, _SENSE_WORDS.intersection(present))
             if rule.gate is None or rule.gate.opens(tokens)]
    if elsewhere and not elsewhere.isdisjoint(present):
        tokens = [w for i, w in enumerate(tokens) if w not in elsewhere
                  or not ONE_SENSE[w].isdisjoint(tokens[max(0, i - 2):i + 3])]
    if not rules and present.isdisjoint(NEEDS_CONTEXT):
        return tokens
    text = " ".join(tokens) + " "
    drop: set[int] = set()  # character offsets of words in another sense
    offsets = _offsets(tokens)
    for rule in rules:
        # Tried at every word a phrase can begin with, and every phrase that matches there, not only
        # the alternation's first or where the last match ended: "ran back to back 20 milers" holds two.
        exact, prefixes = rule.first
        for start, word in offsets:
            if (word not in exact and not word.startswith(prefixes)) or rule.rx.match(text, start) is None:
                continue
            for part in rule.parts:
                if (m := part.match(text, start)) is None:
                    continue
                for at in _word_at(m.group(), rule.word):
                    if not (rule.word == "back" and _body_sense(text, m.start() + at)):
                        drop.add(m.start() + at)
    # Words that mean the FAQ's topic only with words of that topic in the message: "curve" of a spine,
    # not of a track.
    context = present if message_words is None else message_words
    for word in NEEDS_CONTEXT.keys() & present:
        if NEEDS_CONTEXT[word].isdisjoint(context):
            drop.update(i for n, (i, w) in enumerate(offsets) if w == word and not (
                word == "gone" and n + 1 < len(offsets) and offsets[n + 1][1] in _GONE_WHERE))
    if not drop:
        return tokens
    kept, position = [], 0
    for word in tokens:
        if position not in drop:
            kept.append(word)
        elif word == "back":
            kept.append(OTHER_BACK)
        position += len(word) + 1
    return kept


def phrase_senses(words: list[str]) -> list[str]:
    """A faq.yaml phrase's words with "back" in another sense made OTHER_BACK, as a message's are ("go back
    to running" -> "go back_ to running", "back of my knee" -> "back_ of my knee"), so the phrase still
    matches; any other word the senses would drop stays (the phrase is the admin's own collocation)."""
    if "back" not in words:
        return words
    meant, out, j = other_senses(words), [], 0
    for word in words:
        if j < len(meant) and meant[j] == word:
            j += 1
        elif word == "back" and j < len(meant) and meant[j] == OTHER_BACK:
            word, j = OTHER_BACK, j + 1
        out.append(word)
    return out


def _swap(span: str, typed: str, meant: str) -> str:
    if not typed:
        return meant + " "
    words = span.split(" ")
    return " ".join(meant if w == typed else w for w in words)


def _word_at(span: str, word: str) -> list[int]:
    """Offsets of `word` as a whole word in a matched span."""
    return [at for at, w in _offsets(span.split(" ")) if w == word]


def _offsets(words: list[str]) -> list[tuple[int, str]]:
    out, position = [], 0
    for w in words:
        out.append((position, w))
        position += len(w) + 1
    return out


def _body_sense(text: str, start: int) -> bool:
    """ "back" at `start` is the body part by its neighbours: "my back", "back pain"."""
    before = text[max(0, start - 30):start].split()
    after = text[start:start + 30].split()[1:2]
    after2 = text[start:start + 40].split()[1:3]
    if after and after[0] in _BACK_PLACES and not (after[0] == "pack" and after2[1:] in (["in"], ["up"])):
        # "my back pocket", "our back garden": a place, whoever owns it (not "my back packed in": the speller's
        # "pack" of a back that gave out)
        return False
    return (bool(before) and (before[-1] in BODY_BEFORE or troubled_back(before, after))) or (
        # dialect's "me" for "my" after a hurt: "tweaked me back at training tues" (chat13), "done me back in"
        before[-2:-1] and before[-1] == "me" and (before[-2] in BACK_HURT or before[-2] in _HURT_ME
                                                  or before[-2] in ("did", "done", "doing") and after == ["in"])) or (
        # learners' English: "I have pain in the back after running" (a thirteenth new user)
        before[-3:-1] in (["pain", "in"], ["pains", "in"], ["ache", "in"], ["hurts", "in"], ["hurt", "in"],
                          ["hurting", "in"], ["dolor", "in"],
                          # "a dull ache low in the back" (a twenty-fifth new user)
                          ["low", "in"], ["down", "in"], ["sore", "in"], ["aching", "in"], ["aches", "in"],
                          ["tight", "in"], ["twinge", "in"], ["stiff", "in"])
        and before[-1:] == ["the"] and after[:1] != ["of"]) or (
        # "back issues of a magazine" are copies; "back issues of my own", "I've had back issues of one
        # kind or another" are a back's troubles
        bool(after) and after[0] in BODY_AFTER and (after2[1:] != ["of"] or _owned(text, start)
                                                    or bool(before) and before[-1] in _HAVING)) or (
        # "normal for back to ache after jogging?": a back that is to hurt, not a return
        len(after2) == 2 and after2[0] == "to" and after2[1] in _TO_HURT) or (
        # "a pain in the back running downhill": a place, not a return to running
        bool(before) and before[-1] == "the" and bool(after) and after[0] in _RETURNED_TO) or (
        # "keep the back from getting sore": a back kept from harm, not coming back from somewhere
        bool(before) and before[-1] == "the" and len(after2) == 2 and after2[0] == "from"
        and after2[1] in _FROM_HARM) or (
        # "2am. back in agony": a back in a state of pain, not a return (unless someone "came back in agony")
        len(after2) == 2 and after2[0] == "in" and after2[1] in IN_PAIN and not (before and before[-1] in FEEL_VERBS))


def _owned(text: str, start: int) -> bool:
    """The third word after `start` is a possessive: "back issues of my own"."""
    return text[start:start + 60].split()[3:4] in (["my"], ["his"], ["her"], ["their"], ["our"], ["your"])


_HURT_ME = frozenset(("hurt", "hurts", "hurting", "wrecked", "wrecking", "knackered", "ricked", "cricked", "wrenched",
                      "killing", "tweaking", "twisting", "straining", "jarring"))
_HAVING = frozenset(("had", "have", "has", "having", "got", "with", "chronic", "recurring", "ongoing"))
_FROM_HARM = frozenset(("getting", "hurting", "aching", "seizing", "flaring", "going", "packing", "giving"))
_TO_HURT = frozenset(("ache", "hurt", "be", "feel", "get", "go", "seize", "spasm", "stiffen", "tighten", "twinge"))
_BACK_PLACES = frozenset(("pocket", "pockets", "garden", "gardens", "yard", "door", "doors", "seat", "seats",
                          "bedroom", "room", "street", "streets", "teeth", "tooth", "wheel", "wheels", "tyre", "tyres",
                          # a bag and a swim stroke, written as two words: "my back pack rubs when I run" (a
                          # twenty-fourth new user)
                          "pack", "packs", "stroke", "patio", "porch", "lawn", "fence", "alley"))
IN_PAIN = frozenset(("agony", "pain", "bits", "pieces", "spasm", "spasms", "knots", "tatters", "ruins", "shreds"))
_RETURNED_TO = frozenset(("running", "jogging", "training", "racing", "exercising", "swimming", "cycling"))


def troubled_back(before: list[str], after: list[str]) -> bool:
    """The words before "back" (`before`, and `after` it) call it a back that gives trouble: "a grumbly
    back", "knackered back after my marathon"; not "felt awful back home", "a weak back half"."""
    if before[-1] in BACK_HURT:
        # "I was injured back in 2020" is a time (a thirty-eighth review); "my injured back in the
        # mornings" is the body
        return not (len(before) > 1 and before[-2] in FEEL_VERBS and after and after[0] in _PLACE_AFTER)
    if before[-1] not in BACK_ADJECTIVES or (len(before) > 1 and before[-2] in FEEL_VERBS):
        return False
    if after and after[0] in _NOUN_AFTER:
        return False  # "an awful back half": a back of something else
    # "my dodgy back on the left" is the body; "knackered back home" is getting home
    return (len(before) > 1 and before[-2] in DETERMINERS) or not (after and after[0] in _PLACE_AFTER)


# "felt awful back home": how someone felt on getting back, not a back
FEEL_VERBS = frozenset(("felt", "feel", "feels", "feeling", "was", "were", "am", "is", "looked", "look", "looking",
                        "got", "get", "getting", "came", "come", "coming", "went", "go", "going", "ran", "run",
                        "walked"))
_NOUN_AFTER = frozenset(("half", "end", "straight", "stretch", "nine", "9", "section", "part", "row", "seat", "garden",
                         "yard"))
_PLACE_AFTER = frozenset(("home", "at", "then", "there", "here", "to", "into", "in", "on"))
