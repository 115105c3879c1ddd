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

    private final Scheduler scheduler;
    private volatile boolean running;

    Jobs(DataSource dataSource, List<Task<?>> tasks, @Value("${faro.jobs.polling-interval:PT30S}") Duration polling) {
        // Recurring tasks are known to the scheduler through startTasks, the others through create.
        List<Task<?>> known = new java.util.ArrayList<>();
        List<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?>> recurring = new java.util.ArrayList<>();
        for (Task<?> task : tasks) {
            if (task instanceof com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?> r) {
                recurring.add(r);
            } else {
                known.add(task);
            }
        }
        this.scheduler = Scheduler.create(dataSource, known)
                .startTasks(recurring)
                .threads(1)
                .pollingInterval(polling)
                .build();
        log.debug("Jobs: {}", tasks.stream().map(Task::getName).toList());
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
