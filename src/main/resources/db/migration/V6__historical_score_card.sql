-- Score history: a card computed for a past month end (from the events stored, the tree of the last commit before it)
-- is "historical". It lives beside the present cards of the same day without replacing them, and the present card
-- (latest, badges, gauges, compare, the project list) is never a historical one, whatever its computed_at.
ALTER TABLE score_card ADD COLUMN historical BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE score_card DROP CONSTRAINT score_card_day;
ALTER TABLE score_card ADD CONSTRAINT score_card_day UNIQUE (project_id, ruleset, card_day, historical);
