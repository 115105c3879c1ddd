package lat.faro.assessment;

import java.util.List;
import lat.faro.framework.FrameworkRef;

/**
 * What moving an assessment to another version of its framework would change, before anything
 * changes: judgements are carried by indicator id.
 *
 * @param carried      indicators whose judgement moves over
 * @param dropped      judged indicators the new version no longer has (their judgement and evidence go)
 * @param added        indicators new in the target version, left unanswered
 * @param stageChanges units whose stage would change (units only in one version appear with 0 on the other side)
 */
public record MigrationPreview(FrameworkRef from, FrameworkRef to, List<String> carried, List<String> dropped,
        List<String> added, List<StageChange> stageChanges) {

    public MigrationPreview {
        carried = List.copyOf(carried);
        dropped = List.copyOf(dropped);
        added = List.copyOf(added);
        stageChanges = List.copyOf(stageChanges);
    }

    /** A unit's stage now and after the move; 0 where the unit does not exist. */
    public record StageChange(String unitId, int before, int after) {
    }
}
