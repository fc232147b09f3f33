-- Each title once per official. A paste of text repeated many times numbered its copies ("…of Azerbaijan-91"), and
-- every copy's apposition became a role of its own (97 on one official). Titles are compared folded as the app
-- folds them from now on (StatementService's foldRole), as closely as SQL can: case, the punctuation that differs
-- between copies, doubled spaces, and trailing numbers. The role recorded first stays, with its source article.
CREATE TEMP TABLE role_folds AS
  SELECT id, official_id,
    lower(rtrim(trim(replace(replace(replace(
      replace(replace(replace(replace(replace(replace(trim(title), '.', ' '), ',', ' '), '-', ' '), '–', ' '), '—', ' '), '’', ' '),
      '  ', ' '), '  ', ' '), '  ', ' ')), '0123456789 ')) AS fold
  FROM official_roles;

-- What a later copy knew and the first did not (an organization, dates) is kept on the first.
UPDATE official_roles SET
  organization = coalesce(organization, (SELECT r.organization FROM official_roles r JOIN role_folds f ON f.id = r.id
    WHERE f.official_id = official_roles.official_id AND f.fold = (SELECT fold FROM role_folds WHERE id = official_roles.id) AND r.organization IS NOT NULL ORDER BY r.id LIMIT 1)),
  valid_from = coalesce(valid_from, (SELECT r.valid_from FROM official_roles r JOIN role_folds f ON f.id = r.id
    WHERE f.official_id = official_roles.official_id AND f.fold = (SELECT fold FROM role_folds WHERE id = official_roles.id) AND r.valid_from IS NOT NULL ORDER BY r.id LIMIT 1)),
  valid_to = coalesce(valid_to, (SELECT r.valid_to FROM official_roles r JOIN role_folds f ON f.id = r.id
    WHERE f.official_id = official_roles.official_id AND f.fold = (SELECT fold FROM role_folds WHERE id = official_roles.id) AND r.valid_to IS NOT NULL ORDER BY r.id LIMIT 1))
WHERE id IN (SELECT min(id) FROM role_folds GROUP BY official_id, fold HAVING count(*) > 1);

DELETE FROM official_roles WHERE id NOT IN (SELECT min(id) FROM role_folds GROUP BY official_id, fold);

-- The copy number glued on with a hyphen is not part of the title that stays.
UPDATE official_roles SET title = rtrim(rtrim(title, '0123456789'), '-–— ')
  WHERE rtrim(title, '0123456789') <> title AND rtrim(title, '0123456789') GLOB '*[-–—]' AND length(rtrim(rtrim(title, '0123456789'), '-–— ')) >= 2;

DROP TABLE role_folds;
