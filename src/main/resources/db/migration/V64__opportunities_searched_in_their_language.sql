-- Opportunities are searched in their own language (issue 23: PostgreSQL's text search in the
-- languages it has): each is stemmed by the configuration of its proposal's language (an
-- initiative's, the agency's), and its words are kept as written too. The configurations of the
-- six languages are OpportunityMapper's (TextSearch.java).
alter table opportunity add column text_search regconfig not null default 'english';
update opportunity o
   set text_search = (case a.language
                          when 'ar' then 'arabic' when 'zh' then 'simple' when 'fr' then 'french'
                          when 'ru' then 'russian' when 'es' then 'spanish' else 'english' end)::regconfig
  from agreement a
 where a.reference = o.agreement_reference;
alter table opportunity alter column text_search drop default;

-- A generated column's expression cannot change: the vector is made again from the row's language.
alter table opportunity drop column search;
alter table opportunity add column search tsvector generated always as (
    to_tsvector(text_search, title || ' ' || summary) || to_tsvector('simple', title || ' ' || summary)) stored;
create index opportunity_search_idx on opportunity using gin (search);
