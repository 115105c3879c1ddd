package lat.faro.training;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sends the follow-up surveys that are due: once a day, on one instance. */
@Configuration(proxyBeanMethods = false)
class FollowUpJob {

    @Bean
    RecurringTask<Void> trainingFollowUp(FollowUps followUps) {
        return Tasks.recurring("training-follow-up", Schedules.daily(LocalTime.of(9, 0)))
                .execute((instance, context) -> followUps.sendDue());
    }
}
