package lat.faro.insight;

import lat.faro.assessment.AssessmentImported;
import lat.faro.assessment.AssessmentPublished;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes the statistics forget what they computed as soon as something they count changes on this
 * instance: an assessment published (or imported), historic results imported or published.
 */
@Component
class StatisticsInvalidation {

    private final RegionalStatistics statistics;

    StatisticsInvalidation(RegionalStatistics statistics) {
        this.statistics = statistics;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AssessmentPublished event) {
        statistics.forget();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AssessmentImported event) {
        statistics.forget();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(HistoricResultsImported event) {
        statistics.forget();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ImportedRoundPublished event) {
        statistics.forget();
    }
}
