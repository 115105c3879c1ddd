package lat.faro.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test that touches the database: it runs on H2 in every build and, in the PostgreSQL
 * suite ({@code FARO_TEST_POSTGRES=on}), a second time on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("database")
public @interface DatabaseTest {}
