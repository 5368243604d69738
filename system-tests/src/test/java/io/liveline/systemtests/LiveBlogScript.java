package io.liveline.systemtests;

import java.util.List;

/**
 * Posts for the end-to-end test, written for it: three live blogs, each post with the country
 * its text names plainly, so the test can check that tags arrive with the update.
 */
final class LiveBlogScript {

    record Post(String liveblogId, String id, String headline, String body, String country) {
    }

    static final String ELECTION = "election-night-live";
    static final String QUAKE = "coastal-quake-live";
    static final String SUMMIT = "harbour-summit-live";

    static final List<Post> POSTS = List.of(
            new Post(ELECTION, "e01", "Polls open", "<p>Polling stations across Scotland opened at 7am.</p>", "GB"),
            new Post(QUAKE, "q01", "Strong tremor", "<p>A magnitude 6.8 earthquake struck off the coast of Chile.</p>", "CL"),
            new Post(SUMMIT, "s01", "Leaders arrive", "<p>The Japanese delegation landed first this morning.</p>", "JP"),
            new Post(ELECTION, "e02", null, "<p>Turnout in Wales is running slightly ahead of the last vote.</p>", "GB"),
            new Post(QUAKE, "q02", null, "<p>Chilean emergency services report damage to roads near the port.</p>", "CL"),
            new Post(SUMMIT, "s02", null, "<p>Canadian officials say a trade text is nearly agreed.</p>", "CA"),
            new Post(ELECTION, "e03", "Exit poll", "<p>The exit poll suggests a hung parliament in Britain.</p>", "GB"),
            new Post(QUAKE, "q03", null, "<p>Tsunami alerts were issued as far away as Peru.</p>", "PE"),
            new Post(SUMMIT, "s03", null, "<p>Mexican negotiators have asked for more time on tariffs.</p>", "MX"),
            new Post(ELECTION, "e04", null, "<p>Observers from Ireland are watching the count in Belfast.</p>", "IE"),
            new Post(QUAKE, "q04", null, "<p>Aftershocks continue to rattle towns across Chile.</p>", "CL"),
            new Post(SUMMIT, "s04", null, "<p>A German minister joined the talks by video link.</p>", "DE"),
            new Post(ELECTION, "e05", null, "<p>Markets in London opened calmly despite the uncertainty.</p>", "GB"),
            new Post(QUAKE, "q05", "Rescue teams", "<p>Rescue teams from Argentina crossed the border overnight.</p>", "AR"),
            new Post(SUMMIT, "s05", null, "<p>Brazilian diplomats proposed a joint statement on fisheries.</p>", "BR"),
            new Post(ELECTION, "e06", null, "<p>The first result in England came in just after 11pm.</p>", "GB"),
            new Post(QUAKE, "q06", null, "<p>Bolivia has offered to send water purification units.</p>", "BO"),
            new Post(SUMMIT, "s06", null, "<p>Australian officials briefed reporters on shipping routes.</p>", "AU"),
            new Post(ELECTION, "e07", null, "<p>Counting in Scotland has been delayed by fog at a ferry port.</p>", "GB"),
            new Post(QUAKE, "q07", null, "<p>Authorities in Chile say 14 people have been rescued from rubble.</p>", "CL"),
            new Post(SUMMIT, "s07", "Deal close", "<p>India and Indonesia signalled support for the draft.</p>", "IN"),
            new Post(ELECTION, "e08", null, "<p>French and Spanish broadcasters are carrying the results live.</p>", "FR"),
            new Post(QUAKE, "q08", null, "<p>Seismologists in Japan said the fault was well known.</p>", "JP"),
            new Post(SUMMIT, "s08", null, "<p>South Korean officials said the deal covers container ports.</p>", "KR"),
            new Post(ELECTION, "e09", null, "<p>Recounts have been requested in two seats in Wales.</p>", "GB"),
            new Post(QUAKE, "q09", null, "<p>The Chilean president visited the worst-hit district.</p>", "CL"),
            new Post(SUMMIT, "s09", null, "<p>Norwegian negotiators pushed for tighter quotas.</p>", "NO"),
            new Post(ELECTION, "e10", "Result declared", "<p>The final seat in Britain was declared at dawn.</p>", "GB"),
            new Post(QUAKE, "q10", null, "<p>Schools across Chile will stay closed until Monday.</p>", "CL"),
            new Post(SUMMIT, "s10", "Signed", "<p>The agreement was signed by ministers from Kenya and Vietnam.</p>", "KE"),
            new Post(ELECTION, "e11", null, "<p>Analysts in Germany called the outcome a surprise.</p>", "DE"),
            new Post(QUAKE, "q11", null, "<p>Donations from Uruguay arrived by truck.</p>", "UY"),
            new Post(SUMMIT, "s11", null, "<p>Philippine officials welcomed the final text.</p>", "PH"));

    private LiveBlogScript() {
    }
}
