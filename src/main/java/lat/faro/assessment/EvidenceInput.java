package lat.faro.assessment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An evidence item to add. A file item comes with its bytes and name; a URL item with
 * {@code url}; a document reference with its date and source.
 */
public record EvidenceInput(EvidenceKind kind, String title, @Nullable String url, @Nullable LocalDate documentDate,
        @Nullable String source, Confidentiality confidentiality, @Nullable String fileName, byte @Nullable [] content) {
}
