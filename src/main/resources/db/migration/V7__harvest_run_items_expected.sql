-- How many items a running harvest expects to store in all, summed over the streams whose source said so on the way
-- (git's commit count, a list's total header); null when none did. Shown as a harvest's progress "N of M".
ALTER TABLE harvest_run ADD COLUMN items_expected INTEGER;
