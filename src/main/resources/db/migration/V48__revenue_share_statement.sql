-- The revenue-share statement of a closed training session (issue 19, item 5): the PDF sent to the
-- partner through the outbox, kept as sent with its SHA-256, written once (a retried job finds it).
alter table training_session_closure
    add column statement_file_name varchar(200),
    add column statement_sha256    char(64),
    add column statement_content   bytea,
    add column statement_sent_at   timestamptz,
    add constraint training_session_closure_statement_check
        check ((statement_sha256 is null) = (statement_content is null));
