package io.liveline.bench.reader;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A year of a newsroom's live coverage, made up for the benchmark: {@code updates} updates over
 * {@code blogs} live blogs, written as CSV rows of {@code live_update} for COPY. Sentences name
 * people, organisations and places, and the tags say which, so search and entity pages have the
 * spread of frequencies real coverage has: a few blogs and names everywhere, most rarely.
 * Seeded, so every run loads the same data.
 */
final class NewsroomCorpus {

    static final String COLUMNS = "liveblog_id, update_id, version, seq, kind, pinned, headline, body_html, body_text, authors, tags,"
            + " published_at, received_at, enriched_at, retracted";
    static final Instant START = Instant.parse("2025-12-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(365);

    private static final String[] REGIONS = {"uk", "us", "ua", "world", "europe", "sport", "business", "climate", "asia", "africa"};
    private static final String[] STORIES = {"election", "floods", "summit", "strikes", "budget", "war", "storm", "trial", "cup",
        "markets", "wildfires", "talks", "protests", "earthquake", "heatwave", "vote"};

    /** People: name, a QID-like id of our own (Q9… so no real entity is named). */
    static final String[][] PEOPLE = {
        {"Mara Lindqvist", "Q900001"}, {"Tomas Okafor", "Q900002"}, {"Ilse Marchetti", "Q900003"}, {"Dmytro Kovalenko", "Q900004"},
        {"Aisha Rahman", "Q900005"}, {"Jonas Whitfield", "Q900006"}, {"Priya Natarajan", "Q900007"}, {"Henrik Solberg", "Q900008"},
        {"Lucia Ferreira", "Q900009"}, {"Samuel Adeyemi", "Q900010"}, {"Yuki Tanabe", "Q900011"}, {"Olena Zelenova", "Q900012"},
        {"Carlos Mendoza", "Q900013"}, {"Fatima Haddad", "Q900014"}, {"Pieter de Wit", "Q900015"}, {"Grace Mwangi", "Q900016"}};
    static final String[][] ORGANISATIONS = {
        {"Northern Grid Authority", "Q910001"}, {"Atlantic Defence Council", "Q910002"}, {"Central Bank Forum", "Q910003"},
        {"World Relief Network", "Q910004"}, {"Coastal Rail Union", "Q910005"}, {"Global Health Alliance", "Q910006"},
        {"Federal Election Board", "Q910007"}, {"Pacific Trade Bloc", "Q910008"}};
    static final String[][] COUNTRIES = {
        {"UA", "Ukraine", "Kyiv"}, {"GB", "United Kingdom", "London"}, {"US", "United States", "Washington"},
        {"FR", "France", "Paris"}, {"DE", "Germany", "Berlin"}, {"PL", "Poland", "Warsaw"}, {"IN", "India", "Delhi"},
        {"BR", "Brazil", "Brasilia"}, {"JP", "Japan", "Tokyo"}, {"KE", "Kenya", "Nairobi"}, {"NG", "Nigeria", "Lagos"},
        {"AU", "Australia", "Canberra"}, {"TR", "Turkey", "Ankara"}, {"ZA", "South Africa", "Pretoria"}, {"MX", "Mexico", "Mexico City"},
        {"IS", "Iceland", "Reykjavik"}};
    static final String[][] TOPICS = {
        {"medtop:11000000", "politics"}, {"medtop:16000000", "conflict, war and peace"}, {"medtop:04000000", "economy, business and finance"},
        {"medtop:15000000", "sport"}, {"medtop:06000000", "environment"}, {"medtop:07000000", "health"},
        {"medtop:17000000", "weather"}, {"medtop:02000000", "crime, law and justice"}};
    /** Per topic: what the desk writes about it; the words of a topic's updates. */
    private static final String[][] TOPIC_PHRASES = {
        {"the coalition talks stalled", "the opposition demanded a recount", "ministers met overnight", "the vote was delayed"},
        {"air raid sirens sounded", "a ceasefire was proposed", "shelling hit the outskirts", "troops withdrew from the bridge"},
        {"shares fell sharply", "inflation eased in November", "the bank held interest rates", "the budget deficit widened"},
        {"the final went to extra time", "the captain was injured", "fans gathered at the stadium", "the coach resigned"},
        {"wildfires spread along the coast", "river levels kept rising", "emissions targets were missed", "the drought deepened"},
        {"hospitals reported more admissions", "the vaccine rollout resumed", "nurses began a strike", "a new variant was detected"},
        {"the storm made landfall", "snow closed the motorway", "temperatures broke the record", "flood warnings were issued"},
        {"the jury retired to consider", "the suspect was charged", "the appeal was rejected", "police searched the warehouse"}};
    /** Words rare enough that a search for one finds a few hundred updates in two million. */
    private static final String[] RARE = {"quarantine", "referendum", "sandbags", "ceasefire", "blackout", "evacuation", "helicopter",
        "avalanche", "sanctions", "tribunal", "landslide", "monsoon", "hostages", "pipeline", "drone", "heatstroke"};

    private final int updates;
    private final int blogs;
    private final SplittableRandom random = new SplittableRandom(20);

    NewsroomCorpus(int updates, int blogs) {
        this.updates = updates;
        this.blogs = blogs;
    }

    static String liveblogId(int blog) {
        return REGIONS[blog % REGIONS.length] + "-" + STORIES[(blog / REGIONS.length) % STORIES.length] + "-" + blog;
    }

    /** The largest live blog: update blogs are drawn with a skew towards low numbers. */
    static String busiestLiveblog() {
        return liveblogId(0);
    }

    /** Writes every update as a CSV row, in the order they were published (and numbered). Returns how many are scheduled (unnumbered). */
    int write(Writer out) throws IOException {
        long step = SPAN.toMillis() * 1000 / updates;
        int scheduled = 0;
        for (int i = 0; i < updates; i++) {
            double r = random.nextDouble();
            int blog = (int) (blogs * r * r);
            int topic = random.nextInt(TOPICS.length);
            String[] person = PEOPLE[skewed(PEOPLE.length)];
            String[] organisation = ORGANISATIONS[skewed(ORGANISATIONS.length)];
            String[] country = COUNTRIES[skewed(COUNTRIES.length)];
            String text = text(topic, person, organisation, country);
            boolean future = random.nextInt(10_000) == 0;
            Instant published = future ? Instant.now().plus(Duration.ofDays(1 + random.nextInt(30)))
                    : START.plusNanos(step * i * 1000);
            scheduled += future ? 1 : 0;
            String kind = random.nextInt(100) < 7 ? "key-event" : random.nextInt(100) < 3 ? "breaking" : "post";
            String headline = random.nextInt(4) == 0 ? capitalised(TOPIC_PHRASES[topic][random.nextInt(4)]) + " in " + country[2] : null;
            row(out, liveblogId(blog), "u" + i, future ? "" : Long.toString(i + 1L), kind, random.nextInt(200) == 0, headline,
                    "<p>" + text + "</p>", text, tags(person, organisation, country, TOPICS[topic]), published,
                    random.nextInt(100) == 0);
        }
        return scheduled;
    }

    /** Index {@code i} with probability falling with i: the first few names are in most of the news. */
    private int skewed(int size) {
        double r = random.nextDouble();
        return (int) (size * r * r * r);
    }

    private String text(int topic, String[] person, String[] organisation, String[] country) {
        StringBuilder text = new StringBuilder();
        text.append(person[0]).append(" said ").append(TOPIC_PHRASES[topic][random.nextInt(4)]).append(" in ").append(country[2])
                .append(" on ").append(new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}[
                        random.nextInt(7)]).append(". ");
        text.append("The ").append(organisation[0]).append(" confirmed that ").append(TOPIC_PHRASES[topic][random.nextInt(4)])
                .append(", and officials in ").append(country[1]).append(" expect more news later today. ");
        if (random.nextInt(8) == 0) {
            text.append("Reports of ").append(RARE[random.nextInt(RARE.length)]).append(" plans were being checked by our correspondent. ");
        }
        text.append("Our correspondent in ").append(country[2]).append(" says ").append(TOPIC_PHRASES[random.nextInt(TOPICS.length)][
                random.nextInt(4)]).append('.');
        return text.toString();
    }

    private static String tags(String[] person, String[] organisation, String[] country, String[] topic) {
        return "{\"people\":[{\"name\":\"" + person[0] + "\",\"wikidata\":\"" + person[1] + "\",\"mentions\":1}],"
                + "\"countries\":[{\"code\":\"" + country[0] + "\",\"name\":\"" + country[1] + "\"}],"
                + "\"organisations\":[{\"name\":\"" + organisation[0] + "\",\"wikidata\":\"" + organisation[1] + "\"}],"
                + "\"topics\":[{\"code\":\"" + topic[0] + "\",\"label\":\"" + topic[1] + "\",\"score\":0.9}]}";
    }

    private static void row(Writer out, String blog, String id, String seq, String kind, boolean pinned, String headline, String html,
            String text, String tags, Instant published, boolean retracted) throws IOException {
        List<String> fields = new ArrayList<>(15);
        fields.add(blog);
        fields.add(id);
        fields.add("1");
        fields.add(seq);
        fields.add(kind);
        fields.add(Boolean.toString(pinned));
        fields.add(headline == null ? "" : quoted(headline));
        fields.add(quoted(html));
        fields.add(quoted(text));
        fields.add(quoted("[{\"name\":\"Live desk\"}]"));
        fields.add(quoted(tags));
        fields.add(published.toString());
        fields.add(published.toString());
        fields.add(published.toString());
        fields.add(Boolean.toString(retracted));
        out.write(String.join(",", fields));
        out.write('\n');
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String capitalised(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}
