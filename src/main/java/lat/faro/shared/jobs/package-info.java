/** The job scheduler (db-scheduler) that runs every module's Task beans on one instance at a time. */
@NullMarked
package lat.faro.shared.jobs;

import org.jspecify.annotations.NullMarked;
