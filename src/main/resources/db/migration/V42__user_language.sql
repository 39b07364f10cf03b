-- Each user's preferred language, kept in Accord: Camunda's user profile has no field for it. The
-- codes Accord accepts are checked in Java (org.accord.shared.Language), their one home. A user
-- without a row is written to in the agency's default language.
create table user_language (
    user_id     varchar(64) primary key,
    language    varchar(8)  not null,
    changed_by  varchar(64) not null,
    changed_at  timestamptz not null
);
