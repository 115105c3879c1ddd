-- Cluster-safe jobs (db-scheduler's table: instances share it and a task runs on one of them at a
-- time), and the erasure of a training participant's personal data.

create table scheduled_tasks (
    task_name             varchar(100) not null,
    task_instance         varchar(200) not null,
    task_data             bytea,
    execution_time        timestamp with time zone not null,
    picked                boolean not null,
    picked_by             varchar(200),
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  int,
    last_heartbeat        timestamp with time zone,
    version               bigint not null,
    priority              smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_idx on scheduled_tasks (priority, execution_time);

alter table training_registration add column erased_at timestamp with time zone;
