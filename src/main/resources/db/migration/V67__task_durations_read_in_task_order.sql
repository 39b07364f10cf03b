-- The managers' time per task (median and 90th percentile of every completed task, per task)
-- reads the completions in task order from this index instead of sorting them all on disk: 1.8 s
-- instead of 4.4 at a million agreements (6,550,052 completions), in every background refresh
-- of the dashboard's figures.
create index task_completion_durations_idx on task_completion (task_key)
    include (created_at, completed_at);
