package lat.faro.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context a database of its own: a private in-memory H2 database by
 * default, or a fresh schema on PostgreSQL when the build runs the PostgreSQL suite
 * ({@code -Dfaro.test.database=postgres}, set by the {@code postgres-tests} Maven profile). A
 * PostgreSQL server that cannot be reached fails the test; it is never skipped.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("faro.test.database"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> props = new HashMap<>();
        try {
            Path dataDir = Files.createTempDirectory("faro-test-");
            props.put("faro.data-dir", dataDir.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        if (onPostgres()) {
            String url = System.getProperty("faro.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
            String user = System.getProperty("faro.test.postgres.user", "postgres");
            String password = System.getProperty("faro.test.postgres.password", "");
            try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
                s.execute("create schema " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL suite is on but " + url + " cannot be reached: " + e.getMessage(), e);
            }
            props.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
            props.put("spring.datasource.username", user);
            props.put("spring.datasource.password", password);
            props.put("spring.flyway.schemas", name);
            props.put("spring.flyway.default-schema", name);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    dropSchema(url, user, password, name);
                }
            });
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:" + name.toLowerCase(Locale.ROOT)
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("faroTestDatabase", props));
    }

    private static void dropSchema(String url, String user, String password, String schema) {
        try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            // a leftover schema is harmless; the next run uses a new name
        }
    }
}
