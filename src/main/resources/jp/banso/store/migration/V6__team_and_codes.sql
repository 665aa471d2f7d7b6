-- Banso schema v6 (laptop and team server alike): what team sharing needs in the shared tables.
-- The team that owns a case on the team server (its name, e.g. 栃木県); null while the case was never shared.
alter table support_case add column team varchar(100);
-- An undo step that a change from the team server overlaps can no longer be undone (the app says so).
alter table board_history add column blocked boolean not null default false;
alter table roadmap_history add column blocked boolean not null default false;
-- The 全国地方公共団体コード identifies a municipality across laptops (its id is derived from it).
create index municipality_code on municipality(code);
