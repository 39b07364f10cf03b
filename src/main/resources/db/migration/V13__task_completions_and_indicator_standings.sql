-- The managers' figures over a million agreements' history read Accord's own tables, written as
-- things happen, instead of reworking the history on every read.

-- Each user task completed on an agreement, its called processes' included: the task cycle times.
-- Camunda's task history would need joining by business key, and is removed by history cleanup.
create table task_completion (
    id           bigserial    primary key,
    agreement_id bigint       not null references agreement (id),
    task_key     varchar(255) not null,
    created_at   timestamptz  not null,
    completed_at timestamptz  not null
);
create index task_completion_agreement_idx on task_completion (agreement_id);

-- An installation that ran before keeps its task cycle times. On a new one the engine has not
-- created its tables yet: it starts after Flyway.
do $$
begin
  if to_regclass('public.act_hi_taskinst') is not null then
    insert into task_completion (agreement_id, task_key, created_at, completed_at)
    select a.id, t.task_def_key_, t.start_time_, t.end_time_
      from public.act_hi_taskinst t
      join public.act_hi_procinst p on p.id_ = t.root_proc_inst_id_
      join agreement a on a.reference = p.business_key_
     where t.end_time_ is not null and t.delete_reason_ = 'completed'
     order by t.end_time_;
  end if;
end
$$;

-- Where each indicator of an agreement's results framework stands: the rating of its latest
-- accepted actual, rated when a report is accepted and again when an amendment changes the plan
-- (V14 rates the actuals accepted before). Indicators without a rated actual have no row.
create table indicator_standing (
    agreement_id   bigint      not null references agreement (id),
    indicator_code varchar(20) not null,
    rating         varchar(12) not null check (rating in ('MET', 'ON_TRACK', 'CONSTRAINED', 'NO_PROGRESS')),
    primary key (agreement_id, indicator_code)
);
