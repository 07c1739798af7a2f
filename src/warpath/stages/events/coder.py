"""The event stage: who did what to whom, when and where, with modality, attribution and evidence.

For every verb of a sentence (see :mod:`.clauses`) the verb lexicon gives a
CAMEO code from the verb and what it governs ("launched a strike" is 190,
"gave permission" 08x); the subject's actors are the sources and the first
actors found among the objects, then prepositional phrases, are the targets
(compound subjects and objects give one event per pair). Then:

- the complement of a verbal event is part of it ("urged Russia to withdraw" is
  one appeal), except under a permission, whose complement stays a separate,
  hypothetical event;
- a reporting verb ("said", "reported") is not an event of its own when the
  clause it reports is one: that clause becomes ``reported`` with the
  reporter as attribution, or ``asserted`` when the reporter is its own source
  ("Biden announced that he had given permission");
- an agentless passive ("missiles had been fired") takes its actors from the
  latest event of the same CAMEO root in the preceding sentences.
"""

from __future__ import annotations

import hashlib
from itertools import takewhile
from collections.abc import Sequence
from dataclasses import replace

from ...actors_dict import ActorDictionary
from ...codebook import Codebook
from ...document import HAPPENED, Actor, ActorRef, Document, Event, Evidence, Location
from ...lexicon import VerbLexicon
from ...places import PLACE_ENTITIES, Gazetteer
from ..actors import (DATELINE, HAZARDS, QUANTITIES, WEAPONS, against, country_of, is_document, is_weapon,
                      mention_root, noun_before, short_names_meant, without_possessive)
from ..headlines import original_case
from ..times import clause_tense
from . import modality as modality_rules
from .clauses import (ATTACK_NOUNS, BEFORE_AFTER, CHARGES, NAMING, SUBJECT_DEPS, Predicate, agent_objects, antecedent,
                      clause_tokens, conjuncts, for_to, gerund_owner, hung_objects, infinitival, is_what, lemmas,
                      passive_group, predicates, prospective)
from .dating import CONTEXT_SENTENCES, event_date

TARGET_PREPS = ("against", "on", "upon", "into", "with", "at", "inside", "within", "to", "toward", "towards",
                "over", "for", "from", "of", "between", "among", "onto", "near", "about", "alongside")
TARGET_ORDER = {word: n for n, word in enumerate(TARGET_PREPS)}
PARTICLE_PREPS = frozenset({"off", "up", "down", "out", "away"})
ADDRESSEE_PREPS = frozenset({"on", "upon", "to", "with"})
COMPLAINING = frozenset({"complain", "protest", "grumble"})
"""Verbs whose "to" phrase is whom they are told to, their "over"/"about" phrase whom they are against."""
ABOUT_PREPS = frozenset({"over", "about", "against"})
MISSIONS = frozenset({"force", "forces", "mission", "operation", "operations", "contingent", "deployment"})
"""Nouns of an organisation's mission somewhere ("the UN peacekeeping force in South Sudan")."""
TOPIC_PREPS = frozenset({"over", "about", "on", "for", "regarding", "concerning"})
"""Prepositions of what a noun is about ("pessimism over holding talks", "optimism about ending the war")."""
PROPOSALS = frozenset({"idea", "proposal", "plan", "offer", "initiative", "suggestion"})
"""Nouns for a proposal the article told (an appeal or a stated intent): "rejected the idea" is the proposer's."""
DEED_ROOTS = {"arrest": ("17",), "detention": ("17",), "crackdown": ("17",), "expulsion": ("17", "16"),
              "killing": ("18", "19", "20"), "execution": ("18", "20"), "deployment": ("15",), "drill": ("15",),
              "exercise": ("15",), "test": ("15", "19"), "launch": ("15", "19"), "seizure": ("17", "19"),
              "sanction": ("16",), "tariff": ("16",)}
"""The CAMEO roots of the deeds a noun of :data:`MOVE_NOUNS` names: "criticised the arrest" is of the last
arresting told, if one was."""
FIRE_NOUNS = frozenset({"strike", "airstrike", "bombardment", "shelling", "bombing"})
"""Attack nouns of fire from afar, with :data:`FIRE_CODES`, CAMEO's codes of artillery and aerial attacks."""
FIRE_CODES = frozenset({"194", "195"})
REPELLING = frozenset({"repel", "repulse", "thwart", "foil", "beat", "fend"})
"""Verbs of force whose attack object is the attacker's: "repelled the attack"."""
WARNINGS = frozenset({"warning", "threat", "ultimatum"})
"""Nouns for a threat the article told: "Japan protested the travel warning" is the warner's."""
SAID_NOUNS = ((CHARGES, ("112",)), (PROPOSALS, ("02", "03")), (WARNINGS, ("13",)))
"""Nouns for what someone said, with the codes or roots of the events that say it."""
CLAIMS = frozenset({"charge", "accusation", "allegation", "claim", "call", "demand", "proposal", "request", "appeal",
                    "offer", "plan", "criticism", "suggestion", "ultimatum", "warning", "threat", "assertion"})
"""What someone says or asks, whose author (by, from) the verb's act answers."""
RECIPIENT_PREPS = frozenset({"to", "at", "against", "into", "toward", "towards"})
"""Prepositions of who receives what a verb's object names ("sold weapons to Syria", "fired drones at Kyiv")."""
RECEIVING = frozenset({"receive", "get", "obtain", "accept"})
FREEING = frozenset({"free", "release", "liberate"})
EXPELLING = frozenset({"expel", "deport", "evict", "oust", "kick", "ban", "bar", "banish", "exclude"})
LOCATION_PREPS = frozenset({"in", "near", "at", "outside", "inside", "across", "within", "around", "off",
                            "throughout"})
PARTY_PREPS = frozenset({"with", "between", "against"})
INSTRUMENT_PREPS = frozenset({"with", "using", "by"})
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
PERMISSION_ROOTS = frozenset({"08"})
INTENT_ROOTS = frozenset({"03"})
FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
LINKED = frozenset({"link", "tie", "affiliate", "loyal", "allied", "ally", "connect", "close"})
"""Words of belonging to a side: "hackers linked to the Iranian government", "rebels loyal to Machar"."""
BROKERING = frozenset({"broker", "mediate", "facilitate", "host", "sponsor", "negotiate"})
"""Verbs of a go-between's part in others' deal: "a ceasefire brokered by Qatar and Egypt"."""
FIRING = frozenset({"fire", "launch", "shoot", "drop", "fly", "pilot", "operate", "plant", "detonate", "send"})
"""Verbs of using a weapon: "rockets fired by Hamas", "a drone launched by the Houthis"."""
ATTACK_ROOTS = frozenset({"18", "19", "20"})
COERCION_ROOTS = frozenset({"17", "18", "19", "20"})
WHILE_MARKS = frozenset({"as", "when", "while"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "us"})
CROWD_SECTORS = frozenset({"", "CVL", "OPP", "REB", "LAB", "EDU", "REF", "AGR", "REL"})
"""Sectors of people who gather, protest or fight (a country's name too: "as Palestinians threw stones")."""
SUFFERED = frozenset({"death", "killing", "murder", "arrest", "detention", "imprisonment", "jailing", "shooting",
                      "execution", "disappearance", "abduction", "kidnapping", "torture", "beating", "sentencing"})
"""What is done to someone that people protest against ("the death of a blogger"): not whom they protest."""
FACELESS_FORCE = frozenset({"bombing", "bomb", "explosion", "blast", "device", "ied", "mine", "landmine", "minefield",
                            "attack", "airstrike", "strike", "shelling", "rocket", "missile", "drone", "gunfire",
                            "ambush", "raid", "bomber", "gunman", "gunmen", "assailant", "attacker", "sniper",
                            "militant"})
"""Subjects that use force without saying whose: "a roadside bomb killed ...", "gunmen shot ..."."""
MEASURE_NOUNS = frozenset({"sanction", "embargo", "ban", "restriction", "boycott", "blockade", "tariff", "curfew"})
AERIAL = frozenset({"missile", "rocket", "drone", "warplane", "jet", "aircraft", "plane", "helicopter", "gunship"})
"""Aerial weapons: force they are named using is CAMEO's 195 ("warplanes struck", "missiles hit")."""
MEASURE_ROOTS = frozenset({"13", "16", "17"})
"""Roots of threatening, reducing relations and coercing: codes of the measures a verb's object names."""
MOVE_NOUNS = frozenset({"move", "step", "incursion", "deployment", "demolition", "killing", "arrest", "detention",
                        "crackdown", "annexation", "execution", "expulsion", "seizure", "blast", "explosion",
                        "launch", "test", "gesture", "decision", "action", "provocation", "behaviour", "behavior",
                        "drill", "exercise", "manoeuvre", "maneuver", "sanction", "tariff"})
"""Nouns for the last deed an article told: "condemned the move", "welcomed the gesture"."""
VISIT_CODES = frozenset({"042", "043", "044"})
REFUGE = frozenset({"asylum", "refuge", "sanctuary", "shelter"})
MOVING_FORCES = frozenset({"send", "deploy", "redeploy", "dispatch", "withdraw", "pull", "mobilize", "mobilise",
                           "mass", "strengthen", "reinforce", "station", "move", "contribute", "evacuate", "bring"})
"""Verbs of moving or building up forces: their object is the source's forces, not whom it acts on."""
MOVEMENT_PREPS = frozenset({"to", "into", "from", "in", "inside", "near", "across", "toward", "towards", "out"})
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
FORCE_NOUNS = frozenset({"troop", "soldier", "force", "peacekeeper", "contingent", "platoon", "battalion", "brigade",
                         "unit", "marine", "paratrooper", "army"})
LEAVING = frozenset({"leave", "depart", "quit", "exit"})
ALLIED = frozenset({"join", "help", "assist", "support", "train", "reinforce", "bolster"})
PLACE_RULE_CODES = frozenset({"0813", "0814", "1723", "1724"})
MEETING_CODES = frozenset({"026", "028", "036", "038", "039", "105", "108", "125", "126", "134", "164"})
"""Appeals, intents, demands and refusals to meet, negotiate or mediate: their place is where, not whom."""
TOWN_NOUNS = frozenset({"town", "city", "capital", "village", "port"})
"""Nouns of a town, a name's head in "the city of Kharkiv", "the regional capital Juba"."""
REGION_NOUNS = frozenset({"region", "province", "oblast", "district", "governorate"})
"""Nouns of a region, a name's head in "the Dnipropetrovsk region": where force is used, not whom."""
STRUCK_PREPS = frozenset({"at", "on", "against", "upon"})
"""Prepositions of what force is used on: "fired a missile at Dnipro", "an attack on Kharkiv"."""
"""Curfews, states of emergency and martial law, imposed or eased: on the people of the place they are for."""
STATE_ACTS = frozenset({"173", "174", "1822", "090", "091"})
"""Arrests, deportations, torture and criminal investigations ("was put under investigation in Italy"): the
state's own acts, whoever the text leaves unnamed."""
DYING = frozenset({"die", "succumb"})
FATAL_ABUSE = {"torture": "torture", "beating": "beat", "mistreatment": "mistreat", "maltreatment": "mistreat",
               "ill-treatment": "mistreat", "abuse": "abuse"}
"""What someone died of ("died as a result of torture") that someone did to them: the verb for doing it."""
HOME_STATE_ACTS = STATE_ACTS | {"1823"}
"""A state's acts on people, executions too, that fall on its own people when the text places them nowhere."""
OPPOSITION = frozenset({"REB", "OPP", "INS", "SEP", "RAD"})
"""Sectors that stand against their country's state: they speak for themselves, not for it."""
OWN_SIDES = OPPOSITION | {"UAF"}
"""Sectors that are a side of their own, apart from their country's state (and militias: "a Fano spokesman
denied the claim" of the government)."""
PLACING_PREPS = frozenset({"to", "from", "during", "into", "onto", "with", "under"})
"""Prepositions of a phrase of the verb whose object's own "in ..." phrase places the act."""
TRAVELLERS = frozenset({"CVL", "REF", "PPL", "BUS", "EDU", "LAB", "REL", "MED", "GOV", "LEG"})
"""Sectors of people who board a ship or plane to travel on it."""
OCCUPYING = "192"
"""CAMEO's occupying territory: what is taken is land."""
SEIZING = frozenset({"seize", "capture", "grab"})
"""Verbs of seizing property (171) that, with a place's name as object, occupy territory."""
RESIGNING = frozenset({"resign", "step", "quit", "abdicate"})
"""Verbs of leaving an office (CAMEO's 0831 by their patterns): PLOVER's RETREAT, mode "resign", where its
official mapping of 0831 types acceding to demands for a change of leader as CONCEDE."""
MANUAL_PLOVER = {"0813": ("CONCEDE", None), "0814": ("CONCEDE", None), "163": ("SANCTION", "discontinue")}
"""Codes whose acts, made, the PLOVER manual types otherwise than the official mapping: lifting a curfew or a
state of emergency is a concession (its CONCEDE section; the mapping says RETREAT), and international
sanctions and embargoes are SANCTION "discontinue" (the mapping says COERCE "restrict", which the manual keeps
for restrictions on freedoms and movement)."""
MUTUAL_VERBS = frozenset({"meet"})
CRAFT = frozenset({"jet", "aircraft", "warplane", "plane", "helicopter", "warship", "ship", "submarine", "bomber"})
"""Weapons with crews: they act in material cooperation as well as by force."""
STOPPING = frozenset({"suspend", "close", "cease", "stop", "halt", "shut", "closure", "suspension", "shutdown"})
"""Verbs and nouns of stopping an activity."""
SILENCED = {"MED": "1721", "PTY": "1722", "OPP": "1722"}
"""Who is stopped by an order, and the restriction that order imposes: the press's expression, a party's work."""
FREQUENCY = frozenset({"frequently", "repeatedly", "often", "regularly", "routinely", "constantly", "usually",
                       "sometimes", "occasionally", "periodically", "habitually"})
COMMITTING = frozenset({"agree", "pledge", "promise", "vow", "offer", "decide", "plan", "intend", "commit",
                        "resolve", "undertake", "volunteer"})
"""Verbs of commitment whose complement, if it is an action, is the event: "agreed to open its borders"."""
ATTEMPTING = frozenset({"try", "attempt"})
"""Verbs whose complement of force or coercion was done, if perhaps without success: not an intent."""
HELPING = frozenset({"help", "assist"})
"""Verbs whose coded complement is the event itself: "helped broker a ceasefire" is mediating."""
REASONS = frozenset({"protest", "response", "retaliation", "reaction", "reprisal", "exchange", "return", "solidarity"})
"""Nouns of "in protest", "in response", "in exchange" ...: the phrase after them gives a reason or a price, not the
target or the place."""
GIVING_UP = frozenset({"cancel", "scrap", "abandon", "drop", "shelve", "ditch", "freeze", "suspend", "postpone",
                       "halt", "stop", "reverse", "rescind", "revoke", "withdraw", "end", "kill", "axe", "abort"})
PLANS = frozenset({"plan", "proposal", "decision", "idea", "intention", "bid", "project", "scheme", "move",
                   "effort", "attempt", "offer"})
"""Nouns of something intended, whose infinitive, given up (GIVING_UP), is not coded: "cancelled plans to sell"."""
ADOPTING = frozenset({"adopt", "pass", "approve", "endorse", "back"})
RESOLUTIONS = frozenset({"resolution", "declaration", "motion", "communique", "communiqué", "statement"})
"""What a body adopts (ADOPTING) that says something: "adopted a resolution condemning Russia"."""
ANNOUNCING = frozenset({"announce", "declare", "unveil", "order", "confirm", "approve"})
CAUSING = frozenset({"make", "let", "have"})
"""Verbs whose clause's subject is whom they act on: "make Spain pay"."""
ORDERING = frozenset({"order", "instruct", "command", "direct"})
"""Verbs whose object carries out the force their complement names: "ordered the army to attack"."""
"""Verbs whose object can name the event itself: "announced a suspension of aid" is the suspension."""
COMPLETING = frozenset({"complete", "finish", "conclude", "begin", "start", "speed", "accelerate"})
BEGINNING = frozenset({"begin", "start", "commence", "initiate"})
"""Verbs that, with an object the lexicon has for "launch", are launching it ("began an offensive")."""
"""Verbs with no event of their own whose object can name one: "completed its withdrawal" is withdrawing."""
COLLECTIVES = frozenset({"militia", "regime", "coalition", "alliance", "delegation", "side", "camp", "junta",
                         "leadership", "administration", "cabinet", "population", "people", "community",
                         "network", "wing", "confederation", "federation", "association", "organisation",
                         "organization", "committee", "council", "movement", "front"})
"""Singular nouns for a body of people, whose owner acts when they have no actor of their own."""
IRREGULAR = dict(pair.split(":") for pair in (
    "overran:overrun withdrew:withdraw withdrawn:withdraw overthrew:overthrow overthrown:overthrow "
    "fought:fight shot:shoot struck:strike stricken:strike sought:seek threw:throw thrown:throw led:lead "
    "held:hold took:take taken:take gave:give given:give broke:break broken:break beaten:beat froze:freeze "
    "frozen:freeze forbade:forbid forbidden:forbid stole:steal stolen:steal swore:swear sworn:swear "
    "spoke:speak spoken:speak met:meet sent:send sold:sell bought:buy brought:bring told:tell won:win "
    "lost:lose hid:hide hidden:hide stood:stand slew:slay slain:slay kept:keep left:leave dealt:deal "
    "drew:draw drawn:draw drove:drive driven:drive rose:rise risen:rise began:begin begun:begin "
    "blew:blow blown:blow fled:flee flew:fly flown:fly forgave:forgive forgiven:forgive wrote:write "
    "written:write undertook:undertake undertaken:undertake overtook:overtake overtaken:overtake "
    "overrode:override overridden:override upheld:uphold withheld:withhold laid:lay seized:seize "
    "sank:sink sunk:sink bit:bite bitten:bite fell:fall fallen:fall shut:shut spread:spread split:split "
    "bled:bleed fed:feed sped:speed swept:sweep wept:weep caught:catch taught:teach bound:bind "
    "forsook:forsake forsaken:forsake rebuilt:rebuild built:build burnt:burn").split())
"""Irregular past forms and their verbs, for a parse whose lemma is the form itself."""
PREFIXES = ("re", "over", "under", "out", "with", "up")
"""Prefixes of irregular verbs the table has without them: "retook" is "retake"."""
DOWNING = frozenset({"shoot", "intercept", "down", "destroy", "disable", "neutralize", "neutralise", "strike", "hit",
                     "sink", "attack", "target", "damage", "capture", "seize"})
"""Verbs whose weapon object is what force is used on: "shot down 50 Russian drones", "struck a Russian
warship"."""
CROWDS = frozenset({"thousand", "hundred", "dozen", "million", "ten"})
"""Counts that stand for a crowd when nothing follows them: "Thousands rallied in Tbilisi"."""
PACKAGES = frozenset({"package", "tranche", "consignment", "batch"})
"""Nouns of a bundle of what is given or imposed, named by their modifiers: "aid package", "sanctions package"."""
NOMINALS = {
    "suspension": "suspend", "withdrawal": "withdraw", "expulsion": "expel", "deployment": "deploy",
    "imposition": "impose", "closure": "close", "resumption": "resume", "cancellation": "cancel",
    "postponement": "postpone", "reduction": "reduce", "extension": "extend", "detention": "detain",
    "evacuation": "evacuate", "invasion": "invade", "occupation": "occupy", "recognition": "recognize",
    "restoration": "restore", "termination": "terminate", "abolition": "abolish", "destruction": "destroy",
    "seizure": "seize", "execution": "execute", "deportation": "deport", "extradition": "extradite",
    "annexation": "annex", "rejection": "reject", "refusal": "refuse", "donation": "donate",
    "contribution": "contribute", "provision": "provide", "delivery": "deliver", "shipment": "ship",
    "sale": "sell", "lifting": "lift", "easing": "ease", "removal": "remove", "relaxation": "relax",
    "expansion": "expand", "mobilisation": "mobilize", "mobilization": "mobilize", "blockade": "blockade",
    "dismissal": "dismiss", "resignation": "resign", "arrest": "arrest", "retaliation": "retaliate",
    "intervention": "intervene", "acquittal": "acquit", "conviction": "convict", "pardon": "pardon",
    "assistance": "assist", "aid": "aid", "funding": "fund",
}
"""Nouns that name an action, with its verb: what an announced noun is matched as."""
CONDITION_MARKS = frozenset({"if", "unless", "until"})
GATHERINGS = {"meeting": "meet", "visit": "visit", "trip": "visit", "rally": "rally", "demonstration": "demonstrate",
              "protest": "protest", "march": "march"}
"""Nouns of a "for"/"on" phrase that are the event of a verb of no event of its own, with their verb."""
CLAIMING = frozenset({"claim"})
"""Verbs of a claim that is only the claimant's word: one's own act claimed is reported, not asserted."""
OWN_CLAIM_DOUBT = 0.2
"""Confidence taken from an act known only from its own author's claim."""
CLAIM_WEIGHT = 0.15
"""Confidence added to a claim of responsibility over the statement it was coded as: the claim names an act."""
HOLDING = frozenset({"hold", "detain", "imprison", "jail", "kidnap", "abduct", "capture", "seize", "arrest"})
"""Verbs of holding people, whose agent is who freed them when they are freed by no one named."""
PRISONERS = frozenset({"prisoner", "detainee", "inmate"})
"""People a state holds: freed where no one is named, the place's state freed them."""
CAPTIVITY = frozenset({"captivity", "detention", "custody", "prison", "jail", "camp", "hostage"})
"""Nouns of where people are held, whose place holds them: "released from captivity in Libya"."""
VISITING = frozenset({"visiting", "incoming", "outgoing", "departing", "ruling", "reigning", "sitting"})
"""Participles used as adjectives before a name ("against visiting Saudi Crown Prince ...")."""
SENDING = frozenset({"send", "dispatch", "deploy", "fly", "rush"})
"""Verbs of sending people somewhere to do something: "sent experts to Saudi Arabia to investigate the
attacks" investigates in Saudi Arabia."""
GOING = frozenset({"gather", "join", "come", "arrive", "travel", "fly", "head", "go", "leave", "lead", "sit",
                   "convene", "assemble", "set", "embark", "converge", "flock", "pour", "march"})
"""Verbs of going and gathering, whose "for a meeting", "on a visit" is their event."""
AMOUNTS = frozenset({"increase", "rise", "boost", "hike", "package", "million", "billion", "sum", "amount",
                     "tranche", "round", "batch"})
"""Nouns that measure what their "in"/"of" phrase names: "an increase in funding" is funding."""
POLICING = frozenset({"COP", "JUD"})
"""Sectors that act at home: whom police or courts act on is of their own country unless placed elsewhere."""
MEMBERS = QUANTITIES | {"batch", "deployment", "detachment", "team", "wave", "squad", "leader", "leadership",
                       "supporter", "follower", "loyalist"}
"""Nouns whose "of" phrase names who acts: "a first batch of Bangladeshi troops", "leaders of the coalition",
"supporters of the former president"."""
OCCURRING = frozenset({"erupt", "continue", "spread", "flare", "occur", "intensify", "escalate", "resume", "rage",
                       "happen", "persist", "begin", "start", "break"})
"""Verbs of an event's happening, whose subject noun names the event: "clashes broke out", "protests erupted"."""
OCCURRENCES = {"clash": ("fight", []), "fighting": ("fight", []), "fight": ("fight", []), "battle": ("fight", []),
               "skirmish": ("fight", []), "hostility": ("fight", []), "gunfight": ("fight", []),
               "firefight": ("fight", []), "protest": ("protest", []), "demonstration": ("demonstrate", []),
               "riot": ("riot", []), "rally": ("rally", []), "shelling": ("shell", []), "bombing": ("bomb", []),
               "airstrike": ("launch", ["airstrike"]), "talk": ("hold", ["talk"]),
               "negotiation": ("hold", ["negotiation"])}
"""Nouns of events that happen, as the verb (and words) the lexicon codes them by."""
PROTESTS = frozenset({"protest", "demonstration", "riot", "rally"})
"""Protests that, named by no one's, are a crowd's: "protests erupted in Tehran"."""
AID_SECTORS = frozenset({"REF", "HLH", "DEV", "HRI"})
"""Sectors of aid agencies among organisations (UNHCR's REF, the Red Cross's HLH)."""
HACKERS = frozenset({"hacker", "hacking", "hack"})
"""Subjects whose attacks are cyberattacks (170, the codebook having no code of its own for them)."""
MEETINGS = frozenset({"summit", "talk", "meeting", "negotiation", "dialogue", "consultation", "conference"})
"""Gatherings whose "between" phrase names who acts when the gathering is the subject."""
FIGHTS = frozenset({"clash", "fight", "fighting", "battle", "skirmish", "exchange", "hostility", "gunfight",
                    "firefight"})
"""Fighting whose "between" phrase names who acts, each against the other: "clashes between the army and the
RSF killed dozens"."""
AUTHORITIES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
"""The state's organs a protest can be against."""
SPATIAL_PREPS = frozenset({"along", "near", "across", "through", "into", "toward", "towards", "outside", "inside",
                           "around", "at", "beside", "past"})
"""Prepositions of a place only: what their phrases name is where, not whom (see :func:`_authority`)."""
STATE_ORGANS = frozenset({"GOV", "LEG", "JUD", "COP", "ELI", "PTY"})
"""Sectors of a country's state and political class: whom its own people act on, more often than not."""
HOME_SECTORS = frozenset({"OPP", "CVL", "PPL", "LAB", "EDU", "REL", "JUD", "LEG", "COP", "CRM"})
"""Sectors whose actors, named without a country, are of the country where they act."""
PEOPLE = HOME_SECTORS | OPPOSITION | {"REF", "MUS", "MED"}
"""Sectors of people, not of forces: named without a country and placed nowhere, they are of the state they
act on (see :func:`_home_of`)."""


class EventCoder:
    """Adds ``events`` to each document that has a parse, actors and times."""

    name = "events"
    requires = ("parse", "actors", "times")
    provides = ("events",)

    def __init__(self, lexicon: VerbLexicon, dictionary: ActorDictionary, codebook: Codebook | None = None,
                 gazetteer: Gazetteer | None = None) -> None:
        self.lexicon = lexicon
        self.dictionary = dictionary
        self.codebook = codebook or Codebook.load()
        self._gazetteer = gazetteer
        self._renamed: dict[str, str] = {}  # the document's short names meant for another country (code())
        self._so_far: dict[int, list[Event]] = {}  # the sentence's events so far, by verb (_sentence)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    def pipe(self, docs: Sequence[Document]) -> Sequence[Document]:
        for doc in docs:
            doc.events = self.code(doc) if doc.parse is not None else []
            if doc.parse_text is not None:  # a headline re-cased or a dateline blanked: the article's words
                for e in doc.events:
                    for ref in (e.source, e.target, e.attribution):
                        if ref is not None:
                            ref.text = original_case(doc.text, doc.parse_text, ref.text, ref.start)
                    e.location.text = original_case(doc.text, doc.parse_text, e.location.text)
        return docs

    # -- one document ----------------------------------------------------------
    def code(self, doc: Document) -> list[Event]:
        index = _ActorIndex(doc, self.gazetteer)
        self._renamed = short_names_meant(doc.actors)
        events: list[Event] = []
        for s_index, sent in enumerate(doc.parse.sents):
            events.extend(self._sentence(doc, index, s_index, sent, events))
        return events

    def _sentence(self, doc, index, s_index, sent, earlier) -> list[Event]:
        preds = predicates(sent)
        matched: dict[int, tuple[Predicate, object]] = {}
        nominal: dict[int, object] = {}  # verb -> the noun that names its event ("clashes broke out")
        for p in preds:
            if _speech_adjunct(p.verb) or self._means_of_another_act(p):
                continue
            if p.lemma not in self.lexicon:
                # the parser's lemma is an irregular form itself ("overran", tagged as a present), lost an
                # "e" ("staged" is "stag" to it, "waged" "wag") or gained one ("cordoned" is "cordone")
                repairs = (p.lemma + "e", p.lemma[:-1] if p.lemma.endswith("e") else "") \
                    if p.verb.tag_ in ("VBD", "VBN", "VBG") else ()
                p.lemma = next((f for f in (_irregular(p.verb.lower_), *repairs) if f in self.lexicon), p.lemma)
            if (it := next((c for c in p.verb.children if c.dep_ == "dobj" and c.lower_ == "it"), None)) is not None \
                    and it.i not in index.by_token and (thing := noun_before(it)) is not None and \
                    thing.i not in index.by_token:
                p.after = [thing.lemma_.lower(), *p.after]  # "would not sign the bill and withdrew it": the bill
            occurred = self._occurrence(p) if p.lemma in OCCURRING else None
            if occurred is not None:
                rule, nominal[p.verb.i] = occurred
            else:
                rule = self.lexicon.match(p.lemma, p.after, p.before, p.particle)
            if rule is None and p.lemma.startswith("re") and \
                    (again := p.lemma.removeprefix("re").removeprefix("-")) in self.lexicon and len(again) > 2:
                # "reimposed", "re-imposed": doing again is doing ("reimposed blockades" imposes them)
                rule = self._read_as(p, again)
            if rule is not None and p.lemma in ANNOUNCING and not rule.words and \
                    self.codebook[rule.code].root in ("01", "05"):
                rule = self._announced(p) or rule
            elif rule is None and p.lemma in COMPLETING and (rule := self._announced(p)) is not None:
                p.lemma = rule.lemma  # "completed its withdrawal of troops from Iraq": withdrawing them
            elif rule is None and p.lemma in BEGINNING and \
                    not any(c.dep_ in ("xcomp", "ccomp") for c in p.verb.children):
                # "will begin a new military operation", "started talks": launching them (what begins must be
                # named by a noun the lexicon has: "began supplying missiles" launches none)
                rule = self._read_as(p, "launch", named=True)
            if rule is None and p.lemma in GOING and (noun := next((
                    o for h in (p.verb, *(c for c in p.verb.children if c.dep_ == "dobj")) for prep in h.children
                    if prep.dep_ == "prep" for o in prep.children if _gathering(o, h)), None)):
                # "will gather for a meeting", "joined Zarif for a meeting", "will lead a delegation on a visit
                # to Russia": a verb of no event of its own, there for the meeting or visit, is that
                rule = self._read_as(p, GATHERINGS[noun.lemma_.lower()], [])
            if rule is None and p.lemma in LEAVING and any(c.dep_ == "dobj" for c in p.verb.children) and \
                    any(t.lemma_.lower() in FORCE_NOUNS for t in p.subjects) and \
                    not any(c.dep_ in ("oprd", "acomp") for c in p.verb.children):
                # "Russian troops left Kherson", "American troops have begun leaving Afghanistan": a withdrawal
                # (not "clashed with militiamen, leaving dozens dead": what a clash left behind)
                rule = self._read_as(p, "withdraw", ["troop"])
            if rule is None and p.lemma in ("return", "repatriate") and _returned_thing(p.verb):
                # "returned 12 human skulls to Peru", "returned to Brazil 21 frogs": a thing given back to
                # someone is property returned, whatever it is
                rule = self.lexicon.match("return", ["property"])
            if rule is None and p.lemma == "make" and _made_available(p.verb):
                # "has made available ambulances and medical supplies to fight Ebola": provided them
                rule = self._read_as(p, "provide")
            if rule is None and p.lemma in DYING and p.subjects and not p.passive and \
                    (cause := _fatal_abuse(p.verb)) is not None and (rule := self._read_as(p, cause, [])) is not None:
                # "a Palestinian prisoner died as a result of torture while in Israeli police custody": tortured
                # (to death), by no one named: the dead is whom it was done to
                p.passive, p.agentless, p.patients, p.subjects = True, True, p.subjects[:1], []
            if rule is None and p.lemma in RECEIVING and any(c.dep_ == "prep" and c.lower_ == "from"
                                                             for c in p.verb.children):
                # "Kyiv received the first F-16 jets from Denmark": what one receives from another, the other
                # provides (the roles are turned below)
                rule = self.lexicon.match("provide", p.after)
                rule = rule if rule is not None and rule.words else None
            if rule is None and p.lemma == "be" and _responsible_for(p.verb) and (rule := self.lexicon.match(
                    "carry", p.after, p.before, "out")) is not None and rule.words:
                # "Los Zetas have been responsible for mass killings": they carried them out
                p.lemma = rule.lemma
            if rule is not None and not rule.is_discard:
                matched[p.verb.i] = (p, rule)
        for verb in _given_up(sent):
            # "cancelled plans to sell F-16s to Turkey", "abandoned plans to attack Kyiv": a plan given up
            # announces nothing
            matched.pop(verb.i, None)
        for i in [i for i, (p, _) in matched.items() if _describing_report(p.verb)]:
            matched.pop(i)
        # A verbal governor's complement is part of its event ("urged X to help win"), and so is
        # the clause of the noun that names the event ("signed an accord to supply Gondor").
        consumed: dict[int, list] = {}
        for p, rule in sorted(matched.values(), key=lambda pr: pr[0].verb.i):
            if p.verb.i not in matched:
                continue
            root = self.codebook[rule.code].root
            if root in PERMISSION_ROOTS:
                continue
            if (rule.code == "010" and rule.words or p.lemma in ADOPTING and root in ("01", "05") and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in RESOLUTIONS for c in p.verb.children) or
                    rule.code == "010" and p.lemma in ANNOUNCING and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in PLANS for c in p.verb.children)) and any(
                    clause.i in matched and self.codebook[matched[clause.i][1].code].root != "01"
                    for clause in (*(c for c in p.verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"),
                                   *(a for c in p.verb.children if c.dep_ == "dobj" for a in c.children
                                     if a.dep_ == "acl" and a.pos_ == "VERB"))):
                # "issued a declaration demanding that ...", "sent a letter threatening to ...": the demand
                # or threat is the statement; "adopted a resolution condemning Russia": the condemnation; "announced
                # plans to send tanks": the intent
                matched.pop(p.verb.i)
                continue
            if p.lemma in HELPING and not rule.words and any(
                    c.dep_ in ("xcomp", "ccomp") and c.i in matched and c.i > p.verb.i for c in p.verb.children):
                # "helped broker a ceasefire between Israel and Hamas": the helper takes part in the act
                # (045), which is the event, not aid to the sides (070)
                matched.pop(p.verb.i)
                continue
            inner = [c for c in p.verb.children if (c.dep_ == "xcomp" or for_to(c)) and (root in VERBAL_ROOTS or
                                                                                         rule.words)]
            if root == "10":  # "demanded that Russia withdraw": what is demanded is part of the demand
                inner += [c for c in p.verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
            elif rule.code == "010" and p.lemma in modality_rules.REPORT and \
                    (must := self._must(index, p, matched)) is not None:
                # "HRW said that Sudanese authorities must ensure security": a demand (100) of them, where the
                # lexicon has no code for what they must do (with one, that event becomes the demand)
                rule, root = replace(rule, code="100"), "10"
                matched[p.verb.i] = (p, rule)
                inner += [must, *(c for c in must.children  # "... must ensure security to allow ...": its purpose
                                  if c.dep_ == "advcl" and c.pos_ == "VERB" and infinitival(c))]
            of = {"130": self._threat_of, "120": self.codebook.refusal_of}.get(rule.code)
            if of is not None and (code := next(
                    (code for c in inner if c.i in matched and (code := of(matched[c.i][1].code))), None)):
                # "threatened to pull US funding": a threat to stop aid (1311); "refused to step down": a refusal
                # to yield power (1231); not a threat or a rejection in general
                rule = replace(rule, code=code)
                matched[p.verb.i] = (p, rule)
            if rule.code in ("020", "100"):
                # "urged Germany to send tanks" is an appeal for military aid (0232), "demanded that Russia
                # withdraw" a demand for withdrawal (106), not an appeal or demand in general
                asked = next((code for c in inner if c.i in matched
                              and (code := self._asked(root, matched[c.i][1].code))), None)
                if asked is None and rule.code == "020" and any(
                        c.i in matched and self.codebook[matched[c.i][1].code].root == "14" for c in inner):
                    # "urged supporters to protest against the government", "called on followers to join a
                    # rally against the coronavirus rules": rallying opposition against whom they protest (113)
                    asked = "113"
                if asked:
                    rule = replace(rule, code=asked)
                    matched[p.verb.i] = (p, rule)
            if p.lemma in COMMITTING and root in ("01", "02", "03"):
                # "agreed to open its borders", "pledged to send tanks": the action promised is the event
                # (CAMEO's intent code for it, 0355, 0332), not the promise in general (030, 019)
                own = [c for c in inner if c.i in matched and self.codebook[matched[c.i][1].code].root
                       not in ("01", "02") and self.codebook.announcement_of(matched[c.i][1].code)]
                if own:
                    inner = [c for c in inner if c not in own]
                    matched.pop(p.verb.i)
                    continue
            # "met ... to discuss security", "gave rifles to the marines to help": its purpose, not an event
            inner += [c for c in p.verb.children if c.dep_ == "advcl" and c.pos_ == "VERB" and infinitival(c)]
            if rule.words or root == "12":  # (what is rejected, "an offer to host a summit", does not happen)
                inner += [clause for c in p.verb.children if c.dep_ in ("dobj", "attr", "advcl")
                          for clause in ([c] if c.dep_ == "advcl" else c.children)
                          if clause.dep_ in ("acl", "relcl", "advcl") and clause.pos_ == "VERB"
                          and (clause.dep_ != "advcl" or infinitival(clause))]
            while inner:
                verb = inner.pop()
                consumed.setdefault(p.verb.i, []).append(verb)
                matched.pop(verb.i, None)
                inner += [c for c in verb.children if c.dep_ == "xcomp" or root == "12" and c.pos_ == "VERB" and
                          c.dep_ in ("advcl", "acl", "relcl", "ccomp")]  # (nothing of what is rejected happens)
        for verb, noun in nominal.items():
            consumed.setdefault(verb, []).append(noun)  # its phrases are the event's: "protests against the war"
        self._consumed = consumed
        by_verb: dict[int, list[Event]] = {}
        self._so_far = by_verb  # (the events of the sentence's verbs before the one being coded)
        for p, rule in sorted(matched.values(), key=lambda pr: pr[0].verb.i):
            by_verb[p.verb.i] = self._events(doc, index, s_index, p, rule, earlier)
        self._own_claims(by_verb, sent.doc)
        _drop_reporting(by_verb, sent.doc)
        _drop_background(by_verb, sent.doc)
        _drop_repeated_telling(by_verb)
        self._threat_conditions(by_verb, index, doc)
        return [e for i in sorted(by_verb) for e in by_verb[i]]

    def _means_of_another_act(self, p: Predicate) -> bool:
        """A verb that names what another act is done with or whose a thing is, no act of its own: "carried
        out a strike on Kursk using Storm Shadow missiles" (the strike's means; not "lifted restrictions on Kyiv
        using the missiles", Kyiv's use, permitted; nor "was responsible for mass killings, using poison gas",
        the only verb of the act); "launched a drone attack on Ukraine, sending 188 drones" (the attack's
        weapons, no aid); "weapons depots used by the Quds Force" (whose they are, no use of force; not
        "cluster munitions used by Russian forces"), nor "the building was used by Hezbollah to store missiles"."""
        verb, children = p.verb, list(p.verb.children)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            if p.lemma in ("use", "employ"):
                return not any(c.dep_ in SUBJECT_DEPS for c in children) and gerund_owner(verb)[0] is None and \
                    verb.head.lemma_.lower() in self.lexicon and verb.head.lemma_.lower() not in ("be", "have")
            return p.lemma == "send" and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "prep" and c.lower_ in
                                                 ("to", "into") for c in children) and \
                any(is_weapon(o) for o in p.patients)
        if p.lemma in ("use", "employ") and any(c.dep_ == "xcomp" for c in children) and \
                any(c.dep_ == "nsubjpass" and not is_weapon(antecedent(c)) for c in children):
            return True  # "the building was used by Hezbollah to store missiles": what a thing is for, no force
        return p.lemma in ("use", "employ") and verb.dep_ == "acl" and verb.tag_ == "VBN" and \
            not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in children) and \
            not is_weapon(verb.head)

    def _own_claims(self, by_verb: dict[int, list[Event]], parse) -> None:
        """ "The Houthis claimed that they had attacked the airport": a claim of one's own act is a claim of
        responsibility for it (015), on whom the act is done; the act stays, reported on the claimant's word."""
        for r_i, r_events in by_verb.items():
            if parse[r_i].lemma_.lower() not in CLAIMING or not r_events or any(e.code != "010" for e in r_events):
                continue
            speakers = {e.source.code for e in r_events if e.source is not None}
            inner = [e for v_i, es in by_verb.items() if v_i != r_i and _reports(parse[r_i], parse[v_i]) for e in es
                     if e.modality == "reported" and e.source is not None and e.source.code in speakers and
                     e.attribution is not None and e.attribution.code == e.source.code]
            if inner:
                kind, said = self.codebook["015"], next(e for e in r_events if e.source is not None)
                targets = {(t.target.code if t.target else None): t.target for t in inner}  # one claim per target
                # (an id made from the statement's, which it replaces)
                by_verb[r_i] = [replace(said, id=_event_id(said.id, 0, 0, said.source.code, code, kind.code),
                                        target=target, code=kind.code, root=kind.root, name=kind.name,
                                        goldstein=kind.goldstein, quad_class=kind.quad_class,
                                        plover_event=kind.plover_event, plover_mode=kind.plover_mode,
                                        confidence=min(0.95, said.confidence + CLAIM_WEIGHT))
                                for code, target in targets.items()]

    def _occurrence(self, p: Predicate):
        """(rule, noun) for a verb of happening whose subject names an event ("clashes broke out between Indian
        and Chinese troops", "protests erupted in Tehran against the government", "Palestinian riots against
        Israeli policies are continuing"): the event the noun names, of those its phrase names; None if not."""
        noun = next((s for s in p.subjects if s.lemma_.lower() in OCCURRENCES and s.tag_ == "NNS" or
                     s.lower_ in ("fighting", "shelling", "bombing")), None)
        if noun is None or p.passive or p.lemma == "break" and p.particle != "out":
            return None
        verb, words = OCCURRENCES[noun.lower_ if noun.lower_ in OCCURRENCES else noun.lemma_.lower()]
        after = lemmas(t for t in noun.subtree if t.i > noun.i)
        rule = self.lexicon.match(verb, words or after + p.after)
        if rule is None or rule.is_discard:
            return None
        p.lemma = rule.lemma
        sides = [o for prep in p.verb.children if prep.dep_ == "prep" and prep.lower_ == "between"
                 for o in prep.children if o.dep_ == "pobj"]
        if sides and not any(c.lower_ == "between" for c in noun.children):
            p.subjects = sides  # "clashes broke out between Indian and Chinese troops": the parser's "between"
        return rule, noun

    def _read_as(self, p: Predicate, lemma: str, words: list[str] | None = None, named: bool = False):
        """The lexicon's rule for ``p`` read as verb ``lemma`` (with its own words, or ``words``; ``named``: only
        a rule that names an object), ``p.lemma`` then being that verb; None, ``p`` untouched, if none."""
        rule = self.lexicon.match(lemma, p.after, p.before, p.particle) if words is None else \
            self.lexicon.match(lemma, words)
        if rule is None or named and not rule.words:
            return None
        p.lemma = rule.lemma
        return rule

    def _threat_conditions(self, by_verb: dict[int, list[Event]], index, doc) -> None:
        """"threatened to launch an offensive unless Baghdad accepted its terms", "will not lift the ban until
        the EU provides details": the condition of a threat or refusal is what it demands, of whoever is to
        meet it (its target, where it names none), not an event of its own."""
        parse = doc.parse
        for v_i, threats in list(by_verb.items()):
            if not threats or any(e.root not in ("12", "13") for e in threats):
                continue
            conditions = [c for v in (parse[v_i], *self._consumed.get(v_i, ())) for c in v.children
                          if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                                       for m in c.children)]
            conditions += [c for cond in conditions for c in cond.children if c.dep_ == "conj" and c.pos_ == "VERB"]
            met_by: list[ActorRef] = []
            threatening = {e.source.code for e in threats}
            for cond in conditions:
                named = [_ref(a) for s in cond.children if s.dep_ in ("nsubj", "nsubjpass")
                         for a in index.actors_for(s, as_source=True)]
                named = named or [e.source for e in by_verb.get(cond.i, ()) if e.source is not None]
                if not named or any(a.code in threatening for a in named):
                    continue  # "would warn civilians if it carried out further strikes": its own act, no demand
                met_by += named
                if cond.i in by_verb:
                    by_verb[cond.i] = []
            if not met_by or any(e.target is not None for e in threats):
                continue
            targeted, seen = [], set()
            for e in threats:
                for t in met_by:
                    if t.code and t.code != e.source.code and (e.source.code, t.code) not in seen:
                        seen.add((e.source.code, t.code))
                        targeted.append(replace(e, target=t, id=_event_id(
                            doc.article.id, e.evidence.sentence, parse[v_i].idx, e.source.code, t.code, e.code)))
            by_verb[v_i] = targeted or threats

    def _must(self, index, p: Predicate, matched):
        """The uncoded clause a speaker says another actor, or no actor, must or should act in, if any:
        "... that Sudanese authorities must ensure security", "... that the oppression of the Venezuelan
        people must end". Not the speaker's own country ("Putin said Russia must ..."), except its state
        by someone outside it ("the former prime minister said the Sri Lankan government must ...")."""
        speakers = [a.code for s in p.subjects for a in index.actors_for(s) if a.code and not a.code.startswith("---")]
        for c in p.verb.children:
            if not speakers or c.dep_ != "ccomp" or c.i in matched or not any(
                    a.dep_ == "aux" and a.lower_ in modality_rules.DEMAND_AUX for a in c.children):
                continue
            actors = [a for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for a in index.actors_for(s)]
            if all(not _own_state(speaker, a.code) for a in actors for speaker in speakers):
                return c
        return None

    def _asked(self, root: str, code: str) -> str | None:
        """The appeal (root 02) or demand (10) for action ``code``: CAMEO's 02x mirrors its 03x intents."""
        if root == "10":
            return self.codebook.demand_of(code)
        intent = self.codebook.announcement_of(code)
        appeal = "02" + intent[2:] if intent and intent.startswith("03") else None
        return appeal if appeal in self.codebook else None

    def _announced(self, p: Predicate):
        """The rule of the action an announcing verb's object names: "announced a suspension of aid to X"
        is the suspension of aid (1621), "announced the release of a citizen" the release; None if it
        names no action with a code of its own beyond statements and intents."""
        objects = [c for c in p.verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "NUM", "SYM")]
        # "announced a sixfold increase in funding", "$33 million in additional assistance": what is measured
        objects += [o for obj in objects if obj.lemma_.lower() in AMOUNTS or obj.pos_ != "NOUN"
                    for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
                    for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        for obj in objects:
            if obj.pos_ != "NOUN":
                continue
            noun = obj.lemma_.lower()
            verb = NOMINALS.get(noun) or (noun if noun in self.lexicon else None)
            words = lemmas(t for t in obj.subtree if t.i > obj.i)
            if verb is None and noun in PACKAGES:
                # "announced a new $275 million aid package for Ukraine": the aid is provided, "a sanctions
                # package against Russia" imposed
                kinds = lemmas(t for t in obj.subtree if t.i < obj.i and t.dep_ in ("compound", "amod", "nmod"))
                verb, words = ("impose" if "sanction" in kinds else "provide"), kinds + words
            if verb is None:
                continue
            rule = self.lexicon.match(verb, words)
            if noun in PACKAGES and rule is not None and not rule.words:
                continue  # "a new software package" is no aid
            if rule is not None and not rule.is_discard and self.codebook[rule.code].root not in ("01", "02", "03"):
                return rule
        return None

    def _events(self, doc, index, s_index, p: Predicate, rule, earlier) -> list[Event]:
        entry = self.codebook[rule.code]
        if p.describing and entry.quad_class == 1:
            # "the official, who spoke on condition of anonymity", "a decree signed by Putin": words of verbal
            # cooperation that say which noun is meant; acts and conflict are kept ("civilians who were shot by
            # British troops", "the attack, which the government blamed on the rebels")
            return []
        if entry.code == "063" and not rule.target_at and any("extradit" in t.lemma_.lower() for t in p.clause):
            # "UK extradited Abu Hamza to the US", "approved the extradition of Martinelli to Panama": judicial
            # cooperation with the state that receives him, not with him
            rule = replace(rule, target_at="to")
        if p.lemma == "target" and p.verb.tag_ == "VBG" and p.verb.dep_ == "advcl" and \
                (governing := self._so_far.get(p.verb.head.i)) and \
                all(e.root not in COERCION_ROOTS for e in governing):
            # "imposed sanctions on Russia, targeting its gas exports": what the measure is aimed at, no attack
            return []
        if entry.code == "012" and p.verb.tag_ == "VBG" and p.verb.dep_ == "advcl" and \
                p.verb.head.lemma_.lower() not in modality_rules.REPORT:
            # "troops massed along the border, raising fears of a new war": what the deed stirs, no one's comment
            return []
        reading = modality_rules.read(p.verb)
        subjects = p.subjects or _stranded_subject(p, index)
        if entry.code == "190" and subjects and all(t.lemma_.lower() in AERIAL for t in subjects) and not p.passive:
            entry = self.codebook["195"]  # "Israeli warplanes struck the port", "Russian missiles hit Kyiv"
        if not subjects and p.passive and p.lemma in MOVING_FORCES and _names_forces(p.patients):
            # "hundreds of British troops were deployed to Estonia": forces moved by no one named move
            subjects = p.patients
        # missiles strike, they do not speak; crewed craft carry help too ("U.N. helicopters evacuated the wounded")
        sources = [a for tok in subjects for a in index.actors_for(tok, as_source=True)
                   if a.kind != "weapon" or entry.root in FORCE_ROOTS or
                   entry.quad_class == 2 and tok.lemma_.lower() in CRAFT and tok.head.i == p.verb.i]
        if entry.root in FORCE_ROOTS and all(getattr(a, "kind", None) == "weapon" for a in sources) and (fired := [
                a for tok in subjects for acl in tok.children
                if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in FIRING
                for by in agent_objects(acl) for a in index.actors_for(by, as_source=True)]):
            sources = fired  # "Rockets fired by Hamas hit Ashkelon", "a drone launched by the Houthis struck"
        if not sources and entry.root == "14":
            # "Thousands rallied in Tbilisi": a crowd counted, not named, protests: people of where it is
            # ("protests erupted in Tehran": protests no one is named for are a crowd's too)
            sources = [ActorRef(t.text, "---CVL", t.idx, t.idx + len(t.text)) for t in subjects
                       if t.lemma_.lower() in CROWDS and not any(c.dep_ == "prep" for c in t.children)
                       or t.lemma_.lower() in PROTESTS and t.tag_ == "NNS"]
        # "held talks in Geneva", "signed an accord in Washington", "urged both sides to return to talks in
        # Jeddah": where diplomacy happens is not its target
        # ("ordered the army to attack the rebels": those ordered carry the force out, it is not used on them)
        ordered = p.lemma in ORDERING and entry.root in FORCE_ROOTS and any(c.dep_ == "xcomp" for c in p.verb.children)
        targets = self._targets(index, p, sources, places=entry.root not in ("04", "05") and
                                entry.code not in MEETING_CODES, executors=ordered,
                                measures=entry.root in MEASURE_ROOTS)
        if entry.code == "174" and targets and (deported := [
                a for o in p.patients for a in index.actors_for(o) if _of_no_country([a])]) and \
                not _of_no_country(targets) and any(_within(t, to) for t in targets for prep in p.verb.children
                                                     if prep.dep_ == "prep" and prep.lower_ == "to"
                                                     for to in prep.children):
            # "deported 2,374 migrants to Honduras": the people deported, sent home to the country they go to
            home = Location(text=None, country=country_of(_ref(targets[0]).code))
            targets = [_placed(a, home) for a in deported]
        if entry.code == "113" and (opposed := [a for v in self._consumed.get(p.verb.i, []) for t in v.subtree
                                                if t.dep_ == "prep" and t.lower_ == "against" for o in t.children
                                                if o.dep_ == "pobj" for a in index.named_in(o, set())]):
            # "called on followers across Europe to join a rally in Berlin against Germany's coronavirus rules":
            # opposition rallied against Germany, not against those called on
            targets = opposed
        if entry.code == "0842" and targets and all(_within(t, o) for t in targets for o in p.patients[:1]) and \
                any(c.dep_ == "prep" and c.lower_ == "to" for c in p.verb.children):
            # "returned a portrait of a young girl ... to its owner": who is in the thing returned is not whom
            # it goes to; the "to" phrase's actor is, if any ("returned the remains of Palestinians" keeps them)
            targets = [a for a in self._phrase_actors(index, p, "to") if all(a is not s for s in sources)]
        if not targets and entry.root in COERCION_ROOTS:
            # "police fired tear gas as protesters gathered", "troops opened fire when villagers threw stones":
            # force used with no one named, while a crowd acts in a clause of its time, is used on the crowd
            # (or the parser makes the crowd the object of "as", its verb a clause of the force's: "used tear gas
            # as around one hundred people ... staged a protest")
            crowds = [s for c in _while_clauses(p.verb) for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            crowds += [o for prep in p.verb.children if prep.dep_ == "prep" and prep.lower_ in WHILE_MARKS
                       and any(c.dep_ == "ccomp" and c.i > prep.i for c in p.verb.children)
                       for o in prep.children if o.dep_ == "pobj"]
            targets = [a for s in crowds for a in index.actors_for(s)
                       if a.code and _sector(a.code) in CROWD_SECTORS and all(a is not x for x in sources)]
        own = _countries(sources)
        moving = [v for v in (p.verb, *self._consumed.get(p.verb.i, ())) if v.lemma_.lower() in MOVING_FORCES]
        moved = [c for v in (p.verb, *moving) for c in v.children if c.dep_ == "dobj"]
        moved_to = Location()  # (where forces moved go or leave, the event's place if nothing else places it)
        if (p.lemma in MOVING_FORCES or moving) and (
                all(_own_force(t, own) for t in targets) if targets else _names_forces(moved)):
            # "withdrew peacekeepers from the Golan Heights", "sent 200 troops to Syria", "strengthened its
            # forces in Crimea": the forces moved are the source's own; the place they go to or leave is
            # the target, if another country's
            # (a source of no known country keeps them: its event would otherwise say nothing at all)
            # (and under what they move: "to deploy peacekeepers in Iraq")
            place = self._location(p, MOVEMENT_PREPS, heads=(p.verb, *moving, *p.patients, *moved))
            moved_to = place  # ("deployed National Guard troops to Los Angeles")
            if place.country and place.country not in own:
                targets = [_place_ref(place, p.verb.sent)]
            elif own - {"---"}:
                targets = []
        if entry.code in VISIT_CODES and (visited := [a for a in self._phrase_actors(index, p, "in")
                                                     if country_of(a.code) not in own]) and \
                not (targets and _countries(targets) <= _countries(visited)):
            # "arrived in Gondor": visiting its country, whatever the visit is for ("arrived in Mali to join
            # the UN mission there"; "arrived in Israel to meet Netanyahu" keeps its host, ISRGOV)
            targets = visited
        if not targets and REFUGE & set(rule.words):
            # "sought refuge in Germany": asked of the country they are in
            targets = [a for a in self._phrase_actors(index, p, "in") if country_of(a.code) not in own]
            if not targets and (place := self._location(p, ("in",))).country and place.country not in own:
                targets = [_place_ref(place, p.verb.sent)]  # "in India's northeastern state of Mizoram"
            if not targets and p.verb.dep_ == "advcl" and p.verb.tag_ == "VBG":
                # "116 people arrived in Kyrgyzstan seeking refuge": asked where they came
                targets = [a for prep in p.verb.head.children if prep.dep_ == "prep" and prep.lower_ in ("in", "to")
                           for o in prep.children if o.dep_ == "pobj" for a in index.actors_for(o)
                           if country_of(a.code) not in own]
        if p.lemma == "board" and sources and all(_sector(_ref(s).code or "") in TRAVELLERS for s in sources):
            return []  # "the passengers boarded the ship": they travel; forces or pirates who board seize it
        if entry.code in VISIT_CODES and sources and all(_sector(_ref(s).code or "") in ("CVL", "REF")
                                                         for s in sources) and any(
                c.dep_ == "advcl" and c.tag_ == "VBG" for c in p.verb.children):
            # "116 people arrived in Kyrgyzstan seeking refuge": people who come for something do not visit;
            # what they come for is the event
            return []
        if entry.code in VISIT_CODES and sources and all(_armed(s, subjects) for s in sources):
            # "British troops have arrived in Mali", "Chinese peacekeepers arrived in South Sudan", "American
            # troops have begun leaving Afghanistan": forces come or go, they do not visit
            # (to keep the peace: 074; to join or help allies: military cooperation, 062; else a force posture)
            entry = self.codebook["0874" if p.lemma in LEAVING else _force_purpose(p) or "154"]
        elif (entry.code == "154" or entry.code in VISIT_CODES and p.lemma in MOVING_FORCES) and (
                _names_forces(p.patients) or
                sources and all(_armed(s, subjects) for s in sources)):
            # "sent 200 troops to Syria to serve as a peacekeeping force", "soldiers deployed to Nigeria to
            # train Nigerian soldiers": forces sent for that are no show of force; forces sent are no visit
            # ("is sending a military platoon to Kuwait", which "send ... mission" had read as a delegation)
            entry = self.codebook[_force_purpose(p) or "154"]
        if entry.quad_class in (1, 2) and targets and all(country_of(t.code or "").startswith("IGO") for t in targets):
            # "sending troops to the UN peacekeeping force in South Sudan", "ready to contribute to UN
            # peacekeeping operations in Syria": the mission's country is protected or helped
            heads = [root for t in targets if (root := mention_root(p.verb.doc, t)) is not None]
            if heads and (entry.code == "074" or all(h.lemma_.lower() in MISSIONS for h in heads)) and \
                    (place := self._location(p, ("in",), heads=tuple(heads))).country:
                targets = [_place_ref(place, p.verb.sent)]
        if rule.target_at or rule.source_at:
            sources, targets = self._marked(index, p, rule, sources, targets)
        if p.lemma in RECEIVING and (givers := self._phrase_actors(index, p, "from")) and \
                not any(a.kind in ("person", "agent", "description") for w in p.patients for a in index.actors_for(w)):
            # "Eriador received money from Osgiliath"; people are no gift ("accept refugees from Afghanistan")
            sources, targets = givers, sources
        elif not sources and p.passive and p.agentless and p.lemma in EXPELLING | FREEING and \
                (expellers := self._phrase_actors(index, p, "from") or self._holders(index, p)):
            # "inspectors have been expelled from North Korea": North Korea expelled them; "soldiers were
            # freed from Russian captivity": Russia freed them; "released from captivity in Libya": Libya
            sources = expellers
        if not sources and p.passive and p.agentless:
            # "UN sanctions against Iran were lifted", "Russian attacks are launched": whose attack or measure
            # it is, is who acted. Not a weapon's country: "American-made missiles were fired" says who made
            # them, not who fired them
            sources = [a for w in p.patients if w.lemma_.lower() in ATTACK_NOUNS | MEASURE_NOUNS
                       for a in index.actors_for(w, as_source=True) if a.code and not a.code.startswith("---")]
            if not sources and entry.root in ATTACK_ROOTS:
                # "ten people were killed in a Russian missile strike on Kyiv": whose attack it was, did it
                # ("in an attack by Hamas": the attack's own agent)
                attacks = [w for prep in p.verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
                           for w in prep.children if w.dep_ == "pobj" and w.lemma_.lower() in ATTACK_NOUNS]
                sources = [a for w in (*attacks, *(o for w in attacks for by in w.children
                                                   if by.dep_ == "prep" and by.lower_ == "by"
                                                   for o in by.children if o.dep_ == "pobj"))
                           for a in index.actors_for(w, as_source=True) if a.code and not a.code.startswith("---")]
            targets = [t for t in targets if all(t is not s for s in sources)]
        inherited = False
        where = None  # the event's place, found once (below, or here for the attack just told or unnamed force)
        if not sources and entry.root in ATTACK_ROOTS and not p.passive and \
                any(_authorless(t, ATTACK_NOUNS) for t in subjects) and (prior := _latest_event(
                    earlier, s_index, lambda e: e.root in ATTACK_ROOTS and e.code != OCCUPYING and
                    e.source is not None and bool(e.source.code) and not e.source.code.startswith("---"))):
            # "Israel struck Hamas leaders in Doha ... the strike had killed a member of Qatar's security forces",
            # "The attack killed 12 people": the attack just told, by whoever made it, where it was made
            sources, inherited = [prior.source], True
            where = here if (here := self._location(p)).country else prior.location
        if not sources and p.passive and p.agentless and not _habitual(p.verb) and not _done_by_a_thing(p.verb) \
                and entry.root != "01":
            # (what "was reported" or "was said" is no one's statement: not the last speaker's)
            # (not the place's own side: "Air defences shot down 405 drones. Two people were killed in Lviv" is
            # the attack's toll, not the defenders')
            where = self._location(p) if entry.root in ATTACK_ROOTS else None
            home = where.country if where is not None else None
            prior = _latest_event(earlier, s_index, lambda e: e.root == entry.root and e.source is not None and
                                  (home is None or country_of(e.source.code or "") != home))
            if prior is not None:
                sources, inherited = [prior.source], True
                # (what was fired goes where the last was: "missiles had been fired"; not what was hit itself:
                # "the Natanz site had been hit", "drones, most of which were intercepted")
                targets = targets or ([prior.target] if prior.target and all(is_weapon(w) for w in p.patients) else [])
        if entry.root == "14" and sources and all(self._state(_ref(s)) for s in sources):
            # "the Philippines protested after Chinese vessels fired water cannon", "the government protested":
            # a state protests by complaining officially (114), it does not demonstrate; and strikes it begins on
            # someone are force ("Israel, which began its own strikes on Iran": no labour strike)
            # (the parser may hang "on Iran" on the verb: "Israel began its own strikes on Iran")
            entry = self.codebook["190" if entry.code == "143" and targets and any(
                w.lemma_.lower() == "strike" and any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in (
                    *w.children, *(v for v in p.verb.children if v.i > w.i)))
                for w in p.patients) else "114"]
        if not targets and (entry.root in ("11", "12", "14") or entry.code in ("016", "051")) and (
                (said := next((roots for nouns, roots in SAID_NOUNS if _definite_act(p, nouns)), None))) and \
                (prior := _latest_event(
                    [*earlier, *(e for es in self._so_far.values() for e in es)], s_index,
                    lambda e: (e.code.startswith(said) or e.root in said) and _another_side(e, sources))) is not None:
            # "Eritrea dismissed the accusation" after "Ethiopia accused Eritrea ...": ETH; "Russia rejected the
            # idea" after "Macron proposed a one-month truce" (in the same sentence too): FRAGOV; "Japan protested
            # the travel warning" after "China warned ...": CHN
            targets = [prior.source]
        if not targets and (entry.root in ("11", "12") or entry.code == "051" or
                            entry.root == "19" and p.lemma in REPELLING) and (
                (attack := _definite_act(p, ATTACK_NOUNS)) or _definite_act(p, MOVE_NOUNS)):
            # "Egypt and Qatar condemned the attacks" after Israel's strikes: the attacks the article just told;
            # "condemned the move" after "Israel sent troops into the buffer zone": the last deed told (and so
            # for "welcomed the gesture"), of the kind the noun names if one was told ("criticised the arrest":
            # the arresting, not a boycott called after it); "repelled the attack": the attacker
            # (an attack is no retaking: "Somali forces later regained control of the base")
            # (not one's own country's deed, unless its rebels': "Erdogan welcomed the gesture" of the PKK;
            # "Tinubu condemned the killings" by Boko Haram, not his air force's strike told after them)
            # (attacks also further back, in the article's first sentences: "Egypt and Qatar, which mediated the
            # truce, condemned the attacks" four sentences after Israel's strikes)
            kinds = () if attack else next((DEED_ROOTS[o.lemma_.lower()] for o in p.patients
                                            if o.lemma_.lower() in DEED_ROOTS), ())
            # (strikes, shelling are fire from afar: "condemned the strikes" after Israel's aircraft struck and
            # clashes went on is Israel's)
            fired = attack and any(o.lemma_.lower() in FIRE_NOUNS for o in p.patients)
            prior = kinds and _latest_event(earlier, s_index, lambda e: e.root in kinds and
                                            _another_side(e, sources)) or \
                fired and _latest_event(earlier, s_index - CONTEXT_SENTENCES, lambda e: e.code[:3] in FIRE_CODES
                                        and _another_side(e, sources)) or \
                _latest_event(earlier, s_index - (CONTEXT_SENTENCES if attack else 0),
                              lambda e: (e.root in ATTACK_ROOTS and e.code != OCCUPYING
                                         if attack else e.root not in VERBAL_ROOTS) and _another_side(e, sources))
            if prior is not None:
                targets = [prior.source]
        if not targets and (entry.root in ("11", "12") or entry.code == "016") and p.verb.dep_ == "relcl" and \
                (deed := p.verb.head).dep_ in ("npadvmod", "appos") and \
                (told := deed.lemma_.lower()) in ATTACK_NOUNS | MOVE_NOUNS | CHARGES and \
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in deed.children) and (prior := next((
                    e for es in reversed(self._so_far.values()) for e in es
                    if (e.code.startswith("112") if told in CHARGES else e.root not in VERBAL_ROOTS)
                    and _another_side(e, sources)), None)):
            # "Israel struck Hamas leaders in Doha, an attack Qatar called a flagrant violation", "fired missiles
            # at Kyiv, a move Ukraine condemned": the deed the sentence just told, by its maker; "accused Rwanda of
            # sending troops, a charge Kigali denies": the accusation, by its accuser
            targets = [prior.source]
        unnamed_force = not sources and entry.root in ATTACK_ROOTS and targets and (
            p.passive and p.agentless or any(t.lemma_.lower() in FACELESS_FORCE for t in subjects))
        if unnamed_force and (where := self._location(p)).country and \
                all(country_of(t.code) not in ("---", where.country) for t in targets):
            # "three US servicemen were killed by a roadside bomb near Basra", "a car bombing in Beirut killed
            # a Syrian journalist": force no one is named for, against foreigners, is an unidentified armed
            # force of the place (IRQUAF), as GDELT and PLOVER code it. Against the place's own people or
            # places ("missiles were fired at a site in the Bryansk region") it says nothing of who used it.
            sources, inherited = [ActorRef(where.text, where.country + "UAF")], True
        elif not sources and (entry.code in STATE_ACTS or entry.root in ATTACK_ROOTS) and p.passive and \
                p.agentless and (held := self._custodians(index, p)):
            sources = held  # "died as a result of torture while in Israeli police custody": the holder's act
        elif not sources and entry.code in STATE_ACTS and p.passive and p.agentless and \
                (where := self._location(p)).country:
            # "a missionary from Calgary was arrested in Lebanon": no one but the state arrests, or deports,
            # in its territory: the place's country
            sources = [_place_ref(where, p.verb.sent)]
        elif not sources and entry.code in STATE_ACTS and p.passive and p.agentless and targets and \
                not _of_no_country(targets) and reading.modality in ("asserted", "reported"):
            # "Archbishop Bagrat Galstanyan was detained on charges of ..., the Investigative Committee said": an
            # arrest told, by no one named (not the speaker)
            sources = [UNNAMED]
        elif unnamed_force and (not _of_no_country(targets) or where.country) and \
                reading.modality in ("asserted", "reported") and \
                not any(_within(t, w) or not _of_no_country(index.actors_for(w, as_source=True)) for w in p.patients
                        if w.lemma_.lower() in WEAPONS | ATTACK_NOUNS for t in targets):
            # "three Iraqi civilians were killed in a car bombing in Baghdad": force used on a place's own
            # people, no one named for it, said to have happened: an event with no source (never a dyad, so
            # no escalation of a country against itself), as PLOVER codes it. Not where the weapon or attack
            # the passive is about names a country ("Russian missiles were fired at Kyiv": not no one's, but
            # whose the text leaves open: the maker is not always the user)
            sources = [UNNAMED]
        if not sources:
            return []
        if entry.root == "15" and len(_countries(sources) - {"---"}) > 1 and \
                any(w.replace(" ", "") in DRILLS for w in rule.words):
            # "French and Egyptian warships launched war games": an exercise of two countries' forces together
            # is military cooperation (062), as a joint one is, not a show of force
            entry = self.codebook["062"]
        if entry.code == "174" and targets and all(_ref(t).code and _ref(t).code.startswith(("IGO", "NGO"))
                                                   for t in targets):
            # "Jakarta forced the UN refugee agency, UNHCR, out of the country": an organisation expelled, not
            # people deported (aid agencies 1663, others 166), as PLOVER's SANCTION "expel" has it
            entry = self.codebook["1663" if any(_parts(_ref(t).code) & AID_SECTORS for t in targets) else "166"]
        if entry.code == "171" and p.lemma in SEIZING and any(
                w.pos_ == "PROPN" and a.kind == "country" and len(a.code or "") == 3 and a.code != "---"
                for w in p.patients for a in index.actors_for(w)):
            # "Syrian rebels seized Damascus", "Russia seized Crimea": a place taken is land, as "the city" is
            entry = self.codebook[OCCUPYING]
        if entry.code == OCCUPYING and (held := [
                a for prep in p.verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
                for o in prep.children if o.dep_ == "pobj" for a in index.actors_for(o) if a.code]):
            targets = held  # "recaptured the presidential palace from the RSF": whom it was taken from
        if p.lemma == "order" and _stopping(p):
            if entry.code == "100" and (silenced := _silenced(targets)):
                entry = self.codebook[silenced]
            elif entry.root in ATTACK_ROOTS:
                entry = self.codebook["087"]  # "ordered the army to stop the offensive": de-escalation, no attack
        if entry.code == "130" and p.lemma == "warn" and not targets and _foretold(p.verb, index):
            # "the UN warned that famine was imminent": a danger no one is said to bring, foretold (012), no threat
            entry = self.codebook["012"]
        if not targets and entry.root in ATTACK_ROOTS | {"17"} and reading.reporter is not None and \
                (speaker := index.ref_for(antecedent(reading.reporter))) is not None and speaker.code and \
                not speaker.code.startswith("---") and country_of(speaker.code) not in _countries(sources) and any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their") for w in _done_to_things(p) for c in w.children):
            # "The Philippines said the Chinese ship fired water cannon at its vessel": the reporter's vessel (no
            # one rams their own), whom the act targets
            targets = [speaker]
        if entry.root == "14" and targets and (victims := [
                o for prep in p.verb.children if prep.dep_ == "prep" and prep.lower_ in ("against", "over")
                for deed in prep.children if deed.dep_ == "pobj" and deed.lemma_.lower() in SUFFERED
                for of in deed.children if of.dep_ == "prep" and of.lower_ == "of"
                for o in of.children if o.dep_ == "pobj"]):
            # "marched against the death of a blogger in police custody": the one who suffered it is no target
            targets = [t for t in targets if not any(_within(t, v) for v in victims)]
        hackers = any(w.lemma_.lower() in HACKERS for t in subjects for w in (t, *t.lefts))
        if entry.root in ATTACK_ROOTS and hackers:
            entry = self.codebook["170"]  # "Russian hackers attacked Ukrainian banks": a cyberattack, no armed one
        if entry.root in ATTACK_ROOTS and _in_drill(p.verb.sent):
            # "troops are firing artillery ... in the exercise": a show of force, at no one
            entry, targets = self.codebook["150"], []
        if (not targets or _of_no_country(targets) or _fighting(p) or p.lemma in MUTUAL_VERBS and
                not _met_with(p.verb, targets)) and len(sources) > 1 and _reciprocal(p):
            # (what they exchange is not whom: "Russia and Ukraine exchanged 95 prisoners of war")
            pairs = [(s, t) for s in sources for t in sources if s is not t]
        elif entry.root in ("04", "05") and len(_countries(sources) - {"---"}) > 1 and targets and \
                _countries(targets) <= _countries(sources):
            # sides in talks or a deal whose topic is one of their own countries act together, on no one, as
            # when no topic is named ("Israel and Lebanon renewed negotiations on an Israeli troop pullback": not
            # Lebanon on Israel alone; "Zoellick and Al Taweel signed an agreement between the US and Kuwait")
            pairs = [(s, None) for s in sources]
        else:
            pairs = [(s, t) for s in sources for t in (targets or [None])]
            if targets and p.lemma in MUTUAL_VERBS:  # "X met Y": Y met X as well
                pairs += [(t, s) for s in sources for t in targets]
        # ("Putin, who said Ukraine must withdraw": Putin's demand)
        attribution = index.ref_for(antecedent(reading.reporter)) if reading.reporter is not None else None
        modality = reading.modality
        if modality == "intent" and reading.cue in ATTEMPTING and entry.root in COERCION_ROOTS:
            # "has tried to hack into the computers of ...": force or coercion attempted is used, on the word of
            # whoever says so ("saying Russia was trying to destroy Ukraine's energy grid": reported)
            modality = "asserted" if reading.reporter is None else "reported"
        own_claim = False
        if modality == "reported" and attribution is not None and attribution.code and any(
                _ref(s).code == attribution.code for s in sources):
            if reading.cue in CLAIMING:
                own_claim = True  # "the Houthis claimed they had attacked the airport": their word only
            else:
                modality, attribution = "asserted", None  # the source reports its own act
        if modality == "negated" and _refusal(p.verb, reading) and (refusal := self.codebook.refusal_of(rule.code)):
            # "will not lift the ban", "refused to release them": the refusal is an event (CAMEO 12x)
            entry = self.codebook[refusal]
            self_said = attribution is None or not attribution.code or _speaks_for(attribution, sources)
            modality, attribution = ("asserted", None) if self_said else ("reported", attribution)
        elif entry.root in INTENT_ROOTS and modality in ("asserted", "reported"):
            modality = "intent"
        elif modality in ("intent", "hypothetical") and attribution is not None and attribution.code \
                and (threat := self.codebook.intent_of(rule.code) or "").startswith("13") \
                and _speaks_for(attribution, sources):
            # "Russia said it would strike Kyiv (if ...)", "... would boycott all contact": the speaker's own
            # coercion, announced, is a threat that has been made (CAMEO 13x), whatever comes of it
            entry, modality, attribution = self.codebook[threat], "asserted", None
        elif modality == "demanded" and attribution is not None and attribution.code and \
                not _speaks_for(attribution, sources) and (demand := self.codebook.demand_of(rule.code)):
            # "Britain said Libya must hand over the suspects", "... that the US should cancel the sale": the
            # speaker's demand, made (CAMEO 10x), of whoever is to act
            entry, modality = self.codebook[demand], "asserted"
            pairs = [(attribution, _ref(s)) for s in sources]
            attribution = None
        elif modality == "intent" and reading.cue not in modality_rules.FUTURE_CUES and \
                (intent := self.codebook.intent_of(rule.code)) and \
                not (reading.cue == "agree" and intent.startswith("13")):
            # "plans to provide aid" is 033, CAMEO's own intent code; "will provide aid" keeps 07x (as
            # PETRARCH codes it), its modality saying it is yet to happen; agreeing to coerce is deciding to, no
            # threat ("EU ministers agreed to impose sanctions on Russia": 163)
            entry = self.codebook[intent]
        if modality in ("intent", "hypothetical") and targets and p.lemma in MUTUAL_VERBS:
            pairs = [(s, t) for s, t in pairs if any(s is x for x in sources)]  # an offer to meet is one side's
        plover = entry
        offered = modality == "hypothetical" and attribution is not None and attribution.code and \
            _speaks_for(attribution, sources)  # "they would meet the mediator if he ...": their offer, on terms
        if (modality == "intent" or offered) and (announced := self.codebook.announcement_of(entry.code)):
            plover = self.codebook[announced]  # PLOVER types an action yet to come as what it is now: AGREE, THREATEN
        elif entry.code == "0831" and p.verb.lemma_ in RESIGNING:
            plover = replace(entry, plover_event="RETREAT", plover_mode="resign")  # a resignation, made
        elif entry.code == "170" and (hackers or any("cyber" in w or "hack" in w for w in (p.lemma, *rule.words))):
            plover = replace(entry, plover_mode="cyber")  # PLOVER's COERCE has a mode for cyberattacks
        elif entry.code in MANUAL_PLOVER:
            kind, mode = MANUAL_PLOVER[entry.code]
            plover = replace(entry, plover_event=kind, plover_mode=mode)
        if attribution is None and modality in ("hypothetical", "intent") and reading.forecaster is not None and \
                not ((forecaster := index.ref_for(reading.forecaster)).code and _speaks_for(forecaster, sources)):
            attribution = forecaster  # "Russia may strike Kyiv again, Ukrainian officials warned": their forecast
        clause = p.with_subjects()
        for c in p.verb.children:
            if c.dep_ == "xcomp":
                clause += clause_tokens(c)
        clause = sorted({t.i: t for t in clause}.values(), key=lambda t: t.i)
        while len(clause) > 1 and (clause[0].is_punct or clause[0].dep_ in ("mark", "cc")):
            clause = clause[1:]  # ", something ...", "that he had ...": the words, not the joints
        while len(clause) > 1 and clause[-1].is_punct and clause[-1].text not in ".!?":
            clause = clause[:-1]
        start = min(t.idx for t in clause)
        end = max(t.idx + len(t.text) for t in clause)
        if start < index.dateline_end < end:
            start = index.dateline_end  # "MOSCOW - Russia ...": the dateline is not the evidence
        future = clause_tense(p.verb) == "future" or prospective(p.verb)  # ("is expected to launch")
        when = event_date(doc, s_index, (start, end), p.verb.idx, future_ok=future,
                          habitual=any(c.dep_ == "advmod" and c.lower_ in FREQUENCY for c in p.verb.children))
        where = where or self._location(p)
        where = where if where.country else moved_to
        if not where.country and p.verb.dep_ == "conj" and p.inherited_subject and entry.root not in VERBAL_ROOTS:
            # "stormed the parliament in Kathmandu and set it on fire": a deed done next by the same hands is done
            # where the first was
            where = next((e.location for e in self._so_far.get(p.verb.head.i, ()) if e.location.country), where)
        if not where.country and entry.root in ATTACK_ROOTS | {"17"} and p.verb.dep_ == "advcl" and \
                p.verb.tag_ == "VBG":
            # "shelled a camp near El Fasher, killing 15 civilians", "struck Kharkiv, killing three people":
            # the participle's force is used where its clause's is (SDNCVL, UKRCVL), and so is its coercion
            # ("attacked embassies in Kinshasa, setting fire to the French embassy": no French protesters).
            # (Not other acts: "116 people arrived in Kyrgyzstan seeking refuge" are no Kyrgyz)
            struck = [c for c in p.verb.head.children if c.dep_ == "dobj"]
            where = self._location(p, heads=(p.verb.head, *struck))
            where = where if where.country else self._town_struck(struck)
        if entry.code == OCCUPYING and not where.country:
            # "rebels seized Goma", "took control of El Fasher": where the land taken is
            where = self._town_struck([*p.patients, *(o for w in p.patients for prep in w.children
                                                      if prep.dep_ == "prep" and prep.lower_ == "of"
                                                      for o in prep.children if o.dep_ == "pobj")])
        if entry.root in ATTACK_ROOTS and not where.country and all(t is None for _, t in pairs):
            # "Russia struck Dnipro", "shelled Kherson", "the town of Malakal": the town struck is where
            where = self._town_struck(p.patients)
            if not where.country:  # "M23 rebels advanced on Bukavu", "troops pushed toward Pokrovsk"
                where = self._town_struck([o for prep in p.verb.children if prep.dep_ == "prep" and
                                           prep.lower_ in ("on", "toward", "towards", "against", "into")
                                           for o in prep.children if o.dep_ == "pobj"])
        if entry.root in ATTACK_ROOTS and where.country and all(t is None for _, t in pairs):
            # "Russia fired a missile at Dnipro": force used in another country's town is used on it, and
            # rebels' force in their own ("the Taliban stormed a police headquarters in eastern Afghanistan")
            pairs = [(s, _place_ref(where, p.verb.sent) if country_of(_ref(s).code or "---") not in
                      ("---", where.country) or _opposition(_ref(s).code) else None) for s, _ in pairs]
        elif entry.root == "14" and all(t is None for _, t in pairs) and \
                (opposed := [self._opposed(doc.parse, _ref(s)) for s, _ in pairs]) and all(opposed):
            # "anti-Israel protesters rallied in London": against Israel, whatever the place
            pairs = [(s, o) for (s, _), o in zip(pairs, opposed)]
        elif entry.root == "14" and where.country and all(t is None for _, t in pairs):
            # "thousands demonstrated in Kirkuk", "opposition parties organised a general strike in Nepal": a
            # protest at home with no one named is against the country's authorities. Not one abroad ("Iranians
            # protested in London" is no protest against Britain)
            pairs = [(s, _place_ref(where, p.verb.sent) if country_of(_ref(s).code or "---") in
                      ("---", where.country) else None) for s, _ in pairs]
        if entry.root == "14" and all(t is None or len(code := _ref(t).code or "") <= 3 or code.startswith("---")
                                      for _, t in pairs) and (organ := _authority(index, p, pairs)) is not None:
            # "blocked streets in Hong Kong in defiance of Chinese authorities", "blocked transport into Abidjan
            # as they continued their effort to overthrow the government of President Gbagbo": the authority
            # the protest's purpose names is whom it is against, not the country of its place
            pairs = [(s, organ) for s, _ in pairs]
        if entry.code in PLACE_RULE_CODES and where.country and all(t is None for _, t in pairs):
            # "imposed a curfew in Bangkok", "lifted the state of emergency in northern parts of South Sudan":
            # the people of the place (its civilians, THACVL) are under it. Only in the authority's own
            # country: a place name of another is more often a town of the same name abroad (the gazetteer
            # keeps the largest)
            pairs = [(s, _place_ref(where, p.verb.sent, "CVL") if country_of(_ref(s).code or "---") == where.country
                      else None) for s, _ in pairs]
        elif entry.root == "07" and all(t is None for _, t in pairs) and \
                (helped := self._helped(index, p, sources)) is not None:
            # "provided 28 million euros to pay for aid for those affected in Yemen", "funding to fight the
            # Ebola epidemic in West Africa": aid goes where its purpose is
            pairs = [(s, helped) for s, _ in pairs]
        evidence = Evidence(s_index, start, end, doc.text[start:end])
        events = []
        seen = set()
        paired = self.codebook[rule.reverse] if rule.reverse in self.codebook and entry.code == rule.code else None
        for source, target in pairs:
            src = _ref(source)
            if src.code and (src.code[3:6] in HOME_SECTORS or src.code[3:6] in ("REB", "INS", "UAF") and
                             entry.root in ATTACK_ROOTS or src.code[3:6] == "GOV" and entry.root == "17"):
                # protesters in Tbilisi are Georgian, and rebels or gunmen fighting in Congo Congolese, and a
                # government coercing in Mali ("the junta dissolved all political parties in Mali") Malian; troops
                # need not be
                src = _placed(src, where)
            tgt = _placed(_ref(target), where) if target is not None else None
            if tgt is not None and _of_no_country([src]) and src.code and (sector := src.code[3:6]) in PEOPLE:
                # police and courts act on anyone at home; others on their state, or protest against it
                kinds = None if sector in POLICING else (
                    STATE_ORGANS | {""} if entry.root == "14" and sector in HOME_SECTORS else STATE_ORGANS)
                src = _placed(src, _home_of(tgt, kinds))
            if tgt is not None and not where.country and src.code and (
                    src.code[3:6] in POLICING or ((entry.code in HOME_STATE_ACTS or entry.root == "17") and
                                                  src.code[3:6] in ("", "GOV") and
                                                  (tgt.code or "")[3:6] in PEOPLE | {"PTY"})):
                # "Egyptian police opened fire to disperse demonstrators": police act at home, and so does a
                # state that arrests, deports or executes ("Iran hanged two men": IRNPPL) or otherwise coerces
                # ("Georgia's ruling party banned three opposition parties": GEOOPP)
                tgt = _placed(tgt, Location(text=None, country=country_of(src.code)))
            if tgt is not None and entry.code == OCCUPYING and tgt.code and tgt.code.endswith("CVL") and \
                    (root := mention_root(doc.parse, tgt)) is not None and root.lemma_.lower() in TOWN_NOUNS:
                # "captured the village of Illinka": land, UKR (of no known country: no one's)
                tgt = replace(tgt, code=country_of(tgt.code)) if not tgt.code.startswith("---") else None
            if tgt is not None and (entry.root in ATTACK_ROOTS or entry.code.startswith("138")) and \
                    entry.code != OCCUPYING and self._town(doc.parse, tgt):
                # "Russia struck Kyiv", "shelled the regional capital Juba": a town struck is its people
                # (UKRCVL), as a village or a residential area is; a country or region struck stays the country,
                # and so does a town taken ("rebels seized the city of Goma": its land, COD)
                tgt = replace(tgt, code=tgt.code + "CVL")
            if tgt is not None and (tgt.code == src.code or self._own_thing(doc.parse, src, tgt) or
                                    entry.root == "16" and _own_envoys(doc.parse, src, tgt) or
                                    entry.root == "01" and tgt.code == "---MED" or
                                    entry.root in VERBAL_ROOTS and self._own_doing(doc.parse, src, tgt, p.verb) or
                                    entry.root == "15" and _own_forces(src, tgt)):
                # (nor are reporters told something what it is about: "told reporters that ..."; nor are one's own
                # forces mobilised: "ordered the mobilisation of 4 million militia members", "mobilised its militias")
                tgt = None
            if _of_no_country([src]) and (
                    tgt is None and (entry.root == "02" or entry.code == "010" or src.code in (None, "---")) or
                    tgt is not None and _of_no_country([tgt]) and entry.root in ("01", "02")):
                # no country, no target: "an investigation determined ...", "a senior official said" say
                # nothing, nor do statements between actors of no country ("a governor said people had been
                # injured"); what a kind of actor did is kept ("teachers will not end the strike": ---EDU), and
                # so is a comment of a kind ("Sen. Mitch McConnell says he is pessimistic": ---LEG 012)
                continue
            key = (src.code, tgt.code if tgt else None)
            if key in seen:
                continue
            seen.add(key)
            confidence = _confidence(rule, src, tgt, source, p, inherited) - (OWN_CLAIM_DOUBT if own_claim else 0.0)
            directions = [(src, tgt, entry, plover)]
            if paired is not None and tgt is not None and tgt.code and (tgt.code, src.code) not in seen:
                # a dictionary's paired code ("ARRIVE [042:043]"): the target's side of the same event
                seen.add((tgt.code, src.code))
                directions.append((tgt, src, paired, paired))
            for one, other, kind, typed in directions:
                events.append(Event(
                    id=_event_id(doc.article.id, s_index, p.verb.idx, one.code, other.code if other else None,
                                 kind.code),
                    source=one if one is not UNNAMED else None, target=other,
                    code=kind.code, root=kind.root, name=kind.name,
                    # an action yet to come is announced: its quad class is its announcement's (verbal), as its
                    # PLOVER type is ("will release the peacekeepers": verbal cooperation)
                    goldstein=kind.goldstein, quad_class=typed.quad_class if modality == "intent" else kind.quad_class,
                    plover_event=typed.plover_event, plover_mode=typed.plover_mode, date=when, location=where,
                    modality=modality,
                    attribution=attribution, evidence=evidence, confidence=confidence,
                    predicate=_predicate_text(p, rule),
                ))
        return events

    def _targets(self, index, p: Predicate, sources, places: bool = True, executors: bool = False,
                 measures: bool = False) -> list:
        """The first actors among the objects, then the prepositional phrases, of the verb and its
        complements; an actor of the source's own country only when no other is found. With ``executors``,
        the verb's objects carry its complement out and are none; with ``measures`` (the verb's code is the
        measure's: sanctions imposed or threatened), whom a measure's own words name made it ("threatened to
        reimpose U.N. sanctions on Iran": Iran, not the UN)."""
        taken = {id(a) for a in sources}
        own = _countries(sources)
        heads = [p.verb, *(c for c in p.verb.children if c.dep_ == "xcomp"), *self._consumed.get(p.verb.i, [])]
        # "cordoned off the roads": a particle the parser took for a preposition has the object
        # "called on the US to lift sanctions against Iran": a preposition right after the verb ("call on",
        # "appeal to") has whom the verb is about, before anything its complement acts on
        args = [*(o for t in ([] if executors else p.patients) for o in (_prep_objects(t) if t.pos_ == "ADP" else [t])),
                # "denied charges by the U.S. Chamber of Commerce that ...": the parser may hang the claim's
                # author on the verb
                # and the author of any act it names ("condemned joint drills by Seoul and Washington")
                *(o for prep in p.verb.children if prep.dep_ == "prep" and prep.lower_ in ("by", "from")
                  and not p.passive and any((t.lemma_.lower() in CLAIMS or prep.lower_ == "by" and t.pos_ == "NOUN")
                                            and t.i < prep.i for t in p.patients)
                  for o in prep.children if o.dep_ == "pobj"),
                *(o for prep in p.verb.children if prep.dep_ == "prep" and prep.i == p.verb.i + 1
                               and prep.lower_ in PARTICLE_PREPS | ADDRESSEE_PREPS
                               for o in prep.children if o.dep_ == "pobj"),
                *(c for h in heads[1:] if h.dep_ == "ccomp" for c in h.children if c.dep_ == "nsubj"),
                # "threatened to make Spain pay": whom the complement makes act
                *(s for h in heads[1:] if h.lemma_.lower() in CAUSING for c in h.children if c.dep_ == "ccomp"
                  for s in c.children if s.dep_ == "nsubj"),
                # "appealed for Iran to release the sailors": whom "for ... to" names is asked, before what
                # the asked act is done to
                *(c for h in p.verb.children if for_to(h)
                  for c in h.children if c.dep_ == "nsubj"),
                *(c for h in heads[1:] for c in h.children if c.dep_ in ("dobj", "dative"))]
        if p.lemma in COMPLAINING:  # "complained to the UN over Israeli raids": what about, before to whom
            args[:0] = [obj for prep in p.verb.children if prep.dep_ == "prep" and prep.lower_ in ABOUT_PREPS
                        for obj in prep.children if obj.dep_ == "pobj"]
        # the phrases in TARGET_PREPS order, then the heads' and their words' (a stable sort of one pass)
        # ("suspended aid to Kabul in protest at the harassment ... by the Taliban": a phrase the parser hung on
        # the verb after "in protest" gives the reason, after the verb's own phrases)
        preps = sorted((prep for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ in
                        TARGET_ORDER), key=lambda prep: TARGET_ORDER[prep.lower_] + len(TARGET_ORDER) * (
                            prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in REASONS))
        # "filed a lawsuit in a Paris court against the crown prince", "went on strike in protest against the
        # laws": an "against" the parser hung on the verb's place (a place or an actor, not "detained suspects
        # in the attack against the convoy") or on "in protest" is the verb's
        preps += [prep for h in heads for where in h.children if where.dep_ == "prep" and where.lower_ in
                  LOCATION_PREPS for place in _prep_objects(where) if place.i in index.by_token or
                  place.ent_type_ in PLACE_ENTITIES or place.lemma_.lower() in ("protest", "retaliation", "response")
                  for prep in place.children if prep.dep_ == "prep" and prep.lower_ == "against"]
        args += [obj for prep in preps for obj in _prep_objects(prep)]
        # "returned a sculpture of the head of Marcus Aurelius to the Algerian ambassador", "authorized the release
        # of $1.2 billion in military assistance to Egypt": whom the object goes to, where its phrase says
        args += [obj for t in p.patients if t.pos_ != "ADP" for prep in clause_tokens(t) if prep.dep_ == "prep" and
                 prep.lower_ == "to" for obj in _prep_objects(prep)]
        # "sent experts to Saudi Arabia to investigate the attacks": where those sent go, after what they do
        if p.verb.dep_ in ("advcl", "xcomp") and infinitival(p.verb) and p.verb.head.lemma_.lower() in SENDING:
            args += [obj for prep in p.verb.head.children if prep.dep_ == "prep" and prep.lower_ in ("to", "into")
                     for obj in _prep_objects(prep)]
        # "marched close to the border with Mordor": the phrase of an adverb of the verb
        args += [obj for h in heads for adv in h.children if adv.dep_ == "advmod" for prep in adv.children
                 if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS for obj in prep.children if obj.dep_ == "pobj"]
        fallback: list = []
        downing = p.lemma in DOWNING  # "shot down 50 Russian drones": the weapon is the target (RUSMIL)
        for tok in args:
            if tok.lemma_.lower() == "behalf":
                continue  # "waged on behalf of NATO": for whom, not against whom
            # (not what the source strikes with: "struck a defence plant in Dnipro with the missile")
            weapons = downing and not (tok.dep_ == "pobj" and tok.head.lower_ in INSTRUMENT_PREPS)
            found = [a for a in index.actors_for(tok, weapons=weapons) if id(a) not in taken and
                     (a.kind != "weapon" or weapons) and not index.stands_for_any(a, taken)]
            if weapons and not found and (tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITIES):
                # "shot down 138 of the drones": the drones' (RUSMIL)
                found = [a for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for o in prep.children if o.dep_ == "pobj"
                         for a in index.actors_for(o, weapons=True) if id(a) not in taken]
            # (also of a measure named in an "of" phrase: "triggered the return of United Nations sanctions on
            # Iran")
            named = [tok, *(o for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                            for o in prep.children if o.dep_ == "pobj")] if measures else []
            authors = {id(a) for m in named if m.lemma_.lower() in MEASURE_NOUNS
                       for a in (found if m is tok else index.actors_for(m))
                       if (root := mention_root(tok.doc, a)) is not None and root.i == m.i}
            found = [a for a in found if id(a) not in authors]
            skip, deeper = taken | authors | {id(a) for a in found}, False
            while _of_no_country(found) and (
                    nested := index.first_in(tok, skip=skip, places=places, own=p.verb)) is not None:
                # "troops near the border with Ukraine": troops of no country are not the target, the
                # country their phrase names is, also further in ("sent vehicles and a team of paratroopers
                # to Lebanon"); "a hunger strike in prison": a place of no country is where
                inner = [a for a in index.actors_for(nested) if id(a) not in skip]
                if not inner or deeper and _preposition_of(nested, tok) not in RECIPIENT_PREPS:
                    break
                places_in = [i.code for i in inner if i.code and len(i.code) == 3 and not i.code.startswith("---")]
                if found and _located(nested, tok) and all(
                        a.code and a.code.startswith("---") and a.code[3:6] in CROWD_SECTORS - {""} for a in found):
                    # people of no country at a place are where they were, not the place ("killed hundreds of
                    # civilians, including patients at a hospital"), and a country's or town's place's people:
                    # "held several hundred families as human shields in the Iraqi city of Falluja"
                    if places_in:
                        found = [_placed(a, Location(text=None, country=country)) for a in found
                                 for country in dict.fromkeys(places_in)]
                    break
                if not (_located(nested, tok) and _of_no_country(inner)):
                    found = inner
                skip, deeper = skip | {id(a) for a in inner}, True
            if found and tok.pos_ == "NOUN" and all(a.code and country_of(a.code) == a.code for a in found) and \
                    (recipient := self._recipient(index, (*heads, tok), tok, taken, own)) is not None:
                # "sold Russian weapons to Syria", "contribute Swiss francs to Australia": the country only
                # describes the thing given (no people of it are named); who it goes to is the target
                found = [a for a in index.actors_for(recipient) if id(a) not in taken]
            if not found:
                continue
            if all(country_of(a.code) in own or a.code.startswith("---") for a in found):
                fallback = fallback or found  # own country, or of no known country: keep looking
                continue
            if fallback and _of_no_country(fallback) and all(a.code[3:6] in HOME_SECTORS for a in fallback) and \
                    tok.head.lower_ in LOCATION_PREPS and all(country_of(a.code) == a.code for a in found):
                # "beat three inmates at a prison near Lagos": a place after people of no country is where
                # they are, not whom the verb acts on (troops of no country may be anyone's: not them)
                return fallback
            return found
        # "Gollum allowed that Mordor isn't ...", "warned that it would draw the United States into
        # the war": what the statement is about, its subject first, then its objects
        for c in _complements(p.verb):
            words = [t for t in c.children if t.dep_ in ("nsubj", "nsubjpass")]
            words += [t for t in c.children if t.dep_ in ("dobj", "dative")]
            words += [obj for prep in c.children if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS
                      for obj in prep.children if obj.dep_ == "pobj"]
            for tok in words:
                # a subject's phrase says whom: "said that an embargo against Mordor would not work"
                found = index.named_in(tok, taken, places=False) if tok.dep_ in ("nsubj", "nsubjpass") else \
                    [a for a in index.actors_for(tok) if id(a) not in taken]
                found = [a for a in found if not index.stands_for_any(a, taken)]
                if found and any(country_of(a.code) not in own for a in found):
                    return found
                fallback = fallback or found
        return fallback

    def _threat_of(self, code: str) -> str | None:
        """CAMEO's threat of action ``code`` (1311 for stopping aid), or None where its announcement is no threat."""
        announced = self.codebook.intent_of(code) or ""
        return announced if announced.startswith("13") else None

    @staticmethod
    def _recipient(index, heads, thing, taken: set[int], own: set):
        """The object of a "to", "at", "against" ... phrase after ``thing``, under one of ``heads``, that
        names an actor of another country than the source's, or None."""
        for h in heads:
            for prep in h.children:
                if prep.dep_ not in ("prep", "dative") or prep.lower_ not in RECIPIENT_PREPS or prep.i < thing.i:
                    continue
                for r in prep.children:
                    if r.dep_ == "pobj" and any(country_of(a.code) not in own | {"---"}
                                                for a in index.actors_for(r) if id(a) not in taken):
                        return r
        return None

    @staticmethod
    def _marked(index, p: Predicate, rule, sources: list, targets: list) -> tuple[list, list]:
        """Sources and targets where a dictionary pattern's markers put them: ``WARN * THEIR ^ ABOUT +``
        finds the target in the phrase of "about", ``+ * (FROM $)`` makes the subject the target and
        finds the source after "from". Where there is no such phrase, the usual ones stay."""
        clause = {t.i for t in p.clause}
        taken = {id(a) for a in sources}

        def objects(preposition: str | None) -> list:
            return [obj for prep in p.clause if prep.dep_ in ("prep", "dative", "agent") and
                    prep.lower_ == preposition and prep.head.i in clause
                    for obj in prep.children if obj.dep_ == "pobj"]

        def at(preposition: str) -> list:
            return next((found for obj in objects(preposition) if (found := index.named_in(obj, taken))), [])

        givers = at(rule.source_at) if rule.source_at not in (None, "subject") else []
        if rule.target_at == "subject":
            # (where the source's phrase names no one, no one: "a convoy came under fire" is no one's)
            return (givers, sources) if givers or objects(rule.source_at) else (sources, targets)
        return givers or sources, (at(rule.target_at) if rule.target_at else []) or targets

    @staticmethod
    def _phrase_actors(index, p: Predicate, preposition: str) -> list:
        """The actors of the verb's phrases with ``preposition`` ("from Osgiliath", "in Gondor")."""
        return [a for prep in p.verb.children if prep.dep_ == "prep" and prep.lower_ == preposition
                for obj in prep.children if obj.dep_ == "pobj" for a in index.actors_for(obj)]

    @staticmethod
    def _custodians(index, p: Predicate) -> list:
        """Who holds the verb's patient, where an "in" phrase names the custody ("in Israeli police
        custody", "in a Syrian jail"; coordinated passives share it: "was tortured and killed in a secret CIA
        prison")."""
        return [a for v in passive_group(p.verb) for prep in v.children if prep.dep_ == "prep" and prep.lower_ == "in"
                for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() in CAPTIVITY
                for a in index.actors_for(obj) if a.code and not a.code.startswith("---")]

    def _holders(self, index, p: Predicate) -> list:
        """Who held people freed from captivity by no one named: whom their clause names ("two Russian citizens
        who had been held by the government in Libya were released": LBYGOV); else where they were held:
        "released from captivity in Libya" (LBY, as a place), "political prisoners have been released in
        Tripoli" (a state holds prisoners; not hostages); else none."""
        holders = [a for w in p.patients for c in w.children if c.dep_ in ("relcl", "acl") and
                   c.lemma_.lower() in HOLDING for o in agent_objects(c) for a in index.actors_for(o)]
        if holders:
            return holders
        held = tuple(obj for prep in p.verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
                     for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() in CAPTIVITY)
        prisoners = any(t.lemma_.lower() in PRISONERS for w in p.patients for t in w.subtree)
        where = self._location(p, ("in",), heads=(*held, p.verb)) if held or prisoners else Location()
        return [_place_ref(where, p.verb.sent)] if where.country else []

    def _helped(self, index, p: Predicate, sources):
        """Whom aid with no named recipient is for: the first actor, else place, of another country than the
        givers' in its object's or its purpose's phrase ("money to support refugees in Syria", "teams ... as part
        of a rescue effort that saved 130 lives in Haiti"), or None."""
        own = _countries(sources)
        # (after the thing given, not in its words: "sent Russian-made weapons" is no aid to Russia)
        phrase = sorted({t.i: t for c in p.verb.children if c.dep_ in ("dobj", "attr", "xcomp", "advcl") or
                         c.dep_ == "prep" and c.lower_ in ("for", "as") for t in c.subtree
                         if c.dep_ not in ("dobj", "attr") or t.i > c.i}.values(), key=lambda t: t.i)
        for tok in phrase:
            actor = index.by_token.get(tok.i)
            if actor is not None and actor.code and actor.kind != "weapon" and \
                    country_of(actor.code) not in own | {"---"}:
                return actor
        where = self._location(p, heads=phrase)
        return _place_ref(where, p.verb.sent) if where.country and where.country not in own else None

    def _location(self, p: Predicate, preps=LOCATION_PREPS, heads=()) -> Location:
        """The place of the first phrase of ``preps`` under the verb or its subject or object (under
        ``heads`` if given) that names one the dictionaries or the gazetteer know."""
        tokens = p.with_subjects()
        if heads:  # (a phrase of a complement's object: "refused to deploy peacekeepers in Iraq")
            tokens = sorted({t.i: t for t in (*tokens, *(c for h in heads for c in h.children))}.values(),
                            key=lambda t: t.i)
        for tok in tokens:
            if tok.dep_ != "prep" or tok.lower_ not in preps or (tok.head not in heads if heads else (
                    tok.head.i != p.verb.i and tok.head.dep_ not in ("dobj", "nsubj", "nsubjpass")
                    and not _gathering(tok.head, p.verb) and not _as_what(tok.head, p.verb)
                    and not _verbs_phrase(tok.head, p.verb) and not _objects_owner(tok.head, p.verb)
                    and not _objects_target(tok.head, p.verb))):
                continue
            # "in Basra", "outside of Basra": the object, or the object of a following "of"
            objs = [o for c in tok.children for o in ([c] if c.dep_ == "pobj" else c.children if
                                                      c.dep_ == "prep" and c.lower_ == "of" else [])
                    if o.dep_ == "pobj"]
            for obj in objs:
                if obj.lemma_.lower() in REASONS:
                    continue  # "in retaliation for an attack in Jordan": where the reason happened
                if (where := self._place_of(obj, _not_placed(obj, preps))).country:
                    return where
        return Location()

    def _state(self, ref: ActorRef) -> bool:
        """Whether an actor is a state: its government, or a country named by its name or capital ("the
        Philippines", "Manila"), not by its people ("Palestinians", "Iraqis")."""
        code = ref.code or ""
        if code[3:6] == "GOV":
            return True
        entry = self.dictionary.country_entry(code) if len(code) == 3 else None
        words = (ref.text or "").casefold().removeprefix("the ")
        return entry is not None and words in {w.casefold().removeprefix("the ")
                                               for w in (entry.name, *entry.aliases, entry.capital or "")}

    def _town_struck(self, objects) -> Location:
        """The place the first of the objects of force that is a name or a town or region noun names ("struck
        Dnipro", "shelled the town of Malakal", "advanced into the Dnipropetrovsk region"), if any."""
        return next((w for t in objects if (t.pos_ == "PROPN" or t.lemma_.lower() in TOWN_NOUNS | REGION_NOUNS)
                     and (w := self._place_of(t)).country), Location())

    @staticmethod
    def _own_thing(parse, src: ActorRef, tgt: ActorRef) -> bool:
        """Whether the target is the source's own country owning what the act is done to, as a pronoun
        says: "Kim vowed to bolster his country's nuclear arsenal", "Iran vowed to protect its sovereignty"."""
        root = _own_country_root(parse, src, tgt)
        return root is not None and root.dep_ == "poss" and root.head.pos_ == "NOUN" and \
            any(t.pos_ == "PRON" and t.dep_ == "poss" for t in (root, *root.children))

    @staticmethod
    def _own_doing(parse, src: ActorRef, tgt: ActorRef, verb) -> bool:
        """Whether the target is the source's own country as the subject of what its words say it will do:
        "Lavrov warned that Moscow would respond", "Putin said Russia would put the missile into production"."""
        root = _own_country_root(parse, src, tgt)
        return root is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ccomp" and \
            root.head.head.i == verb.i

    def _town(self, parse, ref: ActorRef) -> bool:
        """Whether an actor of a bare country code is named by a town of it (a gazetteer place with
        coordinates: "Dnipro", "the city of Kharkiv"), not by the country, a region ("Crimea") or its capital,
        which stands for the state ("fired two artillery shells at Seoul": KOR, as PETRARCH codes it)."""
        if len(ref.code or "") != 3 or ref.code == "---" or ref.start is None:
            return False
        root = mention_root(parse, ref)
        if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" and \
                root.head.head.lemma_.lower() in TOWN_NOUNS:
            root = root.head.head  # "bombed the city of Kharkiv": the city
        if root is None or not (root.pos_ == "PROPN" or root.lemma_.lower() in TOWN_NOUNS) or \
                root.dep_ == "pobj" and root.head.lower_ not in STRUCK_PREPS:
            return False  # "struck an arsenal near the town of Karachev": the arsenal, not the town, was struck
        names = _proper_names(parse[root.left_edge.i: root.right_edge.i + 1])
        if not names:
            return root.lemma_.lower() in TOWN_NOUNS - {"capital"}  # "threatened to shell Iraqi towns"
        if any((capital := self.gazetteer.lookup(name.text)) is not None and capital.capital for name in names):
            return False
        place = self._place_of(root)
        return place.lat is not None and place.country == ref.code

    def _place_of(self, obj, outside=frozenset()) -> Location:
        """The place a noun's phrase names: places the parser tags, else proper nouns the gazetteer knows
        ("Samarra"); a name the tagger takes for a person's or an organisation's only where the dictionary
        knows it as a country's place or the gazetteer as a place's own name (it takes "Kyiv" and "Kherson" for
        people; "Hamas" is an alternate name of Hamm); not in ``outside``, a phrase of another kind ("at the
        prospect of a deal with China")."""
        if obj.lemma_.lower() == "capital" and (capital := self._capital(obj)).country:
            return capital
        end = obj.right_edge.i
        while end > obj.i and obj.doc[end].is_punct:
            end -= 1  # ("in Darfur, residents and aid groups said": no comma after the place)
        phrase = obj.doc[obj.left_edge.i: end + 1]
        # (not in a clause that describes the place: "the Donetsk region, where Moscow's troops have advanced")
        # (nor in an apposition of what the sentence did: "fired missiles at Kyiv, a move Ukraine condemned")
        outside = outside | {t.i for c in obj.children if c.dep_ == "relcl" or c.dep_ == "appos" and c.pos_ == "NOUN"
                             and any(r.dep_ == "relcl" for r in c.children) for t in c.subtree}
        names = [ent for ent in phrase.ents if ent.label_ in PLACE_ENTITIES and ent.root.i not in outside] or [
            name for name in _proper_names(phrase) if name.root.i not in outside and name[0].ent_type_ != "DATE"
            and (name[0].ent_type_ not in UNLISTED_KINDS or self.dictionary.country(name.text)
                 or self.gazetteer.is_place_name(name.text))]
        # (the place a named part of a place is of: "the Old City of Mosul" is in Mosul, whatever town the gazetteer
        # has of the part's name)
        roots = {n.root.i for n in names}
        names.sort(key=lambda ent: any(c.dep_ == "prep" and c.lower_ == "of" and o.dep_ == "pobj" and o.i in roots
                                       for c in ent.root.children for o in c.children))
        # (a place the phrase is in before one that modifies a noun: "a U.S. air base in Qatar" is in Qatar)
        if any(n.root.dep_ == "pobj" and n.root.head.lower_ in ("in", "near", "inside") for n in names):
            names.sort(key=lambda ent: ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.i == obj.i)
        for ent in names:
            text = without_possessive(ent.text)
            place = self.gazetteer.lookup(text)
            named = self.dictionary.country(text)  # "Lebanon" is the country, not Lebanon, Tennessee
            named = self._renamed.get(named, named)  # ("eastern Congo" where the actors say it is the DRC)
            if named and place is not None and place.country != named:
                place = None
            country = named or (place.country if place else None)
            if country:
                return Location(_place_words(obj, ent.root, end).text, country, place.lat if place else None,
                                place.lon if place else None)
        return Location()

    def _capital(self, noun) -> Location:
        """The capital a country's word before "capital" names ("in the Qatari capital", "Sudan's capital"):
        Doha, Khartoum, with its coordinates."""
        for word in noun.children:
            if word.dep_ in ("amod", "compound", "poss") and word.i < noun.i and \
                    (code := self.dictionary.country(without_possessive(word.text))):
                code = self._renamed.get(code, code)
                entry = self.dictionary.country_entry(code)
                place = self.gazetteer.lookup(entry.capital) if entry is not None and entry.capital else None
                if place is not None and place.country == code:
                    return Location(noun.doc[noun.left_edge.i: noun.i + 1].text, code, place.lat, place.lon)
        return Location()

    def _opposed(self, parse, actor: ActorRef) -> ActorRef | None:
        """The country or international body an actor's own words say it is against: "anti-American
        demonstrators" (USA), "anti-NATO protesters"."""
        span = parse.char_span(actor.start, actor.end, alignment_mode="expand") if actor.start is not None else None
        for tok in span or ():
            if against(tok) and (code := self.dictionary.country(tok.text) or self.dictionary.igo(tok.text)):
                return ActorRef(tok.text, code, tok.idx, tok.idx + len(tok.text))
        return None


def _place_words(obj, name, end: int):  # -> spacy.tokens.Span
    """The words of the phrase of ``obj`` (up to ``end``) that say where: the phrase of the place's name itself
    where another phrase holds it ("the UN peacekeeping mission in Mali": Mali; "one of its stations along the
    Golan Heights": the Golan Heights; but "the town of Malakal"), and without a clause or apposition that
    describes it ("Israel, which began its own strikes on Iran": Israel; "Idlib, Syria's last opposition enclave":
    Idlib; but "Hamburg, Germany")."""
    tok, top = name, obj
    while tok.i != obj.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ != "of":
            top, end = tok, tok.right_edge.i  # (the highest such phrase under the object)
        tok = tok.head
    # (a place's own country stays: "Hamburg, Germany")
    described = [c.left_edge.i for c in top.children if c.i > name.i and (
        c.dep_ in ("relcl", "acl") or c.dep_ == "appos" and c.pos_ == "NOUN")]
    end = min([end, *(i - 1 for i in described)])
    while end > top.i and top.doc[end].is_punct:
        end -= 1
    return top.doc[top.left_edge.i: end + 1]


class _ActorIndex:
    """Actors of a document by token."""

    def __init__(self, doc: Document, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        dateline = DATELINE.match(doc.text)
        self.dateline_end = dateline.end() if dateline else 0
        self.by_token: dict[int, Actor] = {}
        self.partners: dict[int, list[Actor]] = {}  # id(actor) -> actors coordinated inside its phrase
        parse = doc.parse
        for actor in doc.actors:
            if actor.coordinated is not None:
                self.partners.setdefault(id(doc.actors[actor.coordinated]), []).append(actor)
                continue
            span = parse.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is not None:
                for tok in span:
                    self.by_token[tok.i] = actor

    def actors_for(self, tok, as_source: bool = False, weapons: bool = False) -> list[Actor]:
        """The actors a syntactic argument names, one per coordinated noun (weapons only as a source, or
        where ``weapons`` is asked for)."""
        found = []
        for conj in self._listed(tok):
            actor = self.by_token.get(conj.i)
            if actor is None and conj.lemma_.lower() in MEMBERS:
                actor = next((self.by_token.get(p.i) for c in conj.children if c.dep_ == "prep" and c.lower_ == "of"
                              for p in c.children if p.dep_ == "pobj" and p.i in self.by_token), None)
            if actor is None and as_source and conj.lemma_.lower() in MEETINGS | FIGHTS:
                # "the summit between the EU and Turkey failed to reach agreement": both sides did
                sides = [a for c in conj.children if c.dep_ == "prep" and c.lower_ == "between"
                         for p in c.children if p.dep_ == "pobj" for a in self.actors_for(p, as_source)]
                if sides:
                    found.extend(sides)
                    continue
            if actor is None:
                actor = next((self.by_token[c.i] for c in conj.children if c.dep_ == "appos" and c.i in self.by_token),
                             None)
            if actor is None and as_source and (conj.tag_ == "NNS" or conj.lemma_.lower() in COLLECTIVES):
                # "Yemen's warring parties agreed", "Ithilen's militia vowed": Yemen's, Ithilen's
                # people act (a plural, not an act: "Ukraine's use of missiles showed" is no act of Ukraine)
                # (a body's owner of any kind: "the oilworkers' confederation called off a strike")
                actor = next((self.by_token[c.i] for c in conj.children if c.dep_ == "poss" and c.i in self.by_token
                              and (self.by_token[c.i].kind in ("country", "organisation", "person")
                                   or conj.lemma_.lower() in COLLECTIVES)), None)
            if (actor is None or (actor.code or "").startswith("---")) and conj.pos_ == "NOUN" and (side := [
                    a for c in conj.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in LINKED
                    for prep in c.children if prep.dep_ == "prep" and prep.lower_ in ("to", "with")
                    for p in prep.children if p.dep_ == "pobj" for a in self.actors_for(p, as_source)]):
                # "hackers linked to the Iranian government" are that side's, "rebels loyal to Riek Machar" its
                # country's rebels (SSDREB)
                if actor is None:
                    found.extend(side)
                    continue
                countries = [c for c in dict.fromkeys(country_of(a.code) for a in side) if c != "---"]
                if countries:
                    found.extend(replace(actor, code=c + actor.code[3:]) for c in countries)
                    continue
            if actor is None and (named := [a for c in conj.children if c.dep_ == "prep" and c.lower_ == "including"
                                            for p in c.children if p.dep_ == "pobj"
                                            for a in self.actors_for(p, as_source)]):
                # "critics, including the European Commission, accuse ...": those named for the unnamed
                found.extend(named)
                continue
            if actor is None and (actor := _unlisted(conj, self.by_token)) is not None and \
                    self.gazetteer.is_place_name(actor.text):
                actor = None  # a place the tagger took for a person ("Sumy")
            if actor is not None and actor.code and (as_source or weapons or actor.kind != "weapon"):
                found.append(actor)
                found.extend(self.partners.get(id(actor), []))
                found.extend(self._plural_antecedent(actor))
        return found

    def _plural_antecedent(self, actor: Actor) -> list[Actor]:
        """The rest of the list a plural pronoun stands for, as that pronoun ("Egypt and Turkey said they
        would send aid": Turkey too)."""
        if actor.kind != "pronoun" or actor.antecedent is None or actor.text.lower() not in PLURAL_PRONOUNS:
            return []
        named = self.doc.actors[actor.antecedent]
        root = mention_root(self.doc.parse, named)
        if root is None or not any(c.dep_ == "conj" for c in root.children):
            return []
        return [replace(actor, code=a.code, name=a.name) for a in self.actors_for(root, True)
                if a is not named and a.code and a.code != actor.code and a.kind != "pronoun"]

    def stands_for_any(self, actor: Actor, among: set[int]) -> bool:
        """Whether ``actor`` is a pronoun for one of ``among`` (ids) or for a list one of them is in ("Egypt and
        Turkey said they were following the situation": the speakers, no one they spoke of)."""
        if actor.kind != "pronoun" or actor.antecedent is None:
            return False
        named = self.doc.actors[actor.antecedent]
        if named.coordinated is not None:
            named = self.doc.actors[named.coordinated]
        root = mention_root(self.doc.parse, named)
        return id(named) in among or root is not None and any(id(a) in among for a in self.actors_for(root, True))

    def _listed(self, tok) -> list:
        """The nouns of a list headed by ``tok``; the parser often makes a list's second item an
        apposition ("Mordor, the Shire, Arnor and Bree"): one naming another country is an item."""
        items = conjuncts(tok)
        own = self.by_token.get(tok.i)
        for item in list(items):
            for c in item.children:
                other = self.by_token.get(c.i) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
                if other is not None and own is not None and other.code and own.code and \
                        country_of(other.code) != country_of(own.code):
                    items += [x for x in conjuncts(c) if x not in items]
        return items

    def named_in(self, tok, skip: set[int], places: bool = True) -> list[Actor]:
        """The actors ``tok`` names, else those of the first actor inside its phrase (see :meth:`first_in`),
        leaving out those in ``skip`` (ids)."""
        found = [a for a in self.actors_for(tok) if id(a) not in skip]
        if not found and (nested := self.first_in(tok, skip=skip, places=places)) is not None:
            found = [a for a in self.actors_for(nested) if id(a) not in skip]
        return found

    def first_in(self, tok, skip: set[int], places: bool = True, own=None):
        """The head token of the first actor inside an argument's phrase, not crossing into
        another clause (its coordinated actors come with it through :meth:`actors_for`); with
        ``places`` False, not one the phrase only locates ("signed an agreement in Washington"); not in the
        verb ``own``, the participle of the event sought ("a proxy war waged by the Ukrainian regime")."""
        for t in clause_tokens(tok):
            if t.i == tok.i or (not places and _located(t, tok)):
                continue
            actor = self.by_token.get(t.i)
            if actor is not None and actor.code and actor.kind != "weapon" and id(actor) not in skip:
                if t.dep_ == "det" and self.by_token.get(t.head.i) is actor:
                    t = t.head  # "between the Emirates and Saudi Arabia": the noun, whose list it heads
                head = _head_of(t)
                return head if head.i != tok.i else t  # (not up into the argument itself)
        for c in tok.children:  # "permission for Zelensky to use ...": who the clause is about
            if c.dep_ in ("acl", "advcl"):
                for s in c.children:
                    actor = self.by_token.get(s.i) if s.dep_ in ("nsubj", "nsubjpass") else None
                    if actor is not None and actor.code and id(actor) not in skip:
                        return s
        # "the roads leading into Mordor", "abandoned efforts to stop an anti-Gondor parade": a participle's
        # (an object's infinitive's) phrase with no subject says whose, or whom; so does a gerund of what the
        # noun is about ("pessimism over holding negotiations with the United States")
        # (not a go-between: "a ceasefire brokered by Qatar" is none of Qatar's doing, "a resolution proposed by
        # the Security Council" is)
        clauses = [c for c in tok.children if c.dep_ == "acl" and (
            c.tag_ in ("VBG", "VBN") or c.tag_ == "VB" and tok.dep_ == "dobj") and
                   not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) and
                   not (c.lemma_.lower() in BROKERING and any(s.dep_ == "agent" for s in c.children))
                   and (own is None or c.i != own.i)]  # (nor the participle whose event this is: "a war waged by")
        clauses += [c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS
                    for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
        # people an active participle describes do what it says: only where they are says whose ("fired tear
        # gas at protesters demanding the president's resignation" is no act on the president; "civilians
        # sheltering in Rafah" are Rafah's; "workers employed by the UN" are the UN's)
        people = (named := self.by_token.get(tok.i)) is not None and bool(named.code) and named.kind != "weapon"
        for c in clauses:
            doers = people and c.tag_ == "VBG"
            for t in clause_tokens(c):
                actor = self.by_token.get(t.i)
                if t.i != c.i and actor is not None and actor.code and actor.kind != "weapon" and \
                        id(actor) not in skip and (_located(t, c) if doers else places or not _located(t, c)):
                    return _head_of(t)
        return None

    def ref_for(self, tok) -> ActorRef:
        actor = self.by_token.get(tok.i)
        if actor is not None:
            return _ref(actor)
        phrase = tok.doc[tok.left_edge.i: tok.right_edge.i + 1]
        return ActorRef(phrase.text, None, phrase.start_char, phrase.end_char)


def _stranded_subject(p: Predicate, index) -> list:
    """A finite verb the parser left without a subject, right after an actor the parser hung
    elsewhere ("On Tuesday Ukraine fired ...", read as the date "Tuesday Ukraine"): that actor."""
    verb = p.verb
    while verb.dep_ == "xcomp" and verb.head.i < verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.head.children):
        verb = verb.head  # "... have agreed to allow": whom "agreed" leaves without a subject
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)  # ("USAID had announced ...")
    if p.passive or not finite or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return []
    tok = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    while tok is not None and tok.pos_ in ("ADV", "AUX", "PART") and tok.i not in index.by_token \
            and tok.i > verb.sent.start:
        tok = tok.doc[tok.i - 1]
    while tok is not None and tok.i not in index.by_token and tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "..., the Sudanese government and SPLM/A have agreed": the list's first actor
    if tok is None or tok.i not in index.by_token or tok.pos_ not in ("PROPN", "NOUN") and not tok.text.isupper():
        return []  # an actor, or an acronym the tagger took for an adverb ("USAID deployed ...")
    return [tok] if index.by_token[tok.i].kind != "weapon" else []


DRILLS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame", "training", "rehearsal"})


REFUSING = frozenset({"refuse", "decline", "reject"})
AGREEING = frozenset({"agree", "reach", "conclude", "strike", "sign", "settle"})
REFUSING_AUX = frozenset({"will", "wo", "shall", "would", "can", "ca", "could"})


def _refusal(verb, reading) -> bool:
    """A negated action that someone refuses rather than one that did not happen: "refused to
    release", "will not lift", "cannot accept"; not "did not attack"."""
    if reading.cue in REFUSING:
        return True
    if reading.cue == "fail" and verb.lemma_.lower() in AGREEING:
        return True  # "failed to reach agreement", "failed to agree": the sides rejected a deal (CAMEO 12)
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in verb.children)


NOT_RETURNED = frozenset({"fire", "favour", "favor", "call", "serve", "visit", "home", "power", "normal"})


def _returned_thing(verb) -> bool:
    """A verb of giving back with an object (not "returned fire", "returned the call") and a "to" phrase."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() not in NOT_RETURNED and c.pos_ in ("NOUN", "PROPN")
               for c in verb.children) and \
        any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _given_up(sent) -> list:
    """The verbs of plans a verb of the sentence gives up: "sell" in "cancelled plans to sell F-16s"."""
    return [acl for tok in sent if tok.pos_ == "VERB" and tok.lemma_.lower() in GIVING_UP
            for obj in tok.children if obj.dep_ in ("dobj", "nsubjpass") and obj.lemma_.lower() in PLANS
            for acl in obj.children if acl.dep_ == "acl" and acl.pos_ == "VERB" and infinitival(acl)]


def _while_clauses(verb) -> list:
    """The verb's clauses of the same time: "as protesters gathered", "when villagers threw stones" (the
    parser makes "as" a preposition of a verb, or "when" the clause's adverb, at times)."""
    return [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in WHILE_MARKS for m in c.children)] + [
        c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in WHILE_MARKS
        for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]


def _fatal_abuse(verb) -> str | None:
    """The verb of the abuse a death is said to come from ("died of torture", "as a result of the torture to
    which he was subjected", "due to continued torture", "because of beatings"), or None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from", "after", "following", "as", "due", "because",
                                                      "under"):
            continue
        for t in prep.subtree:
            if t.pos_ == "NOUN" and t.lemma_.lower() in FATAL_ABUSE and t.dep_ in ("pobj", "conj"):
                return FATAL_ABUSE[t.lemma_.lower()]
    return None


def _made_available(verb) -> bool:
    """ "made available ambulances", "made funds available": "available" said of what is made."""
    return any(c.lower_ == "available" and c.dep_ in ("oprd", "acomp", "ccomp", "amod", "advmod", "dobj")
               for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for c in h.children)


def _habitual(verb) -> bool:
    """A present-tense passive ("the sites from which attacks are launched") says what happens as a
    rule, not that something happened: no actor to take from the sentences before."""
    return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _in_drill(sent) -> bool:
    """The sentence is about a military exercise: firing without a target there is no attack."""
    return any(t.lemma_.lower() in DRILLS or (t.lower_ == "games" and t.i > 0 and t.doc[t.i - 1].lower_ == "war")
               for t in sent)


def _irregular(form: str) -> str:
    """The verb of an irregular past ``form``, prefixed or not ("took", "retook"), or ''."""
    if form in IRREGULAR:
        return IRREGULAR[form]
    prefix = next((p for p in PREFIXES if form.startswith(p) and form[len(p):] in IRREGULAR), None)
    return prefix + IRREGULAR[form[len(prefix):]] if prefix else ""


def _speech_adjunct(verb) -> bool:
    """ "..., saying ...", "..., arguing that ...": a participle restating its clause's speaker; and one of
    speaking on a saying verb ("officials, speaking on condition of anonymity, said ..."). Not one with an
    object: "..., accusing the group of violating it" is an accusation of its own."""
    if any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ == "oprd" for c in verb.children) and \
            verb.lemma_.lower() not in ("tell", "say", "call"):
        return False  # (but "..., calling them a violation" restates a condemnation)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and (verb.lemma_.lower() in modality_rules.REPORT or (
        verb.lemma_.lower() in ("speak", "talk", "comment") and verb.head.lemma_.lower() in modality_rules.REPORT))


def _responsible_for(verb) -> bool:
    """ "are responsible for mass killings": a copula whose adjective "responsible" has a "for" phrase."""
    return any(c.dep_ == "acomp" and c.lemma_.lower() == "responsible" and
               any(f.dep_ == "prep" and f.lower_ == "for" for f in c.children) for c in verb.children)


def _head_of(tok):
    """The noun heading the phrase ``tok`` modifies ("Russian" in "Russian territory" -> territory);
    a possessor is a phrase of its own ("Biden" in "Biden's drive")."""
    while tok.dep_ in ("compound", "amod", "nmod", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _of_no_country(actors) -> bool:
    """None of ``actors`` (maybe none at all) is of a known country ("troops", "a prison": ---MIL, ---COP)."""
    return all((a.code or "---").startswith("---") for a in actors)


def _proper_names(phrase) -> list:
    """The runs of proper nouns in ``phrase``, each one name ("Alta Verapaz" is not Alta, Norway)."""
    names, start = [], None
    for t in [*phrase, None]:
        if t is not None and t.pos_ == "PROPN":
            start = t.i if start is None else start
        elif start is not None:
            names.append(phrase.doc[start:(t.i if t is not None else phrase.end)])
            start = None
    return names


def _countries(actors) -> set:
    """The countries (or IGOs) of ``actors`` with a code."""
    return {country_of(a.code) for a in actors if a.code}


def _own_force(actor, own: set) -> bool:
    """Whether ``actor`` is armed forces or police of no known country or of one of the countries ``own``."""
    code = actor.code or ""
    if code == "IGO" or code.startswith("IGO") and len(code) == 6 and "peacekeep" in (actor.text or "").lower():
        return True  # peacekeepers of no one named, or a country's ("its peacekeepers": IGOBGD)
    country = country_of(code)
    return _sector(code) in FORCE_SECTORS and country in own | {"---"}  # (IGOWSTNATMIL)


def _force_purpose(p: Predicate) -> str | None:
    """What forces moved are for, where their clause says: keeping the peace (074), joining or helping
    allies (military cooperation, 062)."""
    if any(t.lower_.startswith("peacekeep") for t in p.verb.sent):
        return "074"
    if any(c.dep_ == "advcl" and c.lemma_.lower() in ALLIED for c in p.verb.children):
        return "062"
    return None


OFFICERS = frozenset({"chief", "commander", "general", "minister", "secretary", "head", "officer", "admiral",
                      "marshal", "colonel", "spokesman", "spokeswoman", "spokesperson", "leader"})
"""Nouns of one officer, who visits where forces deploy."""


def _armed(actor, subjects) -> bool:
    """Whether ``actor``, a source, is armed forces: coded so (USAMIL) or named so ("Chinese peacekeepers"),
    not one officer ("the army chief visited the city" is a visit)."""
    code = actor.code or ""
    if any(s.tag_ in ("NN", "NNP") and _within(actor, s) and any(t.lemma_.lower() in OFFICERS for t in s.subtree)
           for s in subjects):
        return False  # ("Army chief Abdel Fattah al-Burhan": his title)
    return code[3:6] == "MIL" or code.endswith("MIL") or any(  # ("a first batch of ... troops": in the phrase)
        t.lemma_.lower() in FORCE_NOUNS for s in subjects for t in s.subtree if _within(actor, t))


def _prep_objects(prep) -> list:
    """The objects of a preposition (or of a "to" the parser calls a dative); where the parser left it
    without one and made its noun the subject of a participle clause beside or under it ("granted asylum
    to five army officers holed up in ...": officers, the subject of "holed"), that noun."""
    return [o for o in prep.children if o.dep_ == "pobj"] or [
        # "travel curbs to and from North Korea": the object the two prepositions share, on the second
        o for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP" for o in c.children if o.dep_ == "pobj"] or [
        # "filed a lawsuit against visiting Saudi Crown Prince Mohammed bin Salman": an adjective the parser
        # took for a gerund with an object
        o for c in prep.children if c.dep_ == "pcomp" and c.lower_ in VISITING for o in c.children
        if o.dep_ == "dobj"] or hung_objects(prep, (*prep.head.children, *prep.children))


def _gathering(noun, head) -> bool:
    """Whether ``noun`` is the gathering in a "for"/"on" phrase of ``head`` (a verb of going or its object):
    "gathered for a demonstration in Caracas", "will lead a delegation on a visit"."""
    return noun.lemma_.lower() in GATHERINGS and noun.dep_ == "pobj" and noun.head.head.i == head.i and \
        noun.head.lower_ in ("for", "on")


def _names_forces(words) -> bool:
    """Whether the phrase of any of ``words`` names armed forces ("400 troops", "a military platoon")."""
    return any(t.lemma_.lower() in FORCE_NOUNS for w in words for t in w.subtree)


def _authority(index, p: Predicate, pairs) -> ActorRef | None:
    """The state organ (GOV, MIL, COP, LEG, JUD) a protest's own words after its verb name as what it is
    against or about, not as anyone's subject ("... as police fired tear gas" acts, it is not protested);
    one of no country takes the country of the protest's target or source."""
    home = next((country_of(_ref(x).code) for pair in pairs for x in (pair[1], pair[0])
                 if x is not None and _ref(x).code and not _ref(x).code.startswith("---")), None)
    taken = {id(s) for s, _ in pairs if s is not None}
    for tok in p.verb.subtree:
        if tok.i <= p.verb.i or tok.dep_ in SUBJECT_DEPS or tok.dep_ == "pobj" and \
                tok.head.lower_ in LOCATION_PREPS or any(a.dep_ == "prep" and a.lower_ in SPATIAL_PREPS for a in
                                                         takewhile(lambda a: a.i != p.verb.i, tok.ancestors)):
            continue  # ("along the pass of Cirith Ungol", "in prison": where, not against whom)
        for actor in index.actors_for(tok):
            code = actor.code or ""
            if id(actor) in taken or len(code) < 6 or code[3:6] not in AUTHORITIES:
                continue
            if code.startswith("---"):
                if home is None:
                    continue
                code = home + code[3:]
            return ActorRef(actor.text, code, actor.start, actor.end)
    return None


def _as_what(noun, verb) -> bool:
    """ "held civilians as human shields in Raqqa": the noun of the verb's "as" phrase (or its object's: "hold
    several hundred families as human shields in the Iraqi city of Falluja"), whose place is the verb's."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "as" and (
        noun.head.head.i == verb.i or noun.head.head.dep_ == "dobj" and noun.head.head.head.i == verb.i)


def _place_ref(where: Location, sent, sector: str = "") -> ActorRef:
    """The event's place as an actor: its country's code (with ``sector``: its civilians, "CVL"), on its
    words in the sentence."""
    start = sent.text.find(where.text) if where.text else -1  # (the sentence's text: the Doc's is built anew)
    if start >= 0:
        start += sent.start_char
    return ActorRef(where.text, where.country + sector, *((start, start + len(where.text)) if start >= 0 else ()))


def _within(actor, tok) -> bool:
    """Whether ``actor``'s words are inside the phrase of ``tok``."""
    start = getattr(actor, "start", None)
    return start is not None and tok.left_edge.idx <= start < tok.right_edge.idx + len(tok.right_edge.text)


def _preposition_of(tok, phrase) -> str | None:
    """The preposition whose phrase ``tok`` is in, nearest first, inside ``phrase``."""
    while tok.i != phrase.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj":
            return tok.head.lower_
        tok = tok.head
    return None


def _own_envoys(parse, src: ActorRef, tgt: ActorRef) -> bool:
    """Whether the target is the source's own people it names with a pronoun ("Iran recalled its ambassadors
    from the three countries": no act on Iran's government)."""
    if not src.code or not tgt.code or country_of(tgt.code) != country_of(src.code) or tgt.start is None:
        return False
    root = mention_root(parse, tgt)
    return root is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children)


def _own_country_root(parse, src: ActorRef, tgt: ActorRef):
    """The head token of a target's mention where the target is the source's own country, else None."""
    if not src.code or tgt.code != country_of(src.code) or tgt.start is None:
        return None
    return mention_root(parse, tgt)


def _verbs_phrase(noun, verb) -> bool:
    """Whether ``noun`` is the object of a phrase of where or when the verb acts ("set fire to an oil depot",
    "kidnapped students from a school", "killed during a raid") or of its passive's agent ("were abducted by
    gunmen in Jonglei", "killed by Russian shelling in Kherson"), whose own place phrase says where it did."""
    return noun.dep_ in ("pobj", "pcomp") and noun.head.head.i == verb.i and (
        noun.head.lower_ in PLACING_PREPS or noun.head.dep_ == "agent")


def _located(tok, phrase) -> bool:
    """Whether ``tok`` sits under a preposition of place inside ``phrase`` ("talks in Geneva")."""
    while tok.i != phrase.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATION_PREPS:
            return True
        tok = tok.head
    return False


def _complements(verb) -> list:
    """The verb's clausal complements, also where the parser hung them under "that" or a gerund
    ("warned that allowing strikes would draw ...")."""
    found, stack = [], list(verb.children)
    while stack:
        tok = stack.pop(0)
        if tok.dep_ == "ccomp" and tok.pos_ in ("VERB", "AUX"):
            found.append(tok)
        elif tok.dep_ in ("dobj", "pcomp") and tok.i > verb.i:
            stack.extend(tok.children)
    return found


def _speaks_for(speaker: ActorRef, sources) -> bool:
    """Whether the speaker is of a source's own country ("Russia said it would ..."), on the same side of
    it: rebels do not speak for the government ("Rwandan rebels announced that President Kagame must ...")."""
    return any(country_of(code := _ref(s).code or "") == country_of(speaker.code)
               and _opposition(code) == _opposition(speaker.code) for s in sources)


def _opposition(code: str | None) -> bool:
    """Whether the actor stands against its country's state: rebels, the opposition (AFGREB, RUSOPP)."""
    return bool(code) and not code.startswith("---") and bool(_parts(code) & OPPOSITION)


def _own_forces(src: ActorRef, tgt: ActorRef) -> bool:
    """Whether the target is armed forces of the source's country or of none (its own, moved or readied)."""
    return (tgt.code or "")[3:6] in ("MIL", "UAF", "COP") and \
        country_of(tgt.code) in ("---", country_of(src.code or ""))


def _objects_target(tok, verb) -> bool:
    """Whether ``tok`` is what the verb's object is used on: a place phrase after it places the act ("launched
    strikes on nine sites in Pakistan")."""
    on = tok.head
    return tok.dep_ == "pobj" and on.lower_ in STRUCK_PREPS and on.head.dep_ == "dobj" and on.head.head.i == verb.i


def _objects_owner(tok, verb) -> bool:
    """Whether ``tok`` names whose the verb's object is, in its "of" phrase: a place phrase after it is the
    object's ("attacked the embassies of Rwanda and France in Kinshasa": in Kinshasa, not Rwanda's)."""
    of = tok.head
    return tok.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ == "dobj" and of.head.head.i == verb.i


def _placed(ref: ActorRef | Actor, where: Location) -> ActorRef | Actor:
    """An actor of no known country takes the country where the event is placed: a target ("shelled
    villages in Kharkiv") or a source of a home sector ("students demonstrated in Nairobi"); not one named
    foreign ("foreign fighters")."""
    if where.country and ref.code and ref.code.startswith("---") and \
            "foreign" not in (ref.text or "").lower().replace('"', " ").split():
        return replace(ref, code=where.country + ref.code[3:])  # (an Actor of the index keeps its kind)
    return ref


def _home_of(target: ActorRef, kinds: frozenset[str] | None) -> Location:
    """Where people of no known country who act on ``target``, in no place named, live: the target's country,
    where the target is of a sector in ``kinds`` ("" for a country itself; None: any). People act on their state
    ("students demanded reforms by President Suharto's government": IDNEDU; "militants attempted to assassinate
    Prime Minister Allawi": IRQREB) or protest against it ("ethnic Turks began a hunger strike to protest
    against Sweden's decision": SWECVL); police and courts act on anyone at home ("federal police launched an
    investigation into an Australian soldier": AUSCOP). Never by a body of many states or by the news media
    spoken to ("guerrillas told AFP")."""
    code = target.code or "---"
    sector = _sector(code)
    if code.startswith(("---", "IGO", "NGO", "MNC")) or sector == "MED" or kinds is not None and sector not in kinds:
        return Location(text=None, country=None)
    return Location(text=None, country=country_of(code))


def _own_state(speaker: str, code: str | None) -> bool:
    """Whether ``code`` is no one or the speaker's own country as the speaker may speak for it: a state organ
    (or the bare country) talking of its own country, anyone of that country talking of the country itself."""
    country = country_of(code or "---")
    if country in (None, "---") or country != country_of(speaker):
        return country in (None, "---")
    return _sector(speaker) in ("", "GOV", "MIL", "LEG") or _sector(code) not in STATE_ORGANS


def _stopping(p: Predicate) -> bool:
    """Whether what the verb orders is a stop ("ordered ... to suspend publication", "ordered the closure")."""
    return any(c.lemma_.lower() in STOPPING for c in p.verb.children if c.dep_ in ("xcomp", "ccomp", "dobj"))


def _silenced(targets) -> str | None:
    """Whom an order to stop stops: the press ("ordered the opposition newspaper La Prensa to suspend
    publication", "ordered the closure of Al Jazeera's office") or parties ("ordered all political parties to
    cease their activities"), a restriction imposed on them (1721, 1722), not a demand."""
    sectors = {part for t in targets if (code := _ref(t).code) for part in _parts(code)}
    return next((SILENCED[s] for s in ("MED", "PTY", "OPP") if s in sectors), None)


def _parts(code: str) -> set:
    """The three-letter parts of an actor code after its first: IGOUNOREFHCR -> UNO, REF, HCR."""
    return {code[i:i + 3] for i in range(3, len(code), 3)}


def _sector(code: str) -> str:
    """The first sector after an actor code's country or IGO: USAGOVLEG -> GOV, IGOWSTNATMIL -> MIL, USA -> ""."""
    country = country_of(code) or ""
    return code[len(country):len(country) + 3]


UNLISTED_KINDS = {"PERSON": "person", "ORG": "organisation"}
"""Named entities that act though no dictionary knows them, by the tagger's label."""


def _not_placed(obj, preps) -> set[int]:
    """Tokens of a place phrase's object that name a party, not a place: "at the prospect of a trade
    resolution with China", "in an interview with CNN", "in talks with the Palestinians" (a place phrase
    inside is still one: "against a defence plant in Dnipro")."""
    party = {t.i for tok in obj.subtree if tok.dep_ == "prep" and tok.lower_ in PARTY_PREPS for t in tok.subtree}
    placed = {t.i for tok in obj.subtree if tok.i in party and tok.dep_ == "prep" and tok.lower_ in preps
              for t in tok.subtree}
    return party - placed


def _unlisted(tok, known) -> Actor | None:
    """A person or organisation the tagger names and no dictionary holds ("Julian Assange criticized
    Ecuador's government", "the LTTE attacked a navy ship"), as an actor of no known country ("---"):
    who acted is part of what happened, even when the code cannot say whose side they are on. A proper
    noun or an acronym only: the tagger also labels the first word of a quote ("Strikes are ..."). Not a
    name a dictionary knows part of (a token in ``known``): "Omar al-Bashir", parsed as four subjects, is
    Bashir. The name of a known actor's title, parsed apart from it, is that actor ("South Korea's Prime
    Minister Lee Nak-yon (R) holds talks": the minister, KORGOV)."""
    kind = UNLISTED_KINDS.get(tok.ent_type_)
    if kind is None or not (tok.pos_ == "PROPN" or tok.is_upper):
        return None
    ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
    if ent is None or any(t.lower_ in HAZARDS or t.i in known for t in ent) or is_document(ent.root) or \
            ent[0].lower_ == "operation":
        return None  # (nor a text: "the Camp David Accords"; nor a military operation: "Operation Eastern Sentry")
    title = next((t.head for t in ent if t.dep_ == "appos" and t.head.i in known), None)
    before = tok.doc[ent.start - 1] if ent.start > 0 else None
    if title is None and before is not None and before.i in known and before.pos_ in ("NOUN", "PROPN") and \
            not before.ent_type_:
        title = before
    if title is not None:
        return known[title.i]
    return Actor(ent.text, ent.start_char, ent.end_char, "---", kind=kind)


UNNAMED = ActorRef("", None)
"""The source of force no one is named for: the event's source is null."""


def _ref(actor: Actor | ActorRef) -> ActorRef:
    if isinstance(actor, ActorRef):
        return actor
    return ActorRef(actor.text, actor.code, actor.start, actor.end)


RECIPROCAL_NOUNS = frozenset({"tie", "relation", "relationship", "meeting", "talk", "dialogue", "cooperation"})
RECIPROCAL_VERBS = frozenset({"meet", "talk", "negotiate", "clash", "fight", "cooperate", "reconcile", "exchange",
                              "swap", "trade", "quarrel", "confer", "consult", "spar", "feud", "skirmish"})


MENACES = frozenset({"war", "force", "retaliation", "response", "consequence", "attack", "strike", "sanction",
                     "punishment", "retribution", "revenge"})
"""Words that make a warning of what will be a threat: "any attempt at independence would mean war"."""


def _done_to_things(p: Predicate) -> list:
    """The objects of the predicate and of its "at", "on" and "against" phrases ("fired water cannon at its
    vessel")."""
    return [*p.patients, *(o for prep in p.verb.children
                           if prep.dep_ == "prep" and prep.lower_ in ("at", "on", "against")
                           for o in prep.children if o.dep_ == "pobj")]


def _another_side(event: Event, sources) -> bool:
    """Whether an event's source is a named actor of another country than the sources', or its rebels against
    them or theirs against it ("Erdogan welcomed the gesture" of the PKK)."""
    code = event.source.code if event.source is not None else None
    return bool(code) and not code.startswith("---") and all(
        country_of(code) != country_of(_ref(s).code or "") or
        (code[3:6] in OWN_SIDES) != ((_ref(s).code or "")[3:6] in OWN_SIDES) for s in sources)


def _latest_event(earlier: list[Event], s_index: int, fits) -> Event | None:
    """The latest earlier event that ``fits``, in the sentence ``s_index`` or the few before it."""
    return next((e for e in reversed(earlier) if e.evidence.sentence >= s_index - CONTEXT_SENTENCES and fits(e)),
                None)


def _done_by_a_thing(verb) -> bool:
    """Whether a "by" phrase of the passive verb names a thing that did it, no attack or weapon ("was killed by
    falling debris": not whoever acted last in the story; "killed by shelling", "by a missile" may be theirs)."""
    return any(c.dep_ == "prep" and c.lower_ == "by" and o.dep_ == "pobj" and o.pos_ == "NOUN" and
               o.lemma_.lower() not in ATTACK_NOUNS and not is_weapon(o)
               for c in verb.children for o in c.children)


def _definite_act(p: Predicate, nouns: frozenset) -> bool:
    """Whether the verb's object is a definite act (one of ``nouns``) of no named author ("condemned the
    attacks", "denounced the deadly strike", "condemned the hotel attack", "condemned the move"; not
    "condemned an attack by Hamas", "condemned Russia's attack", "the Israeli strike", "the Hamas attack")."""
    return any(_authorless(obj, nouns) for obj in p.patients)


def _authorless(noun, nouns: frozenset) -> bool:
    """Whether the noun is a definite one of ``nouns`` of no named author (see :func:`_definite_act`)."""
    return noun.lemma_.lower() in nouns and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these")
                                                for c in noun.children) and \
        not any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ != "NOUN" or
                c.dep_ == "amod" and c.ent_type_ == "NORP" or
                c.dep_ == "prep" and c.lower_ in ("by", "of") for c in noun.children)


def _foretold(verb, index) -> bool:
    """Whether what the verb says will be is a state of things no actor brings: its "that" clause's subject
    is a common noun, no actor or name ("warned that famine was imminent", "that the situation could worsen";
    not "that it would retaliate", "that Russia would attack", "that MEPs will not ratify the deal"), or the
    danger it warns of is ("warned of cholera"; not "warned of consequences")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not clauses:  # "warned of cholera", "warned about rising prices": the danger named
        clauses = subjects = [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("of", "about")
                              for o in prep.children if o.dep_ == "pobj"]
    return bool(subjects) and all(s.pos_ == "NOUN" and not any(t.i in index.by_token for t in s.subtree)
                                  for s in subjects) and \
        not any(t.lemma_.lower() in MENACES for c in clauses for t in c.subtree)  # ("... would mean war")


def _fighting(p: Predicate) -> bool:
    """ "Clashes between the army and the RSF killed dozens": each side against the other, whoever died."""
    return any(s.lemma_.lower() in FIGHTS and any(c.lower_ == "between" for c in s.children) for s in p.subjects)


def _reciprocal(p: Predicate) -> bool:
    """ "X and Y renewed ties", "... postponed their meeting", "... met each other", "X and Y agree
    that ...": to each other."""
    if p.lemma in RECIPROCAL_VERBS or (p.lemma == "agree" and any(c.dep_ == "ccomp" for c in p.verb.children)):
        return True  # "agree that ...": with each other; "agreed to hold exercises" is each one's pledge
    if _fighting(p):
        return True
    for obj in p.patients:
        if obj.lemma_.lower() in RECIPROCAL_NOUNS or any(c.lower_ == "their" for c in obj.children):
            return True
    return any(t.lower_ in ("other", "another") and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one")
               for t in p.clause)


def _met_with(verb, targets) -> bool:
    """Whether one of ``targets`` is whom the verb of meeting names as met: its object, or in its "with" or
    "between" phrase ("the two leaders met on the sidelines of the APEC summit" met each other, not APEC)."""
    for t in targets:
        root = mention_root(verb.doc, _ref(t))
        if root is not None and (root.head.i == verb.i or root.dep_ == "pobj" and
                                 root.head.lower_ in ("with", "between")):
            return True
    return False


def _describing_report(verb) -> bool:
    """Whether the verb is a report inside a relative clause that describes a noun on someone's word ("destroyed
    boats they said were carrying drugs", "the vessel, which it said had entered Chinese waters"): an attribution
    of the description, no statement of its own ("Kerry, who said Iran must comply, ..." is one: its subject is
    the relative word). "Raids in which officials said 54 people were killed", "a doctrine in which Moscow says it
    could use nuclear weapons": what the raids did and the doctrine says are told, not the saying. So is a naming
    of the thing done to: "struck what it called terrorist camps", and a report of what a thing is, however the
    parser hangs it ("sent warships as part of what it says is a campaign against drug cartels")."""
    if verb.lemma_.lower() in modality_rules.REPORT | NAMING and verb.dep_ != "ROOT" and any(
            is_what(c) and c.dep_ in ("nsubj", "dobj") and c.i < verb.i for c in verb.children):
        return True
    return verb.dep_ == "relcl" and verb.lemma_.lower() in modality_rules.REPORT and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children) and any(
        c.dep_ == "ccomp" for c in verb.children)


def _drop_reporting(by_verb: dict[int, list[Event]], parse) -> None:
    """A reporting verb ("said", "reported") whose reported clause holds an event is not an event
    of its own; when all it reports are statements, the telling is kept and the quote dropped, unless
    the quote is the speaker's own comment of a kind (pessimistic, optimistic ...)."""
    for r_i, r_events in list(by_verb.items()):
        reporter = parse[r_i]
        if reporter.lemma_.lower() not in modality_rules.REPORT or (r_events and all(
                e.root == "10" or e.code == "015" for e in r_events)):
            continue  # ("Russia said Sudan must return the helicopter it captured": the demand stays, and so
            # does a claim of responsibility)
        told = [v_i for v_i, es in by_verb.items() if v_i != r_i and es and _reports(reporter, parse[v_i])]
        inner = [e for v_i in told for e in by_verb[v_i]]
        if not inner or not r_events and all(
                any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in parse[v_i].children)
                for v_i in told):
            continue  # (a telling coded as nothing leaves what the speaker tells of itself: "a senator says he
            # is pessimistic")
        speakers = {e.source.code for e in r_events if e.source is not None}
        if all(e.root == "01" for e in inner) and not any(
                e.code != "010" and e.source is not None and e.source.code in speakers and e.modality in HAPPENED
                for e in inner):
            for v_i in list(by_verb):
                if v_i != r_i and _reports(reporter, parse[v_i]):
                    by_verb[v_i] = []
        else:  # (also "McConnell says he is pessimistic about a deal": the speaker's own view, 012, stays)
            by_verb[r_i] = []


def _reports(reporter, verb) -> bool:
    """True when ``verb`` is in the clause ``reporter`` reports, whichever way the parser hung it:
    "said that X attacked" (a complement below) or "X attacked, officials said" (a clause beside)."""
    for clause in reporter.children:
        if clause.dep_ in ("ccomp", "parataxis") and clause.left_edge.i <= verb.i <= clause.right_edge.i:
            return True
    if reporter.dep_ in ("parataxis", "ccomp"):
        head, tok = reporter.head, verb
        while tok.i not in (head.i, reporter.i) and tok.dep_ in ("xcomp", "acomp", "conj", "ccomp", "advcl",
                                                                  "aux") and tok.head.i != tok.i:
            tok = tok.head  # "Arnor is about to restore ..., an official said": up to the reported verb
        return tok.i == head.i  # (not through the reporter: a clause of its own is no quote of it)
    return False


BACKGROUND_MARKS = BEFORE_AFTER | {"once"}


def _drop_repeated_telling(by_verb: dict[int, list[Event]]) -> None:
    """ "The Nasgul said that an embargo would not work and warned that a blockade would harm the region": a
    comment on no one (root 01, no target) beside a statement of the same speaker, the same mention, on someone
    is one telling."""
    told = {(e.source.code, e.source.start) for es in by_verb.values() for e in es
            if e.root == "01" and e.target is not None and e.source is not None}
    for v_i, es in by_verb.items():
        if es and all(e.root == "01" and e.target is None and e.source is not None and
                      (e.source.code, e.source.start) in told for e in es):
            by_verb[v_i] = []  # (the same mention: "Starmer refused to confirm" beside "Healey told" stays)


def _drop_background(by_verb: dict[int, list[Event]], parse) -> None:
    """Events in a temporal clause ("after crowds burned down its embassy") are background: kept
    only when the sentence's other clauses code nothing."""
    background = [v_i for v_i in by_verb if by_verb[v_i] and _in_temporal_clause(parse[v_i])]
    if any(es for v_i, es in by_verb.items() if v_i not in background):
        for v_i in background:
            by_verb[v_i] = []


def _in_temporal_clause(verb) -> bool:
    tok = verb
    while tok.dep_ in ("conj", "xcomp", "advcl", "relcl", "acl", "ccomp") and tok.head.i != tok.i:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in tok.children):
            return True
        tok = tok.head
    return False


def _confidence(rule, src: ActorRef, tgt: ActorRef | None, source_actor, p: Predicate, inherited: bool) -> float:
    """A documented heuristic in [0, 1]: how much of the evidence a coder would want is there."""
    score = 0.5
    score += 0.15 if rule.words else 0.0  # the code rests on the verb and its object, not the verb alone
    score -= 0.15 if rule.code == "010" else 0.0  # "said", "stated": only that something was said
    score += 0.1 if tgt is not None else 0.0
    score += 0.1 if not p.inherited_subject else 0.0
    kind = getattr(source_actor, "kind", "person")
    score -= 0.15 if kind in ("pronoun", "description") else 0.0
    score -= 0.05 if src.code and src.code.startswith("---") else 0.0
    score -= 0.25 if inherited else 0.0
    return max(0.05, min(0.95, score))


def _event_id(article_id: str, sentence: int, offset: int, source: str | None, target: str | None, code: str) -> str:
    key = f"{article_id}|{sentence}|{offset}|{source}|{target}|{code}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _predicate_text(p: Predicate, rule) -> str:
    words = [p.verb.text, *([p.particle] if p.particle else []), *rule.words]
    if rule.lemma != p.lemma:  # an announced action: "announced: suspend aid"
        words = [p.verb.text + ":", rule.lemma, *rule.words]
    return " ".join(w.replace("+", " ") for w in words)

