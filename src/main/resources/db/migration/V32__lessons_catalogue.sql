-- The catalogue of lessons learned (issue 18, item 6): the closing evaluations' lessons, searched
-- by their words with PostgreSQL's own text search (English stemming: "connected" finds
-- "connecting"), and by the year they were recorded in.
create index evaluation_lessons_text_idx
    on evaluation using gin (to_tsvector('english', lessons_learned));
create index evaluation_evaluated_at_idx on evaluation (evaluated_at);
