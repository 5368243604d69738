package io.liveline.feed.live;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes of one read of the live tail, in id order, with their frames joined once: a
 * subscriber that takes all of them gets them in one socket write. When changes come faster than
 * the tail reads (at 100 a second, or while the machine is busy), this is what keeps the writes per
 * subscriber from growing with the rate.
 */
record FeedBatch(List<FeedEvent> events, SseFrames frames) {

    static FeedBatch of(List<FeedEvent> events) {
        if (events.size() == 1) {
            return new FeedBatch(events, events.get(0).frame());
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        events.forEach(event -> joined.writeBytes(event.frame().bytes()));
        return new FeedBatch(events, SseFrames.of(joined.toByteArray()));
    }

    /** The same changes split by live blog, for the subscribers of one live blog each. */
    Map<String, FeedBatch> byLiveblog() {
        String first = events.get(0).liveblogId();
        if (events.stream().allMatch(event -> event.liveblogId().equals(first))) {
            return Map.of(first, this);
        }
        Map<String, List<FeedEvent>> split = new LinkedHashMap<>();
        events.forEach(event -> split.computeIfAbsent(event.liveblogId(), ignored -> new ArrayList<>()).add(event));
        Map<String, FeedBatch> batches = new LinkedHashMap<>();
        split.forEach((liveblogId, ofBlog) -> batches.put(liveblogId, of(ofBlog)));
        return batches;
    }

    int size() {
        return events.size();
    }

    long firstSeq() {
        return events.get(0).seq();
    }

    long lastSeq() {
        return events.get(events.size() - 1).seq();
    }
}
