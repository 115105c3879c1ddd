package lat.faro.assessment.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A new consultation session as typed: date (yyyy-mm-dd), title, the clusters present, notes. */
record SessionForm(@Nullable String heldOn, @Nullable String title, @Nullable List<String> clusters,
        @Nullable String notes) {

    static SessionForm empty() {
        return new SessionForm(null, null, List.of(), null);
    }

    /** Whether the cluster's box is ticked. */
    public boolean has(String cluster) {
        return clusters != null && clusters.contains(cluster);
    }
}
