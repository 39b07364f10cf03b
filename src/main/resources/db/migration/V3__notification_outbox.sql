-- Notifications are written here in the engine's transaction and sent by the dispatcher: a
-- rolled-back step leaves no row, a crash leaves the row to send later, and the unique key
-- keeps a retried job or a second node from queueing the same message twice.
create table notification (
    id                  bigint generated always as identity primary key,
    event_key           varchar(200)  not null,
    recipient           varchar(320)  not null,
    template            varchar(60)   not null,
    agreement_reference varchar(20),
    subject             varchar(500)  not null,
    body_text           text          not null,
    body_html           text          not null,
    status              varchar(10)   not null default 'PENDING',
    attempts            integer       not null default 0,
    next_attempt_at     timestamptz   not null default now(),
    last_error          varchar(2000),
    created_at          timestamptz   not null default now(),
    sent_at             timestamptz,
    constraint notification_once_per_event_and_recipient unique (event_key, recipient),
    constraint notification_status check (status in ('PENDING', 'SENT', 'DEAD'))
);
create index notification_due_idx on notification (next_attempt_at) where status = 'PENDING';

-- Users who asked for a daily digest of their open and overdue tasks.
create table digest_subscription (
    user_id    varchar(64) primary key,
    created_at timestamptz not null default now()
);
