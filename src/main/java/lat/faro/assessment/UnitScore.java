package lat.faro.assessment;

import java.util.List;

/**
 * The stage of one aspect (or aspect-less factor).
 *
 * @param stage                 1 (start-up, the floor) to 5: the highest stage whose indicators, and
 *                              those of every stage from 2 up to it, are all met (not-applicable ones left out)
 * @param complete              false when an unanswered indicator could still change the stage
 * @param potentialStage        the stage it would reach if every unanswered indicator were met
 * @param insufficientEvidence  indicators judged "insufficient evidence" (counted as not met)
 * @param unanswered            indicators not yet judged (or judged "not assessed")
 * @param notApplicable         indicators left out as not applicable
 * @param nextStageGaps         the indicators of the next stage that are not met, in file order (empty at stage 5)
 * @param applicable            false when every indicator of stages 2..5 was judged not applicable (a country
 *                              without armed forces and a defence aspect, say): the unit then has no stage to
 *                              show and is left out of factor ranges and dimension means
 */
public record UnitScore(String unitId, String factorId, String dimensionId, int stage, boolean complete,
        int potentialStage, int insufficientEvidence, int unanswered, int notApplicable, List<String> nextStageGaps,
        boolean applicable) {

    public UnitScore {
        nextStageGaps = List.copyOf(nextStageGaps);
    }
}
