-- The project list finds each project's latest run (the highest id) and newest present card (the latest computed_at
-- among the cards that are not month-end history). With these indexes each is one index seek; without them a project
-- with years of month-end cards had all of them read and sorted, for every project on the list.
CREATE INDEX harvest_run_latest ON harvest_run (project_id, id);
CREATE INDEX score_card_present ON score_card (project_id, historical, computed_at, id);
