package lat.faro.shared.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The jobs of every module, run by db-scheduler on the shared database: however many instances
 * run, each due execution is picked by one of them. A module contributes a job by declaring a
 * {@link Task} bean (usually a recurring one). Started after the application context is ready,
 * stopped first on shutdown.
 */
@Component
class Jobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final DataSource dataSource;
    private final List<Task<?>> known = new java.util.ArrayList<>();
    private final List<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?>> recurring = new java.util.ArrayList<>();
    private final Duration polling;
    private volatile @org.jspecify.annotations.Nullable Scheduler scheduler;

    Jobs(DataSource dataSource, List<Task<?>> tasks, @Value("${faro.jobs.polling-interval:PT30S}") Duration polling) {
        this.dataSource = dataSource;
        this.polling = polling;
        // Recurring tasks are known to the scheduler through startTasks, the others through create.
        for (Task<?> task : tasks) {
            if (task instanceof com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?> r) {
                recurring.add(r);
            } else {
                known.add(task);
            }
        }
        log.debug("Jobs: {}", tasks.stream().map(Task::getName).toList());
    }

    /** A scheduler cannot start again once stopped, so each start builds a new one (a context may be stopped and started). */
    @Override
    public synchronized void start() {
        Scheduler started = Scheduler.create(dataSource, known)
                .startTasks(recurring)
                .threads(1)
                .pollingInterval(polling)
                .build();
        started.start();
        scheduler = started;
    }

    @Override
    public synchronized void stop() {
        Scheduler current = scheduler;
        if (current != null) {
            current.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
