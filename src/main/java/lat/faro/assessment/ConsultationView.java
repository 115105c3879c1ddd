package lat.faro.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A stakeholder consultation session: when, which clusters took part, and what each said. */
public record ConsultationView(long id, LocalDate heldOn, String title, Set<Cluster> clusters, @Nullable String notes,
        List<Statement> statements, String recordedBy, Instant recordedAt) {

    public ConsultationView {
        clusters = Set.copyOf(clusters);
        statements = List.copyOf(statements);
    }

    /** A statement attributed to a cluster (never to a person), about a factor or aspect. */
    public record Statement(long id, Cluster cluster, String elementId, String body, boolean divergent) {
    }
}
