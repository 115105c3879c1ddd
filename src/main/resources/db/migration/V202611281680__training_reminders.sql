-- Training: when the reminder before an event's first session was handed to the mail server for
-- a registration (null: not yet). Set in the same transaction that sends it, so it is sent once.
alter table training_registration add column reminded_at timestamp with time zone;
