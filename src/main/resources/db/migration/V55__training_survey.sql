-- The participants' evaluation of a session (issue 19, item 6): when a session closes, each
-- participant who attended is sent a personal link to a short survey. Only the SHA-256 of the
-- link's token is kept, so the table does not open anyone's survey; one answer per participant,
-- five scores from 1 to 5 and a comment, until the link expires.
create table training_survey (
    enrolment_id  bigint       primary key references training_enrolment (id),
    session_id    bigint       not null references training_session (id),
    token_sha256  char(64)     not null unique,
    -- BCP 47: the language the invitation was written in.
    language      varchar(2)   not null,
    invited_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    answered_at   timestamptz,
    relevance     smallint check (relevance between 1 and 5),
    content       smallint check (content between 1 and 5),
    trainers      smallint check (trainers between 1 and 5),
    organization  smallint check (organization between 1 and 5),
    overall       smallint check (overall between 1 and 5),
    comment       varchar(2000),
    constraint training_survey_answer_check check (
        (answered_at is null) = (overall is null)
        and (answered_at is null) = (relevance is null)
        and (answered_at is null) = (content is null)
        and (answered_at is null) = (trainers is null)
        and (answered_at is null) = (organization is null))
);

create index training_survey_session_idx on training_survey (session_id);
