package lat.faro.shared;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this instance runs with demo data: {@code faro.demo.enabled=auto} (the default) means
 * yes on the embedded H2 database and no on anything else, so demo users never reach a production
 * PostgreSQL unless {@code true} is set explicitly.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(@Value("${faro.demo.enabled:auto}") String setting, DataSource dataSource) throws SQLException {
        this.enabled = switch (setting.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> isEmbedded(dataSource);
        };
    }

    private static boolean isEmbedded(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        }
    }

    public boolean enabled() {
        return enabled;
    }
}
