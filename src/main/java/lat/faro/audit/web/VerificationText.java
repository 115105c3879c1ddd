package lat.faro.audit.web;

import lat.faro.audit.ChainVerification;
import lat.faro.audit.ChainVerification.BrokenLink;

/** The message that tells a person what a verification found: its code and arguments. */
record VerificationText(String code, Object[] args) {

    static VerificationText of(ChainVerification verification) {
        BrokenLink broken = verification.firstBrokenLink();
        if (broken == null) {
            return new VerificationText("audit.verify.intact", new Object[] {verification.checkedEntries()});
        }
        Object id = broken.entryId() == null ? "" : broken.entryId();
        return new VerificationText("audit.verify.broken." + broken.reason().name(),
                new Object[] {broken.seq(), id, verification.checkedEntries()});
    }
}
