-- Certificates of training participants (issue 19, item 4): one per enrolment that completed the
-- session and is paid (or had a free seat), kept as issued with its SHA-256 like the agreements'
-- documents. The verification code is what anyone may check without logging in: it reveals the
-- participant's name, the course and the date only, which are kept here as they were printed.
create table training_certificate (
    id                bigint generated always as identity primary key,
    enrolment_id      bigint       not null unique references training_enrolment (id),
    code              varchar(20)  not null unique,
    participant_name  varchar(200) not null,
    course_title      varchar(300) not null,
    -- The date the certificate bears: the session's last day.
    completed_on      date         not null,
    file_name         varchar(200) not null,
    sha256            char(64)     not null,
    content           bytea        not null,
    issued_at         timestamptz  not null,
    issued_by         varchar(64)  not null
);
