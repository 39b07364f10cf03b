-- An amendment may change the agreement's language(s) (issue 24, item 1): a type of its own.
alter table amendment drop constraint amendment_type_check;
alter table amendment add constraint amendment_type_check check (type in
    ('ADMINISTRATIVE', 'BUDGET_MINOR', 'BUDGET_MAJOR', 'RESULTS_CHANGE', 'NO_COST_EXTENSION',
     'TRAINING_TERMS', 'LANGUAGE'));
