-- Banso team server, step 7 (the laptop has its own v7): server revisions and tombstones, what sync reads and writes.
-- Roles, teams and row-level security follow in step 8.
--
-- Every write of a synced row takes the next server revision in the same transaction (trigger below). Writers take
-- revisions one transaction at a time (a transaction-scoped advisory lock held until commit), so a revision never
-- becomes visible before a smaller one: a laptop that pulls "everything after revision N" in one snapshot skips
-- nothing, whatever the clocks of the laptops say.

create sequence banso_revision;

create function banso_next_revision() returns bigint language plpgsql as $$
begin
    perform pg_advisory_xact_lock(7150715);
    return nextval('banso_revision');
end $$;

-- The case every case row belongs to (row-level security and tombstones need it), filled in from the parent for the
-- tables whose rows hang under a meeting or a board. Laptops do not have these columns and do not send them.
alter table meeting_part add column case_id uuid;
alter table participant add column case_id uuid;
alter table action_item add column case_id uuid;
alter table board_lane add column case_id uuid;
alter table note_group add column case_id uuid;
alter table board_note add column case_id uuid;
alter table note_link add column case_id uuid;
alter table vote_round add column case_id uuid;
alter table note_vote add column case_id uuid;

create function banso_case_from_meeting() returns trigger language plpgsql security definer set search_path = public as $$
begin
    new.case_id := (select m.case_id from meeting m where m.id = new.meeting_id);
    return new;
end $$;

create function banso_case_from_board() returns trigger language plpgsql security definer set search_path = public as $$
begin
    new.case_id := (select b.case_id from board b where b.id = new.board_id);
    return new;
end $$;

create trigger a_case_id before insert or update on meeting_part for each row execute function banso_case_from_meeting();
create trigger a_case_id before insert or update on participant for each row execute function banso_case_from_meeting();
create trigger a_case_id before insert or update on action_item for each row execute function banso_case_from_meeting();
create trigger a_case_id before insert or update on board_lane for each row execute function banso_case_from_board();
create trigger a_case_id before insert or update on note_group for each row execute function banso_case_from_board();
create trigger a_case_id before insert or update on board_note for each row execute function banso_case_from_board();
create trigger a_case_id before insert or update on note_link for each row execute function banso_case_from_board();
create trigger a_case_id before insert or update on vote_round for each row execute function banso_case_from_board();
create trigger a_case_id before insert or update on note_vote for each row execute function banso_case_from_board();

-- Deleted rows leave a tombstone (with the revision of the deletion), so deletions travel to every laptop.
create table banso_tombstone (
    table_name  varchar(40) not null,
    row_id      uuid not null,
    case_id     uuid,
    rev         bigint not null,
    deleted_at  timestamptz not null default now(),
    primary key (table_name, row_id)
);
create index banso_tombstone_rev on banso_tombstone(rev);

create function banso_stamp_revision() returns trigger language plpgsql security definer set search_path = public as $$
begin
    new.rev := banso_next_revision();
    if tg_op = 'INSERT' then
        -- a row that comes back (an undone deletion) is no longer deleted
        delete from banso_tombstone where table_name = tg_table_name and row_id = new.id;
    end if;
    return new;
end $$;

create function banso_record_tombstone() returns trigger language plpgsql security definer set search_path = public as $$
declare
    owner uuid := case when tg_table_name = 'support_case' then old.id else (to_jsonb(old) ->> 'case_id')::uuid end;
begin
    insert into banso_tombstone (table_name, row_id, case_id, rev)
        values (tg_table_name, old.id, owner, banso_next_revision())
        on conflict (table_name, row_id) do update set rev = excluded.rev, case_id = excluded.case_id, deleted_at = now();
    return old;
end $$;

-- A case's 年度 are part of the case: changing them is a change of the case (its revision moves).
create function banso_touch_case() returns trigger language plpgsql security definer set search_path = public as $$
begin
    update support_case set rev = banso_next_revision()
        where id = coalesce(case when tg_op = 'DELETE' then null else new.case_id end, old.case_id);
    return null;
end $$;
create trigger b_touch_case after insert or update or delete on case_fiscal_year for each row execute function banso_touch_case();

do $$
declare
    t text;
begin
    foreach t in array array['municipality', 'profile_snapshot', 'support_case', 'team_member', 'state_change', 'meeting',
            'meeting_part', 'participant', 'action_item', 'board', 'board_lane', 'note_group', 'board_note', 'note_link',
            'vote_round', 'note_vote', 'case_issue', 'roadmap_item', 'progress_entry'] loop
        execute format('alter table %I add column rev bigint not null default 0', t);
        execute format('create index %I on %I (rev)', t || '_rev', t);
        execute format('create trigger b_revision before insert or update on %I for each row execute function banso_stamp_revision()', t);
        execute format('create trigger c_tombstone after delete on %I for each row execute function banso_record_tombstone()', t);
    end loop;
end $$;
