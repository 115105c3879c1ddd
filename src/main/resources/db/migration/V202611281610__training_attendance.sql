-- Training: attendance per session, marked by a trainer on the roster or by the participant's own
-- check-in with the session's code.

-- At most one mark per session and registration: marking again changes this row, never adds one.
-- method: ROSTER (a trainer or programme staff marked it) or CHECK_IN (the participant checked in).
create table training_attendance (
    session_id       bigint not null references training_session (id) on delete cascade,
    registration_id  bigint not null references training_registration (id),
    present          boolean not null,
    method           varchar(16) not null,
    recorded_by      varchar(320) not null,
    recorded_at      timestamp with time zone not null,
    primary key (session_id, registration_id)
);
create index training_attendance_registration_idx on training_attendance (registration_id);

-- A session's check-in code, made the first time a trainer asks for it. Each code belongs to one
-- session only, so that the code alone finds it.
create table training_session_code (
    session_id  bigint primary key references training_session (id) on delete cascade,
    code        varchar(6) not null,
    created_at  timestamp with time zone not null
);
create unique index training_session_code_uq on training_session_code (code);
