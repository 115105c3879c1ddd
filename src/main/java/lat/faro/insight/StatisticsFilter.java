package lat.faro.insight;

import lat.faro.directory.ProgrammeRole;
import lat.faro.directory.Subregion;
import org.jspecify.annotations.Nullable;

/**
 * Which member states a statistic covers: all, those of one subregion, those taking part in a
 * programme (optionally only with one role, e.g. its beneficiaries), or both.
 */
public record StatisticsFilter(@Nullable Subregion subregion, @Nullable String programme, @Nullable ProgrammeRole role) {

    public static final StatisticsFilter ALL = new StatisticsFilter(null, null, null);
}
