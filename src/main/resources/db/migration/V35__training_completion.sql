-- Completion of a training session (issue 19, item 4): each confirmed participant's attendance and
-- assessment result, recorded by an officer once the session has started. A certificate needs the
-- participant to have completed (attended enough and passed) and paid.
alter table training_enrolment
    add column attendance_percent     integer check (attendance_percent between 0 and 100),
    add column assessment_score       numeric(5, 2) check (assessment_score between 0 and 100),
    add column assessment_passed      boolean,
    add column completion_recorded_at timestamptz,
    add column completion_recorded_by varchar(64);
