"""ConText modifiers: whether a finding is denied, over, feared, wanted or someone else's.

After NegEx (Chapman et al., J Biomed Inform 2001) and ConText (Harkema et al., J Biomed Inform
2009): trigger phrases act forward or backward from where they stand, within their sentence, up
to a termination term ("but", "however", "though"...), a clause mark, or their reach in words.
Pseudo-triggers that only look like one ("no longer", "not only", "no idea why") are skipped.

One addition of ours: for a chat about running, INTENDED (a weight loss someone set out for).
EXPERIENCER is recorded but never cancels a sign: the advice is for the other person then.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.phrases import compile_phrases

# A year told as when something happened ("back in 2019"): four digits, not a time or a distance
# that starts the same way ("in 20 minutes", "in 20.5").
YEARS = "|".join(str(year) for year in range(1950, 2041))


class Modifier(StrEnum):
    NEGATED = "negated"            # "no numbness at all"
    HISTORICAL = "historical"      # "had a temperature last week, fine now"
    HYPOTHETICAL = "hypothetical"  # "what if I lose control of my bladder?"
    INTENDED = "intended"          # "lost 5 kg on purpose"
    OTHER_PERSON = "other-person"  # "my husband can't feel his legs" (still urgent)
    ANIMAL = "animal"              # "our dachshund is dragging his back legs": a vet's matter, not ours


IF_REACH = 6  # "if I lose control..." is hypothetical; "if I run more than 5k my legs give way" is not
# What cancels a finding; INTENDED only for a sign someone can want (bot.signs.Sign.intendable).
CANCELS = frozenset({Modifier.NEGATED, Modifier.HISTORICAL, Modifier.HYPOTHETICAL, Modifier.ANIMAL})
# A pet or a horse as the one the sign is told of (ConText's experiencer, an animal): opening its sentence or
# clause before the finding (its subject, not "came off her horse"), told of as he, she or it, and no "I",
# "me" or "my" in the sentence ("my dog pulled me over and I landed on my back" is the writer's fall).
_ANIMAL = re.compile(r"(?:^|, |and |but |so |now |then |; )(?:my|our|the|his|her|their|a|an) (?:\S+ ){0,2}?"
                     r"(?:dog|dogs|puppy|pup|cat|cats|kitten|dachshund|doxie|sausage dog|labrador|spaniel|terrier|"
                     r"collie|greyhound|whippet|beagle|pug|"
                     r"bulldog|frenchie|retriever|poodle|cockapoo|cavapoo|husky|corgi|staffy|staffie|lurcher|horse|"
                     r"pony|mare|gelding|rabbit|bunny|hamster|guinea pig) ")
_FIRST_PERSON = re.compile(r"(?<![^ ])(?:i|me|my|myself|mine|i am|we|us|our own) ")
# The animal's own pronoun between it and the finding, or in it ("now he's dragging his back legs"); without
# one, a clause with no subject is the writer's ("the dog pulled hard, fell backwards, now numb").
_PRONOUN_FIRST = re.compile(r"(?:(?:now|then|today|tonight|this morning|poor (?:boy|girl|thing|lad|pup|puppy|dog|"
                            r"pooch))(?: ,)? )?(?:he|she|it) ")
# A person the "he" or "she" may be instead: "The horse threw Tom off. He can't move his legs" is Tom (a
# seventy-second review); the animal's sentence must tell its own body ("with his back arched") and no person.
_PERSON = re.compile(r"(?<![^ ])(?:son|daughter|husband|wife|partner|dad|father|mum|mom|mother|grandad|granddad|"
                     r"grandpa|grandma|gran|nan|brother|sister|friend|neighbour|neighbor|client|patient|boyfriend|"
                     r"girlfriend|kid|kids|child|children|man|woman|lady|guy|rider|owner|him|her|he|she|"
                     r"uncle|aunt|cousin|colleague|boss|mate|baby|toddler|teenager|people|someone|somebody|they|"
                     r"threw|knocked|tripped|pulled|dragged|bit|jumped up at|"
                     # a rider's fall told by name: "The pony bucked and Lily landed on her back" (a seventy-fourth
                     # review)
                     r"bucked|thrown|riding|rode|came off|kicked) ")
_MODAL_BEFORE = re.compile(r"(?<![^ ])(?:could|might|may|would|will) (?:just |suddenly |one day |ever )?$")
_MODAL_QUESTION = re.compile(r"(?:so |and |but |um |like )?(?:would|will|could|might|can|may) (?:my|his|her|their|your|"
                             r"the|both) (?:\S+ ){0,2}$")
# A symptom told as going on since a day or an event: "since Tuesday my leg will give way if I walk too far".
_SINCE_WHEN = re.compile(r"(?<![^ ])(?:since|for the (?:last|past)) (?:monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday|yesterday|last|the|my|a|\d+|then|it|this|that) ")
_MODAL_INSIDE = re.compile(r"(?<![^ ])(could|might|may|would) (?:be|get|go|feel|become|turn|start) ")
_CONDITIONAL_CUE = re.compile(r"(?<![^ ])(?:if|said|says|told|tells|with a|with an|otherwise|unless) ")
_GIVING_VERBS = frozenset(("give", "buckle", "fold", "collapse", "go", "fail", "lock", "seize"))
_HEDGED = re.compile(r"(?<![^ ])(?:might|may) $")
_FEARED_HERE = re.compile(r"(?<![^ ])(?:might|may|will|would|could|if|fear|fears|scared|afraid|worry|worried|"
                          r"going to|gonna|in case) ")
_TOLD_HAD = re.compile(r"(?:and )?(?:i have got|i ve got|i got|i have had|i have been|i have a |i have an |"
                       r"i have (?!to |read |heard |seen |been told |no )|"
                       r"i am getting |i am having |"
                       # "what if this is cauda equina, i can't feel my bum since this morning" (the 113th review)
                       r"i (?:can not|could not|can no longer) (?=feel |move |lift |control |stand |walk )|"
                       r"(?:my|his|her) (?:\S+ ){1,2}(?:have|has) (?:gone|been|got|started)|"
                       # someone else's, told as had: "worried about one of my ladies, she's been incontinent"
                       r"(?:he|she|they) (?:has |have |had )?"
                       r"(?:been|got|gone|started|lost|had|become|developed|is|was|are|were) )")
_HEDGED_HAVE = re.compile(r"(?<![^ ])(?:might|may) (?:have|have got|be getting|be running|be coming down with) "
                          r"(?:a |an |some )?$")
_LATER = re.compile(r"(?<![^ ])(?:later|tomorrow|tonight|soon|if|unless|next|before|during|this weekend|"
                    r"(?:after|at|by) (?:the|my|sunday|saturday) (?:race|marathon|event|trip|flight)|when i travel|"
                    r"on (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|the day|race day)) ")
_WHAT_IF = re.compile(r"(?<![^ ])(?:if|what if|in case|worried|worry|scared|afraid|fear|nervous|anxious|terrified|"
                      r"dreading|concerned) ")
# The guess is about now: "I think I might have a fever", "I reckon I may have a temperature right now".
_PRESENT_GUESS = re.compile(r"(?<![^ ])(?:think|reckon|guess|suspect|feel like|feels like|pretty sure|probably|now|"
                            r"right now|at the moment|already|since|today|this morning) ")
_VET = re.compile(r"(?<![^ ])(?:vet|vets|veterinary|veterinarian) ")
_ANIMAL_OWN = re.compile(r"(?<![^ ])(?:his|her|its) (?:\S+ )?(?:back|legs?|spine|tail|hips?|paws?|belly|tummy|"
                         r"bottom|bum|rear) ")
_ITS = re.compile(r"(?<![^ ])(?:he|she|it|his|her|its|hers|him) ")


@dataclass(frozen=True)
class Triggers:
    forward: tuple[str, ...] = ()   # act on what follows
    backward: tuple[str, ...] = ()  # act on what precedes
    reach: int = 6                  # words, at most
    adjacent: tuple[str, ...] = ()  # act only on what follows at once ("for losing weight")
    clause_forward: tuple[str, ...] = ()  # act on what follows within their own clause only


# Kin in dialect and chat, for the speller to keep as typed ("mam" is no "mad", "missus" no "miss us").
KIN_WORDS = frozenset(("hubby", "wifey", "missus", "missis", "mam", "mammy", "maw", "da", "papa", "mama", "madda",
                       "bredda", "sista", "pikin", "oga", "lola", "lolo", "tito", "tita", "granda", "bf", "gf",
                       "fella"))

TRIGGERS: dict[Modifier, Triggers] = {
    Modifier.NEGATED: Triggers(
        forward=("no", "not", "without", "never", "nor", "neither", "zero", "denies", "deny", "free of",
                 "absence of", "lack of", "no sign|signs of", "nothing else", "ruled out", "negative for",
                 "none", "not any", "no more",
                 # "nothing numb in the saddle area, bladder fine" (lay-redflags48)
                 "nothing"),
        backward=("fine", "ok", "okay", "normal", "all good", "grand", "no problem|problems|issues", "not a problem",
                  "is not an issue", "unaffected", "are fine", "is fine", "absolutely fine", "ruled out",
                  "not at all", "none", "{not} ~2 hurt*|ache*|aching|sore|bother*|painful", "never ~2 hurt*|ache*",
                  "pain free", "painfree", "no pain", "{not} ~2 touched|injured|hurt|affected|involved|hit"),
        reach=5),
    # Over: resolved, or long ago. "Last week" alone is when a sign started, not that it is over.
    Modifier.HISTORICAL: Triggers(
        forward=("used to", "history of", "in the past", "years ago", "had a scare", "as a kid|child|teenager",
                 # a childhood told first: "When I was a kid I had a bad fever with back pain" (the
                 # hundred-and-sixteenth review)
                 "when i was a_kid|a_child|a_boy|a_girl|a_lad|a_teenager|a_teen|little|small|at_school|in_school",
                 "once had", "last year", "a year ago",
                 # a first time set against later ones: "the first time I trained for one I actually lost weight, and
                 # before my second I gained" (forum37)
                 "the first time i|we|he|she|they ~3 trained|ran|did|raced|tried|went",
                 # "got over a chest infection last week": recovered from it
                 "got over", "recovered from", "shook|shaken off",
                 # "In my 20s I had a slipped disc": a decade of one's life, told with a past verb.
                 "in my|his|her|their 20s|30s|40s|50s|teens|twenties|thirties|forties|fifties ,? i|he|she|we ~1 "
                 "had|was|were|did|got|broke|lost|used|could|could_not|ended_up",
                 # Someone's past told with a past verb ("had a slipped disc in her 40s"), not an age now
                 # ("my husband, in his 50s, gets chest pain").
                 "had|got|did|was ~4 in her|his|their 20s|30s|40s|50s|60s|70s|twenties|thirties|forties|fifties",
                 f"back in {YEARS}|january|february|march|april|may|june|july|august|september|october"
                 "|november|december|spring|autumn|winter", "back in the day|summer",
                 # a season told of a past event: "Back in the spring I fell down the stairs" (not "since back in
                 # the spring", "it started back in the winter": PSEUDO and _NOW, a seventy-second review)
                 "back in the spring|summer|autumn|winter",
                 "back in school|college|uni|university|high_school|secondary_school|the_army|the_forces|my_teens|"
                 "my_twenties|my_youth",
                 # a child's past: "when he was little he took a lot of falls"
                 "when he|she|they|we was|were little|small|young|younger|a_kid|a_child|a_toddler|a_baby",
                 "died", "passed away",
                 f"in {YEARS}"),
        backward=("fine now", "better now", "went|disappeared|faded ~4 after the op|operation|surgery",
                  # "a fever last month, fully better" (the hundred-and-twentieth review)
                  "fully|completely|totally better|recovered",
                  # over and back on one's feet: "chest infection last month, now back to running" (a ninth new
                  # user; not "a fever last week, now back pain")
                  "last week|month|fortnight ,? and|but? now back to|running|training|out|at_it|on_my_feet",
                  "weeks|month|months ago ,? and|but? now back to|running|training|out|at_it|on_my_feet",
                  # "a fever last month but that's gone" ("that's" reads "that": a twenty-fifth new user)
                  "but that|it|which|this is|was|has_been? gone|over|cleared|cleared_up|passed|long_gone ?|,|.",
                  # (with "all" in it: "a couple of colds with a temperature over the winter, but that's all long
                  # gone and I feel 100% now", forum46)
                  "but that|it|which|this is|was|has_been all long? gone|over|cleared|cleared_up|passed",

                  "completely|totally|perfectly fine for|since", "fine for months|weeks|years",
                  "completely|totally|fully over it now",
                  "temp|temperature ~2 normal|back_to_normal for|since", "all sorted now",
                  # "...that's gone, normal temp for four days now" (lay-redflags43)
                  "normal temp|temps|temperature for|since|now", "that|it|which is|has_been gone ,|.",
                  "it is all sorted",
                  "sadly|who|he|she|they|later died", "died in|at hospital|the_hospital|the_scene", "passed away",
                  "ok now", "okay now", "normal now", "all better", "gone now", "long gone", "long since gone",
                  "went away", "has|have|is|are|been gone ,|.|?|since|for|completely|but|now|away", "cleared up",
                  "gone since|by|for", "no repeat*", "not happened again", "no symptoms since", "symptom free",
                  "fine ever since", "fine since", "normal since|after|ever_since", "totally|completely normal",
                  "settled", f"in {YEARS}", "has not come back",
                  # learners' English and a later denial of the same sign: "I have fever 2 days, now it is
                  # finished, no fever for 5 days"
                  "now it is|it_has finished|over",
                  "is|was|has finished ~2 long|long_time|long_ago|weeks|months|ago",
                  "is|was|has finished now|already ,|.",
                  "physio|pt|doctor|chiro|gp ~2 sorted|fixed|treated ~2 it", "got ~2 sorted",
                  # Feeling back in a numb leg, told as done: not "the squeezing feeling has come back in my chest".
                  "been fine for|since", "feeling|sensation ~3 has|have|had ~2 come back ,|.|now|fully|properly|"
                  "completely|and|since",
                  "feeling|sensation ~3 came back ,|.|now|fully|properly|completely|and|since|after|within", "healed",
                  # "...and the feeling came straight back"
                  "feeling|sensation ~3 came|comes straight|right back",
                  # "the temperature went a week ago"
                  "temperature|temp|fever went|broke|cleared|lifted ~2 a|# ~1 day|days|week|weeks|fortnight ago",
                  "last spring|summer|autumn|winter", "never happened since",
                  # a one-off: "my genitals went numb for maybe two minutes ... Never happened before or since"
                  # (lay-redflags46)
                  "before or since",
                  "been normal|fine|ok|gone|clear for|since|ever_since", "did not come back", "never came back",
                  "never happened again",
                  "has not happened since", "only lasted",
                  "cleared", "recovered", "back to normal", "resolved",
                  "completely gone", "completely fine",
                  # "for the first week I couldn't sleep ... now it's about 95% better" (scope21)
                  "now ~3 # better", "mostly|much|loads|lots|way better now",
                  # "had covid in january with a high temp, all gone", "gave way last year, fixed now" (a review)
                  "all gone", "fixed now", "sorted now", "all fixed",
                  "all clear", "clear now", "has settled", "settled down", "years ago", "in the past",
                  "as a kid|child|teenager",
                  "when i was #|younger|young|little|small|a_kid|a_child|a_teenager|a_student|at_school|at_uni|"
                  # (a childhood told as a boy or a girl: "my uncle lost control of his bladder ... when I was a boy",
                  # letters4)
                  "a_boy|a_girl|a_lad|a_lass|"
                  "five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen",
                  "at school|uni|university|college",
                  # a stage of life told after the event: "had a car accident back in school" (lay-redflags36)
                  "back in school|college|uni|university|high_school|secondary_school|the_army|the_forces|my_teens|"
                  "my_twenties|my_youth"),
        reach=16),
    Modifier.HYPOTHETICAL: Triggers(
        forward=("what if", "if", "in case", "worried about", "worried that", "worried it", "worry about",
                 # bad luck foreseen in jest: "next I'll probably get hit by a bus" (forum36), "knowing my luck I'll
                 # get run over next" (a thirty-third new user)
                 # (a future told, not "I'm gonna end up in A&E - I just fell", "knowing my luck... got run over an
                 # hour ago": the hundred-and-fourteenth review)
                 # (the trigger ends before the verb, which a finding may start with: "get run over")
                 "knowing|with my luck ~2 i will|would", "knowing|with my luck ~2 i_am_going_to|gonna|going_to",
                 "i will|would probably|likely|eventually|definitely|end_up",
                 "i_am_going_to|gonna|going_to probably|likely|eventually|definitely",
                 "one day i will|would", "watch me", "next i will|would",
                 # a suspicion of what is not told: "part of me worries she had a fall and is hiding it"
                 # the sign pictured: "I keep picturing my legs just giving out under me" (forum44)
                 "picturing", "imagining", "visualising", "visualizing", "envisioning", "envisaging",
                 "i|i_can|i_keep|i_still picture|pictured|imagine|imagined|visualise|visualize",
                 "image|images|picture|pictures|vision|visions in my|his|her head|mind ~2 of",
                 "worry that", "afraid of", "afraid that", "scared of", "scared that", "scared it", "fear",
                 "fears", "terrified of", "how would i know", "how do i know",
                 "how do you know",
                 "signs of", "symptoms of", "warning signs", "look out for", "watch out for",
                 # a fear the writer names as such: "my brain has decided it's a tumour", "read myself into a disc"
                 "brain|head|mind ~2 decided|convinced|jumped", "convinced myself", "read myself into",
                 "talked|worked myself into",
                 "watch for", "list*|went_through|mentioned|explained ~4 red flag|flags",
                 # a term someone else used: "someone mentioned saddle numbness, what does that even mean" (a review)
                 "someone|somebody|people|everyone|everybody mentioned|mentions|keeps_mentioning|talks_about|"
                 "talked_about|brought_up",
                 "is|are this|that|it|these ~1 a? red flag|flags", "risk of", "chance of", "chances of", "possible to",
                 "is it possible",
                 "could i",
                 "could it", "could running", "can running", "can it", "can a", "can this", "does it|this|running",
                 "would it", "would that", "would i", "might",
                 # An expectation that did not come true: "I assumed the weight would drop off".
                 "end up", "read about", "heard about",
                 # others' stories read or heard: "my wife has been reading horror stories online about people losing
                 # bladder control" (forum39)
                 "read|reading|reads|heard|hearing|hears|seen|seeing ~3 stories|story|horror_stories|articles|posts|"
                 "threads|things|accounts ~2 about|of|where",
                 # "heard on a podcast about a runner who lost feeling in his groin" (the hundred-and-sixteenth review)
                 "read|reading|heard|hearing|listened|listening|watched|watching|saw|seen|seeing ~3 podcast|article|"
                 "video|documentary|"
                 "programme|program|radio|show|forum|thread|blog ~2 about|where|with",

                 "heard that", "is it true", "apparently",
                 # what others would take it for: "drivers would think some old bloke was having a heart attack"
                 "people|they|drivers|everyone|everybody|anyone|someone|somebody|others|folk|folks|passers_by ~2 "
                 "would|will|might|must think|assume",
                 # a guess of one's own about a sign not told: "I'd think a heart attack would hurt more" (not "I would
                 # think this crushing chest pain is a heart attack": a review)
                 "i|we would|will|might think|assume a|an|that_a|that_it|it|i|that_i",
                 "i read", "read that", "i have read", "googled", "google says",

                 "will running", "will it", "would running", "in future", "in the future", "prevent",
                 "avoid",
                 "to avoid", "so i do not", "so that i do not", "ever", "supposed to", "should i worry",
                 "when should i worry", "should i go to a_and_e if", "ask about", "asked about",
                 # A list of what to watch for, not a sign told ("my daughter mentioned she has numbness"
                 # tells it: a new user's trial)
                 # ("feels like", "if she sits" and "symptoms of" tell a sign: a thirty-eighth review)
                 "mentioned ~3 signs|symptoms_like|signs_like|things_like|red_flags|warning_signs|look_out|watch_out|"
                 "such_as|in_case|what_to"),
        # A fear of what may come, within its own clause: "terrified I'll wet myself" ("I'll" reads "ill"),
        # "scared about losing control"; not "terrified I'll wet myself, I've lost control twice".
        # Telling one thing from another, within its clause: "how can I tell if numbness is serious?",
        # not "how do you tell if it's sciatica, my legs went numb" nor "how can I tell my coach...".
        clause_forward=("reading about|that", "keep reading",
                        # a rule read, within its own clause: "everything online says numbness in the groin
                        # means A&E", not "..., and my groin went numb this morning"
                        "online|internet|everything|everyone|everybody|site|website|websites|articles|forums ~1 "
                        "says|say|said",
                        "saw|seen|read on|in ~3 website|site|internet|online|forum|google|article|page|leaflet|"
                        "poster|tiktok|youtube|instagram|facebook|news ~3 that",
                        # "been reading scary stuff about people losing control of their bladder"
                        "reading|read|seen|seeing|heard|hearing ~2 stuff|things|stories|posts|articles|threads|"
                        "videos about|of", "how can|could|do i|you tell if|whether",
                        "how to tell if|whether", "tell the difference", "how can|could|do i|you tell ~4 from|apart",
                        "scared|terrified|petrified|frightened|afraid|worried|nervous|paranoid ill|i_will|i_might|"
                        "i_could|it_will|it_might|i_am_going_to|i_would|she_would|he_would|she_will|he_will|i_may",
                        # a warning of what may come: "my grandma always says I'll faint if I run on an empty
                        # stomach" (a twenty-fifth new user)
                        # (not reported speech of the past: "my husband said I could barely breathe last night", the
                        # hundred-and-sixth review)
                        "says|said|reckons|warns|warned|told_me|tells_me ~1 i|you|we|she|he will",
                        "says|said|reckons|warns|warned|told_me|tells_me ~1 i|you|we|she|he would|might|could ~4 if",
                        "scared|afraid|terrified|frightened|nervous|anxious about",
                        # ...of one's own body part: "I'm scared my legs will give way on the marathon" (a thirtieth
                        # new user's kind)
                        "scared|terrified|petrified|frightened|afraid|worried|nervous|paranoid that? my|his|her|the ~3 "
                        "will|might|could|may|would|is_going_to|are_going_to|going_to",
                        # a fear named, then what it foresees: "My fear is that I'll be out on a long run and my legs
                        # will just give out" (forum42)
                        "fear|worry|dread|nightmare|concern is|was that? i|we will|would|might|could|may ~8 and|, my|"
                        "his|her|the",
                        # ...or what frightens told by what it pictures: "What frightens me is starting again and
                        # having my legs suddenly give out" (forum46; not "what scares me is that my legs gave out")
                        "what|the_thing_that|what_really|the_one_thing_that scares|frightens|terrifies|worries|"
                        "petrifies me|i_fear|i_dread ~1 most? is|are ~4 having|getting|being|ending_up|the_thought|"
                        "the_idea|the_prospect|the_possibility|the_chance|the_risk|one_day"),
        # ("later on" as the clause's end, not a story's next step: "went for a wee, later on it looked dark brown")
        backward=("one day", "in the future", "in future", "later on ,|.|?|!|in|down|if|when|too|though|and|or|for|"
                  "because|with|once|as_well|#", "eventually", "someday", "some day",
                  "at some point", "if i keep", "if i carry on",
                  # a time still to come: "what scares me is leaking once I'm back running"
                  # (a return only: "especially once I start running" tells when a sign comes, a sixty-fourth review)
                  "once i am|i_get|i_start back running|to_running|training|to_training|racing",
                  "would be an emergency", "is that an emergency",
                  # a sign asked about as a possibility, itself the subject: "would numbness in my groin be a bad
                  # sign?" (a ninth new user); not "is numbness ... a bad sign?" nor "went numb, could that be serious?"
                  "groin|area|legs|leg|feet|foot|bum|buttocks|bottom|saddle|bladder|bowel|bowels|chest|weakness|"
                  "numbness|tingling|pain|fever|temperature|loss ~1 be a|an ~1 bad|serious|worrying|warning|dangerous|"
                  "red_flag sign|symptom|thing|worry",
                  "groin|area|legs|leg|feet|foot|bum|buttocks|bottom|saddle|bladder|bowel|bowels|chest|weakness|"
                  "numbness|tingling|pain|fever|temperature|loss ~1 be serious|dangerous|worrying|an_emergency|"
                  "a_red_flag",
                  "an emergency",
                  # a rule told, not a sign: "numbness in the groin with back pain means go straight to A&E",
                  # "my GP mentioned numbness in the groin would be a reason to call 999"
                  "means go|get|you_go|you_should|you_need|straight ~3 a_and_e|er|hospital|emergency|doctor",
                  "would_be|could_be a reason|reasons ~1 to", "is|are a reason|reasons to call|ring|phone|dial|go_to",
                  "would mean", "could come from",
                  "as things|signs|symptoms to", "as a red_flag|warning",
                  # a term named as one to watch for: "foot drop, which my physio mentioned as something to watch
                  # for" (a review)
                  "something|things|one to watch|look_out for|about", "mentioned it|that|them as"),
        reach=10),
    Modifier.INTENDED: Triggers(
        forward=("on purpose", "intentional*", "trying to", "tried to", "try to", "want* to", "goal", "aim*",
                 # a goal told as a wish: "I'd like to get half a stone off" (not "I'd like to know why I've lost",
                 # "I need to get my back checked")
                 "like|love|hope|hoping to lose|drop|shift", "like|love|hope|hoping to get|take ~4 off|down",
                 "target", "deliberately", "meant to", "set out to", "plan", "planned", "diet*", "calorie*",
                 "deficit", "cutting", "to lose", "so i could", "for my wedding", "for the wedding",
                 "happy to", "managed to", "good|great|best|better|useful|helpful|ok|work|works ~1 for",
                 "best way to|of", "how to",
                 # a loss hoped for from running: "is running actually going to help me lose weight" (forum41)
                 "help|helps|helping|helped me|you|him|her|us|them",
                 "is running|jogging ~3 good", "will running|jogging",
                 # advice to anyone: "once you drop a few pounds you'll get quicker"
                 "once|when|until you",
                 # an expected loss that did not come: "I thought I'd be a stone lighter by now"
                 "thought|expected|hoped|assumed|figured|reckoned|imagined ~1 i would|i'd|id|i'll|i_will|to ~1 "
                 "be|have"),
        backward=("on purpose", "intentional*", "deliberately", "as planned", "as i wanted", "by dieting",
                  # "Lost 6kg on my diet, loving it" (the seventeenth review of this round)
                  "on a|my|the|this|his|her ~1 diet",
                  # "lost a bit of weight since he started his diet" (an eighth new user's)
                  "since|after i|he|she|they|we started|began|went_on|been_on a|my|his|her|their ~1 diet|diets",
                  "with diet*", "through diet*", "from diet*", "eating better", "eating less", "calorie deficit",
                  "deficit", "counting calories", "cutting out", "so far", "woo*", "yay", "proud", "finally",
                  # a loss earned by the effort: "lost over 60 lb through walking and then running" (lay-redflags43)
                  "through|by|with walking|running|jogging|exercise|exercising|training|the_gym|cycling|swimming|"
                  "couch_to_5k|c25k",
                  "goal", "target", "which|that was great|brilliant|amazing|fantastic|good|lovely|nice", "great",
                  "happy", "pleased", "chuffed", "delighted",
                  "thrilled", "brilliant", "amazing", "is the|my goal",
                  # told glad of in a relative clause: "lost 6 kg, which I'm really pleased about"
                  # (not "wanted": "lost 7 kg without trying, which I wanted to mention")
                  "which|that i|i_am|i'm|im|i_was|was|has_been ~2 pleased|happy|chuffed|thrilled|delighted|proud|"
                  "glad|the_goal|the_plan|the_point",
                  "the whole point", "was the point|plan|idea", "what i wanted"),
        adjacent=("for", "to"),
        reach=10),
    Modifier.OTHER_PERSON: Triggers(
        forward=("my|our teenage|teen|little|older|elderly|eldest|oldest|youngest|younger|big|baby|adult|grown_up|"
                 "step|ex? husband|wife|partner|boyfriend|girlfriend|son|daughter|dad|father|mum|mom|mother|brother"
                 "|sister|friend|client|patient|teammate|buddy|kid|child|coach|colleague|neighbour|neighbor|grandad"
                 "|grandma|gran|nan|grandpa|granddad|grandfather|grandmother|granny|nana|uncle|aunt|fiance|fiancee"
                 "|mate|pal|cousin|neighbour|neighbor|flatmate|housemate"
                 "|runner|athlete",
                 # a child told by age: "my 12 year old has started wetting the bed again"
                 # (not "my 40 year old back": see PSEUDO)
                 "my|our # ~1 year|yr|yrs|years ~1 old",
                 # a kind of friend: "my running buddy", "my gym partner", "my best mate"
                 "my|our running|gym|training|club|cycling|best|old|work|walking buddy|partner|friend|mate|pal|"
                 "teammate",
                 "he", "she", "his", "her", "they", "their", "him",
                 # a relative named as the subject without "my": "dad has started wetting the bed" (a twenty-first
                 # new user)
                 "dad|mum|mom|father|mother|husband|hubby|wife|son|daughter|grandad|granddad|gran|nan|grandma|grandpa|"
                 "granny|brother|sister|boyfriend|girlfriend|partner|fiance|fiancee has|is|keeps|started|had|was|got|"
                 "fell|feels|seems|can|could",
                 # kin in dialect and chat (a ninth new user): "me mam's lost loads", "ma da cannae pee", "mi madda
                 # fall dung", "my lola fell po", "my pikin back dey pain am", "hubby fell off a ladder", "the missus
                 # has a fever", "bf has had a temperature", "an athlete I coach", "mum 80 tripped"
                 "me|ma|mi|our mam|mammy|maw|da|papa|mama|madda|bredda|sista|pikin|granda|grandad|husband|wife|son|"
                 "daughter|dad|mum|mom|nan|gran|brother|sister|wee_boy|wee_girl|lad|lass|boy|girl",
                 "my|our hubby|wifey|bf|gf|missus|missis|fella|old_man|old_lady|mam|mammy|papa|mama|lola|lolo|tito|"
                 "tita|pikin|oga|madda|bredda|granda",
                 "the missus|missis|wife|hubby|husband|old_man|old_lady",
                 "hubby|wifey|missus|missis|bf|gf",
                 "athlete|runner|client|lad|lass|kid|girl|boy|player ~1 i|we coach|train|look_after|care_for",
                 "mum|mom|mam|dad|nan|gran|grandad|grandma|granny|grandpa #"),
        reach=20),
}

# Terms that end a trigger's scope (ConText's termination terms), besides the sentence end, and a
# comma or a new subject after "and" for negation ("no appetite and I've dropped 7 kg").
# Phrases that look like a trigger but are not one.
PSEUDO = compile_phrases((
    # back at school now, not a past: "the kids are back in school so I did a long run" (the hundred-and-second
    # review)
    "are|is|am|be|being|go|goes|going|went|got|get|gets|now back in school|college|uni|university|high_school|"
    "secondary_school",
    # a time set against now is a comparison's baseline, not when the finding was: "he's a lot thinner than last
    # spring" (lay-redflags36), "weaker than a year ago"
    "than last|in|at_the|at ~1 year|month|spring|summer|autumn|fall|winter|christmas|season|time",
    "than # ~1 weeks|months|years ago", "than a|one year|month ago",
    # ...and so is a usual amount: "the baby is kicking much less than normal" (an eighth new user's kind)
    "than normal|usual",
    # a diet given up is no purpose: "I stopped dieting in the spring and the weight is still dropping off me"
    "stopped|quit|quitting|gave_up|given_up|no_longer|not diet|dieting|counting|the_diet",
    # a thing or a body part of that age, not a child: "my 40 year old back", "my 12 year old trainers"
    "my|our # ~1 year|yr|yrs|years ~1 old back|legs|leg|knees|knee|body|joints|spine|feet|foot|hips|hip|trainers|"
    "shoes|car|bike|watch|mattress|self|me",
    # a start, not a past: "since back in the spring I have had night sweats"
    "since|from|started|began|starting|beginning back in",
    # an aim denied is no aim: "not trying to lose weight but the scales keep going down" (a review)
    "not|never|without|no_longer trying|tried|meaning|wanting|aiming|planning to",
    "not been trying|aiming|meaning|wanting to",
    # "ever since my back went": a time, not a "have you ever" (the hundred-and-thirteenth review)
    "ever since",
    # fine only at first is no denial: "came off my bike and was fine at first but now my back really hurts"
    "is|was|were|felt|seemed? fine|ok|okay|alright at_first|initially|to_begin_with|at_the_time",
    # told fine and then sore is no denial: "he says his back is fine, just a bit sore" (lay-redflags43)
    "is|was|are|feels|felt|seems? fine|ok|okay|alright ,? just|only|but ~3 sore|stiff|achy|aching|tender|hurts|"
    "hurting|painful|bruised really|today|now|though|tbh|he_says|she_says|he_said|she_said? ?|,|.",
    # what a sign told means: "what does it mean when my groin goes numb after a run" (a review)
    "what does|would it|this|that mean when|that",
    # "couldn't avoid it and fell hard": what happened, not a fear.
    "{cannot} ~1 avoid|miss|dodge", "no way to avoid",
    # "my physio says that means go straight to A&E": advice about the sign told, not a rule (a 43rd review)
    "says|said|say|told_me|tells_me|reckons that|this|which|it means|meant",
    # "gasping on my normal route": the route is normal, not the gasping (a fortieth review)
    "normal|usual route|routes|run|runs|pace|loop|loops|distance|day|days|week|weeks|shoes|trainers|time|times|"
    "life|routine",
    # what everyone says of the writer tells, not a rule: "everyone says I've lost loads of weight"
    "everyone|everybody says|said|tells_me|keeps_saying i|i_have|i_am|i_look|my|you_look|you_have",
    # Weight that has gone is the loss itself, not a sign that is over: "8 kg gone since August".
    "# ~1 kg|kgs|kilo|kilos|lb|lbs|pounds|stone gone",
    # Feeling or strength that has not come back is a loss that goes on: "the feeling in my groin hasn't come
    # back", "the strength has not come back yet" (not "the numbness went in an hour and hasn't come back").
    "the|my|all|any|normal|full|proper feeling|sensation|strength|power|control|movement|grip ~3 has|have|had|did "
    "not|never ~1 come|came back",
    # ...and a finding that has not gone goes on: "numbness down my left leg that hasn't gone for three days" (the
    # hundred-and-tenth review)
    "that|it|which has|have|had|did|is not|never ~1 gone|gone_away|gone_off|worn_off|eased|settled|stopped|cleared|"
    "passed|improved",
    # ...and the feeling, told as "it", not back: "my bottom has gone numb ... and it hasn't come back" (lay-redflags41)
    # (not "since": "I couldn't pee for a while after a marathon in May, it hasn't come back since" is over)
    "it|that|they|feeling|sensation has|have|had|did|is not|never ~1 come|came back .|,|?|yet|and|but",
    # A fall told as small is still a fall: "not a big fall really".
    # (The finding's own word is never in the text a trigger is looked for in, so the phrase ends before it.)
    "not a|an big|bad|huge|major|serious|proper|massive|hard|heavy|nasty",
    # "idk how": a puzzle, not a denial ("lost 7kg idk how not dieting").
    "do|did not know how|why|what|where",
    "no longer", "not only", "not just", "not sure", "no idea", "no matter", "not even", "no reason", "not much",
    "not trying", "not dieting", "not on purpose", "not on a diet", "no diet", "not intentional*", "not hungry",
    "without ~2 trying", "without ~2 dieting", "without meaning", "without changing", "without any reason",
    "without noticing|realising|realizing|knowing|feeling", "not coming", "not working", "not listening",
    "not able", "not been able", "not feeling", "not passed", "nothing ~2 helps|works|eases|helped|worked",
    # (what did not help, not what is not there: "nothing I do stops the numbness")
    # a hedge on the asking, not a case imagined: "what if I'm overreacting... I fell off a ladder" (review123)
    "what if i_am|it_is|this_is|im? overreacting|over_reacting|being_silly|being_paranoid|paranoid",
    "nothing ~3 stops|stopped|fixes|fixed|shifts|shifted|relieves|relieved|changes|changed|touches|touched|"
    "makes|made|gets|got|takes|took|seems|seemed|sorts|sorted",
    # "My first ever 10k", "ever since the fall": not the hypothetical "ever".
    "first|second|third|fourth|fifth|best|worst|longest|fastest|biggest|hardest|furthest|only ever", "ever since",
    # a comparison: "worse than ever", "sorer than it's ever been" (the hundred-and-eighth and -ninth reviews; not
    # "more scared than ever that...", a fear)
    "worse|better|harder|stronger|weaker|slower|faster|heavier|lighter|sorer|tighter|stiffer|bigger|smaller|"
    "more_painful|more_sore than ~3 ever", "as ever", "ever so", "ever more|worse|better",
    # A complaint that does not go away: "pain that don't pass and fever" denies nothing after it.
    "{not} ~1 pass|stop|ease|settle|improve|budge|shift|go_away|get_better|let_up and|,|.",
    # Easing, then back with effort: angina's pattern, not over ("it went away, came back when I ran").
    "went|goes|gone away ,? ~3 came|comes back",
    # Anxious about a sign that is here ("anxious about this numbness") is no fear of what may come.
    "scared|afraid|terrified|frightened|nervous|anxious about this|these|my",
    "walk*|stopp*|slow*|rest*|sat ,? ~3 it|and ~1 went|goes|gone away",
    "if anything", "as if", "even if", "even when", "even though", "what if anything", "never used to",
    "not mine", "not normal", "nothing to do with", "no position", "no matter how", "if not",
    "since ~2 last", "for the last", "over the last", "in the last", "nothing makes it better",
    "not sure if", "wondering if", "no idea if", "not sure whether",
    # "Couldn't go", "can't poop and numb down there": what the body cannot do is a finding or a
    # complaint, never a denial of what comes after it. (Not "can't say", "couldn't find": those deny.)
    "{cannot} ~1 go|pee|wee|urinate|empty|poo|poop|feel|lift|move|stand|walk|sleep|lie|breathe|sit|bend|run|jog|"
    "eat|push|hold|keep|control|stop|wipe|work|cope|focus|drive|climb|turn|twist|straighten|get_up|get_out|stand_up|"
    "get_back_off|get_to_sleep|get_comfortable|get_my_breath|get_enough_air|catch_my_breath|get_air|get_any_air|"
    "get_a_breath|get_a_proper_breath",
    # "Without warning my legs gave way": suddenly, not without the sign ("without warning signs" denies).
    "without|with_no ~1 warning|notice ,|.|my|his|her|their|your|i|he|she|it|the|and|both|suddenly",
    # Someone else not seeing ("a driver who hadn't seen me"), a hedge ("not numb exactly, but"): no denial.
    "{not} ~1 see|seen|spot|spotted|notice|noticed ~1 me|him|her|them|us",
    "not ~2 exactly|as_such",
    "not|never ~2 happy|pleased|chuffed|delighted|thrilled|great|brilliant|amazing",
    # "Easy runs I used to chat through": what someone could do before, not a sign that is over.
    "used to ~3 chat|talk|manage|do|run|breeze|cruise|jog|finish",
    # Accustomed to, not over: "used to the numb bum from the saddle but this is different", "I'm used to it".
    "used to the|it|this|that|these|those|them|being|having|getting|a|an|some|my",
    # Easing with rest is angina's pattern (BHF), not a sign that is over: "went away once I walked".
    "went|goes|go|gone|eased|eases|settled|settles|stopped|stops ~1 away? once|when|as_soon_as|if|after ~2 "
    "stop*|walk*|rest*|slow*|sit*|sat",
    # A question about the sign is not a denial of it: "chest pain on runs, is that ok?", "ok to run?"
    "is|are|am|was|will|would that|this|it|i|everything|something ~1 ok|okay|normal|fine|alright|safe",
    "ok|okay|fine|normal|alright|safe to|or", "ok|okay|fine|normal|alright ?",
))
TERMINATORS = ("but", "however", "although", "though", "yet", "except", "whereas", "apart", "which", "because",
               "cos", "coz", "since", "still", "now", "until", "til", "till", "then",
               # a contrast with the usual: "can't get a sentence out when normally I chat"
               "when normally", "when usually", "when i normally", "when i usually", "where normally")
_TERMINATOR_RE = re.compile(r"(?<![^ ])(?:" + "|".join(TERMINATORS) + ") ")
# Whose a finding is does not end with time: "She's had lower back pain for a week and now has a fever" is still hers
# (a tenth new user); a new person ends it (_I_AFTER, and another person's own trigger).
_PERSON_TERMINATOR_RE = re.compile(r"(?<![^ ])(?:" + "|".join(
    t for t in TERMINATORS if t not in ("since", "still", "now", "until", "til", "till", "then")) + ") ")
# "since" with a date is when, not a new clause: "since July", "since the summer", "since last year".
_SINCE_DATE = re.compile(r"(?<![^ ])since (?:jan\w*|feb\w*|march|april|may|june|july|aug\w*|sep\w*|oct\w*|nov\w*|"
                         r"dec\w*|spring|summer|autumn|fall|winter|christmas|easter|new year|the (?:summer|spring|"
                         r"autumn|winter|new year|start of the year)|last (?:year|month|summer|spring|autumn|winter)|"
                         r"\d+ )")
# "back, neck, everything else fine": a list closed by "fine" denies every item of it.
# (tried only on a text with "all " or "everything ": where it fails, its six optional words each of two
# alternatives cost more than the rest of modifiers())
# With "else" only for a list the finding is an item of ("back, head, everything else fine"): "Numb
# groin after my run, everything else is fine" says the groin is not fine.
# A list of signs answered no at once: "it was no to all of them", "I said no to all three".
_NO_TO_ALL_SOURCE = (r"(?:it was |the answer was |answered |i said |said |he said |she said )?no to "
                     r"(?:all|any|each|every one|both)(?: of)?"
                     r"(?: them| those| these| it| three| four| five| 3| 4| 5)? ")
_LIST_CLOSER = re.compile(r"(?:(?:,|and|my|the|[a-z]+) ){0,6}(?:and )?(?:everything|all) "
                          r"(?:is |was |are |totally |completely |absolutely )*(?:fine|ok|okay|good) "
                          # (the finding itself, told with everything else: "back and everything else totally
                          # fine"; not "sprained my wrist, back and everything else is fine", lay-redflags48)
                          r"|and (?:everything|all) else (?:is |was |are |totally |completely |absolutely )*"
                          r"(?:fine|ok|okay|good) "
                          # (a list the answer denies: "(numb groin, peeing, weakness) and it was no to all of
                          # them", a tenth new user)
                          r"|(?:(?:,|and|[a-z]+) ){0,8}(?:and )?" + _NO_TO_ALL_SOURCE +
                          r"|(?:, (?:[a-z]+ ){1,2})+, (?:and )?(?:everything|all) else "
                          r"(?:is |was |are |totally |completely |absolutely )*(?:fine|ok|okay|good) ")
# "Didn't see the kicker and landed on my backside": "and" with a new verb starts a new clause.
_NEW_SUBJECT_RE = re.compile(r"(?<![^ ])(?:,|and) (?:i|it|my|she|he|they|we|you|her|his|their|[a-z]+ed|fell|went|hit|"
                             r"got|came|took|broke|ran|woke|felt) ")


# "Numb groin, bladder trouble, weak legs. I have none of those.": a list of signs denied by the
# sentence after it (NegEx's post-negation triggers, reaching back over one sentence end).
_DENIED_NEXT = re.compile(r"(?:(?:but|and|luckily|thankfully|fortunately|happily) )?(?:i |he |she |they |we )?"
                          r"(?:(?:have |has |had )?(?:got )?(?:none|neither)|(?:do |does |did |have |has )?"
                          r"(?:not|never) (?:got |have |get |had )?any) (?:of )?(?:those|these|them|that|the above) "
                          # the answer alone: "Neither, thank god." "None so far."
                          r"|(?:(?:but|and|luckily|thankfully|fortunately|happily) )?(?:neither|none) "
                          r"(?:\. |, |thank |thankfully |luckily |so far |yet |at all )"
                          r"|(?:(?:but|and|luckily|thankfully|fortunately|happily) )?nothing like (?:that|this) "
                          r"(?:with|for) (?:me|him|her|them|us) (?!before |ever |again |until |till |in )"
                          )
_WHAT_IF_SCOPE = re.compile(r"(?:^| )what (?:if|happens if|would happen if) (?!(?:i am |i'm |im |it is |this is )?"
                            r"(?:overreacting|over reacting|being silly|being paranoid|paranoid|nothing) )")
# ...up to a "but" or a told "now": "what if it's a disc? but now my legs are weak" is another sentence anyway.
_WHAT_IF_ENDS = re.compile(r"(?:^| )(?:but|now|today|already|actually) ")
# "I thought I had ...", "she was sure she had ...", then "but it was fine / nothing / not".
# (the sign within a few words of it: "I thought my groin was numb", "I thought my leg had gone weak", the
# hundred-and-twenty-second review)
_THOUGHT_BEFORE = re.compile(r"(?:^| )(?:(?:i|he|she|we|they) )?(?:thought|assumed|was sure|were sure|worried) "
                             r"(?:that )?(?:\S+ ){0,4}$")
_FOUND_FINE_AFTER = re.compile(r" ?(?:\S+ ){0,6}?(?:, )?(?:(?:but )?(?:it )?turn(?:s|ed) out |but (?:it|that|there|"
                               r"everything|all|they|he|she|i) (?:was|is|were|turned out|felt|seemed|had) (?:to be |"
                               r"actually |completely |totally |just )*(?:fine|nothing|ok|okay|normal|not|no|gone|"
                               r"imagined|the|a|my|from|cramp|stiffness|tiredness|tight|tightness|a cramp|just \S+)"
                               r"(?: |$))")
# A sentence that tells the one before it over: "That's all cleared now", "it has all gone", "I feel normal again".
_RESOLVED_NEXT = re.compile(
    r"^(?:(?:but|and|thankfully|luckily|happily|fortunately|anyway) )?(?:that|it|this|all that|all of that|everything|"
    r"they|those) (?:is |are |has |have |was )?(?:been )?(?:all |completely |totally |fully |long |since )*"
    r"(?:cleared|cleared up|gone|gone away|went away|stopped|eased off|passed|resolved|settled|settled down|over|"
    r"behind me|behind us|behind him|behind her)"
    # (a span told loosely too: "That cleared up over a week ago", forum48)
    r"(?: now| since| up| again| completely)? (?:\. |, |now |since |thank|and (?:i|my) |(?:\S+ ){0,2}(?:months?|"
    r"weeks?|years?|days?|fortnight) ago )"
    # "been over it since Wednesday"
    r"|(?:^|(?<![^ ])(?:i|he|she|we) )(?:have |has |am |is )?(?:been )?(?:totally |fully |completely )?over it "
    r"(?:since|now|for) "
    r"|(?<![^ ])(?:i|he|she) (?:feel|feels|felt|am|is|have been|has been) (?:totally |completely |fully |back to |"
    r"pretty much |mostly |like )?(?:normal|fine|better|well|myself|himself|herself|100%|100 %) (?:again|now) "
    # ...or with no subject: "Fully better now.", "All better now, first run back today" (lay-redflags49)
    r"|^(?:(?:but|and|thankfully|luckily|happily|fortunately) )?(?:fully|totally|completely|all|much|100%) "
    r"(?:better|recovered|fine|well|clear|over it)(?: now| again)? (?:\. |, |and )")
# ...unless the sentence keeps something going before it: "still sore, but it has all cleared"
_STILL = re.compile(r"(?<![^ ])(?:still|except|apart from|but) ")


def _next_sentence(text: str, at: int) -> str:
    """The sentence of `text` that starts at `at`, its closing mark kept ("... now . ")."""
    ends = [i for i in (text.find(" . ", at), text.find(" ? ", at)) if i >= 0]
    return text[at:min(ends) + 3 if ends else len(text)]


# ...unless it is told again later: "thought my groin was numb but it was fine. Now it's numb again" (review123).
_AGAIN_LATER = re.compile(r"(?<![^ ])(?:again|came back|come back|comes back|back again) ")
_SHORT_QUESTION = re.compile(r"(?:[^ .?]+ ){1,5}\? ")
_NO_TO_ALL = re.compile(r"(?:(?:but|and|luckily|thankfully|fortunately|happily) )?" + _NO_TO_ALL_SOURCE)
# "I don't have anything like that, just sore" after someone else's sign: the writer's is denied, not
# "I never had anything like this" (a sign new to them: a fortieth review).
_NOT_MINE_NEXT = re.compile(r"(?:(?:but|and|luckily|thankfully|fortunately|happily) )?i (?:do )?not have "
                            r"(?:anything|any of (?:that|those|them)) ?(?:like (?:that|those) )?(?:,|\.|just|only|"
                            r"thankfully|luckily|though|myself|me) ")

# "did not want to lose weight": a purpose denied is no purpose.
_NEGATED_BEFORE = re.compile(r"(?<![^ ])(?:not|never|no) (?:[^ ]+ ){0,2}(?:for|to|at|with) $")


@dataclass(frozen=True)
class _Compiled:
    forward: re.Pattern[str] | None
    backward: re.Pattern[str] | None
    reach: int
    adjacent: frozenset[str] = frozenset()
    clause_forward: re.Pattern[str] | None = None


_COMPILED = {
    modifier: _Compiled(compile_phrases(t.forward) if t.forward else None,
                        compile_phrases(t.backward) if t.backward else None, t.reach, frozenset(t.adjacent),
                        compile_phrases(t.clause_forward) if t.clause_forward else None)
    for modifier, t in TRIGGERS.items()
}


def modifiers(text: str, start: int, end: int) -> set[Modifier]:
    """The modifiers acting on the finding at text[start:end].

    `text` is a message in bot.phrases' form (words each followed by a space, "," and "." as
    words); the finding's own words never count as a trigger ("can not feel" is not negated).
    """
    lo = max(text.rfind(" . ", 0, start), text.rfind(" ? ", 0, start))
    ends = [i for i in (text.find(" . ", end - 1), text.find(" ? ", end - 1)) if i >= 0]
    before = text[lo + 3 if lo >= 0 else 0:start]
    # The sentence's own "?" stays in `after`, so that "...numb after my run ok ?" reads as asked.
    after = text[end:min(ends) + 3 if ends else len(text)]
    found: set[Modifier] = set()
    if ends and _DENIED_NEXT.match(text, min(ends) + 3):
        found.add(Modifier.NEGATED)
    # A question about the sign answered no: "Did he fall? He says no" (lay-redflags36), "Numbness? None." The
    # question must be the sign's own (not "...and now my legs are tingling, is that normal? No, I know it isn't")
    # and the answer no denial of before ("Weakness in his legs? Never, until this morning": the hundred-and-second
    # review).
    if (ends and text.startswith(" ? ", min(ends)) and (len(before.split()) <= 3 or _QUESTION_START.match(before))
            and (no := _ANSWERED_NO.match(text, min(ends) + 3)) and not _NOT_UNTIL.match(text, no.end())):
        found.add(Modifier.NEGATED)
    # Answered no with others in the next sentence ("It was no to all of them"), or past a run of signs asked as short
    # questions ("numb groin? bladder trouble? weak legs? It was no to all of them", the hundred-and-twenty-second
    # review).
    if ends and Modifier.NEGATED not in found:
        at = min(ends) + 3
        if text.startswith(" ? ", min(ends)):
            while short := _SHORT_QUESTION.match(text, at):
                at = short.end()
        if _NO_TO_ALL.match(text, at):
            found.add(Modifier.NEGATED)
    mine_denied = bool(ends) and _NOT_MINE_NEXT.match(text, min(ends) + 3) is not None
    sentence = before + text[start:end] + after
    first = text[start:end].split(" ", 1)[0]
    pseudo_before, pseudo_after = _Pseudo(before), _Pseudo(after, _loss_goes_on(after) if _LOSS.match(text, start)
                                                          else ())
    # A recent time in the finding's own clause keeps it new whatever past came before: "My husband had a slipped
    # disc last year and I went numb around my bum after my long run today" (a sixty-third review).
    # (the clause ends at a comma or a joined clause: not "...in 2019 after a crash and today my back is sore")
    recent = _RECENT_TIME.search(_CLAUSE_END.split(" " + after, 1)[0] + " ") is not None
    for modifier, rules in _COMPILED.items():
        # Denial and purpose act within their clause: "please help, lost 6 kg without trying".
        clause_marks = modifier in (Modifier.NEGATED, Modifier.INTENDED)
        if rules.forward and not (recent and modifier is Modifier.HISTORICAL) and _acts_forward(
                rules.forward, before, rules.reach, clause_marks, sentence, first, pseudo_before,
                _NOW if modifier is Modifier.HISTORICAL else _TOLD_SINCE if modifier is Modifier.HYPOTHETICAL else
                _I_AFTER if modifier is Modifier.OTHER_PERSON else None,
                _PERSON_TERMINATOR_RE if modifier is Modifier.OTHER_PERSON else _TERMINATOR_RE):
            found.add(modifier)
        # "Had a temperature last week but I'm fine now": a resolution reaches back over "but".
        elif rules.backward and _acts_backward(rules.backward, after, rules.reach, modifier is Modifier.NEGATED,
                                               modifier is Modifier.HISTORICAL, pseudo_after,
                                               timed=modifier is Modifier.INTENDED):
            found.add(modifier)
        elif modifier is Modifier.NEGATED and ("all " in after or "everything " in after) and _LIST_CLOSER.match(after):
            found.add(modifier)
        elif rules.adjacent and _purpose(before, text[start:end], rules.adjacent):
            found.add(modifier)
        elif rules.clause_forward and _acts_forward(rules.clause_forward, before, rules.reach, True, sentence, first,
                                                    pseudo_before, _TOLD_SINCE):
            found.add(modifier)
    # A modal just before the verb the finding tells: "my legs could give out mid-race" (the
    # hundred-and-twenty-fifth review) is a possibility, as "might" before it is; not "could barely hold me".
    # (not "would" of what kept happening on a day told: "my legs would give way every few steps on the run today",
    # the hundred-and-twenty-seventh review)
    if Modifier.HYPOTHETICAL not in found and first in _GIVING_VERBS and (
            ((modal := _MODAL_BEFORE.search(before[-40:]))
             and not (modal.group().startswith(("would", "will"))
                      and (_RECENT_TIME.search(sentence) or _SINCE_WHEN.search(sentence))))
            # ...or a question that opens on the modal: "would my legs give out if I run with a bad back?" (not with a
            # day told: "could my legs give way, they did on my run today")
            or (_MODAL_QUESTION.match(before) and not _RECENT_TIME.search(sentence))):
        found.add(Modifier.HYPOTHETICAL)
    # A modal inside the finding's own words, before the state it names: "with a disc my legs would be weak and
    # tingling" (a GP's words, lay-redflags49), "my legs might go numb". "would" only beside what makes it conditional
    # or reported ("if", "said", "with a"), not a habit told ("my legs would go numb every run"); never "will", which
    # tells a symptom that comes back ("since Tuesday my leg will give way if I walk too far", the 128th review).
    if Modifier.HYPOTHETICAL not in found and (inner := _MODAL_INSIDE.search(text, start, end)) and not (
            _RECENT_TIME.search(sentence)
            or inner.group(1) == "would" and not _CONDITIONAL_CUE.search(sentence)):
        found.add(Modifier.HYPOTHETICAL)
    # "What if" makes the rest of its sentence the imagined case, past a new subject: "what if I'm out on a long run
    # one day and my legs just give out" (forum45).
    if (Modifier.HYPOTHETICAL not in found and (asked := _WHAT_IF_SCOPE.search(before))
            and not _WHAT_IF_ENDS.search(before[asked.end():])):
        found.add(Modifier.HYPOTHETICAL)
    # The advice, then what it warned of told as happened: "the physio said to call if I lost control of my
    # bladder, and last night I did" (a review).
    if Modifier.HYPOTHETICAL in found and _SAFETY_NETTING.search(before) and _HAPPENED_AFTER.match(after):
        found.discard(Modifier.HYPOTHETICAL)
    # A fear of what it is, then the sign told as there since: "what if the numbness in my groin is serious? it's been
    # there since yesterday" (the hundred-and-thirteenth review).
    if Modifier.HYPOTHETICAL in found and ends and _THERE_SINCE.match(text, min(ends) + 3):
        found.discard(Modifier.HYPOTHETICAL)
    # Over, then back: "the numbness in my groin was all gone yesterday but it's come back today" (a review).
    if Modifier.HISTORICAL in found and _CAME_BACK_NOW.search(after):
        found.discard(Modifier.HISTORICAL)
    # "Is it normal to drop half a stone in a month without meaning to?": the "to" was no purpose.
    if Modifier.INTENDED in found and _UNMEANT_AFTER.match(after):
        found.discard(Modifier.INTENDED)
    # "Is spotting after running normal?", "are numb toes ok after a long run": asked whether the sign is normal,
    # not told that it is (a twenty-third new user). The sign must be what "is" asks about.
    if (Modifier.NEGATED in found and _ASKS_IF.search(before) and _ASKED_NORMAL.match(after)
            and not (text[start:end].endswith(_FUNCTIONS) and not _LOSS_OF.search(before[-25:] + text[start:end]))):
        found.discard(Modifier.NEGATED)
        # ("is the weak stream normal since my back went?": no "normal since" of a sign over, the hundred-and-sixth)
        if _ASKED_NORMAL_SINCE.match(after):
            found.discard(Modifier.HISTORICAL)
    # "No back pain until last week", "no back pain before this race, now it's agony": one since then.
    if Modifier.NEGATED in found and _SINCE_THEN.match(text, end):
        found.discard(Modifier.NEGATED)
    # A checklist's question answered yes ("Does it wake you at night? - every night this week") tells
    # the sign, as a symptom checker's answers do; answered no, it stays only asked.
    if Modifier.HYPOTHETICAL in found and ends and text.startswith(" ? ", min(ends)) and _ANSWERED_YES.match(
            text, min(ends) + 3):
        found.discard(Modifier.HYPOTHETICAL)
    # A sentence that opens on a past time and closes on the end of it: "Two weeks ago my chest hurt whenever I
    # breathed in deep and I got puffed walking to the car, GP listened, antibiotics, all cleared now and I've been
    # fine all week" (lay-redflags45). ConText's scope is the sentence; the resolution stands in a clause of its own,
    # with no subject of its own but "it" or "all".
    if (Modifier.HISTORICAL not in found and _PAST_OPENING.match(before) and (done := _RESOLVED_NOW.search(after))
            and not _BACK_AGAIN.search(after, done.end())):
        found.add(Modifier.HISTORICAL)
    # ...or closes on "but that's all (long) gone", which points back at the whole sentence however far: "a couple of
    # heavy colds with a temperature over the winter, probably made worse by running through them, but that's all
    # long gone" (forum46).
    if (Modifier.HISTORICAL not in found and (done := _ALL_OVER_LATER.search(after))
            and not _BACK_AGAIN.search(after, done.end())):
        found.add(Modifier.HISTORICAL)
    # "...a temperature and chills for a couple of days. That's all gone now": a sentence that points
    # back and tells it over ends the sign before it.
    if ends and Modifier.HISTORICAL not in found and (over := _OVER_NEXT.match(text, min(ends) + 3)):
        start = over.end() - 1
        if not over.group().endswith(". "):  # "It's gone now, been fine. It comes back every run": read on
            ends_over = [i for i in (text.find(" . ", start), text.find(" ? ", start)) if i >= 0]
            start = min(ends_over) + 2 if ends_over else len(text)
        later = [i for i in (text.find(" . ", start), text.find(" ? ", start)) if i >= 0]
        if not _BACK_AGAIN.search(text, start, min(later) if later else len(text)):
            found.add(Modifier.HISTORICAL)
    # ...or tells it over anywhere in it, with nothing still going: "my chest felt tight on the one run I tried. That's
    # all cleared now"; "six days with a temperature. It's been a week since and I feel normal again" (lay-redflags48,
    # forum44): ConText's historical modifier, its scope carried one sentence on.
    elif (ends and Modifier.HISTORICAL not in found
          and _RESOLVED_NEXT.search(following := _next_sentence(text, min(ends) + 3))
          and not _STILL.search(following)):
        found.add(Modifier.HISTORICAL)
    # "I think I might have a fever": a symptom told as had now, hedged, not a "what if" (a sixteenth new user);
    # still one with "if", "later" or a fear told ("I might have a fever later if this goes on").
    # A fear about what it is, then the sign told as had in a clause of its own: "I'm worried I might have a kidney
    # infection, I've got a fever" (a seventy-sixth review): the fear is of the cause, the fever is told.
    if Modifier.HYPOTHETICAL in found and " , " in before and not _LATER.search(after[:60]):
        clause = before.rsplit(" , ", 1)[1] + text[start:end] + " "
        # (a clause that fears or foresees in its own words is no sign had: "I've got a race on Sunday and might get
        # a fever", "I have a fear of my legs going numb", a seventy-eighth review)
        if _TOLD_HAD.match(clause) and not _FEARED_HERE.search(clause):
            found.discard(Modifier.HYPOTHETICAL)
    hedged = _HEDGED_HAVE.search(before) or (_HEDGED.search(before) and first in ("have", "be", "got"))
    if (Modifier.HYPOTHETICAL in found and hedged and _PRESENT_GUESS.search(f" {sentence}")
            and not _WHAT_IF.search(before) and not _LATER.search(after[:60])):
        found.discard(Modifier.HYPOTHETICAL)
    # A sign once thought to be there and found not to be: "I thought I had numbness in my groin but it was fine when
    # I checked" (the hundred-and-twenty-first review); placed after the rule that reads "was ... fine" as asking
    # whether the sign is normal.
    if _THOUGHT_BEFORE.search(before) and _FOUND_FINE_AFTER.match(after) and not _AGAIN_LATER.search(text, end):
        found.add(Modifier.NEGATED)
    if mine_denied and Modifier.OTHER_PERSON in found:
        found.add(Modifier.NEGATED)
    # (the owner's "my" of "my dog" is no first person: "my dog is dragging his back legs", a thirty-third new user)
    # ...nor the writer's own words after the finding: "my dog is dragging his back legs and I'm panicking" (the
    # hundred-and-fourteenth review); a first person before the finding, or in it, makes it the writer's
    if (animal := _ANIMAL.search(before)) and not _FIRST_PERSON.search(
            _without(f" {before}{text[start:end]} ", animal.group())) \
            and "charley horse" not in before and (_ITS.search(before, animal.end()) or _ITS.search(
                f" {text[start:end]} ") or len(before[animal.end():].split()) <= 3):
        found.add(Modifier.ANIMAL)
    # The animal the sentence before was about, as "he" or "she" here: "Our retriever is hunched up with his back
    # arched. He's shaky and panting more than usual."
    elif lo >= 0 and _PRONOUN_FIRST.match(before) and not _FIRST_PERSON.search(f" {sentence}"):
        back = max(text.rfind(" . ", 0, lo), text.rfind(" ? ", 0, lo))
        previous = text[back + 3 if back >= 0 else 0:lo + 1]
        if ((pet := _ANIMAL.search(previous)) and not _FIRST_PERSON.search(_without(f" {previous}", pet.group()))
                and "charley horse" not in previous
                and (_ANIMAL_OWN.search(f" {previous}") or _VET.search(f" {previous}{text[end:]}"))
                and not _PERSON.search(f" {_ANIMAL_OWN.sub(' ', previous)}")):
            found.add(Modifier.ANIMAL)
    return found


def _without(sentence: str, animal: str) -> str:
    """The sentence without the words that name the animal ("my dog "), whose owner's "my" tells no first person."""
    return sentence.replace(animal.split(" ", 1)[1] if animal[:1] in ",;" else animal, " ", 1)


# ...unless it goes on about the finding: "my groin went numb and it started this morning" (a sixty-fifth review).
_CLAUSE_END = re.compile(r" (?:,|and|but|so|then|while|though) (?!(?:it|this|that|which|started|began|came|only) )")
_SINCE_THEN = re.compile(r" ?(?:(?:pain|pains|ache|aches|problems?|issues?|trouble) )?"
                         r"(?:until|till|til|before (?:this|the|that|i|my|starting|running|last)) ")
_QUESTION_START = re.compile(r"(?:(?:and|so|but) )?(?:did|does|do|has|have|had|was|were|is|are|any|anything) "
                             # a question reported or named: "my physio asked if I had any numbness down there?",
                             # "the usual red flag about numbness in the groin?" (the hundred-and-third review)
                             # (whether, not about: "my wife keeps asking about my chest pain? No, it's not nothing";
                             # a red flag named, not "a question for the physios": the hundred-and-fourth review)
                             r"|(?:\S+ )*?(?:asked|asks|asking|ask)(?: me| him| her| us)? (?:if|whether) "
                             r"|(?:the|that|those|a|any) (?:usual |standard |classic |big |main |scary )?(?:red flags?|"
                             r"warning signs?|checklist|screening questions?) (?:about|re|regarding|for|on) "
                             # "before anyone asks about...", "the classic question about..." (the hundred-and-fifth)
                             r"|(?:\S+ )*?before (?:anyone|you|somebody|someone) asks? about "
                             r"|(?:the|that) (?:usual |standard |classic |obvious )?question about ")
# What works when it is normal, so "is my bladder control normal?" asks of no sign (the hundred-and-fourth review).
_FUNCTIONS = ("control ", "stream ", "flow ")
_NORMAL_ASKED = r"(?:\S+ ){0,5}?(?:normal|ok|okay|fine|common|usual)"
_ASKED_NORMAL_SINCE = re.compile(_NORMAL_ASKED + r" (?:since|after) ")
_LOSS_OF = re.compile(r"(?<![^ ])(?:loss|lack|weak|poor|no|lost|losing|trouble|problems?|slow|feeble) ")
# A question whether a sign is normal: "is" (or "are", "was") just before it, "normal", "ok" or "fine" ending the
# question after it.
# (not "is my bladder control normal": a thing asked about, not a sign told: the hundred-and-fourth review)
_ASKS_IF = re.compile(r"(?:^| )(?:is|are|was|were)(?: (?:it|this|that|these|some|a|any|light|my|her|his|the))?"
                      r"(?: (?:loss|lack) of)? $")
_ASKED_NORMAL = re.compile(_NORMAL_ASKED +
                           r"(?: (?:or|for|in|at|during|when|with|after|since|because|given|now) (?:\S+ ){0,5}?)?"
                           r"(?: ?\? | ?\. | ?$)")
# (only a time that ends the "no", "Never, until this morning", or "No, I know it isn't" of another question; not
# "No, but my back is sore", "No, only stiffness", "No. Then again...": the hundred-and-third review)
# ("then" only before a time: "Never, then last week they gave way", not "No, then I'd be at the GP": the
# hundred-and-fifth review)
_NOT_UNTIL = re.compile(r" ?(?:,|\.)? ?(?:until|till|til|not until|up until|up to|i know|"
                        r"then(?= (?:last|this|yesterday|today|on|one|suddenly|out of nowhere|recently|a week|a few|"
                        r"two|three|\d+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|out of the blue|"
                        r"all of a sudden|it (?:started|began|came|went|happened)) |"
                        # ...or a time that leads to its start: "Never, then after my long run on Sunday it started"
                        # (not "No. Then at the top of the hill I stopped to stretch": the hundred-and-eighth review)
                        r" (?:after|during|at|around|over|midway|halfway)[^.?]{0,50}? it (?:started|began|came on|"
                        r"went|happened|kicked in) )|"
                        r"before (?:today|this|yesterday|last|tonight|now))(?: |$)")
# (the answer alone, closed by a mark, at the message's end, or followed by an ordinary ache: not "?? never had that
# before", a sign new to the writer)
_ANSWERED_NO = re.compile(r"(?:- |: )?(?:(?:he|she|they|i|we|mum|dad) (?:says|said|swears|swore|insists|insisted) )?"
                          # (or nothing after it, or "just" an ordinary ache instead: "weakness in the legs? no just
                          # sore", the hundred-and-seventh review; not "no just tingly", the same sign in other words,
                          # the hundred-and-eighth)
                          r"(?:no|nope|nah|none|never|not at all)(?: (?:,|\.|!|thank|thankfully|luckily|at all|so far|"
                          r"(?:just|only) (?:sore|stiff|tight|tired|achy|aching|a bit|fine|normal|ok|okay|the usual|"
                          r"muscle|muscles|doms|knackered|exhausted))| ?$)")
_ANSWERED_YES = re.compile(r"(?:- |: )?(?:yes|yeah|yep|yup|definitely|always|constantly|every night|every single night|"
                           r"most nights|all the time|all night|nightly|every time)(?: |$)")
_PAST_OPENING = re.compile(r"(?:(?:so|well|and|but|about|around|roughly|maybe) )?(?:(?:a|one|two|three|four|five|"
                           r"six|\d+|a couple of|a few|few|several) (?:days?|weeks?|months?|fortnights?) ago|"
                           r"a fortnight ago|last (?:week|month|year|winter|summer|spring|autumn)) ")
_RESOLVED_NOW = re.compile(r"(?:^| )(?:,|and|but) (?:(?:it|that|everything|all of it) (?:is |was |has |had )?)?"
                           r"(?:been )?(?:all |completely |totally |fully )?(?:cleared|cleared up|gone|sorted|over|"
                           r"settled|healed|recovered|better|fine) "
                           r"(?:now|since|ever since|for weeks|for a week|within)")
_ALL_OVER_LATER = re.compile(r"(?:^| )but (?:that|it|this|all that|all of that) (?:is |was |has )?(?:been )?all "
                             r"(?:long )?(?:gone|over|behind me|cleared|cleared up|passed|sorted) ")
_OVER_NEXT = re.compile(r"(?:that|it|this|all that|all of that|both|those|they) (?:is |was |has |have |had |are )?"
                        r"(?:all |completely |totally |long |been )*(?:gone|over|cleared|cleared up|better|fine|"
                        r"sorted|settled|passed)(?: now| again| since \S+| for \S+ \S+)? (?:\. |(?<=now ), "
                        # (or signed off after it: "That's all long gone now - urologist signed me off", forum32)
                        r"(?:been fine|been ok|eating|(?:\S+ ){0,2}signed (?:me |him |her )?off|discharged|all clear"
                        # ...or none of it since: "That's all gone now, no temperature for 5 days." (lay-redflags46)
                        r"|no (?:temp|temperature|fever|symptoms|problems|issues|sweats|chills) (?:for|since)))"
                        # ...or a one-off, told so in the next sentence: "my genitals went numb for maybe two minutes
                        # ... Never happened before or since" (lay-redflags46)
                        r"|(?:it |that |this )?(?:has |had )?(?:never|not) happened "
                        r"(?:again since|again|since|before or since) "
                        r"(?:\. |, |and (?:everything|all|i am|i feel|i have been) )"
                        # ...or gone and well now: "It's all gone and I feel fine." (scope20)
                        r"|(?:that|it|this|all that|all of that) (?:is |was |has |have )?(?:all |completely |totally "
                        r"|long |been )*(?:gone|over|cleared|cleared up|better|passed) and (?:i|he|she|they) "
                        r"(?:feel|feels|felt|am|is|are|have been|has been|ve been) (?:fine|ok|okay|well|great|normal|"
                        r"better) \. "
                        # ...by a day, and well since: "That all cleared by Tuesday night and I've been fine since."
                        # (letters1)
                        r"|(?:that|it|this|all that|all of that) (?:all |had |has )?(?:cleared|cleared up|went|passed|"
                        r"settled)(?: away)? by \S+(?: \S+)? and (?:i have|i ve|i|he has|she has) (?:been|felt) "
                        r"(?:fine|ok|okay|well|great|normal)"
                        # ...with the time it took: "It settled within the week and I've slept fine since."
                        # (an episode's end that recurs is _BACK_AGAIN's: "It passed after an hour. The night
                        # before was the same.")
                        r"|(?:it|that|this) (?:had |has )?(?:settled|cleared|cleared up|went away|passed) "
                        # (over days, or slept fine since: "It passed after an hour." told of numbness or a weak
                        # leg is no end, a sixty-sixth review)
                        r"(?:within|in|after) (?:(?:\S+ ){0,3}(?:days?|weeks?|months?|years?) \. |(?:\S+ ){1,3}and "
                        r"(?:i have|i ve) "
                        r"(?:slept|been) (?:fine|ok|okay|well))"
                        # ...by when it ended, and well since: "By morning gone, totally fine all day and still fine
                        # now 3 days later." (lay-redflags45)
                        r"|(?:by (?:the )?(?:next )?|the next |next )(?:morning|day|lunch|lunchtime|afternoon|evening)"
                        r"(?: it| that|"
                        r" all)?(?: was| had| is| has)? (?:all |completely |totally )?(?:gone|over|cleared|cleared up|"
                        r"passed|broken|broke|fine|better|normal) (?:, |and )(?:[^.?]*? )?(?:fine|ok|okay|well|normal) "
                        r"(?:now|since|ever since)"
                        # ...or told gone by a time, with well since or no more: "Gone by the next day, no problems
                        # since.", "Sunday morning it had gone and I've been fine.", "Cleared up in 24 hours.", "gone by
                        # wed am, all gd since" (the hundred-and-sixteenth review)
                        r"|(?:(?:it|that|the fever|the temp|the temperature) )?(?:had |has |was )?(?:all )?(?:gone|"
                        r"cleared|cleared up|passed|broke|broken|over) (?:by|within|after|in) (?:\S+ ){1,3}(?:, |and )"
                        r"(?:\S+ ){0,3}(?:fine|ok|okay|well|normal|no problems|no issues|all good|all gd|no symptoms)"
                        r"(?: \S+){0,2} (?:now|since|ever since)"
                        r"|(?:\S+ ){0,2}(?:morning|day|night|evening|afternoon) (?:it|that) (?:had |has |was )?"
                        r"(?:all )?(?:gone|cleared|cleared up|passed|broke|broken|over) (?:, |and )"
                        r"(?:i have |i ve |i )?(?:been |felt )?(?:fine|ok|okay|well|normal)"
                        r"|(?:it |that )?(?:had |has )?(?:cleared|cleared up|gone|passed|broke) (?:in|within|after) "
                        r"(?:\S+ ){1,2}days? \. "
                        # (hours only for a fever's words: "It passed after an hour." told of numbness is no end, the
                        # sixty-sixth review)
                        r"|(?:it |that )?(?:had |has )?(?:cleared up|broke) (?:in|within|after) (?:\S+ ){1,2}"
                        r"(?:hours?|hrs?) \. "
                        # ...or named as an illness that has passed: "That was clearly a stomach bug, it's passed and
                        # I'm fine now." (forum30)
                        r"|(?:that|it|this) (?:was|is) (?:clearly |just |only |obviously |probably |definitely )?"
                        r"(?:a |the )?(?:stomach |tummy |sickness |winter )?(?:bug|virus|hangover|food poisoning|flu|"
                        r"cold) , (?:and )?(?:it|that) (?:is |has |was )?(?:passed|gone|over|cleared|cleared up)"
                        r"(?: and i am (?:fine|ok|okay|better)(?: now)?)? \. ")
# ...unless the next sentence brings it back: "It's gone now. It comes back every time I run though."
_THERE_SINCE = re.compile(r"(?:and |but )?(?:it|it is|it has|this|that|they|they have|i have had it|i have had them) "
                          r"(?:has |have )?(?:been )?(?:there |going on |like (?:that|this) |happening |numb |"
                          r"tingling )?(?:since|for (?:\S+ )?(?:days?|hours?|weeks?|a day|a week))")
_CAME_BACK_NOW = re.compile(r"(?<![^ ])(?:keeps? (?:on )?coming back|(?:comes|came|coming) back (?:on |with |after )?"
                            r"(?:every|each)"
                            # (the hundred-and-sixteenth review: "it went away but it keeps coming back")
                            r"|(?:come|came|coming|comes) back(?: \S+){0,2} (?:today|tonight|now|this "
                            r"(?:morning|afternoon|evening)|yesterday|last night|again)|back again|returned (?:today|"
                            r"now|this morning|yesterday|last night)"
                            # ...or by how often or when, or just told back: "clear now, but it came back at night
                            # twice", "it's come back" (the hundred-and-twenty-fifth review)
                            r"|(?<!not )(?<!never )(?:come|came|coming|comes) back(?: \S+){0,2} (?:twice|(?:two|three|"
                            r"several|a few|\d+) times|at night|every \S+)"
                            r"|(?:has|have|it|is) come back(?= (?:\.|,|\?|and|but) )) ")
_BACK_AGAIN = re.compile(r"(?<![^ ])(?:comes back|came back|coming back|every time|each time|keeps|every run|"
                         r"the night before|same thing|(?:was|is|were) the same|every night|each night|most nights|"
                         r"whenever|happens|(?:it|pain|that|this|happened|happening|started|back)(?: \S+){0,2} again) ")


def told_long_ago(text: str, lo: int, hi: int) -> bool:
    """A HISTORICAL trigger that sets a story in the past ("years ago", "as a teenager", "used to")
    stands within text[lo:hi]."""
    rx = _COMPILED[Modifier.HISTORICAL].forward
    return bool(rx and rx.search(text, lo, hi))


_NOW = re.compile(r"(?<![^ ])(?:this morning|this week|this month|today|tonight|yesterday|lately|recently|"
                  r"(?:it|pain|ache|that|this|back pain) (?:started|began)|ever since|i (?:started|began) |"
                  r"(?:started|began) getting |still (?:get|have|do) |"
                  r"these days|at the moment|currently|and now|and i (?:have|get|am|keep|still)|"
                  r"and my \S+ (?:is|are|has|keeps)|i have (?!had )|i ve (?!had ))")

# The backward HISTORICAL triggers that set another event long ago, and the times that keep the
# finding's own event recent (a thirty-eighth review).
_LONG_AGO = re.compile(r"(?:years ago|in the past|as a (?:kid|child|teenager)|when i was|at (?:school|uni)|"
                       r"in (?:19|20)\d\d)")
_RECENT_TIME = re.compile(r"(?<![^ ])(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|"
                          r"just now|an hour ago|\d+ (?:hours|minutes|mins) ago) ")

# A time of the writer's own that ends what was read or feared: "heard stories of people losing
# bladder control and last night I wet myself".
_TOLD_SINCE = re.compile(r"(?<![^ ])(?:and|but|then) (?:last night|yesterday|today|tonight|now|earlier|just now|"
                         r"this (?:morning|afternoon|evening|week)|last week) "
                         # ...or a clause after a comma that tells what did happen: "mum worries she might fall again,
                         # she fell yesterday and her back hurts"
                         # (the finding itself that clause's verb: ", she " ends the words before it)
                         r"|, (?:and )?(?:i|he|she|they|we) (?:(?:fell|slipped|tripped|collapsed|fainted|went|got|had|"
                         r"was|were|did) |$)")


class _Pseudo:
    """The spans of a text that only look like a trigger (PSEUDO), found once per text and only
    when some trigger matches there: most sentences hold none, and PSEUDO is the costliest pattern."""

    __slots__ = ("_text", "_spans", "_also")

    def __init__(self, text: str, also: tuple[tuple[int, int], ...] = ()) -> None:
        self._text = text
        self._spans: list[tuple[int, int]] | None = None
        self._also = also  # more spans that only look like a trigger here

    def covers(self, at: int) -> bool:
        """Whether offset `at` is inside a pseudo-trigger."""
        if self._spans is None:
            self._spans = [(m.start(), m.end()) for m in PSEUDO.finditer(self._text)] + list(self._also)
        return any(s <= at < e for s, e in self._spans)


# A finding told as a loss ("no control of my bladder", "can't feel the saddle"): what "has not come back"
# after it is what was lost, so the loss goes on ("lost control on Sunday and it hasn't come back"), unless
# it is told as an episode that passed: "once", "for a bit", "it went and...", "...hasn't come back since"
# ("since" alone; "since Tuesday even when she's off the bike" goes on).
_LOSS = re.compile(r"(?:no|lost|loss|losing|lose|can not|could not|cannot|unable to|not able to) ")
_NOT_BACK = re.compile(r"(?<![^ ])(?:has|have|had|did) not (?:\S+ )?(?:come|came|returned|return) (?:back )?")
_GOES_ON = re.compile(r"(?:yet |(?:\S+ ){0,3}even (?:when|though|off) )")
_EPISODE = re.compile(r"(?<![^ ])(?:once|for a (?:while|bit|minute|moment|second|few|couple)|for an hour|"
                      r"for \d+ (?:minutes|mins|hours|hrs|days)|stopped|passed|cleared|eased|sorted|"
                      r"settled|wore off|last (?:year|month|spring|summer|autumn|winter)) ")


def _loss_goes_on(after: str) -> tuple[tuple[int, int], ...]:
    """The span of a "has not come back" in `after` that tells a loss goes on, as a pseudo-trigger's; ()
    when there is none or the loss is told as an episode that passed."""
    m = _NOT_BACK.search(after)
    if m is None:
        return ()
    if not _GOES_ON.match(after, m.end()) and (after.startswith("since ", m.end())
                                               or _EPISODE.search(after, 0, m.start())):
        return ()
    return ((m.start(), m.end()),)


# The writer taking over as subject ends another person's scope (ConText's experiencer): "my dad had bowel
# cancer and I had breast cancer 3 years ago" tells the writer's own.
_I_AFTER = re.compile(r"(?<![^ ])(?:and|but|,|\.|then|so|while|whereas) i (?!(?:think|thought|know|knew|feel|felt|"
                      r"reckon|guess|believe|wonder|suppose|said|told|asked|went (?:with|to|along|for)|took|"
                      r"drove|helped|caught|worry|worried|hope|mean|saw|noticed|want|wanted|was with|am with|looked|"
                      r"look) )")


_OWN_NEGATION = frozenset(("can", "cannot", "could", "unable"))


def _acts_forward(rx: re.Pattern[str], before: str, reach: int, clause_marks: bool, sentence: str, first: str,
                  pseudo: _Pseudo, stop: re.Pattern[str] | None = None,
                  terminators: re.Pattern[str] = _TERMINATOR_RE) -> bool:
    """A trigger in `before` whose scope reaches its end (the finding, whose first word is `first`);
    `pseudo` holds the spans of `before` that only look like a trigger; `stop` ends the scope too
    ("last year ... this morning": a new time)."""
    for m in rx.finditer(before):
        if pseudo.covers(m.start()):
            continue
        between = before[m.end():]
        if len(between.split()) > reach or terminators.search(between) or (stop and stop.search(between)):
            continue
        if clause_marks and (" , " in f" {between}" or _NEW_SUBJECT_RE.search(f"{between}{first} ")):
            continue
        # A finding that tells its own "can't", joined by "and", is a clause of its own: "havent slept well and cant
        # feel my saddle area" (a seventh new user) denies the sleep, not the feeling.
        if clause_marks and first in _OWN_NEGATION and " and " in f" {between}":
            continue
        if m.group() == "if " and (len(between.split()) > IF_REACH or " , " in f" {between}"
                                   or not _conditional(sentence)):
            continue
        return True
    return False


# "none" standing for what was told: "none of that", "none at all", "none , thank god" (not "none of the pads").
# (not "none of it works": the treatments tried, the hundred-and-fourth review)
_NONE_OF_THAT = re.compile(r"(?:of (?:that|it|those|these|them|this)(?! (?:works?|worked|helps?|helped|eases?|eased|"
                           r"does|did|makes?|made|seems?|touches|touched|shifts?|budges?|stops?|stopped|fixes|fixed))|"
                           r"at all|whatsoever|thank|thankfully|luckily|,|\.|\?|$)")


def _acts_backward(rx: re.Pattern[str], after: str, reach: int, clause_marks: bool, crosses_but: bool,
                   pseudo: _Pseudo, timed: bool = False) -> bool:
    """A trigger in `after` whose scope reaches back to its start (the finding); with `timed`, over a
    "since" that only dates it ("lost 23 kilos since July on purpose")."""
    for m in rx.finditer(after):
        if pseudo.covers(m.start()):
            continue
        between = after[: m.start()]
        if len(between.split()) > reach:
            continue
        stop = _TERMINATOR_RE.search(_SINCE_DATE.sub("", between) if timed else between)
        if stop and not (crosses_but and stop.group() in ("but ", "now ")):
            continue
        # "fell down the stairs yesterday, I had a fall as a child too": the long-ago is another event
        if crosses_but and _LONG_AGO.match(m.group()) and _RECENT_TIME.search(between):
            continue
        # "...losing control of your bladder - none of that, thank god": "none" set just after the mark denies
        # what the clause before told.
        if clause_marks and (" , " in f" {between}" or _NEW_SUBJECT_RE.search(between)) and not (
                between == ", " and m.group() == "none " and _NONE_OF_THAT.match(after, m.end())):
            continue
        return True
    return False


def _purpose(before: str, finding: str, adjacent: frozenset[str]) -> bool:
    """The finding is the purpose of what comes before: "any use for losing weight", "running to
    lose weight"; not "had to tighten my belt", not "didn't want to lose weight"."""
    last = before[-12:].split()[-1:]
    if not last or last[0] not in adjacent or _NEGATED_BEFORE.search(before[-40:]):
        return False
    return last[0] != "to" or finding.startswith(("lose ", "shed ", "drop "))


def _conditional(sentence: str) -> bool:
    """"If" makes a finding hypothetical only in a sentence with a modal or "ever" ("if my foot ever
    went weak, would I know?"); "if I run far my legs give way" tells a real finding."""
    return bool(re.search(r"(?<![^ ])(?:would|will|should|could|might|ever|what|happens|happened|got|get|gets|"
                          r"start|started|develop|developed) ", sentence)
                or _SAFETY_NETTING.search(sentence))


# ...and what it warned of, told as happened later in the sentence: "..., and now it has", "and last night I did",
# "which I have since this morning".
_HAPPENED_AFTER = re.compile(r"(?:\S+ ){0,10}?(?:and|but|which|, )(?: \S+){0,3}? (?:i|it|he|she|they|that) "
                             r"(?:did|has|have|had|do|does)(?: happened)? (?:, |\. |\? |since |now |today |again |"
                             r"twice |this |last |and |$)")


# What takes a loss's purpose back later in its sentence: "...drop half a stone in a month without meaning to".
_UNMEANT_AFTER = re.compile(r"(?:\S+ ){0,8}?(?:without (?:even )?(?:meaning to|trying|wanting to)|not on purpose) "
                            # ...or, later, nothing done for it by the one who lost it: "lost a lot of weight (we all
                            # joked he'd finally got lean) but on Sunday he told me he hasn't changed a thing"
                            # (lay-redflags46; not the writer's own "I thought I'd be 5 kg lighter by now but I haven't
                            # changed anything")
                            r"|(?:\S+ ){0,24}?(?:he|she|they) (?:has|have|had|did) not changed (?:a thing|anything) ")


# A clinician's safety-netting, told as advice given, before its "if": "A&E said come back straight away if
# I go numb down below" (not "if I come back to running my legs give way": the return is the condition there).
_SAFETY_NETTING = re.compile(r"(?<![^ ])(?:said|says|told \S+|advised \S+|advice was|instructions were|leaflet says)"
                             r"(?: to)?(?: \S+){0,2} (?:come back|go back|call|ring|phone|seek|get help|go straight|"
                             r"go to|return)(?: \S+){0,4} if ")
