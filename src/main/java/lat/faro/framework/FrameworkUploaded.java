package lat.faro.framework;

import java.util.Map;
import lat.faro.shared.AuditableEvent;

/** An admin added a framework version by uploading its file. */
public record FrameworkUploaded(FrameworkRef ref, String sha256, String actor) implements AuditableEvent {

    @Override
    public String action() {
        return "framework.uploaded";
    }

    @Override
    public String subject() {
        return "framework:" + ref;
    }

    @Override
    public Map<String, String> details() {
        return Map.of("sha256", sha256);
    }
}
