package lat.faro.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the assessment module.
 *
 * @param maxEvidenceBytes the largest evidence file accepted (default 10 MB)
 * @param baselineTargetTier the tier below which a baseline control is listed as a gap (default 3)
 */
@ConfigurationProperties("faro.assessment")
public record AssessmentSettings(Long maxEvidenceBytes, Integer baselineTargetTier) {

    public AssessmentSettings {
        maxEvidenceBytes = maxEvidenceBytes == null ? 10L * 1024 * 1024 : maxEvidenceBytes;
        baselineTargetTier = baselineTargetTier == null ? 3 : baselineTargetTier;
    }
}
