-- Banso team server, step 8: teams, the members' role and row-level security (docs/decisions/0015).
--
-- The database owner (who runs `banso server init`) owns every table and is not bound by the policies. Members log in
-- as their own login role, a member of the group role banso_user, and see and change only the rows of cases their
-- teams or their grants reach. Who is asking is session_user, the login role: inside the SECURITY DEFINER functions
-- below current_user is the owner, and SET ROLE cannot borrow another member's reach.

-- Roles belong to the whole PostgreSQL cluster, not to this database: several Banso databases (and tests) share one
-- banso_user, so it is created only when missing (and two databases migrating at once do not fail on each other).
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'banso_user') then
        create role banso_user nologin;
    end if;
exception when duplicate_object or unique_violation then
    null;
end $$;

-- Members create nothing in the schema (PostgreSQL 14 and older let everyone create tables in public; a warning only
-- when the owner of the database is not the owner of the schema).
revoke create on schema public from public;

create table banso_team (
    name        varchar(100) primary key,
    created_at  timestamptz not null default now()
);

create table banso_team_member (
    team       varchar(100) not null references banso_team(name) on update cascade on delete cascade,
    user_name  varchar(63) not null,
    primary key (team, user_name)
);
create index banso_team_member_user on banso_team_member(user_name);

-- An advisor given single cases. Not a foreign key: the grant outlives a deleted case, so its holder still receives
-- the case's tombstones (`banso server revoke-case` removes it).
create table banso_case_grant (
    case_id    uuid not null,
    user_name  varchar(63) not null,
    primary key (case_id, user_name)
);
create index banso_case_grant_user on banso_case_grant(user_name);

insert into banso_team (name) select distinct team from support_case where team is not null;
alter table support_case add constraint support_case_team foreign key (team) references banso_team(name) on update cascade;
create index support_case_team_index on support_case(team);

-- A deleted case's tombstone keeps its team: the case row is gone, and the team is how members still reach the
-- tombstones of the case and of its rows (deleted with it by cascade).
alter table banso_tombstone add column team varchar(100);

create or replace function banso_record_tombstone() returns trigger language plpgsql security definer set search_path = public as $$
declare
    owner uuid := case when tg_table_name = 'support_case' then old.id else (to_jsonb(old) ->> 'case_id')::uuid end;
    case_team varchar(100) := case when tg_table_name = 'support_case' then to_jsonb(old) ->> 'team' end;
begin
    insert into banso_tombstone (table_name, row_id, case_id, team, rev)
        values (tg_table_name, old.id, owner, case_team, banso_next_revision())
        on conflict (table_name, row_id) do update
            set rev = excluded.rev, case_id = excluded.case_id, team = excluded.team, deleted_at = now();
    return old;
end $$;

-- The policies' questions, answered as the owner (who is not bound by the policies, so a policy on support_case can
-- ask about support_case without recursing). STABLE: within one statement they see the rows as the statement began.

-- The teams of the member asking.
create function banso_my_teams() returns setof varchar language sql stable security definer set search_path = public, pg_temp as $$
    select team from banso_team_member where user_name = session_user order by team
$$;

-- Whether the member asking reaches the case: its team is one of theirs (for a deleted case: the team its tombstone
-- kept), or they have a grant on it.
create function banso_reaches(case_id uuid) returns boolean language sql stable security definer set search_path = public, pg_temp as $$
    select exists (select 1 from banso_case_grant g where g.case_id = $1 and g.user_name = session_user)
        or exists (select 1 from support_case c join banso_team_member m on m.team = c.team
                   where c.id = $1 and m.user_name = session_user)
        or exists (select 1 from banso_tombstone t join banso_team_member m on m.team = t.team
                   where t.table_name = 'support_case' and t.row_id = $1 and m.user_name = session_user)
$$;

-- Whether the member asking reaches a case in the town (and so may change the town's data and profile snapshots).
create function banso_reaches_town(municipality_id uuid) returns boolean language sql stable security definer set search_path = public, pg_temp as $$
    select exists (select 1 from support_case c where c.municipality_id = $1 and banso_reaches(c.id))
$$;

-- Whether the member asking may keep the existing case they reach in that team: the team it has (an advisor with a
-- grant edits the case but does not move it), or one of their own teams when the case is in one of them too (or in none).
create function banso_may_place(case_id uuid, team varchar) returns boolean language sql stable security definer set search_path = public, pg_temp as $$
    select banso_reaches($1) and exists (select 1 from support_case c where c.id = $1 and ($2 is not distinct from c.team
        or ($2 in (select m.team from banso_team_member m where m.user_name = session_user)
            and (c.team is null or c.team in (select m.team from banso_team_member m where m.user_name = session_user)))))
$$;

revoke all on function banso_my_teams(), banso_reaches(uuid), banso_reaches_town(uuid), banso_may_place(uuid, varchar) from public;
grant execute on function banso_my_teams(), banso_reaches(uuid), banso_reaches_town(uuid), banso_may_place(uuid, varchar) to banso_user;

-- Row-level security on every table: a table without a policy shows a member nothing (the undo histories and
-- note_author stay on the laptops; members have no privilege on them either).
do $$
declare
    t text;
begin
    for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'flyway_schema_history' loop
        execute format('alter table %I enable row level security', t);
    end loop;
end $$;

-- The case: reached by team or grant; created only in one of my teams; a grant holder edits it in its team.
grant select, insert, update, delete on support_case to banso_user;
-- (The row's own team is asked first: an upsert also checks the select policy on the row it proposes, and a function
-- cannot see a case that the same statement is inserting.)
create policy member_select on support_case for select to banso_user
    using (team in (select banso_my_teams()) or banso_reaches(id));
-- (INSERT … ON CONFLICT DO UPDATE checks the insert's policy on the row it proposes even when the case exists: a grant
-- holder's upsert of their case passes as a placement of the existing case.)
create policy member_insert on support_case for insert to banso_user
    with check (team in (select banso_my_teams()) or banso_may_place(id, team));
create policy member_update on support_case for update to banso_user using (banso_reaches(id)) with check (banso_may_place(id, team));
create policy member_delete on support_case for delete to banso_user using (banso_reaches(id));

-- Every other table of a case, by its case_id (the rows under a meeting or a board get it from their parent, V7).
do $$
declare
    t text;
begin
    foreach t in array array['case_fiscal_year', 'team_member', 'state_change', 'meeting', 'meeting_part', 'participant',
            'action_item', 'board', 'board_lane', 'note_group', 'board_note', 'note_link', 'vote_round', 'note_vote',
            'case_issue', 'roadmap_item', 'progress_entry'] loop
        execute format('grant select, insert, update, delete on %I to banso_user', t);
        execute format('create policy member_rows on %I for all to banso_user using (banso_reaches(case_id)) with check (banso_reaches(case_id))', t);
    end loop;
end $$;

-- Towns are public master data: every member reads them and adds them; the town's data and its profile snapshots are
-- changed or deleted only by members who reach a case there.
grant select, insert, update, delete on municipality, profile_snapshot to banso_user;
create policy member_select on municipality for select to banso_user using (true);
create policy member_insert on municipality for insert to banso_user with check (true);
create policy member_update on municipality for update to banso_user using (banso_reaches_town(id)) with check (banso_reaches_town(id));
create policy member_delete on municipality for delete to banso_user using (banso_reaches_town(id));
create policy member_select on profile_snapshot for select to banso_user using (true);
create policy member_insert on profile_snapshot for insert to banso_user with check (true);
create policy member_update on profile_snapshot for update to banso_user
    using (banso_reaches_town(municipality_id)) with check (banso_reaches_town(municipality_id));
create policy member_delete on profile_snapshot for delete to banso_user using (banso_reaches_town(municipality_id));

-- Tombstones: read only, those of towns (no case) and of reached cases. Teams and grants: read only, a member's own.
-- Only the owner writes these tables (the triggers write tombstones as the owner).
grant select on banso_tombstone, banso_team, banso_team_member, banso_case_grant, flyway_schema_history to banso_user;
create policy member_select on banso_tombstone for select to banso_user using (case_id is null or banso_reaches(case_id));
create policy member_select on banso_team for select to banso_user using (name in (select banso_my_teams()));
create policy member_select on banso_team_member for select to banso_user using (user_name = session_user);
create policy member_select on banso_case_grant for select to banso_user using (user_name = session_user);
