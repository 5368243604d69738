package io.liveline.feed.live;

import io.liveline.feed.query.TagFilter;
import static org.assertj.core.api.Assertions.assertThat;

import io.liveline.events.TagSet;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** How one subscriber's stream takes the tail's batches: whole when it can, event by event when it must. */
class LiveJoinTest {

    private static final Vertx VERTX = Vertx.vertx();

    /** What a connection would have written: one entry per write. */
    private final List<String> writes = new ArrayList<>();
    private final List<Throwable> closed = new ArrayList<>();
    private final FeedSink sink = new FeedSink() {
            @Override
            public void whenWritable(Runnable then) {
                then.run();
            }

        @Override
        public void send(SseFrames frames, int events) {
            writes.add(events + ":" + new String(frames.bytes(), StandardCharsets.UTF_8));
        }

        @Override
        public void close(Throwable reason) {
            closed.add(reason);
        }
    };

    @AfterAll
    static void closeVertx() {
        VERTX.close();
    }

    @Test
    void aSubscriberThatTakesEveryChangeGetsTheBatchInOneWrite() {
        LiveJoin join = join("blog", TagFilter.NONE, 10);
        join.liveAfter(0);
        join.onLive(FeedBatch.of(List.of(event(1, "blog"), event(2, "blog"), event(3, "blog"))));
        assertThat(writes).containsExactly("3:id: 1\n\nid: 2\n\nid: 3\n\n");
    }

    @Test
    void changesAlreadySentAreSkippedOneByOne() {
        LiveJoin join = join("blog", TagFilter.NONE, 10);
        join.liveAfter(2);
        join.onLive(FeedBatch.of(List.of(event(1, "blog"), event(2, "blog"), event(3, "blog"))));
        assertThat(writes).containsExactly("1:id: 3\n\n");
    }

    @Test
    void aTagFilterSelectsEventByEvent() {
        LiveJoin join = join("blog", new TagFilter(null, "UA", null, null, null), 10);
        join.liveAfter(0);
        TagSet ukraine = new TagSet(List.of(), List.of(new TagSet.CountryTag("UA", "Ukraine")), List.of(), List.of());
        join.onLive(FeedBatch.of(List.of(event(1, "blog"), new FeedEvent(2, "blog", FeedEvent.Type.UPDATE, ukraine,
                frames("id: 2\n\n")))));
        assertThat(writes).containsExactly("1:id: 2\n\n");
    }

    @Test
    void liveChangesWaitForTheReplayAndOnlyNewerOnesFollowIt() {
        LiveJoin join = join("blog", TagFilter.NONE, 10);
        join.replayAfter(1);
        join.onLive(FeedBatch.of(List.of(event(3, "blog"), event(4, "blog"))));
        join.replayed(List.of(event(2, "blog"), event(3, "blog")));
        join.caughtUp();
        assertThat(writes).containsExactly("1:id: 2\n\n", "1:id: 3\n\n", "1:id: 4\n\n");
    }

    @Test
    void aSubscriberWhoseReplayFallsTooFarBehindIsClosedAsSlow() {
        LiveJoin join = join("blog", TagFilter.NONE, 2);
        join.replayAfter(0);
        join.onLive(FeedBatch.of(List.of(event(1, "blog"), event(2, "blog"), event(3, "blog"))));
        assertThat(closed).singleElement().isInstanceOf(SlowClientException.class);
        join.caughtUp();
        assertThat(writes).isEmpty();
    }

    @Test
    void aBatchOfSeveralLiveBlogsIsSplitPerLiveBlogInOrder() {
        FeedBatch batch = FeedBatch.of(List.of(event(1, "a"), event(2, "b"), event(3, "a")));
        assertThat(batch.byLiveblog()).containsOnlyKeys("a", "b");
        assertThat(new String(batch.byLiveblog().get("a").frames().bytes(), StandardCharsets.UTF_8)).isEqualTo("id: 1\n\nid: 3\n\n");
        assertThat(batch.byLiveblog().get("b").events()).extracting(FeedEvent::seq).containsExactly(2L);
    }

    private LiveJoin join(String liveblogId, TagFilter filter, int bufferLimit) {
        return new LiveJoin(VERTX.getOrCreateContext(), liveblogId, filter, sink, bufferLimit, new UpdateBroadcaster());
    }

    private static FeedEvent event(long seq, String liveblogId) {
        return new FeedEvent(seq, liveblogId, FeedEvent.Type.UPDATE, TagSet.EMPTY, frames("id: " + seq + "\n\n"));
    }

    private static SseFrames frames(String text) {
        return SseFrames.of(text.getBytes(StandardCharsets.UTF_8));
    }
}
