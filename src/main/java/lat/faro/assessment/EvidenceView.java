package lat.faro.assessment;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An evidence item of an indicator, with its provenance (who added it, when). */
public record EvidenceView(long id, String indicatorId, EvidenceKind kind, String title, @Nullable String url,
        @Nullable String fileName, @Nullable String contentType, @Nullable Long sizeBytes, @Nullable String sha256,
        @Nullable LocalDate documentDate, @Nullable String source, Confidentiality confidentiality, boolean carriedOver,
        String addedBy, Instant addedAt) {
}
