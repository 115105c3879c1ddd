package lat.faro.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DemoModeTests {

    static DataSource database(String url) throws SQLException {
        DataSource ds = mock(DataSource.class, RETURNS_DEEP_STUBS);
        when(ds.getConnection().getMetaData().getURL()).thenReturn(url);
        return ds;
    }

    @Test
    void demoDataLoadsByDefaultOnlyOnTheEmbeddedDatabase() throws SQLException {
        assertThat(new DemoMode("auto", database("jdbc:h2:file:./data/faro")).enabled()).isTrue();
        assertThat(new DemoMode("auto", database("jdbc:postgresql://db:5432/faro")).enabled()).isFalse();
    }

    @Test
    void demoDataOnPostgresqlOnlyWhenAskedForExplicitly() throws SQLException {
        assertThat(new DemoMode("true", database("jdbc:postgresql://db:5432/faro")).enabled()).isTrue();
        assertThat(new DemoMode("false", database("jdbc:h2:mem:x")).enabled()).isFalse();
    }
}
