-- Before the shared steps run on PostgreSQL: H2's clob (the undo histories' column type) is PostgreSQL's text.
do $$
begin
    create domain clob as text;
exception when duplicate_object then null;
end $$;
