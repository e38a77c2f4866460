
ALTER TABLE task_members ADD COLUMN departure TEXT;
ALTER TABLE task_members ADD COLUMN kind TEXT;
UPDATE task_members SET (departure, kind) = (SELECT t.departure, t.kind FROM tasks t WHERE t.id = task_members.task_id);
CREATE TRIGGER task_members_task_copy AFTER INSERT ON task_members BEGIN
    UPDATE task_members SET (departure, kind) = (SELECT t.departure, t.kind FROM tasks t WHERE t.id = new.task_id)
    WHERE task_id = new.task_id AND member_id = new.member_id;
END;
ALTER TABLE task_squads ADD COLUMN departure TEXT;
ALTER TABLE task_squads ADD COLUMN kind TEXT;
ALTER TABLE task_squads ADD COLUMN headcount INTEGER;
ALTER TABLE task_squads ADD COLUMN vehicles INTEGER;
UPDATE task_squads SET (departure, kind, headcount, vehicles) =
    (SELECT t.departure, t.kind, t.headcount, t.vehicles FROM tasks t WHERE t.id = task_squads.task_id);
CREATE TRIGGER task_squads_task_copy AFTER INSERT ON task_squads WHEN new.kind IS NULL BEGIN
    UPDATE task_squads SET (departure, kind, headcount, vehicles) =
        (SELECT t.departure, t.kind, t.headcount, t.vehicles FROM tasks t WHERE t.id = new.task_id)
    WHERE task_id = new.task_id AND squad_id = new.squad_id;
END;
CREATE TRIGGER tasks_figures_copy AFTER UPDATE OF departure, kind, headcount, vehicles ON tasks
WHEN new.departure IS NOT old.departure OR new.kind IS NOT old.kind OR new.headcount IS NOT old.headcount
     OR new.vehicles IS NOT old.vehicles BEGIN
    UPDATE task_members SET departure = new.departure, kind = new.kind
    WHERE task_id = new.id AND (new.departure IS NOT old.departure OR new.kind IS NOT old.kind);
    UPDATE task_squads SET departure = new.departure, kind = new.kind, headcount = new.headcount,
                           vehicles = new.vehicles WHERE task_id = new.id;
END;
DROP INDEX task_members_member;
CREATE INDEX task_members_figures ON task_members(member_id, kind, attendance, departure, hours);
CREATE INDEX task_members_turnouts ON task_members(member_id, departure, hours, attendance) WHERE attendance <> '缺勤';
CREATE INDEX task_members_day ON task_members(departure);
CREATE INDEX task_squads_load ON task_squads(squad_id, departure, kind, headcount, vehicles);
