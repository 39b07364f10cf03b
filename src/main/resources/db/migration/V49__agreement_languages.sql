-- The language(s) of an agreement's documents (issue 24, item 1): one of the six, English unless
-- the proposal says otherwise; a second one makes the MoU bilingual, laid out as the parties chose.
alter table agreement
    add column language varchar(2) not null default 'en'
        check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    add column second_language varchar(2)
        check (second_language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    add column bilingual_layout varchar(12)
        check (bilingual_layout in ('SIDE_BY_SIDE', 'SEQUENTIAL')),
    add constraint agreement_bilingual_check check (
        (second_language is null and bilingual_layout is null)
        or (second_language is not null and second_language <> language and bilingual_layout is not null));
