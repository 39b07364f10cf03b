-- Variables now take a permission of their own to read (enforceSpecificVariablePermission): the
-- engine grants it (READ_VARIABLE, 64) with every new task to its candidate groups. The open tasks
-- of partners' groups, created before, get it here. Camunda's tables are in public and exist only
-- once the engine has started, after this migration on a new database.
do $$
begin
  if to_regclass('public.act_ru_authorization') is not null then
    update public.act_ru_authorization
       set perms_ = perms_ | 64
     where resource_type_ = 7 and type_ = 1 and group_id_ like 'donor-%'
       and perms_ & 64 = 0;
  end if;
end
$$;
