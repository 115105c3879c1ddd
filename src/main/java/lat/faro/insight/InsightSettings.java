package lat.faro.insight;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the insight module.
 *
 * @param statisticsTtl how long computed statistics are reused before they are computed again
 *                      (default 60 s). This instance forgets them at once when anything is published
 *                      or imported here; another instance sharing the database sees the change
 *                      within this time.
 */
@ConfigurationProperties("faro.insight")
public record InsightSettings(Duration statisticsTtl) {

    public InsightSettings {
        statisticsTtl = statisticsTtl == null ? Duration.ofSeconds(60) : statisticsTtl;
    }
}
