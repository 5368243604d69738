package io.liveline.enrich.tagger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns place phrases (names, demonyms, capitals, regions, seats of government) into country
 * codes, applying the guideline's exceptions: language names, titles ("Duke of York"), meeting
 * venues (C5), "Brussels" for the EU (C6) and ambiguous names (C11).
 */
final class CountryResolver {

    private static final Set<String> LANGUAGE_BEFORE = Set.of("in", "speak", "speaks", "speaking",
            "spoke", "spoken", "fluent", "translated", "into");
    private static final Set<String> LANGUAGE_AFTER = Set.of("language", "languages", "speaker",
            "speakers", "speaking", "translation", "subtitles", "lessons", "classes", "words", "word");
    // Words before "of <place>" that make the place part of a title or a body's name.
    private static final Set<String> TITLE_OF = Set.of("duke", "duchess", "earl", "countess", "prince",
            "princess", "marquess", "baron", "baroness", "viscount", "archbishop", "bishop", "lord",
            "university", "college", "diocese", "archdiocese");
    private static final Set<String> VENUE_CUES = Set.of("talks", "talk", "meeting", "meetings", "met",
            "meet", "meets", "summit", "gathering", "conference", "negotiations", "negotiators",
            "hosted", "hosting", "headquarters", "sidelines", "delegation", "delegations", "envoys",
            "ministers", "session");
    private static final Set<String> MEETING_NAMES = Set.of("conference", "summit", "forum", "dialogue",
            "talks", "meeting", "format", "process", "group", "conventions", "convention");
    private static final Set<String> BRUSSELS_LOCAL = Set.of("mayor", "residents", "neighbourhood",
            "neighborhood", "district", "metro", "airport", "station", "commune", "police", "attack",
            "shooting", "stabbing", "flooding", "fire", "belgian", "belgians", "belgium");
    private static final Set<String> VENUE_JOINERS = Set.of("and", "or");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "into",
            "near", "outside", "via", "visit", "visited", "visiting", "around");
    // Words that make an ambiguous US state name ("Georgia") mean the state.
    private static final Set<String> US_STATE_CUES = Set.of("governor", "county", "state", "senator",
            "republican", "republicans", "democrat", "democrats", "gop", "atlanta");

    void resolve(Document d, boolean[] claimed, List<Evidence> out) {
        Set<String> context = new HashSet<>(d.placeCodes());
        for (Evidence e : out) {
            if (e.field() == Evidence.Field.COUNTRIES) {
                context.add(e.tag()); // institutions named before ("the Knesset")
            }
        }
        Set<String> solid = new HashSet<>();
        List<Evidence> venues = new ArrayList<>();
        int venueEnd = -1;
        for (TokenTrie.Match<Alias> m : d.matches()) {
            if (claimed[m.from()] || titleOf(d, m.from()) || OrganisationResolver.clubMeant(d, m.values())) {
                continue;
            }
            Alias a = pick(d, m.values(), context);
            if (a == null) {
                continue;
            }
            String word = d.norm(m.from());
            if (a.kind() == Alias.Kind.DEMONYM && languageUse(d, m)) {
                continue;
            }
            if (a.kind() == Alias.Kind.CITY && "BE".equals(a.target()) && word.equals("brussels")) {
                brussels(d, m, out);
                continue;
            }
            Evidence e = d.evidence(Evidence.Field.COUNTRIES, a.target(), m.from(), m.to(), rule(a));
            // A venue, or the next one joined to it ("met in Kyiv and Warsaw"), counts only if its
            // country comes up otherwise.
            if (a.kind() == Alias.Kind.CITY && (meetingName(d, m.to())
                    || PLACE_PREPOSITIONS.contains(d.norm(m.from() - 1)) && d.sentenceHas(m.from(), VENUE_CUES)
                    || venueEnd == m.from() - 1 && VENUE_JOINERS.contains(d.norm(m.from() - 1)))) {
                venues.add(e);
                venueEnd = m.to();
                continue;
            }
            out.add(e);
            solid.add(a.target());
        }
        for (Evidence e : out) {
            if (e.field() == Evidence.Field.COUNTRIES) {
                solid.add(e.tag());
            }
        }
        for (Evidence v : venues) {
            if (solid.contains(v.tag())) {
                out.add(v);
            }
        }
    }

    private static String rule(Alias a) {
        return switch (a.kind()) {
            case COUNTRY -> "name";
            case DEMONYM -> "demonym";
            case CITY -> "city";
            case REGION -> "region";
            case SEAT -> "capital-metonym";
            default -> a.kind().name().toLowerCase();
        };
    }

    /** The place a phrase stands for here, or null when it is no place. */
    private static Alias pick(Document d, List<Alias> values, Set<String> context) {
        Alias first = null;
        for (Alias a : values) {
            if (!a.kind().isPlace()) {
                continue;
            }
            if (first == null) {
                first = a;
            }
            if (context.contains(a.target()) && !a.target().equals(first.target())) {
                return a; // "Georgia" in a post that also names Atlanta
            }
            if (a.kind() == Alias.Kind.REGION && "US".equals(a.target())
                    && US_STATE_CUES.stream().anyMatch(d::hasWord)) {
                return a;
            }
        }
        return first;
    }

    /** "the Munich Security Conference": the city names a meeting, a venue (C5). */
    private static boolean meetingName(Document d, int after) {
        for (int k = after; k < d.size() && k < after + 3 && d.token(k).cap(); k++) {
            if (MEETING_NAMES.contains(d.norm(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean languageUse(Document d, TokenTrie.Match<Alias> m) {
        return LANGUAGE_BEFORE.contains(d.norm(m.from() - 1)) || LANGUAGE_AFTER.contains(d.norm(m.to()));
    }

    private static boolean titleOf(Document d, int from) {
        return d.norm(from - 1).equals("of") && TITLE_OF.contains(d.norm(from - 2));
    }

    /** C6: the Belgian city when the post is local news, the EU when used as an actor. */
    private static void brussels(Document d, TokenTrie.Match<Alias> m, List<Evidence> out) {
        if (BRUSSELS_LOCAL.stream().anyMatch(d::hasWord)) {
            out.add(d.evidence(Evidence.Field.COUNTRIES, "BE", m.from(), m.to(), "city"));
        } else if (!PLACE_PREPOSITIONS.contains(d.norm(m.from() - 1))) {
            out.add(d.evidence(Evidence.Field.ORGANISATIONS, "European Union", m.from(), m.to(), "brussels-metonym"));
        }
    }
}
